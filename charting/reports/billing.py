"""Suggested acupuncture procedure codes, for the practitioner to confirm.

Facts (AMA CPT® descriptors, acupuncture section):
- 97810 Acupuncture, 1 or more needles; without electrical stimulation,
  initial 15 minutes of personal one-on-one contact with the patient.
- 97811 ... without electrical stimulation, each additional 15 minutes of
  personal one-on-one contact with the patient, with re-insertion of needle(s).
- 97813 Acupuncture, 1 or more needles; with electrical stimulation, initial
  15 minutes of personal one-on-one contact with the patient.
- 97814 ... with electrical stimulation, each additional 15 minutes of personal
  one-on-one contact with the patient, with re-insertion of needle(s).
- Only one initial code is reported per day.  A time unit counts once its
  midpoint is passed (CPT time rule: 8 minutes for a 15-minute unit), so a
  first unit needs at least 8 minutes and each further unit 8 minutes past the
  last full 15.

AcuChart cannot know how many of the charted minutes were personal
one-on-one contact (retention with the practitioner out of the room does not
count), so the block prints the time it used, where it came from, and
"Suggested codes — confirm before billing".  Nothing is billed or exported.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from charting.sessions import SessionDetail

UNIT_MINUTES = 15
MIDPOINT_MINUTES = 8

CODES = {
    False: ("97810", "97811"),
    True: ("97813", "97814"),
}
DESCRIPTORS = {
    "97810": "acupuncture without electrical stimulation, initial 15 min",
    "97811": "acupuncture without electrical stimulation, each additional 15 min, with re-insertion",
    "97813": "acupuncture with electrical stimulation, initial 15 min",
    "97814": "acupuncture with electrical stimulation, each additional 15 min, with re-insertion",
}


@dataclasses.dataclass(frozen=True, slots=True)
class CodeLine:
    code: str
    units: int
    descriptor: str


@dataclasses.dataclass(frozen=True, slots=True)
class BillingSuggestion:
    """Codes implied by the charted time.

    Attributes:
        minutes: the minutes counted (whole minutes, rounded down), or None without times.
        basis: where the minutes came from, in words.
        electrical: True when an EA channel was charted.
        lines: the codes and units (empty when under the first unit's midpoint or without times).
    """

    minutes: int | None
    basis: str
    electrical: bool
    lines: tuple[CodeLine, ...]

    @property
    def units(self) -> int:
        return sum(line.units for line in self.lines)


def units_for(minutes: float) -> int:
    """15-minute units for ``minutes`` of contact (0 under 8 minutes)."""
    if minutes < MIDPOINT_MINUTES:
        return 0
    return int((minutes + UNIT_MINUTES - MIDPOINT_MINUTES) // UNIT_MINUTES)


def _local(value: dt.datetime) -> str:
    return value.astimezone().strftime("%H:%M")


def suggest(session: SessionDetail) -> BillingSuggestion:
    """The suggested codes for ``session``: from needle insertion to removal when
    every inserted needle has both times, else from the session's start and end."""
    electrical = bool(session.channels)
    inserted = [n.inserted_at for n in session.needles if n.inserted_at is not None]
    removed = [n.removed_at for n in session.needles if n.removed_at is not None]
    start = end = None
    basis = ""
    if inserted and len(removed) == len(inserted):
        start, end = min(inserted), max(removed)
        basis = f"needle insertion to removal, {_local(start)}–{_local(end)}"
    elif session.ended_at is not None:
        start, end = session.started_at, session.ended_at
        basis = f"session start to end, {_local(start)}–{_local(end)}"
    if start is None or end is None:
        return BillingSuggestion(None, "no insertion/removal or session end times charted", electrical, ())
    minutes = int((end - start).total_seconds() // 60)
    units = units_for(minutes)
    initial, additional = CODES[electrical]
    lines: list[CodeLine] = []
    if units >= 1:
        lines.append(CodeLine(initial, 1, DESCRIPTORS[initial]))
    if units >= 2:
        lines.append(CodeLine(additional, units - 1, DESCRIPTORS[additional]))
    return BillingSuggestion(minutes, basis, electrical, tuple(lines))
