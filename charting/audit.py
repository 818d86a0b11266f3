"""The audit trail: who created, changed or deleted which clinical record, and when.

Every ORM flush that touches clinical data appends one :class:`AuditEvent` per
row, in the same transaction as the change (so a rolled-back change leaves no
event, and a committed change always has one).  The listener runs in
``after_flush``: at that point new rows have their ids, and SQLAlchemy still
holds every attribute's history, so the before-values of changed rows and all
values of deleted rows are still at hand.  Events are written with one Core
``INSERT`` on the flush's own connection.

Tamper evidence: events form a hash chain.  Each event stores the hash of the
previous one (``prev_hash``) and its own ``hash`` = SHA-256 over a canonical
JSON of its content plus ``prev_hash``.  The chain head (event count and last
hash) is kept in the ``clinic_settings`` row ``audit_head``, updated in the same
transaction, so removing events at the end is caught too.  :func:`verify`
walks the chain.  (Whoever can rewrite the whole database can also recompute
every hash; the chain shows edits made behind the app's back, it is not a
signature.)

Concurrency: appending reads the chain head and writes the next event, so two
workstations must not interleave.  PostgreSQL: a transaction-scoped advisory
lock (``pg_advisory_xact_lock``) is taken before the head is read.  SQLite:
the flush has already written rows, so the connection holds the database's
single write lock until commit; the head is read after that.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import hashlib
import json
import uuid as uuid_module
from collections.abc import Iterator
from typing import Any

from sqlalchemy import insert, inspect, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from charting.db import models as m
from charting.db.types import utcnow

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
#: The advisory lock key that serialises the chain on PostgreSQL ("ACUAUDIT").
PG_LOCK_KEY = 0x4143554155444954
#: Columns whose change alone is bookkeeping, not a clinical change.
IGNORED_COLUMNS = frozenset({"updated_at", "version"})
#: Values never copied into the trail.
REDACTED_COLUMNS = frozenset({"password_hash"})
REDACTED = "<redacted>"

#: Audited classes and the entity name their events carry.
ENTITIES: dict[type, str] = {
    m.Practitioner: "practitioner",
    m.Patient: "patient",
    m.Case: "case",
    m.Consent: "consent",
    m.TreatmentSession: "session",
    m.NeedleRecord: "needle",
    m.EAChannel: "ea_channel",
    m.Modality: "modality",
    m.Outcome: "outcome",
    m.AdverseEvent: "adverse_event",
    m.SafetyAcknowledgement: "acknowledgement",
    m.Addendum: "addendum",
    m.ProtocolTemplate: "protocol_template",
}
_SESSION_CHILDREN = (
    m.NeedleRecord,
    m.EAChannel,
    m.Modality,
    m.Outcome,
    m.AdverseEvent,
    m.SafetyAcknowledgement,
    m.Addendum,
)


# --- canonical form and hashing -------------------------------------------------------


def plain(value: Any) -> Any:
    """A JSON-native copy of a column value (what is stored and hashed)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC)
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid_module.UUID):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return str(value)


def _at_text(at: dt.datetime) -> str:
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def event_hash(
    *,
    at: dt.datetime,
    actor: str,
    entity: str,
    entity_uuid: str,
    patient_id: int | None,
    action: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    prev_hash: str,
) -> str:
    """SHA-256 (hex) over the canonical JSON of an event's content and the previous hash."""
    content = {
        "at": _at_text(at),
        "actor": actor,
        "entity": entity,
        "entity_uuid": entity_uuid,
        "patient_id": patient_id,
        "action": action,
        "before": before,
        "after": after,
        "prev_hash": prev_hash,
    }
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# --- the chain head -------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class ChainHead:
    count: int
    hash: str


def _lock_chain(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_LOCK_KEY - (1 << 63)})


def _read_head(connection: Connection) -> ChainHead | None:
    table = m.ClinicSetting.__table__
    value = connection.execute(select(table.c.value).where(table.c.key == HEAD_KEY)).scalar()
    if value is None:
        return None
    try:
        data = json.loads(value)
        return ChainHead(int(data["count"]), str(data["hash"]))
    except (ValueError, KeyError, TypeError):
        return ChainHead(-1, "")


def _write_head(connection: Connection, head: ChainHead, existed: bool) -> None:
    table = m.ClinicSetting.__table__
    value = json.dumps({"count": head.count, "hash": head.hash})
    if existed:
        connection.execute(update(table).where(table.c.key == HEAD_KEY).values(value=value))
    else:
        connection.execute(insert(table).values(key=HEAD_KEY, value=value))


def append_events(connection: Connection, events: list[dict[str, Any]]) -> None:
    """Chain and insert ``events`` (dicts with actor, entity, entity_uuid, patient_id,
    action, before, after; ``at`` optional) on ``connection``'s transaction."""
    if not events:
        return
    _lock_chain(connection)
    head = _read_head(connection)
    existed = head is not None
    if head is None or head.count < 0:
        # No head yet (new database) or an unreadable one: continue from the last event.
        table = m.AuditEvent.__table__
        last = connection.execute(select(table.c.hash).order_by(table.c.id.desc()).limit(1)).scalar()
        count = connection.execute(select(text("count(*)")).select_from(table)).scalar() or 0
        head = ChainHead(int(count), last or GENESIS) if last else ChainHead(0, GENESIS)
    prev = head.hash
    now = utcnow()
    rows = []
    for ev in events:
        at = ev.get("at") or now
        row = {
            "at": at,
            "actor": ev["actor"],
            "entity": ev["entity"],
            "entity_uuid": ev["entity_uuid"],
            "patient_id": ev["patient_id"],
            "action": ev["action"],
            "before": ev["before"],
            "after": ev["after"],
            "prev_hash": prev,
        }
        row["hash"] = event_hash(**row)
        prev = row["hash"]
        rows.append(row)
    connection.execute(insert(m.AuditEvent.__table__), rows)
    _write_head(connection, ChainHead(head.count + len(rows), prev), existed)


def record_bulk(session: Session, entity: str, count: int, actor: str, *, note: str = "") -> None:
    """One summary event for a bulk Core insert that bypasses the ORM flush
    (``charting.demo.load_synthetic``): call it in the same unit of work."""
    append_events(
        session.connection(),
        [
            {
                "actor": actor,
                "entity": entity,
                "entity_uuid": str(uuid_module.uuid4()),
                "patient_id": None,
                "action": "create",
                "before": None,
                "after": {"bulk_rows": int(count), **({"note": note} if note else {})},
            }
        ],
    )


# --- the flush listener ---------------------------------------------------------------


def _columns(obj: Any) -> list[str]:
    return [attr.key for attr in inspect(obj).mapper.column_attrs]


def _values(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    out = {}
    for key in _columns(obj):
        if key in state.unloaded:
            continue
        value = state.attrs[key].loaded_value
        out[key] = REDACTED if key in REDACTED_COLUMNS and value is not None else plain(value)
    return out


def _changes(obj: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for key in _columns(obj):
        if key in IGNORED_COLUMNS:
            continue
        history = state.attrs[key].history
        if not history.added and not history.deleted:
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        if key in REDACTED_COLUMNS:
            old = REDACTED if old is not None else None
            new = REDACTED if new is not None else None
        before[key] = plain(old)
        after[key] = plain(new)
    return before, after


def _patient_id(session: Session, obj: Any, cache: dict[int, int | None]) -> int | None:
    if isinstance(obj, m.Patient):
        return obj.id
    patient_id = getattr(obj, "patient_id", None)
    if patient_id is not None:
        return patient_id
    if isinstance(obj, _SESSION_CHILDREN):
        session_id = obj.session_id
        if session_id is None:
            return None
        if session_id not in cache:
            parent = session.identity_map.get(inspect(m.TreatmentSession).identity_key_from_primary_key((session_id,)))
            if parent is not None:
                cache[session_id] = parent.patient_id
            else:
                table = m.TreatmentSession.__table__
                cache[session_id] = session.connection().execute(
                    select(table.c.patient_id).where(table.c.id == session_id)
                ).scalar()
        return cache[session_id]
    return None


def _deleted(session: Session, flush_context) -> list[Any]:
    """Rows deleted by this flush: explicit deletes and orphans removed from a collection
    (which never appear in ``session.deleted``)."""
    found = {id(obj): obj for obj in session.deleted}
    for state, (is_delete, list_only) in getattr(flush_context, "states", {}).items():
        if is_delete and not list_only:
            obj = state.obj()
            if obj is not None:
                found.setdefault(id(obj), obj)
    return list(found.values())


def _collect(session: Session, flush_context=None) -> list[dict[str, Any]]:
    actor = session.info.get("actor") or "system"
    cache: dict[int, int | None] = {}
    events: list[dict[str, Any]] = []
    for obj in session.new:
        entity = ENTITIES.get(type(obj))
        if entity is None:
            continue
        events.append(
            {
                "actor": actor,
                "entity": entity,
                "entity_uuid": str(obj.uuid),
                "patient_id": _patient_id(session, obj, cache),
                "action": "create",
                "before": None,
                "after": _values(obj),
                "_order": (0, obj.id or 0),
            }
        )
    for obj in session.dirty:
        entity = ENTITIES.get(type(obj))
        if entity is None:
            continue
        before, after = _changes(obj)
        if not after:
            continue
        events.append(
            {
                "actor": actor,
                "entity": entity,
                "entity_uuid": str(obj.uuid),
                "patient_id": _patient_id(session, obj, cache),
                "action": "update",
                "before": before,
                "after": after,
                "_order": (1, obj.id or 0),
            }
        )
    for obj in _deleted(session, flush_context):
        entity = ENTITIES.get(type(obj))
        if entity is None:
            continue
        events.append(
            {
                "actor": actor,
                "entity": entity,
                "entity_uuid": str(obj.uuid),
                "patient_id": _patient_id(session, obj, cache),
                "action": "delete",
                "before": _values(obj),
                "after": None,
                "_order": (2, obj.id or 0),
            }
        )
    # Identity sets are unordered: a stable order keeps the trail readable.
    events.sort(key=lambda ev: (ev["_order"][0], list(ENTITIES.values()).index(ev["entity"]), ev["_order"][1]))
    for ev in events:
        del ev["_order"]
    return events


def after_flush(session: Session, flush_context) -> None:
    events = _collect(session, flush_context)
    if events:
        append_events(session.connection(), events)



# --- reading and verifying --------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class AuditEntry:
    """One event as ``audit show`` prints it."""

    id: int
    at: dt.datetime
    actor: str
    entity: str
    entity_uuid: str
    patient_id: int | None
    action: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": _at_text(self.at),
            "actor": self.actor,
            "entity": self.entity,
            "entity_uuid": self.entity_uuid,
            "patient_id": self.patient_id,
            "action": self.action,
            "before": self.before,
            "after": self.after,
        }

    @property
    def summary(self) -> str:
        """The changed fields, ``field: old → new`` (updates) or the field names."""
        if self.action == "update" and self.after:
            parts = []
            for key, new in self.after.items():
                old = (self.before or {}).get(key)
                parts.append(f"{key}: {_short(old)} → {_short(new)}")
            return "; ".join(parts)
        values = self.after if self.action == "create" else self.before
        if not values:
            return ""
        for key in (
            "point_code", "ashi_label", "chart_number", "measure", "kind", "username", "rule_id", "bulk_rows",
            "chief_complaint", "started_at", "consented_on", "text", "name",
        ):
            if key in values:
                return f"{key}: {_short(values[key])}"
        return ""


def _short(value: Any, limit: int = 40) -> str:
    shown = "∅" if value is None else str(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"


def history(db, *, patient_id: int | None = None, limit: int | None = None) -> list[AuditEntry]:
    """Events, oldest first (only one patient's with ``patient_id``)."""
    table = m.AuditEvent.__table__
    stmt = select(table).order_by(table.c.id)
    if patient_id is not None:
        stmt = stmt.where(table.c.patient_id == patient_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as s:
        return [
            AuditEntry(
                id=r.id,
                at=r.at,
                actor=r.actor,
                entity=r.entity,
                entity_uuid=r.entity_uuid,
                patient_id=r.patient_id,
                action=r.action,
                before=r.before,
                after=r.after,
            )
            for r in s.execute(stmt)
        ]


@dataclasses.dataclass(frozen=True, slots=True)
class VerifyResult:
    """What :func:`verify` found.

    Attributes:
        ok: True when every event and the chain head check out.
        events: how many events were checked.
        broken_at: the id of the first event that does not check out (None when
            ok, or when only the head disagrees with an intact chain and no event
            can be named).
        problem: what is wrong, in words.
    """

    ok: bool
    events: int
    broken_at: int | None = None
    problem: str = ""

    @property
    def message(self) -> str:
        if self.ok:
            return f"ok: {self.events} events verified"
        where = f"event {self.broken_at}" if self.broken_at is not None else "the chain head"
        return f"audit chain broken at {where}: {self.problem}"


def _iter_events(connection: Connection) -> Iterator[Any]:
    table = m.AuditEvent.__table__
    result = connection.execution_options(yield_per=2000).execute(select(table).order_by(table.c.id))
    yield from result


def verify(db) -> VerifyResult:
    """Walk the whole chain: every hash, every link, and the head."""
    with db.engine.connect() as connection:
        head = _read_head(connection)
        prev = GENESIS
        count = 0
        last_id: int | None = None
        for row in _iter_events(connection):
            count += 1
            if row.prev_hash != prev:
                problem = (
                    "an event before it is missing or was reordered (its link does not match the previous event)"
                    if count > 1
                    else "it does not start the chain (events before it are missing)"
                )
                return VerifyResult(False, count - 1, row.id, problem)
            try:
                expected = event_hash(
                    at=row.at,
                    actor=row.actor,
                    entity=row.entity,
                    entity_uuid=row.entity_uuid,
                    patient_id=row.patient_id,
                    action=row.action,
                    before=row.before,
                    after=row.after,
                    prev_hash=row.prev_hash,
                )
            except (TypeError, ValueError):
                expected = ""
            if expected != row.hash:
                return VerifyResult(False, count - 1, row.id, "its content was changed after it was written")
            prev = row.hash
            last_id = row.id
        if head is None:
            if count:
                return VerifyResult(False, count, None, "the chain head record is missing")
            return VerifyResult(True, 0)
        if head.count < 0:
            return VerifyResult(False, count, None, "the chain head record is unreadable")
        if head.count != count or head.hash != prev:
            if head.count > count:
                after = f"after event {last_id}" if last_id is not None else "from the start"
                problem = f"{head.count - count} event(s) {after} are missing (the head records {head.count})"
                return VerifyResult(False, count, (last_id or 0) + 1, problem)
            return VerifyResult(
                False, count, last_id, f"the chain head records {head.count} events but {count} were found"
            )
        return VerifyResult(True, count)
