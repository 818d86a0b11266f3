"""Outcome measures: recording scores in a session, and their course over a case.

Only scores are stored and shown; no questionnaire wording ships with AcuChart
(the ODI and the RMDQ are copyrighted: the practitioner uses a licensed form
and records the section or total scores here).

Use-cases:
- :func:`set_outcome`, :func:`set_odi`, :func:`set_psfs` write one session's scores
  (a signed session refuses them, like every other edit);
- :func:`session_outcomes` reads them back;
- :func:`course_series` gives each measure's values over a case's sessions, the
  one set of numbers the course view's chart and the course PDF both draw;
- :func:`course_overview` gives, per session, what was done (points, EA, needle
  count), shown beneath each session's column of the chart.

Minimal clinically important change (MCIC) values, per measure, with sources:
- NRS pain 0–10: 2 points (or 30 %). Ostelo RW, Deyo RA, Stratford P, et al.
  "Interpreting change scores for pain and functional status in low back pain:
  towards international consensus regarding minimal important change."
  Spine 2008;33(1):90–94.
- VAS pain 0–100 mm: 15 mm (Ostelo 2008 gives 15 mm, or 30 %; 15–20 mm in use).
- ODI 0–100 %: 10 points (Ostelo 2008).
- RMDQ 0–24: 5 points (Ostelo 2008).
- PSFS 0–10 (mean of activities): 2 points. Stratford P, Gill C, Westaway M,
  Binkley J. "Assessing disability and change on individual patients: a report
  of a patient specific measure." Physiotherapy Canada 1995;47:258–263; for the
  average score Horn KK, Jennings S, Richardson G, et al. "The Patient-Specific
  Functional Scale: psychometrics, clinimetrics, and application as a clinical
  outcome measure." J Orthop Sports Phys Ther 2012;42(1):30–42.
- Straight-leg raise angle: none established; none is shown.
- PGIC 1–7: is itself a rating of change (1 very much improved, 4 no change,
  7 very much worse; the CGI-I anchors of Guy W, ECDEU Assessment Manual for
  Psychopharmacology, 1976); no MCIC.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from charting import validation as v
from charting.db.engine import Database
from charting.db.models import OUTCOME_MEASURES, OUTCOME_TIMINGS, Case, Outcome, TreatmentSession
from charting.errors import NotFound, ValidationError
from charting.scores import ODI_SECTIONS, PSFS_MAX_ACTIVITIES, odi_percent, psfs_score
from charting.sessions import OutcomeInfo, _plain, load_for_edit, touch

# --- measure metadata ----------------------------------------------------------------

_OSTELO = "Ostelo et al., Spine 2008;33(1):90–94"


@dataclasses.dataclass(frozen=True, slots=True)
class Measure:
    """What a measure is, its range, and its minimal clinically important change.

    Attributes:
        code: the stored measure code (``charting.db.models.OUTCOME_MEASURES``).
        title: the name shown on screen and paper.
        short: a short name for narrow columns and legends.
        unit: the unit after a value ("" for plain scores).
        min, max: the allowed range.
        integer: only whole numbers are allowed.
        mcic: minimal clinically important change, in the measure's unit (None: none established).
        higher_is_worse: True for pain and disability (a fall is improvement).
        source: where the MCIC (or the scale) comes from.
        needs_label: the measure is recorded per named item (PSFS activity, free measure).
    """

    code: str
    title: str
    short: str
    unit: str
    min: float
    max: float
    integer: bool
    mcic: float | None
    higher_is_worse: bool
    source: str
    needs_label: bool = False

    def range_text(self) -> str:
        unit = f" {self.unit}" if self.unit and self.unit not in ("%", "°") else self.unit
        return f"{self.min:g}–{self.max:g}{unit}"


MEASURES: dict[str, Measure] = {
    m.code: m
    for m in (
        Measure("nrs_back", "Back pain (NRS)", "NRS back", "", 0, 10, True, 2.0, True, _OSTELO),
        Measure("nrs_leg", "Leg pain (NRS)", "NRS leg", "", 0, 10, True, 2.0, True, _OSTELO),
        Measure("vas", "Pain (VAS)", "VAS", "mm", 0, 100, False, 15.0, True, _OSTELO),
        Measure(
            "odi",
            "Oswestry Disability Index",
            "ODI",
            "%",
            0,
            100,
            False,
            10.0,
            True,
            _OSTELO + "; scoring: Fairbank & Pynsent, Spine 2000;25(22):2940–52",
        ),
        Measure("rmdq", "Roland-Morris Disability Questionnaire", "RMDQ", "", 0, 24, True, 5.0, True, _OSTELO),
        Measure(
            "slr_left", "Straight-leg raise, left", "SLR left", "°", 0, 90, False, None, False, "no MCIC established"
        ),
        Measure(
            "slr_right", "Straight-leg raise, right", "SLR right", "°", 0, 90, False, None, False, "no MCIC established"
        ),
        Measure(
            "psfs",
            "Patient-Specific Functional Scale",
            "PSFS",
            "",
            0,
            10,
            True,
            2.0,
            False,
            "Stratford et al., Physiother Can 1995;47:258–63; Horn et al., JOSPT 2012;42(1):30–42",
            needs_label=True,
        ),
        Measure(
            "pgic",
            "Patient global impression of change",
            "PGIC",
            "",
            1,
            7,
            True,
            None,
            True,
            "1 very much improved, 4 no change, 7 very much worse (CGI-I anchors, Guy 1976)",
        ),
        Measure("free", "Other measure", "Other", "", -1000, 1000, False, None, True, "", needs_label=True),
    )
}
assert tuple(MEASURES) == OUTCOME_MEASURES, "MEASURES must cover the model's outcome measures, in order"

#: Label of the PSFS series that holds the PSFS score (mean of the activities).
PSFS_MEAN_LABEL = ""

TIMINGS = OUTCOME_TIMINGS


# --- snapshots -----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class SeriesPoint:
    """One value of a series: which session (and its 1-based number in the case) and when."""

    session_id: int
    session_number: int
    date: dt.date
    value: float


@dataclasses.dataclass(frozen=True, slots=True)
class Series:
    """One measure (+ label) at one timing over a case's sessions.

    For PSFS, each activity is a series (``label`` = the activity) and the PSFS
    score, the mean of that session's activities, is the series with label "".
    """

    measure: str
    label: str
    timing: str
    unit: str
    scale_max: float
    mcic: float | None
    points: tuple[SeriesPoint, ...]

    @property
    def info(self) -> Measure:
        return MEASURES[self.measure]

    @property
    def title(self) -> str:
        """A legend text: "NRS back (before)", "PSFS: walking (after)", "Grip (after)"."""
        info = MEASURES[self.measure]
        if self.measure == "free":
            name = self.label
        elif self.label:
            name = f"{info.short}: {self.label}"
        else:
            name = info.short
        return f"{name} ({self.timing})"

    @property
    def scale_min(self) -> float:
        info = MEASURES[self.measure]
        if self.measure == "free":
            return min(0.0, *(p.value for p in self.points))
        return info.min

    @property
    def higher_is_worse(self) -> bool:
        return MEASURES[self.measure].higher_is_worse

    def to_json(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "label": self.label,
            "timing": self.timing,
            "title": self.title,
            "unit": self.unit,
            "scale_max": self.scale_max,
            "mcic": self.mcic,
            "higher_is_worse": self.higher_is_worse,
            "points": [
                {
                    "session_id": p.session_id,
                    "session_number": p.session_number,
                    "date": p.date.isoformat(),
                    "value": p.value,
                }
                for p in self.points
            ],
        }


@dataclasses.dataclass(frozen=True, slots=True)
class SessionColumn:
    """What was done in one session of a case, for the column beneath the chart.

    Attributes:
        point_codes: library point codes charted, unique, in charting order.
        ashi_count: needles at free (ashi) spots.
        ea: True when at least one EA channel was used.
    """

    session_id: int
    number: int
    date: dt.date
    status: str
    point_codes: tuple[str, ...]
    ashi_count: int
    ea: bool
    channel_count: int
    needle_count: int

    def to_json(self) -> dict[str, Any]:
        return {
            "session_id": self.session_id,
            "number": self.number,
            "date": self.date.isoformat(),
            "status": self.status,
            "point_codes": list(self.point_codes),
            "ashi_count": self.ashi_count,
            "ea": self.ea,
            "channels": self.channel_count,
            "needles": self.needle_count,
        }


def outcome_info(row: Outcome) -> OutcomeInfo:
    values = _plain(OutcomeInfo, row)
    values["section_scores"] = list(row.section_scores) if row.section_scores is not None else None
    return OutcomeInfo(**values)


def session_date(started_at: dt.datetime) -> dt.date:
    """The day a session took place, on the clinic's wall clock."""
    return started_at.astimezone().date()


# --- course reads --------------------------------------------------------------------


def _case_sessions(s, case_id: int, *load) -> list[TreatmentSession]:
    if s.get(Case, case_id) is None:
        raise NotFound(f"case {case_id} does not exist")
    stmt = (
        select(TreatmentSession)
        .where(TreatmentSession.case_id == case_id)
        .order_by(TreatmentSession.started_at, TreatmentSession.id)
        .options(*load)
    )
    return list(s.scalars(stmt))


def _label_key(label: str) -> str:
    return " ".join(label.casefold().split())


def course_series(db: Database, case_id: int) -> list[Series]:
    """Every measure's values over the case's sessions: one series per
    measure + label + timing that has any value, in :data:`MEASURES` order
    (then label, then before before after).

    ``session_number`` counts every session of the case (1-based, by start
    time), whether or not it recorded that measure.
    """
    with db.read() as s:
        sessions = _case_sessions(s, case_id, selectinload(TreatmentSession.outcomes))
        # (measure, label key, timing) -> shown label, points
        found: dict[tuple[str, str, str], tuple[str, list[SeriesPoint]]] = {}
        for number, session in enumerate(sessions, start=1):
            day = session_date(session.started_at)
            psfs: dict[str, list[float]] = {}
            for row in session.outcomes:
                key = (row.measure, _label_key(row.label), row.timing)
                label, points = found.setdefault(key, (row.label, []))
                points.append(SeriesPoint(session.id, number, day, float(row.value)))
                if row.measure == "psfs":
                    psfs.setdefault(row.timing, []).append(float(row.value))
            for timing, values in psfs.items():
                key = ("psfs", PSFS_MEAN_LABEL, timing)
                found.setdefault(key, (PSFS_MEAN_LABEL, []))[1].append(
                    SeriesPoint(session.id, number, day, psfs_score(values))
                )
    order = {code: i for i, code in enumerate(MEASURES)}
    out = []
    for (measure, _key, timing), (label, points) in sorted(
        found.items(), key=lambda item: (order[item[0][0]], item[0][1], TIMINGS.index(item[0][2]))
    ):
        info = MEASURES[measure]
        points.sort(key=lambda p: p.session_number)
        scale_max = float(info.max)
        if measure == "free":
            top = max(p.value for p in points)
            scale_max = float(max(10, math.ceil(top / 10) * 10)) if top > 0 else 10.0
        out.append(
            Series(
                measure=measure,
                label=label,
                timing=timing,
                unit=info.unit,
                scale_max=scale_max,
                mcic=info.mcic,
                points=tuple(points),
            )
        )
    return out


def course_overview(db: Database, case_id: int) -> list[SessionColumn]:
    """Per session of the case, in order: its number, date, the point codes
    charted (unique, in order), whether EA was used, and the needle count."""
    with db.read() as s:
        sessions = _case_sessions(
            s, case_id, selectinload(TreatmentSession.needles), selectinload(TreatmentSession.channels)
        )
        out = []
        for number, session in enumerate(sessions, start=1):
            codes: list[str] = []
            for needle in session.needles:
                if needle.point_code and needle.point_code not in codes:
                    codes.append(needle.point_code)
            out.append(
                SessionColumn(
                    session_id=session.id,
                    number=number,
                    date=session_date(session.started_at),
                    status=session.status,
                    point_codes=tuple(codes),
                    ashi_count=sum(1 for n in session.needles if not n.point_code),
                    ea=bool(session.channels),
                    channel_count=len(session.channels),
                    needle_count=len(session.needles),
                )
            )
        return out


# --- one session's scores ------------------------------------------------------------


def check_value(measure: str, value: Any) -> float:
    """Parse a score and check it lies in the measure's range.

    Raises:
        ValidationError: naming the measure and its allowed range.
    """
    info = MEASURES.get(measure)
    if info is None:
        raise ValidationError("measure", f"'{measure}' is not one of: {', '.join(MEASURES)}")
    field = info.short if measure != "free" else "measure value"
    try:
        parsed = v.number(field, value)
    except ValidationError as exc:
        raise ValidationError(field, f"{exc.detail} (allowed range {info.range_text()})") from None
    if parsed is None:
        raise ValidationError(field, f"is required (allowed range {info.range_text()})")
    unit = info.unit if info.unit in ("%", "°") else (f" {info.unit}" if info.unit else "")
    if not info.min <= parsed <= info.max:
        raise ValidationError(field, f"{parsed:g}{unit} is outside the allowed range {info.range_text()}")
    if info.integer and parsed != int(parsed):
        raise ValidationError(field, f"{parsed:g} must be a whole number ({info.range_text()})")
    return float(parsed)


def _check_label(measure: str, label: Any) -> str:
    info = MEASURES[measure]
    name = "PSFS activity" if measure == "psfs" else "measure name"
    text = " ".join(v.text(name, label, max_length=120).split())
    if info.needs_label and not text:
        raise ValidationError(name, "is required")
    if not info.needs_label and text:
        raise ValidationError("label", f"{info.short} takes no label (use a free measure for a named score)")
    return text


def _check_timing(timing: Any) -> str:
    return v.one_of("timing", timing, TIMINGS, optional=False)  # type: ignore[return-value]


def _find(row: TreatmentSession, measure: str, label: str, timing: str) -> Outcome | None:
    key = _label_key(label)
    for outcome in row.outcomes:
        if outcome.measure == measure and outcome.timing == timing and _label_key(outcome.label) == key:
            return outcome
    return None


def set_outcome(
    db: Database,
    session_id: int,
    measure: str,
    timing: str,
    value: Any,
    *,
    label: str = "",
    section_scores: Sequence[int | None] | None = None,
    expected_version: int | None = None,
) -> OutcomeInfo | None:
    """Record one score in a session, replacing the same measure + label +
    timing if recorded; ``value=None`` deletes it (and returns what was deleted,
    or None when there was nothing).

    For the ODI, ``section_scores`` (ten, ``None`` = unanswered) give the value;
    a ``value`` passed with them must agree.

    Raises:
        ValidationError: unknown measure or timing, a value outside the measure's
            range, a missing PSFS activity / free measure name, a sixth PSFS activity.
        SignedRecordError: the session is signed.
        ConcurrentEditError: ``expected_version`` is given and the session moved on.
    """
    if measure not in MEASURES:
        raise ValidationError("measure", f"'{measure}' is not one of: {', '.join(MEASURES)}")
    timing = _check_timing(timing)
    label = _check_label(measure, label)
    sections: list[int | None] | None = None
    if section_scores is not None:
        if measure != "odi":
            raise ValidationError("section scores", "are kept for the ODI only")
        computed = odi_percent(list(section_scores))  # validates each section
        sections = [None if x is None else int(x) for x in section_scores]
        if value is not None and abs(check_value("odi", value) - computed) > 0.05:
            raise ValidationError("ODI", f"{value} % does not match its section scores ({computed:g} %)")
        value = computed
    parsed = None if value is None else check_value(measure, value)
    with db.unit() as s:
        row = load_for_edit(s, session_id, expected_version=expected_version)
        existing = _find(row, measure, label, timing)
        if parsed is None:
            if existing is None:
                return None
            snapshot = outcome_info(existing)
            row.outcomes.remove(existing)
            touch(row)
            s.flush()
            return snapshot
        if existing is None:
            if measure == "psfs":
                activities = {_label_key(o.label) for o in row.outcomes if o.measure == "psfs" and o.timing == timing}
                if len(activities) >= PSFS_MAX_ACTIVITIES:
                    raise ValidationError(
                        "PSFS activity", f"at most {PSFS_MAX_ACTIVITIES} activities per session and timing"
                    )
            existing = Outcome(measure=measure, label=label, timing=timing, value=parsed, section_scores=sections)
            row.outcomes.append(existing)
        else:
            existing.label = label
            existing.value = parsed
            existing.section_scores = sections
        touch(row)
        s.flush()
        return outcome_info(existing)


def set_odi(
    db: Database,
    session_id: int,
    timing: str,
    sections: Sequence[int | None],
    *,
    expected_version: int | None = None,
) -> OutcomeInfo:
    """Record the ODI from its ten section scores (0–5, ``None`` = not answered).

    The percentage follows the authors' rule for unanswered sections:
    total ÷ (5 × sections answered) × 100 (see :func:`charting.scores.odi_percent`).
    """
    if len(sections) != ODI_SECTIONS:
        raise ValidationError("ODI", f"needs {ODI_SECTIONS} section scores, got {len(sections)}")
    result = set_outcome(
        db,
        session_id,
        "odi",
        timing,
        odi_percent(sections),
        section_scores=sections,
        expected_version=expected_version,
    )
    assert result is not None
    return result


def set_psfs(
    db: Database,
    session_id: int,
    timing: str,
    activities: Sequence[tuple[str, Any]],
    *,
    expected_version: int | None = None,
) -> list[OutcomeInfo]:
    """Replace the session's PSFS activities at ``timing`` with ``activities``
    ((name, score) pairs; at most five; a score of None drops that activity)."""
    timing = _check_timing(timing)
    clean: list[tuple[str, float]] = []
    seen: set[str] = set()
    for name, score in activities:
        if score is None or (isinstance(score, str) and not score.strip()):
            continue  # a row without a score (named or not) records nothing
        label = _check_label("psfs", name)
        key = _label_key(label)
        if key in seen:
            raise ValidationError("PSFS activity", f"'{label}' is listed twice")
        seen.add(key)
        clean.append((label, check_value("psfs", score)))
    if len(clean) > PSFS_MAX_ACTIVITIES:
        raise ValidationError("PSFS activity", f"at most {PSFS_MAX_ACTIVITIES} activities per session and timing")
    with db.unit() as s:
        row = load_for_edit(s, session_id, expected_version=expected_version)
        kept: list[Outcome] = []
        for outcome in list(row.outcomes):
            if outcome.measure == "psfs" and outcome.timing == timing and _label_key(outcome.label) not in seen:
                row.outcomes.remove(outcome)
        for label, score in clean:
            existing = _find(row, "psfs", label, timing)
            if existing is None:
                existing = Outcome(measure="psfs", label=label, timing=timing, value=score)
                row.outcomes.append(existing)
            else:
                existing.label = label
                existing.value = score
            kept.append(existing)
        touch(row)
        s.flush()
        return [outcome_info(o) for o in kept]


def session_outcomes(db: Database, session_id: int) -> list[OutcomeInfo]:
    """The session's scores, in :data:`MEASURES` order, before before after."""
    with db.read() as s:
        row = load_for_edit(s, session_id, for_edit=False)
        order = {code: i for i, code in enumerate(MEASURES)}
        rows = sorted(row.outcomes, key=lambda o: (order[o.measure], TIMINGS.index(o.timing), o.id))
        return [outcome_info(o) for o in rows]


def outcome_text(measure: str, value: float) -> str:
    """A value as shown: "6", "51.1 %", "45°", "72 mm"."""
    info = MEASURES[measure]
    number = f"{value:g}" if info.integer or value != round(value, 1) else f"{value:.1f}".rstrip("0").rstrip(".")
    if info.unit in ("%", "°"):
        return f"{number}{'' if info.unit == '°' else ' '}{info.unit}"
    return f"{number} {info.unit}" if info.unit else number
