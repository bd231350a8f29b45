"""Tables of documents: the same tables from a folder, a DataFrame, CSV, JSONL and Parquet.

Loads the seed documents five ways (their folder with its manifest; a DataFrame with
doc_id, source and text columns; the same table written as CSV, JSONL and Parquet), tracks
each corpus and checks that every table of the Tracking is equal to the folder's. Prints
the load time of each way.

Run: python benchmarks/tables_bench.py
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd

import nato_diff
from nato_diff.corpus import Corpus

TABLES = (
    "documents",
    "mentions",
    "timeline",
    "positions",
    "facets",
    "figures",
    "changes",
    "summaries",
    "lifecycle",
    "readability",
    "provenance",
)


def main() -> None:
    folder = nato_diff.load_seeds()
    frame = pd.DataFrame(
        {
            "doc_id": [d.doc_id for d in folder],
            "source": [d.source for d in folder],
            "text": [d.raw_text for d in folder],
        }
    )
    reference = nato_diff.track(folder)
    with tempfile.TemporaryDirectory() as tmp:
        files = {suffix: Path(tmp) / f"seeds{suffix}" for suffix in (".csv", ".jsonl", ".parquet")}
        frame.to_csv(files[".csv"], index=False)
        frame.to_json(files[".jsonl"], orient="records", lines=True, force_ascii=False)
        frame.to_parquet(files[".parquet"], index=False)
        ways: dict[str, Callable[[], Corpus]] = {
            "folder": nato_diff.load_seeds,
            "DataFrame": lambda: Corpus.from_frame(frame),
            **{f"{s[1:]} file": (lambda p=p: nato_diff.load_corpus(p)) for s, p in files.items()},
        }
        for name, load in ways.items():
            started = time.perf_counter()
            corpus = load()
            elapsed = time.perf_counter() - started
            tracking = nato_diff.track(corpus)
            unequal = []
            for table in TABLES:
                try:
                    pd.testing.assert_frame_equal(
                        getattr(tracking, table), getattr(reference, table)
                    )
                except AssertionError:
                    unequal.append(table)
            verdict = "all tables equal" if not unequal else f"DIFFER: {', '.join(unequal)}"
            print(f"{name:<13} load {elapsed * 1e3:7.1f} ms  {len(corpus)} documents  {verdict}")


if __name__ == "__main__":
    main()
