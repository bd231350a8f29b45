"""Terms of office of the people a text names: bounds on the year of a year-less dateline.

A dateline such as "VILNIUS, July 11 (Reuters)" has no year. The events a text reports in the
past tense give the earliest year it can have (see :mod:`.dating`); the people it names give a
window: a text that names Volodymyr Zelenskyy and Jens Stoltenberg was written while both were
public figures, so its year lies between the first day one of them took up a role in the
actors data and the last day the other left one. Only people are used (not institutions),
and only the names the actors data spells out (full names, and surnames that may stand
alone).

The actors data is read here directly (``data/actors.yaml``: each actor's ``name``,
``surnames``, ``surname_alone`` and ``roles`` with ``from``/``to`` dates), because the corpus
stage comes before the extract stage that owns the actors.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .._data import read_builtin_yaml
from .._regexcache import compile_all

__all__ = ["NamedTerm", "TermBounds", "term_bounds"]


@dataclass(frozen=True)
class NamedTerm:
    """A person the actors data knows, with the span of the roles they held.

    Attributes
    ----------
    name : str
        The person's name as the actors data writes it.
    start : datetime.date
        The first day of their earliest role.
    end : datetime.date or None
        The last day of their latest role; None while they are still in office.
    """

    name: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True)
class TermBounds:
    """The window in which a text naming some people can have been written.

    Attributes
    ----------
    low, high : datetime.date or None
        The latest start and the earliest end among the named people's terms (None: no bound).
    because : str
        Who gives each bound, for the date's evidence.
    """

    low: dt.date | None
    high: dt.date | None
    because: str


def _as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _people() -> tuple[re.Pattern[str], dict[str, NamedTerm]]:
    """Return one pattern for every name the actors data spells out, and each name's term."""
    raw: dict[str, Any] = read_builtin_yaml("actors.yaml")
    by_name: dict[str, NamedTerm] = {}
    for actor in raw.get("actors") or []:
        starts = [_as_date(r.get("from")) for r in actor.get("roles") or []]
        ends = [_as_date(r.get("to")) for r in actor.get("roles") or []]
        known = [s for s in starts if s is not None]
        if not known:
            continue
        end = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
        names = {str(actor["name"])}
        if actor.get("surname_alone", True):
            names |= {str(s) for s in actor.get("surnames") or []}
        term = NamedTerm(str(actor["name"]), min(known), end)
        for name in names:
            by_name.setdefault(name, term)
    # longest first; names of one length in a fixed order (they never match the same text),
    # so that the pattern is the same in every run and found in the cache
    ordered = sorted(by_name, key=lambda n: (-len(n), n))
    alternation = "|".join(re.escape(n) for n in ordered)
    # hundreds of names: compiled once per machine (see nato_diff._regexcache)
    pattern = rf"(?<![\w-])(?:{alternation or '(?!)'})(?![\w-])"
    return compile_all([(pattern, 0)])[0], by_name


def term_bounds(text: str) -> TermBounds:
    """Return the window set by the terms of office of the people ``text`` names.

    Parameters
    ----------
    text : str
        The document's text.

    Returns
    -------
    TermBounds
        ``low`` is the latest first day in office among the named people, ``high`` the
        earliest last day (people still in office set no upper bound). Both are None when the
        text names no one the actors data knows.

    Examples
    --------
    >>> b = term_bounds("Viktor Yushchenko and Jaap de Hoop Scheffer met.")
    >>> b.low.isoformat(), b.high.isoformat()
    ('2005-01-23', '2009-07-31')
    >>> term_bounds("Volodymyr Zelenskyy spoke.").high is None  # still in office
    True
    """
    pattern, by_name = _people()
    named = list(dict.fromkeys(by_name[m.group(0)] for m in pattern.finditer(text)))
    if not named:
        return TermBounds(None, None, "")
    first = max(named, key=lambda t: t.start)
    ended = [t for t in named if t.end is not None]
    last = min(ended, key=lambda t: t.end or dt.date.max) if ended else None
    because = f"{first.name} took office on {first.start.isoformat()}"
    if last is not None and last.end is not None:
        because += f"; {last.name} left office on {last.end.isoformat()}"
    return TermBounds(first.start, last.end if last else None, because)
