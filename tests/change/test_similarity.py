from __future__ import annotations

import difflib
import itertools
import re
from pathlib import Path

import pandas as pd
import pytest

from nato_diff.change.similarity import (
    DEFAULT_THRESHOLD,
    PassageDiff,
    diff_sentences,
    sentence_ratio,
    sequence_ratio,
    word_diff,
)
from nato_diff.errors import NatoDiffError

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_paragraphs(name: str) -> list[str]:
    (path,) = SEEDS.glob(f"{name}_*.txt")
    text = path.read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n") if p.strip()]


def split(paragraph: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", paragraph.strip())


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


# Rewordings of seed sentences (tense, swapped words, changed figures, cut clauses).
REWORDINGS = [
    (
        "The parties praised the cooperation between Ukraine and NATO in overcoming the "
        "COVID-19 pandemic.",
        "The parties welcomed cooperation between Ukraine and NATO in fighting the COVID-19 "
        "pandemic.",
    ),
    (
        "Jens Stoltenberg said he would insist on that.",
        "Jens Stoltenberg says he will insist on it.",
    ),
    (
        "The Russian army is preparing for further offensive actions.",
        "The Russian army is preparing new offensive operations.",
    ),
    ("Ukraine deserves an invitation to NATO.", "Ukraine deserves an invitation to join NATO."),
    (
        "This is Jens Stoltenberg's third visit to Ukraine since the start of full-scale Russian "
        "invasion.",
        "This is Jens Stoltenberg's fourth visit to Ukraine since the start of the full-scale "
        "Russian invasion.",
    ),
    (
        "This is the first visit of Jens Stoltenberg to Ukraine since the beginning of Russia’s "
        "full-scale war against Ukraine.",
        "It was the first visit by Jens Stoltenberg to Ukraine since Russia's full-scale war "
        "began.",
    ),
    (
        "He further noted that over 140 nations stood up for Ukraine’s sovereignty at the United "
        "Nations.",
        "He also noted that more than 140 nations stand up for Ukraine's sovereignty at the UN.",
    ),
    (
        "During the meeting, preparations for the NATO summit, which will take place in "
        "Washington in July, were also discussed.",
        "During the meeting, they also discussed preparations for the NATO summit in Washington "
        "in July.",
    ),
    (
        "NATO allies provided €65 billion in military aid.",
        "NATO allies provided nearly €100 billion in military aid.",
    ),
]

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


# --- diff_sentences ---------------------------------------------------------------------------

BLACK_SEA = [
    "The President stressed the importance of cooperation with NATO to maintain security in the "
    "Black Sea.",
    "He spoke in favor of expanding the Alliance's activities in the Black Sea region and noted "
    "that Ukraine is interested in increasing the presence of NATO forces in the Black Sea.",
    "The Secretary General of the Alliance noted that the Organization will make efforts to "
    "increase its presence in the Black Sea, and has already begun to do so.",
]
JUDICIAL = [
    "He stressed that Ukraine continues Euro-Atlantic reforms and the corresponding "
    "modernization of the security and defense sector, as well as remains committed to "
    "strengthening the rule of law and eradicating corruption.",
    "Volodymyr Zelenskyy added that Ukraine is committed to reform the anticorruption sector and "
    "implement the essential judicial reform.",
]


def test_diff_of_a_document_with_itself_is_all_equal():
    sentences = [s for p in seed_paragraphs("004") for s in split(p)]
    d = diff_sentences(sentences, sentences)
    assert set(d.table["op"]) == {"equal"}
    assert d.n_equal == len(sentences) == len(d.table)
    assert d.ratio == 1.0
    assert d.table["a_sentence_id"].tolist() == list(range(len(sentences)))
    assert d.table["b_sentence_id"].tolist() == list(range(len(sentences)))


def test_unrelated_passages_have_near_zero_similarity():
    d = diff_sentences(BLACK_SEA, JUDICIAL)
    assert d.ratio < 0.2
    assert d.n_equal == d.n_reworded == 0
    assert (d.n_dropped, d.n_added) == (3, 2)
    assert d.table["op"].tolist() == ["dropped"] * 3 + ["added"] * 2


def test_reworded_pair_is_classified_with_word_diff():
    a = ["Talks were held in Kyiv.", "NATO allies provided €65 billion in military aid."]
    b = ["Talks were held in Kyiv.", "NATO allies provided nearly €100 billion in military aid."]
    d = diff_sentences(a, b)
    assert d.table["op"].tolist() == ["equal", "reworded"]
    row = d.table.iloc[1]
    assert (row["a_sentence_id"], row["b_sentence_id"]) == (1, 1)
    assert row["ratio"] == pytest.approx(sentence_ratio(a[1], b[1]))
    assert "[-65-]" in row["word_diff"]
    assert "{+100+}" in row["word_diff"]
    assert "{+nearly+}" in row["word_diff"]
    assert d.n_reworded == 1


def test_inserted_sentence_is_added_and_the_rest_equal():
    a = BLACK_SEA
    inserted = "Jens Stoltenberg said he would insist on that."
    b = [a[0], inserted, a[1], a[2]]
    d = diff_sentences(a, b, a_ids=[10, 11, 12], b_ids=[20, 21, 22, 23])
    expected = pd.DataFrame(
        {
            "op": pd.Series(["equal", "added", "equal", "equal"], dtype=object),
            "a_sentence_id": pd.array([10, None, 11, 12], dtype="Int64"),
            "b_sentence_id": pd.array([20, 21, 22, 23], dtype="Int64"),
            "a_sentence": pd.Series([a[0], None, a[1], a[2]], dtype=object),
            "b_sentence": pd.Series(b, dtype=object),
            "ratio": [1.0, 0.0, 1.0, 1.0],
            "word_diff": pd.Series([a[0], "{+" + inserted + "+}", a[1], a[2]], dtype=object),
        }
    )
    pd.testing.assert_frame_equal(d.table, expected)
    assert (d.n_equal, d.n_added, d.n_dropped, d.n_reworded) == (3, 1, 0, 0)


def test_rows_follow_document_order_with_mixed_changes():
    a = ["Intro line here.", "Allies sent 5 tanks to the front.", "Old point.", "Closing line."]
    b = ["Intro line here.", "New point.", "Allies sent 7 tanks to the front.", "Closing line."]
    d = diff_sentences(a, b)
    assert d.table["op"].tolist() == ["equal", "added", "reworded", "dropped", "equal"]
    # a's order, with b-only rows inserted where they fall
    assert d.table["a_sentence_id"].dropna().tolist() == [0, 1, 2, 3]
    assert d.table["b_sentence_id"].dropna().tolist() == [0, 1, 2, 3]


def test_pairs_never_cross():
    x = "Allies agreed to send more air defence systems to Ukraine this winter."
    y = "The summit in Vilnius took three historic decisions on membership."
    x2 = "Allies agreed to send more air defence systems to Ukraine this spring."
    y2 = "The summit in Vilnius took two historic decisions on membership."
    d = diff_sentences([x, y], [y2, x2])
    assert d.n_reworded == 1
    assert d.table["a_sentence_id"].dropna().is_monotonic_increasing
    assert d.table["b_sentence_id"].dropna().is_monotonic_increasing
    # the better match (x → x2) is the one kept
    reworded = d.table[d.table["op"] == "reworded"].iloc[0]
    assert (reworded["a_sentence"], reworded["b_sentence"]) == (x, x2)


def test_a_moved_sentence_does_not_block_the_pairs_around_it():
    # c ~ c2 is the closest pair, but taking it would leave x and y unpaired.
    x = "Allies agreed to send more air defence systems to Ukraine this winter."
    y = "The summit in Vilnius took three historic decisions on membership."
    c = "NATO allies provided €65 billion in military aid since February 2022 to Ukraine."
    x2 = "Allies agreed to send air defence systems to Ukraine this spring."
    y2 = "The summit in Vilnius took two decisions on membership."
    c2 = "NATO allies provided €66 billion in military aid since February 2022 to Ukraine."
    assert sentence_ratio(c, c2) > max(sentence_ratio(x, x2), sentence_ratio(y, y2))
    d = diff_sentences([x, y, c], [c2, x2, y2])
    assert d.table["op"].tolist() == ["added", "reworded", "reworded", "dropped"]
    assert d.table["b_sentence"].tolist() == [c2, x2, y2, None]


def test_whitespace_differences_are_equal():
    d = diff_sentences(["Allies  met\nin Kyiv."], ["Allies met in Kyiv."])
    assert d.table["op"].tolist() == ["equal"]
    assert d.table["a_sentence"].tolist() == ["Allies  met\nin Kyiv."]


def test_repeated_sentences_in_long_passages_still_align():
    a = ["Thank you very much."] * 300
    d = diff_sentences(a, ["Questions followed.", *a])
    assert d.n_equal == 300
    assert d.table["op"].iloc[0] == "added"


def test_threshold_controls_pairing():
    a, b = REWORDINGS[1]
    assert diff_sentences([a], [b]).n_reworded == 1
    strict = diff_sentences([a], [b], threshold=0.99)
    assert strict.table["op"].tolist() == ["dropped", "added"]


@pytest.mark.parametrize(
    ("a", "b", "ratio", "ops"),
    [
        ([], [], 1.0, []),
        (["Ukraine will join NATO."], [], 0.0, ["dropped"]),
        ([], ["Ukraine will join NATO."], 0.0, ["added"]),
    ],
)
def test_empty_passages(a, b, ratio, ops):
    d = diff_sentences(a, b)
    assert d.ratio == ratio
    assert d.table["op"].tolist() == ops
    assert list(d.table.columns) == [
        "op",
        "a_sentence_id",
        "b_sentence_id",
        "a_sentence",
        "b_sentence",
        "ratio",
        "word_diff",
    ]
    assert str(d.table["a_sentence_id"].dtype) == "Int64"


def test_bad_arguments_raise():
    with pytest.raises(TypeError, match="sequence of sentences"):
        diff_sentences("One sentence.", ["One sentence."])
    with pytest.raises(NatoDiffError, match="a_ids: 1 ids given for 2 sentences"):
        diff_sentences(["A.", "B."], ["A."], a_ids=[3])
    with pytest.raises(ValueError, match="threshold"):
        diff_sentences(["A."], ["B."], threshold=1.5)


def test_to_text_renders_each_op():
    a = ["Intro line here.", "Allies sent 5 tanks to the front.", "Old point."]
    b = ["Intro line here.", "New point.", "Allies sent 7 tanks to the front."]
    d = diff_sentences(a, b, a_label="doc1 (2023-04-20)", b_label="doc2 (2023-09-28)")
    assert d.to_text().splitlines() == [
        "--- doc1 (2023-04-20)",
        "+++ doc2 (2023-09-28)",
        f"@@ 1 equal, 1 reworded, 1 dropped, 1 added; similarity {d.ratio:.2f} @@",
        "  Intro line here.",
        "+ New point.",
        "~ Allies sent [-5-]{+7+} tanks to the front.",
        "- Old point.",
    ]


def test_to_html_escapes_document_text():
    evil = "The page said <script>alert(1)</script> & more."
    d = diff_sentences(["Intro.", evil], ["Intro.", evil.replace("more", "less")])
    d2 = diff_sentences([evil], [], a_label="<b>label</b>")
    for html in (d.to_html(), d2.to_html()):
        assert "&lt;script&gt;" in html
        assert "<script" not in html
    assert "&lt;b&gt;label&lt;/b&gt;" in d2.to_html()
    assert "&amp; <del" in d.to_html()


def test_to_html_marks_changes_side_by_side():
    d = diff_sentences(
        ["NATO allies provided €65 billion in military aid.", "Dropped one."],
        ["NATO allies provided nearly €100 billion in military aid."],
        a_label="before",
        b_label="after",
    )
    html = d.to_html()
    assert html.startswith("<table") and html.endswith("</table>")
    assert re.search(r"<del[^>]*>65</del>", html)
    assert re.search(r"<ins[^>]*>100</ins>", html)
    assert re.search(r"<ins[^>]*>nearly</ins>", html)
    assert re.search(r"<del[^>]*>Dropped one\.</del>", html)
    assert html.count("<tr data-op=") == 2
    assert ">before<" in html and ">after<" in html
    assert d._repr_html_() == html


def test_passage_diff_is_frozen():
    d = diff_sentences(["A b c."], ["A b c."])
    assert isinstance(d, PassageDiff)
    with pytest.raises(AttributeError):
        d.a_label = "x"  # type: ignore[misc]
