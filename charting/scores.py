"""Scoring of outcome measures from their item scores (no questionnaire wording here).

Oswestry Disability Index: ten sections scored 0–5; the index is the total
divided by the highest possible total of the sections answered, times 100
(Fairbank & Pynsent, "The Oswestry Disability Index", Spine 2000;25(22):2940–52).
"""

from __future__ import annotations

from collections.abc import Sequence

from charting.errors import ValidationError

ODI_SECTIONS = 10


def odi_percent(sections: Sequence[int | None]) -> float:
    """The ODI as a percentage from its ten section scores (``None`` = unanswered).

    Raises:
        ValidationError: not ten sections, a score outside 0–5, or fewer than
            one section answered.
    """
    if len(sections) != ODI_SECTIONS:
        raise ValidationError("ODI", f"needs {ODI_SECTIONS} section scores, got {len(sections)}")
    answered = []
    for number, score in enumerate(sections, start=1):
        if score is None:
            continue
        if isinstance(score, bool) or not isinstance(score, int | float) or score != int(score) or not 0 <= score <= 5:
            raise ValidationError(f"ODI section {number}", f"{score!r} is outside the allowed range 0–5")
        answered.append(int(score))
    if not answered:
        raise ValidationError("ODI", "no section answered; at least one of the ten is needed")
    return round(sum(answered) / (5 * len(answered)) * 100, 1)
