"""Positions by side: one step line per side over the ladder of a dimension's positions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes

from nato_diff.errors import NatoDiffError, located

from ._axes import (
    _axes,
    _date_limits,
    _format_date_axis,
    _fractions,
    _no_data,
    _short_ids,
    _title,
)
from ._tables import (
    _DATE_COL,
    _check_columns,
    _check_dimension,
    _is_missing,
    _order_by_first_date,
    _with_dates,
    _x,
)
from .style import _font, side_color

__all__ = ["plot_positions"]

_NO_SIDE_LABEL = "unattributed"


def plot_positions(
    positions: pd.DataFrame,
    *,
    dimension: str,
    ladder: Sequence[str] | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw each side's position on one dimension as a step chart over real dates.

    The y axis is the ladder of positions, lowest rank at the bottom. One line per side, in the
    side's fixed colour (see :func:`side_color`); a position holds until the next document in
    which that side states one. Every point is annotated with its evidence
    ``"<doc_id>#<sentence_id>"`` (long document ids shortened to a unique prefix).

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
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; the current Axes by default.
    **kwargs
        Passed on to :meth:`matplotlib.axes.Axes.step` for every side's line.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on; ``ax.get_lines()`` holds one line per side, in order of first
        appearance.

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
    >>> fig, ax = plt.subplots()
    >>> ax = plot_positions(table, dimension="membership_path", ax=ax)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['open_door', 'invitation']
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
    short = _short_ids(rows["doc_id"])
    limits = _date_limits(_x(rows), right_pad=0.15)
    for k, side in enumerate(_order_by_first_date(rows, "_side")):
        _draw_side(ax, rows.loc[rows["_side"] == side], side, k, short, limits, kwargs)
    _finish_axes(ax, levels, _x(rows), dimension)
    return ax


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
    k: int,
    short: Mapping[str, str],
    limits: tuple[np.datetime64, np.datetime64],
    kwargs: dict[str, Any],
) -> None:
    """Draw the ``k``-th side's step line in its colour, each point labelled with evidence."""
    group = group.sort_values([_DATE_COL, "doc_id", "sentence_id"], kind="mergesort")
    color = side_color(None if side == _NO_SIDE_LABEL else side)
    options: dict[str, Any] = {
        "where": "post",
        "color": color,
        "marker": "o",
        "linewidth": 2.0,
        "markersize": 6,
        "label": side,
        **kwargs,
    }
    x = _x(group)
    ax.step(x, group["_level"].to_numpy(), **options)
    _label_evidence(ax, group, k, color, short, _fractions(x, limits))


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


def _tiers(fractions: Iterable[float], *, gap: float, n_tiers: int = 3) -> list[int]:
    """Stack labels of points closer than ``gap`` (axis fraction) on successive tiers."""
    tiers: list[int] = []
    previous: float | None = None
    for f in fractions:
        close = previous is not None and f - previous < gap
        tiers.append((tiers[-1] + 1) % n_tiers if close and tiers else 0)
        previous = f
    return tiers


def _evidence(doc_id: Any, sentence_id: Any, short: Mapping[str, str]) -> str:
    doc = short.get(str(doc_id), str(doc_id))
    if _is_missing(sentence_id):
        return doc
    try:
        return f"{doc}#{int(sentence_id)}"
    except (TypeError, ValueError):
        return f"{doc}#{sentence_id}"


def _label_evidence(
    ax: Axes,
    group: pd.DataFrame,
    k: int,
    color: str,
    short: Mapping[str, str],
    fractions: np.ndarray[Any, Any],
) -> None:
    """Write ``doc#sentence`` by each point of the ``k``-th side's line.

    Even sides are labelled above their points and odd ones below; each pair of sides gets a
    band of its own, and labels of nearby points climb tiers within the band.
    """
    above = k % 2 == 0
    tiers = _tiers(fractions, gap=0.12)
    for xi, level, doc, sid, tier in zip(
        _x(group), group["_level"], group["doc_id"], group["sentence_id"], tiers, strict=True
    ):
        shift = 5 + 11 * tier + 33 * (k // 2)
        ax.annotate(
            _evidence(doc, sid, short),
            xy=(xi, level),
            xytext=(4, shift if above else -shift),
            textcoords="offset points",
            ha="left",
            va="bottom" if above else "top",
            fontsize=_font("annotation"),
            color=color,
        )


def _finish_axes(
    ax: Axes, levels: Sequence[str], dates: np.ndarray[Any, Any], dimension: str
) -> None:
    """Ladder on the y axis, real dates on the x axis, the side legend and the title."""
    ax.set_yticks(range(len(levels)), labels=levels, fontsize=_font("label"))
    ax.set_ylim(-0.6, len(levels) - 0.4)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.8)
    ax.set_axisbelow(True)
    _format_date_axis(ax, dates, right_pad=0.15)
    ax.set_ylabel("position (low → high)", fontsize=_font("label"))
    ax.legend(title="side", fontsize=_font("tick"), title_fontsize=_font("tick"), loc="best")
    _title(ax, f"{dimension}: position by side (labels: document#sentence)")
