"""Terms of office of the people a text names."""

from __future__ import annotations

import datetime as dt

from nato_diff.corpus.terms import term_bounds


def test_named_people_bound_the_window() -> None:
    b = term_bounds("Dmytro Kuleba met Volodymyr Zelenskyy in Kyiv.")
    assert b.low == dt.date(2019, 8, 29)  # Kuleba's first role begins after Zelenskyy's
    assert b.high == dt.date(2024, 9, 5)  # Kuleba left his last role; Zelenskyy is in office
    assert "Kuleba" in b.because


def test_no_named_people_no_bounds() -> None:
    b = term_bounds("The ministers met in the capital.")
    assert (b.low, b.high) == (None, None)
