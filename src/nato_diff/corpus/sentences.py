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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .._data import read_builtin_yaml

__all__ = ["SplitRules", "load_split_rules", "split_sentences"]

_BULLET = re.compile(r"^\s*(?:[•·▪●◦■□➢►*]|[-–—](?=\s))\s*")
_BOUNDARY = re.compile(
    r"(?P<stop>[.!?…]+)(?P<close>[\"”’')\]]*)(?P<space>\s+)"
    r"(?=[\"“‘'(\[]?[A-Z0-9\u00C0-\u00DE\u0400-\u042F\u0490\u0404\u0406\u0407])"
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_LINE_END = re.compile(r"[.!?…:;,\"”’')\]]\s*$")
_WORDS = re.compile(r"\w+")
_ENUMERATION = re.compile(r"\(?(?:\d{1,3}|[ivxlc]{1,6}|[a-z])")


@dataclass(frozen=True)
class SplitRules:
    """Compiled splitting rules.

    Attributes
    ----------
    abbreviations : frozenset of str
        Words after which a full stop does not end a sentence.
    attribution_max_words : int
        Longest attribution kept with the quotation before it.
    """

    abbreviations: frozenset[str]
    attribution_max_words: int


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
    )


def _units(text: str) -> list[str]:
    """Paragraphs and lines, with hard-wrapped lines joined."""
    units: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        current = ""
        for raw_line in block.splitlines():
            line = raw_line.strip()
            if not line:
                continue
            bullet = bool(_BULLET.match(line))
            line = _BULLET.sub("", line)
            if current and not bullet and not _LINE_END.search(current) and line[:1].islower():
                current = f"{current} {line}"
                continue
            if current:
                units.append(current)
            current = line
        if current:
            units.append(current)
    return units


def _is_abbreviation(before: str, rules: SplitRules) -> bool:
    # Only the end of ``before`` is read, so a long sentence is not scanned at every stop.
    m = _WORD_BEFORE.search(before, max(0, len(before) - 80))
    if m is not None and m.start() == max(0, len(before) - 80) and m.start() > 0:
        m = _WORD_BEFORE.search(before)  # the word may start before the window
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if word in rules.abbreviations:
        return True
    # a single initial ("J. Smith") or dotted initials ("J.R.")
    return bool(re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word))


def _split_unit(unit: str, rules: SplitRules) -> list[str]:
    pieces: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(unit):
        if m.group("stop") == "." and _is_abbreviation(unit[start : m.start()], rules):
            continue
        if _ENUMERATION.fullmatch(unit[start : m.start()].strip()):
            continue  # "1. We, the Heads of State ..." keeps its paragraph number
        pieces.append(unit[start : m.end("close")])
        start = m.end()
    pieces.append(unit[start:])
    out: list[str] = []
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        if (
            out
            and re.search(r"[.!?…][\"”’']\s*$", out[-1])
            and not re.match(r"[\"“‘']", piece)
            and len(_WORDS.findall(piece)) <= rules.attribution_max_words
            and re.search(r"[.!?]\s*$", piece)
            and not _opens_quote(piece)
        ):
            out[-1] = f"{out[-1]} {piece}"
            continue
        out.append(piece)
    return out


def _opens_quote(piece: str) -> bool:
    return piece.count("“") > piece.count("”")


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
        an empty tuple.

    Examples
    --------
    >>> split_sentences("Mr Smith met Gen. Jones in the U.S. on Monday. They spoke.")
    ('Mr Smith met Gen. Jones in the U.S. on Monday.', 'They spoke.')
    >>> split_sentences('“We will help. It is time,” said Ms Lee. Talks went on.')
    ('“We will help.', 'It is time,” said Ms Lee.', 'Talks went on.')
    """
    rules = rules or load_split_rules()
    sentences: list[str] = []
    for unit in _units(text):
        sentences.extend(_split_unit(unit, rules))
    return tuple(sentences)
