"""Scoring against hand-worked examples (scores only; no questionnaire wording)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from charting.errors import ValidationError
from charting.scores import change_is_important, odi_percent, psfs_score


def test_odi_all_sections_answered():
    # 3+2+3+3+2+3+2+1+2+3 = 24 of 50 -> 48 %
    assert odi_percent([3, 2, 3, 3, 2, 3, 2, 1, 2, 3]) == 48.0


def test_odi_with_one_section_unanswered_divides_by_45():
    # 23 of 5 × 9 = 45 -> 51.11 % -> 51.1
    assert odi_percent([3, 2, 3, 3, 2, 3, 2, None, 2, 3]) == 51.1


def test_odi_with_two_sections_unanswered_divides_by_40():
    # 0+5+5+5+5+5+5+5 = 35 of 40 -> 87.5 %
    assert odi_percent([0, None, 5, 5, 5, None, 5, 5, 5, 5]) == 87.5


def test_odi_extremes():
    assert odi_percent([0] * 10) == 0.0
    assert odi_percent([5] * 10) == 100.0


@pytest.mark.parametrize(
    ("sections", "field"),
    [
        ([3, 2, 6, 3, 2, 3, 2, 1, 2, 3], "ODI section 3"),
        ([3, 2, 3, 3, 2, 3, 2, 1, 2, -1], "ODI section 10"),
        ([None] * 10, "ODI"),
        ([1] * 9, "ODI"),
        ([1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1], "ODI section 1"),
    ],
)
def test_odi_refusals_name_the_field(sections, field):
    with pytest.raises(ValidationError) as exc:
        odi_percent(sections)
    assert exc.value.field == field


def test_psfs_score_is_the_mean_of_the_activities():
    assert psfs_score([3, 4]) == 3.5
    assert psfs_score([2, 5, 7]) == 4.7  # 14 / 3 = 4.67
    assert psfs_score([10]) == 10.0


@pytest.mark.parametrize("scores", [[], [1, 2, 3, 4, 5, 6], [11], [-1, 3]])
def test_psfs_refusals(scores):
    with pytest.raises(ValidationError) as exc:
        psfs_score(scores)
    assert exc.value.field.startswith("PSFS")


def test_change_is_important_respects_direction_and_mcic():
    assert change_is_important(7, 5, 2, higher_is_worse=True) is True
    assert change_is_important(7, 6, 2, higher_is_worse=True) is False
    assert change_is_important(3, 5, 2, higher_is_worse=False) is True
    assert change_is_important(5, 3, 2, higher_is_worse=False) is False
    assert change_is_important(40, 45, None, higher_is_worse=False) is None


SECTIONS = st.lists(st.one_of(st.none(), st.integers(0, 5)), min_size=10, max_size=10).filter(
    lambda x: any(s is not None for s in x)
)


@given(SECTIONS)
def test_odi_is_total_over_five_times_answered(sections):
    answered = [s for s in sections if s is not None]
    expected = sum(answered) / (5 * len(answered)) * 100
    assert abs(odi_percent(sections) - expected) <= 0.05
    assert 0 <= odi_percent(sections) <= 100
