"""Agreement of the library's claims with the hand-coded development set.

Runs the library on ``benchmarks/validity/documents`` and scores it against
``benchmarks/validity/gold.csv`` (see ``benchmarks/validity/CODEBOOK.md``): precision, recall
and F1 for mentions, sides, acts and rungs, accuracy on paired claims, Cohen's kappa for the
rung, positions per side, and the direction of each side's movement from one position to
the next. Prints the table, then the disagreements by field.

``--heldout`` scores the held-out set instead (``benchmarks/validity/heldout``): documents
written and coded by other coders from the codebook alone, which no rule was ever tuned on.
Its disagreements are not printed, so that reading it does not turn it into a development
set.

Run: python benchmarks/validity_bench.py [--show FIELD] [--gold FILE] [--docs FOLDER]
     python benchmarks/validity_bench.py --heldout
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from nato_diff import Evaluation, Tracking, evaluate, load_corpus, track

HERE = Path(__file__).parent / "validity"


_POSITIVE = ("seeks", "offers", "decides")


def raise_checks(tracking: Tracking, gold: pd.DataFrame, result: Evaluation) -> list[str]:
    """The lines that count positions raised by an opponent, a negation or a report.

    By the library's own reading: a Russian position that seeks, offers or decides a rung
    above non-alignment (opposition read as support; the count of those the coders do not
    give the same act and rung follows, since Moscow may truly ask for a guarantee regime:
    "proposed that the permanent members of the Security Council act as guarantors"), and a
    position whose deciding claim
    (the one it cites: same sentence, side, act and rung) is negated, hedged or a question.
    By the coders' reading of the sentence a position that seeks, offers or decides cites:
    the gold claims there all belong to Russia while the position is another side's (an
    opponent's words raise it); the gold claims there of the position's side are all
    negated, hedged or questions (a denial the library missed); or they are all reports (a
    third party's act or background read as the side's own).
    """
    positions, claims = tracking.positions, tracking.claims
    opposed = positions[
        (positions["side"] == "russia")
        & positions["act"].isin(_POSITIVE)
        & (positions["position"] != "non_aligned")
    ]
    wrong = result.disagreements
    wrong = set(zip(wrong["doc_id"], wrong["dimension"], wrong["field"], strict=True))
    unshared = sum(
        (r.doc_id, r.dimension, "position:russia") in wrong for r in opposed.itertuples()
    )
    deciding = positions.merge(
        claims,
        left_on=["doc_id", "sentence_id", "dimension", "side", "act", "position"],
        right_on=["doc_id", "sentence_id", "dimension", "side", "act", "rung"],
        suffixes=("", "_claim"),
    )
    denied = deciding[
        (deciding["polarity"] == "negated") | deciding["modality"].isin(["question", "hedged"])
    ]
    coded = gold[gold["mentioned"].fillna("yes") == "yes"]
    by_sentence = {key: rows for key, rows in coded.groupby(["doc_id", "sentence", "dimension"])}
    opponent_words = missed_denial = missed_report = 0
    for row in positions[positions["act"].isin(_POSITIVE)].itertuples():
        rows = by_sentence.get((row.doc_id, row.sentence, row.dimension))
        if rows is None:
            continue
        if set(rows["side"].dropna()) == {"russia"} and row.side != "russia":
            opponent_words += 1
        own = rows[rows["side"] == row.side]
        firm = (own["polarity"].fillna("affirmed") == "affirmed") & own["modality"].fillna(
            "firm"
        ).isin(["firm", "conditional"])
        if len(own) and not firm.any():
            missed_denial += 1
        elif len(own) and (own["act"] == "reports").all():
            missed_report += 1
    return [
        f"positions an opponent raises on Ukraine's path (must be 0): {len(opposed)}"
        f" read as support, {unshared} of them not the coders' reading; {opponent_words} from"
        " an opponent's words (coders' reading)",
        f"positions decided by a negated, hedged or question claim (must be 0): {len(denied)}"
        f" by the library's reading; {missed_denial} by the coders' reading",
        f"positions decided by what the coders read as a report of another's act: {missed_report}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", default=str(HERE / "documents"))
    parser.add_argument("--gold", default=str(HERE / "gold.csv"))
    parser.add_argument("--show", action="append", default=[], help="print disagreements")
    parser.add_argument(
        "--heldout", action="store_true", help="score the held-out set (the table only)"
    )
    args = parser.parse_args()
    if args.heldout:
        args.docs, args.gold = str(HERE / "heldout" / "documents"), str(HERE / "heldout/gold.csv")
    tracking = track(load_corpus(args.docs))
    result = evaluate(tracking, args.gold)
    print(f"documents: {len(tracking.corpus)}; gold rows: {len(pd.read_csv(args.gold))}")
    print(result.to_text())
    for line in raise_checks(tracking, pd.read_csv(args.gold, dtype=str), result):
        print(line)
    if args.heldout:
        return
    print("disagreements by field:")
    print(result.disagreements["field"].str.split(":").str[0].value_counts().to_string())
    with pd.option_context("display.max_colwidth", 90, "display.width", 250):
        for field in args.show:
            rows = result.disagreements[result.disagreements["field"].str.startswith(field)]
            print(f"\n--- {field}: {len(rows)}")
            print(
                rows[["doc_id", "dimension", "gold", "predicted", "sentence"]].to_string(
                    index=False
                )
            )


if __name__ == "__main__":
    main()
