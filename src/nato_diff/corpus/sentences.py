"""Split cleaned text into sentences.

A small rule-based splitter, chosen over the libraries measured for this job (see
``benchmarks/sentences_bench.py``): it runs at tens of MB/s and handles what political texts
need.

Rules
-----
* Paragraphs (blank-line separated) and lines are boundaries: a heading or list item without
  final punctuation is a sentence of its own. A line is joined to the next only when it lacks
  final punctuation and the next starts in lower case (a hard-wrapped paragraph).
* Inside a line a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with any closing quotes or
  brackets) followed by white space and an upper-case letter, a digit or an opening quote.
* No break after an abbreviation from ``data/sentences.yaml`` ("Mr", "Gen", "U.S"), a single
  initial ("J. Smith") or inside numbers ("€1.5 billion", "F-16").
* Quoted sentences are split like any others, so each can be attributed; a short attribution
  after a quotation's final stop (``… in NATO.” Stoltenberg said.``) stays with it, and a
  quotation's closing words after a comma (``…,” said the President.``) never break.
* Leading bullet glyphs are dropped from the sentence; a paragraph number ("1.", "iv.") stays
  with its paragraph's first sentence.
* No sentence is longer than ``max_sentence_chars`` (``data/sentences.yaml``) unless it is one
  word: a longer span without a sentence stop (a table flattened into one line, a list run
  together, a page without punctuation) is cut at its last semicolon, else colon, else comma
  (each followed by a space), else space, in the second half of each stretch of that length,
  and never inside a word. :func:`split_marked` tells which sentences are such pieces
  (``Document.cut_sentences``), so nobody takes one for a sentence of the source.

Every step reads each character a bounded number of times, so splitting is linear in the
length of the text, however long its lines or sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

from .._data import read_builtin_yaml

__all__ = ["Split", "SplitRules", "load_split_rules", "split_marked", "split_sentences"]

_BULLET = re.compile(r"^\s*(?:[•·▪●◦■□➢►*]|[-–—](?=\s))\s*")
_BOUNDARY = re.compile(
    r"(?P<stop>[.!?…]+)(?P<close>[\"”’')\]]*)(?P<space>\s+)"
    r"(?=[\"“‘'(\[]?[A-Z0-9\u00C0-\u00DE\u0400-\u042F\u0490\u0404\u0406\u0407])"
)
# How far back the word before a full stop is read: a longer run of letters and dots is no
# abbreviation (nor a string of initials), so the run's start is never looked for.
_WORD_BEFORE_MAX = 80
_INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")
_LINE_END_CHARS = frozenset(".!?…:;,\"”’')]")
_WORDS = re.compile(r"\w+")
# A paragraph number ("1", "(iv", "a"), with the white space around it, before its stop.
_ENUMERATION = re.compile(r"\s*\(?(?:\d{1,3}|[ivxlc]{1,6}|[a-z])\s*")
_QUOTE_CLOSERS = frozenset("\"”’'")
_QUOTE_OPENERS = frozenset("\"“‘'")
# Where an over-long span is cut, best first: after a semicolon, a colon, a comma (each
# followed by white space), else at white space.
# Each pattern runs to the end of the stretch and backs up to its last such boundary.
_CUTS = tuple(re.compile(rf".*{c}(?=\s)", re.S) for c in (";", ":", ","))
_LAST_SPACE = re.compile(r".*\s", re.S)
_SPACE = re.compile(r"\s")


@dataclass(frozen=True)
class SplitRules:
    """Compiled splitting rules.

    Attributes
    ----------
    abbreviations : frozenset of str
        Words after which a full stop does not end a sentence.
    attribution_max_words : int
        Longest attribution kept with the quotation before it.
    max_sentence_chars : int
        Longest sentence; a longer span without a sentence stop is cut at a clause boundary
        or a space (see the module's rules).
    """

    abbreviations: frozenset[str]
    attribution_max_words: int
    max_sentence_chars: int = 2000


@lru_cache(maxsize=1)
def load_split_rules() -> SplitRules:
    """Load the package's splitting rules.

    Returns
    -------
    SplitRules
        The rules (cached).
    """
    raw: dict[str, Any] = read_builtin_yaml("sentences.yaml")
    return SplitRules(
        abbreviations=frozenset(str(a) for a in raw["abbreviations"]),
        attribution_max_words=int(raw["attribution_max_words"]),
        max_sentence_chars=int(raw["max_sentence_chars"]),
    )


class Split(NamedTuple):
    """Sentences and which of them are pieces of an over-long span.

    Attributes
    ----------
    sentences : tuple of str
        The sentences in order.
    cut : tuple of int
        Indices into ``sentences`` of the pieces of spans longer than ``max_sentence_chars``
        that had no sentence stop (each such span gives two or more pieces, all listed).
    """

    sentences: tuple[str, ...]
    cut: tuple[int, ...]


def _units(text: str) -> Iterator[str]:
    """Paragraphs and lines, with hard-wrapped lines joined (each line is read once)."""
    for block in re.split(r"\n\s*\n", text):
        parts: list[str] = []  # the lines of the current unit, joined with a space at its end
        for raw_line in block.splitlines():
            line = raw_line.strip()
            if not line:
                continue
            bullet = _BULLET.match(line)
            if bullet is not None:
                line = line[bullet.end() :]
            if (
                parts
                and bullet is None
                and parts[-1][-1] not in _LINE_END_CHARS
                and line[:1].islower()
            ):
                parts.append(line)
                continue
            if parts:
                yield " ".join(parts)
            parts = [line] if line else []
        if parts:
            yield " ".join(parts)


def _is_abbreviation(unit: str, start: int, end: int, rules: SplitRules) -> bool:
    """Tell whether the word of ``unit`` that ends at ``end`` (after ``start``) is abbreviated.

    Only the last ``_WORD_BEFORE_MAX`` characters are read, so a long sentence is not scanned
    again at every full stop.
    """
    lo = max(start, end - _WORD_BEFORE_MAX)
    i = end
    while i > lo and (unit[i - 1].isalnum() or unit[i - 1] in "._"):  # [\w.] backwards
        i -= 1
    if i == end or i == lo > start:  # none, or longer than any abbreviation
        return False
    word = unit[i:end].rstrip(".")
    if word in rules.abbreviations:
        return True
    # a single initial ("J. Smith") or dotted initials ("J.R.")
    return _INITIALS.fullmatch(word) is not None


def _stops(unit: str, rules: SplitRules) -> list[str]:
    """Cut a unit at its sentence stops (abbreviations and paragraph numbers excepted)."""
    pieces: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(unit):
        if m.group("stop") == "." and _is_abbreviation(unit, start, m.start(), rules):
            continue
        if _ENUMERATION.fullmatch(unit, start, m.start()):
            continue  # "1. We, the Heads of State ..." keeps its paragraph number
        pieces.append(unit[start : m.end("close")])
        start = m.end()
    pieces.append(unit[start:])
    return pieces


def _is_attribution(previous: str, piece: str, rules: SplitRules) -> bool:
    """Tell whether ``piece`` is a short attribution after a quotation's final stop."""
    return (
        previous[-1:] in _QUOTE_CLOSERS
        and previous[-2:-1] in (".", "!", "?", "…")
        and piece[:1] not in _QUOTE_OPENERS
        and piece[-1:] in (".", "!", "?")
        and len(_WORDS.findall(piece)) <= rules.attribution_max_words
        and not _opens_quote(piece)
    )


def _split_unit(unit: str, rules: SplitRules) -> list[str]:
    out: list[str] = []
    for piece in (p.strip() for p in _stops(unit, rules)):
        if not piece:
            continue
        if out and _is_attribution(out[-1], piece, rules):
            out[-1] = f"{out[-1]} {piece}"
            continue
        out.append(piece)
    return out


def _opens_quote(piece: str) -> bool:
    return piece.count("“") > piece.count("”")


def _cut_at(span: str, lo: int, hi: int) -> int:
    """Return where to cut ``span`` after ``lo`` and not after ``hi``: its best boundary.

    The last semicolon, colon or comma before white space in the second half of the stretch
    (in that order of preference) ends the piece; else its last white space; else the next
    white space after ``hi`` (a word is never cut); else the end of ``span``.
    """
    half = lo + (hi - lo) // 2
    for pattern in _CUTS:
        found = pattern.match(span, half, hi)
        if found is not None:
            return found.end()
    space = _LAST_SPACE.match(span, lo + 1, hi + 1)
    if space is not None:
        return space.end() - 1
    after = _SPACE.search(span, hi)
    return len(span) if after is None else after.start()


def _bounded(sentence: str, limit: int) -> list[str]:
    """Cut a sentence longer than ``limit`` into pieces of at most ``limit`` (see rules)."""
    if len(sentence) <= limit:
        return [sentence]
    pieces: list[str] = []
    lo = 0
    while len(sentence) - lo > limit:
        cut = _cut_at(sentence, lo, lo + limit)
        piece = sentence[lo:cut].strip()
        if piece:
            pieces.append(piece)
        lo = cut
    rest = sentence[lo:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def split_marked(text: str, *, rules: SplitRules | None = None) -> Split:
    """Split ``text`` into sentences and say which are pieces of an over-long span.

    Parameters
    ----------
    text : str
        Cleaned text.
    rules : SplitRules, optional
        Splitting rules; the package's by default.

    Returns
    -------
    Split
        The sentences (as :func:`split_sentences` gives them) and the indices of those cut
        from a span longer than ``rules.max_sentence_chars``.

    Examples
    --------
    >>> rules = load_split_rules()
    >>> long = "; ".join(["ammunition, fuel and spare parts"] * 100)
    >>> split = split_marked(f"Aid included {long}. It came.")
    >>> max(len(s) for s in split.sentences) <= rules.max_sentence_chars
    True
    >>> split.sentences[-1], len(split.cut) == len(split.sentences) - 1
    ('It came.', True)
    """
    rules = rules or load_split_rules()
    sentences: list[str] = []
    cut: list[int] = []
    for unit in _units(text):
        for sentence in _split_unit(unit, rules):
            pieces = _bounded(sentence, rules.max_sentence_chars)
            if len(pieces) > 1:
                cut.extend(range(len(sentences), len(sentences) + len(pieces)))
            sentences.extend(pieces)
    return Split(tuple(sentences), tuple(cut))


def split_sentences(text: str, *, rules: SplitRules | None = None) -> tuple[str, ...]:
    """Split ``text`` into sentences.

    Parameters
    ----------
    text : str
        Cleaned text.
    rules : SplitRules, optional
        Splitting rules; the package's by default.

    Returns
    -------
    tuple of str
        The sentences in order, each stripped of surrounding white space; empty text gives
        an empty tuple. A span longer than ``rules.max_sentence_chars`` without a sentence
        stop comes as several pieces (see :func:`split_marked`).

    Examples
    --------
    >>> split_sentences("Mr Smith met Gen. Jones in the U.S. on Monday. They spoke.")
    ('Mr Smith met Gen. Jones in the U.S. on Monday.', 'They spoke.')
    >>> split_sentences('“We will help. It is time,” said Ms Lee. Talks went on.')
    ('“We will help.', 'It is time,” said Ms Lee.', 'Talks went on.')
    """
    return split_marked(text, rules=rules).sentences
