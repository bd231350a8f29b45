"""Who gives a figure: the donor names written in its sentence, and donor names compared.

A figure's donor is introduced by "from"/"by" after it ("€1.5bn from the EU"), stands before
it in its clause ("Germany pledged …"), right after it ("the $50bn G7 loan"), is its whole's,
or opens the sentence ("The EU has agreed …"). :func:`normalize_donor` writes a donor the way
the lexicon names it.
"""

from __future__ import annotations

from typing import Any, cast

import pandas as pd

from .clauses import _Sentence
from .figure import _Raw
from .lexicon import FigureLexicon, _default_lexicon, _donor_key, _Tables
from .tokens import _SYM, _Tokens

_DONOR_GAP = 5  # tokens after a figure in which "from"/"by" may introduce its donor
_OPENING = 4  # tokens at the start of a sentence where its subject's donor may stand


class _Donors:
    """The donor names written in a sentence (outside figures), found once per sentence."""

    __slots__ = ("at", "ending", "t", "tb")

    def __init__(self, t: _Tokens, tb: _Tables, owner: list[int]) -> None:
        self.t = t
        self.tb = tb
        self.at: dict[int, tuple[int, str]] = {}  # start -> (end, name), longest
        self.ending: dict[int, tuple[int, str]] = {}  # end -> (start, name), longest
        for k in range(t.n):
            if not tb.donor_forms.starts(t.text[k]) or owner[k] >= 0:
                continue
            m = tb.donor_forms.match_at(t, k)
            if m is None or any(owner[x] >= 0 for x in range(k, m[0])):
                continue  # "US" in "US$61bn" is a currency, not a donor
            self.at[k] = m
            known = self.ending.get(m[0])
            if known is None or k < known[0]:
                self.ending[m[0]] = (k, m[1])

    def chain_at(self, k: int) -> tuple[int, list[str]] | None:
        """Donors starting at token ``k`` (after fillers), joined by "and": (end, names)."""
        t, tb = self.t, self.tb
        while k < t.n and t.lower[k] in tb.donor_fillers:
            k += 1
        m = self.at.get(k)
        if m is None:
            return None
        end, names = m[0], [m[1]]
        while end < t.n and t.lower[end] in tb.donor_joiners:
            comma = t.lower[end] == ","
            j = end + 1
            while j < t.n and t.lower[j] in tb.donor_fillers:
                j += 1
            nxt = self.at.get(j)
            if nxt is None:
                break
            if comma:  # "A, B and C": a comma joins only in a list that "and" closes
                k2 = nxt[0]
                if not (k2 < t.n and t.lower[k2] in tb.donor_joiners and t.lower[k2] != ","):
                    break
            end = nxt[0]
            names.append(nxt[1])
        return end, names

    def before(self, lo: int, end: int) -> list[str] | None:
        """Find the donors nearest before token ``end`` in ``lo:end``, with those joined."""
        t, tb = self.t, self.tb
        near = max((e for e, (s, _) in self.ending.items() if e <= end and s >= lo), default=None)
        if near is None:
            return None
        start, name = self.ending[near]
        names = [name]
        seen_and = False
        while True:
            k = start
            while k > 0 and t.lower[k - 1] in tb.donor_fillers:
                k -= 1
            if k == 0 or t.lower[k - 1] not in tb.donor_joiners:
                break
            comma = t.lower[k - 1] == ","
            if comma and not seen_and:
                break
            prev = self.ending.get(k - 1)
            if prev is None:
                break
            seen_and = seen_and or not comma
            start = prev[0]
            names.insert(0, prev[1])
        return names

    def after(self, raw: _Raw, hi: int) -> list[str] | None:
        """Find a donor introduced by "from"/"by" just after the figure ("€1.5bn from the EU")."""
        if not self.at:
            return None
        for k in range(raw.last, min(hi, raw.last + _DONOR_GAP)):
            if self.t.lower[k] in self.tb.donor_prepositions:
                m = self.chain_at(k + 1)
                if m is not None:
                    return m[1]
        return None

    def next_to(self, raw: _Raw, hi: int) -> list[str] | None:
        """Find a donor written right after the figure ("the $50bn G7 loan")."""
        if raw.last >= hi or raw.last not in self.at:
            return None
        m = self.chain_at(raw.last)
        return m[1] if m is not None else None

    def opening(self, owner: list[int]) -> list[str] | None:
        """Find a donor opening the sentence, where its subject stands ("The EU has agreed")."""
        t = self.t
        if not self.at:
            return None
        k = 0
        while k < t.n and t.kind[k] == _SYM and owner[k] < 0:
            k += 1
        for j in range(k, min(t.n, k + _OPENING)):
            if t.kind[j] == _SYM or owner[j] >= 0:
                break
            if j in self.at:
                found = self.chain_at(j)
                return found[1] if found is not None else None
        return None


def _donor_name(names: list[str] | None) -> str | None:
    if not names:
        return None
    names = list(dict.fromkeys(names))
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _donors(s: _Sentence) -> list[str | None]:
    """Name the donor of each figure of the sentence, ``None`` where none is written."""
    written = _Donors(s.t, s.tb, s.owner)
    opening = written.opening(s.owner)
    donors: list[str | None] = []
    for idx, raw in enumerate(s.raws):  # "from"/"by" after, before in the clause, right after
        lo, hi = s.clauses[idx]
        names = (
            (written.after(raw, hi) or written.before(lo, raw.first) or written.next_to(raw, hi))
            if written.at
            else None
        )
        donor = _donor_name(names)
        whole = s.parts[idx]
        if donor is None and whole is not None and whole < idx:
            donor = donors[whole]
        donors.append(donor)
    for idx in range(len(s.raws)):  # shares of a later whole; then the sentence's subject
        whole = s.parts[idx]
        if donors[idx] is None and whole is not None:
            donors[idx] = donors[whole]
        if donors[idx] is None:
            donors[idx] = _donor_name(opening)
    return donors


def _missing(x: object) -> bool:
    if x is None:
        return True
    try:
        return bool(pd.isna(cast(Any, x)))
    except (TypeError, ValueError):
        return False


def normalize_donor(donor: object, *, lexicon: FigureLexicon | None = None) -> str | None:
    """Write a donor the way the lexicon names it, so that spellings of one donor compare equal.

    A form the lexicon lists ("NATO allies", "Allies", "the EU") becomes its donor name
    ("NATO Allies", "European Union"); other text is kept with its spacing tidied. Case,
    spacing and a leading "the" or "all" do not matter.

    Parameters
    ----------
    donor : object
        A donor as found in a figures table (a string, ``None`` or NaN).
    lexicon : FigureLexicon, optional
        The donor names to use; the packaged lexicon by default.

    Returns
    -------
    str or None
        The donor name; ``None`` for a missing value or empty text.

    Examples
    --------
    >>> normalize_donor("NATO allies"), normalize_donor("all Allies")
    ('NATO Allies', 'NATO Allies')
    >>> normalize_donor("the european union")
    'European Union'
    >>> normalize_donor(None) is None
    True
    """
    if _missing(donor):
        return None
    text = " ".join(str(donor).split())
    if not text:
        return None
    lex = lexicon or _default_lexicon()
    return lex._t.donor_keys.get(_donor_key(text), text)
