"""Tests for nato_diff.dimensions.matching: term spans, and questions that take no position."""

from __future__ import annotations

import pytest

from nato_diff.dimensions.dimension import Dimensions


def test_term_matches_give_spans_in_the_sentence(dims: Dimensions) -> None:
    sentence = "Warships patrol the Black Sea near the ports of Odesa and the Kerch Strait."
    found = dims["black_sea"].term_matches(sentence)
    assert found == [
        ("naval", "Warships", 0, 8),
        ("region", "Black Sea", 20, 29),
        ("ports", "ports of Odesa", 39, 53),
        ("crimea", "Kerch Strait", 62, 74),
    ]
    assert all(sentence[start:end] == text for _, text, start, end in found)


@pytest.mark.parametrize(
    ("dimension", "sentence", "facets"),
    [
        ("membership_path", "Will Ukraine join NATO?", ("membership",)),
        (
            "membership_path",
            "Q: When will Ukraine get an invitation to join NATO",
            ("membership", "invitation"),
        ),
        (
            "membership_path",
            "“Will Ukraine become a member of NATO?”",
            ("membership",),
        ),
        (
            "security_guarantees",
            "Question: Does Ukraine need security guarantees from the US (and from Europe?)",
            ("guarantees",),
        ),
        (
            "security_guarantees",
            "Will European Allies send troops to Ukraine as a reassurance force?",
            ("reassurance",),
        ),
    ],
)
def test_questions_take_no_position(
    dims: Dimensions, dimension: str, sentence: str, facets: tuple[str, ...]
) -> None:
    hit = dims[dimension].scan(sentence)
    assert hit is not None
    assert hit.facets == facets
    assert (hit.position, hit.position_rank, hit.position_cue) == (None, None, None)
    assert dims.scan(sentence)[dimension] == hit
