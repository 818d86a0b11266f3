"""Acknowledging warnings: stored with the reason, never for a block."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from charting import safety, sessions
from charting.db.models import SafetyAcknowledgement
from charting.errors import SignedRecordError, UserError, ValidationError

SP6 = {"point_code": "SP6", "side": "left", "view": "front", "x": 0.4, "y": 0.9}
ST36 = {"point_code": "ST36", "side": "left", "view": "front", "x": 0.4, "y": 0.7}


def _pregnancy_warning(clinic):
    clinic.flag(flag_pregnant=True, pregnancy_weeks=30)
    (needle,) = clinic.needles(SP6)
    (finding,) = [f for f in safety.evaluate(clinic.db, clinic.session_id) if f.rule_id == "pregnancy.point"]
    return needle, finding


def test_acknowledged_warning_is_stored_with_its_reason(clinic):
    clinic.db.practitioner_id = clinic.practitioner_id
    needle, finding = _pregnancy_warning(clinic)
    before = sessions.get_session(clinic.db, clinic.session_id).version
    safety.acknowledge(
        clinic.db, clinic.session_id, finding.rule_id, finding.subject, "  Induction support at 40 weeks per midwife  "
    )
    with clinic.db.read() as s:
        row = s.scalar(select(SafetyAcknowledgement))
        assert (row.rule_id, row.subject, row.reason) == (
            "pregnancy.point",
            needle.uuid,
            "Induction support at 40 weeks per midwife",
        )
        assert row.acknowledged_by_id == clinic.practitioner_id
        assert "SP6" in row.message
    (again,) = [f for f in safety.evaluate(clinic.db, clinic.session_id) if f.rule_id == "pregnancy.point"]
    assert again.acknowledged_reason == "Induction support at 40 weeks per midwife"
    assert safety.unacknowledged_warnings(clinic.db, clinic.session_id) == []
    assert sessions.get_session(clinic.db, clinic.session_id).version > before
    detail = sessions.get_session(clinic.db, clinic.session_id)
    assert [a.reason for a in detail.acknowledgements] == ["Induction support at 40 weeks per midwife"]


def test_acknowledging_twice_updates_the_reason(clinic):
    _, finding = _pregnancy_warning(clinic)
    safety.acknowledge(clinic.db, clinic.session_id, finding.rule_id, finding.subject, "first")
    safety.acknowledge(clinic.db, clinic.session_id, finding.rule_id, finding.subject, "second")
    with clinic.db.read() as s:
        assert [r.reason for r in s.scalars(select(SafetyAcknowledgement))] == ["second"]


@pytest.mark.parametrize("reason", ["", "   ", None])
def test_reason_is_required(clinic, reason):
    _, finding = _pregnancy_warning(clinic)
    with pytest.raises(ValidationError, match="reason"):
        safety.acknowledge(clinic.db, clinic.session_id, finding.rule_id, finding.subject, reason)


def test_a_block_cannot_be_acknowledged(clinic):
    a, b = clinic.needles(ST36, SP6)
    sessions.add_channel(clinic.db, clinic.session_id, a.id, b.id)
    clinic.flag(flag_implanted_device=True)
    (block,) = [f for f in safety.evaluate(clinic.db, clinic.session_id) if f.severity == "block"]
    with pytest.raises(UserError, match="cannot be acknowledged"):
        safety.acknowledge(clinic.db, clinic.session_id, block.rule_id, block.subject, "patient insists")
    assert block in safety.unacknowledged_warnings(clinic.db, clinic.session_id)


def test_unknown_warning_or_rule_is_refused(clinic):
    _pregnancy_warning(clinic)
    with pytest.raises(UserError):
        safety.acknowledge(clinic.db, clinic.session_id, "pregnancy.point", "not-a-needle", "reason")
    with pytest.raises(UserError):
        safety.acknowledge(clinic.db, clinic.session_id, "no.such.rule", "", "reason")


def test_signed_session_is_read_only(clinic):
    _, finding = _pregnancy_warning(clinic)
    with clinic.db.unit() as s:
        from charting.db.models import TreatmentSession
        from charting.db.types import utcnow

        row = s.get(TreatmentSession, clinic.session_id)
        row.status, row.signed_at, row.signed_by_id = "signed", utcnow(), clinic.practitioner_id
    with pytest.raises(SignedRecordError):
        safety.acknowledge(clinic.db, clinic.session_id, finding.rule_id, finding.subject, "reason")


def test_acknowledgement_is_audited(clinic):
    from charting.db.models import AuditEvent

    _, finding = _pregnancy_warning(clinic)
    safety.acknowledge(clinic.db, clinic.session_id, finding.rule_id, finding.subject, "Discussed with the patient")
    with clinic.db.read() as s:
        events = list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "acknowledgement")))
    assert len(events) == 1 and events[0].action == "create"
    assert events[0].after["reason"] == "Discussed with the patient"
