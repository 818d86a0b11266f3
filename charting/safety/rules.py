"""The clinical safety rules, as one table.

Each :class:`Rule` has an id, a severity (``block``: never allowed, cannot be
overridden; ``warn``: allowed once acknowledged with a reason), a title, a
message template for the practitioner and the source it rests on, plus the
check that finds its cases in a :class:`~charting.safety.facts.SessionFacts`.
Facts come from the cited guidance; the wording is AcuChart's own.

Sources:
- WHO 1999: World Health Organization, *Guidelines on basic training and
  safety in acupuncture*, WHO/EDM/TRM/99.1, Geneva 1999 (contraindications,
  pregnancy, electro-acupuncture, forgotten needles).
- BAcC 2016: British Acupuncture Council, *Code of Safe Practice* (2016).
- Cummings 2011: Cummings M., "Safety aspects of electroacupuncture",
  *Acupuncture in Medicine* 2011;29(2):83–85.
- White 2008: White A., Cummings M., Filshie J., *An Introduction to Western
  Medical Acupuncture*, Churchill Livingstone 2008 (safety chapter).
- Stimulator manuals: contraindications printed by EA stimulator makers
  (e.g. ITO ES-160, AWQ-104L): no use with pacemakers or other implanted
  electronic devices, no electrodes across the chest or over the carotid sinus.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable

from charting import validation
from charting.errors import ValidationError
from charting.safety import zones as z
from charting.safety.facts import ChannelFact, NeedleFact, SessionFacts
from charting.safety.findings import BLOCK, WARN, Finding

WHO_1999 = "WHO, Guidelines on basic training and safety in acupuncture (WHO/EDM/TRM/99.1), 1999"
BACC_2016 = "British Acupuncture Council, Code of Safe Practice, 2016"
CUMMINGS_2011 = "Cummings M. Safety aspects of electroacupuncture. Acupunct Med 2011;29(2):83–85"
WHITE_2008 = (
    "White A, Cummings M, Filshie J. An Introduction to Western Medical Acupuncture. Churchill Livingstone, 2008"
)
MANUALS = "EA stimulator manufacturers' contraindications (e.g. ITO ES-160, AWQ-104L instruction manuals)"
RANGES_SOURCE = "AcuChart plausibility limits (charting.db.models.RANGES), repeated by the database's CHECK constraints"

#: Points traditionally avoided in pregnancy (WHO 1999; BAcC 2016), besides the
#: lower abdomen and lumbosacral area.
PREGNANCY_POINTS: frozenset[str] = frozenset({"LI4", "SP6", "BL60", "BL67", "GB21"})
#: A needle is "deep" for the bleeding-risk rule from this depth (AcuChart's
#: threshold: beyond the subcutaneous layer at most body sites), or when its
#: tissue level says so.
DEEP_MM = 20.0
DEEP_LEVEL_WORDS = ("deep", "muscle", "bone", "periost", "joint")


@dataclasses.dataclass(frozen=True, slots=True)
class Hit:
    """One case a rule found: its subject key, the needles and lead pairs, message values."""

    subject: str
    needles: tuple[NeedleFact, ...] = ()
    channels: tuple[ChannelFact, ...] = ()
    values: dict[str, str] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True, slots=True)
class Rule:
    """One safety rule.

    Attributes:
        id: stable identifier, stored with acknowledgements.
        severity: ``block`` or ``warn``.
        title: a short name for lists.
        message: the practitioner's message; ``{points}`` and other fields are
            filled from the hit.
        source: the guidance the rule rests on.
        check: finds the rule's cases in a session's facts.
    """

    id: str
    severity: str
    title: str
    message: str
    source: str
    check: Callable[[SessionFacts], Iterable[Hit]] = dataclasses.field(repr=False, compare=False)

    def findings(self, facts: SessionFacts) -> list[Finding]:
        out = []
        for hit in self.check(facts):
            needles = hit.needles or tuple(n for c in hit.channels for n in c.needles)
            values = {"points": ", ".join(dict.fromkeys(n.label for n in needles)), **hit.values}
            out.append(
                Finding(
                    rule_id=self.id,
                    severity=self.severity,
                    message=self.message.format(**values),
                    source=self.source,
                    subject=hit.subject,
                    needle_ids=tuple(n.id for n in needles if n.id is not None),
                    channel_ids=tuple(c.id for c in hit.channels if c.id is not None),
                    needle_keys=tuple(n.key for n in needles),
                    channel_keys=tuple(c.key for c in hit.channels),
                )
            )
        return out


# --- helpers -------------------------------------------------------------------------


def _utc(value) -> dt.datetime | None:
    """An aware datetime, or None for anything else (rows built by hand may hold odd values)."""
    if not isinstance(value, dt.datetime):
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _num(value) -> float | None:
    """A finite number, or None (the range rules report values that are not)."""
    try:
        parsed = validation.number("value", value)
    except ValidationError:
        return None
    return None if parsed is None else float(parsed)


def _crosses_midline(a: NeedleFact, b: NeedleFact) -> bool:
    return {a.body_side, b.body_side} == {"left", "right"}


def _complete(channels: Iterable[ChannelFact]) -> Iterable[tuple[ChannelFact, NeedleFact, NeedleFact]]:
    for channel in channels:
        if channel.a is not None and channel.b is not None:
            yield channel, channel.a, channel.b


# --- EA placement and patients --------------------------------------------------------


def _ea_implant(f: SessionFacts) -> Iterable[Hit]:
    if f.patient.implanted_device:
        for channel in f.channels:
            yield Hit(channel.key, channels=(channel,))


def _ea_across_chest(f: SessionFacts) -> Iterable[Hit]:
    for channel, a, b in _complete(f.channels):
        za, zb = a.zones, b.zones
        on_chest = z.ANTERIOR_CHEST in za or z.ANTERIOR_CHEST in zb
        across_thorax = z.THORAX in za and z.THORAX in zb and _crosses_midline(a, b)
        if on_chest or across_thorax:
            yield Hit(channel.key, channels=(channel,))


def _ea_across_upper_body(f: SessionFacts) -> Iterable[Hit]:
    upper = {z.THORAX, z.UPPER_LIMB}
    for channel, a, b in _complete(f.channels):
        za, zb = a.zones, b.zones
        if z.ANTERIOR_CHEST in za or z.ANTERIOR_CHEST in zb or (z.THORAX in za and z.THORAX in zb):
            continue  # blocked by ea.across_chest
        if za & upper and zb & upper and _crosses_midline(a, b):
            yield Hit(channel.key, channels=(channel,))


def _ea_anterior_neck(f: SessionFacts) -> Iterable[Hit]:
    for channel, a, b in _complete(f.channels):
        if z.ANTERIOR_NECK in a.zones or z.ANTERIOR_NECK in b.zones:
            yield Hit(channel.key, channels=(channel,))


def _ea_across_neck(f: SessionFacts) -> Iterable[Hit]:
    for channel, a, b in _complete(f.channels):
        if z.POSTERIOR_NECK in a.zones and z.POSTERIOR_NECK in b.zones and _crosses_midline(a, b):
            yield Hit(channel.key, channels=(channel,))


def _pregnancy_points(f: SessionFacts) -> Iterable[Hit]:
    if not f.patient.pregnant:
        return
    for needle in f.needles:
        where = needle.zones & {z.LOWER_ABDOMEN, z.LUMBOSACRAL}
        if z.normal_code(needle.point_code) in PREGNANCY_POINTS or where:
            yield Hit(needle.key, needles=(needle,))


def _pregnancy_ea(f: SessionFacts) -> Iterable[Hit]:
    if f.patient.pregnant:
        for channel in f.channels:
            yield Hit(channel.key, channels=(channel,))


def _is_deep(needle: NeedleFact) -> bool:
    depth = _num(needle.depth_mm)
    if depth is not None and depth >= DEEP_MM:
        return True
    level = needle.depth_level.lower()
    return any(word in level for word in DEEP_LEVEL_WORDS)


def _bleeding_deep(f: SessionFacts) -> Iterable[Hit]:
    if f.patient.bleeding_risk:
        for needle in f.needles:
            if _is_deep(needle):
                yield Hit(needle.key, needles=(needle,))


def _bleeding_vessel(f: SessionFacts) -> Iterable[Hit]:
    if f.patient.bleeding_risk:
        for needle in f.needles:
            if z.LARGE_VESSEL in needle.zones:
                yield Hit(needle.key, needles=(needle,))


def _epilepsy_ea(f: SessionFacts) -> Iterable[Hit]:
    if f.patient.epilepsy:
        for channel in f.channels:
            yield Hit(channel.key, channels=(channel,))


def _metal_allergy(f: SessionFacts) -> Iterable[Hit]:
    if f.patient.metal_allergy and f.needles:
        materials = sorted({n.material for n in f.needles if n.material}) or ["not recorded"]
        yield Hit("", needles=f.needles, values={"materials": ", ".join(materials)})


def _diabetes_feet(f: SessionFacts) -> Iterable[Hit]:
    if f.patient.diabetes:
        for needle in f.needles:
            if z.FOOT in needle.zones:
                yield Hit(needle.key, needles=(needle,))


def _ea_consent(f: SessionFacts) -> Iterable[Hit]:
    if f.channels and not f.ea_consent:
        yield Hit("", channels=f.channels)


# --- retention -----------------------------------------------------------------------


def _over_planned(f: SessionFacts) -> Iterable[Hit]:
    now = _utc(f.now) or dt.datetime.now(dt.UTC)
    planned = _num(f.planned_retention_min) or 20.0
    limit = dt.timedelta(minutes=planned)
    for needle in f.needles:
        inserted = _utc(needle.inserted_at)
        if inserted is None:
            continue
        end = _utc(needle.removed_at) or now
        retained = end - inserted
        if retained > limit:
            minutes = retained.total_seconds() / 60
            yield Hit(
                needle.key,
                needles=(needle,),
                values={"minutes": f"{minutes:.0f}", "planned": f"{planned:g}"},
            )


def _not_removed(f: SessionFacts) -> Iterable[Hit]:
    if f.ended_at is None:
        return
    for needle in f.needles:
        if _utc(needle.inserted_at) is not None and _utc(needle.removed_at) is None:
            yield Hit(needle.key, needles=(needle,))


def _two_pairs(f: SessionFacts) -> Iterable[Hit]:
    uses: Counter[str] = Counter()
    by_key: dict[str, NeedleFact] = {}
    for channel in f.channels:
        for needle in channel.needles:
            uses[needle.key] += 1
            by_key[needle.key] = needle
    for key, count in uses.items():
        if count > 1:
            pairs = tuple(c for c in f.channels if any(n.key == key for n in c.needles))
            yield Hit(key, needles=(by_key[key],), channels=pairs, values={"count": str(count)})


# --- plausible ranges ----------------------------------------------------------------


def _range_message(field: str, value) -> str | None:
    if value is None:
        return None
    try:
        validation.in_range(field, value)
    except ValidationError as exc:
        return str(exc)
    return None


def _needle_range(field: str) -> Callable[[SessionFacts], Iterable[Hit]]:
    def check(f: SessionFacts) -> Iterable[Hit]:
        for needle in f.needles:
            message = _range_message(field, getattr(needle, field))
            if message:
                yield Hit(needle.key, needles=(needle,), values={"detail": message})

    return check


def _depth_within_length(f: SessionFacts) -> Iterable[Hit]:
    for needle in f.needles:
        if _range_message("depth_mm", needle.depth_mm) or _range_message("length_mm", needle.length_mm):
            continue  # already reported by the range rule
        depth, length = _num(needle.depth_mm), _num(needle.length_mm)
        if depth is None or length is None:
            continue
        if depth > length:
            yield Hit(
                needle.key,
                needles=(needle,),
                values={
                    "detail": f"depth: {depth:g} mm is deeper than the needle is long ({length:g} mm); "
                    f"allowed 0–{length:g} mm"
                },
            )


def _channel_range(field: str) -> Callable[[SessionFacts], Iterable[Hit]]:
    def check(f: SessionFacts) -> Iterable[Hit]:
        for channel in f.channels:
            message = _range_message(field, getattr(channel, field))
            if message:
                yield Hit(channel.key, channels=(channel,), values={"detail": message})

    return check


# --- the table -----------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    Rule(
        "ea.implanted_device",
        BLOCK,
        "EA with an implanted device",
        "Electroacupuncture is not allowed: the patient has a pacemaker or other implanted electronic device "
        "(lead pair {points}). Use manual needling only.",
        f"{MANUALS}; {CUMMINGS_2011}; {WHO_1999}",
        _ea_implant,
    ),
    Rule(
        "ea.across_chest",
        BLOCK,
        "EA current across the chest",
        "Lead pair {points} would pass current across the chest or heart: do not connect electrodes on the "
        "anterior chest, or on both sides of the midline on the trunk above the navel.",
        f"{CUMMINGS_2011}; {MANUALS}; {WHITE_2008}",
        _ea_across_chest,
    ),
    Rule(
        "ea.across_upper_body",
        WARN,
        "EA from one arm or side of the chest to the other",
        "Lead pair {points} joins the two sides of the upper body, so the current may cross the chest; "
        "prefer pairs on one side.",
        f"{CUMMINGS_2011}; {MANUALS}",
        _ea_across_upper_body,
    ),
    Rule(
        "ea.anterior_neck",
        BLOCK,
        "EA over the front of the neck",
        "Lead pair {points} is on the front of the neck (carotid sinus, larynx, vagus nerve): "
        "electrical stimulation there is not allowed.",
        f"{WHO_1999}; {MANUALS}; {CUMMINGS_2011}",
        _ea_anterior_neck,
    ),
    Rule(
        "ea.across_neck",
        WARN,
        "EA across the neck",
        "Lead pair {points} crosses the spinal midline at the neck; prefer pairs on one side.",
        f"{CUMMINGS_2011}; {WHITE_2008}",
        _ea_across_neck,
    ),
    Rule(
        "pregnancy.point",
        WARN,
        "Point avoided in pregnancy",
        "The patient is pregnant and {points} is traditionally avoided in pregnancy "
        "(LI4, SP6, BL60, BL67, GB21, lower abdomen, lumbosacral area).",
        f"{WHO_1999}; {BACC_2016}",
        _pregnancy_points,
    ),
    Rule(
        "pregnancy.ea",
        WARN,
        "EA in pregnancy",
        "The patient is pregnant: electroacupuncture on {points} needs a documented reason.",
        f"{WHO_1999}; {CUMMINGS_2011}; {MANUALS}",
        _pregnancy_ea,
    ),
    Rule(
        "bleeding.deep",
        WARN,
        "Deep needling with a bleeding risk",
        "The patient takes anticoagulants or has a bleeding disorder: {points} is needled deep "
        f"(≥ {DEEP_MM:g} mm or into muscle); consider shallower needling and firm pressure on removal.",
        f"{WHO_1999}; {BACC_2016}; {WHITE_2008}",
        _bleeding_deep,
    ),
    Rule(
        "bleeding.vessel",
        WARN,
        "Needle over a large vessel with a bleeding risk",
        "The patient takes anticoagulants or has a bleeding disorder: {points} lies over a large blood vessel.",
        f"{WHO_1999}; {BACC_2016}",
        _bleeding_vessel,
    ),
    Rule(
        "epilepsy.ea",
        WARN,
        "EA with epilepsy",
        "The patient has epilepsy: electroacupuncture on {points} may provoke a seizure; "
        "use low intensity and stay with the patient.",
        f"{CUMMINGS_2011}; {MANUALS}",
        _epilepsy_ea,
    ),
    Rule(
        "metal_allergy",
        WARN,
        "Metal allergy",
        "The patient reports a metal allergy; needle material: {materials}. Check it is tolerated "
        "(stainless steel contains nickel and chromium).",
        f"{WHO_1999}; {WHITE_2008}",
        _metal_allergy,
    ),
    Rule(
        "diabetes.foot",
        WARN,
        "Needle in the foot with diabetes",
        "The patient has diabetes: {points} is on the foot, where sensation and healing may be poor; "
        "inspect the skin and keep strict asepsis.",
        f"{WHITE_2008}; {BACC_2016}",
        _diabetes_feet,
    ),
    Rule(
        "consent.ea",
        WARN,
        "No consent for EA",
        "Electroacupuncture ({points}) is charted, but no active consent for electroacupuncture covers "
        "this course on the session's date.",
        f"{BACC_2016}; {WHO_1999}",
        _ea_consent,
    ),
    Rule(
        "retention.over_planned",
        WARN,
        "Retained beyond the planned time",
        "{points} has been retained {minutes} min, beyond the planned {planned} min.",
        f"{WHO_1999}; {BACC_2016}",
        _over_planned,
    ),
    Rule(
        "retention.not_removed",
        WARN,
        "Needle without a removal time",
        "The session has ended but {points} has no removal time: check that the needle was taken out "
        "(forgotten needles are a reported adverse event).",
        f"{WHO_1999}; {BACC_2016}",
        _not_removed,
    ),
    Rule(
        "ea.needle_two_pairs",
        WARN,
        "Needle on two lead pairs",
        "{points} carries {count} lead pairs; one needle should carry one electrode.",
        f"{CUMMINGS_2011}; {MANUALS}",
        _two_pairs,
    ),
    Rule("range.gauge", BLOCK, "Needle gauge out of range", "{detail}", RANGES_SOURCE, _needle_range("gauge_mm")),
    Rule("range.length", BLOCK, "Needle length out of range", "{detail}", RANGES_SOURCE, _needle_range("length_mm")),
    Rule("range.depth", BLOCK, "Depth out of range", "{detail}", RANGES_SOURCE, _needle_range("depth_mm")),
    Rule("range.depth_within_length", BLOCK, "Deeper than the needle", "{detail}", RANGES_SOURCE, _depth_within_length),
    Rule(
        "range.frequency", BLOCK, "EA frequency out of range", "{detail}", RANGES_SOURCE, _channel_range("frequency_hz")
    ),
    Rule(
        "range.frequency_high",
        BLOCK,
        "EA high frequency out of range",
        "{detail}",
        RANGES_SOURCE,
        _channel_range("frequency_high_hz"),
    ),
    Rule(
        "range.pulse_width",
        BLOCK,
        "Pulse width out of range",
        "{detail}",
        RANGES_SOURCE,
        _channel_range("pulse_width_us"),
    ),
    Rule("range.intensity", BLOCK, "Intensity out of range", "{detail}", RANGES_SOURCE, _channel_range("intensity_ma")),
    Rule(
        "range.ea_duration",
        BLOCK,
        "EA duration out of range",
        "{detail}",
        RANGES_SOURCE,
        _channel_range("duration_min"),
    ),
)

RULES_BY_ID: dict[str, Rule] = {rule.id: rule for rule in RULES}


def run_rules(facts: SessionFacts, rules: Iterable[Rule] = RULES) -> list[Finding]:
    """All findings for one session, blocks first, in table order."""
    found: list[Finding] = []
    for rule in rules:
        found.extend(rule.findings(facts))
    found.sort(key=lambda f: 0 if f.severity == BLOCK else 1)
    return found
