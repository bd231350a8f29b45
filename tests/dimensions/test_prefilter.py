"""Tests for nato_diff.dimensions.prefilter: the prefix filter never changes a result."""

from __future__ import annotations

from nato_diff.corpus import Corpus
from nato_diff.dimensions.dimension import Dimensions

from .test_negation import NEGATION_CASES

# Sentences that exercise exclusion, lists and negation, for the filter check below.
EXTRA_SENTENCES = [
    *(case[1] for case in NEGATION_CASES),
    "Sweden and Finland joined NATO, and Türkiye ratified the accession of Sweden.",
    "Türkiye’s accession to NATO dates from 1952.",
    "Russia launched 38 missiles and 40 drones; Allies pledged more air defence.",
    "Moscow's demands for security guarantees were rejected.",
]


def test_prefix_filter_never_changes_results(dims: Dimensions, seeds: Corpus) -> None:
    # Every seed sentence and raw line, in spellings that stress the filter's text folding.
    sentences = [s for doc in seeds for s in (*doc.sentences, *doc.raw_text.splitlines())]
    sentences += EXTRA_SENTENCES
    variants = [
        str.upper,
        lambda s: s.replace(" ", "  "),
        lambda s: s.replace("-", " "),
        lambda s: s.replace(" ", "-"),
        lambda s: s.replace(" ", "\u2013"),
        lambda s: s.replace(" ", "\u00a0"),
        lambda s: s.replace(" ", "\n"),
        lambda s: "İ " + s,
        lambda s: s.replace("s", "ſ"),
        lambda s: s.replace("'", "’"),
    ]
    every_unit = (1 << 256) - 1
    n_checked = 0
    for base in sentences:
        for sentence in [base, *(v(base) for v in variants)]:
            together = dims.scan(sentence)
            for dim in dims.values():
                unfiltered = dim._match(sentence, every_unit, None)
                assert dim.scan(sentence) == unfiltered, (dim.id, sentence)
                assert together.get(dim.id) == unfiltered, (dim.id, sentence)
            n_checked += 1
    assert n_checked > 500


# Sentences with double spaces or spaced dashes are filtered too (realigned), never changed.

import datetime as _dt  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = st.sampled_from(
    [
        "NATO",
        "membership",
        "Black",
        "Sea",
        "security",
        "guarantees",
        "Ukraine’s",
        "€5",
        "billion",
        "in",
        "aid",
        "Crimean",
        "Platform",
        "will",
        "join",
        "the",
        "Alliance",
        "door",
        "is",
        "open",
        "–",
        "-",
        "  ",
        "\u00a0",
        "(",
        ")",
        ",",
    ]
)


@settings(max_examples=40, deadline=_dt.timedelta(seconds=5), derandomize=True)
@given(st.lists(_WORDS, min_size=1, max_size=40).map(" ".join))
def test_realigned_filtering_never_changes_a_match(sentence: str) -> None:
    from nato_diff.dimensions import load_dimensions, prefilter

    dims = load_dimensions()
    filtered = {d: dims[d].term_matches(sentence) for d in dims}
    original = prefilter.realign
    try:
        prefilter.realign = lambda *args: None  # type: ignore[assignment]
        import nato_diff.dimensions.compiled as compiled

        compiled.realign = prefilter.realign  # type: ignore[attr-defined]
        unfiltered = {d: dims[d].term_matches(sentence) for d in dims}
    finally:
        prefilter.realign = original
        compiled.realign = original  # type: ignore[attr-defined]
    assert filtered == unfiltered
