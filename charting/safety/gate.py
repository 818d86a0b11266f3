"""The safety gate: the rule table runs before every flush, whoever writes.

:func:`install` puts a ``before_flush`` listener on a Database's session
factory (``charting/db/hooks.py`` does it for every Database), so the window,
the CLI, import and any later path pass through the same rules.

For every treatment session touched by the flush (a new, changed or deleted
needle, lead pair or session row) the listener builds the session's facts
from the state about to be written — rows already stored, overlaid with the
pending ones — and runs the rules.  It raises
:class:`~charting.safety.findings.SafetyBlocked` when a blocking finding
involves a needle or lead pair this flush creates or changes.  A blocking
finding caused by something else (a patient flag set after EA was charted)
does not stop unrelated edits; it still shows in the session's findings, and
any change to the offending lead pair is refused.  Warnings never stop a write.

Cost: two queries per touched session (its needles, as plain rows of the
columns the rules read unless already loaded, and its lead pairs) and one for
consents when it has lead pairs; the rules themselves are plain Python over
those rows.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import instance_dict
from sqlalchemy.orm.base import NO_VALUE

from charting.safety.facts import (
    ChannelFact,
    NeedleFact,
    SessionFacts,
    channel_fact,
    consent_covers_ea,
    needle_fact,
    patient_facts,
)
from charting.safety.findings import BLOCK, SafetyBlocked
from charting.safety.rules import run_rules


def _loaded(obj, attr: str):
    """The value of a relationship already in memory (``NO_VALUE`` when not loaded).

    Reads the instance dict directly: ``inspect(obj).attrs`` builds every
    attribute's state on each call, which costs more than all the rules together.
    """
    return instance_dict(obj).get(attr, NO_VALUE)


def _owner(s: Session, obj):
    """The TreatmentSession a needle or lead pair belongs to (after this flush)."""
    from charting.db.models import TreatmentSession

    owner = _loaded(obj, "session")
    if owner is not NO_VALUE and owner is not None:
        return owner
    if obj.session_id is not None:
        return s.get(TreatmentSession, obj.session_id)
    return None


#: Needle attributes whose change can create a blocking finding (position and size);
#: recording insertion or removal times, notes or responses never can.
_NEEDLE_RULE_FIELDS = (
    "point_code",
    "ashi_label",
    "side",
    "view",
    "x",
    "y",
    "gauge_mm",
    "length_mm",
    "depth_mm",
    "session_id",
)


def _relevant_change(obj) -> bool:
    from charting.db.models import NeedleRecord

    state = inspect(obj)
    if isinstance(obj, NeedleRecord):
        return any(state.attrs[name].history.has_changes() for name in _NEEDLE_RULE_FIELDS)
    return any(attr.history.has_changes() for attr in state.attrs if attr.key != "session")


def before_flush(s: Session, _context, _instances) -> None:
    from charting.db.models import EAChannel, NeedleRecord, TreatmentSession

    changed: set[int] = set()  # id() of needles and lead pairs new or changed in this flush
    touched: dict[int, TreatmentSession] = {}
    for obj in list(s.new) + list(s.dirty):
        if isinstance(obj, NeedleRecord | EAChannel):
            if obj.uuid is None:  # give new rows their uuid now: it is the subject key
                obj.uuid = uuid_module.uuid4()
            if obj in s.new or _relevant_change(obj):
                changed.add(id(obj))
            with s.no_autoflush:
                owner = _owner(s, obj)
            if owner is not None:
                touched[id(owner)] = owner
        elif isinstance(obj, TreatmentSession) and obj not in s.deleted:
            touched[id(obj)] = obj
    for obj in s.deleted:
        if isinstance(obj, NeedleRecord | EAChannel):
            with s.no_autoflush:
                owner = _owner(s, obj)
            if owner is not None:
                touched[id(owner)] = owner
    if not changed:
        return  # only session fields or deletions: these can remove findings, never add a block
    with s.no_autoflush:
        for row in touched.values():
            if row in s.deleted:
                continue
            _check(s, row, changed)


#: The needle columns the facts read (see ``charting.safety.facts.needle_fact``) and seq.
_NEEDLE_FACT_COLUMNS = (
    "id",
    "uuid",
    "seq",
    "point_code",
    "ashi_label",
    "side",
    "view",
    "x",
    "y",
    "gauge_mm",
    "length_mm",
    "depth_mm",
    "depth_level",
    "material",
    "inserted_at",
    "removed_at",
)


def _members(s: Session, row, cls, collection: str, columns: tuple[str, ...] = ()) -> list:
    """The rows of ``cls`` that will belong to session ``row`` after the flush.

    With ``columns``, stored rows this unit of work has not loaded come back as plain result
    rows of those columns instead of ORM objects: nothing in the flush can have changed them
    (a change needs the object), and building objects for every needle of the session on
    each flush was most of the gate's cost.  Rows already in the identity map are returned as
    the objects, with their pending changes.
    """
    found: dict[int, object] = {}
    stored: list = []
    loaded = _loaded(row, collection)
    if loaded is not NO_VALUE:
        for obj in loaded:
            found[id(obj)] = obj
    if row.id is not None:
        if columns:
            mapper = inspect(cls)
            identity_map = s.identity_map
            query = select(*(getattr(cls, name) for name in columns)).where(cls.session_id == row.id)
            for result in s.execute(query):
                obj = identity_map.get(mapper.identity_key_from_primary_key((result.id,)))
                if obj is None:
                    stored.append(result)
                else:
                    found.setdefault(id(obj), obj)
        else:
            for obj in s.scalars(select(cls).where(cls.session_id == row.id)):
                found.setdefault(id(obj), obj)
    for obj in s.new:
        if isinstance(obj, cls) and (
            _loaded(obj, "session") is row or (row.id is not None and obj.session_id == row.id)
        ):
            found.setdefault(id(obj), obj)
    members = []
    for obj in found.values():
        if obj in s.deleted:
            continue
        owner = _loaded(obj, "session")
        if owner is not NO_VALUE and owner is not row:
            continue  # removed from this session's collection (a delete-orphan) or moved
        if owner is NO_VALUE and obj.session_id is not None and row.id is not None and obj.session_id != row.id:
            continue
        members.append(obj)
    return members + stored


def _channel_end(obj, attr: str, by_id: dict[int, NeedleFact], by_obj: dict[int, NeedleFact]) -> NeedleFact | None:
    target = _loaded(obj, attr)
    if target is not NO_VALUE and target is not None:
        return by_obj.get(id(target))
    return by_id.get(getattr(obj, f"{attr}_id"))


def facts_for(s: Session, row, *, now: dt.datetime | None = None) -> tuple[SessionFacts, dict[str, int]]:
    """Facts for session ``row`` as it will be after the pending changes.

    Returns the facts and a map from each needle's and lead pair's key to
    ``id()`` of its ORM object (to tell which findings the flush caused).
    """
    from charting.db.models import Consent, EAChannel, NeedleRecord, Patient

    needle_rows = sorted(
        _members(s, row, NeedleRecord, "needles", _NEEDLE_FACT_COLUMNS), key=lambda n: n.seq or 0
    )
    channel_rows = _members(s, row, EAChannel, "channels")
    by_obj: dict[int, NeedleFact] = {}
    by_id: dict[int, NeedleFact] = {}
    objects: dict[str, int] = {}
    needles: list[NeedleFact] = []
    for obj in needle_rows:
        fact = needle_fact(obj)
        needles.append(fact)
        by_obj[id(obj)] = fact
        if obj.id is not None:
            by_id[obj.id] = fact
        objects[fact.key] = id(obj)
    channels: list[ChannelFact] = []
    for obj in channel_rows:
        fact = channel_fact(
            obj, _channel_end(obj, "needle_a", by_id, by_obj), _channel_end(obj, "needle_b", by_id, by_obj)
        )
        channels.append(fact)
        objects[fact.key] = id(obj)
    patient = _loaded(row, "patient")
    if patient is NO_VALUE or patient is None:
        patient = s.get(Patient, row.patient_id) if row.patient_id is not None else None
    ea_consent = True
    if channels and patient is not None:
        consents = list(s.scalars(select(Consent).where(Consent.patient_id == patient.id))) if patient.id else []
        consents += [
            c for c in s.new if isinstance(c, Consent) and (c.patient is patient or c.patient_id == patient.id)
        ]
        on = row.started_at.date() if isinstance(row.started_at, dt.datetime) else None
        case_id = row.case_id
        if case_id is None:
            case = _loaded(row, "case")
            case_id = case.id if case is not NO_VALUE and case is not None else None
        ea_consent = consent_covers_ea([c for c in consents if c not in s.deleted], case_id, on)
    facts = SessionFacts(
        needles=tuple(needles),
        channels=tuple(channels),
        patient=patient_facts(patient),
        started_at=row.started_at,
        ended_at=row.ended_at,
        planned_retention_min=row.planned_retention_min or 20,
        now=row.ended_at or now or dt.datetime.now(dt.UTC),
        ea_consent=ea_consent,
    )
    return facts, objects


def _check(s: Session, row, changed: set[int]) -> None:
    facts, objects = facts_for(s, row)
    blocking = []
    for finding in run_rules(facts):
        if finding.severity != BLOCK:
            continue
        keys = finding.needle_keys + finding.channel_keys
        if any(objects.get(key) in changed for key in keys):
            blocking.append(finding)
    if blocking:
        raise SafetyBlocked(blocking)
