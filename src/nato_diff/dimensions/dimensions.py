"""Dimensions stage: policy dimensions defined as YAML data files, validated and matched.

A *dimension* is one policy question followed through the documents (Ukraine's membership
path, security guarantees, the Black Sea, aid). Each lives in its own YAML file: *facets* list
the terms that make a sentence a mention, an optional ordered *ladder of positions* lists cue
phrases for each rung, and an optional ``figures`` entry asks for amounts to be extracted.
Built-in dimensions ship in ``nato_diff/data/dimensions``; users add or replace them with
their own files (see ``docs/dimensions.md`` for the format).

Matching rules (quanteda's ``valuetype``):

* ``fixed`` -- a literal word or phrase;
* ``glob`` -- ``*`` (any run of letters/digits, possibly none) and ``?`` (exactly one)
  inside words; a lone ``*`` stands for one whole word;
* ``regex`` -- a Python regular expression.

Every pattern matches whole words only: the character before and after a match is not a
letter, digit or underscore. In ``fixed`` and ``glob`` patterns a gap between words (spaces
and/or hyphens) matches any run of spaces and hyphens, and ``'`` matches ``’`` too, so
``long-range`` also finds "long range" and "Ukraine's" finds "Ukraine’s".

A regex pattern may name a list of the dimension file (``lists``) as ``{name}``; it stands
for any of the list's phrases, read as ``fixed`` patterns.

Three rules sit on top of the patterns:

* **Exclusion.** A term or cue match that overlaps a match of one of the dimension's
  ``exclude`` patterns does not count (nor does a term match overlapping its facet's
  ``exclude``): "Sweden's accession" is another country's path, not Ukraine's.
* **Local negation.** A position cue does not count when a negator ("not", "n't", "never",
  "no", "without", "refused to", "rejected", "ruled out" ...) stands before it in the same
  clause with at most three words in between (``window`` in
  ``nato_diff/data/negation.yaml``, which also lists the negators, their exceptions such as
  "not only" and "no doubt", and what ends a clause). Two different negators in a row cancel
  ("cannot be secure without membership"). A dimension whose file sets
  ``negated_position`` places a sentence with a negated cue of a higher rung on that rung
  instead ("did not invite Ukraine to join" is a rejection, not an invitation); the
  reported cue then starts at the negator. Cues that carry their own negation ("the door is
  closed") are not affected: only words before a cue's match can negate it.
* **Questions take no position.** A sentence that ends with "?" (after any closing quotes
  or brackets) or starts with "Q:" or "Question:" is scanned for facet terms only: it can be
  a mention, never a position.

Each facet's terms are compiled into one alternation per case-sensitivity when the file is
loaded; at each place in a sentence the longest term wins. Speed comes from a prefix filter
built at the same time: the standard library's regular-expression parser gives, for every
pattern, the (case-folded) strings a match must start with; one search over the folded
sentence finds which facets, cues and exclude patterns can match and where, and only those
are run, only there. The filter never changes a result (the tests compare it with
unfiltered matching). Exclusion and negation are only looked at where a term or a cue
matched.
:meth:`Dimensions.scan` shares that one search among all loaded dimensions.
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

import pandas as pd
import yaml

from nato_diff.errors import DimensionError, check_choice, located

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = [
    "BUILTIN_DIMENSIONS",
    "FIGURE_KINDS",
    "Cue",
    "Dimension",
    "Dimensions",
    "Facet",
    "FigureSettings",
    "Position",
    "SentenceMatch",
    "Term",
    "ValueType",
    "import_quanteda",
    "load_dimension",
    "load_dimensions",
]

ValueType = Literal["fixed", "glob", "regex"]
_VALUETYPES: tuple[ValueType, ...] = ("fixed", "glob", "regex")

#: The built-in dimensions, in the order every result lists them.
BUILTIN_DIMENSIONS: tuple[str, ...] = (
    "membership_path",
    "security_guarantees",
    "black_sea",
    "aid_volumes",
)

#: The kinds of figure a dimension may ask for.
FIGURE_KINDS: tuple[str, ...] = ("money", "count", "share")

_ID = re.compile(r"[a-z][a-z0-9_]*")
_YAML_SUFFIXES = (".yaml", ".yml")
_BUILTIN_PACKAGE = "nato_diff"

# Keys allowed at each level of a dimension file.
_TOP_KEYS = (
    "id",
    "label",
    "description",
    "version",
    "valuetype",
    "case_insensitive",
    "lists",
    "facets",
    "exclude",
    "positions",
    "negated_position",
    "figures",
)
_TOP_REQUIRED = ("id", "label", "version", "facets")
_FACET_KEYS = ("description", "terms", "exclude")
_TERM_KEYS = ("pattern", "type", "case_insensitive")
_POSITION_KEYS = ("id", "rank", "description", "cues")
_CUE_KEYS = ("pattern", "type", "case_insensitive", "requires", "unless")
_FIGURE_KEYS = ("kinds",)
_NEGATION_FILE = "negation.yaml"
_NEGATION_KEYS = (
    "version",
    "window",
    "negators",
    "negator_patterns",
    "exceptions",
    "exception_patterns",
    "clause_breaks",
    "rejection_window",
    "rejections",
)

# A question takes no position: the sentence ends with "?" (then perhaps closing quotes or
# brackets), or a transcript marks it with "Q:" or "Question:".
_CLOSERS = " \t\r\n\u00a0\"'\u201d\u2019\u00bb)]}"
_QUESTION_LABEL = re.compile(r"[\s\"'\u201c\u2018\u00ab(\[]*(?:Q|Question)\s*:", re.IGNORECASE)
# ``{name}`` in a regex pattern names one of the file's lists.
_LIST_REF = re.compile(r"(?<!\\)\{([A-Za-z_][A-Za-z0-9_]*)\}")

# Building blocks of the regular expressions that fixed and glob patterns become.
_GAP_CHARS = r"\-\u2010\u2011"  # hyphen, Unicode hyphen, non-breaking hyphen
_GAP = r"[\s" + _GAP_CHARS + r"]+"
_APOSTROPHE = "['\u2019]"
_SPLIT_WORDS = re.compile(r"[\s" + _GAP_CHARS + r"]+")
_UNSUPPORTED_REGEX = re.compile(r"\\[1-9]|\\g<|\(\?P[<=]|\(\?<[A-Za-z_]")
# Folding for the literal filter: dashes and white space are gaps; re.IGNORECASE also
# matches dotless i and long s to ASCII letters, which str.lower() does not.
_GAP_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015"
_FOLD_TABLE = str.maketrans({"\u0131": "i", "\u017f": "s", "\u0307": None})
_FOLD_RARE = re.compile("[\u0131\u017f\u0307]")
# Every white-space character but the plain space, and the dashes, as one character class.
_FOLD_GAP_CHARS = re.compile(
    "["
    + re.escape("".join(ch for ch in map(chr, range(0x3001)) if ch.isspace() and ch != " "))
    + re.escape(_GAP_DASHES)
    + "]"
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


# ---------------------------------------------------------------------------------------------
# Data model
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """One pattern to look for in a sentence.

    Attributes
    ----------
    pattern : str
        The pattern as written in the dimension file.
    valuetype : {"fixed", "glob", "regex"}
        How ``pattern`` is read (see the module docstring).
    case_insensitive : bool
        Whether letter case is ignored.
    """

    pattern: str
    valuetype: ValueType = "fixed"
    case_insensitive: bool = True

    def regex(self) -> str:
        """Return the regular expression this term compiles to (without case flags).

        Returns
        -------
        str
            The expression, anchored on word boundaries.

        Examples
        --------
        >>> import re
        >>> re.search(Term("join* NATO", "glob").regex(), "Kyiv hopes to join NATO soon")
        <re.Match object; span=(14, 23), match='join NATO'>
        """
        return _term_regex(self.pattern, self.valuetype)


@dataclass(frozen=True)
class Facet:
    """A named group of terms within a dimension.

    Attributes
    ----------
    id : str
        The facet id (the key in the file's ``facets`` mapping).
    terms : tuple of Term
        A sentence mentions the facet when one of these matches ...
    exclude : tuple of Term
        ... and that match does not overlap a match of one of these (false friends).
    description : str
        What the facet covers.
    """

    id: str
    terms: tuple[Term, ...]
    exclude: tuple[Term, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Cue:
    """A phrase that places a sentence on a rung of a dimension's ladder.

    Attributes
    ----------
    pattern : str
        The pattern as written.
    valuetype : {"fixed", "glob", "regex"}
        How ``pattern`` is read.
    case_insensitive : bool
        Whether letter case is ignored.
    requires : tuple of Term
        When not empty, at least one of these must also match somewhere in the sentence.
    unless : tuple of Term
        The cue does not count when one of these matches anywhere in the sentence.
    """

    pattern: str
    valuetype: ValueType = "fixed"
    case_insensitive: bool = True
    requires: tuple[Term, ...] = ()
    unless: tuple[Term, ...] = ()

    def regex(self) -> str:
        """Return the regular expression the cue pattern compiles to (without case flags).

        Returns
        -------
        str
            The expression, anchored on word boundaries.

        Examples
        --------
        >>> import re
        >>> re.search(Cue("door is open").regex(), "The door  is open.").group()
        'door  is open'
        """
        return _term_regex(self.pattern, self.valuetype)


@dataclass(frozen=True)
class Position:
    """One rung of a dimension's ladder of positions.

    Attributes
    ----------
    id : str
        The position id.
    rank : int
        Its place on the ladder; higher is further along.
    description : str
        What a sentence at this rung says.
    cues : tuple of Cue
        Phrases that place a sentence on this rung.
    """

    id: str
    rank: int
    description: str
    cues: tuple[Cue, ...]


@dataclass(frozen=True)
class FigureSettings:
    """Which figures (amounts) to extract from sentences that mention a dimension.

    Attributes
    ----------
    kinds : tuple of str
        Figure kinds, each one of :data:`FIGURE_KINDS` (``"money"``, ``"count"``, ``"share"``).
    """

    kinds: tuple[str, ...]


@dataclass(frozen=True)
class SentenceMatch:
    """What a dimension found in one sentence.

    Attributes
    ----------
    facets : tuple of str
        Ids of the facets whose terms matched, in the dimension's facet order.
    terms : tuple of str
        The matched term text as written in the sentence, without repeats, in sentence order.
    position : str or None
        The highest-ranked position with a cue that counts (``requires``/``unless``
        obeyed, not overlapping an ``exclude`` match, not negated; a negated cue of a higher
        rung counts for the dimension's ``negated_position``). None for questions.
    position_rank : int or None
        That position's rank.
    position_cue : str or None
        The sentence text the cue matched; for a negated cue, from the negator on
        (``"not invite Ukraine to join"``).
    """

    facets: tuple[str, ...]
    terms: tuple[str, ...]
    position: str | None = None
    position_rank: int | None = None
    position_cue: str | None = None


_Pattern = re.Pattern[str]


@dataclass(frozen=True)
class _CompiledCue:
    bit: int
    pattern: _Pattern
    requires: tuple[_Pattern, ...]
    unless: tuple[_Pattern, ...]


@dataclass(frozen=True)
class _CompiledFacet:
    bit: int
    id: str
    patterns: tuple[_Pattern, ...]
    exclude: tuple[_Pattern, ...]


@dataclass(frozen=True)
class _Negation:
    """The local-negation rules of ``negation.yaml``, compiled."""

    window: int
    negators: _Pattern
    exceptions: tuple[_Pattern, ...]
    breaks: _Pattern
    rejection_window: int = 0
    rejections: _Pattern | None = None

    def rejection_after(self, sentence: str, end: int) -> int | None:
        """Return where a rejection predicate that follows the text ending at ``end`` ends.

        The predicate ("is impossible", "is not realistic", "is off the table") must start
        within ``rejection_window`` words after ``end``, with no clause break in between.
        """
        if self.rejections is None:
            return None
        stop = min(len(sentence), end + _CHARS_PER_WORD * (self.rejection_window + 8))
        hit = self.rejections.search(sentence, end, stop)
        if hit is None:
            return None
        if len(_WORD.findall(sentence, end, hit.start())) > self.rejection_window:
            return None
        if self.breaks.search(sentence, end, hit.start()) is not None:
            return None
        return hit.end()

    def negator_before(self, sentence: str, start: int) -> int | None:
        """Return where the negator that governs the text at ``start`` begins, or None.

        The negator is the nearest one before ``start``, with at most ``window`` words and
        no clause break in between; it does not count inside an exception phrase, nor when
        a different negator stands just before it in the same way (the two cancel).
        """
        nearest = self._nearest(sentence, start)
        if nearest is None:
            return None
        earlier = self._nearest(sentence, nearest.start())
        if earlier is not None and earlier.group().lower() != nearest.group().lower():
            return None
        return nearest.start()

    def _nearest(self, sentence: str, end: int, stop: int | None = None) -> re.Match[str] | None:
        """Find the nearest negator before ``stop`` (default ``end``) that reaches ``end``."""
        # A negator is at most a few words long, so it starts within this many characters.
        begin = max(0, end - _CHARS_PER_WORD * (self.window + 4))
        last = None
        for hit in self.negators.finditer(sentence, begin, end if stop is None else stop):
            last = hit
        if last is None:
            return None
        if len(_WORD.findall(sentence, last.end(), end)) > self.window:
            return None
        if self.breaks.search(sentence, last.end(), end) is not None:
            return None
        near = (max(0, last.start() - _EXCEPTION_REACH), last.end() + _EXCEPTION_REACH)
        if any(
            s < last.end() and last.start() < e
            for p in self.exceptions
            for s, e in (x.span() for x in p.finditer(sentence, *near))
        ):
            # The nearest negator is part of an exception phrase; an earlier one may count.
            return self._nearest(sentence, end, last.start())
        return last


# Bounds for the search around a cue: characters per word (generous), and how far an
# exception phrase ("whether or not", "never been closer") may reach beyond its negator.
_CHARS_PER_WORD = 25
_EXCEPTION_REACH = 40
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


@dataclass(frozen=True)
class _Matcher:
    """The compiled form of a dimension, built once when the dimension is created.

    Every facet and every cue is a *unit* with a bit. ``prefixes`` finds, at word starts in
    the folded sentence, the strings that the units' matches must start with; ``masks`` maps
    each string found to the bits of the units that may match there. Units whose patterns
    give no such strings are in ``always``. Only units with their bit set are run, and only
    at the places found (when the folded sentence lines up with the sentence).
    """

    prefixes: _Pattern | None
    direct: Mapping[str, int]
    masks: Mapping[str, int]
    always: int
    facets: tuple[_CompiledFacet, ...]
    positions: tuple[tuple[Position, tuple[_CompiledCue, ...]], ...]
    cue_bits: tuple[int, ...]  # per position, the bits of its cues
    exclude: tuple[tuple[int, _Pattern], ...]  # the dimension's exclude units: (bit, pattern)
    exclude_bits: int
    all_cue_bits: int
    negated: Position | None  # the rung that negated cues of higher rungs give
    negation: _Negation

    def candidates(self, sentence: str) -> tuple[int, list[tuple[int, int]] | None]:
        """Return the bits of the units to run and the ``(start, bits)`` places to try.

        The places are None when they cannot be mapped back to ``sentence``.
        """
        if self.prefixes is None:
            return self.always, None
        folded, aligned = _fold(sentence)
        return self.collect(_hits(self.prefixes, folded), aligned, self.masks)

    def collect(
        self, hits: Iterable[tuple[int, str]], aligned: bool, masks: Mapping[str, int]
    ) -> tuple[int, list[tuple[int, int]] | None]:
        """Turn prefix hits ``(start, string)`` into unit bits and places."""
        mask = self.always
        places = []
        for start, text in hits:
            bits = masks[text]
            if bits:
                mask |= bits
                places.append((start, bits))
        return mask, (places if aligned else None)

    def starts(self, places: list[tuple[int, int]] | None, bit: int) -> list[int] | None:
        """Where unit ``bit`` may match, or None for anywhere."""
        if places is None or self.always >> bit & 1:
            return None
        return [start for start, bits in places if bits >> bit & 1]


@dataclass(frozen=True)
class Dimension:
    """One policy dimension: facets of terms, an optional ladder of positions, figure kinds.

    Create dimensions with :func:`load_dimension`, :func:`load_dimensions` or
    :func:`import_quanteda`; the patterns are compiled once, on creation.

    Attributes
    ----------
    id : str
        The dimension id (``[a-z][a-z0-9_]*``).
    label : str
        A short human-readable name.
    description : str
        What the dimension tracks.
    version : str
        The file's version string, recorded with every result.
    facets : tuple of Facet
        The facets, in file order.
    positions : tuple of Position
        The ladder, lowest rank first (may be empty).
    figures : FigureSettings or None
        The figure kinds to extract for this dimension, if any.
    source : str
        The file path, or ``"builtin:<id>"`` for a built-in.
    sha256 : str
        SHA-256 of the file's bytes (hex).
    exclude : tuple of Term
        Patterns for false friends of the whole dimension: a facet term or a position cue
        whose match overlaps one of their matches does not count.
    negated_position : str or None
        The id of the rung (usually a rejection) on which a negated cue of a higher rung
        places a sentence; None when negated cues simply do not count.

    Raises
    ------
    DimensionError
        When ``negated_position`` is not one of the positions.

    Examples
    --------
    >>> dim = load_dimensions()["membership_path"]
    >>> dim.scan("NATO's door remains open to Ukraine.").position
    'open_door'
    """

    id: str
    label: str
    description: str
    version: str
    facets: tuple[Facet, ...]
    positions: tuple[Position, ...] = ()
    figures: FigureSettings | None = None
    source: str = ""
    sha256: str = ""
    exclude: tuple[Term, ...] = ()
    negated_position: str | None = None
    _matcher: _Matcher = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_matcher", _compile_dimension(self))

    @property
    def position_ids(self) -> tuple[str, ...]:
        """The position ids, lowest rank first."""
        return tuple(p.id for p in self.positions)

    @property
    def facet_ids(self) -> tuple[str, ...]:
        """The facet ids, in file order."""
        return tuple(f.id for f in self.facets)

    def rank_of(self, position_id: str) -> int:
        """Return the rank of a position.

        Parameters
        ----------
        position_id : str
            One of :attr:`position_ids`.

        Returns
        -------
        int
            The position's rank.

        Raises
        ------
        ValueError
            When the dimension has no such position.

        Examples
        --------
        >>> load_dimensions()["membership_path"].rank_of("open_door")
        2
        """
        for p in self.positions:
            if p.id == position_id:
                return p.rank
        check_choice("position_id", position_id, self.position_ids)
        raise AssertionError  # pragma: no cover - check_choice raised

    def term_matches(self, sentence: str) -> list[tuple[str, str, int, int]]:
        """List every facet term match in a sentence.

        Parameters
        ----------
        sentence : str
            The text to search.

        Returns
        -------
        list of (str, str, int, int)
            ``(facet, text, start, end)`` per match, ordered by ``start`` then facet order;
            ``sentence[start:end] == text``. Matches overlapping a facet's ``exclude`` are left
            out.

        Examples
        --------
        >>> dim = load_dimensions()["black_sea"]
        >>> dim.term_matches("Warships patrol the Black Sea.")
        [('naval', 'Warships', 0, 8), ('region', 'Black Sea', 20, 29)]
        """
        m = self._matcher
        mask, places = m.candidates(sentence)
        vetoes = _vetoes(m, sentence, mask, places)
        found: list[tuple[int, int, str, int]] = []
        for order, facet in enumerate(m.facets):
            if mask >> facet.bit & 1:
                for start, end in _facet_spans(sentence, facet, m.starts(places, facet.bit)):
                    if not _overlaps(start, end, vetoes):
                        found.append((start, order, facet.id, end))
        found.sort()
        return [(facet, sentence[start:end], start, end) for start, _, facet, end in found]

    def scan(self, sentence: str) -> SentenceMatch | None:
        """Say which facets and which position a sentence shows.

        Parameters
        ----------
        sentence : str
            One sentence.

        Returns
        -------
        SentenceMatch or None
            ``None`` when neither a facet term nor a position cue matches. A position cue
            alone makes the sentence a mention (with no facets). A question (a sentence that
            ends with "?", perhaps before closing quotes or brackets, or starts with "Q:" or
            "Question:") takes no position: its cues are not looked at, so it is a mention
            only through facet terms.

        Examples
        --------
        >>> dim = load_dimensions()["membership_path"]
        >>> hit = dim.scan("Allies agreed that Ukraine will become a member of NATO.")
        >>> hit.position, hit.facets
        ('will_join', ('membership',))
        >>> dim.scan("The weather was fine.") is None
        True
        >>> dim.scan("The Allies did not invite Ukraine to join.").position
        'non_aligned'
        >>> dim.scan("Will Ukraine become a member of NATO?").position is None
        True
        """
        mask, places = self._matcher.candidates(sentence)
        return self._match(sentence, mask, places)

    def _match(
        self, sentence: str, mask: int, places: list[tuple[int, int]] | None
    ) -> SentenceMatch | None:
        m = self._matcher
        if not mask & ~m.exclude_bits:  # nothing but exclude patterns may match
            return None
        vetoes = None  # the exclude matches, found when a term match first needs them
        facets: list[str] = []
        spans: list[tuple[int, int]] = []
        for facet in m.facets:
            if mask >> facet.bit & 1:
                found = _facet_spans(sentence, facet, m.starts(places, facet.bit))
                if found and mask & m.exclude_bits:
                    if vetoes is None:
                        vetoes = _vetoes(m, sentence, mask, places)
                    found = [(s, e) for s, e in found if not _overlaps(s, e, vetoes)]
                if found:
                    facets.append(facet.id)
                    spans.extend(found)
        position, cue_text, seen = None, None, False
        if mask & m.all_cue_bits and not _is_question(sentence):
            position, cue_text, seen = _position(m, sentence, mask, places, vetoes)
        if not facets and position is None and not seen:
            return None
        spans.sort()
        terms = tuple(dict.fromkeys(sentence[s:e] for s, e in spans))
        return SentenceMatch(
            facets=tuple(facets),
            terms=terms,
            position=position.id if position else None,
            position_rank=position.rank if position else None,
            position_cue=cue_text,
        )


def _is_question(sentence: str) -> bool:
    """Whether a sentence is a question: it ends with "?" or starts with "Q:"/"Question:"."""
    return sentence.rstrip(_CLOSERS).endswith("?") or _QUESTION_LABEL.match(sentence) is not None


def _vetoes(
    m: _Matcher, sentence: str, mask: int, places: list[tuple[int, int]] | None
) -> list[tuple[int, int]]:
    """Return the spans of the dimension's ``exclude`` matches (only those that may match)."""
    if not mask & m.exclude_bits:
        return []
    return [
        span
        for bit, pattern in m.exclude
        if mask >> bit & 1
        for span in _all_matches(pattern, sentence, m.starts(places, bit))
    ]


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _position(
    m: _Matcher,
    sentence: str,
    mask: int,
    places: list[tuple[int, int]] | None,
    vetoes: list[tuple[int, int]] | None,
) -> tuple[Position | None, str | None, bool]:
    """Return the top position with a cue that counts, its cue text, and whether a cue matched.

    The third value is True when any cue matched, negated or not. Rungs are tried from the
    top. A cue counts at its earliest match that overlaps no ``exclude`` match (``vetoes``;
    None if not yet looked for), has no negator before it and no rejection predicate ("is
    impossible", "is not realistic") right after it. A negated or rejected match of a rung
    above ``m.negated`` counts for that rung instead, with its text from the negator on (or
    up to the end of the predicate). A negated match
    that gives no position still makes the sentence a mention (the third value).
    """
    demoted: tuple[int, str] | None = None  # the earliest negated cue, from its negator
    seen = False  # a cue matched, though negated
    for (position, cues), cue_bits in zip(
        reversed(m.positions), reversed(m.cue_bits), strict=True
    ):
        if not mask & cue_bits and (demoted is None or position is not m.negated):
            continue
        best: tuple[int, str] | None = None
        for cue in cues:
            if not mask >> cue.bit & 1:
                continue
            starts = m.starts(places, cue.bit)
            hit = _first_match(cue.pattern, sentence, starts)
            if hit is None or (best is not None and hit.start() >= best[0]):
                continue
            if cue.requires and not any(r.search(sentence) for r in cue.requires):
                continue
            if any(u.search(sentence) for u in cue.unless):
                continue
            while hit is not None and (best is None or hit.start() < best[0]):
                if mask & m.exclude_bits:
                    if vetoes is None:
                        vetoes = _vetoes(m, sentence, mask, places)
                    excluded = _overlaps(hit.start(), hit.end(), vetoes)
                else:
                    excluded = False
                if not excluded:
                    seen = True
                    negator = m.negation.negator_before(sentence, hit.start())
                    above = m.negated is None or position.rank > m.negated.rank
                    rejected = (
                        m.negation.rejection_after(sentence, hit.end())
                        if negator is None and above
                        else None
                    )
                    if negator is None and rejected is None:
                        best = (hit.start(), hit.group())
                        break
                    if negator is not None:
                        span = (negator, hit.end())
                    else:
                        span = (hit.start(), cast(int, rejected))
                    if (
                        m.negated is not None
                        and above
                        and (demoted is None or span[0] < demoted[0])
                    ):
                        demoted = (span[0], sentence[span[0] : span[1]])
                hit = _next_match(cue.pattern, sentence, starts, hit.start())
        if (
            position is m.negated
            and demoted is not None
            and (best is None or demoted[0] < best[0])
        ):
            best = demoted
        if best is not None:
            return position, best[1], True
    return None, None, seen


def _first_match(
    pattern: _Pattern, sentence: str, starts: list[int] | None
) -> re.Match[str] | None:
    """``pattern.search(sentence)``, trying only ``starts`` when they are known."""
    if starts is None:
        return pattern.search(sentence)
    for start in starts:
        hit = pattern.match(sentence, start)
        if hit is not None:
            return hit
    return None


def _next_match(
    pattern: _Pattern, sentence: str, starts: list[int] | None, after: int
) -> re.Match[str] | None:
    """Return the first match of ``pattern`` that starts after ``after`` (they may overlap)."""
    if starts is None:
        return pattern.search(sentence, after + 1)
    for start in starts:
        if start > after:
            hit = pattern.match(sentence, start)
            if hit is not None:
                return hit
    return None


def _all_matches(
    pattern: _Pattern, sentence: str, starts: list[int] | None
) -> list[tuple[int, int]]:
    """Return the spans ``pattern.finditer(sentence)`` gives, trying only ``starts`` if known."""
    if starts is None:
        return [m.span() for m in pattern.finditer(sentence)]
    spans = []
    end = 0
    for start in starts:
        if start >= end:
            hit = pattern.match(sentence, start)
            if hit is not None:
                spans.append(hit.span())
                end = hit.end()
    return spans


def _facet_spans(
    sentence: str, facet: _CompiledFacet, starts: list[int] | None
) -> list[tuple[int, int]]:
    """Spans of a facet's term matches, without those overlapping its own ``exclude``."""
    spans = [span for p in facet.patterns for span in _all_matches(p, sentence, starts)]
    if spans and facet.exclude:
        vetoes = [m.span() for p in facet.exclude for m in p.finditer(sentence)]
        if vetoes:
            spans = [(s, e) for s, e in spans if not _overlaps(s, e, vetoes)]
    return spans


class Dimensions(Mapping[str, Dimension]):
    """An ordered, read-only collection of dimensions keyed by id.

    Built-in dimensions come first, in the order of :data:`BUILTIN_DIMENSIONS`, then user
    dimensions in the order they were loaded. A user dimension that replaces a built-in takes
    the built-in's place.

    Parameters
    ----------
    dimensions : iterable of Dimension
        The dimensions, in order; ids must be unique.

    Raises
    ------
    DimensionError
        When two dimensions share an id.

    Examples
    --------
    >>> dims = load_dimensions()
    >>> list(dims)
    ['membership_path', 'security_guarantees', 'black_sea', 'aid_volumes']
    """

    def __init__(self, dimensions: Iterable[Dimension] = ()) -> None:
        index: dict[str, Dimension] = {}
        for dim in dimensions:
            if dim.id in index:
                raise DimensionError(
                    located(
                        f"dimension id {dim.id!r} is defined twice "
                        f"(also in {index[dim.id].source})",
                        path=dim.source or None,
                        entry="id",
                        hint="Give each dimension file its own id.",
                    )
                )
            index[dim.id] = dim
        self._index = index
        self._search: (
            tuple[_Pattern | None, tuple[tuple[Dimension, dict[str, int]], ...]] | None
        ) = None

    def __getitem__(self, key: str) -> Dimension:
        try:
            return self._index[key]
        except KeyError:
            raise KeyError(
                f"no dimension {key!r}; loaded dimensions are: {', '.join(self._index)}"
            ) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __repr__(self) -> str:
        return f"Dimensions({list(self._index)!r})"

    def scan(self, sentence: str) -> dict[str, SentenceMatch]:
        """Scan one sentence with every dimension (faster than one :meth:`Dimension.scan` each).

        Parameters
        ----------
        sentence : str
            One sentence.

        Returns
        -------
        dict of str to SentenceMatch
            The dimensions that match, in collection order, each with its match; the same
            as ``Dimension.scan`` gives.

        Examples
        --------
        >>> dims = load_dimensions()
        >>> list(dims.scan("NATO ships patrol the Black Sea; Ukraine's door is open."))
        ['membership_path', 'black_sea']
        """
        if self._search is None:
            strings = {s for d in self._index.values() for s in d._matcher.direct}
            self._search = (
                _prefix_regex(strings) if strings else None,
                tuple((d, _closure(d._matcher.direct, strings)) for d in self._index.values()),
            )
        prefixes, dims = self._search
        hits: list[tuple[int, str]] = []
        aligned = True
        if prefixes is not None:
            folded, aligned = _fold(sentence)
            hits = _hits(prefixes, folded)
        found = {}
        for dim, masks in dims:
            mask, places = dim._matcher.collect(hits, aligned, masks)
            match = dim._match(sentence, mask, places)
            if match is not None:
                found[dim.id] = match
        return found

    def provenance(self) -> pd.DataFrame:
        """Say which file and version each dimension came from.

        Returns
        -------
        pandas.DataFrame
            One row per dimension, in order, with columns

            * ``dimension`` -- the dimension id;
            * ``version`` -- the file's ``version``;
            * ``source`` -- the file path, or ``"builtin:<id>"``;
            * ``sha256`` -- SHA-256 of the file's bytes.

        Examples
        --------
        >>> load_dimensions().provenance()["source"].tolist()[0]
        'builtin:membership_path'
        """
        frame: pd.DataFrame = pd.DataFrame(
            {
                "dimension": [d.id for d in self.values()],
                "version": [d.version for d in self.values()],
                "source": [d.source for d in self.values()],
                "sha256": [d.sha256 for d in self.values()],
            },
            columns=["dimension", "version", "source", "sha256"],
        )
        return frame


# ---------------------------------------------------------------------------------------------
# Patterns
# ---------------------------------------------------------------------------------------------


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


def _term_regex(pattern: str, valuetype: ValueType) -> str:
    if valuetype == "regex":
        body = pattern
    else:
        words = [w for w in _SPLIT_WORDS.split(pattern.strip()) if w]
        convert = _glob_word if valuetype == "glob" else _literal
        body = _GAP.join(convert(w) for w in words)
    return rf"(?<!\w)(?:{body})(?!\w)"


def _union(terms: Sequence[Term | Cue], *, case_insensitive: bool) -> _Pattern | None:
    chosen = [t for t in terms if t.case_insensitive == case_insensitive]
    if not chosen:
        return None
    # At any place in a sentence the longest pattern is tried first.
    chosen.sort(key=lambda t: -len(t.pattern))
    body = "|".join(f"(?:{_term_body(t)})" for t in chosen)
    flags = re.IGNORECASE if case_insensitive else 0
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", flags)


def _term_body(term: Term | Cue) -> str:
    # The regex without its word-boundary wrapper, so that unions share one wrapper.
    return _term_regex(term.pattern, term.valuetype)[len(r"(?<!\w)(?:") : -len(r")(?!\w)")]


def _patterns(terms: Sequence[Term | Cue]) -> tuple[_Pattern, ...]:
    found = (_union(terms, case_insensitive=True), _union(terms, case_insensitive=False))
    return tuple(p for p in found if p is not None)


def _fold(text: str) -> tuple[str, bool]:
    """Fold text for the prefix filter; say whether it still lines up with ``text``.

    Lower case; dashes and white space become spaces; a space is put in front, so that every
    word start follows a non-word character. ``re.IGNORECASE`` also matches dotless i and
    long s to ASCII letters, so they are mapped too. When that changes the length, or two gaps
    meet, the gaps are squeezed to one space and the text no longer lines up.
    """
    last = _LAST_FOLD[0]
    if last[0] is text:  # the same sentence, scanned by the next dimension
        return last[1], last[2]
    folded = text.lower()
    if not folded.isascii() and _FOLD_RARE.search(folded):
        folded = folded.translate(_FOLD_TABLE)
    folded = _FOLD_GAP_CHARS.sub(" ", folded)
    aligned = len(folded) == len(text) and "  " not in folded
    if not aligned:
        folded = " ".join(folded.split())
    folded = " " + folded
    _LAST_FOLD[0] = (text, folded, aligned)
    return folded, aligned


_LAST_FOLD: list[tuple[str | None, str, bool]] = [(None, "", False)]

# Sets of folded strings, multiplied out from a parsed pattern up to this many.
_Strings = frozenset[str]
_MAX_STRINGS = 64
_EMPTY: _Strings = frozenset({""})


def _canon(code: int) -> str | None:
    """Return the folded form of a pattern character, or None if the filter cannot use it."""
    ch = chr(code)
    if ch.isspace() or ch in _GAP_DASHES:
        return " "
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
            return _product(run, piece) or run
        return run
    return run


def _required_prefixes(term: Term | Cue) -> _Strings | None:
    """Folded strings one of which starts every match of ``term``, if selective enough."""
    if _sre_parser is None:  # pragma: no cover - the parser moved
        return None
    try:
        parsed = _sre_parser.parse(term.regex(), re.IGNORECASE if term.case_insensitive else 0)
        prefixes = _prefixes(list(parsed))
    except Exception:  # pragma: no cover - an unexpected parse tree only disables the filter
        return None
    if any(p.startswith(" ") or sum(ch.isalnum() for ch in p) < 2 for p in prefixes):
        return None
    # A string that starts with another string of the set adds nothing.
    kept: list[str] = []
    for p in sorted(prefixes, key=len):
        if not any(p.startswith(k) for k in kept):
            kept.append(p)
    return frozenset(kept)


def _trie_regex(words: Iterable[str]) -> str:
    """One expression for a set of strings, factored by common prefixes, longest match first."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def _compile_dimension(dim: Dimension) -> _Matcher:
    units: list[tuple[int, Sequence[Term | Cue]]] = []
    facets = []
    for facet in dim.facets:
        bit = len(units)
        units.append((bit, facet.terms))
        facets.append(
            _CompiledFacet(bit, facet.id, _patterns(facet.terms), _patterns(facet.exclude))
        )
    positions = []
    for position in dim.positions:
        cues = []
        for cue in position.cues:
            bit = len(units)
            units.append((bit, (cue,)))
            flags = re.IGNORECASE if cue.case_insensitive else 0
            cues.append(
                _CompiledCue(
                    bit,
                    re.compile(cue.regex(), flags),
                    _patterns(cue.requires),
                    _patterns(cue.unless),
                )
            )
        positions.append((position, tuple(cues)))
    # Each exclude pattern is a unit of its own, so that it runs only where it may match and
    # overlapping matches of two patterns are all found.
    exclude = []
    for veto in dim.exclude:
        bit = len(units)
        units.append((bit, (veto,)))
        exclude.append(
            (bit, re.compile(veto.regex(), re.IGNORECASE if veto.case_insensitive else 0))
        )
    always = 0
    direct: dict[str, int] = {}
    for bit, terms in units:
        for term in terms:
            prefixes = _required_prefixes(term)
            if not prefixes:
                always |= 1 << bit
                break
            for prefix in prefixes:
                direct[prefix] = direct.get(prefix, 0) | 1 << bit
    negated = None
    if dim.negated_position is not None:
        negated = next((p for p in dim.positions if p.id == dim.negated_position), None)
        if negated is None:
            raise DimensionError(
                located(
                    f"negated_position {dim.negated_position!r} is not one of the positions "
                    f"({', '.join(dim.position_ids) or 'none'})",
                    path=dim.source or None,
                    entry="negated_position",
                    hint="Name a position id of the ladder, or leave negated_position out.",
                )
            )
    return _Matcher(
        prefixes=_prefix_regex(direct) if direct else None,
        direct=direct,
        masks=_closure(direct, direct),
        always=always,
        facets=tuple(facets),
        positions=tuple(positions),
        cue_bits=tuple(_or_bits(c.bit for c in cues) for _, cues in positions),
        exclude=tuple(exclude),
        exclude_bits=_or_bits(bit for bit, _ in exclude),
        all_cue_bits=_or_bits(c.bit for _, cues in positions for c in cues),
        negated=negated,
        negation=_negation(),
    )


def _or_bits(bits: Iterable[int]) -> int:
    mask = 0
    for bit in bits:
        mask |= 1 << bit
    return mask


def _prefix_regex(strings: Iterable[str]) -> _Pattern:
    # A non-word character, then one of the strings: the sentence is searched at word starts.
    return re.compile(rf"\W(?=({_trie_regex(strings)}))")


def _hits(prefixes: _Pattern, folded: str) -> list[tuple[int, str]]:
    # The folded text starts with an added space, so a hit's start is its word's place.
    return [(hit.start(), hit.group(1)) for hit in prefixes.finditer(folded)]


def _closure(direct: Mapping[str, int], strings: Iterable[str]) -> dict[str, int]:
    """Map each string to the bits of every ``direct`` string it starts with.

    The search reports the longest string at a place; the shorter ones are there too.
    """
    closed = {}
    for text in strings:
        bits = 0
        for end in range(1, len(text) + 1):
            bits |= direct.get(text[:end], 0)
        closed[text] = bits
    return closed


# ---------------------------------------------------------------------------------------------
# Reading YAML with line numbers
# ---------------------------------------------------------------------------------------------


class _Map(dict[Any, Any]):
    line: int = 0
    key_lines: dict[Any, int]
    duplicates: list[tuple[Any, int, int]]  # (key, line, line of the first)


class _Seq(list[Any]):
    line: int = 0
    item_lines: list[int]


class _KeyError(yaml.MarkedYAMLError):
    pass


class _LineLoader(yaml.SafeLoader):
    """A safe YAML loader that records line numbers and rejects repeated keys."""


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Map:
    n_explicit = len(node.value)
    loader.flatten_mapping(node)  # puts '<<' merged pairs first; explicit keys may override
    n_merged = len(node.value) - n_explicit
    result = _Map()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    result.duplicates = []
    for i, (key_node, value_node) in enumerate(node.value):
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise _KeyError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            ) from None
        line = key_node.start_mark.line + 1
        if key in result and i >= n_merged and result.key_lines[key] != -1:
            result.duplicates.append((key, line, result.key_lines[key]))
            continue
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line if i >= n_merged else -1
    for key, line in result.key_lines.items():
        if line == -1:
            result.key_lines[key] = result.line
    return result


def _construct_seq(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> _Seq:
    result = _Seq(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def _parse_yaml(data: bytes, where: str) -> Any:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
        raise DimensionError(
            located("not UTF-8 text", path=where, line=bad_line, hint="Save the file as UTF-8.")
        ) from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        if isinstance(exc, _KeyError):
            raise DimensionError(
                located(problem, path=where, line=line, hint="Write keys as plain words.")
            ) from None
        raise DimensionError(
            located(
                f"YAML syntax error: {problem}",
                path=where,
                line=line,
                hint="Check indentation and colons, and put patterns with punctuation in single "
                "quotes ('...'; write a quote inside as '').",
            )
        ) from None


# ---------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    where: str
    valuetype: ValueType = "fixed"
    case_insensitive: bool = True
    lists: Mapping[str, str] = field(default_factory=dict)  # name -> regex alternation

    def error(
        self, message: str, *, entry: str | None, line: int | None, hint: str
    ) -> DimensionError:
        return DimensionError(
            located(message, path=self.where, line=line or None, entry=entry, hint=hint)
        )


def _line_of(container: Any, key: Any) -> int | None:
    if isinstance(container, _Map):
        return container.key_lines.get(key, container.line)
    if isinstance(container, _Seq) and isinstance(key, int) and key < len(container.item_lines):
        return container.item_lines[key]
    return None


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    return f"{type(value).__name__} {value!r}"


def _check_duplicates(ctx: _Context, data: Any, *, entry: str | None, what: str) -> None:
    for key, line, first in getattr(data, "duplicates", ()):
        raise ctx.error(
            f"{what} {key!r} appears twice (first on line {first})",
            entry=f"{entry}.{key}" if entry and what != "key" else entry,
            line=line,
            hint="Keep one of them, or give the second its own id.",
        )


def _check_keys(
    ctx: _Context,
    data: Any,
    *,
    entry: str | None,
    allowed: Sequence[str],
    required: Sequence[str],
    line: int | None,
) -> Mapping[Any, Any]:
    if not isinstance(data, Mapping):
        raise ctx.error(
            f"expected a mapping of keys, found {_describe(data)}",
            entry=entry,
            line=line,
            hint=f"Write the keys {', '.join(allowed)} here.",
        )
    _check_duplicates(ctx, data, entry=entry, what="key")
    for key in data:
        if key not in allowed:
            raise ctx.error(
                f"unknown key {key!r}",
                entry=entry,
                line=_line_of(data, key),
                hint=f"Allowed keys are: {', '.join(allowed)}. Check the spelling.",
            )
    for key in required:
        if key not in data or data[key] is None:
            raise ctx.error(
                f"missing required key {key!r}",
                entry=entry,
                line=getattr(data, "line", line),
                hint=f"Add '{key}: ...' (see docs/dimensions.md).",
            )
    return data


def _text(ctx: _Context, data: Mapping[Any, Any], key: str, *, entry: str | None) -> str:
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        hint = 'Write it in quotes, e.g. version: "1.0".' if key == "version" else "Write text."
        raise ctx.error(
            f"'{key}' must be text, found {_describe(value)}",
            entry=entry,
            line=_line_of(data, key),
            hint=hint,
        )
    return value.strip()


def _ident(ctx: _Context, value: Any, *, what: str, entry: str | None, line: int | None) -> str:
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise ctx.error(
            f"{what} {value!r} is not a valid id",
            entry=entry,
            line=line,
            hint="Use lower-case letters, digits and '_', starting with a letter "
            "(e.g. 'open_door').",
        )
    return value


def _flag(
    ctx: _Context, data: Mapping[Any, Any], key: str, default: bool, *, entry: str | None
) -> bool:
    if key not in data:
        return default
    value = data[key]
    if not isinstance(value, bool):
        raise ctx.error(
            f"'{key}' must be true or false, found {_describe(value)}",
            entry=entry,
            line=_line_of(data, key),
            hint=f"Write '{key}: true' or '{key}: false'.",
        )
    return value


def _valuetype(
    ctx: _Context, data: Mapping[Any, Any], key: str, default: ValueType, *, entry: str | None
) -> ValueType:
    if key not in data:
        return default
    value = data[key]
    if value not in _VALUETYPES:
        raise ctx.error(
            f"'{key}' must be one of fixed, glob, regex; found {_describe(value)}",
            entry=entry,
            line=_line_of(data, key),
            hint="fixed = literal phrase, glob = * and ? wildcards, "
            "regex = Python regular expression.",
        )
    return cast(ValueType, value)


def _check_pattern(
    ctx: _Context,
    pattern: str,
    valuetype: ValueType,
    case_insensitive: bool,
    *,
    entry: str,
    line: int | None,
) -> None:
    if not pattern.strip():
        raise ctx.error(
            "empty pattern",
            entry=entry,
            line=line,
            hint="Write a word or phrase, or remove the entry.",
        )
    if valuetype == "regex" and _UNSUPPORTED_REGEX.search(pattern):
        raise ctx.error(
            f"regex {pattern!r} uses a named group or a back-reference",
            entry=entry,
            line=line,
            hint="Patterns are joined into one expression; use plain (...) or (?:...) groups.",
        )
    flags = re.IGNORECASE if case_insensitive else 0
    # The pattern alone first, so that error positions refer to what the user wrote.
    for source in ([pattern] if valuetype == "regex" else []) + [_term_regex(pattern, valuetype)]:
        try:
            compiled = re.compile(source, flags)
        except re.error as exc:
            where = f" at position {exc.pos}" if source is pattern and exc.pos is not None else ""
            raise ctx.error(
                f"invalid {valuetype} pattern {pattern!r}: {exc.msg}{where}",
                entry=entry,
                line=line,
                hint="Fix the regular expression (set letter case with 'case_insensitive' or a "
                "scoped (?i:...) group; the pattern must stand alone as one expression), or use "
                "'type: fixed' for a literal phrase.",
            ) from None
    if compiled.fullmatch("") is not None:
        raise ctx.error(
            f"pattern {pattern!r} matches empty text",
            entry=entry,
            line=line,
            hint="Make the pattern require at least one character.",
        )


def _term(ctx: _Context, data: Any, *, entry: str, line: int | None) -> Term:
    if isinstance(data, str):
        pattern, valuetype, ci = data, ctx.valuetype, ctx.case_insensitive
    elif isinstance(data, Mapping):
        _check_keys(ctx, data, entry=entry, allowed=_TERM_KEYS, required=("pattern",), line=line)
        pattern = data["pattern"]
        if not isinstance(pattern, str):
            raise ctx.error(
                f"'pattern' must be text, found {_describe(pattern)}",
                entry=entry,
                line=_line_of(data, "pattern"),
                hint="Put the pattern in quotes.",
            )
        valuetype = _valuetype(ctx, data, "type", ctx.valuetype, entry=entry)
        ci = _flag(ctx, data, "case_insensitive", ctx.case_insensitive, entry=entry)
    else:
        raise ctx.error(
            f"a term must be text or a mapping with 'pattern', found {_describe(data)}",
            entry=entry,
            line=line,
            hint="Put numbers and other literal values in quotes.",
        )
    if valuetype == "regex":
        pattern = _expand_lists(ctx, pattern, entry=entry, line=line)
    _check_pattern(ctx, pattern, valuetype, ci, entry=entry, line=line)
    return Term(pattern.strip() if valuetype != "regex" else pattern, valuetype, ci)


def _expand_lists(ctx: _Context, pattern: str, *, entry: str, line: int | None) -> str:
    """Replace each ``{name}`` in a regex pattern by the alternation of the list ``name``."""

    def expand(ref: re.Match[str]) -> str:
        name = ref.group(1)
        if name not in ctx.lists:
            known = ", ".join(ctx.lists) or "none"
            raise ctx.error(
                f"pattern {pattern!r} uses the list {{{name}}}, which is not defined "
                f"(lists: {known})",
                entry=entry,
                line=line,
                hint="Define it under 'lists:' at the top of the file, check the spelling, "
                "or write \\{ for a literal brace.",
            )
        return ctx.lists[name]

    return _LIST_REF.sub(expand, pattern)


def _lists(ctx: _Context, value: Any, *, line: int | None) -> dict[str, str]:
    """Read the top-level ``lists``: names of phrase lists that regex patterns may use."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ctx.error(
            f"'lists' must be a mapping of list names to phrases, found {_describe(value)}",
            entry="lists",
            line=line,
            hint="Write e.g. 'lists: {allies: [Poland, the Baltic states]}'.",
        )
    _check_duplicates(ctx, value, entry="lists", what="list name")
    lists = {}
    for name, phrases in value.items():
        entry = f"lists.{name}"
        _ident(ctx, name, what="list name", entry=entry, line=_line_of(value, name))
        if isinstance(phrases, str):
            phrases = [phrases]
        if not isinstance(phrases, list) or not phrases:
            raise ctx.error(
                f"a list must be a non-empty list of phrases, found {_describe(phrases)}",
                entry=entry,
                line=_line_of(value, name),
                hint="Write one phrase per line, each starting with '- '.",
            )
        for i, phrase in enumerate(phrases):
            if not isinstance(phrase, str) or not phrase.strip():
                raise ctx.error(
                    f"a phrase must be non-empty text, found {_describe(phrase)}",
                    entry=f"{entry}[{i}]",
                    line=_line_of(phrases, i) or _line_of(value, name),
                    hint="Put numbers and other literal values in quotes.",
                )
        # Fixed phrases, longest first, so that "North Macedonia" wins over "Macedonia".
        bodies = [
            _term_body(Term(p.strip(), "fixed")) for p in sorted(phrases, key=len, reverse=True)
        ]
        lists[name] = "(?:" + "|".join(bodies) + ")"
    return lists


def _term_list(
    ctx: _Context, data: Mapping[Any, Any], key: str, *, entry: str, required: bool
) -> tuple[Term, ...]:
    value = data.get(key)
    line = _line_of(data, key)
    where = f"{entry}.{key}" if entry else key
    if value is None:
        if required:
            raise ctx.error(
                f"missing required key {key!r}",
                entry=entry or None,
                line=line,
                hint=f"Add a list under '{key}:'.",
            )
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or (required and not value):
        raise ctx.error(
            f"'{key}' must be a non-empty list of patterns, found {_describe(value)}",
            entry=where,
            line=line,
            hint="Write one pattern per line, each starting with '- '.",
        )
    return tuple(
        _term(ctx, item, entry=f"{where}[{i}]", line=_line_of(value, i) or line)
        for i, item in enumerate(value)
    )


def _facet(ctx: _Context, facet_id: Any, data: Any, *, line: int | None) -> Facet:
    entry = f"facets.{facet_id}"
    _ident(ctx, facet_id, what="facet id", entry=entry, line=line)
    if isinstance(data, list):  # shorthand: a facet given as a plain list of terms
        data = {"terms": data}
    _check_keys(ctx, data, entry=entry, allowed=_FACET_KEYS, required=("terms",), line=line)
    return Facet(
        id=facet_id,
        terms=_term_list(ctx, data, "terms", entry=entry, required=True),
        exclude=_term_list(ctx, data, "exclude", entry=entry, required=False),
        description=_text(ctx, data, "description", entry=entry),
    )


def _cue(ctx: _Context, data: Any, *, entry: str, line: int | None) -> Cue:
    if isinstance(data, str):
        term = _term(ctx, data, entry=entry, line=line)
        return Cue(term.pattern, term.valuetype, term.case_insensitive)
    _check_keys(ctx, data, entry=entry, allowed=_CUE_KEYS, required=("pattern",), line=line)
    term = _term(ctx, {k: v for k, v in data.items() if k in _TERM_KEYS}, entry=entry, line=line)
    return Cue(
        term.pattern,
        term.valuetype,
        term.case_insensitive,
        requires=_term_list(ctx, data, "requires", entry=entry, required=False),
        unless=_term_list(ctx, data, "unless", entry=entry, required=False),
    )


def _positions(ctx: _Context, value: Any, *, line: int | None) -> tuple[Position, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ctx.error(
            f"'positions' must be a list, found {_describe(value)}",
            entry="positions",
            line=line,
            hint="Write one '- id: ...' entry per rung, lowest rank first.",
        )
    positions: list[Position] = []
    seen: dict[str, str] = {}
    for i, item in enumerate(value):
        item_line = _line_of(value, i) or line
        pid = item.get("id") if isinstance(item, Mapping) else None
        entry = f"positions[{i}]" + (f" ({pid})" if isinstance(pid, str) else "")
        _check_keys(
            ctx,
            item,
            entry=entry,
            allowed=_POSITION_KEYS,
            required=("id", "rank", "cues"),
            line=item_line,
        )
        _ident(ctx, pid, what="position id", entry=entry, line=_line_of(item, "id"))
        pid = cast(str, pid)
        if pid in seen:
            raise ctx.error(
                f"duplicate position id {pid!r} (first at {seen[pid]})",
                entry=entry,
                line=_line_of(item, "id"),
                hint="Give each position its own id.",
            )
        seen[pid] = entry
        rank = item["rank"]
        if isinstance(rank, bool) or not isinstance(rank, int):
            raise ctx.error(
                f"'rank' must be a whole number, found {_describe(rank)}",
                entry=entry,
                line=_line_of(item, "rank"),
                hint="Write e.g. 'rank: 3'.",
            )
        if positions and rank <= positions[-1].rank:
            prev = positions[-1]
            raise ctx.error(
                f"rank {rank} is not above the previous position's rank {prev.rank} "
                f"(positions[{i - 1}] ({prev.id}))",
                entry=entry,
                line=_line_of(item, "rank"),
                hint="List positions from lowest to highest with strictly increasing ranks.",
            )
        cues = item["cues"]
        cues_line = _line_of(item, "cues")
        if isinstance(cues, str):
            cues = [cues]
        if not isinstance(cues, list) or not cues:
            raise ctx.error(
                f"'cues' must be a non-empty list, found {_describe(cues)}",
                entry=f"{entry}.cues",
                line=cues_line,
                hint="Write one cue pattern per line, each starting with '- '.",
            )
        positions.append(
            Position(
                id=pid,
                rank=rank,
                description=_text(ctx, item, "description", entry=entry),
                cues=tuple(
                    _cue(ctx, c, entry=f"{entry}.cues[{j}]", line=_line_of(cues, j) or cues_line)
                    for j, c in enumerate(cues)
                ),
            )
        )
    return tuple(positions)


def _figures(ctx: _Context, value: Any, *, line: int | None) -> FigureSettings | None:
    if value is None:
        return None
    data = _check_keys(
        ctx, value, entry="figures", allowed=_FIGURE_KEYS, required=("kinds",), line=line
    )
    kinds = data["kinds"]
    kinds_line = _line_of(data, "kinds")
    if isinstance(kinds, str):
        kinds = [kinds]
    if not isinstance(kinds, list) or not kinds:
        raise ctx.error(
            f"'kinds' must be a non-empty list, found {_describe(kinds)}",
            entry="figures.kinds",
            line=kinds_line,
            hint=f"Choose from: {', '.join(FIGURE_KINDS)}.",
        )
    for i, kind in enumerate(kinds):
        if kind not in FIGURE_KINDS or kinds.index(kind) != i:
            problem = "repeated" if kind in FIGURE_KINDS else "unknown"
            raise ctx.error(
                f"{problem} figure kind {kind!r}",
                entry=f"figures.kinds[{i}]",
                line=_line_of(kinds, i) or kinds_line,
                hint=f"Choose each of {', '.join(FIGURE_KINDS)} at most once.",
            )
    return FigureSettings(tuple(kinds))


def _dimension_from_data(data: Any, *, where: str, source: str, sha256: str) -> Dimension:
    ctx = _Context(where)
    if data is None:
        raise ctx.error(
            "the file is empty",
            entry=None,
            line=None,
            hint="Write a dimension (see docs/dimensions.md).",
        )
    top = _check_keys(ctx, data, entry=None, allowed=_TOP_KEYS, required=_TOP_REQUIRED, line=1)
    dim_id = _ident(ctx, top["id"], what="dimension id", entry="id", line=_line_of(top, "id"))
    ctx = _Context(
        where,
        valuetype=_valuetype(ctx, top, "valuetype", "fixed", entry=None),
        case_insensitive=_flag(ctx, top, "case_insensitive", True, entry=None),
        lists=_lists(ctx, top.get("lists"), line=_line_of(top, "lists")),
    )
    label = _text(ctx, top, "label", entry=None)
    version = _text(ctx, top, "version", entry=None)
    for key, value in (("label", label), ("version", version)):
        if not value:
            raise ctx.error(
                f"'{key}' is empty", entry=None, line=_line_of(top, key), hint=f"Write a {key}."
            )
    facets_data = top["facets"]
    if not isinstance(facets_data, Mapping) or not facets_data:
        raise ctx.error(
            f"'facets' must be a mapping of facet ids to terms, found {_describe(facets_data)}",
            entry="facets",
            line=_line_of(top, "facets"),
            hint="Write at least one facet, e.g. 'facets: {ports: {terms: [port, harbour]}}'.",
        )
    _check_duplicates(ctx, facets_data, entry="facets", what="facet id")
    facets = tuple(
        _facet(ctx, fid, fdata, line=_line_of(facets_data, fid))
        for fid, fdata in facets_data.items()
    )
    positions = _positions(ctx, top.get("positions"), line=_line_of(top, "positions"))
    negated = top.get("negated_position")
    if negated is not None and negated not in [p.id for p in positions]:
        raise ctx.error(
            f"negated_position {negated!r} is not one of the positions "
            f"({', '.join(p.id for p in positions) or 'none'})",
            entry="negated_position",
            line=_line_of(top, "negated_position"),
            hint="Name a position id of the ladder (e.g. a rejection rung), or leave it out.",
        )
    return Dimension(
        id=dim_id,
        label=label,
        description=_text(ctx, top, "description", entry=None),
        version=version,
        facets=facets,
        positions=positions,
        figures=_figures(ctx, top.get("figures"), line=_line_of(top, "figures")),
        source=source,
        sha256=sha256,
        exclude=_term_list(ctx, top, "exclude", entry="", required=False),
        negated_position=negated,
    )


# ---------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DimensionError(
            located("file not found", path=path, hint="Check the path.")
        ) from None
    except IsADirectoryError:
        raise DimensionError(located("is a folder, not a file", path=path)) from None


def load_dimension(path: str | os.PathLike[str]) -> Dimension:
    r"""Load and validate one dimension file.

    Parameters
    ----------
    path : str or path-like
        A ``.yaml`` or ``.yml`` file in the dimension format (see ``docs/dimensions.md``).

    Returns
    -------
    Dimension
        The dimension, its patterns compiled; ``source`` is ``path`` and ``sha256`` the hash
        of the file's bytes.

    Raises
    ------
    DimensionError
        When the file is missing, not YAML, or not a valid dimension; the message names the
        file, the line and the entry (e.g. ``positions[3] (will_join)``) and what to do.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "ports.yaml").write_text(
    ...     'id: ports\nlabel: Ports\nversion: "1"\nfacets: {ports: {terms: [port, harbour]}}'
    ... )
    >>> load_dimension(folder / "ports.yaml").facet_ids
    ('ports',)
    """
    p = Path(path)
    data = _read_bytes(p)
    return _dimension_from_data(
        _parse_yaml(data, str(p)),
        where=str(p),
        source=str(p),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _builtin_folder() -> Traversable:
    return resources.files(_BUILTIN_PACKAGE).joinpath("data").joinpath("dimensions")


def _load_builtin(name: str) -> Dimension:
    return _builtin_from_bytes(name, _builtin_folder().joinpath(f"{name}.yaml").read_bytes())


@functools.lru_cache(maxsize=64)
def _builtin_from_bytes(name: str, data: bytes) -> Dimension:
    # Dimensions are immutable, so a built-in file is compiled once per process and content.
    source = f"builtin:{name}"
    dim = _dimension_from_data(
        _parse_yaml(data, source),
        where=source,
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    if dim.id != name:
        raise DimensionError(
            located(f"id {dim.id!r} differs from the file name", path=source, entry="id")
        )
    return dim


@functools.cache
def _negation() -> _Negation:
    """Read the built-in local-negation rules (``nato_diff/data/negation.yaml``) once."""
    where = f"builtin:{_NEGATION_FILE}"
    data = resources.files(_BUILTIN_PACKAGE).joinpath("data").joinpath(_NEGATION_FILE)
    return _negation_from_data(_parse_yaml(data.read_bytes(), where), where=where)


def _negation_from_data(data: Any, *, where: str) -> _Negation:
    """Validate and compile the local-negation rules."""
    ctx = _Context(where)
    top = _check_keys(
        ctx,
        data,
        entry=None,
        allowed=_NEGATION_KEYS,
        required=("window", "negators", "clause_breaks"),
        line=1,
    )
    window = top["window"]
    if isinstance(window, bool) or not isinstance(window, int) or window < 0:
        raise ctx.error(
            f"'window' must be a whole number of words, 0 or more, found {_describe(window)}",
            entry="window",
            line=_line_of(top, "window"),
            hint="Write e.g. 'window: 3'.",
        )
    regex = _Context(where, valuetype="regex")
    negators = _term_list(ctx, top, "negators", entry="", required=True) + _term_list(
        regex, top, "negator_patterns", entry="", required=False
    )
    exceptions = _term_list(ctx, top, "exceptions", entry="", required=False) + _term_list(
        regex, top, "exception_patterns", entry="", required=False
    )
    breaks = _term_list(regex, top, "clause_breaks", entry="", required=True)
    rejection_window = top.get("rejection_window", window)
    if (
        isinstance(rejection_window, bool)
        or not isinstance(rejection_window, int)
        or rejection_window < 0
    ):
        raise ctx.error(
            "'rejection_window' must be a whole number of words, 0 or more, found "
            f"{_describe(rejection_window)}",
            entry="rejection_window",
            line=_line_of(top, "rejection_window"),
            hint="Write e.g. 'rejection_window: 4'.",
        )
    rejections = _term_list(regex, top, "rejections", entry="", required=False)
    return _Negation(
        window=window,
        negators=cast(_Pattern, _union(negators, case_insensitive=True)),
        exceptions=_patterns(exceptions),
        # Clause breaks are often punctuation: no word boundaries around them.
        breaks=re.compile("|".join(f"(?:{t.pattern})" for t in breaks), re.IGNORECASE),
        rejection_window=rejection_window,
        rejections=_union(rejections, case_insensitive=True) if rejections else None,
    )


def _builtin_names() -> list[str]:
    folder = _builtin_folder()
    extra = sorted(
        entry.name.rsplit(".", 1)[0]
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml") and entry.name.rsplit(".", 1)[0] not in BUILTIN_DIMENSIONS
    )
    return [*BUILTIN_DIMENSIONS, *extra]


def _user_files(path: str | os.PathLike[str]) -> list[Path]:
    p = Path(path)
    if p.is_dir():
        files = sorted(
            f for f in p.iterdir() if f.suffix.lower() in _YAML_SUFFIXES and f.is_file()
        )
        if not files:
            raise DimensionError(
                located(
                    "no .yaml or .yml files in this folder",
                    path=p,
                    hint="Put dimension files here or pass a file.",
                )
            )
        return files
    if not p.exists():
        raise DimensionError(located("no such file or folder", path=p, hint="Check the path."))
    if p.suffix.lower() not in _YAML_SUFFIXES:
        raise DimensionError(
            located(
                "not a .yaml or .yml file", path=p, hint="Dimension files end in .yaml or .yml."
            )
        )
    return [p]


def load_dimensions(*paths: str | os.PathLike[str], builtins: bool = True) -> Dimensions:
    """Load the built-in dimensions and any user dimension files.

    Parameters
    ----------
    *paths : str or path-like
        Dimension files (``.yaml``/``.yml``) or folders of them (read in name order, not
        recursively).
    builtins : bool, default True
        Include the built-in dimensions (:data:`BUILTIN_DIMENSIONS`).

    Returns
    -------
    Dimensions
        Built-ins first in their fixed order, then user dimensions in the order given. A user
        dimension whose id is a built-in's replaces that built-in, in its place.

    Raises
    ------
    DimensionError
        When a path is missing, a file is invalid, or two user files share an id.

    Examples
    --------
    >>> dims = load_dimensions()
    >>> dims["aid_volumes"].figures.kinds
    ('money', 'count', 'share')
    """
    loaded: dict[str, Dimension] = {}
    if builtins:
        for name in _builtin_names():
            loaded[name] = _load_builtin(name)
    user_sources: dict[str, str] = {}
    for path in paths:
        for file in _user_files(path):
            dim = load_dimension(file)
            if dim.id in user_sources:
                raise DimensionError(
                    located(
                        f"dimension id {dim.id!r} is also defined in {user_sources[dim.id]}",
                        path=file,
                        entry="id",
                        hint="Give each dimension file its own id, or load only one of them.",
                    )
                )
            user_sources[dim.id] = dim.source
            loaded[dim.id] = dim  # replaces a built-in in place, else appends
    return Dimensions(loaded.values())


# ---------------------------------------------------------------------------------------------
# quanteda dictionaries
# ---------------------------------------------------------------------------------------------


def import_quanteda(
    path: str | os.PathLike[str],
    *,
    id: str | None = None,  # the dimension's id, named as in the file format
    label: str | None = None,
    separator: Literal[".", "/"] = ".",
) -> Dimension:
    r"""Read a quanteda-style YAML dictionary as a terms-only dimension.

    Top-level keys (and nested keys, joined with ``separator``) become facets; the values are
    glob patterns (quanteda's default ``valuetype``), matched case-insensitively; a value with
    spaces is a phrase.

    Parameters
    ----------
    path : str or path-like
        The YAML dictionary, e.g. ``{economy: {positive: [growth, "job*"]}, war: [war*]}``.
    id : str, optional
        The dimension id; defaults to the file name in lower case with other characters
        turned into ``_``.
    label : str, optional
        The label; defaults to the file name.
    separator : {".", "/"}, default "."
        Joins nested keys into facet ids (quanteda uses ``"."``).

    Returns
    -------
    Dimension
        With one facet per list of values, no positions and no figures; ``version`` is
        ``"quanteda"``.

    Raises
    ------
    DimensionError
        When the file is not a mapping of keys to lists of text, or a value is not a valid
        glob pattern.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "Reforms.yml"
    >>> _ = f.write_text("reform:\n  courts: [judicial reform*]\n  graft: [anti-corruption]\n")
    >>> import_quanteda(f).facet_ids
    ('reform.courts', 'reform.graft')
    """
    check_choice("separator", separator, [".", "/"])
    p = Path(path)
    raw = _read_bytes(p)
    data = _parse_yaml(raw, str(p))
    ctx = _Context(str(p), valuetype="glob", case_insensitive=True)
    dim_id = id if id is not None else re.sub(r"[^a-z0-9_]+", "_", p.stem.lower()).strip("_")
    if dim_id and not dim_id[0].isalpha():
        dim_id = f"d_{dim_id}"
    _ident(ctx, dim_id, what="dimension id", entry=None, line=None)
    if not isinstance(data, Mapping) or not data:
        raise ctx.error(
            f"expected a mapping of keys to lists of patterns, found {_describe(data)}",
            entry=None,
            line=1,
            hint="Write e.g. 'economy: [growth, \"job*\"]'.",
        )
    facets: list[Facet] = []

    def walk(node: Mapping[Any, Any], prefix: str) -> None:
        _check_duplicates(ctx, node, entry=prefix or None, what="key")
        for key, value in node.items():
            name = f"{prefix}{separator}{key}" if prefix else str(key)
            line = _line_of(node, key)
            if isinstance(value, Mapping):
                walk(value, name)
                continue
            values = [value] if isinstance(value, str) else value
            if not isinstance(values, list) or not values:
                raise ctx.error(
                    f"expected a list of patterns or nested keys, found {_describe(value)}",
                    entry=name,
                    line=line,
                    hint='Write the patterns as a list, e.g. [growth, "job*"].',
                )
            terms = tuple(
                _term(ctx, v, entry=f"{name}[{i}]", line=_line_of(values, i) or line)
                for i, v in enumerate(values)
            )
            facets.append(Facet(id=name, terms=terms))

    walk(data, "")
    return Dimension(
        id=dim_id,
        label=label if label is not None else p.stem,
        description=f"Imported from the quanteda dictionary {p.name}.",
        version="quanteda",
        facets=tuple(facets),
        source=str(p),
        sha256=hashlib.sha256(raw).hexdigest(),
    )
