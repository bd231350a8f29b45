"""Sentences split into tokens, and phrase tables matched against them token by token.

A token is a run of digits with inner separators ("1,000", "5.5"), a run of letters, or one
other character; lexicon phrases are split the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Generic, TypeVar

# Tokens: digit runs with inner separators ("1,000", "5.5"), letter runs, or one other char.
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\S")
_DASHES = frozenset({"-", "–", "—", "‒", "−"})

_DIGIT, _WORD, _SYM = 0, 1, 2

V = TypeVar("V")


class _Tokens:
    """A sentence split into tokens with their offsets, lower-cased forms and kinds."""

    __slots__ = ("end", "kind", "lower", "n", "sentence", "start", "text")

    def __init__(self, sentence: str) -> None:
        self.sentence = sentence
        self.text: list[str] = []
        self.start: list[int] = []
        self.end: list[int] = []
        self.kind: list[int] = []
        for m in _TOKEN_RE.finditer(sentence):
            s = m.group()
            self.text.append(s)
            self.start.append(m.start())
            self.end.append(m.end())
            c = s[0]
            self.kind.append(_DIGIT if c.isdigit() else _WORD if c.isalpha() else _SYM)
        self.lower = [s.lower().replace("’", "'") for s in self.text]
        self.n = len(self.text)

    def glued(self, i: int) -> bool:
        """Whether token ``i`` follows token ``i - 1`` with no space between."""
        return 0 < i < self.n and self.start[i] == self.end[i - 1]

    def is_punct(self, i: int) -> bool:
        """Whether token ``i`` is punctuation (a symbol other than a dash or a sign)."""
        return self.kind[i] == _SYM and self.text[i] not in _DASHES


def _phrase_tokens(phrase: str) -> list[str]:
    return [m.group() for m in _TOKEN_RE.finditer(phrase)]


def _phrase_joins(phrase: str) -> tuple[int, ...]:
    """Offsets (within the phrase) of tokens written with no space before them."""
    spans = [m.span() for m in _TOKEN_RE.finditer(phrase)]
    return tuple(k for k in range(1, len(spans)) if spans[k][0] == spans[k - 1][1])


def _span_text(t: _Tokens, a: int, b: int) -> tuple[int, int, str]:
    """Character offsets and text of tokens ``a:b``."""
    start, end = t.start[a], t.end[b - 1]
    return start, end, t.sentence[start:end]


class _PhraseTable(Generic[V]):
    """Phrases (as token lists) mapped to values, matched longest first.

    Tokens written together in a phrase ("US$", "macro-financial") match only when written
    together in the text, so "A $5" is not "A$".
    """

    __slots__ = ("_by_first", "_by_last", "case_sensitive", "phrases")

    def __init__(self, items: Iterable[tuple[str, V]], *, case_sensitive: bool = False) -> None:
        self.case_sensitive = case_sensitive
        self._by_first: dict[str, list[tuple[list[str], tuple[int, ...], V]]] = {}
        self._by_last: dict[str, list[tuple[list[str], tuple[int, ...], V]]] = {}
        self.phrases: dict[str, V] = {}
        for phrase, value in items:
            written = phrase if case_sensitive else phrase.lower().replace("’", "'")
            toks = _phrase_tokens(written)
            if not toks:
                continue
            joins = _phrase_joins(written)
            self.phrases[" ".join(toks)] = value
            self._by_first.setdefault(toks[0], []).append((toks, joins, value))
            self._by_last.setdefault(toks[-1], []).append((toks, joins, value))
        for table in (self._by_first, self._by_last):
            for cands in table.values():
                cands.sort(key=lambda c: -len(c[0]))

    @property
    def first_words(self) -> frozenset[str]:
        """The words (tokens) a phrase of the table can start with."""
        return frozenset(self._by_first)

    def starts(self, word: str) -> bool:
        """Whether a phrase of the table starts with the token ``word``."""
        return word in self._by_first

    def _keys(self, t: _Tokens) -> list[str]:
        return t.text if self.case_sensitive else t.lower

    def match_at(self, t: _Tokens, i: int) -> tuple[int, V] | None:
        """Longest phrase starting at token ``i``: (end token, value)."""
        if i >= t.n:
            return None
        keys = self._keys(t)
        for toks, joins, value in self._by_first.get(keys[i], ()):
            k = len(toks)
            if keys[i : i + k] == toks and all(t.glued(i + j) for j in joins):
                return i + k, value
        return None

    def match_before(self, t: _Tokens, j: int) -> tuple[int, V] | None:
        """Longest phrase ending just before token ``j``: (start token, value)."""
        if j <= 0 or j > t.n:
            return None
        keys = self._keys(t)
        for toks, joins, value in self._by_last.get(keys[j - 1], ()):
            k = len(toks)
            if j - k >= 0 and keys[j - k : j] == toks and all(t.glued(j - k + x) for x in joins):
                return j - k, value
        return None

    def __contains__(self, word: object) -> bool:
        return word in self.phrases
