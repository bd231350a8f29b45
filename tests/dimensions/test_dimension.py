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


def test_repeated_scans_follow_the_sentence_before(dims: Dimensions) -> None:
    """A scan seen before is given again, but a facet's ``requires`` still reads the context.

    The weapons facets of aid need a verb of giving; this list has none of its own, so its
    facets depend on the sentence before, however often the pair has been scanned.
    """
    weapons = "The list names artillery shells, long-range weapons and air defense systems."
    asked = "Ukraine asked its partners for more military aid."
    weather = "The weather in Brussels was fine."
    fresh = Dimensions(dims.values())
    for _ in range(2):
        for before, facets in [
            (asked, ("air_defence", "artillery", "long_range", "ammunition", "general")),
            (weather, ("general",)),
            ("", ("general",)),
        ]:
            assert fresh.scan(weapons, context=before)["aid_volumes"].facets == facets
    # A sentence whose terms need no context matches the same after any sentence.
    guarantee = "Allies will provide Ukraine with security guarantees."
    first = fresh.scan(guarantee, context=asked)
    assert fresh.scan(guarantee, context=weather) == first
    assert list(first) == list(Dimensions(dims.values()).scan(guarantee))
    # The returned dict is the caller's: changing it leaves the next scan alone.
    first.clear()
    assert fresh.scan(guarantee) != {}
