r"""The prefix filter: the strings a pattern's matches must start with, and one search for them.

The standard library's regular-expression parser gives, for every pattern, the (case-folded)
strings a match must start with; one search over the folded sentence finds which patterns can
match and where, so that only those are run, only there. The filter never changes a result.
Digits fold to ``0``, so that a pattern starting with ``\d`` ("32nd member") is tried only
where a number starts a word.
"""

from __future__ import annotations

import bisect
import hashlib
import importlib
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any, cast

from .._regexcache import analysed, compile_all
from .patterns import PatternSpec, term_regex

__all__ = ["closure", "fold", "hits", "prefix_regex", "realign", "required_prefixes"]

# Folding for the literal filter: dashes and white space are gaps; re.IGNORECASE also
# matches dotless i and long s to ASCII letters, which str.lower() does not.
_GAP_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015"
_FOLD_TABLE = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0307": None})
_FOLD_RARE = re.compile("[\u0131\u017f\u0307]")
# Every decimal digit (what ``\d`` matches) folds to "0".
_DIGIT = re.compile(r"\d")
_GAP_SPACES = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace() and ch != " ")
# Every white-space character but the plain space, and the dashes, as one character class.
_FOLD_GAP_CHARS = re.compile("[" + re.escape(_GAP_SPACES) + re.escape(_GAP_DASHES) + "]")
# The same folding of gaps and digits for ASCII text, as one table (a faster pass).
_ASCII_FOLD = str.maketrans(
    {
        **{ch: " " for ch in _GAP_SPACES + _GAP_DASHES if ch.isascii()},
        **{ch: "0" for ch in "123456789"},
    }
)

# The standard library's regular-expression parser, used only to find literal strings that a
# pattern requires (a fast pre-filter); without it every pattern is simply always tried.
_sre_parser: Any
try:
    _sre_parser = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    try:
        _sre_parser = importlib.import_module("sre_parse")
    except ImportError:
        _sre_parser = None


def fold(text: str) -> tuple[str, bool]:
    """Fold text for the prefix filter; say whether it still lines up with ``text``.

    Lower case; dashes and white space become spaces; a space is put in front, so that every
    word start follows a non-word character. ``re.IGNORECASE`` also matches dotless i and
    long s to ASCII letters, so they are mapped too. When that changes the length, or two gaps
    meet, the gaps are squeezed to one space and the text no longer lines up.

    Parameters
    ----------
    text : str
        A sentence.

    Returns
    -------
    tuple of (str, bool)
        The folded text, and whether position ``i + 1`` in it is position ``i`` in ``text``.
    """
    last = _LAST_FOLD[0]
    if last[0] is text:  # the same sentence, scanned by the next dimension
        return last[1], last[2]
    folded = text.lower()
    if not folded.isascii() and _FOLD_RARE.search(folded):
        folded = folded.translate(_FOLD_TABLE)
    folded = _gaps_and_digits(folded)
    aligned = len(folded) == len(text) and "  " not in folded
    if not aligned:
        folded = " ".join(folded.split())
    folded = " " + folded
    _LAST_FOLD[0] = (text, folded, aligned)
    return folded, aligned


_LAST_FOLD: list[tuple[str | None, str, bool]] = [(None, "", False)]


def _gaps_and_digits(text: str) -> str:
    """Put a space for every gap (white space, dash) and "0" for every decimal digit."""
    if text.isascii():
        return text.translate(_ASCII_FOLD)
    return _FOLD_GAP_CHARS.sub(" ", _DIGIT.sub("0", text))


# Sets of folded strings, multiplied out from a parsed pattern up to this many.
_Strings = frozenset[str]
_MAX_STRINGS = 64
_EMPTY: _Strings = frozenset({""})


def _canon(code: int) -> str | None:
    """Return the folded form of a pattern character, or None if the filter cannot use it."""
    ch = chr(code)
    if ch.isspace() or ch in _GAP_DASHES:
        return " "
    if ch.isdecimal():
        return "0"
    if 32 < code < 127:
        return ch.lower() if ch != "'" else None
    # Latin letters with diacritics ("Türkiye") fold with str.lower() as re.IGNORECASE does;
    # dotted I, dotless i and long s do not.
    if 0xC0 <= code <= 0x17F and ch.isalpha() and code not in _UNFOLDABLE:
        return ch.lower()
    return None


_UNFOLDABLE = frozenset({0x130, 0x131, 0x17F})


def _product(a: _Strings, b: _Strings) -> _Strings | None:
    joined = frozenset(
        x + y[1:] if x.endswith(" ") and y.startswith(" ") else x + y for x in a for y in b
    )
    return joined if len(joined) <= _MAX_STRINGS else None


def _class_strings(members: Sequence[tuple[Any, Any]]) -> _Strings | None:
    chars: set[str | None] = set()
    for op, av in members:
        name = str(op)
        if name == "LITERAL":
            chars.add(_canon(av))
        elif name == "RANGE" and av[1] - av[0] < 16:
            chars.update(_canon(code) for code in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) == "CATEGORY_SPACE":
            chars.add(" ")
        elif name == "CATEGORY" and str(av) == "CATEGORY_DIGIT":
            chars.add("0")
        else:
            return None
    return None if None in chars else frozenset(cast(set[str], chars))


def _exact(items: Iterable[tuple[Any, Any]]) -> _Strings | None:
    """Every folded string a parsed sequence can match, if they are few; else None."""
    run: _Strings | None = _EMPTY
    for op, av in items:
        piece = _exact_piece(str(op), av)
        if piece is None or run is None:
            return None
        run = _product(run, piece)
    return run


def _exact_piece(name: str, av: Any) -> _Strings | None:
    if name == "LITERAL":
        c = _canon(av)
        return None if c is None else frozenset({c})
    if name == "IN":
        return _class_strings(av)
    if name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero width
        return _EMPTY
    if name in ("SUBPATTERN", "ATOMIC_GROUP"):
        return _exact(av[-1] if name == "SUBPATTERN" else av)
    if name == "BRANCH":
        alternatives = [_exact(branch) for branch in av[1]]
        if any(a is None for a in alternatives):
            return None
        union = frozenset().union(*cast(list[_Strings], alternatives))
        return union if len(union) <= _MAX_STRINGS else None
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, high, sub = av
        strings = _exact(sub)
        if strings == frozenset({" "}):  # a run of gaps folds to one space
            return strings if low else _EMPTY | strings
        if strings is not None and high == 1:
            return strings if low else _EMPTY | strings
    return None


def _prefixes(items: Iterable[tuple[Any, Any]]) -> _Strings:
    """Folded strings one of which starts every match of a parsed sequence ("" if unknown)."""
    run = _EMPTY
    for op, av in items:
        name = str(op)
        piece = _exact_piece(name, av)
        if piece is not None:
            longer = _product(run, piece)
            if longer is None:
                return run
            run = longer
            continue
        if name in ("SUBPATTERN", "ATOMIC_GROUP"):
            piece = _prefixes(av[-1] if name == "SUBPATTERN" else av)
        elif name == "BRANCH":
            piece = frozenset().union(*(_prefixes(branch) for branch in av[1]))
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
            piece = _prefixes(av[2])
        if piece is not None and "" not in piece:
            # Too many strings to multiply out: those of the piece alone start every
            # match when nothing comes before it.
            return _product(run, piece) or (piece if run == _EMPTY else run)
        return run
    return run


def required_prefixes(term: PatternSpec) -> frozenset[str] | None:
    """Folded strings one of which starts every match of ``term``, if selective enough.

    Parameters
    ----------
    term : PatternSpec
        A term, cue or exclude pattern.

    Returns
    -------
    frozenset of str or None
        The strings, none of which starts with another; None (or empty) when the pattern
        gives none that are selective (two letters or digits at least, or a number starting a
        word: digits fold to "0"), so that it must always be tried.
    """
    if _sre_parser is None:  # pragma: no cover - the parser moved
        return None
    flags = re.IGNORECASE if term.case_insensitive else 0
    try:
        regex = term_regex(term.pattern, term.valuetype)
    except Exception:  # pragma: no cover - an unexpected term only disables the filter
        return None
    # Worked out once per machine inside a pattern store (see nato_diff._regexcache).
    kept = analysed(_ANALYSIS, regex, flags, partial(_required, regex, flags), _strings_or_none)
    return None if kept is None else frozenset(kept)


def _required(regex: str, flags: int) -> list[str] | None:
    """Return the strings of :func:`required_prefixes`, sorted, or None."""
    try:
        prefixes = _prefixes(list(_sre_parser.parse(regex, flags)))
    except Exception:  # pragma: no cover - an unexpected parse tree only disables the filter
        return None
    if any(
        p.startswith(" ") or (sum(ch.isalnum() for ch in p) < 2 and not p.startswith("0"))
        for p in prefixes
    ):
        return None
    # A string that starts with another string of the set adds nothing.
    kept: list[str] = []
    for p in sorted(prefixes, key=len):
        if not any(p.startswith(k) for k in kept):
            kept.append(p)
    return sorted(kept)


def _strings_or_none(value: Any) -> bool:
    """Whether a stored value is what :func:`_required` gives."""
    return value is None or (isinstance(value, list) and all(isinstance(v, str) for v in value))


def _code_version(*modules: str) -> str:
    """Return a digest of some of these modules (by file name), naming what they work out."""
    digest = hashlib.sha256()
    for name in modules:
        try:
            digest.update((Path(__file__).parent / name).read_bytes())
        except OSError:  # pragma: no cover - no source file: a name of this process alone
            digest.update(os.urandom(16))
    return digest.hexdigest()[:16]


_ANALYSIS = f"prefixes {_code_version('prefilter.py')}"


def _trie_regex(words: Iterable[str]) -> str:
    """One expression for a set of strings, factored by common prefixes, longest match first.

    The strings are sorted, so the strings below one node of the trie (those with its
    prefix) are a run of the list, and each child's run ends where the next character
    would start: the trie is never built.
    """
    ordered = sorted(set(words))
    escaped: dict[str, str] = {}

    def build(lo: int, hi: int, depth: int) -> str:
        """Return the expression of ``ordered[lo:hi]``, which share ``depth`` first chars."""
        ends = lo < hi and len(ordered[lo]) == depth  # the prefix itself is a string
        if ends:
            lo += 1
        if hi - lo == 1 and not ends:  # one string left: the rest of it, escaped
            return re.escape(ordered[lo][depth:])
        branches = []
        while lo < hi:
            word = ordered[lo]
            ch = word[depth]
            end = bisect.bisect_left(ordered, word[:depth] + chr(ord(ch) + 1), lo + 1, hi)
            esc = escaped.get(ch)
            if esc is None:
                esc = escaped[ch] = re.escape(ch)
            branches.append(esc + build(lo, end, depth + 1))
            lo = end
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(0, len(ordered), 0)


def prefix_regex(strings: Iterable[str]) -> re.Pattern[str]:
    """Compile the search for a set of prefix strings at word starts of folded text.

    Parameters
    ----------
    strings : iterable of str
        Folded prefix strings.

    Returns
    -------
    re.Pattern
        A non-word character, then (in group 1) the longest of the strings found there.
    """
    # A search for thousands of strings takes a tenth of a second to compile: kept in the cache.
    return compile_all([(rf"\W(?=({_trie_regex(strings)}))", 0)])[0]


_NON_SPACE = re.compile(r"\S+")


def realign(text: str, folded: str, found: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """Map hits in squeezed folded text back to places in ``text``, or None when unsure.

    :func:`fold` squeezes runs of gaps when a sentence has double spaces or dashes between
    spaces, and then the folded text no longer lines up. When lower-casing kept every
    character in place, a hit's place in ``text`` is found from the word it falls in, so
    long sentences with double spaces still try each pattern only where it may match.

    Parameters
    ----------
    text : str
        The sentence.
    folded : str
        Its folded form (not aligned).
    found : list of (int, str)
        Hits in ``folded``, from :func:`hits`.

    Returns
    -------
    list of (int, str) or None
        The hits with places in ``text``; None when the two cannot be lined up.
    """
    words = _word_places(text, folded)
    if words is None:
        return None
    spans, squeezed_starts = words
    out = []
    for hit, string in found:
        k = bisect.bisect_right(squeezed_starts, hit + 1) - 1
        if k < 0 or hit + 1 - squeezed_starts[k] >= spans[k][1] - spans[k][0]:
            return None  # not inside a word: leave the sentence unfiltered
        out.append((spans[k][0] + (hit + 1 - squeezed_starts[k]), string))
    return out


def _word_places(text: str, folded: str) -> tuple[list[tuple[int, int]], list[int]] | None:
    """Word spans in ``text`` and their starts in squeezed ``folded`` (the last one kept)."""
    last = _LAST_PLACES[0]
    if last[0] is text:
        return last[1]
    result: tuple[list[tuple[int, int]], list[int]] | None = None
    full = text.lower()
    if len(full) == len(text) and not _FOLD_RARE.search(full):
        full = _gaps_and_digits(full)
        spans = [m.span() for m in _NON_SPACE.finditer(full)]
        starts: list[int] = []
        place = 1  # after the added leading space
        for start, end in spans:
            starts.append(place)
            place += end - start + 1
        if place - 1 == len(folded) and " " + " ".join(full[a:b] for a, b in spans) == folded:
            result = (spans, starts)
    _LAST_PLACES[0] = (text, result)
    return result


_LAST_PLACES: list[tuple[str | None, tuple[list[tuple[int, int]], list[int]] | None]] = [
    (None, None)
]


def hits(prefixes: re.Pattern[str], folded: str) -> list[tuple[int, str]]:
    """Find the prefix strings in folded text.

    Parameters
    ----------
    prefixes : re.Pattern
        From :func:`prefix_regex`.
    folded : str
        From :func:`fold`.

    Returns
    -------
    list of (int, str)
        ``(start, string)`` per hit; the folded text starts with an added space, so a hit's
        start is its word's place in the sentence (when the two line up).
    """
    return [(hit.start(), hit.group(1)) for hit in prefixes.finditer(folded)]


def closure(direct: Mapping[str, int], strings: Iterable[str]) -> dict[str, int]:
    """Map each string to the bits of every ``direct`` string it starts with.

    The search reports the longest string at a place; the shorter ones are there too.

    Parameters
    ----------
    direct : mapping of str to int
        Each prefix string with the bits of the units that require it.
    strings : iterable of str
        The strings the search may report.

    Returns
    -------
    dict of str to int
        The bits of the units that may match where each string is found.
    """
    wanted = list(strings)
    # In sorted order, the strings that start a string and stand before it are on a stack
    # (every string between a prefix and the string starts with that prefix too), so each
    # string's bits are those of the longest one on the stack and its own.
    bits: dict[str, int] = {}
    stack: list[str] = []
    for text in sorted({*wanted, *direct}):
        while stack and not text.startswith(stack[-1]):
            stack.pop()
        bits[text] = (bits[stack[-1]] if stack else 0) | (direct.get(text, 0) if text else 0)
        stack.append(text)
    return {text: bits[text] for text in wanted}
