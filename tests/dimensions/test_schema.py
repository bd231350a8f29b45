"""Tests for nato_diff.dimensions.schema: the dimension file format and its errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nato_diff.dimensions.loading import load_dimension, load_dimensions
from nato_diff.errors import DimensionError

from .conftest import REFORMS, write
from .test_negation import negation_ladder

ROOT = Path(__file__).resolve().parents[2]


def test_unknown_negated_position_is_an_error(tmp_path: Path) -> None:
    path = negation_ladder(tmp_path, negated="rejected")
    with pytest.raises(
        DimensionError,
        match=r"talks\.yaml:\d+: negated_position: negated_position 'rejected' is not one of "
        r"the positions \(refused, agreed\)",
    ):
        load_dimension(path)


def test_lists_and_dimension_exclude_in_a_user_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "eu.yaml",
        """\
        id: eu_path
        label: EU path
        version: "1"
        lists:
          others: [Moldova, North Macedonia, Macedonia]
        exclude:
          - {pattern: '{others}(''s|’s) (accession|membership)', type: regex}
        facets:
          accession: [accession, membership]
        """,
    )
    dim = load_dimension(path)
    assert [t.valuetype for t in dim.exclude] == ["regex"]
    assert "North" in dim.exclude[0].pattern  # the list is written out in the pattern
    assert dim.scan("North Macedonia’s accession talks opened.") is None
    hit = dim.scan("Moldova's membership and Ukraine's accession were discussed.")
    assert hit is not None and hit.terms == ("accession",)
    bad = write(tmp_path, "bad.yaml", path.read_text().replace("{others}", "{other}"))
    with pytest.raises(
        DimensionError, match=r"bad\.yaml:\d+: exclude\[0\]: pattern .* uses the list \{other\}"
    ):
        load_dimension(bad)
    empty = write(tmp_path, "empty.yaml", path.read_text().replace("[Moldova,", "[''] #"))
    with pytest.raises(DimensionError, match=r"lists\.others\[0\]: a phrase must be non-empty"):
        load_dimension(empty)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "        terms: [judicial reform]",
            "        terms: [judicial reform]\n        colour: red",
            r"reforms\.yaml:\d+: facets\.judiciary: unknown key 'colour'\. Allowed keys are",
        ),
        (
            "      - id: adopted",
            "      - id: drafted",
            r"reforms\.yaml:\d+: positions\[2\] \(drafted\): duplicate position id 'drafted'",
        ),
        (
            "'corrupt(ion|ed)?'",
            "'corrupt(ion|ed'",
            r"facets\.anticorruption\.terms\[1\]: invalid regex pattern 'corrupt\(ion\|ed': "
            r"missing \), unterminated subpattern at position 7",
        ),
        (
            "        rank: 2",
            "        rank: 1",
            r"positions\[2\] \(adopted\): rank 1 is not above the previous position's rank 1 "
            r"\(positions\[1\] \(drafted\)\)\. List positions",
        ),
        (
            "      judiciary:",
            "      anticorruption:",
            r"reforms\.yaml:10: facets\.anticorruption: facet id 'anticorruption' appears twice "
            r"\(first on line 6\)",
        ),
        (
            '    version: "1.0"\n',
            "",
            r"reforms\.yaml:1: missing required key 'version'",
        ),
        (
            'version: "1.0"',
            "version: 1.0",
            r"'version' must be text, found float 1\.0\. Write it in quotes",
        ),
        (
            "type: regex}",
            "type: regexp}",
            r"facets\.anticorruption\.terms\[1\]: 'type' must be one of fixed, glob, regex",
        ),
        (
            "        rank: 1",
            "        rank: one",
            r"positions\[1\] \(drafted\): 'rank' must be a whole number",
        ),
        (
            "id: reforms",
            "id: Reforms",
            r"id: dimension id 'Reforms' is not a valid id",
        ),
        (
            "        cues: [{pattern: 'law (was )?adopted', type: regex}]",
            "        cues: [{pattern: 'law (was )?adopted', type: regex}]\n"
            "    figures: {kinds: [money, euros]}",
            r"figures\.kinds\[1\]: unknown figure kind 'euros'",
        ),
        (
            "case_insensitive: false}",
            "case_insensitive: maybe}",
            r"facets\.security_service\.terms\[1\]: 'case_insensitive' must be true or false",
        ),
        (
            "      - id: announced",
            "      - id: announced\n        colour: red",
            r"positions\[0\] \(announced\): unknown key 'colour'",
        ),
        (
            "        terms: [judicial reform]",
            "        terms: [judicial reform\n      x: ]]",
            r"reforms\.yaml:\d+: YAML syntax error: ",
        ),
    ],
)
def test_invalid_files_name_file_entry_and_fix(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert old in REFORMS
    path = write(tmp_path, "reforms.yaml", REFORMS.replace(old, new, 1))
    with pytest.raises(DimensionError, match=expected):
        load_dimensions(path)


def test_docs_example_file_works(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "dimensions.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# reforms\.yaml\n.*?)```", doc, re.S)
    assert block is not None
    path = tmp_path / "reforms.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    dim = load_dimensions(path)["reforms"]
    hit = dim.scan("Parliament adopted the judicial reform law.")
    assert hit is not None
    assert (hit.facets, hit.position, hit.position_cue) == (
        ("judiciary",),
        "adopted",
        "adopted the judicial reform",
    )
    assert dim.scan("Protesters gathered near the SBU building.") is None
