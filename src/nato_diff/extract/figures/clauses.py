"""A sentence's figures in their clauses: where clauses break, and the cue words around them.

``_Sentence`` holds what the classifiers of :mod:`.scope`, :mod:`.donors` and :mod:`.periods`
read: the tokens, the figures as read, the clause breaks, which figure owns each token, the
whole each figure is part of, each figure's clause and where the cue words stand.
"""

from __future__ import annotations

from typing import NamedTuple

from .figure import _Raw
from .lexicon import FigureLexicon, _Tables
from .tokens import _Tokens

_WINDOW = 10  # tokens read on each side of a figure for its scope
_CLAUSE = 20  # tokens read on each side of a figure for attack, recipient and donor cues


def _breaks(t: _Tokens, tb: _Tables) -> list[bool]:
    """Mark the tokens of clause breakers (commas, "while", "but" …)."""
    out = [False] * t.n
    k = 0
    while k < t.n:
        m = tb.breakers.match_at(t, k)
        if m is not None:
            for j in range(k, m[0]):
                out[j] = True
            k = m[0]
        else:
            k += 1
    return out


def _window(
    t: _Tokens, raw: _Raw, owner: list[int], breaks: list[bool], forward: bool
) -> list[int]:
    """Token indices of the figure's clause on one side, nearest first."""
    out: list[int] = []
    k = raw.last if forward else raw.first - 1
    step = 1 if forward else -1
    while 0 <= k < t.n and len(out) < _WINDOW and not breaks[k] and owner[k] < 0:
        out.append(k)
        k += step
    return out


def _clause_span(t: _Tokens, raw: _Raw, breaks: list[bool]) -> tuple[int, int]:
    """Token range of the figure's clause: up to the nearest clause breakers on both sides."""
    lo = raw.first
    while lo > 0 and not breaks[lo - 1] and raw.first - lo < _CLAUSE:
        lo -= 1
    hi = raw.last
    while hi < t.n and not breaks[hi] and hi - raw.last < _CLAUSE:
        hi += 1
    return lo, hi


class _Cues:
    """Where the clause cues (attack words, domestic cues, recipients …) stand in a sentence."""

    __slots__ = (
        "domestic",
        "hostile_any",
        "hostile_counts",
        "hostile_shares",
        "other",
        "recipient",
        "strong",
        "transfer",
    )

    def __init__(self, t: _Tokens, tb: _Tables) -> None:
        self.strong: list[int] = []
        self.transfer: list[int] = []
        self.hostile_any: list[int] = []
        self.hostile_counts: list[int] = []
        self.hostile_shares: list[int] = []
        self.domestic: list[int] = []
        self.recipient: list[int] = []
        self.other: list[int] = []  # a recipient that is someone else ("for Israel")
        for k in range(t.n):
            w = t.lower[k]
            if w not in tb.cue_words:
                continue
            if w in tb.strong_heads:
                self.strong.append(k)
            if w in tb.transfer_verbs:
                self.transfer.append(k)
            for table, out in (
                (tb.hostile_any, self.hostile_any),
                (tb.hostile_counts, self.hostile_counts),
                (tb.hostile_shares, self.hostile_shares),
                (tb.domestic_cues, self.domestic),
            ):
                if table.starts(w) and table.match_at(t, k) is not None:
                    out.append(k)
            if w in tb.recipient_markers:  # "to Ukraine", "for the Ukrainian army"
                j = k + 1
                while j < t.n and j - k <= 2 and t.lower[j] in tb.recipient_fillers:
                    j += 1
                if tb.recipient_names.match_at(t, j) is not None:
                    self.recipient.append(k)
                elif tb.other_recipients.match_at(t, j) is not None:
                    self.other.append(k)


def _between(positions: list[int], lo: int, hi: int) -> bool:
    return any(lo <= k < hi for k in positions)


class _Sentence(NamedTuple):
    """A sentence with the figures read in it, ready to classify them."""

    t: _Tokens
    lex: FigureLexicon
    raws: list[_Raw]
    breaks: list[bool]  # tokens that break a clause
    owner: list[int]  # per token: the index of the figure it belongs to, or -1
    parts: list[int | None]  # per figure: the index of the figure it is part of
    clauses: list[tuple[int, int]]  # per figure: the token range of its clause
    cues: _Cues

    @property
    def tb(self) -> _Tables:
        """The lexicon's tables."""
        return self.lex._t

    def window(self, idx: int, forward: bool) -> list[int]:
        """Token indices of figure ``idx``'s clause on one side, nearest first."""
        return _window(self.t, self.raws[idx], self.owner, self.breaks, forward)
