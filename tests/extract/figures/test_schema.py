from __future__ import annotations

from pathlib import Path

import pytest

from nato_diff.errors import DimensionError
from nato_diff.extract.figures import load_figure_lexicon

from .conftest import LEXICON


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("version: 1", "version: 2", r"figures\.yaml: version: unsupported version 2"),
        ("  EUR:\n", "  euro:\n", r"currencies\.euro: currency keys must be ISO 4217"),
        ("    value: 1000\n", "    value: lots\n", r"scales\.thousand\.value: expected a number"),
        ("upper: [nearly,", "below: [nearly,", r"qualifiers\.before: unknown bound 'below'"),
        ("total_scope: total", "total_scope: total\ncolour: red", r"unknown entries colour"),
        (
            'count_breakers: [of, in, "on",',
            "count_breakers: [of, in, on,",
            r"count_breakers: item 2",
        ),
        (
            "    candidates: [NOK, DKK, SEK]\n",
            "    candidates: [NOK, XXX]\n",
            r"ambiguous_currencies\.kroner\.candidates: unknown currencies XXX",
        ),
        (
            "    currency: NOK\n",
            "    currency: XYZ\n",
            r"donors\.Norway\.currency: unknown currency",
        ),
        (
            "non_aid_units: [people, ships, voyages]",
            "non_aid_units: [ghosts]",
            r"non_aid_units: 'ghosts' is not",
        ),
        (
            "  scope: domestic\n",
            "  scope: military\n",
            r"domestic\.scope: 'military' is not a scope",
        ),
        ("    default: SEK\n", "    default: EUR\n", r"ambiguous_currencies\.krona\.default"),
    ],
)
def test_invalid_lexicon_names_file_and_entry(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    text = LEXICON.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "figures.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DimensionError, match=message):
        load_figure_lexicon(path)
