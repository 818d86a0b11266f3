"""The complete clinical record: informed consent and adverse events.

Consent is given per patient, for all courses (``case_id`` None) or one
course, and names what was consented to (acupuncture, electroacupuncture,
moxibustion, cupping); it can be withdrawn from a date on.  Adverse events
belong to a session.  A signed session is locked: an adverse event noticed
after signing goes into a dated addendum.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import select

from charting import validation as v
from charting.db.engine import Database
from charting.db.models import (
    ADVERSE_KINDS,
    ADVERSE_SEVERITIES,
    AdverseEvent,
    Case,
    Consent,
    Patient,
    Practitioner,
    TreatmentSession,
)
from charting.db.types import utcnow
from charting.errors import NotFound, ValidationError
from charting.sessions import AdverseEventInfo, detach_child, load_for_edit, touch

CONSENT_SCOPES = ("acupuncture", "electroacupuncture", "moxibustion", "cupping")


@dataclasses.dataclass(frozen=True, slots=True)
class ConsentInfo:
    """One informed consent, as the window, CLI and reports show it."""

    id: int
    uuid: str
    patient_id: int
    case_id: int | None
    consented_on: dt.date
    acupuncture: bool
    electroacupuncture: bool
    moxibustion: bool
    cupping: bool
    obtained_by_id: int | None
    obtained_by: str
    withdrawn_on: dt.date | None
    notes: str

    @property
    def scope(self) -> tuple[str, ...]:
        """What was consented to, in the order of :data:`CONSENT_SCOPES`."""
        return tuple(name for name in CONSENT_SCOPES if getattr(self, name))

    def active_on(self, day: dt.date) -> bool:
        return self.consented_on <= day and (self.withdrawn_on is None or self.withdrawn_on > day)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "patient_id": self.patient_id,
            "case_id": self.case_id,
            "consented_on": self.consented_on.isoformat(),
            "scope": list(self.scope),
            "obtained_by": self.obtained_by,
            "withdrawn_on": self.withdrawn_on.isoformat() if self.withdrawn_on else None,
            "notes": self.notes,
        }


def _consent_info(row: Consent, obtained_by: str = "") -> ConsentInfo:
    return ConsentInfo(
        id=row.id,
        uuid=str(row.uuid),
        patient_id=row.patient_id,
        case_id=row.case_id,
        consented_on=row.consented_on,
        acupuncture=bool(row.acupuncture),
        electroacupuncture=bool(row.electroacupuncture),
        moxibustion=bool(row.moxibustion),
        cupping=bool(row.cupping),
        obtained_by_id=row.obtained_by_id,
        obtained_by=obtained_by,
        withdrawn_on=row.withdrawn_on,
        notes=row.notes or "",
    )


def _practitioner_name(s, practitioner_id: int | None) -> str:
    if practitioner_id is None:
        return ""
    row = s.get(Practitioner, practitioner_id)
    return row.name if row is not None else ""


def _required_date(label: str, value: Any) -> dt.date:
    parsed = v.date(label, value)
    if parsed is None:
        raise ValidationError(label, "is required (YYYY-MM-DD)")
    return parsed


def add_consent(
    db: Database,
    patient_id: int,
    *,
    case_id: int | None = None,
    consented_on: Any,
    acupuncture: bool = True,
    electroacupuncture: bool = False,
    moxibustion: bool = False,
    cupping: bool = False,
    obtained_by_id: int | None = None,
    notes: str = "",
) -> ConsentInfo:
    """Record informed consent; with ``case_id`` it covers that course only."""
    day = _required_date("consent date", consented_on)
    if day > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError("consent date", f"{day.isoformat()} is in the future")
    if not any((acupuncture, electroacupuncture, moxibustion, cupping)):
        raise ValidationError("consent", "name at least one of: " + ", ".join(CONSENT_SCOPES))
    clean_notes = v.text("notes", notes)
    with db.unit() as s:
        if s.get(Patient, patient_id) is None:
            raise NotFound(f"patient {patient_id} does not exist")
        if case_id is not None:
            case = s.get(Case, case_id)
            if case is None or case.patient_id != patient_id:
                raise NotFound(f"case {case_id} is not a case of patient {patient_id}")
        if obtained_by_id is not None and s.get(Practitioner, obtained_by_id) is None:
            raise NotFound(f"practitioner {obtained_by_id} does not exist")
        row = Consent(
            patient_id=patient_id,
            case_id=case_id,
            consented_on=day,
            acupuncture=bool(acupuncture),
            electroacupuncture=bool(electroacupuncture),
            moxibustion=bool(moxibustion),
            cupping=bool(cupping),
            obtained_by_id=obtained_by_id,
            notes=clean_notes,
        )
        s.add(row)
        s.flush()
        return _consent_info(row, _practitioner_name(s, obtained_by_id))


def withdraw_consent(db: Database, consent_id: int, withdrawn_on: Any) -> ConsentInfo:
    """Record that the patient withdrew this consent from ``withdrawn_on`` on."""
    day = _required_date("withdrawal date", withdrawn_on)
    with db.unit() as s:
        row = s.get(Consent, consent_id)
        if row is None:
            raise NotFound(f"consent {consent_id} does not exist")
        if day < row.consented_on:
            raise ValidationError(
                "withdrawal date",
                f"{day.isoformat()} is before the consent was given ({row.consented_on.isoformat()})",
            )
        row.withdrawn_on = day
        s.flush()
        return _consent_info(row, _practitioner_name(s, row.obtained_by_id))


def list_consents(db: Database, patient_id: int) -> list[ConsentInfo]:
    """The patient's consents, oldest first."""
    with db.read() as s:
        if s.get(Patient, patient_id) is None:
            raise NotFound(f"patient {patient_id} does not exist")
        rows = s.scalars(
            select(Consent).where(Consent.patient_id == patient_id).order_by(Consent.consented_on, Consent.id)
        )
        return [_consent_info(r, _practitioner_name(s, r.obtained_by_id)) for r in rows]


def active_consent(db: Database, patient_id: int, case_id: int | None, on_date: Any) -> ConsentInfo | None:
    """The most recent consent in force on ``on_date`` for this course (or all courses)."""
    day = _required_date("date", on_date)
    found = [
        c for c in list_consents(db, patient_id) if c.active_on(day) and (c.case_id is None or c.case_id == case_id)
    ]
    if not found:
        return None
    # A consent for this very course wins over a general one; then the newest.
    return max(found, key=lambda c: (c.case_id is not None, c.consented_on, c.id))


# --- adverse events -----------------------------------------------------------------


_LOCKED = "record the adverse event in a dated addendum"


def _editable_session(s, session_id: int) -> TreatmentSession:
    return load_for_edit(s, session_id, locked_advice=_LOCKED)


def _event_info(row: AdverseEvent) -> AdverseEventInfo:
    return AdverseEventInfo(
        id=row.id,
        uuid=str(row.uuid),
        kind=row.kind,
        severity=row.severity,
        occurred_at=row.occurred_at,
        action_taken=row.action_taken or "",
        outcome=row.outcome or "",
        notes=row.notes or "",
    )


def add_adverse_event(
    db: Database,
    session_id: int,
    *,
    kind: str,
    severity: str,
    occurred_at: Any = None,
    action_taken: str = "",
    outcome: str = "",
    notes: str = "",
) -> AdverseEventInfo:
    """Record something that went wrong in a session (bleeding, fainting, ...)."""
    clean_kind = v.one_of("adverse event kind", kind, ADVERSE_KINDS, optional=False)
    clean_severity = v.one_of("severity", severity, ADVERSE_SEVERITIES, optional=False)
    when = v.aware("occurred at", occurred_at)
    if when is not None and when > utcnow() + dt.timedelta(minutes=5):
        raise ValidationError("occurred at", "is in the future")
    action = v.text("action taken", action_taken)
    result = v.text("outcome", outcome)
    clean_notes = v.text("notes", notes)
    with db.unit() as s:
        row = _editable_session(s, session_id)
        if when is not None and when < row.started_at - dt.timedelta(days=1):
            raise ValidationError("occurred at", "is before the session started")
        event = AdverseEvent(
            kind=clean_kind,
            severity=clean_severity,
            occurred_at=when,
            action_taken=action,
            outcome=result,
            notes=clean_notes,
        )
        row.adverse_events.append(event)
        touch(row)
        s.flush()
        return _event_info(event)


def remove_adverse_event(db: Database, event_id: int) -> AdverseEventInfo:
    """Take an adverse event entered by mistake off an unsigned session; returns it."""
    with db.unit() as s:
        event = detach_child(s, AdverseEvent, event_id, "adverse_events", "adverse event", locked_advice=_LOCKED)
        snapshot = _event_info(event)
        s.flush()
        return snapshot


def list_adverse_events(db: Database, session_id: int) -> list[AdverseEventInfo]:
    with db.read() as s:
        if s.get(TreatmentSession, session_id) is None:
            raise NotFound(f"session {session_id} does not exist")
        rows = s.scalars(select(AdverseEvent).where(AdverseEvent.session_id == session_id).order_by(AdverseEvent.id))
        return [_event_info(r) for r in rows]


def course_adverse_event_counts(db: Database, case_id: int) -> dict[str, int]:
    """Adverse events over a course, counted by severity (for the course record)."""
    with db.read() as s:
        rows = s.scalars(
            select(AdverseEvent.severity)
            .join(TreatmentSession, AdverseEvent.session_id == TreatmentSession.id)
            .where(TreatmentSession.case_id == case_id)
        )
        counts = dict.fromkeys(ADVERSE_SEVERITIES, 0)
        for severity in rows:
            counts[severity] = counts.get(severity, 0) + 1
        return counts
