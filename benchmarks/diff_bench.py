"""Time diff_sentences on passages of 10, 100 and 1000 sentences, and readability per text size.

Run: python benchmarks/diff_bench.py [--worst-max N]

Passages are made from the sentences of the seed statements. "Edited" passages change about
one sentence in five (a figure changed, a word added, a sentence dropped or inserted), as
successive versions of a statement do. "Rewritten" passages change every sentence, so the
whole passage is one changed stretch and every pair of sentences is compared: the worst case.
"""

from __future__ import annotations

import argparse
import itertools
import math
import re
import time
from collections.abc import Callable
from pathlib import Path

from nato_diff.change import diff_sentences
from nato_diff.extract import readability

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def seed_sentences() -> list[str]:
    out: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", line.strip()):
                if len(s.split()) >= 6 and s not in out:
                    out.append(s)
    return out


def passage(pool: list[str], n: int) -> list[str]:
    return [f"{pool[i % len(pool)]} ({i})" for i in range(n)]


def reword(sentence: str, k: int) -> str:
    words = sentence.split()
    words.insert(min(3, len(words)), "further")
    return re.sub(r"\d+", lambda m: str(int(m.group()) + 7 + k), " ".join(words))


def edited(a: list[str]) -> list[str]:
    b: list[str] = []
    for i, s in enumerate(a):
        if i % 10 == 3:
            b.append(reword(s, i))
        elif i % 15 == 7:
            continue
        else:
            b.append(s)
        if i % 20 == 11:
            b.append(f"An entirely new sentence about topic number {i} was added here.")
    return b


def rewritten(a: list[str]) -> list[str]:
    return [reword(s, i) for i, s in enumerate(a)]


def best_time(fn: Callable[[], object], *, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def growth(sizes: list[int], times: list[float]) -> str:
    parts = []
    for (n1, t1), (n2, t2) in itertools.pairwise(zip(sizes, times, strict=True)):
        parts.append(
            f"{n1}->{n2}: x{t2 / t1:.1f} (~n^{math.log(t2 / t1) / math.log(n2 / n1):.2f})"
        )
    return "; ".join(parts)


def bench_diff(
    pool: list[str], sizes: list[int], make_b: Callable[[list[str]], list[str]]
) -> None:
    times = []
    for n in sizes:
        a = passage(pool, n)
        b = make_b(a)
        d = diff_sentences(a, b)
        t = best_time(lambda a=a, b=b: diff_sentences(a, b), repeat=3 if n <= 100 else 1)
        times.append(t)
        print(
            f"  n={n:>5}: {t * 1000:9.1f} ms   "
            f"({d.n_equal} equal, {d.n_reworded} reworded, {d.n_dropped} dropped, "
            f"{d.n_added} added; ratio {d.ratio:.3f})"
        )
    print(f"  growth: {growth(sizes, times)}")


def bench_readability(pool: list[str]) -> None:
    body = " ".join(pool)
    first = body[:1000]
    start = time.perf_counter()
    readability(first)
    print(
        f"  first call (loads the pronunciation dictionary): {time.perf_counter() - start:.2f} s"
    )
    for size in (1_000, 100_000):
        text = (body * (size // len(body) + 1))[:size]
        # textstat caches by text: time fresh texts only
        t = best_time(
            lambda text=text: readability(text + f" Run {time.perf_counter_ns()}."), repeat=3
        )
        print(
            f"  {size // 1000:>4} KB: {t * 1000:9.1f} ms for all measures "
            f"({t * 1000 / (size / 1000):.2f} ms/KB)"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--worst-max",
        type=int,
        default=1000,
        help="largest size for the rewritten (worst-case) passages (default 1000)",
    )
    args = parser.parse_args(argv)
    pool = seed_sentences()
    print(f"{len(pool)} distinct seed sentences")
    print("diff_sentences, edited passages (about 1 in 5 sentences changed):")
    bench_diff(pool, [10, 100, 1000], edited)
    print("diff_sentences, rewritten passages (every sentence changed; worst case):")
    bench_diff(pool, [n for n in (10, 100, 1000) if n <= args.worst_max], rewritten)
    print("readability (all measures):")
    bench_readability(pool)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
