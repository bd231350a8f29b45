"""How long `nato-diff report` takes on the bundled seeds, and where the time goes.

Part one runs the command as a user does (a new process each time, its output into a
temporary folder) and prints the wall and CPU seconds of each run and their medians; the
CPU seconds count the processes it forks. Part two times the steps one after the other in
this process: importing the package and the report's modules, tracking, drawing each
figure (with and without the PNG), and the whole report with its figures and files.

Run: python benchmarks/report_bench.py [RUNS]
"""

from __future__ import annotations

import importlib
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def whole_command(runs: int) -> None:
    """Time ``nato-diff report --out TMP`` in a new process, ``runs`` times after a warm-up."""
    command = [sys.executable, "-m", "nato_diff.cli", "report", "--out"]
    walls: list[float] = []
    cpus: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "report")
        subprocess.run([*command, out], check=True, capture_output=True)  # warm-up
        for _ in range(runs):
            cpu, wall = _children_cpu(), time.perf_counter()
            subprocess.run([*command, out], check=True, capture_output=True)
            walls.append(time.perf_counter() - wall)
            cpus.append(_children_cpu() - cpu)
    print(f"nato-diff report on the seeds, {runs} runs ({len(os.sched_getaffinity(0))} CPUs):")
    print(
        f"  wall s: median {statistics.median(walls):.2f}  (min {min(walls):.2f}, "
        f"max {max(walls):.2f})"
    )
    print(
        f"  CPU s:  median {statistics.median(cpus):.2f}  (min {min(cpus):.2f}, "
        f"max {max(cpus):.2f})"
    )


def _timed(label: str, fn: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = fn()
    print(f"  {label:34s} {time.perf_counter() - start:6.2f} s")
    return result


def steps() -> None:
    """Time the report's steps one after the other in this process."""
    print("\nthe steps, one after the other in this process:")
    nato_diff = _timed("import nato_diff", lambda: importlib.import_module("nato_diff"))
    _timed("import the report (matplotlib)", lambda: importlib.import_module("nato_diff.report"))
    from nato_diff.report import build as report_build
    from nato_diff.report import sections

    tracking = _timed(
        "load seeds + dimensions, track", lambda: nato_diff.track(nato_diff.load_seeds())
    )
    jobs: list[Callable[[], bytes]] = []

    def keep_jobs(found: list[Callable[[], bytes]]) -> list[bytes]:
        jobs.extend(found)
        return [b"" for _ in found]

    drawn = report_build.render_all
    report_build.render_all = keep_jobs
    try:
        with tempfile.TemporaryDirectory() as tmp:
            report_build.build_report(tracking, tmp)
    finally:
        report_build.render_all = drawn
    _timed(f"draw the {len(jobs)} figures with PNGs", lambda: [job() for job in jobs])
    png = sections._png
    sections._png = report_build._png = lambda fig: b""
    try:
        _timed(f"draw the {len(jobs)} figures, no PNG", lambda: [job() for job in jobs])
    finally:
        sections._png = report_build._png = png
    with tempfile.TemporaryDirectory() as tmp:
        _timed("build_report (figures, files)", lambda: nato_diff.build_report(tracking, tmp))


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 9
    whole_command(runs)
    steps()


if __name__ == "__main__":
    main()
