"""When are two documents versions of one text? Whole-text similarity of pairs, measured.

Prints the similarity (``nato_diff.change.sentence_ratio`` of the cleaned texts) of
(1) consecutive seed documents, which are different statements; (2) each seed document and
a revision of it in which every tenth sentence is replaced by one from another seed and a
closing sentence is added, as an edited web page or a revised communiqué would be; and
(3) consecutive documents of a synthetic corpus, which share whole paragraphs drawn from the
seeds. The report treats a pair as versions of one text above the threshold printed last.

Usage: python benchmarks/version_bench.py
"""

from __future__ import annotations

import statistics
import tempfile
from itertools import pairwise
from pathlib import Path

from _synth import write_corpus

import nato_diff
from nato_diff.change import sentence_ratio


def _revision(sentences: list[str], others: list[str]) -> str:
    edited = [others[i % len(others)] if i % 10 == 5 else s for i, s in enumerate(sentences)]
    return " ".join([*edited, "This statement was updated with the final figures."])


def main() -> None:
    seeds = list(nato_diff.load_seeds())
    different = [sentence_ratio(a.text, b.text) for a, b in pairwise(seeds)]
    revised = [
        sentence_ratio(d.text, _revision(list(d.sentences), list(seeds[i - 1].sentences)))
        for i, d in enumerate(seeds)
    ]
    with tempfile.TemporaryDirectory() as tmp:
        docs = list(nato_diff.load_corpus(write_corpus(Path(tmp), 200, seed=3)))
    synthetic = [sentence_ratio(a.text, b.text) for a, b in pairwise(docs)]
    for name, values in [
        ("different seed statements", different),
        ("seed and its revision", revised),
        ("synthetic neighbours (shared paragraphs)", synthetic),
    ]:
        print(
            f"{name:42s} n={len(values):3d} min={min(values):.3f} "
            f"median={statistics.median(values):.3f} max={max(values):.3f}"
        )
    print(
        f"threshold between the highest non-version and the lowest revision: "
        f"{(max(different + synthetic) + min(revised)) / 2:.2f}"
    )


if __name__ == "__main__":
    main()
