"""Is the record complete?  A checklist against STRICTA 2010.

STRICTA: MacPherson H, Altman DG, Hammerschlag R, Li Y, Wu T, White A, Moher D,
on behalf of the STRICTA Revision Group. "Revised STandards for Reporting
Interventions in Clinical Trials of Acupuncture (STRICTA): extending the
CONSORT statement." PLoS Med 2010;7(6):e1000261.

:func:`check_session` lists what a session (with its course and its
practitioner) still lacks for the STRICTA items a clinical record can carry:

==========  ==================================================================
item        what the record needs
==========  ==================================================================
1a          the course's style of acupuncture
1b          the reasoning for the treatment, and its sources
1c          how far treatment was varied (fixed / semi-standardised / individualised)
2a          at least one needle insertion charted
2c          depth of every needle, in mm or as a tissue level
2d          response sought and response obtained for every needle
2e          stimulation: manual technique for each needle not on a lead pair;
            device, frequency, pulse width, intensity and polarity for every lead pair
2f          insertion and removal time of every needle (retention)
2g          gauge, length, manufacturer and material of every needle
3a          number of sessions planned for the course
3b          sessions per week and session length
4a          co-interventions (text, or other modalities charted) — "none" is an answer
4b          an informed consent in force on the session's date (information given to the patient)
5           practitioner's qualification, affiliation and years in practice
==========  ==================================================================

Item 2b (point names, sides) is always complete: a needle cannot be charted
without a point or an ashi label and a side.  Item 6 (control intervention)
belongs to trials, not to a clinical record.

Each :class:`MissingItem` names a stable ``field`` key the session editor
jumps to: ``<record>.<attribute>`` with the model's attribute name
(``case.acupuncture_style``, ``needle.gauge_mm``, ``channel.frequency_hz``,
``practitioner.qualification``, ``session.co_interventions``), or ``consent``.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from charting.errors import NotFound

if TYPE_CHECKING:
    from charting.db.engine import Database

STRICTA_REFERENCE = (
    "MacPherson H et al. Revised STandards for Reporting Interventions in Clinical Trials of "
    "Acupuncture (STRICTA). PLoS Med 2010;7(6):e1000261"
)


@dataclasses.dataclass(frozen=True, slots=True)
class MissingItem:
    """One thing the record lacks.

    Attributes:
        item: the STRICTA item, e.g. ``"STRICTA 2d"``.
        field: a stable key naming the field to fill, e.g. ``"needle.manufacturer"``.
        message: what is missing, in words (naming the needles when it is per needle).
    """

    item: str
    field: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"item": self.item, "field": self.field, "message": self.message}


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _needle_label(n) -> str:
    if n.point_code:
        return n.point_code + {"left": " L", "right": " R"}.get(n.side, "")
    return f"ashi {n.ashi_label or ''}".strip()


def _names(needles, limit: int = 6) -> str:
    labels = list(dict.fromkeys(_needle_label(n) for n in needles))
    more = len(labels) - limit
    text = ", ".join(labels[:limit])
    return f"{text} and {more} more" if more > 0 else text


def check_session(db: Database, session_id: int) -> list[MissingItem]:
    """What the session, its course and its practitioner still lack (STRICTA 2010).

    Returns an empty list when the record is complete.

    Raises:
        NotFound: there is no such session.
    """
    from sqlalchemy.orm import selectinload

    from charting.db.models import TreatmentSession

    with db.read() as s:
        row = s.get(
            TreatmentSession,
            session_id,
            options=[
                selectinload(TreatmentSession.needles),
                selectinload(TreatmentSession.channels),
                selectinload(TreatmentSession.modalities),
            ],
        )
        if row is None:
            raise NotFound(f"session {session_id} does not exist")
        return _check(s, row)


def _check(s, row) -> list[MissingItem]:
    from sqlalchemy import select

    from charting.db.models import Consent

    out: list[MissingItem] = []

    def missing(item: str, field: str, message: str) -> None:
        out.append(MissingItem(f"STRICTA {item}", field, message))

    # 1, 3: the course's plan.
    case = row.case
    if case is None:
        missing("1a", "session.case_id", "the session is not linked to a course of treatment (style, rationale, plan)")
    else:
        if _blank(case.acupuncture_style):
            missing("1a", "case.acupuncture_style", "style of acupuncture not recorded for the course")
        if _blank(case.rationale):
            missing("1b", "case.rationale", "reasoning for the treatment not recorded")
        if _blank(case.rationale_references):
            missing("1b", "case.rationale_references", "sources for the treatment's reasoning not recorded")
        if _blank(case.individualisation):
            missing("1c", "case.individualisation", "extent of individualisation not recorded")

    # 2: needling details.
    needles = list(row.needles)
    channels = list(row.channels)
    if not needles:
        missing("2a", "session.needles", "no needle insertions charted")
    on_pair = {c.needle_a_id for c in channels} | {c.needle_b_id for c in channels}

    def per_needle(item: str, field: str, what: str, lacking) -> None:
        found = [n for n in needles if lacking(n)]
        if found:
            missing(item, field, f"{what} not recorded for {_names(found)}")

    per_needle(
        "2c", "needle.depth_mm", "depth (mm or tissue level)", lambda n: n.depth_mm is None and _blank(n.depth_level)
    )
    per_needle("2d", "needle.response_sought", "response sought", lambda n: _blank(n.response_sought))
    per_needle("2d", "needle.response_obtained", "response obtained", lambda n: _blank(n.response_obtained))
    per_needle(
        "2e", "needle.technique", "manual stimulation technique", lambda n: n.id not in on_pair and _blank(n.technique)
    )
    for field, what, lacking in (
        ("channel.device", "stimulator", lambda c: _blank(c.device)),
        ("channel.frequency_hz", "frequency", lambda c: c.frequency_hz is None),
        ("channel.pulse_width_us", "pulse width", lambda c: c.pulse_width_us is None),
        ("channel.intensity_ma", "intensity", lambda c: c.intensity_ma is None and _blank(c.intensity_descriptor)),
        ("channel.polarity", "polarity", lambda c: _blank(c.polarity)),
    ):
        count = sum(1 for c in channels if lacking(c))
        if count:
            missing("2e", field, f"EA {what} not recorded for {count} lead pair{'s' if count > 1 else ''}")
    per_needle("2f", "needle.inserted_at", "insertion time", lambda n: n.inserted_at is None)
    per_needle("2f", "needle.removed_at", "removal time", lambda n: n.inserted_at is not None and n.removed_at is None)
    per_needle("2g", "needle.gauge_mm", "needle gauge", lambda n: n.gauge_mm is None)
    per_needle("2g", "needle.length_mm", "needle length", lambda n: n.length_mm is None)
    per_needle("2g", "needle.manufacturer", "needle manufacturer", lambda n: _blank(n.manufacturer))
    per_needle("2g", "needle.material", "needle material", lambda n: _blank(n.material))

    # 3: regimen.
    if case is not None:
        if case.planned_sessions is None:
            missing("3a", "case.planned_sessions", "number of planned sessions not recorded")
        if case.sessions_per_week is None:
            missing("3b", "case.sessions_per_week", "session frequency (sessions per week) not recorded")
        if case.session_minutes is None:
            missing("3b", "case.session_minutes", "session length not recorded")

    # 4: other components and context.
    if _blank(row.co_interventions) and not row.modalities:
        missing("4a", "session.co_interventions", "co-interventions not recorded (write 'none' if there were none)")
    day = row.started_at.date()
    consents = s.scalars(select(Consent).where(Consent.patient_id == row.patient_id))
    in_force = [
        c
        for c in consents
        if c.consented_on <= day
        and (c.withdrawn_on is None or c.withdrawn_on > day)
        and (c.case_id is None or c.case_id == row.case_id)
    ]
    if not in_force:
        missing("4b", "consent", "no informed consent in force on the session's date")

    # 5: practitioner background.
    practitioner = row.practitioner
    if practitioner is not None:
        if _blank(practitioner.qualification):
            missing("5", "practitioner.qualification", f"qualification of {practitioner.name} not recorded")
        if _blank(practitioner.affiliation):
            missing("5", "practitioner.affiliation", f"professional affiliation of {practitioner.name} not recorded")
        if practitioner.years_in_practice is None:
            missing("5", "practitioner.years_in_practice", f"years in practice of {practitioner.name} not recorded")
    return out
