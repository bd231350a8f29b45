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

from nato_diff import evaluate, load_corpus, track

HERE = Path(__file__).parent / "validity"


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
    positions = tracking.positions
    raised = positions[
        (positions["side"] == "russia")
        & positions["act"].isin(["seeks", "offers", "decides"])
        & (positions["position"] != "non_aligned")
    ]
    print(f"positions an opponent raises on Ukraine's path (must be 0): {len(raised)}")
    claims = tracking.claims.set_index(["doc_id", "sentence_id", "dimension"])
    deciding = [claims.loc[(r.doc_id, r.sentence_id, r.dimension)] for r in positions.itertuples()]
    denied = sum(
        1
        for rows in deciding
        for c in ([rows] if isinstance(rows, pd.Series) else [x for _, x in rows.iterrows()])
        if c["polarity"] == "negated" or c["modality"] in ("question", "hedged")
    )
    print(f"positions decided by a negated, hedged or question claim (must be 0): {denied}")
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
