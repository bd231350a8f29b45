"""Figures over time: the numbers of one kind (money by default), one series per scope."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from nato_diff.errors import NatoDiffError, located

from ._axes import _axes, _format_date_axis, _no_data, _title
from ._tables import (
    _DATE_COL,
    _check_columns,
    _is_missing,
    _order_by_first_date,
    _with_dates,
    _x,
)
from .labels import _label, readable
from .style import _font, _style

__all__ = ["plot_figures"]

#: Marker per figure bound: lower bounds point up, upper bounds point down.
_BOUND_MARKERS: dict[str, str] = {"lower": "^", "upper": "v", "approx": "D", "exact": "o"}
_BOUND_LABELS: dict[str, str] = {
    "lower": "at least (lower bound)",
    "upper": "up to (upper bound)",
    "approx": "about (approximate)",
    "exact": "exact",
}
#: Past this many figures, a scope's joining line is drawn faint.
_MOST_JOINED = 40
_SCALES: tuple[tuple[float, str], ...] = (
    (1e12, "trillion"),
    (1e9, "billion"),
    (1e6, "million"),
    (1e3, "thousand"),
)


def plot_figures(
    figures: pd.DataFrame,
    *,
    kind: str = "money",
    currency: str | None = None,
    unit: str | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw the figures of one kind (money by default) over real dates, one series per scope.

    Each scope (``total``, ``annual`` …; missing scope = "unspecified") is one colour, joined
    by a thin line in date order. The marker tells how the text qualified the number:
    ``"lower"`` (at least) ``'^'``, ``"upper"`` (up to) ``'v'``, ``"approx"`` (about) ``'D'``,
    ``"exact"`` (or no bound given) ``'o'``. A range (``value_high`` set) is drawn as a
    vertical bar from ``value`` to ``value_high``. The y axis is in one currency (or, for
    other kinds, one unit) with a readable scale, e.g. "EUR billion".

    Parameters
    ----------
    figures : pandas.DataFrame
        One row per figure with at least the columns ``doc_id``, ``date``, ``kind``, ``value``,
        ``value_high``, ``currency``, ``unit``, ``bound`` and ``scope``.
    kind : str, default "money"
        Which figures to draw (the ``kind`` column).
    currency : str, optional
        For money: draw only figures in this currency. Required when the table holds several.
    unit : str, optional
        For other kinds: draw only figures in this unit. Required when the table holds several.
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; the current Axes by default.
    **kwargs
        Passed on to :meth:`matplotlib.axes.Axes.plot` for each scope's line.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on. For each scope there is one line (labelled with the scope) and one
        marker-only line per bound present.

    Raises
    ------
    ValueError
        If a column is missing; if the figures come in several currencies (units) and
        ``currency=`` (``unit=``) is not given; if the requested currency (unit) is absent;
        if a bound is not one of lower, upper, approx, exact.

    Examples
    --------
    >>> import datetime as dt
    >>> table = pd.DataFrame({
    ...     "doc_id": ["a"], "date": [dt.date(2023, 1, 5)], "kind": ["money"],
    ...     "value": [2.5e9], "value_high": [None], "currency": ["EUR"], "unit": [None],
    ...     "bound": ["lower"], "scope": ["total"]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> plot_figures(table, ax=ax).get_ylabel()
    'EUR billion'
    """
    required = ("doc_id", "date", "kind", "value", "value_high", "currency", "unit")
    _check_columns(figures, (*required, "bound", "scope"), name="figures")
    ax = _axes(ax)
    rows = _with_dates(figures.loc[figures["kind"] == kind])
    rows = rows.loc[pd.to_numeric(rows["value"], errors="coerce").notna()]
    if rows.empty:
        return _no_data(ax, f"no {kind} figures")
    rows, denomination = _one_denomination(rows, kind, currency, unit)
    bounds = _check_bounds(rows)
    rows, scale_name = _scaled(rows, bounds)
    palette = _style().palette
    for i, scope in enumerate(_order_by_first_date(rows, "_scope")):
        group = rows.loc[rows["_scope"] == scope].sort_values(
            [_DATE_COL, "_low"], kind="mergesort"
        )
        _draw_scope(ax, group, scope, palette[i % len(palette)], kwargs)
    _add_legend(ax, bounds, has_ranges=bool(rows["_high"].notna().any()))
    _finish_axes(ax, rows, f"{denomination} {scale_name}".strip() or "value", kind)
    return ax


def _one_denomination(
    rows: pd.DataFrame, kind: str, currency: str | None, unit: str | None
) -> tuple[pd.DataFrame, str]:
    """Keep the rows in the one currency (money) or unit (other kinds) to draw, and name it.

    The wanted currency or unit must be present; without one, the rows must all share one.
    """
    column, wanted = ("currency", currency) if kind == "money" else ("unit", unit)
    names = pd.Series(["" if _is_missing(v) else str(v) for v in rows[column]], index=rows.index)
    available = sorted(set(names))
    shown = [n or "(none)" for n in available]
    if wanted is not None:
        if wanted not in available:
            raise NatoDiffError(
                located(
                    f"no {kind} figures in {column} {wanted!r}",
                    entry="figures table",
                    hint=f"Available: {', '.join(shown)}.",
                )
            )
        rows, names = rows.loc[names == wanted], names.loc[names == wanted]
    elif len(available) > 1:
        raise NatoDiffError(
            located(
                f"{kind} figures come in several {column} values ({', '.join(shown)}); "
                f"one axis shows one {column}",
                entry="figures table",
                hint=f"Pass {column}=... (one of {', '.join(shown)}) or filter the table.",
            )
        )
    return rows, str(names.iloc[0])


def _check_bounds(rows: pd.DataFrame) -> list[str]:
    """Return the bound of each row (missing = exact); each must have a marker."""
    bounds = ["exact" if _is_missing(b) else str(b) for b in rows["bound"]]
    odd = sorted(set(bounds) - set(_BOUND_MARKERS))
    if odd:
        raise NatoDiffError(
            located(
                f"unknown bound(s) {', '.join(odd)}",
                entry="figures table",
                hint=f"Use one of {', '.join(_BOUND_MARKERS)}.",
            )
        )
    return bounds


def _scale(values: np.ndarray[Any, Any]) -> tuple[float, str]:
    finite = np.abs(values[np.isfinite(values)])
    biggest = float(finite.max()) if finite.size else 0.0
    for factor, name in _SCALES:
        if biggest >= factor:
            return factor, name
    return 1.0, ""


def _scaled(rows: pd.DataFrame, bounds: list[str]) -> tuple[pd.DataFrame, str]:
    """Add the bound, the scope and the values in a readable scale; name the scale."""
    low = pd.to_numeric(rows["value"], errors="coerce").to_numpy(dtype=float)
    high = pd.to_numeric(rows["value_high"], errors="coerce").to_numpy(dtype=float)
    factor, scale_name = _scale(np.concatenate([low, high]))
    scaled = rows.assign(
        _bound=bounds,
        _scope=["unspecified" if _is_missing(s) else str(s) for s in rows["scope"]],
        _low=low / factor,
        _high=high / factor,
    )
    return scaled, scale_name


def _draw_scope(
    ax: Axes, group: pd.DataFrame, scope: str, color: str, kwargs: dict[str, Any]
) -> None:
    """One scope's line, its ranges as vertical bars, and a marker per bound."""
    dense = len(group) > _MOST_JOINED  # a zigzag through many points reads as noise
    options: dict[str, Any] = {
        "color": color,
        "linewidth": 0.6 if dense else 1.2,
        "alpha": 0.35 if dense else 1.0,
        "label": _label(scope),
        **kwargs,
    }
    ax.plot(_x(group), group["_low"].to_numpy(), **options)
    ranged = group.loc[group["_high"].notna()]
    if not ranged.empty:
        ax.vlines(
            _x(ranged),
            ranged["_low"].to_numpy(),
            ranged["_high"].to_numpy(),
            color=color,
            linewidth=2.5,
        )
        ax.plot(
            _x(ranged),
            ranged["_high"].to_numpy(),
            linestyle="none",
            marker="_",
            markersize=10,
            markeredgewidth=2.5,
            color=color,
            label=f"_{scope} range top",
        )
    for bound, marker in _BOUND_MARKERS.items():
        points = group.loc[group["_bound"] == bound]
        if points.empty:
            continue
        ax.plot(
            _x(points),
            points["_low"].to_numpy(),
            linestyle="none",
            marker=marker,
            markersize=8,
            color=color,
            markeredgecolor="white",
            label=f"_{scope} {bound}",
        )


def _add_legend(ax: Axes, bounds: list[str], *, has_ranges: bool) -> None:
    """Legend: the scopes, then a grey key to each bound's marker and to range bars."""
    present = [b for b in _BOUND_MARKERS if b in set(bounds)]
    handles, _ = ax.get_legend_handles_labels()
    handles += [
        Line2D(
            [],
            [],
            linestyle="none",
            marker=_BOUND_MARKERS[b],
            color="#555555",
            markersize=7,
            label=_BOUND_LABELS[b],
        )
        for b in present
    ]
    if has_ranges:
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="|",
                markersize=10,
                markeredgewidth=2.5,
                color="#555555",
                label="range (low to high)",
            )
        )
    ax.legend(handles=handles, fontsize=_font("tick"), loc="best")


def _finish_axes(ax: Axes, rows: pd.DataFrame, ylabel: str, kind: str) -> None:
    """Start the y axis at 0 for non-negative figures; label it and the date axis."""
    scaled = np.concatenate([rows["_low"].to_numpy(), rows["_high"].to_numpy()])
    lowest, highest = float(np.nanmin(scaled)), float(np.nanmax(scaled))
    if lowest >= 0:
        ax.set_ylim(0, highest * 1.15 if highest > 0 else 1.0)
    ax.set_ylabel(ylabel, fontsize=_font("label"))
    _format_date_axis(ax, _x(rows))
    _title(ax, f"{readable(kind)} figures by scope")
