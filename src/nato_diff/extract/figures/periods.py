"""The start of the period a figure covers: "since February 2022", "since last year".

A "since" in the sentence gives its figures a start date: an explicit date, a year relative
to the document's date, or an event the lexicon dates ("since the full-scale invasion").
"""

from __future__ import annotations

import datetime as dt

from .clauses import _Sentence
from .lexicon import _Tables
from .numbers import _is_month
from .tokens import _DIGIT, _Tokens


def _date_after(t: _Tokens, k: int, tb: _Tables, doc_date: dt.date | None) -> dt.date | None:
    """Read an explicit date at ``k``: "24 February 2022", "February 2022", "2014"."""
    day = month = year = None
    n = t.n
    if k < n and t.kind[k] == _DIGIT and t.text[k].isdigit() and len(t.text[k]) <= 2:
        day = int(t.text[k])
        k += 1
        if k < n and t.lower[k] in tb.ordinal_suffixes and t.glued(k):
            k += 1
        if k < n and t.lower[k] == "of":
            k += 1
        if not _is_month(t, k, tb):
            return None
    if _is_month(t, k, tb):
        month = tb.months[t.lower[k]]
        k += 1
        if day is None and k < n and t.kind[k] == _DIGIT and len(t.text[k]) <= 2:
            day = int(t.text[k])
            k += 1
            if k < n and t.lower[k] in tb.ordinal_suffixes and t.glued(k):
                k += 1
            if k < n and t.text[k] == ",":
                k += 1
    if k < n and t.kind[k] == _DIGIT and t.text[k].isdigit() and len(t.text[k]) == 4:
        y = int(t.text[k])
        if tb.year_range[0] <= y <= tb.year_range[1]:
            year = y
    if year is None and month is None:
        return None
    if year is None:
        if doc_date is None or month is None:
            return None
        year = doc_date.year if month <= doc_date.month else doc_date.year - 1
    try:
        return dt.date(year, month or 1, day or 1)
    except ValueError:
        return None


def _periods(
    t: _Tokens, tb: _Tables, breaks: list[bool], doc_date: dt.date | None
) -> list[tuple[int, dt.date]]:
    """(token index of the cue, start date) for each "since …" in the sentence."""
    out: list[tuple[int, dt.date]] = []
    for c in range(t.n):
        if t.lower[c] not in tb.period_cues:
            continue
        k = c + 1
        rel = tb.relative_periods.match_at(t, k)
        if rel is not None:
            if doc_date is not None:
                out.append((c, dt.date(doc_date.year + rel[1], 1, 1)))
            continue
        pre = tb.period_prefixes.match_at(t, k)
        when = _date_after(t, pre[0] if pre else k, tb, doc_date)
        if when is None:
            end = c + 1
            while end < t.n and end - c <= 12 and not breaks[end]:
                end += 1
            clause = t.lower[c + 1 : end]
            for keywords, date in tb.events:
                if all(_contains(clause, list(kw)) for kw in keywords):
                    when = date
                    break
        if when is not None:
            out.append((c, when))
    return out


def _contains(seq: list[str], sub: list[str]) -> bool:
    k = len(sub)
    return any(seq[i : i + k] == sub for i in range(len(seq) - k + 1))


def _period_starts(s: _Sentence, doc_date: dt.date | None) -> list[dt.date | None]:
    """Give each figure the start of its period: that of the nearest "since …", if any."""
    periods = _periods(s.t, s.tb, s.breaks, doc_date)
    starts: list[dt.date | None] = []
    for raw in s.raws:
        if raw.kind == "measure" or raw.rate or not periods:
            starts.append(None)
            continue
        centre = raw.first
        _, when = min(periods, key=lambda p: abs(p[0] - centre))
        starts.append(when)
    return starts
