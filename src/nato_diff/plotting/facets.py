"""Facets named: which facets of a dimension each document names, as a facet × document grid."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.colors import ListedColormap

from nato_diff.errors import NatoDiffError

from ._axes import _axes, _label_matrix, _no_data
from ._periods import _PERIOD_COL, Period, _choose_period, _with_periods
from ._tables import (
    _DATE_COL,
    _check_columns,
    _check_dimension,
    _doc_order,
    _order_by_first_date,
    _with_dates,
)
from .labels import _label
from .style import _font, _style, _text_color_on, dimension_color

#: Past this many documents, columns are weeks, months, quarters or years.
_MOST_COLUMNS = 24

__all__ = ["plot_facets"]


def plot_facets(
    facets: pd.DataFrame,
    *,
    dimension: str,
    facet_order: Sequence[str] | None = None,
    labels: Mapping[str, str] | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw which facets of a dimension each document names: facets (rows) × documents.

    A filled cell (in the dimension's colour) means the document names the facet; the number
    written in it is the count of mentions. Columns are every document in the table (any
    dimension) in date order, so a document silent on this dimension shows as an empty column.
    With more than 24 documents each column is a week, month, quarter or year (the shortest
    period giving at most 24 columns) and the number is how many of its documents name the
    facet. Rows and the title use names, not ids.

    Parameters
    ----------
    facets : pandas.DataFrame
        One row per document × dimension × facet named, with at least the columns ``doc_id``,
        ``date``, ``dimension``, ``facet`` and ``n_mentions``.
    dimension : str
        The dimension whose facets to draw.
    facet_order : sequence of str, optional
        The rows to draw, top to bottom; facets not listed are left out and listed facets
        nobody named are drawn as empty rows. By default: every facet named, in order of
        first appearance (then by name).
    labels : mapping of str to str, optional
        Human names for ids (the dimension, facets); ids not listed are written in words.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; the current Axes by default.
    **kwargs
        Passed on to :meth:`matplotlib.axes.Axes.pcolormesh`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on; ``ax.collections[0]`` is the mesh, whose array has shape
        (number of facets, number of documents or periods) and holds 1 where a facet is
        named.

    Raises
    ------
    ValueError
        If a column is missing, ``dimension`` is not in the table (the message lists the
        available ones) or ``facet_order`` repeats a facet.

    Examples
    --------
    >>> import datetime as dt
    >>> table = pd.DataFrame({
    ...     "doc_id": ["a", "b"], "date": [dt.date(2023, 1, 5), dt.date(2023, 3, 1)],
    ...     "dimension": ["black_sea"] * 2, "facet": ["grain_corridor"] * 2,
    ...     "n_mentions": [2, 1]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = plot_facets(table, dimension="black_sea", ax=ax)
    >>> [t.get_text() for t in ax.texts]
    ['2', '1']
    """
    required = ("doc_id", "date", "dimension", "facet", "n_mentions")
    _check_columns(facets, required, name="facets")
    if isinstance(facet_order, str):
        raise NatoDiffError("facet_order must be a sequence of facet ids, not one string")
    ax = _axes(ax)
    if facets.empty:
        return _no_data(ax)
    _check_dimension(facets, dimension, name="facets")
    everything = _with_dates(facets)
    docs = _doc_order(everything)
    rows = everything.loc[everything["dimension"] == dimension]
    rows = rows.assign(facet=rows["facet"].astype(str))
    order = _facet_rows(rows, facet_order)
    if not order or docs.empty:
        return _no_data(ax, f"no facets of {dimension}")
    name = _label(dimension, labels)
    facet_names = [_label(f, labels) for f in order]
    period = _choose_period(docs[_DATE_COL], most=_MOST_COLUMNS)
    if period is None:
        counts = _mention_counts(rows, order, docs)
        _draw_grid(ax, counts, dimension_color(dimension), kwargs)
        _label_matrix(ax, facet_names, docs, f"{name}: facets named (number of mentions)")
        return ax
    starts, counts = _documents_per_period(rows, order, everything, period)
    _draw_grid(ax, counts, dimension_color(dimension), kwargs)
    title = f"{name}: facets named (number of documents per {period})"
    _label_matrix(ax, facet_names, (starts, period), title)
    return ax


def _documents_per_period(
    rows: pd.DataFrame, order: list[str], everything: pd.DataFrame, period: Period
) -> tuple[list[pd.Timestamp], np.ndarray[Any, Any]]:
    """How many documents of each period name each facet; NaN for none."""
    starts = sorted(pd.unique(_with_periods(everything, period)[_PERIOD_COL]))
    named = _with_periods(rows.loc[rows["n_mentions"] > 0], period)
    counts: np.ndarray[Any, Any] = (
        named.groupby(["facet", _PERIOD_COL])["doc_id"]
        .nunique()
        .unstack()
        .reindex(index=order, columns=starts)
        .to_numpy(dtype=float)
    )
    return [pd.Timestamp(s) for s in starts], counts


def _facet_rows(rows: pd.DataFrame, facet_order: Sequence[str] | None) -> list[str]:
    """Return the facets to draw: ``facet_order`` (each once) or those named, by date."""
    if facet_order is None:
        return _order_by_first_date(rows, "facet")
    order = [str(f) for f in facet_order]
    if len(set(order)) != len(order):
        raise NatoDiffError(f"facet_order lists a facet twice: {order}")
    return order


def _mention_counts(
    rows: pd.DataFrame, order: list[str], docs: pd.DataFrame
) -> np.ndarray[Any, Any]:
    """Return the mentions of each facet (rows) in each document (columns); NaN for none."""
    counts: np.ndarray[Any, Any] = (
        rows.groupby(["facet", "doc_id"])["n_mentions"]
        .sum()
        .unstack()
        .reindex(index=order, columns=docs["doc_id"])
        .to_numpy(dtype=float)
    )
    return counts


def _draw_grid(ax: Axes, counts: np.ndarray[Any, Any], color: str, kwargs: dict[str, Any]) -> None:
    """Fill the cells of facets named in ``color`` and write the number of mentions in them."""
    present = np.nan_to_num(counts, nan=0.0) > 0
    options: dict[str, Any] = {
        "cmap": ListedColormap([_style().empty, color]),
        "vmin": 0.0,
        "vmax": 1.0,
        "edgecolors": "white",
        "linewidth": 1.5,
        **kwargs,
    }
    n_rows, n_cols = counts.shape
    ax.pcolormesh(np.arange(n_cols + 1), np.arange(n_rows + 1), present.astype(float), **options)
    ink = _text_color_on(color)
    for i, j in zip(*np.nonzero(present), strict=True):
        ax.text(
            j + 0.5,
            i + 0.5,
            f"{counts[i, j]:.0f}",
            ha="center",
            va="center",
            fontsize=_font("cell"),
            color=ink,
        )
