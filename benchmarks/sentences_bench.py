"""Sentence splitting: nato_diff's splitter against pysbd on the cleaned seed texts.

Prints throughput and where the two disagree. Needs the `bench` extra for pysbd.

Run: python benchmarks/sentences_bench.py
"""

from __future__ import annotations

import time

from nato_diff import load_seeds
from nato_diff.corpus import split_sentences


def main() -> None:
    corpus = load_seeds()
    text = "\n\n".join(d.text for d in corpus)
    big = "\n\n".join([text] * 200)
    mb = len(big.encode()) / 1e6
    t = time.perf_counter()
    ours = split_sentences(big)
    s = time.perf_counter() - t
    print(f"nato_diff: {len(ours)} sentences, {mb:.1f} MB in {s:.2f} s = {mb / s:.1f} MB/s")
    try:
        import pysbd
    except ImportError:
        print("pysbd is not installed; pip install -e '.[bench]' to compare")
        return
    seg = pysbd.Segmenter(language="en", clean=False)
    small = "\n\n".join([text] * 10)
    t = time.perf_counter()
    theirs = seg.segment(small)
    s = time.perf_counter() - t
    mb_small = len(small.encode()) / 1e6
    print(f"pysbd:     {len(theirs) // 10} sentences per copy, {mb_small / s:.2f} MB/s")
    mine = set(split_sentences(text))
    other = {x.strip() for x in seg.segment(text)}
    print(
        f"sentences only nato_diff has: {len(mine - other)}; only pysbd has: {len(other - mine)}"
    )
    for x in sorted(other - mine)[:6]:
        print(f"  pysbd: {x[:110]!r}")


if __name__ == "__main__":
    main()
