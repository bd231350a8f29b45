"""The overview figure: one salience panel per dimension, top position where it changes."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.text import Annotation
from matplotlib.ticker import FuncFormatter

from nato_diff.errors import NatoDiffError, located

from ._axes import (
    _date_limits,
    _format_date_axis,
    _fractions,
    _no_data,
    _stack_panels_without_overlap,
    _title,
)
from ._periods import _PERIOD_COL, Period, _choose_period, _period_width, _with_periods
from ._tables import _DATE_COL, _check_columns, _is_missing, _with_dates, _x
from .labels import _label
from .style import _font, dimension_color

__all__ = ["TrackingTables", "plot_overview"]

#: Past this many document dates, each panel shows the mean salience per period.
_MOST_DATES = 40
#: Where position labels may hang (top edge, axes fraction), highest first.
_HEIGHTS = tuple(0.97 - 0.04 * i for i in range(10))


class TrackingTables(Protocol):
    """Anything with ``timeline`` and ``positions`` tables (such as a tracking result)."""

    @property
    def timeline(self) -> pd.DataFrame:
        """One row per document × dimension."""
        ...

    @property
    def positions(self) -> pd.DataFrame:
        """One row per document × dimension × side."""
        ...


def plot_overview(
    tracking: TrackingTables,
    *,
    dimensions: Sequence[str] | None = None,
    labels: Mapping[str, str] | None = None,
) -> Figure:
    """Draw one panel per dimension: salience over real dates, top position annotated.

    Each panel shows the dimension's salience (share of sentences) per document as a bar at
    the document's date; the axis never runs past 100 %. Above a bar is the highest-ranked
    position any side takes on the dimension in that document, with the side in brackets,
    written only where it changes from the last document that stated one and only where it
    overlaps no other label (the positions plot shows every step). With more than 40
    document dates, each panel shows the mean salience per week, month, quarter or year
    instead, without position labels. Panel titles are the dimensions' labels.

    Parameters
    ----------
    tracking : object with ``timeline`` and ``positions`` DataFrames
        A tracking result, or any object carrying those two tables (see :func:`plot_salience`
        and :func:`plot_positions` for their columns).
    dimensions : sequence of str, optional
        Dimensions to draw, top to bottom; by default every dimension in the timeline in
        order of first appearance.
    labels : mapping of str to str, optional
        Human names for ids (dimensions, positions, sides). By default the labels of
        ``tracking.dimensions`` when it has them; other ids are written in words.

    Returns
    -------
    matplotlib.figure.Figure
        A new figure with one Axes per dimension (shared date axis). It is not registered
        with pyplot, so it is never shown by ``plt.show()`` and needs no closing; save it with
        ``fig.savefig(...)`` or let a notebook display it.

    Raises
    ------
    ValueError
        If the timeline lacks a column, ``dimensions`` is empty or names a dimension that is
        not in the timeline (the message lists the available ones).

    Examples
    --------
    >>> import datetime as dt
    >>> from types import SimpleNamespace
    >>> timeline = pd.DataFrame({
    ...     "doc_id": ["a", "b"], "date": [dt.date(2023, 1, 5), dt.date(2023, 3, 1)],
    ...     "dimension": ["black_sea"] * 2, "salience": [0.1, 0.3]})
    >>> fig = plot_overview(SimpleNamespace(timeline=timeline, positions=pd.DataFrame()))
    >>> len(fig.axes)
    1
    """
    timeline = tracking.timeline
    _check_columns(timeline, ("doc_id", "date", "dimension", "salience"), name="timeline")
    if isinstance(dimensions, str):
        raise NatoDiffError("dimensions must be a sequence of dimension ids, not one string")
    rows = _with_dates(timeline)
    if rows.empty:
        fig = Figure(figsize=(8, 2.5), layout="constrained")
        _no_data(fig.add_subplot())
        return fig
    chosen = _chosen_dimensions(rows, dimensions)
    names = {**_dimension_labels(tracking), **(labels or {})}
    period = _choose_period(rows[_DATE_COL], most=_MOST_DATES)
    fig = Figure(figsize=(9, 1.2 + 2.0 * len(chosen)), layout="constrained")
    axes = fig.subplots(len(chosen), 1, sharex=True, squeeze=False)[:, 0]
    top = _top_positions(tracking, names) if period is None else {}
    limits = _date_limits(_x(rows))
    for ax, dim in zip(axes, chosen, strict=True):
        panel = rows.loc[rows["dimension"].astype(str) == dim].sort_values(
            [_DATE_COL, "doc_id"], kind="mergesort"
        )
        _draw_panel(ax, panel, dim, period)
        _title(ax, _label(dim, names))
    _format_date_axis(axes[-1], _x(rows))
    for ax in axes:
        ax.tick_params(axis="both", which="major", labelsize=_font("tick"))
    fig.suptitle(_suptitle(period), fontsize=_font("title"))
    notes = []
    for ax, dim in zip(axes, chosen, strict=True):
        panel = rows.loc[rows["dimension"].astype(str) == dim].sort_values(
            [_DATE_COL, "doc_id"], kind="mergesort"
        )
        notes.append((ax, _change_notes(ax, _position_changes(panel, dim, top), limits)))
    # The labels are out of the layout: one layout serves every panel's stacking.
    _stack_panels_without_overlap(notes, _HEIGHTS)
    return fig


def _suptitle(period: Period | None) -> str:
    if period is None:
        return "Salience by dimension (share of sentences); labels: top position where it changes"
    return f"Salience by dimension: mean share of sentences per {period}"


def _dimension_labels(tracking: TrackingTables) -> dict[str, str]:
    """Return the labels of ``tracking.dimensions`` (a Dimensions object), if it has one."""
    dims = getattr(tracking, "dimensions", None)
    try:
        return {str(d): str(dims[d].label) for d in dims}  # type: ignore[index, union-attr]
    except (TypeError, AttributeError, KeyError):
        return {}


def _chosen_dimensions(rows: pd.DataFrame, dimensions: Sequence[str] | None) -> list[str]:
    """Return the dimensions to draw: every one in order of appearance, or the given ones."""
    available = [str(d) for d in pd.unique(rows["dimension"])]
    chosen = available if dimensions is None else [str(d) for d in dimensions]
    if not chosen:
        raise NatoDiffError("dimensions is empty; pass None to draw every dimension")
    unknown = [d for d in chosen if d not in available]
    if unknown:
        raise NatoDiffError(
            located(
                f"no dimension(s) {', '.join(repr(d) for d in unknown)}",
                entry="timeline table",
                hint=f"Available dimensions: {', '.join(sorted(available))}.",
            )
        )
    return chosen


def _position_source(tracking: TrackingTables) -> pd.DataFrame | None:
    """Return the positions table, or the timeline when only it has positions, or None."""
    positions = getattr(tracking, "positions", None)
    needed = ("doc_id", "dimension", "position", "position_rank")
    candidates = [positions, tracking.timeline]  # the timeline's columns are the fallback
    usable = [
        table
        for table in candidates
        if isinstance(table, pd.DataFrame)
        and all(c in table.columns for c in needed)
        and table["position"].notna().any()
    ]
    return usable[0] if usable else None


def _top_positions(
    tracking: TrackingTables, names: Mapping[str, str]
) -> dict[tuple[str, str], str]:
    """Highest-ranked position per (doc_id, dimension), with its side when known, in words.

    Read from the positions table, or from the timeline's ``position`` and ``position_rank``
    columns when the positions table has none.
    """
    source = _position_source(tracking)
    if source is None:
        return {}
    rows = source.loc[source["position"].notna() & source["position_rank"].notna()]
    side = rows["side"] if "side" in rows.columns else pd.Series(None, index=rows.index)
    rows = rows.assign(_side=["" if _is_missing(s) else str(s) for s in side])
    rows = rows.sort_values(
        ["doc_id", "dimension", "position_rank", "_side"],
        ascending=[True, True, False, True],
        kind="mergesort",
    )
    top: dict[tuple[str, str], str] = {}
    for doc, dim, position, who in zip(
        rows["doc_id"], rows["dimension"], rows["position"], rows["_side"], strict=True
    ):
        key = (str(doc), str(dim))
        if key not in top:
            said = _label(position, names)
            top[key] = f"{said} ({_label(who, names)})" if who else said
    return top


def _percent_tick(value: float, _position: float | None = None) -> str:
    return f"{round(value * 100, 1):g}%"


def _draw_panel(ax: Axes, panel: pd.DataFrame, dim: str, period: Period | None) -> None:
    """One dimension's salience as bars at the document dates (or per period), room above."""
    if period is None:
        x = _x(panel)
        y = pd.to_numeric(panel["salience"], errors="coerce").to_numpy(dtype=float)
        ax.vlines(x, 0, y, color=dimension_color(dim), linewidth=6)
    else:
        means = (
            _with_periods(panel.assign(salience=pd.to_numeric(panel["salience"])), period)
            .groupby(_PERIOD_COL)["salience"]
            .mean()
        )
        x = means.index.to_numpy(dtype="datetime64[ns]")
        y = means.to_numpy(dtype=float)
        ax.bar(x, y, width=_period_width(period) * 0.8, align="edge", color=dimension_color(dim))
    peak = float(np.nanmax(y)) if np.isfinite(y).any() else 0.0
    ax.set_ylim(0, min(1.0, max(peak, 0.01) / 0.55))  # room for labels, never past 100 %
    ax.yaxis.set_major_formatter(FuncFormatter(_percent_tick))
    ax.set_ylabel("salience", fontsize=_font("label"))
    ax.grid(axis="y", color="#E5E5E5", linewidth=0.8)
    ax.set_axisbelow(True)


def _position_changes(
    panel: pd.DataFrame, dim: str, top: Mapping[tuple[str, str], str]
) -> list[tuple[Any, float, str]]:
    """(date, bar height, label) where the top position differs from the last one stated."""
    x = _x(panel)
    y = pd.to_numeric(panel["salience"], errors="coerce").to_numpy(dtype=float)
    changes: list[tuple[Any, float, str]] = []
    last: str | None = None
    for xi, yi, doc in zip(x, y, panel["doc_id"], strict=True):
        label = top.get((str(doc), dim))
        if label is not None and label != last:
            changes.append((xi, 0.0 if math.isnan(yi) else yi, label))
            last = label
    return changes


def _wrap_id(text: str, width: int = 28) -> str:
    """Wrap an id-like label after underscores or spaces so no line is much over ``width``."""
    pieces = re.split(r"(?<=[_ ])", text)
    lines: list[str] = []
    line = ""
    for piece in pieces:
        if line and len(line) + len(piece.rstrip()) > width:
            lines.append(line.rstrip())
            line = ""
        line += piece
    lines.append(line.rstrip())
    return "\n".join(lines)


def _change_notes(
    ax: Axes,
    changes: Sequence[tuple[Any, float, str]],
    limits: tuple[np.datetime64, np.datetime64],
) -> list[Annotation]:
    """Write each change above its bar, out of the layout, to be stacked without overlap.

    :func:`._axes._stack_panels_without_overlap` then moves each label as high as it goes
    without overlapping another, and leaves out a label with no free place (the positions
    plot shows every step).
    """
    where = _fractions(np.array([c[0] for c in changes], dtype="datetime64[ns]"), limits)
    notes = []
    for (xi, yi, label), frac in zip(changes, where, strict=True):
        anchor = 0.0 if frac < 0.15 else 1.0 if frac > 0.85 else 0.5
        note = ax.annotate(
            _wrap_id(label),
            xy=(xi, yi),
            xytext=(xi, 0.97),
            textcoords=("data", "axes fraction"),
            ha={0.0: "left", 1.0: "right"}.get(anchor, "center"),
            va="top",
            fontsize=_font("annotation"),
            arrowprops={  # straight down from the label's anchor to its bar
                "arrowstyle": "-",
                "color": "#AAAAAA",
                "linewidth": 0.8,
                "relpos": (anchor, 0.0),
                "shrinkA": 0,
            },
            bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"},
            gid="position",
        )
        note.set_in_layout(False)
        notes.append(note)
    return notes
