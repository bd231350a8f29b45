"""Agreement measures: precision, recall, F1 and Cohen's kappa against hand-worked values."""

from __future__ import annotations

import math
from collections.abc import Hashable

import pytest

from nato_diff.agreement.scores import cohen_kappa, prf


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        # 2 hits of 4 predicted, of 3 gold: P = 1/2, R = 2/3, F1 = 2PR/(P+R) = (2/3)/(7/6) = 4/7.
        ({"a", "b", "c", "d"}, {"b", "c", "e"}, (1 / 2, 2 / 3, 4 / 7)),
        # Everything found, one extra: P = 3/4, R = 1, F1 = (3/2)/(7/4) = 6/7.
        ({1, 2, 3, 4}, {1, 2, 3}, (3 / 4, 1.0, 6 / 7)),
        # Nothing in common.
        ({"x"}, {"y"}, (0.0, 0.0, 0.0)),
        # Tuples as units, as the evaluation uses them.
        ({("d", 1, "black_sea")}, {("d", 1, "black_sea")}, (1.0, 1.0, 1.0)),
    ],
)
def test_prf_by_hand(
    predicted: set[Hashable], gold: set[Hashable], expected: tuple[float, float, float]
) -> None:
    assert prf(predicted, gold) == pytest.approx(expected)


def test_prf_of_two_empty_sets_is_perfect() -> None:
    assert prf(set(), set()) == (1.0, 1.0, 1.0)


def test_prf_with_one_empty_side_is_zero() -> None:
    # Nothing predicted: precision has no denominator but gold is not empty.
    assert prf(set(), {"a", "b"}) == (0.0, 0.0, 0.0)
    # Nothing to find, yet something predicted.
    assert prf({"a"}, set()) == (0.0, 0.0, 0.0)


def test_kappa_of_a_two_by_two_table() -> None:
    #             coder b
    #             yes  no
    # coder a yes   4   1    (a: 5 yes)
    #         no    2   3    (a: 5 no)
    #              (b: 6 yes, 4 no)
    # p_o = (4 + 3) / 10 = 0.7
    # p_e = (5 * 6 + 5 * 4) / 100 = 0.5
    # kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4
    a = ["yes"] * 5 + ["no"] * 5
    b = ["yes"] * 4 + ["no"] * 1 + ["yes"] * 2 + ["no"] * 3
    assert cohen_kappa(a, b) == pytest.approx(0.4)
    assert cohen_kappa(b, a) == pytest.approx(0.4)  # symmetric


def test_kappa_of_three_categories() -> None:
    # a: x x y y z z; b: x y y y z x -> agree on items 1, 3, 4, 5: p_o = 4/6
    # a counts x2 y2 z2, b counts x2 y3 z1: p_e = (2*2 + 2*3 + 2*1) / 36 = 12/36 = 1/3
    # kappa = (2/3 - 1/3) / (2/3) = 0.5
    a = ["x", "x", "y", "y", "z", "z"]
    b = ["x", "y", "y", "y", "z", "x"]
    assert cohen_kappa(a, b) == pytest.approx(0.5)


def test_kappa_of_full_agreement_and_full_disagreement() -> None:
    assert cohen_kappa(["open_door", "map"], ["open_door", "map"]) == pytest.approx(1.0)
    # p_o = 0, p_e = (1*1 + 1*1) / 4 = 0.5: kappa = -0.5 / 0.5 = -1
    assert cohen_kappa(["x", "y"], ["y", "x"]) == pytest.approx(-1.0)


def test_kappa_when_both_use_one_category_and_agree_is_one() -> None:
    # Chance agreement is total (p_e = 1): the formula is 0/0; the decided value is 1.0.
    assert cohen_kappa(["open_door"] * 3, ["open_door"] * 3) == 1.0


def test_kappa_of_no_items_is_nan() -> None:
    assert math.isnan(cohen_kappa([], []))


def test_kappa_of_unequal_lengths_raises() -> None:
    with pytest.raises(ValueError, match="same length"):
        cohen_kappa(["x", "y"], ["x"])
