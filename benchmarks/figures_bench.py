"""Speed of nato_diff.extract.extract_figures, and quantulum3 for comparison when installed.

Usage: python benchmarks/figures_bench.py [--n 20000] [--quantulum-n 2000]

Two batches: the seed documents' sentences repeated to --n ("prose": most sentences hold no
number) and sentences that all hold figures ("dense"). Prints one line per measurement.
quantulum3 is not a dependency of nato_diff; it is timed only when importable.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import itertools
import re
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

from nato_diff.extract.figures import extract_figures, load_figure_lexicon

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
LEXICON = ROOT / "src" / "nato_diff" / "data" / "figures.yaml"

DENSE = [
    "Since March 2022, donors gave over $40 billion in aid, including $12 billion for weapons.",
    "Of almost two hundred million pounds in humanitarian aid, about a third went to Kharkiv.",
    "At least 30 countries and some 12 partners sent six Patriot batteries and 155mm rounds.",
    "The EU gave €1.5 bn in macro-financial assistance and €2 billion in humanitarian aid.",
    "Japan pledged $4.5 billion, of which $1 billion is for reconstruction.",
    "The fund, worth up to UAH 3.5 billion, will buy 2,000 drones.",
    "Allies agreed to spend at least 2% of GDP on defence on 12 June 2020 at 13:00.",
    "The programme will cost between $1 and $2 billion, two-thirds of it in loans.",
]


def seed_sentences() -> list[str]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            out += [s for s in re.split(r"(?<=[.!?”])\s+", line.strip()) if s]
    return out


def batch(sentences: Sequence[str], n: int) -> list[str]:
    return list(itertools.islice(itertools.cycle(sentences), n))


def rate(fn: Callable[[str], object], sentences: Sequence[str], repeats: int = 3) -> float:
    """Best-of-``repeats`` sentences per second."""
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for s in sentences:
            fn(s)
        times.append(time.perf_counter() - t0)
    return len(sentences) / min(times)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20000, help="sentences per batch")
    ap.add_argument("--quantulum-n", type=int, default=2000, help="sentences for quantulum3")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    load_figure_lexicon(LEXICON)  # uncached: read, validate, build the tables
    print(f"lexicon load + validate: {1000 * (time.perf_counter() - t0):.1f} ms")

    seeds = seed_sentences()
    prose = batch(seeds, args.n)
    dense = batch(DENSE, args.n)
    day = dt.date(2023, 9, 28)

    def ours(s: str) -> object:
        return extract_figures(s, doc_date=day)

    ours(DENSE[0])  # warm the default lexicon
    for name, sents in (("prose", prose), ("dense", dense)):
        sps = rate(ours, sents)
        print(f"nato_diff {name}: {sps:,.0f} sentences/s ({1e6 / sps:.1f} µs/sentence)")

    per_sentence = [len(extract_figures(s)) for s in seeds]
    print(
        f"nato_diff seeds: {len(seeds)} sentences, {sum(per_sentence)} figures, "
        f"{sum(1 for k in per_sentence if k)} sentences with figures"
    )

    if importlib.util.find_spec("quantulum3") is None:
        print("quantulum3: not installed, skipped")
        return 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

        qn = min(args.quantulum_n, args.n)
        parser.parse(DENSE[0])  # load its unit tables
        for name, sents in (("prose", prose[:qn]), ("dense", dense[:qn])):
            sps = rate(parser.parse, sents, repeats=1)
            print(f"quantulum3 {name}: {sps:,.0f} sentences/s ({1e6 / sps:.1f} µs/sentence)")
        found = [q for s in seeds for q in parser.parse(s)]
        money = [q for q in found if getattr(q.unit, "currency_code", None)]
        print(
            f"quantulum3 seeds: {len(found)} quantities, {len(money)} money, "
            f"{sum(1 for q in found if q.unit.name == 'dimensionless')} dimensionless "
            f"(years, dates, ranks, model numbers included)"
        )
    print(f"nato_diff prose, same {qn} sentences: {rate(ours, prose[:qn]):,.0f} sentences/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
