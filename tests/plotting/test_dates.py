from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import numpy as np
from matplotlib.figure import Figure

from nato_diff.plotting._dates import _DateFormatter, _DateLocator

# (left, right) limits: a few weeks, a year, a decade, then the first again.
LIMITS = [
    (dt.date(2023, 4, 1), dt.date(2023, 5, 20)),
    (dt.date(2023, 1, 1), dt.date(2024, 2, 1)),
    (dt.date(2015, 6, 1), dt.date(2024, 9, 1)),
    (dt.date(2023, 4, 1), dt.date(2023, 5, 20)),
]


def _ticks(
    locator: mdates.AutoDateLocator, formatter: mdates.ConciseDateFormatter
) -> list[tuple[list[float], list[str], str]]:
    ax = Figure().subplots()
    ax.plot([dt.date(2023, 4, 20), dt.date(2023, 5, 1)], [0, 1])
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)
    out = []
    for lo, hi in LIMITS:
        ax.set_xlim(lo, hi)  # type: ignore[arg-type]
        for _ in range(3):  # asked again and again for the same limits, as a draw does
            locs = list(np.asarray(ax.xaxis.get_majorticklocs(), dtype=float))
            labels = formatter.format_ticks(locs)
            out.append((locs, labels, formatter.get_offset()))
    return out


def test_date_ticks_and_labels_are_matplotlibs() -> None:
    plain = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    kept = _DateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    expected = _ticks(plain, mdates.ConciseDateFormatter(plain))  # type: ignore[no-untyped-call]
    got = _ticks(kept, _DateFormatter(kept))  # type: ignore[no-untyped-call]
    assert got == expected
    assert len({tuple(locs) for locs, _labels, _offset in got}) == 3
    assert isinstance(kept, mdates.AutoDateLocator)


def test_date_ticks_follow_changed_settings() -> None:
    ax = Figure().subplots()
    ax.plot([dt.date(2023, 1, 1), dt.date(2024, 1, 1)], [0, 1])
    locator = _DateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    many = len(ax.xaxis.get_majorticklocs())
    locator.maxticks = {k: 3 for k in locator.maxticks}
    locator.minticks = 1
    assert len(ax.xaxis.get_majorticklocs()) < many
    formatter = _DateFormatter(locator)  # type: ignore[no-untyped-call]
    locs = ax.xaxis.get_majorticklocs()
    before = formatter.format_ticks(locs)
    formatter.formats = ["%Y!", "%b!", "%d!", "%H:%M", "%H:%M", "%S.%f"]
    formatter.zero_formats = list(formatter.formats)
    assert formatter.format_ticks(locs) != before
