"""Memory of a streamed run: track_to_parquet against track(folder), on generated press releases.

For each N the seeded generator in _press.py writes N documents of about 4 KB; then, each in
a fresh process (so the peak RSS is that run's own), on one core:

- ``stream``: ``track_to_parquet(folder, out)``, which writes every table to Parquet as it
  goes and keeps only what the series tables need;
- ``hold`` (with ``--hold``): ``track(folder)``, which keeps every table in memory.

It prints the wall and CPU time, docs/s, the peak RSS, the peak RSS per 1,000 documents
above the first N's (the growth), and the size of the Parquet files written. With
``--keep DIR`` the corpora are written under DIR and kept (a 100,000-document corpus takes
a minute or two to write); a corpus already there is reused.

Run: python benchmarks/stream_bench.py                      (1,000 and 10,000)
     python benchmarks/stream_bench.py --n 1000 10000 100000 --keep /tmp/press
     python benchmarks/stream_bench.py --n 1000 5000 --hold
Needs the parquet extra (pip install -e ".[parquet]").
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from _press import write_press_corpus


def run_one(folder: Path, mode: str, out: Path) -> dict[str, Any]:
    """Track one folder in this process; return the measures."""
    t, c = time.perf_counter(), time.process_time()
    import nato_diff as nd

    if mode == "stream":
        files = nd.track_to_parquet(folder, out)
        size = sum(f.stat().st_size for f in files) / 1e6
    else:
        nd.track(folder)
        size = 0.0
    return {
        "wall": time.perf_counter() - t,
        "cpu": time.process_time() - c,
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "parquet_mb": size,
    }


def _measure(folder: Path, mode: str, out: Path) -> dict[str, Any]:
    """Run one folder in a fresh process."""
    done = subprocess.run(
        [sys.executable, __file__, "--one", str(folder), "--mode", mode, "--out", str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def _corpus(root: Path, n: int, seed: int) -> Path:
    folder = root / f"press_{n}_{seed}"
    done = folder / ".complete"
    if not done.exists():
        write_press_corpus(folder, n, seed=seed)
        done.write_text("", encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--hold", action="store_true", help="also run track(folder)")
    parser.add_argument("--keep", type=Path, help="write the corpora here and keep them")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="stream", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(run_one(args.one, args.mode, args.out)))
        return
    modes = ["stream", "hold"] if args.hold else ["stream"]
    print(
        f"{'N':>7} {'mode':>6} {'wall s':>7} {'cpu s':>7} {'docs/s':>6} {'RSS MB':>7} "
        f"{'MB/1k docs':>10} {'parquet MB':>10}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        root = args.keep or Path(tmp)
        first: dict[str, tuple[int, float]] = {}
        for n in args.n:
            folder = _corpus(root, n, args.seed)
            for mode in modes:
                with tempfile.TemporaryDirectory() as out:
                    r = _measure(folder, mode, Path(out) / "tables")
                n0, rss0 = first.setdefault(mode, (n, r["rss_mb"]))
                growth = (
                    f"{1000 * (r['rss_mb'] - rss0) / (n - n0):10.1f}" if n > n0 else f"{'-':>10}"
                )
                parquet = f"{r['parquet_mb']:10.1f}" if mode == "stream" else f"{'-':>10}"
                print(
                    f"{n:7d} {mode:>6} {r['wall']:7.1f} {r['cpu']:7.1f} "
                    f"{n / r['wall']:6.0f} {r['rss_mb']:7.0f} {growth} {parquet}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
