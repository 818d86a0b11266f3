"""Practitioner accounts: argon2 password hashes, login, and who is at the keyboard.

``login(db, username, password)`` checks the password and attributes every
later change made through ``db`` to that practitioner (``db.actor`` and
``db.practitioner_id``; ``db.unit()`` copies them into ``session.info``, where
the audit trail and signing read them).

Passwords are never stored or exported: only an argon2id hash (argon2-cffi's
defaults, which follow RFC 9106's recommended parameters) is kept.
"""

from __future__ import annotations

import dataclasses
import functools

from sqlalchemy import select

from charting import validation as v
from charting.db.engine import Database
from charting.db.models import Practitioner
from charting.errors import AcuChartError, NotFound, ValidationError
from charting.practitioners import PROFILE_FIELDS, PractitionerInfo, info

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo"
#: Shortest password accepted for a new or changed password.
MIN_PASSWORD_LENGTH = 8


class AuthenticationError(AcuChartError):
    """Wrong username or password (which one is deliberately not said)."""


@functools.cache
def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` (with its own random salt)."""
    return _hasher().hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches ``stored_hash`` (False for no hash)."""
    if not stored_hash:
        return False
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return bool(_hasher().verify(stored_hash, password))
    except (VerificationError, InvalidHashError):
        return False


def _check_new_password(password: str) -> str:
    if not isinstance(password, str):
        raise ValidationError("password", "must be text")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            "password", f"is {len(password)} characters long; at least {MIN_PASSWORD_LENGTH} are needed"
        )
    if len(password) > 1024:
        raise ValidationError("password", "is longer than 1024 characters")
    return password


def authenticate(db: Database, username: str, password: str) -> PractitionerInfo:
    """The practitioner whose username and password these are.

    Raises:
        AuthenticationError: unknown user, no password set, inactive account
            or wrong password (one message for all, so nothing is given away).
    """
    username = (username or "").strip()
    with db.read() as s:
        row = s.scalar(select(Practitioner).where(Practitioner.username == username))
        if row is None or not row.is_active or not verify_password(row.password_hash, password or ""):
            raise AuthenticationError("login: wrong username or password")
        found = info(row)
        needs_rehash = _hasher().check_needs_rehash(row.password_hash)
    if needs_rehash:
        with db.unit(actor=username) as s:
            row = s.get(Practitioner, found.id)
            if row is not None:
                row.password_hash = hash_password(password)
    return found


def login(db: Database, username: str, password: str) -> PractitionerInfo:
    """Authenticate and attribute every later change through ``db`` to this practitioner."""
    found = authenticate(db, username, password)
    db.actor = found.username
    db.practitioner_id = found.id
    return found


def logout(db: Database) -> None:
    db.actor = "system"
    db.practitioner_id = None


def check_current_password(db: Database, password: str) -> bool:
    """True when ``password`` is the logged-in practitioner's (unlocking an idle window)."""
    if db.practitioner_id is None:
        return False
    with db.read() as s:
        row = s.get(Practitioner, db.practitioner_id)
        return bool(row is not None and row.is_active and verify_password(row.password_hash, password))


def has_accounts(db: Database) -> bool:
    """True when at least one active practitioner can log in with a password."""
    with db.read() as s:
        return (
            s.scalar(
                select(Practitioner.id)
                .where(Practitioner.password_hash.is_not(None), Practitioner.is_active.is_(True))
                .limit(1)
            )
            is not None
        )


def demo_login_available(db: Database) -> bool:
    """True only for the demo clinic: the ``demo`` account exists with the default password."""
    with db.read() as s:
        stored = s.scalar(select(Practitioner.password_hash).where(Practitioner.username == DEMO_USERNAME))
    return verify_password(stored, DEMO_PASSWORD)


def create_account(db: Database, username: str, password: str, *, name: str, **profile) -> PractitionerInfo:
    """A new practitioner who can log in."""
    username = v.text("username", username, max_length=64, required=True)
    if any(ch.isspace() for ch in username):
        raise ValidationError("username", "must not contain spaces")
    password = _check_new_password(password)
    from charting.practitioners import _clean

    clean = _clean({"name": name, **{k: val for k, val in profile.items() if k in PROFILE_FIELDS}})
    for key in profile:
        if key not in PROFILE_FIELDS:
            raise ValidationError(key, "is not a practitioner field")
    hashed = hash_password(password)
    with db.unit() as s:
        if s.scalar(select(Practitioner.id).where(Practitioner.username == username)):
            raise ValidationError("username", f"'{username}' is already taken")
        row = Practitioner(username=username, password_hash=hashed, **clean)
        s.add(row)
        s.flush()
        return info(row)


def set_password(db: Database, username: str, password: str) -> None:
    """Set (or reset) a practitioner's password."""
    password = _check_new_password(password)
    hashed = hash_password(password)
    with db.unit() as s:
        row = s.scalar(select(Practitioner).where(Practitioner.username == username))
        if row is None:
            raise NotFound(f"no practitioner with username '{username}'")
        row.password_hash = hashed


@dataclasses.dataclass(frozen=True, slots=True)
class AccountInfo:
    username: str
    name: str
    active: bool
    has_password: bool


def list_accounts(db: Database) -> list[AccountInfo]:
    with db.read() as s:
        rows = s.scalars(select(Practitioner).order_by(Practitioner.username))
        return [AccountInfo(r.username, r.name, bool(r.is_active), r.password_hash is not None) for r in rows]
