"""The claims timeline: who takes which act, on which rung, when (side × time).

One row per side; each claim is a marker at its document's date, its shape the act (seeks,
offers, decides, rejects, reports), its colour the rung of the dimension's ladder (darker is
further up). Claims of one side with the same act on the same date share a marker, its size
the number of claims, its colour the highest rung. Negated claims ("does not seek") are drawn
hollow. Past 40 document dates the claims are counted per week, month, quarter or year
instead of per date.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.lines import Line2D

from ._axes import _axes, _format_date_axis, _no_data, _title
from ._periods import _PERIOD_COL, Period, _choose_period, _with_periods
from ._tables import _DATE_COL, _check_columns, _check_dimension, _is_missing, _with_dates, _x
from .labels import _label
from .style import _font, act_marker

__all__ = ["plot_claims"]

#: The acts, in the order they are drawn within a side's row (bottom to top) and listed.
ACTS: tuple[str, ...] = ("seeks", "offers", "decides", "rejects", "reports")
_NO_SIDE = "unattributed"
_NO_RUNG = "no rung"
#: Past this many document dates, claims are counted per period.
_MOST_DATES = 40
#: Height of a side's row taken by the acts' lanes (rows are 1 apart).
_BAND = 0.64
_NO_RUNG_COLOR = "#9E9E9E"


def _inputs(data: Any, dimension: str, labels: Mapping[str, str] | None) -> tuple[Any, ...]:
    """Return the claims table, the ladder (rung ids, low to high) and the names to write."""
    names = dict(labels or {})
    ladder: list[str] = []
    if hasattr(data, "claims") and hasattr(data, "dimensions"):
        if dimension in data.dimensions:
            dim = data.dimensions[dimension]
            names.setdefault(dimension, dim.label)
            for p in dim.positions:
                ladder.append(p.id)
                if p.label:
                    names.setdefault(p.id, p.label[:1].upper() + p.label[1:])
        data = data.claims
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"expected a Tracking or a claims DataFrame, got {type(data).__name__}")
    return data, ladder, names


def plot_claims(
    data: Any,
    *,
    dimension: str,
    labels: Mapping[str, str] | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw the claims on one dimension: side × time, the act as the marker, rung as colour.

    Parameters
    ----------
    data : Tracking or pandas.DataFrame
        A :class:`~nato_diff.Tracking` (its ``claims`` table, with the rung labels of its
        dimension file), or a claims table with at least ``doc_id``, ``date``, ``dimension``,
        ``side``, ``act``, ``rung``, ``rung_rank`` and ``polarity``.
    dimension : str
        The dimension to draw.
    labels : mapping of str to str, optional
        Names for ids (dimension, sides, rungs); a Tracking's dimension file gives the
        dimension and rung names, else ids are written in words.
    ax : matplotlib.axes.Axes, optional
        Where to draw; the current Axes by default.
    **kwargs
        Passed on to :meth:`~matplotlib.axes.Axes.scatter`.

    Raises
    ------
    TypeError
        When ``data`` is neither a Tracking nor a DataFrame.
    NatoDiffError
        When the table lacks a column, or has no claims on ``dimension`` and does not come
        with it (a Tracking whose dimension has no claims draws a "no claims" note).

    Returns
    -------
    matplotlib.axes.Axes
        The Axes: one row per side (y tick labels), real dates on x, a legend of the acts
        (marker shapes) and rungs (colours). The evidence of each marker is in the claims
        table.

    Notes
    -----
    The legend sits to the right of the Axes: draw on a figure made with
    ``layout="constrained"`` (or save with ``bbox_inches="tight"``) so that it is kept.
    Dimensions without a ladder (aid volumes) have no rung: their markers are grey, and the
    claims table's ``status`` column says what was requested, pledged or delivered.

    Examples
    --------
    >>> import datetime as dt
    >>> import pandas as pd
    >>> table = pd.DataFrame({
    ...     "doc_id": ["a", "b"], "date": [dt.date(2023, 1, 5), dt.date(2023, 3, 1)],
    ...     "dimension": ["membership_path"] * 2, "side": ["ukraine", "nato"],
    ...     "act": ["seeks", "offers"], "rung": ["invitation", "open_door"],
    ...     "rung_rank": [3, 2], "polarity": ["affirmed", "affirmed"]})
    >>> ax = plot_claims(table, dimension="membership_path")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['Ukraine', 'NATO']
    """
    claims, ladder, names = _inputs(data, dimension, labels)
    required = ("doc_id", "date", "dimension", "side", "act", "rung", "rung_rank", "polarity")
    _check_columns(claims, required, name="claims")
    known = dimension in getattr(data, "dimensions", ())
    if not known and not claims.empty:
        _check_dimension(claims, dimension, name="claims")
    ax = _axes(ax)
    rows = _rows_of(claims, dimension)
    if rows.empty:
        return _no_data(ax, f"no claims on {_label(dimension, names)}")
    period = _choose_period(rows[_DATE_COL], most=_MOST_DATES)
    rows = _grouped(rows, period)
    sides = _side_order(rows)
    colors = _rung_colors(rows, ladder)
    for act in ACTS:
        _draw_act(ax, rows.loc[rows["act"] == act], act, sides, colors, kwargs)
    _finish_axes(ax, rows, sides, colors, names, period, _label(dimension, names))
    return ax


def _rows_of(claims: pd.DataFrame, dimension: str) -> pd.DataFrame:
    """Return the dimension's claims with a known act, their side (or "unattributed"), dates."""
    rows = _with_dates(claims.loc[claims["dimension"] == dimension])
    rows = rows.loc[rows["act"].isin(ACTS)]
    out: pd.DataFrame = rows.assign(
        _side=[_NO_SIDE if _is_missing(s) or not str(s) else str(s) for s in rows["side"]],
        _rung=[_NO_RUNG if _is_missing(r) or not str(r) else str(r) for r in rows["rung"]],
        _rank=pd.to_numeric(rows["rung_rank"], errors="coerce").fillna(-1).astype(float),
        _negated=[str(p) == "negated" for p in rows["polarity"]],
        _n=1,
    )
    return out


def _grouped(rows: pd.DataFrame, period: Period | None) -> pd.DataFrame:
    """Return one row per date (or period) × side × act × polarity: count and highest rung."""
    if period is None:
        rows = rows.assign(**{_PERIOD_COL: rows[_DATE_COL]})
    else:
        rows = _with_periods(rows, period)
    grouped = rows.sort_values(
        [_PERIOD_COL, "_side", "act", "_negated", "_rank"],
        ascending=[True, True, True, True, False],
        kind="mergesort",
    )
    keys = [_PERIOD_COL, "_side", "act", "_negated"]
    counts = grouped.groupby(keys, sort=False)["_n"].transform("size")
    top = grouped.assign(_n=counts).drop_duplicates(subset=keys)
    dated: pd.DataFrame = top.assign(**{_DATE_COL: top[_PERIOD_COL]})
    return dated


def _side_order(rows: pd.DataFrame) -> list[str]:
    """Ukraine, then NATO, then the other sides by first claim; unattributed last."""
    first = rows.sort_values(_DATE_COL, kind="mergesort").drop_duplicates("_side")["_side"]
    rank = {"ukraine": 0, "nato": 1, _NO_SIDE: 3}
    return sorted(first, key=lambda s: (rank.get(s, 2), list(first).index(s)))


def _rung_colors(rows: pd.DataFrame, ladder: list[str]) -> dict[str, Any]:
    """Give each rung a colour, light (low) to dark (high) on the ladder; grey for none."""
    seen = rows.loc[rows["_rung"] != _NO_RUNG, ["_rung", "_rank"]].drop_duplicates("_rung")
    order = [r for r in ladder if r in set(seen["_rung"])]
    order += [str(r) for r in seen.sort_values("_rank")["_rung"] if r not in order]
    cmap = colormaps["viridis_r"]
    shades = np.linspace(0.15, 0.95, max(len(order), 2))
    colors: dict[str, Any] = {rung: cmap(shades[i]) for i, rung in enumerate(order)}
    if (rows["_rung"] == _NO_RUNG).any():
        colors[_NO_RUNG] = _NO_RUNG_COLOR
    return colors


def _lane(act: str) -> float:
    """Return the act's offset within a side's row (seeks lowest, reports highest)."""
    return (ACTS.index(act) / (len(ACTS) - 1) - 0.5) * _BAND


def _draw_act(
    ax: Axes,
    group: pd.DataFrame,
    act: str,
    sides: list[str],
    colors: Mapping[str, Any],
    kwargs: Mapping[str, Any],
) -> None:
    """Draw one act's markers: filled when affirmed, hollow when negated."""
    if group.empty:
        return
    row_of = {s: i for i, s in enumerate(sides)}
    for negated in (False, True):
        part = group.loc[group["_negated"] == negated]
        if part.empty:
            continue
        y = np.array([row_of[s] for s in part["_side"]], dtype=float) + _lane(act)
        color = [colors[r] for r in part["_rung"]]
        size = 36.0 + 24.0 * (np.sqrt(part["_n"].to_numpy(dtype=float)) - 1.0)
        options: dict[str, Any] = {
            "marker": act_marker(act),
            "s": size,
            "linewidths": 1.2,
            "zorder": 3,
            "label": f"{act} (negated)" if negated else act,
        }
        if negated:
            options |= {"facecolors": "none", "edgecolors": color}
        else:
            options |= {"c": color, "edgecolors": "white"}
        ax.scatter(_x(part), y, **(options | dict(kwargs)))


def _legend_handles(
    rows: pd.DataFrame, colors: Mapping[str, Any], names: Mapping[str, str]
) -> list[Line2D]:
    """Markers of the acts drawn, then a colour swatch per rung drawn."""
    handles = [
        Line2D([], [], linestyle="", marker=act_marker(a), color="#555555", markersize=7, label=a)
        for a in ACTS
        if (rows["act"] == a).any()
    ]
    if rows["_negated"].any():
        handles.append(
            Line2D(
                [],
                [],
                linestyle="",
                marker="o",
                markerfacecolor="none",
                color="#555555",
                markersize=7,
                label="hollow: negated",
            )
        )
    handles += [
        Line2D(
            [],
            [],
            linestyle="",
            marker="s",
            color=color,
            markersize=8,
            label=rung if rung == _NO_RUNG else _label(rung, names),
        )
        for rung, color in colors.items()
    ]
    return handles


def _finish_axes(
    ax: Axes,
    rows: pd.DataFrame,
    sides: list[str],
    colors: Mapping[str, Any],
    names: Mapping[str, str],
    period: Period | None,
    name: str,
) -> None:
    """Sides down the y axis, real dates along x, the legend beside the plot, the title."""
    ax.set_yticks(
        range(len(sides)),
        labels=[_label(s, names) for s in sides],
        fontsize=_font("label"),
    )
    ax.set_ylim(len(sides) - 0.5, -0.5)
    for i in range(len(sides) - 1):
        ax.axhline(i + 0.5, color="#DDDDDD", linewidth=0.8, zorder=1)
    ax.tick_params(axis="y", length=0)
    _format_date_axis(ax, _x(rows))
    ax.legend(
        handles=_legend_handles(rows, colors, names),
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=_font("tick"),
        title="Act / rung",
        title_fontsize=_font("tick"),
        frameon=False,
    )
    each = f", per {period}" if period else ""
    _title(ax, f"{name}: claims by side{each} (size: number of claims)")
