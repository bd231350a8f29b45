from __future__ import annotations

import difflib
import itertools

import pytest

from nato_diff.change.similarity import (
    DEFAULT_THRESHOLD,
    sentence_ratio,
    sequence_ratio,
    word_diff,
)

from .conftest import REWORDINGS, seed_paragraphs, split

# --- sequence_ratio ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("abcd", "bcde", 0.75),
        ("abc", "abc", 1.0),
        ("", "", 1.0),
        ([], [], 1.0),
        ("", "abc", 0.0),
        (["nato"], [], 0.0),
        ("abc", "xyz", 0.0),
        (["nato", "allies"], ["nato", "members"], 0.5),
    ],
)
def test_sequence_ratio_values(a, b, expected):
    assert sequence_ratio(a, b) == pytest.approx(expected)


def test_sequence_ratio_keeps_frequent_words_in_long_sequences():
    # difflib's autojunk would treat "the" (over 1 % of 301 words) as junk and find nothing.
    a, b = ["the"] * 300 + ["end"], ["start"] + ["the"] * 300
    assert sequence_ratio(a, b) == pytest.approx(600 / 602)
    assert difflib.SequenceMatcher(None, a, b).ratio() == 0.0


# --- sentence_ratio ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("The door is open.", "the door is OPEN", 1.0),
        ("NATO's door, open!", "NATO's   door open", 1.0),
        ("", "", 1.0),
        ("...", " ", 1.0),
        ("Ukraine will join NATO.", "", 0.0),
        ("NATO allies provided aid.", "Nato allies provide aid", 0.75),
        # currency signs are words: €5 and $5 differ
        ("It cost €5.", "It cost $5.", 0.75),
        ("Black Sea security.", "Judicial reform.", 0.0),
    ],
)
def test_sentence_ratio_values(a, b, expected):
    assert sentence_ratio(a, b) == pytest.approx(expected)


# Different sentences of the seeds, including the closest unrelated pairs measured.
UNRELATED = [
    (
        "This is Jens Stoltenberg's third visit to Ukraine since the start of full-scale Russian "
        "invasion.",
        "This is the first visit of Jens Stoltenberg to Ukraine since the beginning of Russia’s "
        "full-scale war against Ukraine.",
    ),
    (
        "He also thanked Ukraine for its participation in NATO missions.",
        "Ukraine seeks to increase participation in NATO missions and operations, says Olha "
        "Stefanishyna",
    ),
    (
        "The President stressed the importance of cooperation with NATO to maintain security in "
        "the Black Sea.",
        "The parties praised the cooperation between Ukraine and NATO in overcoming the COVID-19 "
        "pandemic.",
    ),
    (
        "Jens Stoltenberg said he would insist on that.",
        "Ukraine deserves an invitation to NATO.",
    ),
]


@pytest.mark.parametrize(("a", "b"), REWORDINGS)
def test_rewordings_reach_default_threshold(a, b):
    assert sentence_ratio(a, b) >= DEFAULT_THRESHOLD


@pytest.mark.parametrize(("a", "b"), UNRELATED)
def test_unrelated_sentences_stay_below_default_threshold(a, b):
    assert sentence_ratio(a, b) < DEFAULT_THRESHOLD


def test_unrelated_sentences_of_one_statement_all_below_threshold():
    # body only: the headline (paragraph 1) is repeated in a quotation further down
    body = seed_paragraphs("000")[3:]
    sentences = [s for p in body for s in split(p) if len(s.split()) >= 8]
    assert len(sentences) >= 25
    ratios = [sentence_ratio(a, b) for a, b in itertools.combinations(sentences, 2)]
    assert max(ratios) < DEFAULT_THRESHOLD


# --- word_diff --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (
            "NATO allies provided €65 billion in military aid.",
            "NATO allies provided nearly €100 billion in military aid.",
            "NATO allies provided {+nearly+} €[-65-]{+100+} billion in military aid.",
        ),
        ("The door is open.", "The door is open.", "The door is open."),
        ("The door  is\nopen.", "The door is open.", "The door is open."),
        ("", "", ""),
        ("Old text.", "", "[-Old text.-]"),
        ("", "New text.", "{+New text.+}"),
        (
            "The President noted it.",
            "The President notes it.",
            "The President [-noted-]{+notes+} it.",
        ),
        ("Previously, allies met.", "Allies met.", "[-Previously, allies-]{+Allies+} met."),
        ("Allies met.", "Allies met today.", "Allies met {+today+}."),
        ("nato met", "NATO met", "[-nato-]{+NATO+} met"),
    ],
)
def test_word_diff_marks_changes(a, b, expected):
    assert word_diff(a, b) == expected
