"""The garbage collector, made to wait while long-lived objects are built."""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["collector_paused"]

#: Allocations (less those freed) between two collections of the youngest generation while
#: the collector waits; the default is 700.
PAUSED_THRESHOLD = 100_000


@contextlib.contextmanager
def collector_paused(threshold: int = PAUSED_THRESHOLD) -> Iterator[None]:
    """Collect the youngest generation only after ``threshold`` allocations, within the block.

    Modules, compiled patterns and tables that live until a command ends would otherwise be
    scanned at every collection while they are built. The garbage still goes: the collector
    runs, only less often. The thresholds are set back at the end of the block.

    Parameters
    ----------
    threshold : int, optional
        The youngest generation's threshold inside the block (a lower one in force is raised
        to it; a higher one, or 0, which turns collecting off, is kept).
    """
    before = gc.get_threshold()
    if before[0]:
        gc.set_threshold(max(before[0], threshold), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
