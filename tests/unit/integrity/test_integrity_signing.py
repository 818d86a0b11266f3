"""Signing: password re-entry, refusals, and a signed session read-only on every path."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from integrity_helpers import PASSWORD, needle

from charting import accounts, exchange, sessions, signing
from charting.db import models as m
from charting.errors import SignedRecordError, UserError


def test_sign_prints_one_line_and_locks_the_session(db, clinic):
    signature = signing.sign_session(db, clinic.draft_id, "chen", PASSWORD)
    assert signature.line.startswith(f"session {clinic.draft_id} signed by chen at ")
    assert signature.line.endswith(" UTC")
    detail = sessions.get_session(db, clinic.draft_id)
    assert detail.signed and detail.signed_by.username == "chen" and detail.signed_at == signature.signed_at
    with pytest.raises(SignedRecordError, match="already signed"):
        signing.sign_session(db, clinic.draft_id, "chen", PASSWORD)


def test_sign_needs_the_right_password(db, clinic):
    with pytest.raises(accounts.AuthenticationError):
        signing.sign_session(db, clinic.draft_id, "chen", "not my password")
    assert not sessions.get_session(db, clinic.draft_id).signed


def test_sign_refuses_needles_still_in(db, clinic):
    sessions.insert_needles(db, clinic.draft_id)
    with pytest.raises(UserError, match=r"1 needle\(s\) still in \(GB30\)"):
        signing.sign_session(db, clinic.draft_id, "chen", PASSWORD)
    sessions.remove_needles(db, clinic.draft_id)
    signing.sign_session(db, clinic.draft_id, "chen", PASSWORD)


def test_sign_refuses_unacknowledged_safety_warnings(db, clinic):
    from charting import safety

    (a,) = sessions.add_needles(db, clinic.draft_id, [needle("BL40")])
    draft = sessions.get_session(db, clinic.draft_id)
    sessions.add_channel(db, clinic.draft_id, draft.needles[0].id, a.id, frequency_hz=2.0)
    with db.unit() as s:  # no consent for EA on that day: a warning the rules raise
        s.query(m.Consent).update({"electroacupuncture": False})
    open_findings = safety.unacknowledged_warnings(db, clinic.draft_id)
    assert open_findings
    with pytest.raises(UserError, match="unacknowledged safety warning"):
        signing.sign_session(db, clinic.draft_id, "chen", PASSWORD)
    for finding in open_findings:
        safety.acknowledge(db, clinic.draft_id, finding.rule_id, finding.subject, "verbal consent, documented")
    signing.sign_session(db, clinic.draft_id, "chen", PASSWORD)


def test_use_cases_refuse_a_signed_session(db, clinic):
    detail = sessions.get_session(db, clinic.signed_id)
    attempts = [
        lambda: sessions.add_needles(db, clinic.signed_id, [needle("ST36")]),
        lambda: sessions.update_needle(db, detail.needles[0].id, gauge_mm=0.3),
        lambda: sessions.remove_needle(db, detail.needles[0].id),
        lambda: sessions.update_session(db, clinic.signed_id, notes="changed"),
        lambda: sessions.add_modality(db, clinic.signed_id, "cupping"),
        lambda: sessions.remove_channel(db, detail.channels[0].id),
    ]
    for attempt in attempts:
        with pytest.raises(SignedRecordError):
            attempt()
    assert sessions.get_session(db, clinic.signed_id) == detail


def _orm_attempts():
    def edit_session(s, sid):
        s.get(m.TreatmentSession, sid).notes = "rewritten"

    def unsign(s, sid):
        row = s.get(m.TreatmentSession, sid)
        row.status, row.signed_at, row.signed_by_id = "draft", None, None

    def edit_needle(s, sid):
        s.get(m.TreatmentSession, sid).needles[0].depth_mm = 5.0

    def delete_needle(s, sid):
        s.delete(s.get(m.TreatmentSession, sid).needles[0])

    def orphan_needle(s, sid):
        row = s.info["keep"] = s.get(m.TreatmentSession, sid)
        row.needles.remove(row.needles[-1])

    def add_needle(s, sid):
        s.add(m.NeedleRecord(session_id=sid, seq=50, point_code="ST36", side="left", view="front", x=0.5, y=0.5))

    def add_outcome_by_relationship(s, sid):
        row = s.info["keep"] = s.get(m.TreatmentSession, sid)
        row.outcomes.append(m.Outcome(measure="vas", timing="after", value=3.0))

    def edit_adverse_event(s, sid):
        s.get(m.TreatmentSession, sid).adverse_events[0].severity = "severe"

    def move_channel_away(s, sid):
        other = s.query(m.TreatmentSession).filter(m.TreatmentSession.id != sid).first()
        s.get(m.TreatmentSession, sid).channels[0].session_id = other.id

    def delete_session(s, sid):
        s.delete(s.get(m.TreatmentSession, sid))

    def delete_patient(s, sid):
        s.delete(s.get(m.TreatmentSession, sid).patient)

    def edit_addendum(s, sid):
        s.get(m.TreatmentSession, sid).addenda[0].text = "rewritten"

    return [edit_session, unsign, edit_needle, delete_needle, orphan_needle, add_needle,
            add_outcome_by_relationship, edit_adverse_event, move_channel_away, delete_session,
            delete_patient, edit_addendum]


@pytest.mark.parametrize("attempt", _orm_attempts(), ids=lambda f: f.__name__)
def test_direct_orm_changes_are_refused(db, clinic, attempt):
    signing.add_addendum(db, clinic.signed_id, "first addendum")
    before = exchange.export_patient(db, clinic.patient_id)
    with pytest.raises(SignedRecordError), db.unit() as s:
        attempt(s, clinic.signed_id)
    after = exchange.export_patient(db, clinic.patient_id)
    before.pop("exported"), after.pop("exported")
    assert after == before


def test_addenda_are_allowed_attributed_and_dated(db, clinic):
    added = signing.add_addendum(db, clinic.signed_id, "  BL23 depth was 20 mm, not 25 mm  ")
    assert added.text == "BL23 depth was 20 mm, not 25 mm"
    assert added.author == "Dr Mei Chen"
    assert abs((added.created_at - dt.datetime.now(dt.UTC)).total_seconds()) < 60
    detail = sessions.get_session(db, clinic.signed_id)
    assert [a.text for a in detail.addenda] == [added.text]
    with pytest.raises(Exception, match="addendum: is required"):
        signing.add_addendum(db, clinic.signed_id, "   ")
    accounts.logout(db)
    with pytest.raises(UserError, match="log in first"):
        signing.add_addendum(db, clinic.signed_id, "anonymous")


def test_import_cannot_overwrite_a_signed_session(db, clinic):
    doc = exchange.export_patient(db, clinic.patient_id)
    changed = copy.deepcopy(doc)
    changed["patients"][0]["sessions"][0]["notes"] = "rewritten by import"
    with pytest.raises(UserError, match="already in this database"):
        exchange.import_document(db, changed)
    assert sessions.get_session(db, clinic.signed_id).notes == ""
