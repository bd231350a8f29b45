"""A span without sentence stops is cut into bounded pieces, at clause boundaries, never inside
a word, and the pieces are marked."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nato_diff.corpus import Corpus, make_document, split_marked
from nato_diff.corpus.sentences import SplitRules, load_split_rules

RULES = load_split_rules()
SMALL = dataclasses.replace(RULES, max_sentence_chars=60)

# A flattened table of deliveries: clauses, lists and numbers, and not one full stop.
ROW = "Poland sent 14 tanks and 42 armoured vehicles; Canada pledged 8 howitzers, 2 radars"


def test_the_limit_is_data_and_real_sentences_stay_below_it(seeds: Corpus) -> None:
    assert RULES.max_sentence_chars == 2000
    assert all(d.cut_sentences == () for d in seeds)
    assert max(len(s) for d in seeds for s in d.sentences) < RULES.max_sentence_chars


def test_a_long_span_is_cut_at_semicolons_into_bounded_marked_pieces() -> None:
    span = "; ".join([ROW] * 60)  # about 5,000 characters, no stop
    split = split_marked(f"{span}. The convoy left at dawn.")
    pieces, last = split.sentences[:-1], split.sentences[-1]
    assert last == "The convoy left at dawn."
    assert len(pieces) >= 3
    assert all(len(p) <= RULES.max_sentence_chars for p in pieces)
    assert all(p.endswith(";") for p in pieces[:-1])  # the best boundary: a semicolon
    assert split.cut == tuple(range(len(pieces)))  # every piece, and only they, are marked
    assert " ".join(pieces) == f"{span}."  # nothing lost, nothing reordered


def test_commas_are_used_when_there_is_no_semicolon_and_spaces_when_no_comma() -> None:
    commas = split_marked(", ".join(["ammunition for the guns"] * 10), rules=SMALL).sentences
    assert all(p.endswith(",") for p in commas[:-1])
    words = split_marked(" ".join(["ammunition"] * 30), rules=SMALL).sentences
    assert all(len(p) <= 60 and set(p.split()) == {"ammunition"} for p in words)


def test_a_word_longer_than_the_limit_is_never_cut() -> None:
    word = "x" * 150
    split = split_marked(f"short words {word} more words here", rules=SMALL)
    assert word in split.sentences
    assert "".join(split.sentences).replace(" ", "") == f"shortwords{word}morewordshere"


def test_a_document_names_its_cut_sentences() -> None:
    line = "4 April 2023 " + " ".join([ROW.replace(";", ",")] * 80)
    doc = make_document("line", line, date=dt.date(2023, 4, 4))
    assert len(doc.cut_sentences) == doc.n_sentences > 1
    assert all(len(doc.sentences[i]) <= RULES.max_sentence_chars for i in doc.cut_sentences)


_WORDS = st.sampled_from(
    ["tanks", "Kyiv", "1,000", "F-16", "Mr.", "U.S.", "aid", "—", "“yes”", "(NATO)"]
)
_GLUE = st.sampled_from([" ", " ", " ", ", ", "; ", ": ", ". ", "\n", "\n\n", "  "])
_LONG_TEXT = st.lists(st.tuples(_WORDS, _GLUE), max_size=120).map(
    lambda pairs: "".join(w + g for w, g in pairs)
)


@settings(
    max_examples=80,
    deadline=dt.timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
@given(_LONG_TEXT, st.integers(10, 80))
def test_pieces_are_bounded_whole_worded_and_in_order(text: str, limit: int) -> None:
    rules: SplitRules = dataclasses.replace(RULES, max_sentence_chars=limit)
    split = split_marked(text, rules=rules)
    flat = " ".join(text.split())
    position = 0
    for i, sentence in enumerate(split.sentences):
        assert len(sentence) <= limit or len(sentence.split()) == 1  # or a single long word
        sentence = " ".join(sentence.split())
        found = flat.find(sentence, position)
        assert found >= 0, sentence
        # a piece starts and ends at a space (or the text's ends): no word is cut
        if i in split.cut:
            assert found == 0 or flat[found - 1] == " "
            end = found + len(sentence)
            assert end == len(flat) or flat[end] == " "
        position = found + len(sentence)
