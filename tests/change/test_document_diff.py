"""Diff of two documents, whole or one dimension."""

from __future__ import annotations

import pandas as pd

from nato_diff import diff
from nato_diff.corpus import Corpus, make_document

from ..conftest import SEED_IDS

D = SEED_IDS


def test_diff_of_a_document_with_itself(seeds: Corpus) -> None:
    doc = seeds[D["2023-09-28"]]
    d = diff(doc, doc)
    assert set(d.table["op"]) == {"equal"}
    assert d.ratio == 1.0
    assert len(d.table) == len(doc.sentences)


def test_diff_of_unrelated_passages_is_near_zero(seeds: Corpus) -> None:
    d = diff(seeds[D["2021-02-25"]], seeds[D["2024-04-29"]], dimension="black_sea")
    assert d.ratio == 0.0  # one side has no Black Sea sentence
    a = make_document(
        "a",
        "The fleet patrols the Black Sea near Odesa and the Kerch Strait.",
        date=pd.Timestamp("2020-01-01").date(),
    )
    b = make_document(
        "b",
        "Judges must declare their assets under the new judicial law.",
        date=pd.Timestamp("2020-01-02").date(),
    )
    assert diff(a, b).ratio < 0.2


def test_diff_html_escapes_document_text() -> None:
    a = make_document(
        "a",
        "Allies met.\n\n<script>alert(1)</script> was posted.",
        date=pd.Timestamp("2020-01-01").date(),
    )
    b = make_document("b", "Allies met again.", date=pd.Timestamp("2020-01-02").date())
    page = diff(a, b).to_html()
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_reworded_figure_sentence(seeds: Corpus) -> None:
    a = make_document(
        "a",
        "NATO allies provided €65 billion in military aid.",
        date=pd.Timestamp("2023-01-01").date(),
    )
    b = make_document(
        "b",
        "NATO allies provided nearly €100 billion in military aid.",
        date=pd.Timestamp("2023-06-01").date(),
    )
    d = diff(a, b, dimension="aid_volumes")
    assert list(d.table["op"]) == ["reworded"]
    assert "{+nearly+}" in d.table["word_diff"].iloc[0]
