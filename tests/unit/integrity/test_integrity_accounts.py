"""Accounts: argon2 hashes, login attributes changes, the demo hint only for the demo."""

from __future__ import annotations

import pytest
from integrity_helpers import PASSWORD

from charting import accounts, patients
from charting.db import models as m
from charting.errors import ValidationError


def test_hash_is_argon2_and_salted():
    first, second = accounts.hash_password("s3cret-pass"), accounts.hash_password("s3cret-pass")
    assert first.startswith("$argon2id$")
    assert first != second
    assert accounts.verify_password(first, "s3cret-pass")
    assert not accounts.verify_password(first, "s3cret-pasS")
    assert not accounts.verify_password(None, "")
    assert not accounts.verify_password("not a hash", "x")


def test_login_attributes_changes_to_the_practitioner(db):
    made = accounts.create_account(db, "lee", PASSWORD, name="Dr Lee")
    with pytest.raises(accounts.AuthenticationError, match="wrong username or password"):
        accounts.login(db, "lee", "wrong password")
    assert db.actor == "system"
    me = accounts.login(db, "lee", PASSWORD)
    assert (db.actor, db.practitioner_id) == ("lee", made.id)
    with db.unit() as s:
        assert s.info["actor"] == "lee"
        assert s.info["practitioner_id"] == made.id
    patients.create_patient(db, family_name="Okafor")
    with db.read() as s:
        event = s.query(m.AuditEvent).filter_by(entity="patient").one()
    assert event.actor == me.username
    assert accounts.check_current_password(db, PASSWORD)
    assert not accounts.check_current_password(db, "nope")
    accounts.logout(db)
    assert db.practitioner_id is None


def test_unknown_and_inactive_users_cannot_log_in(db):
    accounts.create_account(db, "kim", PASSWORD, name="Dr Kim")
    with pytest.raises(accounts.AuthenticationError):
        accounts.login(db, "nobody", PASSWORD)
    with db.unit() as s:
        s.query(m.Practitioner).filter_by(username="kim").one().is_active = False
    with pytest.raises(accounts.AuthenticationError):
        accounts.login(db, "kim", PASSWORD)


def test_password_hash_never_reaches_the_audit_trail(db):
    accounts.create_account(db, "kim", PASSWORD, name="Dr Kim")
    accounts.set_password(db, "kim", "another long password")
    with db.read() as s:
        events = s.query(m.AuditEvent).filter_by(entity="practitioner").all()
    assert [e.action for e in events] == ["create", "update"]
    assert events[0].after["password_hash"] == "<redacted>"
    assert events[1].after == {"password_hash": "<redacted>"}
    assert accounts.login(db, "kim", "another long password").username == "kim"


@pytest.mark.parametrize(
    ("username", "password", "field"),
    [("", PASSWORD, "username"), ("two words", PASSWORD, "username"), ("ok", "short", "password")],
)
def test_account_input_is_validated(db, username, password, field):
    with pytest.raises(ValidationError) as caught:
        accounts.create_account(db, username, password, name="X")
    assert caught.value.field == field


def test_demo_hint_only_for_the_default_demo_password(db):
    assert not accounts.demo_login_available(db)
    with db.unit() as s:
        s.add(m.Practitioner(username="demo", name="Demo", password_hash=accounts.hash_password("demo")))
    assert accounts.demo_login_available(db)
    assert accounts.login(db, "demo", "demo").username == "demo"
    accounts.set_password(db, "demo", "a much better password")
    assert not accounts.demo_login_available(db)
