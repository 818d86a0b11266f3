"""The clinical data model: typed SQLAlchemy 2 mappings.

Conventions:
- every table has an integer primary key ``id``; every clinical row also has a
  ``uuid`` that stays the same across export, import and merge;
- timestamps are timezone-aware UTC (:class:`~charting.db.types.UTCDateTime`);
- ranges and enumerations are CHECK constraints, so no path into the database
  (window, CLI, import, a second workstation) can store an impossible value;
- allowed values of enumerated columns are the tuples below, shared with the
  validation layer and the UI.

Alembic owns the schema (``charting/db/migrations``); a test checks that the
migrations produce exactly this metadata.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from charting.db.types import UTCDateTime, utcnow
from charting.vocabulary import (
    ACUPUNCTURE_STYLES,
    ADVERSE_KINDS,
    ADVERSE_SEVERITIES,
    ANGLES,
    AUDIT_ACTIONS,
    INDIVIDUALISATION,
    INTENSITY_DESCRIPTORS,
    MODALITY_KINDS,
    OUTCOME_MEASURES,
    OUTCOME_TIMINGS,
    POLARITIES,
    RANGES,
    RESPONSES,
    SESSION_STATUSES,
    SEXES,
    SIDES,
    TECHNIQUES,
    WAVEFORMS,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _one_of(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
    return f"{column} IN ({quoted})"


def _between(column: str, key: str, *, nullable: bool = True) -> str:
    low, high = RANGES[key]
    expr = f"{column} >= {low} AND {column} <= {high}"
    return f"{column} IS NULL OR ({expr})" if nullable else expr


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dt.datetime: UTCDateTime(), dict[str, Any]: JSON()}


def _uuid_column() -> Mapped[uuid_module.UUID]:
    return mapped_column(Uuid, default=uuid_module.uuid4, unique=True, nullable=False)


def _created() -> Mapped[dt.datetime]:
    return mapped_column(default=utcnow, nullable=False)


def _updated() -> Mapped[dt.datetime]:
    return mapped_column(default=utcnow, onupdate=utcnow, nullable=False)


class Practitioner(Base):
    """A practitioner: a login account and the professional profile printed on records."""

    __tablename__ = "practitioners"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    username: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    credentials: Mapped[str] = mapped_column(String(200), default="")
    licence_number: Mapped[str] = mapped_column(String(100), default="")
    qualification: Mapped[str] = mapped_column(String(300), default="")
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    years_in_practice: Mapped[int | None] = mapped_column(Integer)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = _created()

    __table_args__ = (
        CheckConstraint("years_in_practice IS NULL OR years_in_practice >= 0", name="years"),
        CheckConstraint("length(username) > 0", name="username"),
    )


class Patient(Base):
    """A patient, with the safety flags every rule reads."""

    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    chart_number: Mapped[str] = mapped_column(String(40), unique=True)
    family_name: Mapped[str] = mapped_column(String(120))
    given_name: Mapped[str] = mapped_column(String(120), default="")
    # Lower-cased copies for indexed prefix search (kept in step by validation).
    family_key: Mapped[str] = mapped_column(String(120), index=True)
    given_key: Mapped[str] = mapped_column(String(120), index=True)
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date, index=True)
    sex: Mapped[str] = mapped_column(String(10), default="unknown")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    # Safety flags.
    flag_implanted_device: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_pregnant: Mapped[bool] = mapped_column(Boolean, default=False)
    pregnancy_weeks: Mapped[int | None] = mapped_column(Integer)
    flag_bleeding_risk: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_epilepsy: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_metal_allergy: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_needle_fainting: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_diabetes: Mapped[bool] = mapped_column(Boolean, default=False)
    other_flags: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()
    version: Mapped[int] = mapped_column(Integer, default=1)

    cases: Mapped[list[Case]] = relationship(back_populates="patient", order_by="Case.id")
    consents: Mapped[list[Consent]] = relationship(back_populates="patient", order_by="Consent.id")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(_one_of("sex", SEXES), name="sex"),
        CheckConstraint(_between("pregnancy_weeks", "pregnancy_weeks"), name="pregnancy_weeks"),
        CheckConstraint("length(chart_number) > 0", name="chart_number"),
        CheckConstraint("length(family_name) > 0", name="family_name"),
    )


class Case(Base):
    """A course of treatment for one complaint, with its diagnosis and plan (STRICTA 1, 3)."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    chief_complaint: Mapped[str] = mapped_column(Text)
    onset_date: Mapped[dt.date | None] = mapped_column(Date)
    icd10_code: Mapped[str] = mapped_column(String(10), default="")
    diagnosis_text: Mapped[str] = mapped_column(Text, default="")
    tcm_pattern: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    goal: Mapped[str] = mapped_column(Text, default="")
    # Treatment plan (STRICTA items 1 and 3).
    acupuncture_style: Mapped[str | None] = mapped_column(String(30))
    rationale: Mapped[str] = mapped_column(Text, default="")
    rationale_references: Mapped[str] = mapped_column(Text, default="")
    individualisation: Mapped[str | None] = mapped_column(String(30))
    planned_sessions: Mapped[int | None] = mapped_column(Integer)
    sessions_per_week: Mapped[float | None] = mapped_column(Float)
    session_minutes: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()
    version: Mapped[int] = mapped_column(Integer, default=1)

    patient: Mapped[Patient] = relationship(back_populates="cases")

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="dates"),
        CheckConstraint(
            "acupuncture_style IS NULL OR " + _one_of("acupuncture_style", ACUPUNCTURE_STYLES),
            name="style",
        ),
        CheckConstraint(
            "individualisation IS NULL OR " + _one_of("individualisation", INDIVIDUALISATION),
            name="individualisation",
        ),
        CheckConstraint("planned_sessions IS NULL OR planned_sessions BETWEEN 1 AND 200", name="planned"),
        CheckConstraint(
            "sessions_per_week IS NULL OR (sessions_per_week > 0 AND sessions_per_week <= 14)",
            name="per_week",
        ),
        CheckConstraint("session_minutes IS NULL OR session_minutes BETWEEN 1 AND 240", name="minutes"),
    )


class Consent(Base):
    """Informed consent given by a patient, for all courses or one."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    consented_on: Mapped[dt.date] = mapped_column(Date)
    acupuncture: Mapped[bool] = mapped_column(Boolean, default=True)
    electroacupuncture: Mapped[bool] = mapped_column(Boolean, default=False)
    moxibustion: Mapped[bool] = mapped_column(Boolean, default=False)
    cupping: Mapped[bool] = mapped_column(Boolean, default=False)
    obtained_by_id: Mapped[int | None] = mapped_column(ForeignKey("practitioners.id"))
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = _created()

    patient: Mapped[Patient] = relationship(back_populates="consents")

    __table_args__ = (CheckConstraint("withdrawn_on IS NULL OR withdrawn_on >= consented_on", name="withdrawn"),)


class TreatmentSession(Base):
    """One treatment session: what was found, done and observed.

    A signed session is read-only; corrections are :class:`Addendum` rows.
    ``version`` is an optimistic-locking counter: a save based on an older
    version fails instead of overwriting another workstation's edit.
    """

    __tablename__ = "sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", ondelete="SET NULL"), index=True)
    practitioner_id: Mapped[int] = mapped_column(ForeignKey("practitioners.id"), index=True)
    started_at: Mapped[dt.datetime] = mapped_column(index=True)
    ended_at: Mapped[dt.datetime | None] = mapped_column()
    room: Mapped[str] = mapped_column(String(60), default="")
    subjective: Mapped[str] = mapped_column(Text, default="")
    tongue: Mapped[str] = mapped_column(Text, default="")
    pulse: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    co_interventions: Mapped[str] = mapped_column(Text, default="")
    planned_retention_min: Mapped[int] = mapped_column(Integer, default=20)
    ended_with_needles_in: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default="draft", index=True)
    signed_at: Mapped[dt.datetime | None] = mapped_column()
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("practitioners.id"))
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime] = _updated()
    version: Mapped[int] = mapped_column(Integer, default=1)

    patient: Mapped[Patient] = relationship()
    case: Mapped[Case | None] = relationship()
    practitioner: Mapped[Practitioner] = relationship(foreign_keys=[practitioner_id])
    signed_by: Mapped[Practitioner | None] = relationship(foreign_keys=[signed_by_id])
    needles: Mapped[list[NeedleRecord]] = relationship(
        back_populates="session", order_by="NeedleRecord.seq", cascade="all, delete-orphan"
    )
    channels: Mapped[list[EAChannel]] = relationship(
        back_populates="session", order_by="EAChannel.id", cascade="all, delete-orphan"
    )
    modalities: Mapped[list[Modality]] = relationship(
        back_populates="session", order_by="Modality.id", cascade="all, delete-orphan"
    )
    outcomes: Mapped[list[Outcome]] = relationship(
        back_populates="session", order_by="Outcome.id", cascade="all, delete-orphan"
    )
    adverse_events: Mapped[list[AdverseEvent]] = relationship(
        back_populates="session", order_by="AdverseEvent.id", cascade="all, delete-orphan"
    )
    acknowledgements: Mapped[list[SafetyAcknowledgement]] = relationship(
        back_populates="session", order_by="SafetyAcknowledgement.id", cascade="all, delete-orphan"
    )
    addenda: Mapped[list[Addendum]] = relationship(
        back_populates="session", order_by="Addendum.id", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        CheckConstraint(_one_of("status", SESSION_STATUSES), name="status"),
        CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="ended"),
        CheckConstraint(_between("planned_retention_min", "planned_retention_min", nullable=False), name="retention"),
        CheckConstraint(
            "(status = 'signed') = (signed_at IS NOT NULL AND signed_by_id IS NOT NULL)",
            name="signature",
        ),
    )


class NeedleRecord(Base):
    """One needle: a point (or a free ashi spot) on one side, with its settings and times.

    Charting a bilateral point makes two records, one per side.
    """

    __tablename__ = "needles"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    point_code: Mapped[str | None] = mapped_column(String(20))
    ashi_label: Mapped[str | None] = mapped_column(String(100))
    side: Mapped[str] = mapped_column(String(10))
    view: Mapped[str] = mapped_column(String(20))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    gauge_mm: Mapped[float | None] = mapped_column(Float)
    length_mm: Mapped[float | None] = mapped_column(Float)
    depth_mm: Mapped[float | None] = mapped_column(Float)
    depth_level: Mapped[str] = mapped_column(String(40), default="")
    angle: Mapped[str | None] = mapped_column(String(20))
    technique: Mapped[str | None] = mapped_column(String(30))
    deqi: Mapped[bool | None] = mapped_column(Boolean)
    response_sought: Mapped[str | None] = mapped_column(String(20))
    response_obtained: Mapped[str | None] = mapped_column(String(20))
    manufacturer: Mapped[str] = mapped_column(String(120), default="")
    material: Mapped[str] = mapped_column(String(80), default="")
    lot_number: Mapped[str] = mapped_column(String(60), default="")
    inserted_at: Mapped[dt.datetime | None] = mapped_column()
    removed_at: Mapped[dt.datetime | None] = mapped_column()
    notes: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[TreatmentSession] = relationship(back_populates="needles")

    __table_args__ = (
        UniqueConstraint("session_id", "seq", name="uq_needles_session_seq"),
        CheckConstraint("(point_code IS NOT NULL) OR (ashi_label IS NOT NULL)", name="point_or_ashi"),
        CheckConstraint(_one_of("side", SIDES), name="side"),
        CheckConstraint(_between("x", "x", nullable=False), name="x"),
        CheckConstraint(_between("y", "y", nullable=False), name="y"),
        CheckConstraint(_between("gauge_mm", "gauge_mm"), name="gauge"),
        CheckConstraint(_between("length_mm", "length_mm"), name="length"),
        CheckConstraint(_between("depth_mm", "depth_mm"), name="depth"),
        CheckConstraint("depth_mm IS NULL OR length_mm IS NULL OR depth_mm <= length_mm", name="depth_within_length"),
        CheckConstraint("angle IS NULL OR " + _one_of("angle", ANGLES), name="angle"),
        CheckConstraint("technique IS NULL OR " + _one_of("technique", TECHNIQUES), name="technique"),
        CheckConstraint("response_sought IS NULL OR " + _one_of("response_sought", RESPONSES), name="sought"),
        CheckConstraint("response_obtained IS NULL OR " + _one_of("response_obtained", RESPONSES), name="obtained"),
        CheckConstraint(
            "removed_at IS NULL OR (inserted_at IS NOT NULL AND removed_at >= inserted_at)",
            name="removed_after_inserted",
        ),
    )


class EAChannel(Base):
    """An electroacupuncture lead pair joining two needles of the same session."""

    __tablename__ = "ea_channels"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    needle_a_id: Mapped[int] = mapped_column(ForeignKey("needles.id", ondelete="CASCADE"), index=True)
    needle_b_id: Mapped[int] = mapped_column(ForeignKey("needles.id", ondelete="CASCADE"), index=True)
    device: Mapped[str] = mapped_column(String(120), default="")
    waveform: Mapped[str] = mapped_column(String(20), default="continuous")
    frequency_hz: Mapped[float | None] = mapped_column(Float)
    frequency_high_hz: Mapped[float | None] = mapped_column(Float)
    pulse_width_us: Mapped[float | None] = mapped_column(Float)
    intensity_ma: Mapped[float | None] = mapped_column(Float)
    intensity_note: Mapped[str] = mapped_column(String(120), default="")
    intensity_descriptor: Mapped[str | None] = mapped_column(String(20))
    polarity: Mapped[str | None] = mapped_column(String(10))
    mode: Mapped[str] = mapped_column(String(60), default="")
    started_at: Mapped[dt.datetime | None] = mapped_column()
    duration_min: Mapped[float | None] = mapped_column(Float)

    session: Mapped[TreatmentSession] = relationship(back_populates="channels")
    needle_a: Mapped[NeedleRecord] = relationship(foreign_keys=[needle_a_id])
    needle_b: Mapped[NeedleRecord] = relationship(foreign_keys=[needle_b_id])

    __table_args__ = (
        CheckConstraint("needle_a_id <> needle_b_id", name="two_needles"),
        CheckConstraint(_one_of("waveform", WAVEFORMS), name="waveform"),
        CheckConstraint(_between("frequency_hz", "frequency_hz"), name="frequency"),
        CheckConstraint(_between("frequency_high_hz", "frequency_hz"), name="frequency_high"),
        CheckConstraint(
            "frequency_high_hz IS NULL OR (frequency_hz IS NOT NULL AND frequency_high_hz >= frequency_hz)",
            name="frequency_pair",
        ),
        CheckConstraint(_between("pulse_width_us", "pulse_width_us"), name="pulse_width"),
        CheckConstraint(_between("intensity_ma", "intensity_ma"), name="intensity"),
        CheckConstraint(_between("duration_min", "duration_min"), name="duration"),
        CheckConstraint(
            "intensity_descriptor IS NULL OR " + _one_of("intensity_descriptor", INTENSITY_DESCRIPTORS),
            name="descriptor",
        ),
        CheckConstraint("polarity IS NULL OR " + _one_of("polarity", POLARITIES), name="polarity"),
    )


class Modality(Base):
    """Another modality or co-intervention in a session (moxa, cupping, advice, ...)."""

    __tablename__ = "modalities"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    site: Mapped[str] = mapped_column(String(200), default="")
    duration_min: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[TreatmentSession] = relationship(back_populates="modalities")

    __table_args__ = (
        CheckConstraint(_one_of("kind", MODALITY_KINDS), name="kind"),
        CheckConstraint("duration_min IS NULL OR (duration_min >= 0 AND duration_min <= 240)", name="duration"),
    )


class Outcome(Base):
    """One outcome score in a session, before or after treatment.

    ``label`` names the side or activity where the measure needs one (a PSFS
    activity, a free measure's name); ``section_scores`` keeps the ODI's ten
    section scores (``null`` for an unanswered section).
    """

    __tablename__ = "outcomes"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    measure: Mapped[str] = mapped_column(String(20))
    label: Mapped[str] = mapped_column(String(120), default="")
    timing: Mapped[str] = mapped_column(String(10), default="before")
    value: Mapped[float] = mapped_column(Float)
    section_scores: Mapped[list[int | None] | None] = mapped_column(JSON)

    session: Mapped[TreatmentSession] = relationship(back_populates="outcomes")

    __table_args__ = (
        CheckConstraint(_one_of("measure", OUTCOME_MEASURES), name="measure"),
        CheckConstraint(_one_of("timing", OUTCOME_TIMINGS), name="timing"),
        CheckConstraint("value >= -1000 AND value <= 1000", name="value"),
    )


class AdverseEvent(Base):
    """Something that went wrong during or after a session."""

    __tablename__ = "adverse_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    severity: Mapped[str] = mapped_column(String(10))
    occurred_at: Mapped[dt.datetime | None] = mapped_column()
    action_taken: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    session: Mapped[TreatmentSession] = relationship(back_populates="adverse_events")

    __table_args__ = (
        CheckConstraint(_one_of("kind", ADVERSE_KINDS), name="kind"),
        CheckConstraint(_one_of("severity", ADVERSE_SEVERITIES), name="severity"),
    )


class SafetyAcknowledgement(Base):
    """A safety warning the practitioner acknowledged, with the reason given.

    ``subject`` identifies what the warning was about (e.g. a needle's or an
    EA channel's uuid), so the acknowledgement follows that item.
    """

    __tablename__ = "safety_acknowledgements"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    rule_id: Mapped[str] = mapped_column(String(60))
    subject: Mapped[str] = mapped_column(String(120), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("practitioners.id"))
    acknowledged_at: Mapped[dt.datetime] = _created()

    session: Mapped[TreatmentSession] = relationship(back_populates="acknowledgements")
    acknowledged_by: Mapped[Practitioner | None] = relationship()

    __table_args__ = (
        UniqueConstraint("session_id", "rule_id", "subject", name="uq_ack_session_rule_subject"),
        CheckConstraint("length(reason) > 0", name="reason"),
    )


class Addendum(Base):
    """A dated, attributed correction appended to a signed session."""

    __tablename__ = "addenda"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int] = mapped_column(ForeignKey("practitioners.id"))
    created_at: Mapped[dt.datetime] = _created()
    text: Mapped[str] = mapped_column(Text)

    session: Mapped[TreatmentSession] = relationship(back_populates="addenda")
    author: Mapped[Practitioner] = relationship()

    __table_args__ = (CheckConstraint("length(text) > 0", name="text"),)


class ProtocolTemplate(Base):
    """A named set of points, sides, needle settings and EA pairs to apply in one action.

    ``body`` is a JSON document: ``{"needles": [...], "channels": [...],
    "planned_retention_min": N}``; ``notes`` cites the protocol's source.
    """

    __tablename__ = "protocol_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[uuid_module.UUID] = _uuid_column()
    name: Mapped[str] = mapped_column(String(200), unique=True)
    condition: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("practitioners.id"))
    created_at: Mapped[dt.datetime] = _created()

    __table_args__ = (CheckConstraint("length(name) > 0", name="name"),)


class AuditEvent(Base):
    """Who changed what, when: one row per create, update or delete of clinical data.

    Rows are hash-chained: ``hash`` covers this row's content and ``prev_hash``,
    so a row changed, inserted or deleted behind the app's back breaks the chain.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = _created()
    actor: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    patient_id: Mapped[int | None] = mapped_column(Integer, index=True)
    action: Mapped[str] = mapped_column(String(10))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    __table_args__ = (
        CheckConstraint(_one_of("action", AUDIT_ACTIONS), name="action"),
        Index("ix_audit_events_entity", "entity", "entity_uuid"),
    )


class ClinicSetting(Base):
    """Clinic-wide settings shared by every workstation (name, address, logo, paper, ...)."""

    __tablename__ = "clinic_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
