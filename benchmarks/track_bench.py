"""How tracking scales with the number of documents, and where the time goes.

Extraction is per document (parallel with n_jobs); the change step compares neighbours, so
both should grow linearly with the number of documents.

Run: python benchmarks/track_bench.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _synth import write_corpus

from nato_diff import load_corpus, load_dimensions, track
from nato_diff.extract import attribute, extract_figures, load_actors, modality


def main() -> None:
    dims = load_dimensions()
    actors = load_actors()
    with tempfile.TemporaryDirectory() as tmp:
        print("documents  jobs  load s  track s  docs/s (track)")
        for n in (50, 200, 800):
            corpus_dir = write_corpus(Path(tmp) / f"n{n}", n)
            t = time.perf_counter()
            corpus = load_corpus(corpus_dir)
            t_load = time.perf_counter() - t
            for jobs in (1, 2):
                t = time.perf_counter()
                tracking = track(corpus, dims, actors=actors, n_jobs=jobs)
                t_track = time.perf_counter() - t
                print(f"{n:9d}  {jobs:4d}  {t_load:6.2f}  {t_track:7.2f}  {n / t_track:8.1f}")
        sentences = [s for d in corpus for s in d.sentences]
        print(f"\nper-sentence cost on {len(sentences)} sentences:")
        for label, fn in [
            ("scan 4 dimensions", lambda s: [d.scan(s) for d in dims.values()]),
            ("modality", modality),
            ("figures", extract_figures),
        ]:
            t = time.perf_counter()
            for s in sentences:
                fn(s)
            dt = time.perf_counter() - t
            print(f"  {label:20s} {dt / len(sentences) * 1e6:7.1f} µs")
        t = time.perf_counter()
        for d in corpus:
            attribute(d.sentences, date=d.date, actors=actors)
        dt = time.perf_counter() - t
        print(f"  {'attribution':20s} {dt / len(sentences) * 1e6:7.1f} µs")
        print(
            f"\nlast run: {len(tracking.mentions)} mentions, {len(tracking.changes)} change rows"
        )


if __name__ == "__main__":
    main()
