"""Throughput on hostile sizes: a 30 MB document, a 5 MB line without a newline, and a
user pattern with nested quantifiers.

Run: python benchmarks/hostile_bench.py [--mb-doc 30] [--mb-line 5]

Prints MB/s per stage, from the CPU time of this process (one core; other work on the machine
does not count), with the wall-clock seconds beside it. The aim is at least 5 MB/s for loading
the long document and for tracking the long line.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _synth import seed_texts

from nato_diff import load_corpus, track
from nato_diff.corpus import clean, find_date, make_document, split_sentences
from nato_diff.dimensions import load_dimensions
from nato_diff.errors import NatoDiffError

WALL: list[float] = [0.0]


def timed(fn, *args, **kw):  # type: ignore[no-untyped-def]
    t, w = time.process_time(), time.perf_counter()
    out = fn(*args, **kw)
    WALL[0] = time.perf_counter() - w
    return out, time.process_time() - t


def long_document(mb: float) -> str:
    body = "\n\n".join(t for t in seed_texts())
    reps = int(mb * 1024 * 1024 / len(body.encode())) + 1
    return "Statement\n\n4 April 2023\n\n" + "\n\n".join([body] * reps)


def long_line(mb: float) -> str:
    words = " ".join(t.replace("\n", " ") for t in seed_texts()).split()
    line = " ".join(w.rstrip(".!?") for w in words)  # no sentence stops, no newline
    reps = int(mb * 1024 * 1024 / len(line.encode())) + 1
    return "4 April 2023 " + " ".join([line] * reps)


def report(name: str, mb: float, seconds: float) -> None:
    print(
        f"{name:28s} {mb:6.1f} MB  {seconds:7.2f} s CPU  {mb / seconds:7.2f} MB/s"
        f"  ({WALL[0]:.2f} s wall)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb-doc", type=float, default=30)
    parser.add_argument("--mb-line", type=float, default=5)
    args = parser.parse_args()

    text = long_document(args.mb_doc)
    mb = len(text.encode()) / 2**20
    cleaned, s = timed(clean, text)
    report("long document: clean", mb, s)
    _, s = timed(find_date, text)
    report("long document: date", mb, s)
    _, s = timed(split_sentences, cleaned.text)
    report("long document: split", mb, s)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "long.txt"
        path.write_text(text, encoding="utf-8")
        _, s = timed(load_corpus, path)
        report("long document: load_corpus", mb, s)

    line = long_line(args.mb_line)
    mb = len(line.encode()) / 2**20
    _doc, s = timed(make_document, "line", line)
    report("long line: make_document", mb, s)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "line.txt"
        path.write_text(line, encoding="utf-8")
        corpus = load_corpus(path)
    _, s = timed(track, corpus)
    report("long line: track", mb, s)

    with tempfile.TemporaryDirectory() as tmp:
        dim = Path(tmp) / "evil.yaml"
        dim.write_text(
            "id: evil\nlabel: Evil\nversion: '1'\nfacets:\n  a:\n    terms:\n"
            "      - {pattern: '(a+)+$', type: regex}\n",
            encoding="utf-8",
        )
        t = time.perf_counter()
        try:
            load_dimensions(dim, builtins=False)
            outcome = "loaded (matching is bounded)"
        except NatoDiffError as exc:
            outcome = f"refused at load time: {str(exc)[:90]}"
        print(f"(a+)+$ pattern: {time.perf_counter() - t:.3f} s, {outcome}", flush=True)


if __name__ == "__main__":
    main()
