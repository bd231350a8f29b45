"""The overview figure: one salience panel per dimension, top position where it changes."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from nato_diff.errors import NatoDiffError, located

from ._axes import _date_limits, _format_date_axis, _fractions, _no_data, _title
from ._tables import _DATE_COL, _check_columns, _is_missing, _with_dates, _x
from .style import _font, dimension_color

__all__ = ["TrackingTables", "plot_overview"]


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
) -> Figure:
    """Draw one panel per dimension: salience over real dates, top position annotated.

    Each panel shows the dimension's salience (share of sentences) per document as a bar at
    the document's date. Above a bar is the highest-ranked position any side takes on the
    dimension in that document, with the side in brackets; to keep the panel readable it is
    written only where it changes from the last document that stated one.

    Parameters
    ----------
    tracking : object with ``timeline`` and ``positions`` DataFrames
        A tracking result, or any object carrying those two tables (see :func:`plot_salience`
        and :func:`plot_positions` for their columns).
    dimensions : sequence of str, optional
        Dimensions to draw, top to bottom; by default every dimension in the timeline in
        order of first appearance.

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
    fig = Figure(figsize=(9, 1.2 + 2.0 * len(chosen)), layout="constrained")
    axes = fig.subplots(len(chosen), 1, sharex=True, squeeze=False)[:, 0]
    top = _top_positions(tracking)
    limits = _date_limits(_x(rows))
    for ax, dim in zip(axes, chosen, strict=True):
        panel = rows.loc[rows["dimension"].astype(str) == dim].sort_values(
            [_DATE_COL, "doc_id"], kind="mergesort"
        )
        _draw_panel(ax, panel, dim)
        _label_changes(ax, _position_changes(panel, dim, top), limits)
    _format_date_axis(axes[-1], _x(rows))
    for ax in axes:
        ax.tick_params(axis="both", which="major", labelsize=_font("tick"))
    fig.suptitle(
        "Salience by dimension (share of sentences); labels: top position where it changes",
        fontsize=_font("title"),
    )
    return fig


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


def _top_positions(tracking: TrackingTables) -> dict[tuple[str, str], str]:
    """Highest-ranked position per (doc_id, dimension), with its side when known.

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
            top[key] = f"{position} ({who})" if who else str(position)
    return top


def _percent_tick(value: float, _position: float | None = None) -> str:
    return f"{round(value * 100, 1):g}%"


def _draw_panel(ax: Axes, panel: pd.DataFrame, dim: str) -> None:
    """One dimension's salience as bars at the document dates, with room above for labels."""
    x = _x(panel)
    y = pd.to_numeric(panel["salience"], errors="coerce").to_numpy(dtype=float)
    ax.vlines(x, 0, y, color=dimension_color(dim), linewidth=6)
    peak = float(np.nanmax(y)) if np.isfinite(y).any() else 0.0
    ax.set_ylim(0, max(peak, 0.01) / 0.55)
    ax.yaxis.set_major_formatter(FuncFormatter(_percent_tick))
    ax.set_ylabel("salience", fontsize=_font("label"))
    ax.grid(axis="y", color="#E5E5E5", linewidth=0.8)
    ax.set_axisbelow(True)
    _title(ax, dim)


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


def _free_tiers(fractions: Iterable[float], *, gap: float, n_tiers: int) -> list[int | None]:
    """Put each label on the first tier with room (``gap`` axis fraction); None if none has."""
    ends: list[float] = [-math.inf] * n_tiers
    placed: list[int | None] = []
    for f in fractions:
        tier = next((t for t in range(n_tiers) if f - ends[t] >= gap), None)
        if tier is not None:
            ends[tier] = f
        placed.append(tier)
    return placed


def _wrap_id(text: str, width: int = 22) -> str:
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


def _label_changes(
    ax: Axes,
    changes: Sequence[tuple[Any, float, str]],
    limits: tuple[np.datetime64, np.datetime64],
) -> None:
    """Write each change above its bar, on the first of two tiers with room; skip the rest."""
    where = _fractions(np.array([c[0] for c in changes], dtype="datetime64[ns]"), limits)
    for (xi, yi, label), frac, tier in zip(
        changes, where, _free_tiers(where, gap=0.2, n_tiers=2), strict=True
    ):
        if tier is None:  # no room left: the positions plot shows every step
            continue
        ax.annotate(
            _wrap_id(label),
            xy=(xi, yi),
            xytext=(xi, 0.96 - 0.2 * tier),
            textcoords=("data", "axes fraction"),
            ha="left" if frac < 0.15 else "right" if frac > 0.85 else "center",
            va="top",
            fontsize=_font("annotation"),
            arrowprops={"arrowstyle": "-", "color": "#AAAAAA", "linewidth": 0.8},
        )
