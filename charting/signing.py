"""Signing sessions, and the guard that keeps a signed session as it was signed.

A practitioner signs a session by re-entering their password
(:func:`sign_session`).  From then on the session and every row belonging to
it (needles, EA channels, modalities, outcomes, adverse events,
acknowledgements, addenda) is read-only: :func:`install` adds a
``before_flush`` listener that refuses any insert, update or delete touching a
signed session, whoever asks (window, CLI, import, a script using the ORM).
Two things pass: adding an :class:`~charting.db.models.Addendum` (corrections
are dated, attributed addenda printed after the original) and the signing
transition itself (a draft session becoming signed).

"Signed" means signed in the database before this flush, so a session signed
and filled in the same unit of work (import, the demo clinic) is accepted.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from charting import validation as v
from charting.db import models as m
from charting.db.engine import Database
from charting.db.types import utcnow
from charting.errors import NotFound, SignedRecordError, UserError
from charting.sessions import AddendumInfo

_CHILDREN = (
    m.NeedleRecord,
    m.EAChannel,
    m.Modality,
    m.Outcome,
    m.AdverseEvent,
    m.SafetyAcknowledgement,
    m.Addendum,
)
_COLLECTIONS = ("needles", "channels", "modalities", "outcomes", "adverse_events", "acknowledgements", "addenda")
_KIND = {
    m.NeedleRecord: "needle",
    m.EAChannel: "EA channel",
    m.Modality: "modality",
    m.Outcome: "outcome",
    m.AdverseEvent: "adverse event",
    m.SafetyAcknowledgement: "safety acknowledgement",
    m.Addendum: "addendum",
}


def _committed(obj: Any, key: str) -> Any:
    """The value ``key`` had in the database before this flush."""
    history = inspect(obj).attrs[key].history
    if history.deleted:
        return history.deleted[0]
    if history.unchanged:
        return history.unchanged[0]
    return getattr(obj, key)


def _refuse(session_id: int | None, what: str) -> SignedRecordError:
    return SignedRecordError(
        f"session {session_id} is signed and cannot be changed ({what} refused); add a dated addendum instead"
    )


def _signed_in_database(session: Session, ids: set[int]) -> set[int]:
    """Of ``ids``, the sessions whose stored status (before this flush) is signed."""
    signed: set[int] = set()
    unknown: set[int] = set()
    mapper = inspect(m.TreatmentSession)
    for session_id in ids:
        row = session.identity_map.get(mapper.identity_key_from_primary_key((session_id,)))
        if row is None:
            unknown.add(session_id)
            continue
        state = inspect(row)
        if state.pending:
            continue
        if "status" in state.unloaded:
            unknown.add(session_id)
        elif _committed(row, "status") == "signed":
            signed.add(session_id)
    if unknown:
        table = m.TreatmentSession.__table__
        found = session.connection().execute(
            select(table.c.id).where(table.c.id.in_(unknown), table.c.status == "signed")
        )
        signed.update(found.scalars())
    return signed


def before_flush(session: Session, _context, _instances) -> None:
    wanted: dict[int, str] = {}
    for obj in session.dirty:
        if isinstance(obj, m.TreatmentSession):
            if _committed(obj, "status") != "signed":
                continue
            if session.is_modified(obj, include_collections=False):
                raise _refuse(obj.id, "editing the session")
            state = inspect(obj)
            for name in _COLLECTIONS:
                history = state.attrs[name].history
                if history.deleted or (history.added and name != "addenda"):
                    raise _refuse(obj.id, f"changing its {name.replace('_', ' ')}")
        elif isinstance(obj, _CHILDREN):
            if not session.is_modified(obj, include_collections=False):
                continue
            kind = _KIND[type(obj)]
            for session_id in {obj.session_id, _committed(obj, "session_id")}:
                if session_id is not None:
                    wanted.setdefault(session_id, f"changing a {kind}")
    for obj in session.deleted:
        if isinstance(obj, m.TreatmentSession):
            if _committed(obj, "status") == "signed":
                raise _refuse(obj.id, "deleting the session")
        elif isinstance(obj, _CHILDREN):
            session_id = _committed(obj, "session_id")
            if session_id is not None:
                wanted.setdefault(session_id, f"deleting a {_KIND[type(obj)]}")
        elif isinstance(obj, m.Patient):
            # The database cascades a patient's deletion to their sessions.
            table = m.TreatmentSession.__table__
            signed = session.connection().execute(
                select(table.c.id).where(table.c.patient_id == obj.id, table.c.status == "signed").limit(1)
            ).scalar()
            if signed is not None:
                raise _refuse(signed, "deleting the patient")
    for obj in session.new:
        if isinstance(obj, _CHILDREN) and not isinstance(obj, m.Addendum):
            session_id = obj.session_id
            if session_id is None and getattr(obj, "session", None) is not None:
                session_id = obj.session.id
            if session_id is not None:
                wanted.setdefault(session_id, f"adding a {_KIND[type(obj)]}")
    if not wanted:
        return
    signed = _signed_in_database(session, set(wanted))
    if signed:
        first = min(signed)
        raise _refuse(first, wanted[first])



# --- use-cases ---------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class SignatureInfo:
    session_id: int
    signed_by: str
    signed_by_name: str
    signed_at: dt.datetime
    version: int

    @property
    def line(self) -> str:
        """The one-line confirmation ``acuchart sign`` prints."""
        return (
            f"session {self.session_id} signed by {self.signed_by} at "
            f"{self.signed_at.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"
        )


def _unacknowledged(db: Database, session_id: int) -> list[Any]:
    """Safety warnings and block findings not yet acknowledged, from the safety work if present."""
    try:
        from charting.safety import unacknowledged_warnings
    except ImportError:
        return []
    return list(unacknowledged_warnings(db, session_id))


def _describe(warning: Any) -> str:
    for attr in ("message", "rule_id"):
        value = getattr(warning, attr, None)
        if value:
            return str(value)
    return str(warning)


def sign_session(
    db: Database, session_id: int, username: str, password: str, *, expected_version: int | None = None
) -> SignatureInfo:
    """Sign a session after checking the practitioner's password again.

    Refuses a session already signed, with needles still in, or with safety
    warnings nobody has acknowledged.

    Raises:
        AuthenticationError: wrong username or password.
        SignedRecordError: already signed.
        UserError: needles still in, or unacknowledged warnings.
        ConcurrentEditError: the session changed since ``expected_version``.
    """
    from charting.accounts import authenticate
    from charting.errors import ConcurrentEditError

    signer = authenticate(db, username, password)
    with db.read() as s:
        row = s.get(m.TreatmentSession, session_id)
        if row is None:
            raise NotFound(f"session {session_id} does not exist")
        if row.status == "signed":
            raise SignedRecordError(f"session {session_id} is already signed")
    warnings = _unacknowledged(db, session_id)
    if warnings:
        listed = "; ".join(_describe(w) for w in warnings[:3])
        more = f" and {len(warnings) - 3} more" if len(warnings) > 3 else ""
        raise UserError(
            f"session {session_id} has {len(warnings)} unacknowledged safety warning(s): {listed}{more}; "
            "acknowledge them (with a reason) before signing"
        )
    now = utcnow()
    with db.unit(actor=signer.username) as s:
        row = s.get(m.TreatmentSession, session_id)
        if row is None:
            raise NotFound(f"session {session_id} does not exist")
        if row.status == "signed":
            raise SignedRecordError(f"session {session_id} is already signed")
        if expected_version is not None and row.version != expected_version:
            raise ConcurrentEditError(
                f"session {session_id} was changed on another workstation (version {row.version}, "
                f"you had {expected_version}); review it before signing"
            )
        still_in = [n for n in row.needles if n.inserted_at is not None and n.removed_at is None]
        if still_in:
            codes = ", ".join(n.point_code or f"ashi {n.ashi_label}" for n in still_in[:6])
            raise UserError(
                f"session {session_id} has {len(still_in)} needle(s) still in ({codes}); "
                "record their removal before signing"
            )
        row.status = "signed"
        row.signed_at = now
        row.signed_by_id = signer.id
        if row.ended_at is None and row.started_at <= now:
            row.ended_at = now
        s.flush()
        return SignatureInfo(session_id, signer.username, signer.name, now, row.version)


def add_addendum(db: Database, session_id: int, text: str) -> AddendumInfo:
    """Append a dated correction, attributed to the logged-in practitioner."""
    body = v.text("addendum", text, max_length=20_000, required=True)
    if db.practitioner_id is None:
        raise UserError("addendum: log in first; an addendum is signed with the author's name")
    with db.unit() as s:
        row = s.get(m.TreatmentSession, session_id)
        if row is None:
            raise NotFound(f"session {session_id} does not exist")
        author = s.get(m.Practitioner, db.practitioner_id)
        if author is None:
            raise NotFound(f"practitioner {db.practitioner_id} does not exist")
        addendum = m.Addendum(session_id=session_id, author_id=author.id, text=body, created_at=utcnow())
        s.add(addendum)
        s.flush()
        return AddendumInfo(
            id=addendum.id, uuid=str(addendum.uuid), author=author.name, created_at=addendum.created_at, text=body
        )
