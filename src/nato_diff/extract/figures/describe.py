"""Figures written as short text: "more than €150 bn", "50 nations", "around half"."""

from __future__ import annotations

import math

from nato_diff.errors import check_choice

from .figure import FIGURE_KINDS
from .lexicon import FigureLexicon, _default_lexicon


def _short(x: float) -> str:
    """Write a number with three significant digits, or none after the point from 100."""
    if abs(x) >= 100:
        return f"{x:.0f}"
    return f"{x:.3g}"


def _grouped(x: float) -> str:
    """Write a number with thousands separators ("1,000")."""
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}"


def describe_figure(
    value: float,
    *,
    currency: str | None,
    qualifier: str | None = None,
    kind: str = "money",
    unit: str | None = None,
    value_high: float | None = None,
    lexicon: FigureLexicon | None = None,
) -> str:
    """Write a figure as short text: "more than €150 bn", "50 nations", "around half".

    Parameters
    ----------
    value : float
        The value in base units (fractions for shares and percentages).
    currency : str or None
        ISO 4217 code for money; its symbol comes from the lexicon's ``display``.
    qualifier : str, optional
        Written before the amount ("more than").
    kind : {"money", "count", "share", "percent", "measure"}
        How to write the value.
    unit : str, optional
        Unit of a count or measure ("nations", "mm"); for percentages
        ``"percentage points"`` writes "points".
    value_high : float, optional
        High end of a range: "$1–2 bn".
    lexicon : FigureLexicon, optional
        For currency symbols, share names and display scales.

    Returns
    -------
    str
        The text; ``"n/a"`` when ``value`` is NaN.

    Raises
    ------
    ValueError
        If ``kind`` is not one of the kinds.

    Examples
    --------
    >>> describe_figure(1.5e11, currency="EUR", qualifier="more than")
    'more than €150 bn'
    >>> describe_figure(1.5e6, currency="USD")
    '$1.5 m'
    >>> describe_figure(50, currency=None, kind="count", unit="nations")
    '50 nations'
    >>> describe_figure(0.5, currency=None, kind="share", qualifier="around")
    'around half'
    """
    check_choice("kind", kind, FIGURE_KINDS)
    lex = lexicon or _default_lexicon()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if value_high is not None and isinstance(value_high, float) and math.isnan(value_high):
        value_high = None
    if kind == "money":
        sym = lex.currency_display.get(currency, f"{currency} ") if currency else ""
        body = _scaled(value, value_high, lex.display_scales.get("money", ()), sym)
    elif kind == "share" and value_high is None and _share_name(value, lex) is not None:
        body = str(_share_name(value, lex))
    elif kind in ("share", "percent"):
        body = _percent(value, value_high, unit)
    else:
        scales = lex.display_scales.get("count", ()) if kind == "count" else ()
        body = _scaled(value, value_high, scales)
        if unit:
            body += f" {unit}"
    return f"{qualifier} {body}" if qualifier else body


def _scaled(
    value: float,
    value_high: float | None,
    scales: tuple[tuple[float, str], ...],
    prefix: str = "",
) -> str:
    """Write an amount in the largest display scale it reaches ("€150 bn"), else grouped."""
    top = max(abs(value), abs(value_high or 0.0))
    for factor, name in scales:
        if top >= factor * 0.9995:  # 999.6 bn reads "1 tn", not "1000 bn"
            body = f"{prefix}{_short(value / factor)}"
            if value_high is not None:
                body += f"–{_short(value_high / factor)}"
            return f"{body} {name}"
    body = f"{prefix}{_grouped(value)}"
    if value_high is not None:
        body += f"–{_grouped(value_high)}"
    return body


def _percent(value: float, value_high: float | None, unit: str | None) -> str:
    """Write a share or percentage as a percentage: "40%", "2% of GDP", "5 percentage points"."""
    body = f"{_short(value * 100)}"
    if value_high is not None:
        body += f"–{_short(value_high * 100)}"
    body += " percentage points" if unit == "percentage points" else "%"
    if unit and " of " in unit:  # a rate: "2% of GDP"
        body += unit[unit.index(" of ") :]
    return body


def _share_name(value: float, lex: FigureLexicon) -> str | None:
    """Find the lexicon's name of a share ("half", "two-thirds")."""
    for (num, den), name in lex.share_display.items():
        if math.isclose(value, num / den, rel_tol=1e-9):
            return name
    return None
