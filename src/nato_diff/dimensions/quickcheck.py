r"""A quick check that a compiled pattern cannot match a text, before running it.

The prefix filter (:mod:`.prefilter`) gives the folded strings one of which starts every match
of a pattern. When the folded text holds none of them, the pattern cannot match, and a long
alternation (the claim rules' act cues, hundreds of words tried at every word start) need not
run over the text. The check never changes a result: it says "cannot match" only when that is
certain, and "may match" otherwise (also when the pattern gives no selective strings).

A pattern that opens with a look-behind for no word character (``(?<!\w)``, ``(?<![\w'-])``)
matches only at a word start, so its strings are looked for only there; folding keeps a
non-word character a non-word character, except a combining dot above, which it drops (a
text holding one is always searched).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import partial

from .._regexcache import analysed, compile_cached
from .patterns import ValueType
from .prefilter import _code_version, _sre_parser, _trie_regex, fold, required_prefixes

__all__ = ["can_match", "find_matches", "plan_search"]

_WORD_START = f"word start {_code_version('quickcheck.py')}"


@dataclass(frozen=True)
class _Spec:
    """A compiled pattern seen as a regex term (what :func:`required_prefixes` reads)."""

    pattern: str
    case_insensitive: bool
    valuetype: ValueType = "regex"


# By the pattern's id (hashing a long compiled pattern hashes its whole program): the
# pattern itself is kept, so that its id stays its own.
_SEEN: dict[int, tuple[re.Pattern[str], tuple[re.Pattern[str], int] | None]] = {}

# The matches of each pattern in the last texts it read, by (text, pos, endpos): a sentence
# is read again for each dimension it mentions and each clause it is cut into, and documents
# repeat sentences. Emptied when full.
_FOUND: dict[int, tuple[re.Pattern[str], dict[tuple[str, int, int], tuple[re.Match[str], ...]]]]
_FOUND = {}
_FOUND_KEPT = 1024


def _needles(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], int] | None:
    """Return a search for where the strings that start every match stand, or None.

    The search finds, in folded text, every place where one of the strings may start a
    match (with zero-width hits, so none is missed); the second value turns a hit's start
    into the place in the text: a hit on the non-word character before a word start is that
    word's place (the folded text has one character more in front).
    """
    seen = _SEEN.get(id(pattern))
    if seen is not None and seen[0] is pattern:
        return seen[1]
    if len(_SEEN) >= 256:
        _SEEN.clear()
    spec = _Spec(pattern.pattern, bool(pattern.flags & re.IGNORECASE))
    strings = required_prefixes(spec)
    needles = None
    if strings:
        body = _trie_regex(strings)
        word_start = analysed(
            _WORD_START,
            pattern.pattern,
            pattern.flags,
            partial(_at_word_start, pattern),
            lambda value: isinstance(value, bool),
        )
        search = compile_cached(rf"\W(?={body})" if word_start else f"(?={body})")
        needles = (search, int(word_start))
    _SEEN[id(pattern)] = (pattern, needles)
    return needles


def plan_search(pattern: re.Pattern[str]) -> None:
    """Work out, ahead of the first text, where ``pattern`` may match.

    Inside a ``pattern_store`` block (:mod:`nato_diff._regexcache`) this work is kept
    between runs; :func:`can_match` and :func:`find_matches` use it.

    Parameters
    ----------
    pattern : re.Pattern
        A compiled pattern.
    """
    _needles(pattern)


def _at_word_start(pattern: re.Pattern[str]) -> bool:
    """Whether every match of the pattern follows a non-word character (or the text's start)."""
    try:
        first = next(iter(_sre_parser.parse(pattern.pattern, pattern.flags)))
        name, (direction, sub) = str(first[0]), first[1]
        (klass, members), *rest = sub
    except Exception:  # another shape, or no parser: search everywhere
        return False
    return (
        name == "ASSERT_NOT"
        and direction == -1
        and not rest
        and str(klass) == "IN"
        and any(str(op) == "CATEGORY" and str(av) == "CATEGORY_WORD" for op, av in members)
    )


def can_match(pattern: re.Pattern[str], text: str) -> bool:
    r"""Return False when ``pattern`` certainly finds nothing in ``text``, else True.

    Parameters
    ----------
    pattern : re.Pattern
        A compiled pattern (its ``re.IGNORECASE`` flag is read).
    text : str
        The text it would search.

    Returns
    -------
    bool
        False when the folded text holds none of the strings every match starts with; True
        when it holds one or the pattern gives none (then it must be run).

    Examples
    --------
    >>> import re
    >>> pattern = re.compile(r"\b(?:reject\w*|oppos(?:e|es|ed))\b", re.IGNORECASE)
    >>> can_match(pattern, "Kyiv welcomed the decision."), can_match(pattern, "Kyiv OPPOSED it.")
    (False, True)
    """
    needles = _needles(pattern)
    return needles is None or "\u0307" in text or needles[0].search(fold(text)[0]) is not None


def find_matches(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> list[re.Match[str]]:
    r"""Return the matches ``pattern.finditer(text, pos, endpos)`` gives, trying fewer places.

    The pattern is tried only where one of the strings that start its matches stands, in
    order, each match going on from the end of the one before, as ``finditer`` does. Where
    that cannot be told (no selective strings, a text that no longer lines up once folded,
    an empty match), ``finditer`` itself runs.

    Parameters
    ----------
    pattern : re.Pattern
        A compiled pattern.
    text : str
        The text.
    pos, endpos : int, optional
        As for :meth:`re.Pattern.finditer`.

    Returns
    -------
    list of re.Match
        The matches, in order.

    Examples
    --------
    >>> import re
    >>> pattern = re.compile(r"(?<!\w)(?:reject\w*|oppos(?:e|es|ed))\b", re.IGNORECASE)
    >>> [m.group() for m in find_matches(pattern, "Kyiv opposed it; Minsk rejects it.")]
    ['opposed', 'rejects']
    """
    end = len(text) if endpos is None else endpos
    memo = _FOUND.get(id(pattern))
    if memo is None or memo[0] is not pattern:
        if len(_FOUND) >= 64:
            _FOUND.clear()
        memo = _FOUND[id(pattern)] = (pattern, {})
    key = (text, pos, end)
    known = memo[1].get(key)
    if known is None:
        if len(memo[1]) >= _FOUND_KEPT:
            memo[1].clear()
        known = memo[1][key] = tuple(_find_matches(pattern, text, pos, end))
    return list(known)


def _find_matches(pattern: re.Pattern[str], text: str, pos: int, end: int) -> list[re.Match[str]]:
    """Return the matches of :func:`find_matches`, found anew."""
    needles = _needles(pattern)
    if needles is None or "\u0307" in text:
        return list(pattern.finditer(text, pos, end))
    folded, aligned = fold(text)
    if not aligned:
        return list(pattern.finditer(text, pos, end)) if needles[0].search(folded) else []
    found: list[re.Match[str]] = []
    at = pos
    for hit in needles[0].finditer(folded):
        start = hit.start() + needles[1] - 1
        if start < at:
            continue
        if start >= end:
            break
        m = pattern.match(text, start, end)
        if m is None:
            continue
        if m.end() == start:  # an empty match: finditer's own rules for what comes next
            return list(pattern.finditer(text, pos, end))
        found.append(m)
        at = m.end()
    return found
