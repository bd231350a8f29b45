"""The date axis's locator and formatter, each remembering its last answer.

Laying out and drawing one figure asks a date axis for its ticks and their labels about ten
times (for the layout, the title's place, the spines, the axis label, then the drawing), and
every Axes sharing the axis asks again; the locator's search through calendar rules and the
formatter's date arithmetic give the same answer each time while the view limits stay the
same. These subclasses keep the last answer with what it was computed from, so the ticks and
labels are exactly matplotlib's, and anything that changes them (zooming, new limits, other
settings) computes them afresh.
"""

from __future__ import annotations

from typing import Any

import matplotlib.dates as mdates
import numpy as np

__all__ = ["_DateFormatter", "_DateLocator"]


class _DateLocator(mdates.AutoDateLocator):
    """:class:`~matplotlib.dates.AutoDateLocator` reusing its ticks for unchanged view limits."""

    _last: tuple[tuple[Any, ...], np.ndarray[Any, Any]] | None = None

    def __call__(self) -> Any:
        if self.axis is None:
            return super().__call__()  # type: ignore[no-untyped-call]
        lo, hi = self.axis.get_view_interval()
        key = (
            float(lo),
            float(hi),
            repr(self.tz),
            self.minticks,
            repr(self.maxticks),
            repr(self.intervald),
            self.interval_multiples,
        )
        if self._last is None or self._last[0] != key:
            # The search also sets the locator's state (its rule, its unit): that state
            # stays the one computed for the remembered key.
            self._last = (key, np.asarray(super().__call__()))  # type: ignore[no-untyped-call]
        return self._last[1].copy()


class _DateFormatter(mdates.ConciseDateFormatter):
    """:class:`~matplotlib.dates.ConciseDateFormatter` reusing its labels for the same ticks."""

    _last: tuple[tuple[Any, ...], list[str]] | None = None

    def format_ticks(self, values: Any) -> list[str]:
        axis = getattr(self._locator, "axis", None)
        key = (
            tuple(np.asarray(values, dtype=float).tolist()),
            bool(axis is not None and axis.get_inverted()),
            repr(self._tz),
            tuple(self.formats),
            tuple(self.zero_formats),
            tuple(self.offset_formats),
            self.show_offset,
            getattr(self, "_usetex", False),
        )
        if self._last is None or self._last[0] != key:
            # The offset text is set as the labels are made; it stays the one of the
            # remembered key, since only this method changes it.
            self._last = (key, list(super().format_ticks(values)))  # type: ignore[no-untyped-call]
        return list(self._last[1])
