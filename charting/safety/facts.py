"""The plain facts the safety rules read: a session's needles, lead pairs and patient.

The rules never see ORM rows, so the same rules run over committed rows
(:func:`charting.safety.evaluate`) and over the pending state of a flush
(:mod:`charting.safety.gate`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from charting.safety import zones as z


@dataclasses.dataclass(frozen=True, slots=True)
class NeedleFact:
    """One needle. ``key`` is its uuid as text (the subject of its warnings)."""

    key: str
    id: int | None
    point_code: str | None
    ashi_label: str | None
    side: str
    view: str
    x: float
    y: float
    gauge_mm: float | None = None
    length_mm: float | None = None
    depth_mm: float | None = None
    depth_level: str = ""
    material: str = ""
    inserted_at: dt.datetime | None = None
    removed_at: dt.datetime | None = None

    @property
    def label(self) -> str:
        if self.point_code:
            side = {"left": " L", "right": " R"}.get(self.side, "")
            return f"{self.point_code}{side}"
        return f"ashi {self.ashi_label or ''}".strip()

    @property
    def zones(self) -> frozenset[str]:
        return z.needle_zones(self.point_code, self.view, self.x, self.y)

    @property
    def body_side(self) -> str:
        return z.body_side(self.side, self.view, self.x)


@dataclasses.dataclass(frozen=True, slots=True)
class ChannelFact:
    """One EA lead pair; ``a``/``b`` are ``None`` when a needle is not in the session."""

    key: str
    id: int | None
    a: NeedleFact | None
    b: NeedleFact | None
    frequency_hz: float | None = None
    frequency_high_hz: float | None = None
    pulse_width_us: float | None = None
    intensity_ma: float | None = None
    duration_min: float | None = None

    @property
    def needles(self) -> tuple[NeedleFact, ...]:
        return tuple(n for n in (self.a, self.b) if n is not None)

    @property
    def label(self) -> str:
        return " – ".join(n.label for n in self.needles) or "lead pair"


@dataclasses.dataclass(frozen=True, slots=True)
class PatientFacts:
    implanted_device: bool = False
    pregnant: bool = False
    pregnancy_weeks: int | None = None
    bleeding_risk: bool = False
    epilepsy: bool = False
    metal_allergy: bool = False
    diabetes: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class SessionFacts:
    """Everything the rules look at for one session.

    ``now`` is the session's end, or the current time for an open session;
    ``ea_consent`` tells whether an active consent covering electroacupuncture
    exists for the session's patient and course on the session's date.
    """

    needles: tuple[NeedleFact, ...]
    channels: tuple[ChannelFact, ...]
    patient: PatientFacts
    started_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    planned_retention_min: float = 20
    now: dt.datetime | None = None
    ea_consent: bool = True


def patient_facts(row) -> PatientFacts:
    """Facts from a ``Patient`` row (or anything with the same attributes)."""
    if row is None:
        return PatientFacts()
    return PatientFacts(
        implanted_device=bool(row.flag_implanted_device),
        pregnant=bool(row.flag_pregnant),
        pregnancy_weeks=row.pregnancy_weeks,
        bleeding_risk=bool(row.flag_bleeding_risk),
        epilepsy=bool(row.flag_epilepsy),
        metal_allergy=bool(row.flag_metal_allergy),
        diabetes=bool(row.flag_diabetes),
    )


def needle_fact(row) -> NeedleFact:
    return NeedleFact(
        key=str(row.uuid) if row.uuid is not None else f"new-{id(row)}",
        id=row.id,
        point_code=row.point_code,
        ashi_label=row.ashi_label,
        side=row.side or "midline",
        view=row.view or "",
        x=_float(row.x, 0.5),
        y=_float(row.y, 0.5),
        gauge_mm=row.gauge_mm,
        length_mm=row.length_mm,
        depth_mm=row.depth_mm,
        depth_level=row.depth_level or "",
        material=row.material or "",
        inserted_at=row.inserted_at,
        removed_at=row.removed_at,
    )


def channel_fact(row, a: NeedleFact | None, b: NeedleFact | None) -> ChannelFact:
    return ChannelFact(
        key=str(row.uuid) if row.uuid is not None else f"new-{id(row)}",
        id=row.id,
        a=a,
        b=b,
        frequency_hz=row.frequency_hz,
        frequency_high_hz=row.frequency_high_hz,
        pulse_width_us=row.pulse_width_us,
        intensity_ma=row.intensity_ma,
        duration_min=row.duration_min,
    )


def _float(value, default: float) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def consent_covers_ea(consents, case_id: int | None, on: dt.date | None) -> bool:
    """True when one of ``consents`` (Consent rows) covers EA for this course on ``on``."""
    for consent in consents:
        if not consent.electroacupuncture:
            continue
        if consent.case_id is not None and consent.case_id != case_id:
            continue
        given, withdrawn = consent.consented_on, consent.withdrawn_on
        if not isinstance(given, dt.date) or (withdrawn is not None and not isinstance(withdrawn, dt.date)):
            continue  # a row built by hand with an unreadable date covers nothing
        if on is not None and given > on:
            continue
        if withdrawn is not None and (on is None or withdrawn <= on):
            continue
        return True
    return False
