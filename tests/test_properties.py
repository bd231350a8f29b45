"""Properties that hold for any input (hypothesis, a bounded number of examples per test).

The deadlines are hang guards (seconds for inputs of a few KB), not speed measurements;
throughput is measured by ``benchmarks/hostile_bench.py``.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nato_diff import track
from nato_diff.corpus import Corpus, clean, make_document, split_sentences
from nato_diff.corpus.sniff import decode_document
from nato_diff.errors import NatoDiffError
from nato_diff.extract import extract_figures

GUARD = settings(
    max_examples=60,
    deadline=dt.timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)

# Text that looks like documents: words, numbers, dates, amounts, chrome, odd characters.
_PIECES = st.sampled_from(
    [
        "NATO",
        "Ukraine",
        "ministers",
        "agreed",
        "on 4 April 2023",
        "$1.5 billion",
        "EUR 300 million",
        "12%",
        "Share this article",
        "Related",
        "Kyiv, 11 July 2023 -",
        ".",
        ",",
        "?",
        "\n",
        "\n\n",
        "  ",
        "- ",
        "•",
        "’s",
        "Mr.",
        "U.S.",
        "=HYPERLINK(",
        "<b>",
        "\u200b",
        "\u00a0",
        "\t",
        "\r\n",
    ]
)
DOCUMENT_TEXT = st.one_of(
    st.lists(_PIECES, max_size=80).map(" ".join),
    st.text(max_size=2000),
)


@GUARD
@given(st.binary(max_size=4000))
def test_any_bytes_decode_or_raise_a_nato_diff_error(data: bytes) -> None:
    try:
        text = decode_document(data, "x.txt")
    except NatoDiffError:
        return
    assert isinstance(text, str) and text.strip()


@GUARD
@given(DOCUMENT_TEXT)
def test_any_text_becomes_a_document_or_a_nato_diff_error(text: str) -> None:
    try:
        doc = make_document("x", text, date=dt.date(2023, 1, 1))
    except NatoDiffError:
        return
    assert doc.sentences and all(s.strip() for s in doc.sentences)


@GUARD
@given(DOCUMENT_TEXT)
def test_any_text_without_a_given_date_is_dated_or_refused(text: str) -> None:
    try:
        doc = make_document("x", text)
    except NatoDiffError:
        return
    assert doc.date_source in ("text", "inferred")


@GUARD
@given(DOCUMENT_TEXT)
def test_cleaning_is_idempotent(text: str) -> None:
    once = clean(text).text
    assert clean(once).text == once


@GUARD
@given(DOCUMENT_TEXT)
def test_every_sentence_is_in_the_cleaned_text_in_order(text: str) -> None:
    # Hard-wrapped lines are joined with one space, so white space is compared as one space.
    cleaned = clean(text).text
    flat = " ".join(cleaned.split())
    position = 0
    for sentence in split_sentences(cleaned):
        sentence = " ".join(sentence.split())
        found = flat.find(sentence, position)
        assert found >= 0, sentence
        position = found + len(sentence)


_AMOUNTS = st.builds(
    lambda pre, n, unit, post: f"{pre} {n} {unit} {post}",
    st.sampled_from(["Donors gave", "The EU pledged over", "Allies sent", "It costs"]),
    st.one_of(
        st.integers(0, 10**9).map(str),
        st.floats(0, 1e6, allow_nan=False).map(lambda x: f"{x:,.2f}"),
        st.sampled_from(["$40", "€1.5", "EUR 300", "£2", "1,000", "five", "a dozen"]),
    ),
    st.sampled_from(["billion", "million", "tanks", "percent", "%", "dollars", ""]),
    st.sampled_from(["in aid.", "for weapons, including $2 billion.", "since 2022.", ""]),
)


@GUARD
@given(st.one_of(_AMOUNTS, st.text(max_size=300)))
def test_every_figure_text_is_a_substring_of_its_sentence(sentence: str) -> None:
    for figure in extract_figures(sentence):
        assert figure.text in sentence


def test_every_figure_of_the_seeds_is_quoted_from_its_sentence(seeds: Corpus) -> None:
    figures = track(seeds[:3]).figures
    assert len(figures) > 0
    assert all(t in s for t, s in zip(figures["text"], figures["sentence"], strict=True))


def _doc(doc_id: str, day: int, body: str) -> object:
    return make_document(doc_id, body, date=dt.date(2023, 3, day))


_UNRELATED = (
    "The city council approved a new bus timetable. Buses will run every ten minutes on "
    "weekdays, and the night line will stop at the railway station."
)


def _rows(frame: pd.DataFrame, doc_ids: list[str]) -> pd.DataFrame:
    rows = frame[frame["doc_id"].isin(doc_ids)]

    def hashable(column: pd.Series) -> pd.Series:  # list cells (facets, terms) sort as tuples
        return column.map(lambda v: tuple(v) if isinstance(v, list) else v)

    return rows.sort_values(list(rows.columns), key=hashable).reset_index(drop=True)


def test_results_do_not_depend_on_file_order_or_unrelated_documents(
    seeds: Corpus, tmp_path: Path
) -> None:
    docs = list(seeds[:3])
    ids = [d.doc_id for d in docs]
    base = track(Corpus(docs))
    for seed in range(2):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        again = track(Corpus(shuffled))
        assert again.corpus.doc_ids == base.corpus.doc_ids
        for name in ("mentions", "facets", "figures"):
            pd.testing.assert_frame_equal(getattr(again, name), getattr(base, name))
    extra = make_document("zz_unrelated", _UNRELATED, date=docs[1].date)
    widened = track(Corpus([*docs, extra]))
    for name in ("mentions", "facets", "figures"):
        pd.testing.assert_frame_equal(
            _rows(getattr(widened, name), ids), _rows(getattr(base, name), ids)
        )
