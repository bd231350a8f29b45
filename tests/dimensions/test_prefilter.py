"""Tests for nato_diff.dimensions.prefilter: the prefix filter never changes a result."""

from __future__ import annotations

import random
import re
from functools import reduce
from operator import or_
from typing import Any

from nato_diff.corpus import Corpus
from nato_diff.dimensions.dimension import Dimensions
from nato_diff.dimensions.prefilter import _trie_regex, closure

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


# Every built-in unit is filtered: a long line of words naming nothing runs no pattern.


def test_every_builtin_term_and_cue_has_prefix_strings(dims: Dimensions) -> None:
    for dim in dims.values():
        assert dim._matcher.always == 0, dim.id


def test_many_alternatives_keep_their_prefix_strings() -> None:
    from nato_diff.dimensions.model import Term
    from nato_diff.dimensions.prefilter import required_prefixes

    # 12 + 16 + 45 strings start the three alternatives: too many to multiply out with what
    # comes before (nothing), yet each one is a prefix of the term's matches; of the 45,
    # the five verbs alone are kept ("be a full " adds nothing to "be ").
    term = Term(
        "(join|enter|entering|joining) (NATO|the Alliance|the bloc)"
        "|(seek|seeks|sought|seeking) (NATO )?(membership|accession)"
        "|(become|becomes|became|becoming|be) (a |an )?((full|full-fledged) )?(NATO )?members?",
        "regex",
    )
    prefixes = required_prefixes(term)
    assert prefixes is not None
    assert len(prefixes) == 12 + 16 + 5
    assert {"join the bloc", "sought nato membership", "be ", "becoming "} <= prefixes


def test_a_number_starting_a_word_is_a_prefix(dims: Dimensions) -> None:
    from nato_diff.dimensions.model import Term
    from nato_diff.dimensions.prefilter import fold, required_prefixes

    assert required_prefixes(Term(r"\d+(st|nd|rd|th) member", "regex")) == {"0"}
    assert required_prefixes(Term("F-16 jets", "fixed")) == {"f 00 jets"}
    assert fold("Since 1999, ٣٢ Allies")[0] == " since 0000, 00 allies"
    dim = dims["membership_path"]
    for sentence in [
        "Sweden became the 32nd member of the Alliance.",
        "Sweden became the ٣٢nd member of the Alliance.",  # Arabic-Indic digits are \d too
        "Sweden became the ３２nd member of the Alliance.",  # and so are full-width ones
        "Sweden became the  32nd member, after Finland (31st Ally).",
    ]:
        every_unit = (1 << 256) - 1
        assert dim.scan(sentence) == dim._match(sentence, every_unit, None), sentence
        assert "membership" in dim.scan(sentence).facets, sentence


def _trie_by_nodes(words: list[str]) -> str:
    """The trie expression built node by node, as a reference for the faster build."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _closure_by_prefixes(direct: dict[str, int], strings: list[str]) -> dict[str, int]:
    return {
        t: reduce(or_, (direct.get(t[:n], 0) for n in range(1, len(t) + 1)), 0) for t in strings
    }


def test_the_trie_and_the_closure_are_those_built_the_plain_way() -> None:
    rnd = random.Random(7)
    for _ in range(2000):
        pool = ["".join(rnd.choice("ab .é0") for _ in range(rnd.randint(0, 5))) for _ in range(12)]
        words = pool[: rnd.randint(0, 12)]
        assert _trie_regex(words) == _trie_by_nodes(words)
        direct = {w: rnd.randint(0, 255) for w in pool if rnd.random() < 0.6}
        strings = [w for w in pool if rnd.random() < 0.7]
        got = closure(direct, strings)
        assert got == _closure_by_prefixes(direct, strings)
        assert list(got) == list(dict.fromkeys(strings))
