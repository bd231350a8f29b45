"""How load_corpus + track scale on generated ~4 KB press releases, against the limit.

For each N (1,000, 10,000 and 20,000 by default) the documents are written by the seeded
generator in _press.py, then a fresh process loads and tracks them on one core and prints:
wall time per stage (load; extract; change table; the other tables), the whole run's wall and
CPU time (CPU time moves less when other programs share the machine), docs/s and MB/s of the
whole, peak RSS, and two ratios; a second line gives each stage's CPU time, docs/s and MB/s
by CPU time and the ratio of CPU time to the limit's CPU time:

- full / limit: the limit is one pyahocorasick pass over the same texts finding every string a
  term or cue of the built-in dimensions must start with (the prefix strings the matcher
  itself searches for), with a word-boundary check: the least any scan must do;
- full / spaCy: spaCy's blank English pipeline with a sentencizer and a PhraseMatcher on the
  same strings (when spaCy is installed).

With ``--n-jobs 1 2`` each N also runs ``track(folder, n_jobs=2)``: the workers read, clean,
date and extract the files and the parent builds the tables; that row shows load and extract
as one stage ("load+ex"), the peak RSS of the parent and of the largest worker, and the
speedup over ``n_jobs=1``. ``--from-folder`` makes the ``n_jobs=1`` run ``track(folder)`` too
(one document loaded and extracted at a time, no texts kept) instead of ``load_corpus`` then
``track``.

``--engine dask`` runs ``track(folder, engine="dask")`` instead, on a ``distributed``
LocalCluster of 2 single-threaded worker processes started before the clock starts (its start
time is printed apart): the workers load and extract the files as Dask tasks, this process
orders the rows and builds the tables. The row has the same columns; "jobs" is the number of
Dask workers, the speedup is over the local one-process figure when ``--compare-local`` is
given, and "wkr RSS" the largest worker's peak.

Run: python benchmarks/scale_bench.py            (1,000, 10,000 and 20,000)
     python benchmarks/scale_bench.py --n 1000   (a quick run)
     python benchmarks/scale_bench.py --n 1000 --n-jobs 1 2
     python benchmarks/scale_bench.py --n 1000 --from-folder
     python benchmarks/scale_bench.py --n 1000 --engine dask --compare-local
Needs the bench extra (pip install -e ".[bench]") for pyahocorasick; pip install spacy adds
the spaCy column (its blank English pipeline needs no model download).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _press import write_press_corpus


def _strings() -> set[str]:
    """The folded strings every term and cue of the built-in dimensions must start with."""
    from nato_diff import load_dimensions
    from nato_diff.dimensions.prefilter import required_prefixes

    out: set[str] = set()
    for dim in load_dimensions().values():
        patterns = [t for f in dim.facets for t in f.terms]
        patterns += [c for p in dim.positions for c in p.cues]
        for pattern in patterns:
            out |= set(required_prefixes(pattern) or ())
    return {s.strip() for s in out if s.strip()}


def _limit(texts: list[str], strings: set[str]) -> tuple[float, float, int]:
    """One Aho-Corasick pass over every text; hits must start a word.

    Returns (wall s, CPU s, hits).
    """
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for s in strings:
        automaton.add_word(s, len(s))
    automaton.make_automaton()
    t, c = time.perf_counter(), time.process_time()
    n = 0
    for text in texts:
        folded = text.lower()
        for end, length in automaton.iter(folded):
            start = end - length + 1
            if start == 0 or not folded[start - 1].isalnum():
                n += 1
    return time.perf_counter() - t, time.process_time() - c, n


def _spacy(texts: list[str], strings: set[str]) -> tuple[float, int] | None:
    """spaCy blank English + sentencizer + PhraseMatcher on the same strings, if installed."""
    try:
        import spacy
        from spacy.matcher import PhraseMatcher
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("terms", [nlp.make_doc(s) for s in sorted(strings)])
    t = time.perf_counter()
    n = sum(len(matcher(doc)) for doc in nlp.pipe(texts, batch_size=256))
    return time.perf_counter() - t, n


def _timed(module: Any, name: str, spent: dict[str, float]) -> None:
    """Wrap ``module.name``: its wall time adds up in ``spent[name]``, CPU in ``name + "_cpu"``."""
    inner = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        t, c = time.perf_counter(), time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - t
            spent[name + "_cpu"] = spent.get(name + "_cpu", 0.0) + time.process_time() - c

    setattr(module, name, wrapper)


def _dask_cluster(n_workers: int) -> tuple[Any, Any, float]:
    """A LocalCluster of single-threaded worker processes and its client; start seconds."""
    from distributed import Client, LocalCluster

    t = time.perf_counter()
    cluster = LocalCluster(
        n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
    )
    return cluster, Client(cluster), time.perf_counter() - t


def _workers_peak_mb(client: Any) -> float:
    """The largest peak RSS among the Dask workers, in MB."""

    def peak() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    return max(client.run(peak).values())


def _workers_cpu(client: Any) -> float:
    """The Dask workers' CPU seconds so far, summed."""
    return sum(client.run(time.process_time).values())


def run_one(
    folder: Path, n_jobs: int = 1, from_folder: bool = False, engine: str = "local"
) -> dict[str, Any]:
    """Load and track one folder; return the measures.

    With n_jobs = 1 and not ``from_folder``: load_corpus, then track the corpus. Otherwise
    track(folder): each file is loaded and extracted in one go (in workers when n_jobs > 1,
    or as Dask tasks on ``n_jobs`` Dask workers with engine "dask").
    """
    import importlib

    t, c = time.perf_counter(), time.process_time()
    from nato_diff import load_corpus, load_dimensions, track
    from nato_diff.extract import load_actors

    dims, actors = load_dimensions(), load_actors()
    setup, setup_cpu = time.perf_counter() - t, time.process_time() - c
    run = importlib.import_module("nato_diff.tracking.run")
    names = ("extract_all", "load_and_extract", "changes_table")
    spent: dict[str, float] = {
        k: 0.0 for name in (*names, "dask_track") for k in (name, name + "_cpu")
    }
    for name in names:
        _timed(run, name, spent)
    client = None
    cluster_start = 0.0
    if engine == "dask":
        _timed(importlib.import_module("nato_diff.tracking.dask_engine"), "dask_track", spent)
        cluster, client, cluster_start = _dask_cluster(n_jobs)
    workers_cpu = _workers_cpu(client) if client is not None else 0.0
    cpu = time.process_time()
    t = time.perf_counter()
    if engine == "dask":
        load = load_cpu = 0.0
        tracking = track(folder, dims, actors=actors, engine="dask")
    elif n_jobs == 1 and not from_folder:
        corpus = load_corpus(folder)
        load, load_cpu = time.perf_counter() - t, time.process_time() - cpu
        t = time.perf_counter()
        tracking = track(corpus, dims, actors=actors)
    else:
        load = load_cpu = 0.0
        tracking = track(folder, dims, actors=actors, n_jobs=n_jobs)
    total = time.perf_counter() - t
    cpu = time.process_time() - cpu
    extract_cpu = (
        spent["extract_all_cpu"] + spent["load_and_extract_cpu"] + spent["dask_track_cpu"]
    )
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if client is not None:
        workers_cpu = _workers_cpu(client) - workers_cpu
        workers_rss = _workers_peak_mb(client)
        client.close()
        cluster.close()
    extract = spent["extract_all"] + spent["load_and_extract"] + spent["dask_track"]
    texts = [f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.txt"))]
    strings = _strings()
    limit, limit_cpu, limit_hits = _limit(texts, strings)
    peer = _spacy(texts, strings)
    return {
        "n": len(tracking.corpus),
        "mb": sum(len(x.encode("utf-8")) for x in texts) / 1e6,
        "setup": setup,
        "setup_cpu": setup_cpu,
        "load_cpu": load_cpu,
        "extract_cpu": extract_cpu,
        "change_cpu": spent["changes_table_cpu"],
        "tables_cpu": cpu - load_cpu - extract_cpu - spent["changes_table_cpu"],
        "cluster_start": cluster_start,
        "workers_cpu": workers_cpu,
        "load": load,
        "extract": extract,
        "change": spent["changes_table"],
        "tables": total - extract - spent["changes_table"],
        "full": load + total,
        "cpu": cpu,
        "rss_mb": rss,
        "workers_rss_mb": workers_rss,
        "strings": len(strings),
        "limit": limit,
        "limit_cpu": limit_cpu,
        "limit_hits": limit_hits,
        "spacy": peer[0] if peer else None,
        "rows": {k: len(getattr(tracking, k)) for k in ("mentions", "figures", "changes")},
    }


def _measure(folder: Path, n_jobs: int, from_folder: bool, engine: str) -> dict[str, Any]:
    """Run one folder in a fresh process (so peak RSS is this run's own)."""
    flag = ["--from-folder"] if from_folder else []
    out = subprocess.run(
        [
            sys.executable,
            __file__,
            *("--one", str(folder), "--n-jobs", str(n_jobs), "--engine", engine),
            *flag,
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _row(n: int, jobs: int, r: dict[str, Any], first: float, engine: str = "local") -> str:
    """One printed row; the speedup is over the first --n-jobs value's run."""
    spacy_s = f"{r['spacy']:7.2f}" if r["spacy"] is not None else "      -"
    ratio = f"{r['full'] / r['spacy']:10.1f}" if r["spacy"] else "         -"
    load = f"{r['load']:6.1f}" if r["load"] else "     -"
    workers = f"{r['workers_rss_mb']:7.0f}" if jobs > 1 or engine == "dask" else "      -"
    return (
        f"{n:6d} {jobs:4d} {r['mb']:5.1f} {load} {r['extract']:7.1f} "
        f"{r['change']:6.1f} {r['tables']:6.1f} {r['full']:7.1f} {r['cpu']:6.1f} "
        f"{n / r['full']:6.0f} {r['mb'] / r['full']:5.2f} {r['rss_mb']:6.0f} "
        f"{r['limit']:7.2f} {r['full'] / r['limit']:8.0f} {spacy_s} {ratio} {workers} "
        f"{first / r['full']:6.2f}x" + (" dask" if engine == "dask" else "")
    )


def _cpu_row(n: int, jobs: int, r: dict[str, Any]) -> str:
    """The same run by CPU time of this process (what other programs on the machine move least).

    With n_jobs > 1 the workers' CPU is not in it (only the parent's is shown).
    """
    load = f"load {r['load_cpu']:.1f}, " if r["load_cpu"] else ""
    stages = (
        f"{'':12}cpu s: {load}extract {r['extract_cpu']:.1f}, change {r['change_cpu']:.1f}, "
        f"tables {r['tables_cpu']:.1f}"
    )
    if jobs > 1:
        return stages + " (the parent's; the workers' CPU time is not counted)"
    return (
        f"{stages}; {n / r['cpu']:.0f} docs/s and {r['mb'] / r['cpu']:.2f} MB/s by CPU; "
        f"CPU/limit CPU {r['cpu'] / r['limit_cpu']:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000, 20000])
    parser.add_argument("--n-jobs", type=int, nargs="+", default=[1])
    parser.add_argument(
        "--from-folder",
        action="store_true",
        help="n_jobs=1 runs track(folder), which keeps no texts, not load_corpus + track",
    )
    parser.add_argument("--engine", choices=["local", "dask"], default="local")
    parser.add_argument(
        "--compare-local",
        action="store_true",
        help="with --engine dask, also run track(folder) in one process for the speedup",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        result = run_one(args.one, args.n_jobs[0], args.from_folder, args.engine)
        print(json.dumps(result, default=str))
        return
    print(
        f"{'N':>6} {'jobs':>4} {'MB':>5} {'load':>6} {'extract':>7} {'change':>6} {'tables':>6} "
        f"{'full s':>7} {'cpu s':>6} {'docs/s':>6} {'MB/s':>5} {'RSS MB':>6} {'limit s':>7} "
        f"{'full/lim':>8} {'spaCy s':>7} {'full/spaCy':>10} {'wkr RSS':>7} {'speedup':>7}"
    )
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.n:
            folder = write_press_corpus(Path(tmp) / f"n{n}", n, seed=args.seed)
            if args.engine == "dask":
                if args.compare_local:
                    r = _measure(folder, 1, True, "local")
                    times[n] = r["full"]
                    print(_row(n, 1, r, times[n]), flush=True)
                jobs = args.n_jobs[0] if args.n_jobs != [1] else 2
                r = _measure(folder, jobs, True, "dask")
                times.setdefault(n, r["full"])
                print(_row(n, jobs, r, times[n], "dask"), flush=True)
                print(
                    f"  (LocalCluster start: {r['cluster_start']:.1f} s, not counted; "
                    f"CPU s: this process {r['cpu']:.1f}, workers {r['workers_cpu']:.1f})"
                )
                continue
            for jobs in args.n_jobs:
                r = _measure(folder, jobs, args.from_folder, "local")
                if jobs == args.n_jobs[0]:
                    times[n] = r["full"]
                print(_row(n, jobs, r, times[n]), flush=True)
                print(_cpu_row(n, jobs, r), flush=True)
        print(f"\nlimit: {r['strings']} strings, {r['limit_hits']} hits in the last run")
        print(
            f"setup (import, dimensions, actors): {r['setup']:.1f} s wall, "
            f"{r['setup_cpu']:.1f} s CPU; rows: {r['rows']}"
        )
        ns = sorted(times)
        for a, b in pairwise(ns):
            print(f"t({b})/t({a}) = {times[b] / times[a]:.2f} (x{b / a:.0f} documents)")


if __name__ == "__main__":
    main()
