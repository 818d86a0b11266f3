"""The audit trail: an event per change, in the same transaction, in a hash chain
that shows any change, insertion, deletion, reordering or truncation."""

from __future__ import annotations

import json

import pytest
from integrity_helpers import needle
from sqlalchemy import select, text

from charting import audit, patients, sessions
from charting.db import models as m
from charting.errors import ValidationError


def _events(db):
    with db.read() as s:
        return s.query(m.AuditEvent).order_by(m.AuditEvent.id).all()


def test_every_change_is_recorded_with_before_and_after(db, clinic):
    start = len(_events(db))
    (added,) = sessions.add_needles(db, clinic.draft_id, [needle("ST36", gauge_mm=0.25)])
    sessions.update_needle(db, added.id, gauge_mm=0.3)
    sessions.remove_needle(db, added.id)
    new = _events(db)[start:]
    assert [(e.entity, e.action) for e in new] == [("needle", "create"), ("needle", "update"), ("needle", "delete")]
    created, changed, deleted = new
    assert created.after["point_code"] == "ST36" and created.before is None
    assert changed.before == {"gauge_mm": 0.25} and changed.after == {"gauge_mm": 0.3}
    assert deleted.before["gauge_mm"] == 0.3 and deleted.after is None
    assert {e.entity_uuid for e in new} == {added.uuid}
    assert {e.patient_id for e in new} == {clinic.patient_id}
    assert {e.actor for e in new} == {"chen"}
    assert audit.verify(db).ok


def test_a_refused_change_writes_no_event(db, clinic):
    before = len(_events(db))
    with pytest.raises(ValidationError):
        sessions.add_needles(db, clinic.draft_id, [needle("ST36", gauge_mm=0.9)])
    with pytest.raises(Exception), db.unit() as s:  # noqa: B017 - the database refuses it
        s.add(m.NeedleRecord(session_id=clinic.draft_id, seq=99, point_code="X", side="up", view="back", x=0, y=0))
    assert len(_events(db)) == before


def test_history_of_one_patient(db, clinic):
    other = patients.create_patient(db, family_name="Novak")
    mine = audit.history(db, patient_id=clinic.patient_id)
    assert mine and all(e.patient_id == clinic.patient_id for e in mine)
    assert [e.entity for e in audit.history(db, patient_id=other.id)] == ["patient"]
    signed = [e for e in mine if e.entity == "session" and e.after and e.after.get("status") == "signed"]
    assert signed and "status: draft → signed" in signed[0].summary
    json.dumps([e.to_json() for e in mine])


def test_sound_chain_verifies(db, clinic):
    result = audit.verify(db)
    assert result.ok
    assert result.message == f"ok: {len(_events(db))} events verified"


def test_empty_database_verifies(db):
    assert audit.verify(db).message == "ok: 0 events verified"


def _sql(db, statement, **params):
    with db.engine.begin() as connection:
        connection.execute(text(statement), params)


def test_changed_event_is_detected(db, clinic):
    _sql(db, "UPDATE audit_events SET actor = 'eve' WHERE id = 3")
    result = audit.verify(db)
    assert not result.ok and result.broken_at == 3
    assert result.message.startswith("audit chain broken at event 3: ")


def test_changed_values_are_detected(db, clinic):
    _sql(db, "UPDATE audit_events SET after = :a WHERE id = 4", a=json.dumps({"family_name": "Forged"}))
    assert audit.verify(db).broken_at == 4


def test_deleted_event_is_detected(db, clinic):
    _sql(db, "DELETE FROM audit_events WHERE id = 5")
    result = audit.verify(db)
    assert not result.ok and result.broken_at == 6


def test_inserted_event_is_detected(db, clinic):
    with db.engine.begin() as connection:
        table = m.AuditEvent.__table__
        row = connection.execute(table.select().where(table.c.id == 5)).mappings().one()
        values = dict(row)
        values.update(id=10_000, actor="eve", hash="f" * 64)
        connection.execute(m.AuditEvent.__table__.insert(), [values])
    result = audit.verify(db)
    assert not result.ok and result.broken_at == 10_000


def test_forged_event_with_recomputed_hash_is_detected(db, clinic):
    # An attacker who recomputes the hash of the event they changed still breaks the next link.
    with db.engine.begin() as connection:
        table = m.AuditEvent.__table__
        row = connection.execute(table.select().where(table.c.id == 2)).mappings().one()
        forged = dict(row, actor="eve")
        new_hash = audit.event_hash(**{k: forged[k] for k in (
            "at", "actor", "entity", "entity_uuid", "patient_id", "action", "before", "after", "prev_hash")})
        connection.execute(text("UPDATE audit_events SET actor='eve', hash=:h WHERE id=2"), {"h": new_hash})
    assert audit.verify(db).broken_at == 3


def test_reordered_events_are_detected(db, clinic):
    table = m.AuditEvent.__table__
    columns = [c for c in table.c if c.name != "id"]
    with db.engine.begin() as connection:
        a = connection.execute(select(*columns).where(table.c.id == 4)).mappings().one()
        b = connection.execute(select(*columns).where(table.c.id == 5)).mappings().one()
        connection.execute(table.update().where(table.c.id == 4).values(hash="tmp"))
        connection.execute(table.update().where(table.c.id == 5).values(**dict(a)))
        connection.execute(table.update().where(table.c.id == 4).values(**dict(b)))
    assert audit.verify(db).broken_at == 4


@pytest.mark.parametrize("removed", [1, 3])
def test_truncated_tail_is_detected(db, clinic, removed):
    total = len(_events(db))
    _sql(db, "DELETE FROM audit_events WHERE id > :n", n=total - removed)
    result = audit.verify(db)
    assert not result.ok
    assert result.broken_at == total - removed + 1
    assert f"{removed} event(s) after event {total - removed} are missing" in result.message


def test_deleted_head_is_detected(db, clinic):
    _sql(db, "DELETE FROM clinic_settings WHERE key = 'audit_head'")
    assert "chain head record is missing" in audit.verify(db).message


def test_bulk_summary_event_joins_the_chain(db, clinic):
    with db.unit() as s:
        audit.record_bulk(s, "patient", 2000, "synthetic", note="load_synthetic batch")
    last = _events(db)[-1]
    assert (last.actor, last.entity, last.after["bulk_rows"]) == ("synthetic", "patient", 2000)
    assert audit.verify(db).ok


def test_two_workstations_on_one_sqlite_file_keep_the_chain_sound(db, db_path):
    import threading

    from charting.db.engine import open_database

    other = open_database(f"sqlite:///{db_path}")
    errors: list[BaseException] = []

    def work(database, prefix):
        try:
            for i in range(12):
                patients.create_patient(database, family_name=f"{prefix}{i}", chart_number=f"{prefix}-{i}")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d, p)) for d, p in ((db, "A"), (other, "B"))]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        other.dispose()
    assert errors == []
    result = audit.verify(db)
    assert result.ok and result.events == 24, result.message
