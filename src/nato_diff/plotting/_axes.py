"""Axes furniture every plot shares: the Axes to draw on, "no data" note, titles, date axis.

Also the labels of the row × document matrices (heat maps of salience and facets).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from ._tables import _DATE_COL
from .style import _font


def _axes(ax: Axes | None) -> Axes:
    return ax if ax is not None else plt.gca()


def _no_data(ax: Axes, message: str = "no data") -> Axes:
    ax.text(
        0.5,
        0.5,
        message,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=_font("title"),
        color="#555555",
    )
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _day_label(stamp: pd.Timestamp) -> str:
    return f"{stamp.day} {stamp:%b %Y}"


def _date_limits(
    dates: np.ndarray[Any, Any], *, right_pad: float = 0.05
) -> tuple[np.datetime64, np.datetime64]:
    """Return x limits padded by 5 % of the span on the left and ``right_pad`` on the right."""
    stamps = np.sort(dates.astype("datetime64[ns]"))
    span = stamps[-1] - stamps[0]
    day = np.timedelta64(1, "D")
    left = max(span * 0.05, 3 * day)
    right = max(span * right_pad, 3 * day)
    return stamps[0] - left, stamps[-1] + right


def _fractions(
    x: np.ndarray[Any, Any], limits: tuple[np.datetime64, np.datetime64]
) -> np.ndarray[Any, Any]:
    """Where dates fall across the x axis, 0 (left edge) to 1 (right edge)."""
    lo, hi = limits
    width = (hi - lo) / np.timedelta64(1, "s")
    return ((x.astype("datetime64[ns]") - lo) / np.timedelta64(1, "s")) / width


def _format_date_axis(ax: Axes, dates: np.ndarray[Any, Any], *, right_pad: float = 0.05) -> None:
    """Real-date x axis: concise labels, a minor tick per document date, padded limits."""
    stamps = np.unique(dates.astype("datetime64[ns]"))
    # matplotlib.dates is not annotated.
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)  # type: ignore[no-untyped-call]
    formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)
    ax.set_xticks(list(stamps), minor=True)
    ax.tick_params(axis="x", which="minor", length=6, width=1.2, color="#444444")
    ax.tick_params(axis="both", which="major", labelsize=_font("tick"))
    ax.xaxis.get_offset_text().set_fontsize(_font("tick"))
    lo, hi = _date_limits(stamps, right_pad=right_pad)
    ax.set_xlim(lo, hi)  # type: ignore[arg-type]  # unit-converted by matplotlib


def _short_ids(ids: Iterable[Any], *, keep: int = 12, minimum: int = 8) -> dict[str, str]:
    """Map ids to the shortest prefixes (at least ``minimum`` chars) that stay unique.

    Ids are left whole when none is longer than ``keep`` characters.
    """
    unique = sorted({str(i) for i in ids})
    whole = {i: i for i in unique}
    if not unique or max(len(i) for i in unique) <= keep:
        return whole
    for n in range(minimum, max(len(i) for i in unique) + 1):
        cut = {i: i[:n] for i in unique}
        if len(set(cut.values())) == len(unique):
            return cut
    return whole


def _label_doc_columns(ax: Axes, docs: pd.DataFrame) -> None:
    """Label matrix columns by date (bottom) and short document id (top)."""
    centres = np.arange(len(docs)) + 0.5
    many = len(docs) > 6
    ax.set_xticks(
        centres,
        labels=[_day_label(s) for s in docs[_DATE_COL]],
        rotation=45 if many else 0,
        ha="right" if many else "center",
        fontsize=_font("tick"),
    )
    short = _short_ids(docs["doc_id"])
    top = ax.secondary_xaxis("top")
    top.set_xticks(
        centres,
        labels=[short[str(d)] for d in docs["doc_id"]],
        rotation=45 if many else 0,
        ha="left" if many else "center",
        fontsize=_font("tick"),
        color="#555555",
    )
    top.tick_params(length=0)
    ax.tick_params(axis="x", length=0)
    ax.set_xlim(0, len(docs))


def _label_matrix(ax: Axes, rows: Sequence[str], docs: pd.DataFrame, title: str) -> None:
    """Label a row × document matrix: row names down the side, documents along the top."""
    ax.set_ylim(len(rows), 0)
    ax.set_yticks(np.arange(len(rows)) + 0.5, labels=list(rows), fontsize=_font("label"))
    ax.tick_params(axis="y", length=0)
    _label_doc_columns(ax, docs)
    _title(ax, title)


def _title(ax: Axes, text: str) -> None:
    ax.set_title(text, fontsize=_font("title"), loc="left")
