"""Axes furniture every plot shares: the Axes to draw on, "no data" note, titles, date axis.

Also the labels of the row × document matrices (heat maps of salience and facets).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.text import Annotation, Text
from matplotlib.ticker import NullLocator
from matplotlib.transforms import Bbox

from ._dates import _DateFormatter, _DateLocator
from ._periods import Period, _period_label
from ._tables import _DATE_COL
from .style import _font

#: The narrowest date axis drawn, in days.
_MIN_WINDOW_DAYS = 60
#: Document ids up to this length are written whole above matrix columns; longer ones are not.
_SHORT_ID = 12


def _axes(ax: Axes | None) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt  # only here: the report draws on its own figures

    return plt.gca()


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
    """Return x limits padded by 5 % of the span on the left and ``right_pad`` on the right.

    The window is at least :data:`_MIN_WINDOW_DAYS` wide, so a single date (or a few days)
    sits in a readable month rather than on a six-day axis.
    """
    stamps = np.sort(dates.astype("datetime64[ns]"))
    span = stamps[-1] - stamps[0]
    day = np.timedelta64(1, "D")
    left = max(span * 0.05, 3 * day)
    right = max(span * right_pad, 3 * day)
    short = _MIN_WINDOW_DAYS * day - (span + left + right)
    if short > 0:
        left, right = left + short / 2, right + short / 2
    return stamps[0] - left, stamps[-1] + right


def _fractions(
    x: np.ndarray[Any, Any], limits: tuple[np.datetime64, np.datetime64]
) -> np.ndarray[Any, Any]:
    """Where dates fall across the x axis, 0 (left edge) to 1 (right edge)."""
    lo, hi = limits
    width = (hi - lo) / np.timedelta64(1, "s")
    return ((x.astype("datetime64[ns]") - lo) / np.timedelta64(1, "s")) / width


def _format_date_axis(ax: Axes, dates: np.ndarray[Any, Any], *, right_pad: float = 0.05) -> None:
    """Real-date x axis: concise labels on every tick, padded limits, no unlabelled ticks.

    The locator picks days, months or years to suit the span; the concise formatter writes
    each tick (e.g. "2023", "Apr", "Jul") with the rest of the date in the offset text.
    """
    stamps = np.unique(dates.astype("datetime64[ns]"))
    # matplotlib.dates is not annotated.
    locator = _DateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    formatter = _DateFormatter(locator)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)
    ax.xaxis.set_minor_locator(NullLocator())
    ax.tick_params(axis="both", which="major", labelsize=_font("tick"))
    ax.xaxis.get_offset_text().set_fontsize(_font("tick"))
    lo, hi = _date_limits(stamps, right_pad=right_pad)
    ax.set_xlim(lo, hi)  # type: ignore[arg-type]  # unit-converted by matplotlib


def _text_box(text: Text) -> Bbox:
    """Return the extent of the text itself (an annotation's arrow left out), with a margin."""
    return Text.get_window_extent(text).expanded(1.04, 1.15)


def _declutter(ax: Axes, texts: Sequence[Text]) -> None:
    """Remove each text that would overlap one kept before it or leave the figure.

    ``texts`` are in order of priority. The figure is laid out (not rendered) to measure them.
    """
    fig = ax.get_figure(root=True)
    if fig is None or not texts:
        return
    fig.draw_without_rendering()
    kept: list[Bbox] = []
    for text in texts:
        box = _text_box(text)
        inside = fig.bbox.containsx(box.x0) and fig.bbox.containsx(box.x1)
        if not inside or any(box.overlaps(other) for other in kept):
            text.remove()
        else:
            kept.append(box)


def _leader(ax: Axes, note: Annotation, box: Bbox) -> Bbox:
    """Return the strip the annotation's leader line takes, from its point up to its text."""
    x, y = note.xy
    data = (ax.convert_xunits(x), ax.convert_yunits(y))  # type: ignore[no-untyped-call]
    tip_x, tip_y = ax.transData.transform(data)
    return Bbox([[tip_x - 1.0, min(tip_y, box.y0)], [tip_x + 1.0, max(tip_y, box.y0)]])


def _stack_panels_without_overlap(
    panels: Sequence[tuple[Axes, Sequence[Annotation]]], heights: Sequence[float]
) -> None:
    """Move each annotation to the first height (axes fraction) where it overlaps nothing.

    Within a panel, neither an annotation's text nor its leader line may cross the text or
    the leader line of one placed before it. Annotations with no free height are removed.
    Their x stays, so leader lines stay vertical and never cross one another. The
    annotations must be left out of the layout (``set_in_layout(False)``): then moving them
    changes no panel's place, and the figure is laid out once for all panels.
    """
    fig = next((ax.get_figure(root=True) for ax, notes in panels if notes), None)
    if fig is None:
        return
    fig.draw_without_rendering()
    for ax, notes in panels:
        _stack_notes(ax, notes, heights)


def _stack_notes(ax: Axes, notes: Sequence[Annotation], heights: Sequence[float]) -> None:
    texts: list[Bbox] = []
    leaders: list[Bbox] = []
    for note in notes:
        x = note.xyann[0]
        for height in heights:
            note.xyann = (x, height)
            box = _text_box(note)
            line = _leader(ax, note, box)
            if not any(box.overlaps(o) for o in texts + leaders) and not any(
                line.overlaps(o) for o in texts
            ):
                texts.append(box)
                leaders.append(line)
                break
        else:
            note.remove()


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
    """Label matrix columns by date (bottom) and, when ids are short, by document id (top)."""
    centres = np.arange(len(docs)) + 0.5
    many = len(docs) > 6
    ax.set_xticks(
        centres,
        labels=[_day_label(s) for s in docs[_DATE_COL]],
        rotation=45 if many else 0,
        ha="right" if many else "center",
        rotation_mode="anchor",
        fontsize=_font("tick"),
    )
    ids = [str(d) for d in docs["doc_id"]]
    if max(len(i) for i in ids) <= _SHORT_ID:  # long ids would have to be cut: leave them out
        top = ax.secondary_xaxis("top")
        top.set_xticks(centres, labels=ids, fontsize=_font("tick"), color="#555555")
        top.tick_params(length=0)
    ax.tick_params(axis="x", length=0)
    ax.set_xlim(0, len(docs))


def _label_period_columns(ax: Axes, starts: Sequence[pd.Timestamp], period: Period) -> None:
    """Label matrix columns by period ("Apr 2023", "Q2 2023", "2023")."""
    labels = [_period_label(pd.Timestamp(s), period) for s in starts]
    many = len(labels) > 8
    ax.set_xticks(
        np.arange(len(labels)) + 0.5,
        labels=labels,
        rotation=45 if many else 0,
        ha="right" if many else "center",
        rotation_mode="anchor",
        fontsize=_font("tick"),
    )
    ax.tick_params(axis="x", length=0)
    ax.set_xlim(0, len(labels))


def _label_matrix(
    ax: Axes,
    rows: Sequence[str],
    columns: pd.DataFrame | tuple[Sequence[pd.Timestamp], Period],
    title: str,
) -> None:
    """Label a row × column matrix: row names down the side, documents or periods along x."""
    ax.set_ylim(len(rows), 0)
    ax.set_yticks(np.arange(len(rows)) + 0.5, labels=list(rows), fontsize=_font("label"))
    ax.tick_params(axis="y", length=0)
    if isinstance(columns, pd.DataFrame):
        _label_doc_columns(ax, columns)
    else:
        _label_period_columns(ax, *columns)
    _title(ax, title)


def _title(ax: Axes, text: str) -> None:
    ax.set_title(text, fontsize=_font("title"), loc="left")
