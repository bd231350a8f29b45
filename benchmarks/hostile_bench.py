"""Throughput on hostile sizes: a 30 MB document, 5 MB lines without a newline, and a user
pattern with nested quantifiers.

Run: python benchmarks/hostile_bench.py [--mb-doc 30] [--mb-line 5] [--mb-dense 5]

Prints MB/s per stage, from the CPU time of this process (one core; other work on the machine
does not count), with the wall-clock seconds beside it. The aim is at least 5 MB/s for loading
the long document and for tracking a long line.

Two long lines, neither with a sentence stop or a newline: one of ordinary words that name no
dimension (nothing to extract: the cost of reading and matching alone), and one of the seed
documents' words, dense with dimension terms, so that each of its pieces (the splitter cuts
such a line into pieces of at most ``max_sentence_chars``) carries real mentions and claims;
that one is compared per MB with 200 generated press releases.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _press import write_press_corpus
from _synth import seed_texts

from nato_diff import load_corpus, track
from nato_diff.corpus import Corpus, clean, find_date, make_document, split_sentences
from nato_diff.dimensions import load_dimensions
from nato_diff.dimensions.builtin import load_builtin
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


# Ordinary words that name no dimension, actor or figure (written for this benchmark).
_PLAIN = [
    "the", "old", "mill", "stood", "by", "the", "river", "where", "children", "played", "in",
    "the", "long", "grass", "and", "the", "baker", "walked", "past", "the", "orchard", "with",
    "a", "basket", "of", "apples", "while", "clouds", "drifted", "over", "quiet", "hills",
    "and", "a", "dog", "slept", "under", "the", "bench", "near", "the", "bakery", "door",
]  # fmt: skip


def plain_line(mb: float) -> str:
    rng = random.Random(0)
    n = int(mb * 2**20 / 5.3)
    return "4 April 2023 " + " ".join(rng.choice(_PLAIN) for _ in range(n))


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
    parser.add_argument("--mb-dense", type=float, default=5)
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

    track(Corpus([make_document("warm", "4 April 2023\n\nThe ministers met in Kyiv.")]))
    for name, line in (
        ("plain line", plain_line(args.mb_line)),
        ("dense line", long_line(args.mb_dense)),
    ):
        mb = len(line.encode()) / 2**20
        doc, s = timed(make_document, "line", line)
        report(f"{name}: make_document", mb, s)
        print(f"  {len(doc.sentences)} pieces, {len(doc.cut_sentences)} cut", flush=True)
        tracking, s = timed(track, Corpus([doc]))
        report(f"{name}: track", mb, s)
        print(f"  {len(tracking.mentions)} mentions, {len(tracking.claims)} claims", flush=True)
    with tempfile.TemporaryDirectory() as tmp:  # ordinary documents, for comparison per MB
        press = load_corpus(write_press_corpus(Path(tmp) / "press", 200))
    mb = sum(len(d.text.encode()) for d in press) / 2**20
    _, s = timed(track, press)
    report("200 press releases: track", mb, s)

    # the built-in attack patterns on long runs of their own list words
    aid = load_builtin("aid_volumes")
    for words in ("drones and ", "Russian ", "overnight drones, "):
        run = (words * (2000 // len(words)))[:1990] + " end"  # one piece at the splitter's limit
        t = time.process_time()
        for _ in range(50):
            aid.scan(run)
        seconds = (time.process_time() - t) / 50
        print(f"aid_volumes on {words.strip()!r} x {len(run)} chars: {seconds * 1e3:6.2f} ms")

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
