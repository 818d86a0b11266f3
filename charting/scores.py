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


# --- Patient-Specific Functional Scale ----------------------------------------------
# The patient names up to five activities they find hard and rates each 0 (unable to
# perform) to 10 (able to perform at the level before the problem); the PSFS score is
# the mean of the activities rated (Stratford et al., Physiotherapy Canada 1995;47:258–63).

PSFS_MAX_ACTIVITIES = 5


def psfs_score(scores: Sequence[float]) -> float:
    """The PSFS score: the mean of the activities' 0–10 scores, to one decimal.

    Raises:
        ValidationError: no activity, more than five, or a score outside 0–10.
    """
    if not scores:
        raise ValidationError("PSFS", "no activity scored; at least one is needed")
    if len(scores) > PSFS_MAX_ACTIVITIES:
        raise ValidationError("PSFS", f"at most {PSFS_MAX_ACTIVITIES} activities, got {len(scores)}")
    for number, score in enumerate(scores, start=1):
        if isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 10:
            raise ValidationError(f"PSFS activity {number}", f"{score!r} is outside the allowed range 0–10")
    return round(sum(scores) / len(scores), 1)


def change_is_important(baseline: float, current: float, mcic: float | None, *, higher_is_worse: bool) -> bool | None:
    """True when ``current`` improved on ``baseline`` by at least the MCIC
    (None when the measure has no MCIC)."""
    if mcic is None:
        return None
    improvement = baseline - current if higher_is_worse else current - baseline
    return improvement >= mcic - 1e-9
