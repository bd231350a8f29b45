"""Tests for nato_diff.dimensions.dimension: one sentence scanned by every dimension."""

from __future__ import annotations

from nato_diff.dimensions.dimension import Dimensions


def test_guarantees_alongside_membership(dims: Dimensions) -> None:
    sentence = (
        "In particular, President Zelenskyy emphasized that these security guarantees do not "
        "in any way replace or delay Ukraine’s membership in NATO, and together they will "
        "continue to uphold peace throughout Europe and the world in the future."
    )
    found = dims.scan(sentence)
    assert list(found) == ["membership_path", "security_guarantees"]
    assert found["security_guarantees"].position == "guarantees"
    assert found["membership_path"].facets == ("membership",)
