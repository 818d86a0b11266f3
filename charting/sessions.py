"""Treatment sessions: charting needles, retention, EA channels, modalities.

Each function is one unit of work: it opens a transaction, changes the records
(through validation, and the safety gate and audit trail that listen on every
flush), and returns plain snapshots for the window, the CLI or a report.

Every change to a session's contents also bumps the session's ``version``
counter, so a workstation saving on top of another's newer edit is told
(:class:`~charting.errors.ConcurrentEditError`) instead of silently winning.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from charting import validation as v
from charting.db.engine import Database
from charting.db.models import (
    INTENSITY_DESCRIPTORS,
    MODALITY_KINDS,
    POLARITIES,
    WAVEFORMS,
    Case,
    EAChannel,
    Modality,
    NeedleRecord,
    Patient,
    Practitioner,
    TreatmentSession,
)
from charting.db.types import utcnow
from charting.errors import ConcurrentEditError, NotFound, SignedRecordError, UserError, ValidationError
from charting.patients import CaseInfo, PatientDetail, case_info, detail
from charting.practitioners import PractitionerInfo, default_practitioner_id, info

SESSION_TEXT_FIELDS = ("room", "subjective", "tongue", "pulse", "plan", "notes", "co_interventions")
NEEDLE_SETTINGS = (
    "gauge_mm",
    "length_mm",
    "depth_mm",
    "depth_level",
    "angle",
    "technique",
    "deqi",
    "response_sought",
    "response_obtained",
    "manufacturer",
    "material",
    "lot_number",
)
CHANNEL_FIELDS = (
    "device",
    "waveform",
    "frequency_hz",
    "frequency_high_hz",
    "pulse_width_us",
    "intensity_ma",
    "intensity_note",
    "intensity_descriptor",
    "polarity",
    "mode",
    "started_at",
    "duration_min",
)
SIDE_WORDS = {"l": "left", "r": "right", "b": "both", "left": "left", "right": "right", "both": "both"}
#: Views searched, in order, for where a point is drawn when the caller names none.
PREFERRED_VIEWS = ("back", "front", "side", "head", "hand", "foot")


# --- snapshots ---------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class NeedleInfo:
    """One needle as charted.

    ``state`` is ``planned`` (placed, not inserted), ``inserted`` or ``removed``.
    """

    id: int
    uuid: str
    session_id: int
    seq: int
    point_code: str | None
    ashi_label: str | None
    side: str
    view: str
    x: float
    y: float
    gauge_mm: float | None
    length_mm: float | None
    depth_mm: float | None
    depth_level: str
    angle: str | None
    technique: str | None
    deqi: bool | None
    response_sought: str | None
    response_obtained: str | None
    manufacturer: str
    material: str
    lot_number: str
    inserted_at: dt.datetime | None
    removed_at: dt.datetime | None
    notes: str

    @property
    def label(self) -> str:
        return self.point_code or f"Ashi: {self.ashi_label}"

    @property
    def state(self) -> str:
        if self.removed_at is not None:
            return "removed"
        if self.inserted_at is not None:
            return "inserted"
        return "planned"

    def retention_seconds(self, now: dt.datetime | None = None) -> float | None:
        """Seconds the needle has been (or was) retained; None before insertion."""
        if self.inserted_at is None:
            return None
        end = self.removed_at or now or utcnow()
        return max(0.0, (end - self.inserted_at).total_seconds())


@dataclasses.dataclass(frozen=True, slots=True)
class ChannelInfo:
    """An EA lead pair and its stimulator settings."""

    id: int
    uuid: str
    session_id: int
    needle_a_id: int
    needle_b_id: int
    device: str
    waveform: str
    frequency_hz: float | None
    frequency_high_hz: float | None
    pulse_width_us: float | None
    intensity_ma: float | None
    intensity_note: str
    intensity_descriptor: str | None
    polarity: str | None
    mode: str
    started_at: dt.datetime | None
    duration_min: float | None

    @property
    def frequency_text(self) -> str:
        if self.frequency_hz is None:
            return ""
        if self.frequency_high_hz is not None:
            return f"{self.frequency_hz:g}/{self.frequency_high_hz:g}"
        return f"{self.frequency_hz:g}"


@dataclasses.dataclass(frozen=True, slots=True)
class ModalityInfo:
    id: int
    uuid: str
    kind: str
    site: str
    duration_min: float | None
    notes: str


@dataclasses.dataclass(frozen=True, slots=True)
class OutcomeInfo:
    id: int
    uuid: str
    measure: str
    label: str
    timing: str
    value: float
    section_scores: list[int | None] | None


@dataclasses.dataclass(frozen=True, slots=True)
class AdverseEventInfo:
    id: int
    uuid: str
    kind: str
    severity: str
    occurred_at: dt.datetime | None
    action_taken: str
    outcome: str
    notes: str


@dataclasses.dataclass(frozen=True, slots=True)
class AcknowledgementInfo:
    id: int
    uuid: str
    rule_id: str
    subject: str
    message: str
    reason: str
    acknowledged_by: str
    acknowledged_at: dt.datetime


@dataclasses.dataclass(frozen=True, slots=True)
class AddendumInfo:
    id: int
    uuid: str
    author: str
    created_at: dt.datetime
    text: str


@dataclasses.dataclass(frozen=True, slots=True)
class SessionSummary:
    """A session as a list row shows it."""

    id: int
    uuid: str
    patient_id: int
    patient_name: str
    chart_number: str
    case_id: int | None
    practitioner: str
    started_at: dt.datetime
    ended_at: dt.datetime | None
    status: str
    needle_count: int

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "uuid": self.uuid,
            "patient_id": self.patient_id,
            "patient": self.patient_name,
            "chart_number": self.chart_number,
            "case_id": self.case_id,
            "practitioner": self.practitioner,
            "started_at": self.started_at.isoformat(),
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "status": self.status,
            "needles": self.needle_count,
        }


@dataclasses.dataclass(frozen=True, slots=True)
class SessionDetail:
    """Everything charted in one session, as the editor and the reports need it."""

    id: int
    uuid: str
    version: int
    patient: PatientDetail
    case: CaseInfo | None
    practitioner: PractitionerInfo
    started_at: dt.datetime
    ended_at: dt.datetime | None
    room: str
    subjective: str
    tongue: str
    pulse: str
    plan: str
    notes: str
    co_interventions: str
    planned_retention_min: int
    ended_with_needles_in: bool
    status: str
    signed_at: dt.datetime | None
    signed_by: PractitionerInfo | None
    needles: tuple[NeedleInfo, ...]
    channels: tuple[ChannelInfo, ...]
    modalities: tuple[ModalityInfo, ...]
    outcomes: tuple[OutcomeInfo, ...]
    adverse_events: tuple[AdverseEventInfo, ...]
    acknowledgements: tuple[AcknowledgementInfo, ...]
    addenda: tuple[AddendumInfo, ...]

    @property
    def signed(self) -> bool:
        return self.status == "signed"

    def needle(self, needle_id: int) -> NeedleInfo:
        for needle in self.needles:
            if needle.id == needle_id:
                return needle
        raise NotFound(f"needle {needle_id} is not in session {self.id}")

    @property
    def needles_in(self) -> int:
        return sum(1 for n in self.needles if n.state == "inserted")

    @property
    def needles_out(self) -> int:
        return sum(1 for n in self.needles if n.state == "removed")


def needle_info(row: NeedleRecord) -> NeedleInfo:
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(NeedleInfo)}
    values["uuid"] = str(row.uuid)
    return NeedleInfo(**values)


def channel_info(row: EAChannel) -> ChannelInfo:
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(ChannelInfo)}
    values["uuid"] = str(row.uuid)
    return ChannelInfo(**values)


def _plain(cls, row):
    values = {f.name: getattr(row, f.name) for f in dataclasses.fields(cls) if hasattr(row, f.name)}
    values["uuid"] = str(row.uuid)
    return values


def session_detail(row: TreatmentSession) -> SessionDetail:
    return SessionDetail(
        id=row.id,
        uuid=str(row.uuid),
        version=row.version,
        patient=detail(row.patient),
        case=case_info(row.case) if row.case is not None else None,
        practitioner=info(row.practitioner),
        started_at=row.started_at,
        ended_at=row.ended_at,
        room=row.room,
        subjective=row.subjective,
        tongue=row.tongue,
        pulse=row.pulse,
        plan=row.plan,
        notes=row.notes,
        co_interventions=row.co_interventions,
        planned_retention_min=row.planned_retention_min,
        ended_with_needles_in=row.ended_with_needles_in,
        status=row.status,
        signed_at=row.signed_at,
        signed_by=info(row.signed_by) if row.signed_by is not None else None,
        needles=tuple(needle_info(n) for n in row.needles),
        channels=tuple(channel_info(c) for c in row.channels),
        modalities=tuple(ModalityInfo(**_plain(ModalityInfo, m)) for m in row.modalities),
        outcomes=tuple(OutcomeInfo(**_plain(OutcomeInfo, o)) for o in row.outcomes),
        adverse_events=tuple(AdverseEventInfo(**_plain(AdverseEventInfo, a)) for a in row.adverse_events),
        acknowledgements=tuple(
            AcknowledgementInfo(
                id=a.id,
                uuid=str(a.uuid),
                rule_id=a.rule_id,
                subject=a.subject,
                message=a.message,
                reason=a.reason,
                acknowledged_by=a.acknowledged_by.name if a.acknowledged_by else "",
                acknowledged_at=a.acknowledged_at,
            )
            for a in row.acknowledgements
        ),
        addenda=tuple(
            AddendumInfo(id=a.id, uuid=str(a.uuid), author=a.author.name, created_at=a.created_at, text=a.text)
            for a in row.addenda
        ),
    )


_DETAIL_LOAD = (
    selectinload(TreatmentSession.needles),
    selectinload(TreatmentSession.channels),
    selectinload(TreatmentSession.modalities),
    selectinload(TreatmentSession.outcomes),
    selectinload(TreatmentSession.adverse_events),
    selectinload(TreatmentSession.acknowledgements),
    selectinload(TreatmentSession.addenda),
)


# --- helpers -----------------------------------------------------------------------


#: What a signed session's refusal tells the practitioner to do instead.
LOCKED_ADVICE = "add a dated addendum instead"


def load_for_edit(
    s: Session,
    session_id: int,
    *,
    for_edit: bool = True,
    expected_version: int | None = None,
    locked_advice: str = LOCKED_ADVICE,
) -> TreatmentSession:
    """The session row inside a unit of work, checked for an edit.

    Raises:
        NotFound: no such session.
        SignedRecordError: it is signed (``locked_advice`` tells what to do instead).
        ConcurrentEditError: ``expected_version`` is not the stored version.
    """
    row = s.get(TreatmentSession, session_id)
    if row is None:
        raise NotFound(f"session {session_id} does not exist")
    if for_edit:
        if row.status == "signed":
            raise SignedRecordError(f"session {session_id} is signed and cannot be changed; {locked_advice}")
        if expected_version is not None and row.version != expected_version:
            raise ConcurrentEditError(
                f"session {session_id} was changed on another workstation (version {row.version}, "
                f"you had {expected_version}); reload it to see both edits"
            )
    return row


def touch(row: TreatmentSession) -> None:
    """Mark the session changed, so its version counter moves on."""
    row.updated_at = utcnow()


def detach_child(
    s: Session, model: type, item_id: int, collection: str, what: str, *, locked_advice: str = LOCKED_ADVICE
) -> Any:
    """Take one row (an EA channel, modality, adverse event, ...) off its editable
    session inside a unit of work; returns the row, still readable for a snapshot."""
    item = s.get(model, item_id)
    if item is None:
        raise NotFound(f"{what} {item_id} does not exist")
    row = load_for_edit(s, item.session_id, locked_advice=locked_advice)
    getattr(row, collection).remove(item)
    touch(row)
    return item


def _needle_row(s: Session, needle_id: int) -> NeedleRecord:
    needle = s.get(NeedleRecord, needle_id)
    if needle is None:
        raise NotFound(f"needle {needle_id} does not exist")
    return needle


# --- sessions ----------------------------------------------------------------------


def create_session(
    db: Database,
    patient_id: int,
    *,
    case_id: int | None = None,
    practitioner_id: int | None = None,
    started_at: dt.datetime | None = None,
    planned_retention_min: int | None = None,
    repeat_last: bool = False,
    **text_fields: str,
) -> SessionDetail:
    """Open a new draft session; with ``repeat_last`` copy the last session's
    points, sides, needle settings and EA settings (not times or outcomes)."""
    practitioner_id = practitioner_id or default_practitioner_id(db)
    if practitioner_id is None:
        raise UserError("no practitioner on record: create one first")
    retention = v.in_range("planned_retention_min", planned_retention_min or 20, integer=True)
    for key in text_fields:
        if key not in SESSION_TEXT_FIELDS:
            raise ValidationError(key, "is not a session field")
    with db.unit() as s:
        if s.get(Patient, patient_id) is None:
            raise NotFound(f"patient {patient_id} does not exist")
        if case_id is not None:
            case = s.get(Case, case_id)
            if case is None or case.patient_id != patient_id:
                raise NotFound(f"case {case_id} is not a case of patient {patient_id}")
        if s.get(Practitioner, practitioner_id) is None:
            raise NotFound(f"practitioner {practitioner_id} does not exist")
        row = TreatmentSession(
            patient_id=patient_id,
            case_id=case_id,
            practitioner_id=practitioner_id,
            started_at=v.aware("started at", started_at) or utcnow(),
            planned_retention_min=retention,
            **{k: v.text(k, val) for k, val in text_fields.items()},
        )
        s.add(row)
        s.flush()
        if repeat_last:
            previous = s.scalar(
                select(TreatmentSession)
                .where(TreatmentSession.patient_id == patient_id, TreatmentSession.id != row.id)
                .order_by(TreatmentSession.started_at.desc(), TreatmentSession.id.desc())
                .limit(1)
            )
            if previous is None:
                raise UserError("there is no earlier session to repeat")
            row.planned_retention_min = previous.planned_retention_min
            _copy_contents(s, previous, row)
        s.flush()
        s.refresh(row)
        return session_detail(row)


def _copy_contents(s: Session, source: TreatmentSession, target: TreatmentSession) -> None:
    mapping: dict[int, NeedleRecord] = {}
    for needle in source.needles:
        copy = NeedleRecord(
            session=target,
            seq=needle.seq,
            point_code=needle.point_code,
            ashi_label=needle.ashi_label,
            side=needle.side,
            view=needle.view,
            x=needle.x,
            y=needle.y,
            notes="",
            **{k: getattr(needle, k) for k in NEEDLE_SETTINGS},
        )
        s.add(copy)
        mapping[needle.id] = copy
    s.flush()
    for channel in source.channels:
        s.add(
            EAChannel(
                session=target,
                needle_a_id=mapping[channel.needle_a_id].id,
                needle_b_id=mapping[channel.needle_b_id].id,
                **{k: getattr(channel, k) for k in CHANNEL_FIELDS if k != "started_at"},
            )
        )


def get_session(db: Database, session_id: int) -> SessionDetail:
    with db.read() as s:
        row = s.scalar(select(TreatmentSession).where(TreatmentSession.id == session_id).options(*_DETAIL_LOAD))
        if row is None:
            raise NotFound(f"session {session_id} does not exist")
        return session_detail(row)


def list_sessions(
    db: Database,
    *,
    patient_id: int | None = None,
    case_id: int | None = None,
    unsigned_older_than: dt.timedelta | None = None,
    limit: int | None = None,
) -> list[SessionSummary]:
    """Sessions, newest first; ``unsigned_older_than`` lists drafts started before now − that."""
    counts = (
        select(NeedleRecord.session_id, func.count(NeedleRecord.id).label("n"))
        .group_by(NeedleRecord.session_id)
        .subquery()
    )
    stmt = (
        select(TreatmentSession, Patient, Practitioner.name, func.coalesce(counts.c.n, 0))
        .join(Patient, TreatmentSession.patient_id == Patient.id)
        .join(Practitioner, TreatmentSession.practitioner_id == Practitioner.id)
        .outerjoin(counts, counts.c.session_id == TreatmentSession.id)
        .order_by(TreatmentSession.started_at.desc(), TreatmentSession.id.desc())
    )
    if patient_id is not None:
        stmt = stmt.where(TreatmentSession.patient_id == patient_id)
    if case_id is not None:
        stmt = stmt.where(TreatmentSession.case_id == case_id)
    if unsigned_older_than is not None:
        stmt = stmt.where(
            TreatmentSession.status == "draft",
            TreatmentSession.started_at < utcnow() - unsigned_older_than,
        )
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as s:
        out = []
        for row, patient, practitioner_name, count in s.execute(stmt):
            name = f"{patient.family_name}, {patient.given_name}" if patient.given_name else patient.family_name
            out.append(
                SessionSummary(
                    id=row.id,
                    uuid=str(row.uuid),
                    patient_id=patient.id,
                    patient_name=name,
                    chart_number=patient.chart_number,
                    case_id=row.case_id,
                    practitioner=practitioner_name,
                    started_at=row.started_at,
                    ended_at=row.ended_at,
                    status=row.status,
                    needle_count=int(count),
                )
            )
        return out


def update_session(db: Database, session_id: int, *, expected_version: int | None = None, **fields: Any) -> int:
    """Change the session's notes, room, retention plan or case; returns the new version."""
    clean: dict[str, Any] = {}
    for key, value in fields.items():
        if key in SESSION_TEXT_FIELDS:
            clean[key] = v.text(key, value)
        elif key == "planned_retention_min":
            clean[key] = v.in_range(key, value, integer=True)
            if clean[key] is None:
                raise ValidationError("planned retention", "is required (1–120 min)")
        elif key == "case_id":
            clean[key] = value
        elif key == "started_at":
            clean[key] = v.aware("started at", value)
        else:
            raise ValidationError(key, "is not a session field")
    with db.unit() as s:
        row = load_for_edit(s, session_id, expected_version=expected_version)
        for key, value in clean.items():
            setattr(row, key, value)
        touch(row)
        s.flush()
        return row.version


# --- needles -----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class NeedleSpec:
    """A needle to place: a library point or a free ashi spot, with its settings."""

    point_code: str | None = None
    ashi_label: str | None = None
    side: str = "midline"
    view: str = "back"
    x: float = 0.5
    y: float = 0.5
    settings: dict[str, Any] = dataclasses.field(default_factory=dict)


def resolve_point(code: str, side: str = "both", view: str | None = None) -> list[NeedleSpec]:
    """Specs for charting a library point: one per side (two for "both" on a bilateral point).

    Raises:
        ValidationError: unknown point, a side the point does not have, or a
            view that does not show it.
    """
    from charting.acupoints import library

    point = library().get(code)
    if point is None:
        raise ValidationError("point", f"'{code}' is not a known acupoint code or name")
    side = SIDE_WORDS.get(side.lower(), side.lower()) if side else "both"
    if point.bilateral:
        if side not in ("left", "right", "both"):
            raise ValidationError("side", f"{point.code} is bilateral: choose left, right or both")
        sides = ["left", "right"] if side == "both" else [side]
    else:
        if side not in ("both", "midline"):
            raise ValidationError("side", f"{point.code} is on the midline and has no {side} side")
        sides = ["midline"]
    if view is None:
        view = next((name for name in PREFERRED_VIEWS if name in point.positions), None)
        if view is None:
            view = next(iter(point.positions))
    elif view not in point.positions:
        raise ValidationError("view", f"{point.code} is not drawn on the {view} view")
    specs = []
    for one_side in sides:
        x, y = point.position(view, "left" if one_side == "left" else "right")
        specs.append(NeedleSpec(point_code=point.code, side=one_side, view=view, x=x, y=y))
    return specs


def add_needles(
    db: Database,
    session_id: int,
    specs: Sequence[NeedleSpec],
    *,
    defaults: dict[str, Any] | None = None,
    expected_version: int | None = None,
) -> list[NeedleInfo]:
    """Chart needles in insertion order; ``defaults`` fill unset settings
    (the practitioner's last used gauge, length, ...)."""
    if not specs:
        return []
    prepared = []
    for spec in specs:
        if not spec.point_code and not (spec.ashi_label or "").strip():
            raise ValidationError("point", "a needle needs a point code or an ashi label")
        settings = dict(defaults or {})
        settings.update(spec.settings)
        settings = {k: val for k, val in settings.items() if k in NEEDLE_SETTINGS}
        clean = v.needle_fields({**settings, "side": spec.side, "x": spec.x, "y": spec.y, "view": spec.view})
        if not clean["view"]:
            raise ValidationError("view", "is required")
        prepared.append((spec, clean))
    with db.unit() as s:
        row = load_for_edit(s, session_id, expected_version=expected_version)
        seq = s.scalar(
            select(func.coalesce(func.max(NeedleRecord.seq), 0)).where(NeedleRecord.session_id == session_id)
        )
        created = []
        for spec, clean in prepared:
            seq += 1
            needle = NeedleRecord(
                session_id=session_id,
                seq=seq,
                point_code=spec.point_code,
                ashi_label=(spec.ashi_label or "").strip() or None,
                **clean,
            )
            s.add(needle)
            created.append(needle)
        touch(row)
        s.flush()
        return [needle_info(n) for n in created]


def update_needle(db: Database, needle_id: int, *, expected_version: int | None = None, **fields: Any) -> NeedleInfo:
    """Change a needle's settings, position (free spots), side or times."""
    with db.unit() as s:
        needle = _needle_row(s, needle_id)
        row = load_for_edit(s, needle.session_id, expected_version=expected_version)
        clean = v.needle_fields(fields, length_mm=needle.length_mm)
        if "depth_mm" not in clean and "length_mm" in clean:
            depth, length = needle.depth_mm, clean["length_mm"]
            if depth is not None and length is not None and depth > length:
                raise ValidationError(
                    "needle length", f"{length:g} mm is shorter than the recorded depth ({depth:g} mm)"
                )
        inserted = clean.get("inserted_at", needle.inserted_at)
        removed = clean.get("removed_at", needle.removed_at)
        if removed is not None and (inserted is None or removed < inserted):
            raise ValidationError("removed at", "must be after the needle was inserted")
        for key, value in clean.items():
            setattr(needle, key, value)
        touch(row)
        s.flush()
        return needle_info(needle)


def remove_needle(db: Database, needle_id: int, *, expected_version: int | None = None) -> NeedleInfo:
    """Take a needle off the chart (and any EA channel using it); returns what was removed."""
    with db.unit() as s:
        needle = _needle_row(s, needle_id)
        row = load_for_edit(s, needle.session_id, expected_version=expected_version)
        snapshot = needle_info(needle)
        for channel in list(row.channels):
            if needle.id in (channel.needle_a_id, channel.needle_b_id):
                row.channels.remove(channel)
        row.needles.remove(needle)
        touch(row)
        s.flush()
        return snapshot


def restore_needle(db: Database, snapshot: NeedleInfo) -> NeedleInfo:
    """Put back a needle removed by :func:`remove_needle` (undo), with its seq and times."""
    with db.unit() as s:
        row = load_for_edit(s, snapshot.session_id)
        values = {
            f.name: getattr(snapshot, f.name) for f in dataclasses.fields(NeedleInfo) if f.name not in ("id", "uuid")
        }
        import uuid as uuid_module

        needle = NeedleRecord(uuid=uuid_module.UUID(snapshot.uuid), **values)
        s.add(needle)
        touch(row)
        s.flush()
        return needle_info(needle)


def _times(  # noqa: PLR0917 - private helper of the two public functions below
    db: Database,
    session_id: int,
    field: str,
    needle_ids: Iterable[int] | None,
    at: dt.datetime | None,
    eligible,
) -> list[NeedleInfo]:
    at = v.aware(field.replace("_", " "), at) or utcnow()
    with db.unit() as s:
        row = load_for_edit(s, session_id)
        wanted = set(needle_ids) if needle_ids is not None else None
        changed = []
        for needle in row.needles:
            if wanted is not None and needle.id not in wanted:
                continue
            if eligible(needle):
                setattr(needle, field, at)
                changed.append(needle)
        if wanted is not None:
            missing = wanted - {n.id for n in row.needles}
            if missing:
                raise NotFound(f"needle {sorted(missing)[0]} is not in session {session_id}")
        if changed:
            touch(row)
        s.flush()
        return [needle_info(n) for n in changed]


def insert_needles(
    db: Database, session_id: int, needle_ids: Iterable[int] | None = None, *, at: dt.datetime | None = None
) -> list[NeedleInfo]:
    """Record insertion of the given (default: all planned) needles at ``at`` (default now)."""
    return _times(db, session_id, "inserted_at", needle_ids, at, lambda n: n.inserted_at is None)


def remove_needles(
    db: Database, session_id: int, needle_ids: Iterable[int] | None = None, *, at: dt.datetime | None = None
) -> list[NeedleInfo]:
    """Record removal of the given (default: all inserted) needles at ``at`` (default now)."""
    return _times(
        db,
        session_id,
        "removed_at",
        needle_ids,
        at,
        lambda n: n.inserted_at is not None and n.removed_at is None,
    )


def end_session(
    db: Database, session_id: int, *, at: dt.datetime | None = None, confirm_needles_in: bool = False
) -> SessionDetail:
    """End the session. With needles still in, the practitioner must confirm,
    and that confirmation is recorded on the session."""
    at = v.aware("ended at", at) or utcnow()
    with db.unit() as s:
        row = load_for_edit(s, session_id)
        still_in = [n for n in row.needles if n.inserted_at is not None and n.removed_at is None]
        if still_in and not confirm_needles_in:
            codes = ", ".join(n.point_code or f"ashi {n.ashi_label}" for n in still_in)
            raise UserError(
                f"{len(still_in)} needle(s) still in ({codes}); remove them or confirm ending with needles in"
            )
        if at < row.started_at:
            raise ValidationError("ended at", "is before the session started")
        row.ended_at = at
        row.ended_with_needles_in = bool(still_in)
        touch(row)
        s.flush()
    return get_session(db, session_id)


# --- EA channels -------------------------------------------------------------------


def _clean_channel(fields: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in CHANNEL_FIELDS:
            raise ValidationError(key, "is not an EA setting")
        if key in ("frequency_hz", "frequency_high_hz", "pulse_width_us", "intensity_ma", "duration_min"):
            out[key] = v.in_range(key, value)
        elif key == "waveform":
            out[key] = v.one_of("waveform", value or "continuous", WAVEFORMS, optional=False)
        elif key == "intensity_descriptor":
            out[key] = v.one_of("intensity descriptor", value, INTENSITY_DESCRIPTORS)
        elif key == "polarity":
            out[key] = v.one_of("polarity", value, POLARITIES)
        elif key == "started_at":
            out[key] = v.aware("EA started at", value)
        else:
            out[key] = v.text(key, value, max_length=120)
    return out


def _check_frequency_pair(channel: EAChannel) -> None:
    if channel.frequency_high_hz is not None:
        if channel.frequency_hz is None:
            raise ValidationError("frequency", "a high frequency needs a low frequency too (e.g. 2/100 Hz)")
        if channel.frequency_high_hz < channel.frequency_hz:
            raise ValidationError(
                "high frequency",
                f"{channel.frequency_high_hz:g} Hz is below the low frequency {channel.frequency_hz:g} Hz",
            )
    if channel.waveform != "dense-disperse" and channel.frequency_high_hz is not None:
        raise ValidationError("frequency", "a low/high pair is for the dense-disperse waveform only")


def add_channel(
    db: Database,
    session_id: int,
    needle_a_id: int,
    needle_b_id: int,
    *,
    expected_version: int | None = None,
    **fields: Any,
) -> ChannelInfo:
    """Join two needles of the session with an EA lead pair."""
    if needle_a_id == needle_b_id:
        raise ValidationError("lead pair", "needs two different needles")
    clean = _clean_channel(fields)
    with db.unit() as s:
        row = load_for_edit(s, session_id, expected_version=expected_version)
        ids = {n.id for n in row.needles}
        for needle_id in (needle_a_id, needle_b_id):
            if needle_id not in ids:
                raise ValidationError("lead pair", f"needle {needle_id} is not charted in session {session_id}")
        channel = EAChannel(session_id=session_id, needle_a_id=needle_a_id, needle_b_id=needle_b_id, **clean)
        _check_frequency_pair(channel)
        row.channels.append(channel)
        touch(row)
        s.flush()
        return channel_info(channel)


def update_channel(db: Database, channel_id: int, *, expected_version: int | None = None, **fields: Any) -> ChannelInfo:
    clean = _clean_channel(fields)
    with db.unit() as s:
        channel = s.get(EAChannel, channel_id)
        if channel is None:
            raise NotFound(f"EA channel {channel_id} does not exist")
        row = load_for_edit(s, channel.session_id, expected_version=expected_version)
        for key, value in clean.items():
            setattr(channel, key, value)
        _check_frequency_pair(channel)
        touch(row)
        s.flush()
        return channel_info(channel)


def remove_channel(db: Database, channel_id: int) -> ChannelInfo:
    with db.unit() as s:
        snapshot = channel_info(detach_child(s, EAChannel, channel_id, "channels", "EA channel"))
        s.flush()
        return snapshot


def known_devices(db: Database) -> list[str]:
    """Stimulator names used before, most used first (the remembered device list)."""
    with db.read() as s:
        rows = s.execute(
            select(EAChannel.device, func.count())
            .where(EAChannel.device != "")
            .group_by(EAChannel.device)
            .order_by(func.count().desc(), EAChannel.device)
        )
        return [device for device, _ in rows]


# --- modalities --------------------------------------------------------------------


def add_modality(
    db: Database, session_id: int, kind: str, *, site: str = "", duration_min: Any = None, notes: str = ""
) -> ModalityInfo:
    kind = v.one_of("modality", kind, MODALITY_KINDS, optional=False)
    minutes = v.number("modality duration", duration_min)
    if minutes is not None and not 0 <= minutes <= 240:
        raise ValidationError("modality duration", f"{minutes:g} min is outside the allowed range 0–240 min")
    with db.unit() as s:
        row = load_for_edit(s, session_id)
        modality = Modality(
            kind=kind, site=v.text("site", site, max_length=200), duration_min=minutes, notes=v.text("notes", notes)
        )
        row.modalities.append(modality)
        touch(row)
        s.flush()
        return ModalityInfo(**_plain(ModalityInfo, modality))


def remove_modality(db: Database, modality_id: int) -> None:
    with db.unit() as s:
        detach_child(s, Modality, modality_id, "modalities", "modality")
