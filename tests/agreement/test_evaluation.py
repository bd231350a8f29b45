"""evaluate: scores and disagreements of a tracking against a small hand-coded table."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest

from nato_diff import Evaluation, GoldError, Tracking, evaluate, track
from nato_diff.agreement import SCORE_COLUMNS
from nato_diff.corpus import Corpus, make_document

RADA = "The Verkhovna Rada voted to abolish the country's non-aligned status."
TITLE = "Olena Petrenko, head of the government office for NATO membership, attended the session."
KNOCK = "Kyiv will keep asking to be let in whatever Moscow says."
OPPOSE = "Russia categorically opposes Ukraine's membership in NATO."

# The library's sentences (checked in test_the_corpus_reads_as_coded):
#   rada 1 RADA    -> mention; claim ukraine rejects non_aligned       (agrees with gold)
#   rada 2 TITLE   -> mention; claim (narrator) reports open_door      (a job title: gold says no)
#   rada 3 KNOCK   -> no mention                                       (gold says yes: missed)
#   kremlin 1 OPPOSE -> mention; claim russia rejects open_door        (agrees with gold)
GOLD = (
    "doc_id,sentence,dimension,mentioned,holder,side,act,rung,polarity,modality,target\n"
    f"rada,{RADA},membership_path,yes,the Verkhovna Rada,"
    "ukraine,rejects,non_aligned,affirmed,firm,ukraine\n"
    f'rada,"{TITLE}",membership_path,no,,,,,,,\n'
    f"rada,{KNOCK},membership_path,yes,Kyiv,ukraine,seeks,open_door,affirmed,firm,ukraine\n"
    f"kremlin,{OPPOSE},membership_path,yes,Russia,russia,rejects,open_door,affirmed,firm,ukraine\n"
)


@pytest.fixture(scope="module")
def tracking() -> Tracking:
    rada = make_document(
        "rada",
        f"Vote in Kyiv\n\n{RADA} {TITLE} {KNOCK} The deputies applauded after the vote.",
        date=dt.date(2014, 12, 23),
    )
    kremlin = make_document(
        "kremlin",
        f"Answer from Moscow\n\n{OPPOSE} The weather in Moscow was cold.",
        date=dt.date(2014, 12, 24),
    )
    return track(Corpus([rada, kremlin]))


def _gold(text: str = GOLD) -> pd.DataFrame:
    return pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def evaluation(tracking: Tracking) -> Evaluation:
    return evaluate(tracking, _gold())


def _score(ev: Evaluation, measure: str) -> pd.Series:
    return ev.scores.set_index("measure").loc[measure]


def test_the_corpus_reads_as_coded(tracking: Tracking) -> None:
    assert tracking.corpus["rada"].sentences[1:4] == (RADA, TITLE, KNOCK)
    mentions = tracking.mentions[["doc_id", "sentence_id", "dimension"]]
    assert list(mentions.itertuples(index=False, name=None)) == [
        ("rada", 1, "membership_path"),
        ("rada", 2, "membership_path"),
        ("kremlin", 1, "membership_path"),
    ]


def test_scores_table_shape(evaluation: Evaluation) -> None:
    assert list(evaluation.scores.columns) == list(SCORE_COLUMNS)
    assert list(evaluation.scores["measure"]) == [
        "mention",
        "side",
        "act",
        "rung",
        "position",
        "direction",
    ]


def test_mention_precision_and_recall(evaluation: Evaluation) -> None:
    # gold yes: RADA, KNOCK, OPPOSE; predicted: RADA, TITLE, OPPOSE -> 2 hits of 3 and 3.
    row = _score(evaluation, "mention")
    assert (row["n_gold"], row["n_predicted"]) == (3, 3)
    assert row[["precision", "recall", "f1"]].tolist() == pytest.approx([2 / 3, 2 / 3, 2 / 3])


def test_mention_disagreements_name_the_sentences(evaluation: Evaluation) -> None:
    d = evaluation.disagreements
    mention = d[d["field"] == "mention"]
    assert mention[["doc_id", "sentence_id", "sentence", "gold", "predicted"]].to_dict(
        "records"
    ) == [
        {"doc_id": "rada", "sentence_id": 2, "sentence": TITLE, "gold": "no", "predicted": "yes"},
        {"doc_id": "rada", "sentence_id": 3, "sentence": KNOCK, "gold": "yes", "predicted": "no"},
    ]


@pytest.mark.parametrize("field", ["side", "act", "rung"])
def test_paired_claims_agree_on_every_field(evaluation: Evaluation, field: str) -> None:
    # RADA and OPPOSE are paired (KNOCK has no library claim to pair with); both agree.
    row = _score(evaluation, field)
    assert row["n_gold"] == 3
    assert row["n_paired"] == 2
    assert row["accuracy"] == 1.0
    # Units (sentence, dimension, value): the narrator's claim on TITLE is an extra one,
    # KNOCK a missed one: 2 of 3 either way.
    assert row[["precision", "recall"]].tolist() == pytest.approx([2 / 3, 2 / 3])
    assert not (evaluation.disagreements["field"] == field).any()


def test_rung_kappa(evaluation: Evaluation) -> None:
    # Pairs (non_aligned, non_aligned) and (open_door, open_door): p_o = 1, p_e = 1/2 -> 1.0.
    assert _score(evaluation, "rung")["kappa"] == pytest.approx(1.0)
    assert pd.isna(_score(evaluation, "side")["kappa"])


def test_positions(evaluation: Evaluation) -> None:
    # Gold: Ukraine seeks open_door (KNOCK outranks the rejected non_aligned), Russia rejects
    # open_door. Library: Ukraine rejects non_aligned (it missed KNOCK), Russia rejects open_door.
    row = _score(evaluation, "position")
    assert (row["n_gold"], row["n_predicted"], row["n_paired"]) == (2, 2, 1)
    assert row["accuracy"] == pytest.approx(0.5)
    d = evaluation.disagreements
    pos = d[d["field"].str.startswith("position:")]
    assert pos[["doc_id", "field", "gold", "predicted"]].to_dict("records") == [
        {
            "doc_id": "rada",
            "field": "position:ukraine",
            "gold": "seeks open_door",
            "predicted": "rejects non_aligned",
        }
    ]


def test_a_wrong_gold_side_shows_up_as_a_disagreement(tracking: Tracking) -> None:
    wrong = GOLD.replace(
        f"{OPPOSE},membership_path,yes,Russia,russia", f"{OPPOSE},membership_path,yes,Russia,nato"
    )
    assert wrong != GOLD
    ev = evaluate(tracking, _gold(wrong))
    side = _score(ev, "side")
    assert side["n_paired"] == 2
    assert side["accuracy"] == pytest.approx(0.5)
    assert _score(ev, "act")["accuracy"] == 1.0  # the act was coded right
    d = ev.disagreements
    rows = d[d["field"] == "side"]
    assert rows[["doc_id", "sentence_id", "sentence", "dimension", "gold", "predicted"]].to_dict(
        "records"
    ) == [
        {
            "doc_id": "kremlin",
            "sentence_id": 1,
            "sentence": OPPOSE,
            "dimension": "membership_path",
            "gold": "nato",
            "predicted": "russia",
        }
    ]


def test_a_gold_sentence_not_in_the_document_is_reported_and_left_out(
    tracking: Tracking, evaluation: Evaluation
) -> None:
    extra = GOLD + "rada,NATO leaders met in Vilnius.,membership_path,yes,,nato,decides,map,,,\n"
    ev = evaluate(tracking, _gold(extra))
    d = ev.disagreements
    missing = d[d["field"] == "sentence"]
    assert missing[["doc_id", "sentence", "gold", "predicted"]].to_dict("records") == [
        {
            "doc_id": "rada",
            "sentence": "NATO leaders met in Vilnius.",
            "gold": "found",
            "predicted": "not found",
        }
    ]
    assert missing["sentence_id"].isna().all()
    pd.testing.assert_frame_equal(ev.scores, evaluation.scores)


def test_an_unknown_document_raises(tracking: Tracking) -> None:
    bad = GOLD + "tass,Some sentence.,membership_path,yes,,,,,,,\n"
    with pytest.raises(GoldError, match="documents the tracking does not have: tass"):
        evaluate(tracking, _gold(bad))


def test_a_csv_path_scores_like_the_frame(
    tmp_path: Path, tracking: Tracking, evaluation: Evaluation
) -> None:
    path = tmp_path / "gold.csv"
    path.write_text(GOLD, encoding="utf-8")
    pd.testing.assert_frame_equal(evaluate(tracking, path).scores, evaluation.scores)


def test_a_bad_gold_file_raises_gold_error(tmp_path: Path, tracking: Tracking) -> None:
    path = tmp_path / "gold.csv"
    path.write_text(GOLD.replace("rejects,non_aligned", "abolishes,non_aligned"), encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold\.csv:2: unknown act 'abolishes'"):
        evaluate(tracking, path)


def test_to_text_rounds_to_two_decimals(evaluation: Evaluation) -> None:
    text = evaluation.to_text()
    assert text.splitlines()[0].split() == list(SCORE_COLUMNS)
    mention = next(line for line in text.splitlines() if line.split()[0] == "mention")
    assert mention.split()[4:7] == ["0.67", "0.67", "0.67"]
