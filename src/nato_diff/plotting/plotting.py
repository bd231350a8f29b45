"""Plotting stage: draw the tracking tables with matplotlib.

Every ``plot_*`` function takes one tidy table (as produced by the tracking step), draws on
``ax`` (or the current Axes), passes extra keyword arguments on to its main matplotlib call and
returns the Axes. Nothing is shown and nothing is saved: call ``fig.savefig(...)`` yourself.

Time axes use real dates, so uneven gaps between documents stay visible; a minor tick marks
every document date. Colours for sides and dimensions come from the data file
``nato_diff/data/style.yaml`` and are the same in every figure.

An empty table gives an Axes with a centred "no data" note instead of an error.
"""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Protocol

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import yaml
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.colors import ListedColormap, Normalize, is_color_like, to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, PercentFormatter

from nato_diff.errors import NatoDiffError, located

__all__ = [
    "TrackingTables",
    "dimension_color",
    "plot_facets",
    "plot_figures",
    "plot_overview",
    "plot_positions",
    "plot_readability",
    "plot_salience",
    "side_color",
]

_STYLE_PATH = "nato_diff/data/style.yaml"
_FONT_KEYS = ("title", "label", "tick", "annotation", "cell")
_MIN_FONT = 9.0

#: Marker per figure bound: lower bounds point up, upper bounds point down.
_BOUND_MARKERS: dict[str, str] = {"lower": "^", "upper": "v", "approx": "D", "exact": "o"}
_BOUND_LABELS: dict[str, str] = {
    "lower": "at least (lower bound)",
    "upper": "up to (upper bound)",
    "approx": "about (approximate)",
    "exact": "exact",
}
_SCALES: tuple[tuple[float, str], ...] = (
    (1e12, "trillion"),
    (1e9, "billion"),
    (1e6, "million"),
    (1e3, "thousand"),
)
_NO_SIDE_LABEL = "unattributed"
_DATE_COL = "_ts"


# --------------------------------------------------------------------------------------------
# Style data
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Style:
    """Validated content of ``style.yaml``."""

    sides: Mapping[str, str]
    dimensions: Mapping[str, str]
    palette: tuple[str, ...]
    document: str
    salience_cmap: str
    empty: str
    fonts: Mapping[str, float]


def _style_error(message: str, entry: str, where: str) -> NatoDiffError:
    return NatoDiffError(located(message, path=where, entry=entry, hint="Fix the style file."))


def _colour(value: Any, entry: str, where: str) -> str:
    if not isinstance(value, str) or not is_color_like(value):
        raise _style_error(f"{value!r} is not a colour matplotlib understands", entry, where)
    return value


def _colour_map(raw: Any, key: str, where: str) -> dict[str, str]:
    if not isinstance(raw, dict) or not raw:
        raise _style_error("expected a non-empty mapping of name: colour", key, where)
    return {str(name).lower(): _colour(c, f"{key}.{name}", where) for name, c in raw.items()}


def _parse_style(raw: Any, *, where: str = _STYLE_PATH) -> _Style:
    """Validate the parsed YAML of a style file; errors name the file and the entry."""
    if not isinstance(raw, dict):
        raise _style_error("expected a mapping at the top level", "(top level)", where)
    expected = {"sides", "dimensions", "palette", "document", "heatmap", "fonts"}
    unknown = sorted(set(raw) - expected)
    if unknown:
        raise _style_error(f"unknown key(s) {', '.join(unknown)}", "(top level)", where)
    missing = sorted(expected - set(raw))
    if missing:
        raise _style_error(f"missing key(s) {', '.join(missing)}", "(top level)", where)
    sides = _colour_map(raw["sides"], "sides", where)
    if "other" not in sides:
        raise _style_error("needs an 'other' colour for rows without a side", "sides", where)
    dimensions = _colour_map(raw["dimensions"], "dimensions", where)
    palette_raw = raw["palette"]
    if not isinstance(palette_raw, list) or not palette_raw:
        raise _style_error("expected a non-empty list of colours", "palette", where)
    palette = tuple(_colour(c, f"palette[{i}]", where) for i, c in enumerate(palette_raw))
    document = _colour(raw["document"], "document", where)
    heatmap = raw["heatmap"]
    if not isinstance(heatmap, dict) or set(heatmap) != {"salience_cmap", "empty"}:
        raise _style_error("expected exactly the keys salience_cmap and empty", "heatmap", where)
    cmap = heatmap["salience_cmap"]
    if not isinstance(cmap, str) or cmap not in colormaps:
        raise _style_error(
            f"{cmap!r} is not a matplotlib colormap", "heatmap.salience_cmap", where
        )
    empty = _colour(heatmap["empty"], "heatmap.empty", where)
    fonts_raw = raw["fonts"]
    if not isinstance(fonts_raw, dict) or set(fonts_raw) != set(_FONT_KEYS):
        raise _style_error(f"expected exactly the keys {', '.join(_FONT_KEYS)}", "fonts", where)
    fonts: dict[str, float] = {}
    for key in _FONT_KEYS:
        size = fonts_raw[key]
        if isinstance(size, bool) or not isinstance(size, (int, float)) or size < _MIN_FONT:
            raise _style_error(
                f"font size must be a number of at least {_MIN_FONT:g} pt; got {size!r}",
                f"fonts.{key}",
                where,
            )
        fonts[key] = float(size)
    return _Style(
        sides=sides,
        dimensions=dimensions,
        palette=palette,
        document=document,
        salience_cmap=cmap,
        empty=empty,
        fonts=fonts,
    )


@cache
def _style() -> _Style:
    text = (resources.files("nato_diff") / "data" / "style.yaml").read_text(encoding="utf-8")
    return _parse_style(yaml.safe_load(text))


def _font(key: str) -> float:
    return _style().fonts[key]


def _palette_color(name: str) -> str:
    """Pick a palette colour by a stable checksum of ``name`` (same in every run)."""
    palette = _style().palette
    return palette[zlib.crc32(name.encode("utf-8")) % len(palette)]


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def side_color(side: str | None) -> str:
    """Return the colour used for a speaking side in every figure.

    Parameters
    ----------
    side : str or None
        A side id such as ``"ukraine"``, ``"nato"``, ``"russia"``, ``"ally"``, ``"eu"`` or
        ``"other"`` (case and surrounding spaces are ignored). ``None``, NaN and ``""`` mean
        "no side" and get the ``other`` colour.

    Returns
    -------
    str
        A matplotlib colour string. Known sides have the fixed colour from ``style.yaml``;
        any other name gets a palette colour chosen by a stable checksum of the name, so it is
        the same in every run and every process.

    Examples
    --------
    >>> side_color("Ukraine") == side_color("ukraine")
    True
    >>> side_color(None) == side_color("other")
    True
    """
    style = _style()
    if _is_missing(side) or not str(side).strip():
        return style.sides["other"]
    key = str(side).strip().lower()
    return style.sides.get(key, _palette_color(key))


def dimension_color(dimension: str) -> str:
    """Return the colour used for a dimension in every figure.

    Parameters
    ----------
    dimension : str
        A dimension id. The built-in ones (``membership_path``, ``security_guarantees``,
        ``black_sea``, ``aid_volumes``) have fixed colours from ``style.yaml``.

    Returns
    -------
    str
        A matplotlib colour string; other ids get a palette colour chosen by a stable checksum
        of the id (the same in every run and every process).

    Examples
    --------
    >>> dimension_color("black_sea") == dimension_color("black_sea")
    True
    """
    style = _style()
    key = str(dimension).strip().lower()
    return style.dimensions.get(key, _palette_color(key))


# --------------------------------------------------------------------------------------------
# Shared internals
# --------------------------------------------------------------------------------------------


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


def _axes(ax: Axes | None) -> Axes:
    return ax if ax is not None else plt.gca()


def _check_columns(table: pd.DataFrame, required: Iterable[str], *, name: str) -> None:
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise NatoDiffError(
            located(
                f"missing column(s) {', '.join(missing)}",
                entry=f"{name} table",
                hint=f"Pass the {name} table produced by the tracking step.",
            )
        )


def _check_dimension(table: pd.DataFrame, dimension: str, *, name: str) -> None:
    available = sorted(str(d) for d in table["dimension"].dropna().unique())
    if dimension not in available:
        raise NatoDiffError(
            located(
                f"no dimension {dimension!r}",
                entry=f"{name} table",
                hint=f"Available dimensions: {', '.join(available) or '(none)'}.",
            )
        )


def _with_dates(table: pd.DataFrame) -> pd.DataFrame:
    """Copy ``table`` with a datetime64 column for ``date`` (dates or datetimes), NaT dropped."""
    out = table.copy()
    stamps = pd.to_datetime(out["date"])
    if getattr(stamps.dt, "tz", None) is not None:
        stamps = stamps.dt.tz_convert(None)
    out[_DATE_COL] = stamps
    kept: pd.DataFrame = out.loc[out[_DATE_COL].notna()]
    return kept


def _x(rows: pd.DataFrame) -> np.ndarray[Any, Any]:
    return rows[_DATE_COL].to_numpy(dtype="datetime64[ns]")


def _doc_order(rows: pd.DataFrame) -> pd.DataFrame:
    """Documents (``doc_id``, date column) in (date, id) order."""
    docs: pd.DataFrame = rows[["doc_id", _DATE_COL]].drop_duplicates(subset="doc_id")
    ordered: pd.DataFrame = docs.sort_values([_DATE_COL, "doc_id"], kind="mergesort")
    numbered: pd.DataFrame = ordered.reset_index(drop=True)
    return numbered


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


def _evidence(doc_id: Any, sentence_id: Any, short: Mapping[str, str]) -> str:
    doc = short.get(str(doc_id), str(doc_id))
    if _is_missing(sentence_id):
        return doc
    try:
        return f"{doc}#{int(sentence_id)}"
    except (TypeError, ValueError):
        return f"{doc}#{sentence_id}"


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
    """Return x limits padded by 5 % of the span on the left and ``right_pad`` on the right."""
    stamps = np.sort(dates.astype("datetime64[ns]"))
    span = stamps[-1] - stamps[0]
    day = np.timedelta64(1, "D")
    left = max(span * 0.05, 3 * day)
    right = max(span * right_pad, 3 * day)
    return stamps[0] - left, stamps[-1] + right


def _fractions(
    x: np.ndarray[Any, Any], limits: tuple[np.datetime64, np.datetime64]
) -> np.ndarray[Any, Any]:
    """Where dates fall across the x axis, 0 (left edge) to 1 (right edge)."""
    lo, hi = limits
    width = (hi - lo) / np.timedelta64(1, "s")
    return ((x.astype("datetime64[ns]") - lo) / np.timedelta64(1, "s")) / width


def _tiers(fractions: Iterable[float], *, gap: float, n_tiers: int = 3) -> list[int]:
    """Stack labels of points closer than ``gap`` (axis fraction) on successive tiers."""
    tiers: list[int] = []
    previous: float | None = None
    for f in fractions:
        close = previous is not None and f - previous < gap
        tiers.append((tiers[-1] + 1) % n_tiers if close and tiers else 0)
        previous = f
    return tiers


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


def _format_date_axis(ax: Axes, dates: np.ndarray[Any, Any], *, right_pad: float = 0.05) -> None:
    """Real-date x axis: concise labels, a minor tick per document date, padded limits."""
    stamps = np.unique(dates.astype("datetime64[ns]"))
    # matplotlib.dates is not annotated.
    locator = mdates.AutoDateLocator(minticks=3, maxticks=7)  # type: ignore[no-untyped-call]
    formatter = mdates.ConciseDateFormatter(locator)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(formatter)
    ax.set_xticks(list(stamps), minor=True)
    ax.tick_params(axis="x", which="minor", length=6, width=1.2, color="#444444")
    ax.tick_params(axis="both", which="major", labelsize=_font("tick"))
    ax.xaxis.get_offset_text().set_fontsize(_font("tick"))
    lo, hi = _date_limits(stamps, right_pad=right_pad)
    ax.set_xlim(lo, hi)  # type: ignore[arg-type]  # unit-converted by matplotlib


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


def _label_doc_columns(ax: Axes, docs: pd.DataFrame) -> None:
    """Label matrix columns by date (bottom) and short document id (top)."""
    centres = np.arange(len(docs)) + 0.5
    many = len(docs) > 6
    ax.set_xticks(
        centres,
        labels=[_day_label(s) for s in docs[_DATE_COL]],
        rotation=45 if many else 0,
        ha="right" if many else "center",
        fontsize=_font("tick"),
    )
    short = _short_ids(docs["doc_id"])
    top = ax.secondary_xaxis("top")
    top.set_xticks(
        centres,
        labels=[short[str(d)] for d in docs["doc_id"]],
        rotation=45 if many else 0,
        ha="left" if many else "center",
        fontsize=_font("tick"),
        color="#555555",
    )
    top.tick_params(length=0)
    ax.tick_params(axis="x", length=0)
    ax.set_xlim(0, len(docs))


def _text_color_on(color: Any) -> str:
    r, g, b = to_rgb(color)
    return "black" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "white"


def _percent(value: float) -> str:
    pct = value * 100
    return f"{pct:.0f}%" if pct >= 10 or pct == 0 else f"{pct:.1f}%"


def _percent_tick(value: float, _position: float | None = None) -> str:
    return f"{round(value * 100, 1):g}%"


def _order_by_first_date(rows: pd.DataFrame, column: str) -> list[str]:
    first = rows.groupby(column, sort=False)[_DATE_COL].min().reset_index()
    first = first.sort_values([_DATE_COL, column], kind="mergesort")
    return [str(v) for v in first[column]]


def _label_matrix(ax: Axes, rows: Sequence[str], docs: pd.DataFrame, title: str) -> None:
    """Label a row × document matrix: row names down the side, documents along the top."""
    ax.set_ylim(len(rows), 0)
    ax.set_yticks(np.arange(len(rows)) + 0.5, labels=list(rows), fontsize=_font("label"))
    ax.tick_params(axis="y", length=0)
    _label_doc_columns(ax, docs)
    _title(ax, title)


def _title(ax: Axes, text: str) -> None:
    ax.set_title(text, fontsize=_font("title"), loc="left")


# --------------------------------------------------------------------------------------------
# Plot functions
# --------------------------------------------------------------------------------------------


def plot_salience(
    timeline: pd.DataFrame,
    *,
    colorbar: bool = False,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw salience as a heat map: dimensions (rows) × documents (columns, in date order).

    Each cell shows the share of the document's sentences that mention the dimension, written
    as a percentage. Columns are labelled by date underneath and by (shortened) document id on
    top. A document × dimension pair missing from the table is left blank and marked "–".

    Parameters
    ----------
    timeline : pandas.DataFrame
        One row per document × dimension with at least the columns ``doc_id``, ``date``
        (``datetime.date`` objects or datetime64), ``dimension`` and ``salience`` (0–1).
        Rows keep the dimension order of their first appearance.
    colorbar : bool, default False
        Add a colour bar beside the Axes.
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
        (number of dimensions, number of documents).

    Raises
    ------
    ValueError
        If a column is missing or a document × dimension pair has more than one row.

    Examples
    --------
    >>> import datetime as dt
    >>> table = pd.DataFrame({"doc_id": ["a", "b"], "date": [dt.date(2023, 1, 5)] * 2,
    ...                       "dimension": ["black_sea"] * 2, "salience": [0.2, 0.05]})
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
    docs = _doc_order(rows)
    dims = [str(d) for d in pd.unique(rows["dimension"])]
    grid = rows.assign(dimension=rows["dimension"].astype(str)).pivot(
        index="dimension", columns="doc_id", values="salience"
    )
    values = grid.reindex(index=dims, columns=docs["doc_id"]).to_numpy(dtype=float)
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
    mesh = ax.pcolormesh(
        np.arange(len(docs) + 1),
        np.arange(len(dims) + 1),
        np.ma.masked_invalid(values),
        **options,
    )
    cmap = mesh.get_cmap()
    norm = mesh.norm if isinstance(mesh.norm, Normalize) else Normalize(0.0, 1.0)
    for i in range(len(dims)):
        for j in range(len(docs)):
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
    _label_matrix(ax, dims, docs, "Salience: share of sentences on each dimension")
    if colorbar:
        bar = ax.figure.colorbar(mesh, ax=ax, format=PercentFormatter(1.0, decimals=0))
        bar.set_label("share of sentences", fontsize=_font("label"))
        bar.ax.tick_params(labelsize=_font("tick"))
    return ax


def _derive_ladder(rows: pd.DataFrame) -> list[str]:
    pairs = rows[["position_rank", "position"]].drop_duplicates()
    pairs = pairs.assign(position=pairs["position"].astype(str)).sort_values(
        ["position_rank", "position"], kind="mergesort", na_position="last"
    )
    return [str(p) for p in pd.unique(pairs["position"])]


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
    rows = _with_dates(positions.loc[positions["dimension"] == dimension])
    rows = rows.loc[rows["position"].notna()]
    rows = rows.assign(position=rows["position"].astype(str))
    if ladder is None:
        levels = _derive_ladder(rows)
    else:
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
    if rows.empty:
        return _no_data(ax, f"no positions on {dimension}")
    level_of = {p: i for i, p in enumerate(levels)}
    rows = rows.assign(
        _side=[_NO_SIDE_LABEL if _is_missing(s) else str(s) for s in rows["side"]],
        _level=[level_of[p] for p in rows["position"]],
    )
    short = _short_ids(rows["doc_id"])
    limits = _date_limits(_x(rows), right_pad=0.15)
    for k, side in enumerate(_order_by_first_date(rows, "_side")):
        group = rows.loc[rows["_side"] == side].sort_values(
            [_DATE_COL, "doc_id", "sentence_id"], kind="mergesort"
        )
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
        above = k % 2 == 0
        tiers = _tiers(_fractions(x, limits), gap=0.12)
        for xi, level, doc, sid, tier in zip(
            x, group["_level"], group["doc_id"], group["sentence_id"], tiers, strict=True
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
    ax.set_yticks(range(len(levels)), labels=levels, fontsize=_font("label"))
    ax.set_ylim(-0.6, len(levels) - 0.4)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.8)
    ax.set_axisbelow(True)
    _format_date_axis(ax, _x(rows), right_pad=0.15)
    ax.set_ylabel("position (low → high)", fontsize=_font("label"))
    ax.legend(title="side", fontsize=_font("tick"), title_fontsize=_font("tick"), loc="best")
    _title(ax, f"{dimension}: position by side (labels: document#sentence)")
    return ax


def _scale(values: np.ndarray[Any, Any]) -> tuple[float, str]:
    finite = np.abs(values[np.isfinite(values)])
    biggest = float(finite.max()) if finite.size else 0.0
    for factor, name in _SCALES:
        if biggest >= factor:
            return factor, name
    return 1.0, ""


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
    denomination = names.iloc[0]
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
    low = pd.to_numeric(rows["value"], errors="coerce").to_numpy(dtype=float)
    high = pd.to_numeric(rows["value_high"], errors="coerce").to_numpy(dtype=float)
    factor, scale_name = _scale(np.concatenate([low, high]))
    rows = rows.assign(
        _bound=bounds,
        _scope=["unspecified" if _is_missing(s) else str(s) for s in rows["scope"]],
        _low=low / factor,
        _high=high / factor,
    )
    palette = _style().palette
    for i, scope in enumerate(_order_by_first_date(rows, "_scope")):
        group = rows.loc[rows["_scope"] == scope].sort_values(
            [_DATE_COL, "_low"], kind="mergesort"
        )
        color = palette[i % len(palette)]
        options: dict[str, Any] = {"color": color, "linewidth": 1.2, "label": scope, **kwargs}
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
    if rows["_high"].notna().any():
        handles.append(
            Line2D(
                [],
                [],
                linestyle="none",
                marker="|",
                markersize=10,
                markeredgewidth=2.5,
                color="#555555",
                label="range (value to value_high)",
            )
        )
    ax.legend(handles=handles, fontsize=_font("tick"), loc="best")
    scaled = np.concatenate([rows["_low"].to_numpy(), rows["_high"].to_numpy()])
    lowest, highest = float(np.nanmin(scaled)), float(np.nanmax(scaled))
    if lowest >= 0:
        ax.set_ylim(0, highest * 1.15 if highest > 0 else 1.0)
    ax.set_ylabel(f"{denomination} {scale_name}".strip() or "value", fontsize=_font("label"))
    _format_date_axis(ax, _x(rows))
    _title(ax, f"{kind} figures by scope")
    return ax


def plot_facets(
    facets: pd.DataFrame,
    *,
    dimension: str,
    facet_order: Sequence[str] | None = None,
    ax: Axes | None = None,
    **kwargs: Any,
) -> Axes:
    """Draw which facets of a dimension each document names: facets (rows) × documents.

    A filled cell (in the dimension's colour) means the document names the facet; the number
    written in it is the count of mentions. Columns are every document in the table (any
    dimension) in date order, so a document silent on this dimension shows as an empty column.

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
    ax : matplotlib.axes.Axes, optional
        Axes to draw on; the current Axes by default.
    **kwargs
        Passed on to :meth:`matplotlib.axes.Axes.pcolormesh`.

    Returns
    -------
    matplotlib.axes.Axes
        The Axes drawn on; ``ax.collections[0]`` is the mesh, whose array has shape
        (number of facets, number of documents) and holds 1 where a facet is named.

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
    if facet_order is None:
        order = _order_by_first_date(rows, "facet")
    else:
        order = [str(f) for f in facet_order]
        if len(set(order)) != len(order):
            raise NatoDiffError(f"facet_order lists a facet twice: {order}")
    if not order or docs.empty:
        return _no_data(ax, f"no facets of {dimension}")
    counts = (
        rows.groupby(["facet", "doc_id"])["n_mentions"]
        .sum()
        .unstack()
        .reindex(index=order, columns=docs["doc_id"])
        .to_numpy(dtype=float)
    )
    present = np.nan_to_num(counts, nan=0.0) > 0
    color = dimension_color(dimension)
    options: dict[str, Any] = {
        "cmap": ListedColormap([_style().empty, color]),
        "vmin": 0.0,
        "vmax": 1.0,
        "edgecolors": "white",
        "linewidth": 1.5,
        **kwargs,
    }
    ax.pcolormesh(
        np.arange(len(docs) + 1), np.arange(len(order) + 1), present.astype(float), **options
    )
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
    _label_matrix(ax, order, docs, f"{dimension}: facets named (number of mentions)")
    return ax


def _measure_label(measure: str) -> str:
    return measure.replace("_", " ").capitalize()


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
    >>> fig, ax = plt.subplots()
    >>> plot_readability(table, ax=ax).get_ylabel()
    'Flesch reading ease'
    """
    required = ("doc_id", "date", "scope", "measure", "value", "reliable")
    _check_columns(readability, required, name="readability")
    ax = _axes(ax)
    if readability.empty:
        return _no_data(ax)
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
    rows = _with_dates(of_measure.loc[of_measure["scope"] == scope])
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
    ax.set_ylabel(label, fontsize=_font("label"))
    _format_date_axis(ax, x)
    ax.legend(fontsize=_font("tick"), loc="best")
    where = "whole document" if scope == "document" else f"sentences on {scope}"
    _title(ax, f"Readability: {label} ({where})")
    return ax


def _top_positions(tracking: TrackingTables) -> dict[tuple[str, str], str]:
    """Highest-ranked position per (doc_id, dimension), with its side when known.

    Read from the positions table, or from the timeline's ``position`` and ``position_rank``
    columns when the positions table has none.
    """
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
    if not usable:
        return {}
    source = usable[0]
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
    fig = Figure(figsize=(9, 1.2 + 2.0 * len(chosen)), layout="constrained")
    axes = fig.subplots(len(chosen), 1, sharex=True, squeeze=False)[:, 0]
    top = _top_positions(tracking)
    limits = _date_limits(_x(rows))
    for ax, dim in zip(axes, chosen, strict=True):
        panel = rows.loc[rows["dimension"].astype(str) == dim].sort_values(
            [_DATE_COL, "doc_id"], kind="mergesort"
        )
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
        changes: list[tuple[Any, float, str]] = []
        last: str | None = None
        for xi, yi, doc in zip(x, y, panel["doc_id"], strict=True):
            label = top.get((str(doc), dim))
            if label is not None and label != last:
                changes.append((xi, 0.0 if math.isnan(yi) else yi, label))
                last = label
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
    _format_date_axis(axes[-1], _x(rows))
    for ax in axes:
        ax.tick_params(axis="both", which="major", labelsize=_font("tick"))
    fig.suptitle(
        "Salience by dimension (share of sentences); labels: top position where it changes",
        fontsize=_font("title"),
    )
    return fig
