from __future__ import annotations

import pandas as pd
import pytest

from nato_diff.change.alignment import align_counts, diff_sentences
from nato_diff.change.similarity import sentence_ratio
from nato_diff.errors import NatoDiffError

from .conftest import REWORDINGS, seed_paragraphs, split

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


def _passage_pairs() -> list[tuple[list[str], list[str]]]:
    paragraphs = [
        split(p) for name in ("000", "001", "002", "003", "004") for p in seed_paragraphs(name)
    ]
    pairs = [(paragraphs[i], paragraphs[i + 1]) for i in range(len(paragraphs) - 1)]
    reworded = [[a for a, _ in REWORDINGS], [b for _, b in REWORDINGS]]
    pairs += [(reworded[0], reworded[1]), (reworded[0][:3], reworded[1][1:]), ([], reworded[1])]
    pairs += [(reworded[0], []), ([], []), (paragraphs[3], paragraphs[3])]
    return pairs


def test_counts_without_a_table_equal_the_diff():
    # The change table reads only the counts and the similarity; align_counts gives
    # exactly those of the full diff for every pair of neighbouring seed paragraphs.
    for a, b in _passage_pairs():
        full = diff_sentences(a, b)
        counts = align_counts(a, b)
        assert (counts.n_equal, counts.n_reworded, counts.n_added, counts.n_dropped) == (
            full.n_equal,
            full.n_reworded,
            full.n_added,
            full.n_dropped,
        )
        assert counts.ratio == full.ratio
    assert align_counts(REWORDINGS[0][:1], REWORDINGS[1][:1]).n_dropped == 1
