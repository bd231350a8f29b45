"""Aligning gold rows with the library's sentences by their words."""

from __future__ import annotations

import pandas as pd
import pytest

from nato_diff.agreement.align import align_sentences, words_key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("“Ukraine deserves an invitation,” he said.", "ukraine deserves an invitation he said"),
        ('"Ukraine deserves an invitation," he said.', "ukraine deserves an invitation he said"),
        ("RUSSIA   Opposes\tthe\nexpansion!", "russia opposes the expansion"),
        ("Ukraine's path", "ukraine s path"),
        ("Ukraine’s path", "ukraine s path"),
        ("non-aligned (neutral) status; 2014", "non aligned neutral status 2014"),
        ("snake_case words", "snake case words"),
        ("Україна — член НАТО!", "україна член нато"),
        ("...", ""),
    ],
)
def test_words_key_folds_case_quotes_and_punctuation(text: str, key: str) -> None:
    assert words_key(text) == key


def _gold(*rows: tuple[str, int | None, str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": [r[0] for r in rows],
            "sentence_id": pd.array([r[1] for r in rows], dtype="Int64"),
            "sentence": [r[2] for r in rows],
        }
    )


SENTENCES = {
    "kyiv": [
        "Parliament meets",
        '"Ukraine deserves an invitation," the President said, and Russia objected.',
        "Ukraine deserves an invitation.",
        "The Rada voted.",
        "The deputies applauded after the long vote.",
    ],
    "moscow": ["Russia categorically opposes Ukraine's membership in NATO."],
}


def test_an_exact_match_by_words_wins_over_containment() -> None:
    # Sentence 1 contains the words too and comes first; the exact match (2) is taken.
    gold = _gold(("kyiv", None, "UKRAINE deserves an “invitation”"))
    assert align_sentences(gold, SENTENCES).tolist() == [2]


def test_a_gold_sentence_inside_a_longer_library_sentence_is_found() -> None:
    # The coder split at the comma; the library kept one sentence.
    gold = _gold(("moscow", None, "Russia categorically opposes Ukraine’s membership"))
    assert align_sentences(gold, SENTENCES).tolist() == [0]


def test_a_gold_sentence_spanning_two_library_sentences_takes_the_larger() -> None:
    # The library split "The Rada voted." off; the gold text contains both sentences 3 and 4,
    # and shares more words with 4.
    gold = _gold(("kyiv", None, "The Rada voted; the deputies applauded after the long vote."))
    assert align_sentences(gold, SENTENCES).tolist() == [4]


def test_no_match_is_na() -> None:
    gold = _gold(
        ("kyiv", None, "NATO leaders met in Vilnius."),
        ("kyiv", None, ""),
        ("nowhere", None, "Ukraine deserves an invitation."),
    )
    result = align_sentences(gold, SENTENCES)
    assert str(result.dtype) == "Int64"
    assert result.isna().all()


def test_a_given_sentence_id_wins_over_the_text() -> None:
    # The text matches sentence 2 exactly, but the coder named sentence 0.
    gold = _gold(
        ("kyiv", 0, "Ukraine deserves an invitation."),
        ("kyiv", 7, "Ukraine deserves an invitation."),  # beyond the document: no sentence
    )
    result = align_sentences(gold, SENTENCES)
    assert result.iloc[0] == 0
    assert result.isna().iloc[1]


def test_result_keeps_the_gold_index() -> None:
    gold = _gold(
        ("moscow", None, "Russia categorically opposes Ukraine's membership in NATO."),
        ("kyiv", None, "The Rada voted."),
    )
    gold.index = pd.Index([10, 20])
    result = align_sentences(gold, SENTENCES)
    assert result.to_dict() == {10: 0, 20: 3}
