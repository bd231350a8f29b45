"""Readability over time: one measure, for the whole text or one dimension's sentences."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from nato_diff.errors import NatoDiffError, located

from ._axes import _axes, _format_date_axis, _no_data, _title
from ._tables import _DATE_COL, _check_columns, _with_dates, _x
from .labels import _label
from .style import _font, _style, dimension_color

__all__ = ["plot_readability"]


def plot_readability(
    readability: pd.DataFrame,
    *,
    measure: str = "flesch_reading_ease",
    scope: str = "document",
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw one readability measure over real dates.

    Reliable values are filled circles; values flagged unreliable (too little text to score)
    are hollow circles, with an entry in the legend saying so.

    Parameters
    ----------
    readability : pandas.DataFrame
        One row per document × scope × measure with at least the columns ``doc_id``,
        ``date``, ``scope``, ``measure``, ``value`` and ``reliable`` (missing = unreliable).
    measure : str, default "flesch_reading_ease"
        The measure to draw (the ``measure`` column).
    scope : str, default "document"
        ``"document"`` for the whole text, or a dimension id for the sentences on it.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; the current Axes by default.
    **kwargs
        Passed on to :meth:`matplotlib.axes.Axes.plot` for the line.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on: ``ax.get_lines()`` holds the line, then the filled and the hollow
        points (each only when there are any).

    Raises
    ------
    ValueError
        If a column is missing, or ``measure`` or ``scope`` is not in the table (the message
        lists the available ones).

    Examples
    --------
    >>> import datetime as dt
    >>> table = pd.DataFrame({
    ...     "doc_id": ["a", "b"], "date": [dt.date(2023, 1, 5), dt.date(2023, 3, 1)],
    ...     "scope": ["document"] * 2, "measure": ["flesch_reading_ease"] * 2,
    ...     "value": [41.0, 35.5], "reliable": [True, False]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> plot_readability(table, ax=ax).get_ylabel()
    'Flesch reading ease'
    """
    required = ("doc_id", "date", "scope", "measure", "value", "reliable")
    _check_columns(readability, required, name="readability")
    ax = _axes(ax)
    if readability.empty:
        return _no_data(ax)
    rows = _with_dates(_choose(readability, measure, scope))
    rows = rows.assign(value=pd.to_numeric(rows["value"], errors="coerce"))
    rows = rows.loc[rows["value"].notna()].sort_values([_DATE_COL, "doc_id"], kind="mergesort")
    if rows.empty:
        return _no_data(ax, f"no {measure} values")
    reliable = np.array([v is True or v == 1 for v in rows["reliable"]], dtype=bool)
    color = _style().document if scope == "document" else dimension_color(scope)
    label = _measure_label(measure)
    options: dict[str, Any] = {"color": color, "linewidth": 1.5, "label": label, **kwargs}
    x, y = _x(rows), rows["value"].to_numpy(dtype=float)
    ax.plot(x, y, **options)
    _draw_points(ax, x, y, reliable, color)
    ax.set_ylabel(label, fontsize=_font("label"))
    _format_date_axis(ax, x)
    ax.legend(fontsize=_font("tick"), loc="best")
    where = "whole document" if scope == "document" else f"sentences on {_label(scope)}"
    _title(ax, f"Readability: {label} ({where})")
    return ax


def _choose(readability: pd.DataFrame, measure: str, scope: str) -> pd.DataFrame:
    """Return the rows of one measure and scope; both must be in the table."""
    measures = sorted(str(m) for m in readability["measure"].dropna().unique())
    if measure not in measures:
        raise NatoDiffError(
            located(
                f"no measure {measure!r}",
                entry="readability table",
                hint=f"Available measures: {', '.join(measures)}.",
            )
        )
    of_measure = readability.loc[readability["measure"] == measure]
    scopes = sorted(str(s) for s in of_measure["scope"].dropna().unique())
    if scope not in scopes:
        raise NatoDiffError(
            located(
                f"no scope {scope!r} for measure {measure!r}",
                entry="readability table",
                hint=f"Available scopes: {', '.join(scopes)}.",
            )
        )
    chosen: pd.DataFrame = of_measure.loc[of_measure["scope"] == scope]
    return chosen


def _measure_label(measure: str) -> str:
    return measure.replace("_", " ").capitalize()


def _draw_points(
    ax: Axes,
    x: np.ndarray[Any, Any],
    y: np.ndarray[Any, Any],
    reliable: np.ndarray[Any, Any],
    color: str,
) -> None:
    """Mark reliable values with filled circles, those from too little text with hollow ones."""
    if reliable.any():
        ax.plot(
            x[reliable],
            y[reliable],
            linestyle="none",
            marker="o",
            markersize=7,
            color=color,
            label="_reliable",
        )
    if (~reliable).any():
        ax.plot(
            x[~reliable],
            y[~reliable],
            linestyle="none",
            marker="o",
            markersize=7,
            markerfacecolor="white",
            markeredgecolor=color,
            markeredgewidth=1.5,
            label="unreliable (too little text)",
        )
