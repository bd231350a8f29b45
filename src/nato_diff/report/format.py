"""Numbers, headers and quotations as people write them ("€150 bn", "68%", "Document")."""

from __future__ import annotations

from typing import Any

import pandas as pd

from nato_diff.change import day_text
from nato_diff.change import items as _items
from nato_diff.plotting import (
    readable,
)

_SCALES = ((1e12, "tn"), (1e9, "bn"), (1e6, "m"))
_CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£"}
_BOUND_WORDS = {"lower": "at least ", "upper": "up to ", "approx": "about "}
_HEADERS = {
    "doc_id": "Document",
    "date_source": "Dated from",
    "n_sentences": "Sentences",
    "n_words": "Words",
    "from_date": "From",
    "to_date": "To",
    "sha256": "SHA-256",
    "id": "Dimension",
}
#: Opening quotation marks and the marks that close them.
_QUOTES = {"“": "”", "«": "»"}


def _day(value: Any) -> str:
    """Write a date (date, datetime or Timestamp) as YYYY-MM-DD; blank when missing."""
    return day_text(value)


def _number(value: float) -> str:
    """Write a number for people: 150000000000.0 → "150 bn", 0.125 → "0.125", 12.0 → "12"."""
    for factor, name in _SCALES:
        if abs(value) >= factor:
            return f"{value / factor:.3g} {name}"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:.3g}"


def _percent(value: Any) -> str:
    """Write a share (0-1) as a whole percentage ("68%"; "0.5%" below 1%); blank when missing."""
    if value is None or pd.isna(value):
        return ""
    pct = 100 * float(value)
    return f"{pct:.0f}%" if pct >= 1 or pct == 0 else f"{pct:.1f}%"


def _amount(value: Any, high: Any, currency: Any, bound: Any) -> str:
    """Write a figure as a reader would say it: "at least €150 bn", "€3–3.5 bn"."""
    if value is None or pd.isna(value):
        return ""
    sign = _CURRENCY_SIGNS.get(str(currency), f"{currency} " if isinstance(currency, str) else "")
    low_text = _number(float(value))
    if high is not None and not pd.isna(high):
        high_text = _number(float(high))
        low_num, _, scale = low_text.partition(" ")
        high_num, _, high_scale = high_text.partition(" ")
        low_text = (
            f"{low_num}–{high_num} {high_scale}"
            if scale == high_scale
            else (f"{low_text}–{high_text}")
        )
    return f"{_BOUND_WORDS.get(str(bound), '')}{sign}{low_text.strip()}"


def _header(column: object) -> str:
    """Write a column name as a table header: "doc_id" → "Document", "n_words" → "Words"."""
    return _HEADERS.get(str(column)) or readable(column)


def _human(frame: pd.DataFrame) -> pd.DataFrame:
    """Return the same table with human headers."""
    renamed: pd.DataFrame = frame.rename(columns={c: _header(c) for c in frame.columns})
    return renamed


def _closed_quote(text: str) -> str:
    """Close a quotation the sentence opens but does not close (or open one it closes)."""
    out = text.strip()
    for opening, closing in _QUOTES.items():
        if out.count(opening) > out.count(closing) and opening != closing:
            out += closing
        elif out.count(closing) > out.count(opening) and opening != closing:
            out = opening + out
    if out.count('"') % 2:
        out = out + '"' if out.startswith('"') or ' "' in out else '"' + out
    return out


def _short_evidence(evidence: Any, *, most: int = 6) -> str:
    """Write the first items of an evidence list and how many more there are."""
    items = _items(evidence)
    if len(items) <= most:
        return "; ".join(items)
    return "; ".join(items[:most]) + f" and {len(items) - most} more (tables/summaries.csv)"


def _short_summary(summary: str, *, most: int = 600) -> str:
    """Cut a long series summary after a "; " near ``most`` characters, saying so."""
    if len(summary) <= most:
        return summary
    cut = summary.rfind("; ", 0, most)
    return summary[: cut if cut > 0 else most] + " … (the whole series: tables/summaries.csv)"
