"""Term patterns as regular expressions: fixed, glob and regex patterns, on whole words.

Matching rules (quanteda's ``valuetype``):

* ``fixed`` -- a literal word or phrase;
* ``glob`` -- ``*`` (any run of letters/digits, possibly none) and ``?`` (exactly one)
  inside words; a lone ``*`` stands for one whole word;
* ``regex`` -- a Python regular expression.

Every pattern matches whole words only: the character before and after a match is not a
letter, digit or underscore. In ``fixed`` and ``glob`` patterns a gap between words (spaces
and/or hyphens) matches any run of spaces and hyphens, and ``'`` matches ``’`` too, so
``long-range`` also finds "long range" and "Ukraine's" finds "Ukraine’s".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal, Protocol

from .._regexcache import compile_cached

__all__ = [
    "VALUETYPES",
    "PatternSpec",
    "ValueType",
    "compile_term",
    "compile_terms",
    "term_body",
    "term_regex",
    "union",
]

ValueType = Literal["fixed", "glob", "regex"]
VALUETYPES: tuple[ValueType, ...] = ("fixed", "glob", "regex")

# Building blocks of the regular expressions that fixed and glob patterns become.
_GAP_CHARS = r"\-\u2010\u2011"  # hyphen, Unicode hyphen, non-breaking hyphen
_GAP = r"[\s" + _GAP_CHARS + r"]+"
_APOSTROPHE = "['\u2019]"
_SPLIT_WORDS = re.compile(r"[\s" + _GAP_CHARS + r"]+")
# The word-boundary wrapper around every pattern.
_OPEN = r"(?<!\w)(?:"
_CLOSE = r")(?!\w)"


class PatternSpec(Protocol):
    """A pattern as a dimension file gives it (a term or a cue)."""

    @property
    def pattern(self) -> str:
        """The pattern as written."""

    @property
    def valuetype(self) -> ValueType:
        """How the pattern is read."""

    @property
    def case_insensitive(self) -> bool:
        """Whether letter case is ignored."""


def _literal(word: str) -> str:
    return "".join(_APOSTROPHE if ch in "'\u2019" else re.escape(ch) for ch in word)


def _glob_word(word: str) -> str:
    if word == "*":
        return r"\w+"
    out = []
    for ch in word:
        if ch == "*":
            out.append(r"\w*")
        elif ch == "?":
            out.append(r"\w")
        else:
            out.append(_literal(ch))
    return "".join(out)


def term_body(pattern: str, valuetype: ValueType) -> str:
    """Return the regular expression of a pattern without its word-boundary wrapper.

    Parameters
    ----------
    pattern : str
        The pattern as written.
    valuetype : {"fixed", "glob", "regex"}
        How ``pattern`` is read.

    Returns
    -------
    str
        The expression; a regex pattern is returned as it is.
    """
    if valuetype == "regex":
        return pattern
    words = [w for w in _SPLIT_WORDS.split(pattern.strip()) if w]
    convert = _glob_word if valuetype == "glob" else _literal
    return _GAP.join(convert(w) for w in words)


def term_regex(pattern: str, valuetype: ValueType) -> str:
    """Return the regular expression a pattern compiles to (without case flags).

    Parameters
    ----------
    pattern : str
        The pattern as written.
    valuetype : {"fixed", "glob", "regex"}
        How ``pattern`` is read.

    Returns
    -------
    str
        The expression, anchored on word boundaries.

    Examples
    --------
    >>> import re
    >>> re.search(term_regex("long-range", "fixed"), "new long range missiles").group()
    'long range'
    """
    return f"{_OPEN}{term_body(pattern, valuetype)}{_CLOSE}"


def compile_term(term: PatternSpec) -> re.Pattern[str]:
    """Compile one pattern with its case flag.

    Parameters
    ----------
    term : PatternSpec
        A term or a cue.

    Returns
    -------
    re.Pattern
        The compiled expression.
    """
    flags = re.IGNORECASE if term.case_insensitive else 0
    return compile_cached(term_regex(term.pattern, term.valuetype), flags)


def union(terms: Sequence[PatternSpec], *, case_insensitive: bool) -> re.Pattern[str] | None:
    """Compile the patterns of one case-sensitivity into one alternation.

    Parameters
    ----------
    terms : sequence of PatternSpec
        Terms or cues; only those whose ``case_insensitive`` is the one asked for are used.
    case_insensitive : bool
        Which patterns to join, and the flag of the result.

    Returns
    -------
    re.Pattern or None
        One expression, trying the longest pattern first at each place; None when no
        pattern has that case-sensitivity.
    """
    chosen = [t for t in terms if t.case_insensitive == case_insensitive]
    if not chosen:
        return None
    # At any place in a sentence the longest pattern is tried first.
    chosen.sort(key=lambda t: -len(t.pattern))
    body = "|".join(f"(?:{term_body(t.pattern, t.valuetype)})" for t in chosen)
    flags = re.IGNORECASE if case_insensitive else 0
    return compile_cached(f"{_OPEN}{body}{_CLOSE}", flags)


def compile_terms(terms: Sequence[PatternSpec]) -> tuple[re.Pattern[str], ...]:
    """Compile patterns into at most two alternations, case-insensitive ones first.

    Parameters
    ----------
    terms : sequence of PatternSpec
        Terms or cues.

    Returns
    -------
    tuple of re.Pattern
        One alternation per case-sensitivity that occurs.
    """
    found = (union(terms, case_insensitive=True), union(terms, case_insensitive=False))
    return tuple(p for p in found if p is not None)
