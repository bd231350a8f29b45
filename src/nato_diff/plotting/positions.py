"""Positions by side: one step line per side over the ladder of a dimension's positions."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.transforms import IdentityTransform, ScaledTranslation

from nato_diff.errors import NatoDiffError, located

from ._axes import _axes, _format_date_axis, _no_data, _title
from ._periods import _PERIOD_COL, Period, _choose_period, _with_periods
from ._tables import (
    _DATE_COL,
    _check_columns,
    _check_dimension,
    _is_missing,
    _order_by_first_date,
    _with_dates,
    _x,
)
from .labels import _label
from .style import _font, side_color

__all__ = ["plot_positions"]

_NO_SIDE_LABEL = "unattributed"
#: Past this many document dates, each side's highest position per period is drawn instead.
_MOST_DATES = 40
#: Points between the lines of neighbouring sides, so lines on the same rung stay visible.
_SIDE_OFFSET = 2.5


def plot_positions(
    positions: pd.DataFrame,
    *,
    dimension: str,
    ladder: Sequence[str] | None = None,
    labels: Mapping[str, str] | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw each side's position on one dimension as a step chart over real dates.

    The y axis is the ladder of positions, lowest rank at the bottom, written as words
    ("MAP sought", not ``map_sought``). One line per side, in the side's fixed colour (see
    :func:`side_color`); a position holds until the next document in which that side states
    one. Lines of different sides are drawn a few points apart so that two sides on the same
    rung both stay visible. With more than 40 document dates, each side's highest position per
    week, month, quarter or year (the shortest period giving at most 40 points) is drawn
    instead, and the title says so. The evidence of each point (document and sentence) is in
    the positions table, not on the plot.

    Parameters
    ----------
    positions : pandas.DataFrame
        One row per document × dimension × side with at least the columns ``doc_id``,
        ``date``, ``dimension``, ``side``, ``position``, ``position_rank`` and
        ``sentence_id``. Rows without a position are skipped; rows without a side are drawn
        as "unattributed".
    dimension : str
        The dimension to draw.
    ladder : sequence of str, optional
        Position ids in rank order (lowest first); every position in the data must be on it.
        Levels nobody reached are still shown. By default the ladder is read from the data's
        (``position_rank``, ``position``) pairs.
    labels : mapping of str to str, optional
        Human names for ids (the dimension, positions, sides); ids not listed are written
        in words (see :func:`nato_diff.plotting.labels.readable`).
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; the current Axes by default.
    **kwargs
        Passed on to :meth:`matplotlib.axes.Axes.step` for every side's line.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on; ``ax.get_lines()`` holds one line per side, in order of first
        appearance, labelled with the side's name.

    Raises
    ------
    ValueError
        If a column is missing, ``dimension`` is not in the table (the message lists the
        available ones), or a position is not on ``ladder``.

    Examples
    --------
    >>> import datetime as dt
    >>> table = pd.DataFrame({
    ...     "doc_id": ["a", "b"], "date": [dt.date(2023, 1, 5), dt.date(2023, 3, 1)],
    ...     "dimension": ["membership_path"] * 2, "side": ["nato", "nato"],
    ...     "position": ["open_door", "invitation"], "position_rank": [1, 2],
    ...     "sentence_id": [3, 7]})
    >>> import matplotlib.pyplot as plt
    >>> fig, ax = plt.subplots()
    >>> ax = plot_positions(table, dimension="membership_path", ax=ax)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['Open door', 'Invitation']
    """
    required = ("doc_id", "date", "dimension", "side", "position", "position_rank", "sentence_id")
    _check_columns(positions, required, name="positions")
    if isinstance(ladder, str):
        raise NatoDiffError("ladder must be a sequence of position ids, not one string")
    ax = _axes(ax)
    if positions.empty:
        return _no_data(ax)
    _check_dimension(positions, dimension, name="positions")
    rows = _positions_of(positions, dimension)
    levels = _derive_ladder(rows) if ladder is None else _check_ladder(ladder, rows, dimension)
    if rows.empty:
        return _no_data(ax, f"no positions on {dimension}")
    rows = _with_levels(rows, levels)
    period = _choose_period(rows[_DATE_COL], most=_MOST_DATES)
    if period is not None:
        rows = _highest_per_period(rows, period)
    sides = _order_by_first_date(rows, "_side")
    for k, side in enumerate(sides):
        offset = (k - (len(sides) - 1) / 2) * _SIDE_OFFSET
        _draw_side(ax, rows.loc[rows["_side"] == side], side, offset, labels, kwargs)
    _finish_axes(ax, levels, rows, _label(dimension, labels), labels, period)
    return ax


def _highest_per_period(rows: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Each side's highest level per period, dated at the period's start."""
    grouped = _with_periods(rows, period).sort_values(
        [_PERIOD_COL, "_side", "_level"], ascending=[True, True, False], kind="mergesort"
    )
    top = grouped.drop_duplicates(subset=[_PERIOD_COL, "_side"])
    dated: pd.DataFrame = top.assign(**{_DATE_COL: top[_PERIOD_COL]})
    return dated


def _positions_of(positions: pd.DataFrame, dimension: str) -> pd.DataFrame:
    """Return the rows of ``dimension`` that state a position, with real dates."""
    rows = _with_dates(positions.loc[positions["dimension"] == dimension])
    rows = rows.loc[rows["position"].notna()]
    stated: pd.DataFrame = rows.assign(position=rows["position"].astype(str))
    return stated


def _with_levels(rows: pd.DataFrame, levels: Sequence[str]) -> pd.DataFrame:
    """Add each row's side (or "unattributed") and its position's level on the ladder."""
    level_of = {p: i for i, p in enumerate(levels)}
    leveled: pd.DataFrame = rows.assign(
        _side=[_NO_SIDE_LABEL if _is_missing(s) else str(s) for s in rows["side"]],
        _level=[level_of[p] for p in rows["position"]],
    )
    return leveled


def _draw_side(
    ax: Axes,
    group: pd.DataFrame,
    side: str,
    offset: float,
    labels: Mapping[str, str] | None,
    kwargs: dict[str, Any],
) -> None:
    """Draw one side's step line in its colour, ``offset`` points above its rungs."""
    group = group.sort_values([_DATE_COL, "doc_id", "sentence_id"], kind="mergesort")
    color = side_color(None if side == _NO_SIDE_LABEL else side)
    fig = ax.get_figure(root=True)
    inches = fig.dpi_scale_trans if fig is not None else IdentityTransform()
    shift = ScaledTranslation(0, offset / 72, inches)
    options: dict[str, Any] = {
        "where": "post",
        "color": color,
        "marker": "o" if len(group) <= _MOST_DATES else None,
        "linewidth": 2.0,
        "markersize": 6,
        "label": _label(side, labels),
        "transform": ax.transData + shift,
        **kwargs,
    }
    ax.step(_x(group), group["_level"].to_numpy(), **options)


def _derive_ladder(rows: pd.DataFrame) -> list[str]:
    pairs = rows[["position_rank", "position"]].drop_duplicates()
    pairs = pairs.assign(position=pairs["position"].astype(str)).sort_values(
        ["position_rank", "position"], kind="mergesort", na_position="last"
    )
    return [str(p) for p in pd.unique(pairs["position"])]


def _check_ladder(ladder: Sequence[str], rows: pd.DataFrame, dimension: str) -> list[str]:
    """Return the given ladder as a list; every position in ``rows`` must be on it, once."""
    levels = [str(p) for p in ladder]
    if len(set(levels)) != len(levels):
        raise NatoDiffError(f"ladder lists a position twice: {levels}")
    off = sorted(set(rows["position"]) - set(levels))
    if off:
        raise NatoDiffError(
            located(
                f"position(s) {', '.join(off)} not on the ladder",
                entry=f"positions table, dimension {dimension!r}",
                hint=f"Add them to ladder (now: {', '.join(levels)}) or pass ladder=None.",
            )
        )
    return levels


def _finish_axes(
    ax: Axes,
    levels: Sequence[str],
    rows: pd.DataFrame,
    name: str,
    labels: Mapping[str, str] | None,
    period: Period | None,
) -> None:
    """Ladder on the y axis, real dates on the x axis, the side legend and the title."""
    ax.set_yticks(
        range(len(levels)), labels=[_label(p, labels) for p in levels], fontsize=_font("label")
    )
    ax.set_ylim(-0.6, len(levels) - 0.4)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.8)
    ax.set_axisbelow(True)
    _format_date_axis(ax, _x(rows))
    ax.set_ylabel("position (low → high)", fontsize=_font("label"))
    ax.legend(title="Side", fontsize=_font("tick"), title_fontsize=_font("tick"), loc="best")
    each = f", highest per {period}" if period else ""
    _title(ax, f"{name}: position by side{each}")
