"""Plain data a report is built from, and how it is read from the database.

The builders (:mod:`.session_summary`, :mod:`.course_record`) take these
snapshots only, so a benchmark can time a build without a database and the
window can hand over what it already shows.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from typing import Any

from charting.clinic_settings import ClinicSettings
from charting.patients import CaseInfo, PatientDetail
from charting.sessions import SessionDetail


@dataclasses.dataclass(frozen=True, slots=True)
class PointName:
    """A point's names as printed: code, pinyin with tone marks, Chinese, English."""

    code: str
    pinyin: str
    hanzi: str
    english: str


@dataclasses.dataclass(frozen=True, slots=True)
class SessionReportData:
    """Everything a session summary prints.

    Attributes:
        session: the charted session.
        clinic: clinic name, address, logo, paper size and billing setting.
        points: names of every point code the session uses.
        number, of: the session's place in its case ("session 3 of 6"), if any.
        missing: items the completeness check found missing (printed as a footnote).
        generated_at: when the report was made (printed in the footer).
    """

    session: SessionDetail
    clinic: ClinicSettings
    points: Mapping[str, PointName]
    number: int | None = None
    of: int | None = None
    missing: tuple[str, ...] = ()
    generated_at: dt.datetime = dataclasses.field(default_factory=lambda: dt.datetime.now(dt.UTC))


@dataclasses.dataclass(frozen=True, slots=True)
class CourseReportData:
    """Everything a course record prints: the case, its series and every session."""

    case: CaseInfo
    patient: PatientDetail
    clinic: ClinicSettings
    sessions: tuple[SessionReportData, ...]
    series: tuple[Any, ...]  # charting.outcomes.Series
    generated_at: dt.datetime = dataclasses.field(default_factory=lambda: dt.datetime.now(dt.UTC))


# --- point names ----------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _csv_names() -> dict[str, PointName]:
    """Point names straight from the library's data files (when the library cannot be imported)."""
    from charting.reports.fonts import resource_dir

    names: dict[str, PointName] = {}
    for path in sorted(resource_dir("acupoints").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(line for line in fh if not line.lstrip().startswith("#")):
                code = (row.get("code") or "").strip()
                if code:
                    names[code.upper()] = PointName(
                        code, (row.get("pinyin") or "").strip(), (row.get("hanzi") or "").strip(),
                        (row.get("english") or "").strip(),
                    )
    return names


def point_name(code: str) -> PointName:
    """The names of point ``code`` (empty names for a code the library does not know)."""
    try:
        from charting.acupoints import library
    except ImportError:
        library = None
    if library is not None:
        point = library().get(code)
        if point is not None:
            return PointName(
                code=str(getattr(point, "code", code)),
                pinyin=str(getattr(point, "pinyin", "") or ""),
                hanzi=str(getattr(point, "hanzi", None) or getattr(point, "chinese", "") or ""),
                english=str(getattr(point, "english", None) or getattr(point, "name", "") or ""),
            )
    return _csv_names().get(code.upper(), PointName(code, "", "", ""))


def point_names(codes: Iterable[str | None]) -> dict[str, PointName]:
    return {code: point_name(code) for code in dict.fromkeys(c for c in codes if c)}


# --- completeness ---------------------------------------------------------------------


def _item_text(item: Any) -> str:
    if isinstance(item, str):
        return item
    for attr in ("message", "text", "label", "title", "item", "name"):
        value = getattr(item, attr, None)
        if isinstance(value, str) and value:
            return value
    return str(item)


def missing_items(db, session_id: int) -> tuple[str, ...]:
    """What ``charting.completeness.check_session`` finds missing (nothing when it is not installed)."""
    try:
        from charting.completeness import check_session
    except ImportError:
        return ()
    result = check_session(db, session_id)
    items = getattr(result, "missing", result)
    if items is None or isinstance(items, bool):
        return ()
    return tuple(_item_text(i) for i in items)


# --- loading --------------------------------------------------------------------------


def _detail_options():
    from sqlalchemy.orm import selectinload

    from charting.db.models import Addendum, SafetyAcknowledgement, TreatmentSession

    return (
        selectinload(TreatmentSession.patient),
        selectinload(TreatmentSession.case),
        selectinload(TreatmentSession.practitioner),
        selectinload(TreatmentSession.signed_by),
        selectinload(TreatmentSession.needles),
        selectinload(TreatmentSession.channels),
        selectinload(TreatmentSession.modalities),
        selectinload(TreatmentSession.outcomes),
        selectinload(TreatmentSession.adverse_events),
        selectinload(TreatmentSession.acknowledgements).selectinload(SafetyAcknowledgement.acknowledged_by),
        selectinload(TreatmentSession.addenda).selectinload(Addendum.author),
    )


def _case_position(db, session: SessionDetail) -> tuple[int | None, int | None]:
    if session.case is None:
        return None, None
    from charting.sessions import list_sessions

    ordered = sorted(list_sessions(db, case_id=session.case.id), key=lambda s: (s.started_at, s.id))
    ids = [s.id for s in ordered]
    return (ids.index(session.id) + 1 if session.id in ids else None), len(ids)


def load_session(db, session_id: int, *, now: dt.datetime | None = None) -> SessionReportData:
    """Read everything a session summary needs (raises NotFound for an unknown id)."""
    from charting.clinic_settings import get_settings
    from charting.sessions import get_session

    session = get_session(db, session_id)
    number, of = _case_position(db, session)
    return SessionReportData(
        session=session,
        clinic=get_settings(db),
        points=point_names(n.point_code for n in session.needles),
        number=number,
        of=of,
        missing=missing_items(db, session_id),
        generated_at=now or dt.datetime.now(dt.UTC),
    )


def course_series(db, case_id: int) -> tuple[Any, ...]:
    """The case's outcome series: the same numbers the course view's chart draws."""
    from charting.outcomes import course_series as series

    return tuple(series(db, case_id))


def load_course(db, case_id: int, *, now: dt.datetime | None = None) -> CourseReportData:
    """Read a case and all its sessions in one pass (raises NotFound for an unknown id)."""
    from sqlalchemy import select

    from charting.clinic_settings import get_settings
    from charting.db.models import TreatmentSession
    from charting.errors import NotFound
    from charting.patients import get_case, get_patient
    from charting.sessions import session_detail

    case = get_case(db, case_id)
    if case is None:
        raise NotFound(f"case {case_id} does not exist")
    patient = get_patient(db, case.patient_id)
    clinic = get_settings(db)
    now = now or dt.datetime.now(dt.UTC)
    with db.read() as s:
        rows = s.scalars(
            select(TreatmentSession)
            .where(TreatmentSession.case_id == case_id)
            .order_by(TreatmentSession.started_at, TreatmentSession.id)
            .options(*_detail_options())
        ).all()
        details = [session_detail(row) for row in rows]
    names = point_names(n.point_code for d in details for n in d.needles)
    sessions = tuple(
        SessionReportData(
            session=d,
            clinic=clinic,
            points={n.point_code: names[n.point_code] for n in d.needles if n.point_code},
            number=i,
            of=len(details),
            missing=missing_items(db, d.id),
            generated_at=now,
        )
        for i, d in enumerate(details, start=1)
    )
    return CourseReportData(
        case=case, patient=patient, clinic=clinic, sessions=sessions, series=course_series(db, case_id),
        generated_at=now,
    )
