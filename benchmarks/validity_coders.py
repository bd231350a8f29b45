"""Agreement between two hand codings of the same documents: the ceiling for the library.

The development set (``benchmarks/validity/gold.csv``) was coded once. A second, independent
coding of some of its documents (``benchmarks/validity/second_coder.csv``, same codebook,
same columns) says how far two careful coders agree: where they do not, no rule can be
"right" more often than they agree with each other. The measures are the library's
(``validity_bench.py``): mention precision/recall/F1 of the second coder against the first,
and, for claims on the same sentence and dimension paired best first, agreement on side,
act and rung (with Cohen's kappa for the rung), on the documents both coded.

Run: python benchmarks/validity_coders.py [--first FILE] [--second FILE]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

import pandas as pd

from nato_diff.agreement import read_gold
from nato_diff.agreement.align import best_pairs, words_key
from nato_diff.agreement.scores import cohen_kappa

HERE = Path(__file__).parent / "validity"
FIELDS = ("side", "act", "rung")


def _units(frame: pd.DataFrame) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Claims by (document, sentence words, dimension)."""
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for row in frame.to_dict("records"):
        key = (str(row["doc_id"]), words_key(str(row["sentence"])), str(row["dimension"]))
        out.setdefault(key, []).append(row)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--first", default=str(HERE / "gold.csv"))
    parser.add_argument("--second", default=str(HERE / "second_coder.csv"))
    args = parser.parse_args()
    first, second = read_gold(args.first), read_gold(args.second)
    docs = sorted(set(first["doc_id"]) & set(second["doc_id"]))
    text = [c for c in first.columns if c != "sentence_id"]
    first = first.loc[first["doc_id"].isin(docs), text].fillna("")
    second = second.loc[second["doc_id"].isin(docs), text].fillna("")
    print(f"documents coded twice: {len(docs)}; rows: {len(first)} and {len(second)}")

    yes_a = {k for k, rows in _units(first).items() if rows[0]["mentioned"] == "yes"}
    yes_b = {k for k, rows in _units(second).items() if rows[0]["mentioned"] == "yes"}
    hit = len(yes_a & yes_b)
    p, r = hit / len(yes_b), hit / len(yes_a)
    print(f"mention: P {p:.2f}  R {r:.2f}  F1 {2 * p * r / (p + r):.2f}  (second vs first)")

    a_units = _units(first[first["mentioned"] == "yes"])
    b_units = _units(second[second["mentioned"] == "yes"])
    pairs = [
        pr
        for k in a_units.keys() & b_units.keys()
        for pr in best_pairs(a_units[k], b_units[k], FIELDS)
    ]
    ladder = [(a, b) for a, b in pairs if a["rung"] or b["rung"]]
    print(f"paired claims: {len(pairs)}")
    for field in FIELDS:
        used = ladder if field == "rung" else pairs
        same = sum(a[field] == b[field] for a, b in used) / len(used)
        extra = ""
        if field == "rung":
            kappa = cohen_kappa([a[field] for a, _ in used], [b[field] for _, b in used])
            extra = f"  kappa {kappa:.2f}"
        print(f"{field:5s} agreement {same:.2f}{extra}")
    acts = Counter((a["act"], b["act"]) for a, b in pairs if a["act"] != b["act"])
    print("act disagreements (first -> second):")
    for (x, y), n in acts.most_common(8):
        print(f"  {x:8s} -> {y:8s} {n}")


if __name__ == "__main__":
    main()
