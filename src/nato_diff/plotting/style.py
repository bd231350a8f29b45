"""The plotting style: colours and font sizes from ``nato_diff/data/style.yaml``.

Sides and dimensions keep the same colour in every figure; names the file does not list get a
palette colour chosen by a stable checksum of the name.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from matplotlib import colormaps
from matplotlib.colors import is_color_like, to_rgb

from nato_diff.errors import NatoDiffError, located

from ._tables import _is_missing

__all__ = ["act_marker", "dimension_color", "side_color"]

_STYLE_PATH = "nato_diff/data/style.yaml"
_TOP_KEYS = frozenset({"sides", "dimensions", "palette", "document", "heatmap", "acts", "fonts"})
_FONT_KEYS = ("title", "label", "tick", "annotation", "cell")
_MIN_FONT = 9.0


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
    acts: Mapping[str, str]


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


def _check_top_level(raw: Any, where: str) -> None:
    """Check that the file is a mapping with exactly the expected keys."""
    if not isinstance(raw, dict):
        raise _style_error("expected a mapping at the top level", "(top level)", where)
    unknown = sorted(set(raw) - _TOP_KEYS)
    if unknown:
        raise _style_error(f"unknown key(s) {', '.join(unknown)}", "(top level)", where)
    missing = sorted(_TOP_KEYS - set(raw))
    if missing:
        raise _style_error(f"missing key(s) {', '.join(missing)}", "(top level)", where)


def _palette(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        raise _style_error("expected a non-empty list of colours", "palette", where)
    return tuple(_colour(c, f"palette[{i}]", where) for i, c in enumerate(raw))


def _heatmap(raw: Any, where: str) -> tuple[str, str]:
    """Return the salience colour map and the colour of empty cells."""
    if not isinstance(raw, dict) or set(raw) != {"salience_cmap", "empty"}:
        raise _style_error("expected exactly the keys salience_cmap and empty", "heatmap", where)
    cmap = raw["salience_cmap"]
    if not isinstance(cmap, str) or cmap not in colormaps:
        raise _style_error(
            f"{cmap!r} is not a matplotlib colormap", "heatmap.salience_cmap", where
        )
    return cmap, _colour(raw["empty"], "heatmap.empty", where)


def _acts(raw: Any, where: str) -> dict[str, str]:
    """Return the marker of each act; every value must be a marker matplotlib knows."""
    from matplotlib.markers import MarkerStyle

    if not isinstance(raw, dict) or not raw:
        raise _style_error("expected a mapping of act: marker", "acts", where)
    for act, marker in raw.items():
        if not isinstance(marker, str) or marker not in MarkerStyle.markers:
            raise _style_error(f"{marker!r} is not a matplotlib marker", f"acts.{act}", where)
    return {str(act): str(marker) for act, marker in raw.items()}


def _fonts(raw: Any, where: str) -> dict[str, float]:
    if not isinstance(raw, dict) or set(raw) != set(_FONT_KEYS):
        raise _style_error(f"expected exactly the keys {', '.join(_FONT_KEYS)}", "fonts", where)
    fonts: dict[str, float] = {}
    for key in _FONT_KEYS:
        size = raw[key]
        if isinstance(size, bool) or not isinstance(size, (int, float)) or size < _MIN_FONT:
            raise _style_error(
                f"font size must be a number of at least {_MIN_FONT:g} pt; got {size!r}",
                f"fonts.{key}",
                where,
            )
        fonts[key] = float(size)
    return fonts


def _parse_style(raw: Any, *, where: str = _STYLE_PATH) -> _Style:
    """Validate the parsed YAML of a style file; errors name the file and the entry."""
    _check_top_level(raw, where)
    sides = _colour_map(raw["sides"], "sides", where)
    if "other" not in sides:
        raise _style_error("needs an 'other' colour for rows without a side", "sides", where)
    dimensions = _colour_map(raw["dimensions"], "dimensions", where)
    palette = _palette(raw["palette"], where)
    document = _colour(raw["document"], "document", where)
    cmap, empty = _heatmap(raw["heatmap"], where)
    return _Style(
        sides=sides,
        dimensions=dimensions,
        palette=palette,
        document=document,
        salience_cmap=cmap,
        empty=empty,
        fonts=_fonts(raw["fonts"], where),
        acts=_acts(raw["acts"], where),
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


def _text_color_on(color: Any) -> str:
    """Black or white, whichever reads better on ``color``."""
    r, g, b = to_rgb(color)
    return "black" if 0.299 * r + 0.587 * g + 0.114 * b > 0.55 else "white"


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


def act_marker(act: str) -> str:
    """Return the marker shape of an act of a claim in the claims timeline.

    Parameters
    ----------
    act : str
        ``"seeks"``, ``"offers"``, ``"decides"``, ``"rejects"`` or ``"reports"``.

    Returns
    -------
    str
        A matplotlib marker from ``style.yaml`` (``"o"`` for an act the file does not list).

    Examples
    --------
    >>> act_marker("seeks") != act_marker("rejects")
    True
    """
    return _style().acts.get(act, "o")


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
