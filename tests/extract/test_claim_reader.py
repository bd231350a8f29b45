"""Tests for nato_diff.extract.claim_reader: claims rows, rung ranks, aid status, measures."""

from __future__ import annotations

import pytest

from nato_diff import load_dimensions, load_seeds
from nato_diff.extract import CLAIM_COLUMNS, extract_document
from nato_diff.extract.claim_reader import figure_measure


def test_rows_have_the_columns_and_ranks_of_the_ladder() -> None:
    dims = load_dimensions()
    rows = extract_document(load_seeds().find("2024-04-29"), dims).claims
    assert rows and all(tuple(r) == CLAIM_COLUMNS for r in rows)
    ladder = {p.id: p.rank for p in dims["membership_path"].positions}
    for r in rows:
        if r["dimension"] == "membership_path" and r["rung"] is not None:
            assert r["rung_rank"] == ladder[r["rung"]]
        if r["dimension"] == "black_sea":
            assert r["rung"] is None and r["status"] is None


@pytest.mark.parametrize(
    ("sentence", "text", "measure"),
    [
        ("Allies have provided €40 billion since 2022.", "€40 billion", "cumulative"),
        ("So far the fund has received $2 billion.", "$2 billion", "cumulative"),
        ("The UK will give £3 billion every year.", "£3 billion", "annual"),
        ("Paris promised €3 billion for 2024.", "€3 billion", "annual"),
        ("A new package worth $250 million was announced.", "$250 million", "package"),
    ],
)
def test_figure_measures(sentence: str, text: str, measure: str) -> None:
    assert figure_measure(sentence, text) == measure
