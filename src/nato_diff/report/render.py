"""Drawing the report's figures, shared with a second process where that pays.

Drawing a figure and encoding it as PNG is most of the time a report takes. The figures do
not depend on each other, so on Linux, with two processors free and no other thread running,
a forked copy of this process draws some of them while this one draws the others: each
process takes the next figure from a common queue until none is left. The child writes its
PNGs into a temporary folder that is removed afterwards; a figure it did not finish (it
failed or was stopped) is drawn again here, so that an error is raised here as it would be
without the second process. The bytes are the same either way.
"""

from __future__ import annotations

import contextlib
import os
import signal
import struct
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

__all__ = ["render_all"]

_Job = Callable[[], bytes]
_INDEX = struct.Struct("<H")  # a queue entry: a figure's index
_MIN_JOBS = 4  # fewer figures are drawn here: the second process would not pay


def render_all(jobs: Sequence[_Job]) -> list[bytes]:
    """Run every job (each draws one figure and returns its PNG), in two processes if it pays.

    Parameters
    ----------
    jobs : sequence of callable
        Each returns one figure's PNG bytes.

    Returns
    -------
    list of bytes
        The PNGs, in the order of ``jobs``.
    """
    if not _second_process_pays(len(jobs)):
        return [job() for job in jobs]
    with tempfile.TemporaryDirectory(prefix="nato-diff-figures-") as tmp:
        folder = Path(tmp)
        queue = _queue(len(jobs))
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child (coverage does not follow it)
            _child(jobs, queue, folder)
        pngs: dict[int, bytes] = {}
        try:
            for i in _taken(queue):
                pngs[i] = jobs[i]()
        except BaseException:
            _stop(pid)
            raise
        finally:
            os.close(queue)
        os.waitpid(pid, 0)
        for i, job in enumerate(jobs):
            if i not in pngs:
                done = folder / f"{i}.png"
                pngs[i] = done.read_bytes() if done.is_file() else job()
    return [pngs[i] for i in range(len(jobs))]


def _second_process_pays(n_jobs: int) -> bool:
    if n_jobs < _MIN_JOBS or n_jobs >= 1 << 16:
        return False
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False  # fork is only safe with every library on Linux
    if threading.active_count() > 1:
        return False  # forking a process with threads may deadlock the child
    return len(os.sched_getaffinity(0)) >= 2


def _queue(n_jobs: int) -> int:
    """Return a pipe holding every job's index, its writing end closed (read it to the end)."""
    read, write = os.pipe()
    try:
        os.write(write, b"".join(_INDEX.pack(i) for i in range(n_jobs)))  # < 128 KiB
    finally:
        os.close(write)
    return read


def _taken(queue: int) -> Iterator[int]:
    """Yield the indices this process takes from the queue (one entry's read is atomic)."""
    while True:
        entry = os.read(queue, _INDEX.size)
        if len(entry) < _INDEX.size:
            return
        yield _INDEX.unpack(entry)[0]


def _child(jobs: Sequence[_Job], queue: int, folder: Path) -> None:  # pragma: no cover
    """Draw figures from the queue into ``folder``, then leave without any clean-up."""
    code = 0
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        for i in _taken(queue):
            part = folder / f"{i}.part"
            part.write_bytes(jobs[i]())
            part.rename(folder / f"{i}.png")
    except BaseException:
        code = 1  # the parent draws what is missing and meets the error itself
    finally:
        os._exit(code)


def _stop(pid: int) -> None:
    with contextlib.suppress(OSError):
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
