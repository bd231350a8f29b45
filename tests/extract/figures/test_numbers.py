from __future__ import annotations

import pytest
from text_to_num import text2num

from nato_diff.extract.figures import number_from_words

from .conftest import one


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one hundred billion", 1e11),
        ("two and a half million", 2.5e6),
        ("one and a half", 1.5),
        ("half a billion", 5e8),
        ("a quarter of a million", 2.5e5),
        ("a million", 1e6),
        ("two dozen", 24.0),
        ("twenty-five", 25.0),
        ("two hundred and fifty million", 2.5e8),
        ("one million two hundred thousand", 1.2e6),
        ("1.5 billion", 1.5e9),
        ("1,000", 1000.0),
        ("", None),
        ("half", None),
        ("third", None),
        ("two three", None),
        ("fifty nations", None),
    ],
)
def test_number_from_words(text: str, value: float | None) -> None:
    assert number_from_words(text) == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize("words", ["one hundred", "fifty-five", "nine hundred ninety", "twelve"])
def test_number_from_words_agrees_with_text2num(words: str) -> None:
    assert number_from_words(words) == float(text2num(words, "en"))


SHARES = [
    ("around half has come from Europe", "around half", 0.5, "approx"),
    ("a third came from Germany", "a third", 1 / 3, "exact"),
    ("two-thirds of it came from Europe", "two-thirds", 2 / 3, "exact"),
    ("nearly three quarters of the total", "nearly three quarters", 0.75, "upper"),
    ("40% of the aid came from the US", "40%", 0.4, "exact"),
    ("about 60 percent of the support", "about 60 percent", 0.6, "approx"),
    ("one in three shells", "one in three", 1 / 3, "exact"),
]


@pytest.mark.parametrize(("text", "span", "value", "bound"), SHARES)
def test_shares(text: str, span: str, value: float, bound: str) -> None:
    s = one(text, "share")
    assert (s.text, s.bound) == (span, bound)
    assert s.value == pytest.approx(value)
