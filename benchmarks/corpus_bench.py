"""How loading (clean, date, split) scales with the number and the size of documents.

Run: python benchmarks/corpus_bench.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _synth import write_corpus

from nato_diff import load_corpus
from nato_diff.corpus import clean, find_date, split_sentences


def timed(fn, *args, **kw):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    out = fn(*args, **kw)
    return out, time.perf_counter() - t


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        print("documents  jobs  seconds  docs/s   (each ~4 KB)")
        for n in (100, 1000, 4000):
            folder = write_corpus(root / f"n{n}", n)
            for jobs in (1, 2):
                corpus, s = timed(load_corpus, folder, n_jobs=jobs)
                assert len(corpus) == n
                print(f"{n:9d}  {jobs:4d}  {s:7.2f}  {n / s:7.0f}")
        print("\nsize per document: stage timings for one document")
        print("  KB    clean ms   date ms  split ms   MB/s (all three)")
        for factor in (1, 10, 50):
            folder = write_corpus(root / f"s{factor}", 1, size_factor=factor)
            text = next(folder.glob("*.txt")).read_text(encoding="utf-8")
            cleaned, tc = timed(clean, text)
            _, td = timed(find_date, text)
            _, ts = timed(split_sentences, cleaned.text)
            kb = len(text.encode()) / 1024
            total = tc + td + ts
            print(
                f"{kb:6.0f}  {tc * 1e3:8.1f}  {td * 1e3:8.1f}  {ts * 1e3:8.1f}  "
                f"{kb / 1024 / total:8.2f}"
            )


if __name__ == "__main__":
    main()
