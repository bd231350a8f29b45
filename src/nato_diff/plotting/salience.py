"""The salience heat map: dimensions (rows) × documents (columns, in date order)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.collections import QuadMesh
from matplotlib.colors import Normalize
from matplotlib.ticker import PercentFormatter

from nato_diff.errors import NatoDiffError, located

from ._axes import _axes, _label_matrix, _no_data
from ._periods import _PERIOD_COL, Period, _choose_period, _with_periods
from ._tables import _DATE_COL, _check_columns, _doc_order, _with_dates
from .labels import _label
from .style import _font, _style, _text_color_on

#: Past this many documents, columns are weeks, months, quarters or years (mean salience).
_MOST_COLUMNS = 24

__all__ = ["plot_salience"]


def plot_salience(
    timeline: pd.DataFrame,
    *,
    colorbar: bool = False,
    labels: Mapping[str, str] | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw salience as a heat map: dimensions (rows) × documents (columns, in date order).

    Each cell shows the share of the document's sentences that mention the dimension, written
    as a percentage. Columns are labelled by date underneath and, when ids are short, by
    document id on top. A document × dimension pair missing from the table is left blank and
    marked "–". With more than 24 documents each column is a week, month, quarter or year
    (the shortest period giving at most 24 columns) holding the mean salience of its
    documents. Rows are labelled with the dimensions' names, not their ids.

    Parameters
    ----------
    timeline : pandas.DataFrame
        One row per document × dimension with at least the columns ``doc_id``, ``date``
        (``datetime.date`` objects or datetime64), ``dimension`` and ``salience`` (0–1).
        Rows keep the dimension order of their first appearance.
    colorbar : bool, default False
        Add a colour bar beside the Axes.
    labels : mapping of str to str, optional
        Human names for dimension ids; ids not listed are written in words.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; the current Axes by default.
    **kwargs
        Passed on to :meth:`matplotlib.axes.Axes.pcolormesh` (``cmap``, ``vmin``, ``vmax`` …).
        By default colours run from 0 to the largest salience in the table; pass ``vmax=1``
        to compare figures on an absolute scale.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. ``ax.collections[0]`` is the mesh, whose array has shape
        (number of dimensions, number of documents or periods).

    Raises
    ------
    ValueError
        If a column is missing or a document × dimension pair has more than one row.

    Examples
    --------
    >>> import datetime as dt
    >>> table = pd.DataFrame({"doc_id": ["a", "b"], "date": [dt.date(2023, 1, 5)] * 2,
    ...                       "dimension": ["black_sea"] * 2, "salience": [0.2, 0.05]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = plot_salience(table, ax=ax)
    >>> [t.get_text() for t in ax.texts]
    ['20%', '5.0%']
    """
    _check_columns(timeline, ("doc_id", "date", "dimension", "salience"), name="timeline")
    ax = _axes(ax)
    rows = _with_dates(timeline)
    if rows.empty:
        return _no_data(ax)
    _check_one_row_each(rows)
    dims = [str(d) for d in pd.unique(rows["dimension"])]
    period = _choose_period(rows[_DATE_COL], most=_MOST_COLUMNS)
    if period is None:
        docs = _doc_order(rows)
        values = _salience_grid(rows, dims, docs)
        columns: pd.DataFrame | tuple[list[pd.Timestamp], Period] = docs
        title = "Salience: share of sentences on each dimension"
    else:
        starts, values = _period_grid(rows, dims, period)
        columns = (starts, period)
        title = f"Salience: mean share of sentences on each dimension, per {period}"
    n_rows, n_cols = values.shape
    mesh = ax.pcolormesh(
        np.arange(n_cols + 1),
        np.arange(n_rows + 1),
        np.ma.masked_invalid(values),
        **_mesh_options(values, kwargs),
    )
    _write_cells(ax, mesh, values)
    _label_matrix(ax, [_label(d, labels) for d in dims], columns, title)
    if colorbar:
        bar = ax.figure.colorbar(mesh, ax=ax, format=PercentFormatter(1.0, decimals=0))
        bar.set_label("share of sentences", fontsize=_font("label"))
        bar.ax.tick_params(labelsize=_font("tick"))
    return ax


def _period_grid(
    rows: pd.DataFrame, dims: list[str], period: Period
) -> tuple[list[pd.Timestamp], np.ndarray[Any, Any]]:
    """Mean salience as a dimensions × periods array, with the periods' start dates."""
    grouped = _with_periods(rows.assign(dimension=rows["dimension"].astype(str)), period)
    grid = grouped.pivot_table(
        index="dimension", columns=_PERIOD_COL, values="salience", aggfunc="mean"
    ).reindex(index=dims)
    starts = [pd.Timestamp(c) for c in grid.columns]
    values: np.ndarray[Any, Any] = grid.to_numpy(dtype=float)
    return starts, values


def _check_one_row_each(rows: pd.DataFrame) -> None:
    """Refuse a timeline with several rows for one document × dimension."""
    duplicated = rows.duplicated(subset=["doc_id", "dimension"], keep=False)
    if duplicated.any():
        first = rows.loc[duplicated].iloc[0]
        raise NatoDiffError(
            located(
                f"several rows for document {first['doc_id']!r} × dimension "
                f"{first['dimension']!r}",
                entry="timeline table",
                hint="Expected one row per document × dimension.",
            )
        )


def _salience_grid(
    rows: pd.DataFrame, dims: list[str], docs: pd.DataFrame
) -> np.ndarray[Any, Any]:
    """Salience as a dimensions × documents array; NaN where a pair has no row."""
    grid = rows.assign(dimension=rows["dimension"].astype(str)).pivot(
        index="dimension", columns="doc_id", values="salience"
    )
    values: np.ndarray[Any, Any] = grid.reindex(index=dims, columns=docs["doc_id"]).to_numpy(
        dtype=float
    )
    return values


def _mesh_options(values: np.ndarray[Any, Any], kwargs: dict[str, Any]) -> dict[str, Any]:
    """Options of the mesh: colours from 0 to the largest salience, unless ``kwargs`` say."""
    top = float(np.nanmax(values)) if np.isfinite(values).any() else 0.0
    options: dict[str, Any] = {
        "cmap": _style().salience_cmap,
        "vmin": 0.0,
        "vmax": top if top > 0 else 1.0,
        "edgecolors": "white",
        "linewidth": 1.0,
        **kwargs,
    }
    if "norm" in kwargs:  # matplotlib refuses a norm together with vmin/vmax
        options = {k: v for k, v in options.items() if k not in {"vmin", "vmax"} or k in kwargs}
    return options


def _percent(value: float) -> str:
    pct = value * 100
    return f"{pct:.0f}%" if pct >= 10 or pct == 0 else f"{pct:.1f}%"


def _write_cells(ax: Axes, mesh: QuadMesh, values: np.ndarray[Any, Any]) -> None:
    """Write each cell's percentage, in ink that reads on its colour; "–" where empty."""
    cmap = mesh.get_cmap()
    norm = mesh.norm if isinstance(mesh.norm, Normalize) else Normalize(0.0, 1.0)
    n_rows, n_cols = values.shape
    for i in range(n_rows):
        for j in range(n_cols):
            value = values[i, j]
            if math.isnan(value):
                text, color = "–", "#555555"
            else:
                text, color = _percent(value), _text_color_on(cmap(norm(value)))
            ax.text(
                j + 0.5,
                i + 0.5,
                text,
                ha="center",
                va="center",
                fontsize=_font("cell"),
                color=color,
            )
