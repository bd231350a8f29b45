"""Tests for nato_diff.dimensions.patterns: fixed, glob and regex patterns on whole words."""

from __future__ import annotations

from pathlib import Path

import pytest

from nato_diff.dimensions.loading import load_dimension

from .conftest import write


@pytest.mark.parametrize(
    ("pattern", "valuetype", "text", "found"),
    [
        ("join* NATO", "glob", "Ukraine is joining NATO", "joining NATO"),
        ("join* NATO", "glob", "they will rejoin NATO", None),
        ("defen?e", "glob", "air defense", "defense"),
        ("long-range", "fixed", "long range weapons", "long range"),
        ("long range", "fixed", "long-range weapons", "long-range"),
        ("Ukraine's", "fixed", "Ukraine’s future", "Ukraine’s"),
        ("port", "fixed", "support for Ukraine", None),
        ("NATO", "fixed", "NATO's door", "NATO"),
        ("air[- ]defen[cs]es?", "regex", "Air-defences arrived", "Air-defences"),
    ],
)
def test_matching_rules(
    tmp_path: Path, pattern: str, valuetype: str, text: str, found: str | None
) -> None:
    path = write(
        tmp_path,
        "rules.yaml",
        f"""\
        id: rules
        label: Rules
        version: "1"
        facets:
          one: [{{pattern: '{pattern.replace("'", "''")}', type: {valuetype}}}]
        """,
    )
    hit = load_dimension(path).scan(text)
    assert (hit.terms[0] if hit else None) == found
