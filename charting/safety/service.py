"""Use-cases over the safety rules: evaluate a session, acknowledge a warning."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import select

from charting.errors import NotFound, SignedRecordError, UserError, ValidationError
from charting.safety.findings import BLOCK, Finding
from charting.safety.rules import RULES_BY_ID, run_rules

if TYPE_CHECKING:
    from charting.db.engine import Database


def _session_row(s, session_id: int):
    from charting.db.models import TreatmentSession

    row = s.get(TreatmentSession, session_id)
    if row is None:
        raise NotFound(f"session {session_id} does not exist")
    return row


def _findings(s, row, now: dt.datetime | None) -> list[Finding]:
    from charting.db.models import SafetyAcknowledgement
    from charting.safety.gate import facts_for

    facts, _ = facts_for(s, row, now=now)
    found = run_rules(facts)
    acks = {
        (a.rule_id, a.subject): a.reason
        for a in s.scalars(select(SafetyAcknowledgement).where(SafetyAcknowledgement.session_id == row.id))
    }
    return [
        dataclasses.replace(f, acknowledged_reason=acks.get((f.rule_id, f.subject))) if f.severity != BLOCK else f
        for f in found
    ]


def evaluate(db: Database, session_id: int, *, now: dt.datetime | None = None) -> list[Finding]:
    """Every finding of the safety rules for a session, blocks first.

    Warnings carry the reason they were acknowledged with, if any.  ``now``
    (default: the current time) is used for an open session's retention; an
    ended session is judged at its end.
    """
    with db.read() as s:
        return _findings(s, _session_row(s, session_id), now)


def unacknowledged_warnings(db: Database, session_id: int, *, now: dt.datetime | None = None) -> list[Finding]:
    """Findings that still stand in the way of signing: every warning nobody has
    acknowledged, and every block (a block can never be acknowledged, so a
    session holding one cannot be signed until the blocked item is removed)."""
    return [f for f in evaluate(db, session_id, now=now) if f.severity == BLOCK or f.acknowledged_reason is None]


def acknowledge(db: Database, session_id: int, rule_id: str, subject: str, reason: str) -> None:
    """Store the practitioner's reason for going ahead despite a warning.

    Raises:
        ValidationError: the reason is empty.
        UserError: no such warning in the session, or the finding blocks
            (a block cannot be overridden).
        SignedRecordError: the session is signed.
    """
    from charting.db.models import SafetyAcknowledgement
    from charting.db.types import utcnow

    reason = (reason or "").strip() if isinstance(reason, str) else ""
    if not reason:
        raise ValidationError("reason", "is required to acknowledge a safety warning")
    if len(reason) > 2000:
        raise ValidationError("reason", f"is {len(reason)} characters long; at most 2000 are allowed")
    rule = RULES_BY_ID.get(rule_id)
    if rule is None:
        raise UserError(f"'{rule_id}' is not a safety rule")
    if rule.severity == BLOCK:
        raise UserError(f"{rule.title}: a blocking safety finding cannot be acknowledged or overridden")
    subject = subject or ""
    with db.unit() as s:
        row = _session_row(s, session_id)
        if row.status == "signed":
            raise SignedRecordError(
                f"session {session_id} is signed and cannot be changed; add a dated addendum instead"
            )
        match = next((f for f in _findings(s, row, None) if f.rule_id == rule_id and f.subject == subject), None)
        if match is None:
            raise UserError(f"session {session_id} has no '{rule.title}' warning for that item")
        existing = s.scalar(
            select(SafetyAcknowledgement).where(
                SafetyAcknowledgement.session_id == session_id,
                SafetyAcknowledgement.rule_id == rule_id,
                SafetyAcknowledgement.subject == subject,
            )
        )
        if existing is None:
            existing = SafetyAcknowledgement(session_id=session_id, rule_id=rule_id, subject=subject)
            s.add(existing)
        existing.message = match.message
        existing.reason = reason
        existing.acknowledged_by_id = db.practitioner_id
        existing.acknowledged_at = utcnow()
        row.updated_at = utcnow()  # the record changed: move the session's version on
        s.flush()
