"""Figure extraction: amounts of money, counts, shares, percentages and measures in sentences.

The extraction stage reads one sentence at a time and returns :class:`Figure` objects: what
the sentence states as written ("more than €150 billion"), normalised to base units
(``1.5e11``, ``"EUR"``), with the bound its qualifier implies, the scope of the amount
(military, financial, humanitarian, total aid …) read from the words of its clause, the start
of the period it covers ("since February 2022"), which other figure it is a part of
("… including $12 billion for weapons") and who gives it ("Germany pledged …").

Every word the rules rely on — currencies, scale words, qualifiers, count units, scope cues,
donor names, month names — lives in the lexicon file ``nato_diff/data/figures.yaml``; pass
your own copy with ``lexicon=load_figure_lexicon(path)``.

What is aid
-----------
A figure gets an aid scope only when its clause says so: an aid noun ("aid", "support",
"assistance", "package" …, with its modifiers: "military aid"), a named aid programme
("Ukraine Facility"), or a scope phrase ("in loans", "weapons") together with a recipient
("to Ukraine") or a verb of transfer ("gave", "provided"). Otherwise, and in these cases, the
scope is not aid:

- attacks and losses: counts and money in a clause with "killed", "shot down", "launched"
  (counts) … have scope ``None``, and so do counts of people ("31 civilians");
- spending at home: a clause naming the Bundeswehr, a state budget, "its own armed forces" …
  and no recipient has scope ``"domestic"``; "2% of GDP on defence" is ``"defence spending"``
  (unit ``"percent of GDP"``), while "1% of GDP in military aid" is aid;
- aid to someone else: an amount whose nearest recipient is another country or territory
  ("$3.8 billion a year for Israel", "aid to Gaza") has scope ``None``;
- shares of what was destroyed, damaged or lost ("a third of the fleet was destroyed") and
  counts of ships and voyages have scope ``None``;
- changes: "an increase of £200 million", "up from €8 billion", "grew by $2 billion",
  "€3 billion more than last year" state a change or an earlier level, not a volume. They
  are kept (so that an analyst sees them) with the cue as ``qualifier`` ("increase of",
  "up from", "by", "by … more than"), bound ``"exact"`` unless a qualifier such as "more
  than" says otherwise, scope ``None``, and :func:`figure_series` leaves them out.

Numbers that are not volumes are left out: years ("in 2014"), dates ("12 June 2020"),
times ("13:00"), ranks ("30th", "third visit"), model names ("F-16", "Leopard 2") and
bare numbers with no currency, count unit or percent sign. Calibres ("155mm") are kept as
kind ``"measure"`` so that they can be told apart from counts of shells.

The figures table
-----------------
The tracking stage turns figures into a table, one row per figure per document sentence,
with the columns :data:`FIGURE_COLUMNS` (see :func:`figure_records`):

figure_id
    ``"<doc_id>:<sentence_id>:<k>"``, ``k`` the figure's index in its sentence.
doc_id, date
    The document and its publication date.
dimension
    The dimension the sentence was matched to (``None`` when not matched to one).
sentence_id, sentence
    The sentence's index in the document and its text.
text, kind, value, value_high, currency, unit, qualifier, bound, scope, period_start
    As in :class:`Figure`.
part_of
    The ``figure_id`` of the figure this one is part of, or ``None``.
donor
    Who gives the amount (:attr:`Figure.donor`), or ``None``.

:func:`figure_series` links the figures of one kind, currency, scope and donor across
documents.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Any, Generic, Literal, TypeVar, cast

import pandas as pd
from text_to_num import text2num

from nato_diff._data import builtin_path, read_yaml
from nato_diff.errors import DimensionError, NatoDiffError, check_choice, located

__all__ = [
    "FIGURE_COLUMNS",
    "FIGURE_SUMMARY_COLUMNS",
    "SERIES_COLUMNS",
    "Bound",
    "Figure",
    "FigureKind",
    "FigureLexicon",
    "describe_figure",
    "extract_figures",
    "figure_records",
    "figure_series",
    "load_figure_lexicon",
    "normalize_donor",
    "number_from_words",
]

FigureKind = Literal["money", "count", "share", "percent", "measure"]
Bound = Literal["lower", "upper", "approx", "exact"]

FIGURE_KINDS: tuple[FigureKind, ...] = ("money", "count", "share", "percent", "measure")
"""The kinds a :class:`Figure` can have."""

FIGURE_COLUMNS: tuple[str, ...] = (
    "figure_id",
    "doc_id",
    "date",
    "dimension",
    "sentence_id",
    "sentence",
    "text",
    "kind",
    "value",
    "value_high",
    "currency",
    "unit",
    "qualifier",
    "bound",
    "scope",
    "period_start",
    "part_of",
    "donor",
)
"""Column order of the figures table, one row per figure.

``figure_id`` (``"<doc_id>:<sentence_id>:<k>"``), ``doc_id``, ``date`` (publication date),
``dimension`` (dimension id or ``None``), ``sentence_id`` (index of the sentence in the
document), ``sentence`` (its text), then the :class:`Figure` fields ``text``, ``kind``,
``value``, ``value_high``, ``currency``, ``unit``, ``qualifier``, ``bound``, ``scope``,
``period_start``, ``part_of`` (the ``figure_id`` of the whole this figure is part of,
or ``None``) and ``donor``.
"""

#: The columns of the figures table an analyst reads first (printed by ``nato-diff figures``).
FIGURE_SUMMARY_COLUMNS: tuple[str, ...] = tuple(
    c for c in FIGURE_COLUMNS if c not in ("figure_id", "sentence")
)


SERIES_COLUMNS: tuple[str, ...] = (
    "scope",
    "currency",
    "unit",
    "doc_id",
    "date",
    "sentence_id",
    "figure_id",
    "text",
    "value",
    "value_high",
    "qualifier",
    "bound",
    "prev_doc_id",
    "prev_date",
    "prev_sentence_id",
    "prev_value",
    "prev_qualifier",
    "prev_bound",
    "change_abs",
    "change_rel",
    "label",
    "original_value",
    "original_currency",
    "rate",
    "donor",
)
"""Column order of the table :func:`figure_series` returns."""

_DEFAULT_RESOURCE = "figures.yaml"

# Tokens: digit runs with inner separators ("1,000", "5.5"), letter runs, or one other char.
_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\S")
_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN_RE = re.compile(r"\d+(?:\.\d+)?")
_DOTTED_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")
_DASHES = frozenset({"-", "–", "—", "‒", "−"})
_WINDOW = 10  # tokens read on each side of a figure for its scope
_CLAUSE = 20  # tokens read on each side of a figure for attack, recipient and donor cues
_DONOR_GAP = 5  # tokens after a figure in which "from"/"by" may introduce its donor
_OPENING = 4  # tokens at the start of a sentence where its subject's donor may stand
_MAX_MODIFIERS = 4  # tokens allowed between a number and its count unit

_DIGIT, _WORD, _SYM = 0, 1, 2

V = TypeVar("V")


# ----------------------------------------------------------------------------------------
# Public data model
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    """One amount, count, share, percentage or measure stated in a sentence.

    Attributes
    ----------
    text : str
        The span as written, qualifier included: ``"more than €150 billion"``.
    start, end : int
        Character offsets of ``text`` in the sentence (``sentence[start:end] == text``).
    kind : {"money", "count", "share", "percent", "measure"}
        ``share``: a part of a whole ("around half", "40% of"); ``percent``: a rate
        ("2% of GDP"); ``measure``: a size such as a calibre ("155mm").
    value : float
        In base units: ``6.5e10`` for "€65 billion", ``0.5`` for "half", ``0.02`` for "2%",
        ``50.0`` for "50 nations". The low end of a range.
    value_high : float or None
        The high end of a range ("$1–2 billion" → ``2e9``), else ``None``.
    currency : str or None
        ISO 4217 code for money, else ``None``.
    unit : str or None
        For counts and measures: ``"nations"``, ``"systems"``, ``"mm"``, ``"caliber"``;
        for percentages ``"percent"`` or ``"percentage points"``.
    qualifier : str or None
        The qualifying words as written, lower-cased: ``"more than"``, ``"nearly"``. For a
        change or an earlier level, the cue comes first: ``"increase of"``, ``"up from"``,
        ``"by … more than"`` ("…" stands for the amount).
    bound : {"lower", "upper", "approx", "exact"}
        What the qualifier says about the true amount.
    scope : str or None
        What the amount measures ("military", "financial", "humanitarian", "total" for aid in
        general; "defence spending", "domestic" for spending at home …), ``None`` when the
        clause names no such thing, and for changes, attacks and losses.
    period_start : datetime.date or None
        Start of the period the amount covers ("since February 2022" → 2022-02-01).
    part_of : int or None
        Index, in the same list, of the figure this one is stated as part of.
    donor : str or None
        Who gives or spends the amount, as the lexicon's donor name ("Germany", "NATO
        Allies", "European Union"); ``None`` when the sentence names none.
    """

    text: str
    start: int
    end: int
    kind: FigureKind
    value: float
    value_high: float | None
    currency: str | None
    unit: str | None
    qualifier: str | None
    bound: Bound
    scope: str | None
    period_start: dt.date | None
    part_of: int | None
    donor: str | None = None


# ----------------------------------------------------------------------------------------
# Tokens and phrase tables
# ----------------------------------------------------------------------------------------


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


# ----------------------------------------------------------------------------------------
# The lexicon
# ----------------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class _Tables:
    cur_prefix: _PhraseTable[str]
    cur_suffix: _PhraseTable[str]
    cur_words: _PhraseTable[str]
    cur_weak: _PhraseTable[str]
    cur_ambiguous: _PhraseTable[tuple[tuple[str, ...], str | None]]
    codes: frozenset[str]
    scale_words: _PhraseTable[float]
    scale_abbr: _PhraseTable[float]
    units: frozenset[str]
    teens: frozenset[str]
    tens: frozenset[str]
    hundreds: frozenset[str]
    articles: frozenset[str]
    multipliers: Mapping[str, int]
    number_vocab: frozenset[str]
    fractions: Mapping[str, int]
    fraction_additions: _PhraseTable[float]
    share_followers: frozenset[str]
    time_nouns: frozenset[str]
    qual_before: _PhraseTable[Bound]
    qual_after: _PhraseTable[Bound]
    qual_after_blockers: frozenset[str]
    range_openers: frozenset[str]
    change_openers: frozenset[str]
    count_units: _PhraseTable[str]
    count_breakers: frozenset[str]
    measure_units: _PhraseTable[str]
    percent_words: _PhraseTable[str]
    rate_bases: _PhraseTable[str]
    months: Mapping[str, int]
    ordinal_suffixes: frozenset[str]
    year_range: tuple[int, int]
    year_prepositions: frozenset[str]
    heads: frozenset[str]
    strong_heads: frozenset[str]
    modifiers: _PhraseTable[str]
    scope_phrases: _PhraseTable[str]
    programmes: _PhraseTable[str]
    rate_scopes: _PhraseTable[str]
    domestic_scope: str | None
    domestic_cues: _PhraseTable[bool]
    recipient_names: _PhraseTable[bool]
    other_recipients: _PhraseTable[bool]
    recipient_markers: frozenset[str]
    recipient_fillers: frozenset[str]
    transfer_verbs: frozenset[str]
    hostile_any: _PhraseTable[bool]
    hostile_counts: _PhraseTable[bool]
    hostile_shares: _PhraseTable[bool]
    non_aid_units: frozenset[str]
    change_before: _PhraseTable[bool]
    change_by: _PhraseTable[bool]
    change_verbs: _PhraseTable[bool]
    change_after: _PhraseTable[bool]
    donor_forms: _PhraseTable[str]
    donor_prepositions: frozenset[str]
    donor_fillers: frozenset[str]
    donor_joiners: frozenset[str]
    donor_currency: Mapping[str, str]
    donor_keys: Mapping[str, str]
    cue_words: frozenset[str]
    breakers: _PhraseTable[bool]
    part_cues: _PhraseTable[bool]
    period_cues: frozenset[str]
    period_prefixes: _PhraseTable[bool]
    relative_periods: _PhraseTable[int]
    events: tuple[tuple[tuple[tuple[str, ...], ...], dt.date], ...]
    prefilter: re.Pattern[str]
    start_words: frozenset[str]


@dataclass(frozen=True, eq=False)
class FigureLexicon:
    """A validated figure lexicon, ready for matching.

    Build one with :func:`load_figure_lexicon`; the default one is loaded once and cached.

    Attributes
    ----------
    source : str
        Where the lexicon was read from.
    version : int
        The file's ``version``.
    currencies : tuple of str
        The ISO 4217 codes the lexicon knows.
    currency_display : mapping of str to str
        Symbol or code written before an amount, per currency ("EUR" → "€").
    scopes : tuple of str
        Scope names, ``total_scope`` included.
    aid_scopes : frozenset of str
        The scopes that are aid (``total_scope`` included).
    total_scope : str
        The scope of aid in general ("total").
    donors : tuple of str
        The donor names the lexicon knows ("Germany", "NATO Allies" …).
    """

    source: str
    version: int
    currencies: tuple[str, ...]
    currency_display: Mapping[str, str]
    scopes: tuple[str, ...]
    aid_scopes: frozenset[str]
    total_scope: str
    donors: tuple[str, ...]
    share_display: Mapping[tuple[int, int], str]
    display_scales: Mapping[str, tuple[tuple[float, str], ...]]
    _t: _Tables

    def __repr__(self) -> str:
        return f"FigureLexicon(source={self.source!r}, version={self.version})"


_TOP_KEYS = frozenset(
    {
        "version",
        "currencies",
        "scales",
        "number_words",
        "fractions",
        "fraction_additions",
        "share_display",
        "display_scales",
        "share_followers",
        "time_nouns",
        "qualifiers",
        "range_openers",
        "change_openers",
        "count_units",
        "count_breakers",
        "measure_units",
        "percent_words",
        "rate_bases",
        "months",
        "ordinal_suffixes",
        "year_range",
        "year_prepositions",
        "total_scope",
        "heads",
        "strong_heads",
        "scopes",
        "rate_scopes",
        "domestic",
        "recipients",
        "hostile",
        "non_aid_units",
        "changes",
        "donor_prepositions",
        "donor_fillers",
        "donor_joiners",
        "donors",
        "ambiguous_currencies",
        "clause_breakers",
        "part_cues",
        "period_cues",
        "period_prefixes",
        "relative_periods",
        "events",
    }
)


class _Reader:
    """Reads and validates sections of a lexicon file, naming the file and entry on error."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, message: str, entry: str, hint: str | None = None) -> DimensionError:
        return DimensionError(located(message, path=self.source, entry=entry, hint=hint))

    def mapping(self, value: object, entry: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(f"expected a mapping, got {type(value).__name__}", entry)
        return {str(k): v for k, v in value.items()}

    def strings(self, value: object, entry: str, *, allow_empty: bool = True) -> list[str]:
        if value is None and allow_empty:
            return []
        if not isinstance(value, list):
            raise self.fail(f"expected a list of strings, got {type(value).__name__}", entry)
        out: list[str] = []
        for k, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                raise self.fail(
                    f"item {k} is {item!r}, not a non-empty string",
                    entry,
                    "Quote words YAML reads as other types (yes, no, on, numbers).",
                )
            out.append(item.strip())
        if not out and not allow_empty:
            raise self.fail("the list is empty", entry)
        return out

    def number(self, value: object, entry: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(f"expected a number, got {value!r}", entry)
        return float(value)

    def integer(self, value: object, entry: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"expected an integer, got {value!r}", entry)
        return value

    def need(self, data: Mapping[str, Any], key: str, entry: str = "") -> Any:
        if key not in data:
            where = f"{entry}.{key}" if entry else key
            raise self.fail("required entry is missing", where)
        return data[key]


def _build_lexicon(data: object, source: str) -> FigureLexicon:
    r = _Reader(source)
    top = r.mapping(data, "(top level)")
    unknown = sorted(set(top) - _TOP_KEYS)
    if unknown:
        raise r.fail(
            f"unknown entries {', '.join(unknown)}",
            "(top level)",
            f"Known entries: {', '.join(sorted(_TOP_KEYS))}.",
        )
    version = r.integer(r.need(top, "version"), "version")
    if version != 1:
        raise r.fail(f"unsupported version {version}", "version", "Use version: 1.")

    # currencies
    prefix: list[tuple[str, str]] = []
    named: list[tuple[str, str]] = []
    weak: list[tuple[str, str]] = []
    codes: set[str] = set()
    display: dict[str, str] = {}
    for code, spec in r.mapping(r.need(top, "currencies"), "currencies").items():
        entry = f"currencies.{code}"
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise r.fail("currency keys must be ISO 4217 codes (three capitals)", entry)
        spec = r.mapping(spec, entry)
        bad = sorted(set(spec) - {"display", "symbols", "codes", "words", "weak_words"})
        if bad:
            raise r.fail(f"unknown keys {', '.join(bad)}", entry)
        shown = spec.get("display", code + " ")
        if not isinstance(shown, str):
            raise r.fail("display must be a string", f"{entry}.display")
        display[code] = shown
        for sym in r.strings(spec.get("symbols"), f"{entry}.symbols"):
            prefix.append((sym, code))
        for c in r.strings(spec.get("codes"), f"{entry}.codes"):
            codes.add(c)
            prefix.append((c, code))
        for w in r.strings(spec.get("words"), f"{entry}.words"):
            named.append((w.lower(), code))
        for w in r.strings(spec.get("weak_words"), f"{entry}.weak_words"):
            weak.append((w.lower(), code))
    ambiguous: list[tuple[str, tuple[tuple[str, ...], str | None]]] = []
    raw_ambiguous = r.mapping(top.get("ambiguous_currencies") or {}, "ambiguous_currencies")
    for name, spec in raw_ambiguous.items():
        entry = f"ambiguous_currencies.{name}"
        spec = r.mapping(spec, entry)
        bad = sorted(set(spec) - {"forms", "candidates", "default"})
        if bad:
            raise r.fail(f"unknown keys {', '.join(bad)}", entry)
        cands = r.strings(
            r.need(spec, "candidates", entry), f"{entry}.candidates", allow_empty=False
        )
        unknown_codes = [c for c in cands if c not in display]
        if unknown_codes:
            raise r.fail(
                f"unknown currencies {', '.join(unknown_codes)}",
                f"{entry}.candidates",
                "List codes defined under currencies.",
            )
        default = spec.get("default")
        if default is not None and default not in cands:
            raise r.fail(f"{default!r} is not a candidate", f"{entry}.default")
        forms = r.strings(r.need(spec, "forms", entry), f"{entry}.forms", allow_empty=False)
        ambiguous += [(w.lower(), (tuple(cands), default)) for w in forms]

    # scales
    scale_words: list[tuple[str, float]] = []
    scale_abbr: list[tuple[str, float]] = []
    for name, spec in r.mapping(r.need(top, "scales"), "scales").items():
        entry = f"scales.{name}"
        spec = r.mapping(spec, entry)
        value = r.number(r.need(spec, "value", entry), f"{entry}.value")
        if value <= 0:
            raise r.fail("value must be positive", f"{entry}.value")
        scale_words += [(w, value) for w in r.strings(spec.get("words"), f"{entry}.words")]
        scale_abbr += [
            (w.lower(), value)
            for w in r.strings(spec.get("abbreviations"), f"{entry}.abbreviations")
        ]

    nw = r.mapping(r.need(top, "number_words"), "number_words")
    units = frozenset(w.lower() for w in r.strings(r.need(nw, "units"), "number_words.units"))
    teens = frozenset(w.lower() for w in r.strings(r.need(nw, "teens"), "number_words.teens"))
    tens = frozenset(w.lower() for w in r.strings(r.need(nw, "tens"), "number_words.tens"))
    hundreds = frozenset(
        w.lower() for w in r.strings(r.need(nw, "hundreds"), "number_words.hundreds")
    )
    articles = frozenset(w.lower() for w in r.strings(nw.get("articles"), "number_words.articles"))
    multipliers = {
        k.lower(): r.integer(v, f"number_words.multipliers.{k}")
        for k, v in r.mapping(nw.get("multipliers") or {}, "number_words.multipliers").items()
    }
    fractions = {
        k.lower(): r.integer(v, f"fractions.{k}")
        for k, v in r.mapping(r.need(top, "fractions"), "fractions").items()
    }
    for k, v in fractions.items():
        if v < 2:
            raise r.fail("a denominator must be 2 or more", f"fractions.{k}")
    additions = [
        (k, r.number(v, f"fraction_additions.{k}"))
        for k, v in r.mapping(top.get("fraction_additions") or {}, "fraction_additions").items()
    ]
    share_display: dict[tuple[int, int], str] = {}
    for k, v in r.mapping(top.get("share_display") or {}, "share_display").items():
        m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", k)
        if not m or int(m.group(2)) == 0 or not isinstance(v, str):
            raise r.fail("keys must read 'n/d' and values be words", f"share_display.{k}")
        share_display[(int(m.group(1)), int(m.group(2)))] = v
    display_scales: dict[str, tuple[tuple[float, str], ...]] = {}
    for kind, spec in r.mapping(top.get("display_scales") or {}, "display_scales").items():
        if kind not in ("money", "count"):
            raise r.fail("keys must be money or count", f"display_scales.{kind}")
        pairs = [
            (r.number(v, f"display_scales.{kind}.{k}"), k)
            for k, v in r.mapping(spec, f"display_scales.{kind}").items()
        ]
        display_scales[kind] = tuple(sorted(pairs, reverse=True))

    # qualifiers
    quals = r.mapping(r.need(top, "qualifiers"), "qualifiers")
    qual_tables: dict[str, _PhraseTable[Bound]] = {}
    bad = sorted(set(quals) - {"before", "after", "after_blockers"})
    if bad:
        raise r.fail(f"unknown keys {', '.join(bad)}", "qualifiers")
    for side in ("before", "after"):
        spec = r.mapping(quals.get(side) or {}, f"qualifiers.{side}")
        items: list[tuple[str, Bound]] = []
        for bound, words in spec.items():
            if bound not in ("lower", "upper", "approx"):
                raise r.fail(
                    f"unknown bound {bound!r}",
                    f"qualifiers.{side}",
                    "Use lower, upper or approx.",
                )
            b = cast(Bound, bound)
            items += [(w, b) for w in r.strings(words, f"qualifiers.{side}.{bound}")]
        qual_tables[side] = _PhraseTable(items)

    def word_set(key: str, *, required: bool = True) -> frozenset[str]:
        value = r.need(top, key) if required else top.get(key)
        return frozenset(w.lower() for w in r.strings(value, key))

    def unit_table(key: str) -> _PhraseTable[str]:
        items: list[tuple[str, str]] = []
        for unit, forms in r.mapping(r.need(top, key), key).items():
            items += [(f, unit) for f in r.strings(forms, f"{key}.{unit}", allow_empty=False)]
        return _PhraseTable(items)

    months: dict[str, int] = {}
    for k, names in r.mapping(r.need(top, "months"), "months").items():
        if not k.isdigit() or not 1 <= int(k) <= 12:
            raise r.fail("month keys must be 1 to 12", f"months.{k}")
        for name in r.strings(names, f"months.{k}", allow_empty=False):
            months[name.lower()] = int(k)
    yr = r.need(top, "year_range")
    if not (isinstance(yr, list) and len(yr) == 2 and all(isinstance(y, int) for y in yr)):
        raise r.fail("expected [first, last] years", "year_range")

    # scopes
    total = r.need(top, "total_scope")
    if not isinstance(total, str) or not total:
        raise r.fail("expected a scope name", "total_scope")
    modifiers: list[tuple[str, str]] = []
    phrases: list[tuple[str, str]] = []
    programmes: list[tuple[str, str]] = []
    aid_scopes = {total}
    scope_names = [total]
    for name, spec in r.mapping(r.need(top, "scopes"), "scopes").items():
        entry = f"scopes.{name}"
        spec = r.mapping(spec, entry)
        bad = sorted(set(spec) - {"aid", "modifiers", "phrases", "programmes"})
        if bad:
            raise r.fail(f"unknown keys {', '.join(bad)}", entry)
        aid = spec.get("aid", True)
        if not isinstance(aid, bool):
            raise r.fail("aid must be true or false", f"{entry}.aid")
        if aid:
            aid_scopes.add(name)
        scope_names.append(name)
        modifiers += [(w, name) for w in r.strings(spec.get("modifiers"), f"{entry}.modifiers")]
        phrases += [(w, name) for w in r.strings(spec.get("phrases"), f"{entry}.phrases")]
        programmes += [(w, name) for w in r.strings(spec.get("programmes"), f"{entry}.programmes")]
    # rate bases: a mapping names the base in the unit ("percent of GDP"); a list does not
    raw_bases = top.get("rate_bases")
    rate_bases: list[tuple[str, str]] = []
    if isinstance(raw_bases, Mapping):
        for name, forms in raw_bases.items():
            rate_bases += [(w, str(name)) for w in r.strings(forms, f"rate_bases.{name}")]
    else:
        rate_bases = [(w, "") for w in r.strings(raw_bases, "rate_bases")]
    rate_items: list[tuple[str, str]] = []
    for name, cues in r.mapping(top.get("rate_scopes") or {}, "rate_scopes").items():
        if name in aid_scopes:
            raise r.fail("a rate scope cannot be an aid scope", f"rate_scopes.{name}")
        rate_items += [(w, name) for w in r.strings(cues, f"rate_scopes.{name}")]

    strong_heads = frozenset(w.lower() for w in r.strings(top.get("strong_heads"), "strong_heads"))

    domestic = r.mapping(top.get("domestic") or {}, "domestic")
    domestic_scope = domestic.get("scope")
    if domestic_scope is not None and (
        not isinstance(domestic_scope, str)
        or domestic_scope not in scope_names
        or domestic_scope in aid_scopes
    ):
        raise r.fail(
            f"{domestic_scope!r} is not a scope with aid: false",
            "domestic.scope",
            "Name a scope defined under scopes with aid: false.",
        )
    domestic_cues = r.strings(domestic.get("cues"), "domestic.cues")
    if domestic_cues and domestic_scope is None:
        raise r.fail("cues need a scope", "domestic.scope")

    rec = r.mapping(top.get("recipients") or {}, "recipients")
    bad = sorted(set(rec) - {"names", "others", "markers", "fillers", "transfer_verbs"})
    if bad:
        raise r.fail(f"unknown keys {', '.join(bad)}", "recipients")

    def rec_set(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in r.strings(rec.get(key), f"recipients.{key}"))

    hostile = r.mapping(top.get("hostile") or {}, "hostile")
    bad = sorted(set(hostile) - {"any", "counts", "shares"})
    if bad:
        raise r.fail(f"unknown keys {', '.join(bad)}", "hostile")
    non_aid_units = r.strings(top.get("non_aid_units"), "non_aid_units")
    unit_names = set(r.mapping(r.need(top, "count_units"), "count_units"))
    for u in non_aid_units:
        if u not in unit_names:
            raise r.fail(f"{u!r} is not a count unit", "non_aid_units", "Use a count_units key.")

    changes = r.mapping(top.get("changes") or {}, "changes")
    bad = sorted(set(changes) - {"before", "by", "verbs", "after"})
    if bad:
        raise r.fail(f"unknown keys {', '.join(bad)}", "changes")

    def flag_table(value: object, entry: str) -> _PhraseTable[bool]:
        return _PhraseTable((w, True) for w in r.strings(value, entry))

    donor_forms: list[tuple[str, str]] = []
    donor_currency: dict[str, str] = {}
    donor_keys: dict[str, str] = {}
    for name, spec in r.mapping(top.get("donors") or {}, "donors").items():
        entry = f"donors.{name}"
        spec = r.mapping(spec, entry)
        bad = sorted(set(spec) - {"forms", "currency"})
        if bad:
            raise r.fail(f"unknown keys {', '.join(bad)}", entry)
        forms = r.strings(r.need(spec, "forms", entry), f"{entry}.forms", allow_empty=False)
        if "currency" in spec:
            code = spec["currency"]
            if code not in display:
                raise r.fail(
                    f"unknown currency {code!r}",
                    f"{entry}.currency",
                    "Use a code defined under currencies.",
                )
            donor_currency[name] = code
        donor_forms += [(w, name) for w in forms]
        for key in (name, *forms):
            donor_keys.setdefault(_donor_key(key), name)

    relative = [
        (k, r.integer(v, f"relative_periods.{k}"))
        for k, v in r.mapping(top.get("relative_periods") or {}, "relative_periods").items()
    ]
    events: list[tuple[tuple[tuple[str, ...], ...], dt.date]] = []
    raw_events = top.get("events") or []
    if not isinstance(raw_events, list):
        raise r.fail("expected a list", "events")
    for pos, ev in enumerate(raw_events):
        entry = f"events[{pos}]"
        ev = r.mapping(ev, entry)
        kws = r.strings(r.need(ev, "keywords", entry), f"{entry}.keywords", allow_empty=False)
        when = r.need(ev, "date", entry)
        if isinstance(when, str):
            try:
                when = dt.date.fromisoformat(when)
            except ValueError:
                raise r.fail(f"{when!r} is not a YYYY-MM-DD date", f"{entry}.date") from None
        if not isinstance(when, dt.date):
            raise r.fail("expected a YYYY-MM-DD date", f"{entry}.date")
        events.append((tuple(tuple(_phrase_tokens(w.lower())) for w in kws), when))

    number_vocab = units | teens | tens | hundreds | frozenset(multipliers)
    number_vocab |= frozenset(w.lower() for w, _ in scale_words)
    start_words = number_vocab | frozenset(fractions)
    alternatives = "|".join(sorted((re.escape(w) for w in start_words), key=len, reverse=True))
    prefilter = re.compile(rf"\d|\b(?:{alternatives})\b", re.IGNORECASE)

    hostile_any = flag_table(hostile.get("any"), "hostile.any")
    hostile_counts = flag_table(hostile.get("counts"), "hostile.counts")
    hostile_shares = flag_table(hostile.get("shares"), "hostile.shares")
    domestic_table = flag_table(domestic_cues, "domestic.cues")
    cue_words = (
        strong_heads
        | rec_set("transfer_verbs")
        | rec_set("markers")
        | frozenset(hostile_any._by_first)
        | frozenset(hostile_counts._by_first)
        | frozenset(hostile_shares._by_first)
        | frozenset(domestic_table._by_first)
    )
    tables = _Tables(
        cur_prefix=_PhraseTable(prefix, case_sensitive=True),
        cur_suffix=_PhraseTable(prefix, case_sensitive=True),
        cur_words=_PhraseTable(named),
        cur_weak=_PhraseTable(weak),
        cur_ambiguous=_PhraseTable(ambiguous),
        codes=frozenset(codes),
        scale_words=_PhraseTable(scale_words),
        scale_abbr=_PhraseTable(scale_abbr),
        units=units,
        teens=teens,
        tens=tens,
        hundreds=hundreds,
        articles=articles,
        multipliers=multipliers,
        number_vocab=number_vocab,
        fractions=fractions,
        fraction_additions=_PhraseTable(additions),
        share_followers=word_set("share_followers"),
        time_nouns=word_set("time_nouns", required=False),
        qual_before=qual_tables["before"],
        qual_after=qual_tables["after"],
        qual_after_blockers=frozenset(
            w.lower() for w in r.strings(quals.get("after_blockers"), "qualifiers.after_blockers")
        ),
        range_openers=word_set("range_openers", required=False),
        change_openers=word_set("change_openers", required=False),
        count_units=unit_table("count_units"),
        count_breakers=word_set("count_breakers"),
        measure_units=unit_table("measure_units"),
        percent_words=unit_table("percent_words"),
        rate_bases=_PhraseTable(rate_bases),
        months=months,
        ordinal_suffixes=word_set("ordinal_suffixes"),
        year_range=(int(yr[0]), int(yr[1])),
        year_prepositions=word_set("year_prepositions", required=False),
        heads=word_set("heads"),
        strong_heads=strong_heads,
        modifiers=_PhraseTable(modifiers),
        scope_phrases=_PhraseTable(phrases),
        programmes=_PhraseTable(programmes),
        rate_scopes=_PhraseTable(rate_items),
        domestic_scope=domestic_scope,
        domestic_cues=domestic_table,
        recipient_names=flag_table(rec.get("names"), "recipients.names"),
        other_recipients=flag_table(rec.get("others"), "recipients.others"),
        recipient_markers=rec_set("markers"),
        recipient_fillers=rec_set("fillers"),
        transfer_verbs=rec_set("transfer_verbs"),
        hostile_any=hostile_any,
        hostile_counts=hostile_counts,
        hostile_shares=hostile_shares,
        non_aid_units=frozenset(non_aid_units),
        change_before=flag_table(changes.get("before"), "changes.before"),
        change_by=flag_table(changes.get("by"), "changes.by"),
        change_verbs=flag_table(changes.get("verbs"), "changes.verbs"),
        change_after=flag_table(changes.get("after"), "changes.after"),
        donor_forms=_PhraseTable(donor_forms, case_sensitive=True),
        donor_prepositions=word_set("donor_prepositions", required=False),
        donor_fillers=word_set("donor_fillers", required=False),
        donor_joiners=word_set("donor_joiners", required=False),
        donor_currency=donor_currency,
        donor_keys=donor_keys,
        cue_words=cue_words,
        breakers=_PhraseTable(
            (w, True) for w in r.strings(top.get("clause_breakers"), "clause_breakers")
        ),
        part_cues=_PhraseTable((w, True) for w in r.strings(top.get("part_cues"), "part_cues")),
        period_cues=word_set("period_cues", required=False),
        period_prefixes=_PhraseTable(
            (w, True) for w in r.strings(top.get("period_prefixes"), "period_prefixes")
        ),
        relative_periods=_PhraseTable(relative),
        events=tuple(events),
        prefilter=prefilter,
        start_words=start_words | articles,
    )
    return FigureLexicon(
        source=source,
        version=version,
        currencies=tuple(display),
        currency_display=display,
        scopes=tuple(scope_names),
        aid_scopes=frozenset(aid_scopes),
        total_scope=total,
        donors=tuple(dict.fromkeys(name for _, name in donor_forms)),
        share_display=share_display,
        display_scales=display_scales,
        _t=tables,
    )


def _donor_key(name: str) -> str:
    """Key a donor name for comparison, ignoring case, spacing and a leading "the"/"all"."""
    key = " ".join(name.replace("’", "'").split()).casefold()
    for prefix in ("the ", "all "):
        if key.startswith(prefix):
            key = key[len(prefix) :]
    return key


@functools.lru_cache(maxsize=1)
def _default_lexicon() -> FigureLexicon:
    path = builtin_path(_DEFAULT_RESOURCE)
    return _build_lexicon(read_yaml(path), str(path))


@functools.lru_cache(maxsize=16)
def _file_lexicon(path: str, mtime_ns: int) -> FigureLexicon:
    return _build_lexicon(read_yaml(path), path)


def load_figure_lexicon(path: str | PathLike[str] | None = None) -> FigureLexicon:
    """Load and validate a figure lexicon (currencies, scales, qualifiers, units, scopes).

    Parameters
    ----------
    path : str or path-like, optional
        A YAML file laid out like ``nato_diff/data/figures.yaml``. By default that file.
        Lexicons are cached: a file is read again only when it changes.

    Returns
    -------
    FigureLexicon
        The validated lexicon, with its phrase tables built.

    Raises
    ------
    DimensionError
        If the file cannot be read, is not YAML, or an entry is invalid; the message names
        the file and the entry.

    Examples
    --------
    >>> lex = load_figure_lexicon()
    >>> lex.currency_display["EUR"]
    '€'
    >>> "military" in lex.aid_scopes
    True
    """
    if path is None:
        return _default_lexicon()
    p = Path(path).resolve()
    try:
        mtime = p.stat().st_mtime_ns
    except OSError as exc:
        raise DimensionError(
            located(f"cannot read: {exc.strerror}", path=str(path), hint="Check the path.")
        ) from exc
    return _file_lexicon(str(p), mtime)


# ----------------------------------------------------------------------------------------
# Numbers
# ----------------------------------------------------------------------------------------


@dataclass
class _Num:
    value: float
    start: int
    end: int
    scale: float | None  # scale multiplier read after the number, if any
    abbr: bool  # the scale was an abbreviation (needs a currency)
    plain_int: str | None  # the digits when an integer written in digits without separators


def _digits_value(s: str) -> float | None:
    if _PLAIN_RE.fullmatch(s):
        return float(s)
    if _GROUPED_RE.fullmatch(s):
        return float(s.replace(",", ""))
    if _DOTTED_THOUSANDS_RE.fullmatch(s):
        return float(s.replace(".", ""))
    if s.count(",") == 1 and "." not in s:  # decimal comma: "1,5"
        return float(s.replace(",", "."))
    return None


def _text2num(words: Sequence[str]) -> int | None:
    """Integer value of English number words via text2num; ``None`` when not a number."""
    if not words:
        return None
    try:
        value = text2num(" ".join(words), "en")
    except (ValueError, IndexError, AttributeError):
        return None
    return int(value)


def _read_scale(
    t: _Tokens, j: int, tb: _Tables, allow_abbr: bool
) -> tuple[int, float, bool] | None:
    if j + 1 < t.n and t.text[j] in _DASHES and t.glued(j) and t.glued(j + 1):
        m = tb.scale_words.match_at(t, j + 1)  # "$5-billion package"
        if m is not None:
            return m[0], m[1], False
    m = tb.scale_words.match_at(t, j)
    if m is not None:
        return m[0], m[1], False
    if allow_abbr:
        m = tb.scale_abbr.match_at(t, j)
        # An abbreviation is one short token: "bn", "m"; "m" followed by "." and a
        # letter ("m.p.h.") or glued to more letters is not one.
        if m is not None and not (m[0] < t.n and t.glued(m[0]) and t.kind[m[0]] != _SYM):
            return m[0], m[1], True
    return None


def _read_words(t: _Tokens, i: int, tb: _Tables) -> tuple[int, list[str]] | None:
    """Read the run of number words at ``i``: (end token, words with hyphens joined)."""
    words: list[str] = []
    j = i
    low = t.lower
    if low[i] in tb.articles:
        if i + 1 < t.n and (
            low[i + 1] in tb.hundreds
            or low[i + 1] in tb.multipliers
            or low[i + 1] in tb.scale_words
        ):
            words.append("one")
            j = i + 1
        else:
            return None
    while j < t.n:
        w = low[j]
        if w in tb.number_vocab:
            words.append(w)
            j += 1
        elif (
            w in _DASHES
            and words
            and words[-1] in tb.tens
            and j + 1 < t.n
            and t.glued(j)
            and t.glued(j + 1)
            and low[j + 1] in tb.units
        ):
            words[-1] = f"{words[-1]}-{low[j + 1]}"
            j += 2
        elif (
            w == "and"
            and words
            and (words[-1] in tb.hundreds or words[-1] in tb.scale_words)
            and j + 1 < t.n
            and (low[j + 1] in tb.units or low[j + 1] in tb.teens or low[j + 1] in tb.tens)
        ):
            words.append("and")
            j += 1
        else:
            break
    if not words:
        return None
    return j, words


def _read_number(t: _Tokens, i: int, tb: _Tables, *, allow_abbr: bool = True) -> _Num | None:
    """Read a number (digits or words, optional fraction and scale) starting at ``i``."""
    if i >= t.n:
        return None
    if t.kind[i] == _DIGIT:
        value = _digits_value(t.text[i])
        if value is None:
            return None
        plain = t.text[i] if t.text[i].isdigit() else None
        j = i + 1
        add = tb.fraction_additions.match_at(t, j)
        if add is not None:
            value += add[1]
            j = add[0]
            plain = None
        sc = _read_scale(t, j, tb, allow_abbr)
        if sc is not None:
            return _Num(value * sc[1], i, sc[0], sc[1], sc[2], None)
        return _Num(value, i, j, None, False, plain)
    run = _read_words(t, i, tb)
    if run is None:
        return None
    j, words = run
    multiplier = 1
    while words and words[-1] in tb.multipliers:
        multiplier *= tb.multipliers[words.pop()]
    add = tb.fraction_additions.match_at(t, j)
    scale: float | None = None
    abbr = False
    if add is not None:
        whole = _text2num(words)
        if whole is None:
            return None
        j = add[0]
        value = whole + add[1]
        sc = _read_scale(t, j, tb, allow_abbr)
        if sc is not None:
            j, scale, abbr = sc
            value *= scale
    else:
        if not words:  # "a dozen"
            words = ["one"]
        whole = _text2num(words)
        if whole is None:
            return None
        value = float(whole)
        scales = [w for w in words if w in tb.scale_words]
        if scales:
            scale = tb.scale_words.phrases[scales[-1]]
    return _Num(value * multiplier, i, j, scale, abbr, None)


def number_from_words(text: str, *, lexicon: FigureLexicon | None = None) -> float | None:
    """Read a number written in words (or digits with scale words) with text2num.

    Wraps ``text_to_num.text2num`` (integers in English words) and adds what it does not
    read: a leading article ("a million"), fractions ("two and a half million"),
    multipliers ("two dozen") and digits with scales ("1.5 billion").

    Parameters
    ----------
    text : str
        The number and nothing else, e.g. ``"one hundred billion"``.
    lexicon : FigureLexicon, optional
        Lexicon to read number and scale words from; the default one if not given.

    Returns
    -------
    float or None
        The value; ``None`` for empty text, text that is not a number, or text with words
        left over after the number.

    Examples
    --------
    >>> number_from_words("one hundred billion")
    100000000000.0
    >>> number_from_words("two and a half million")
    2500000.0
    >>> number_from_words("half") is None
    True
    """
    tb = (lexicon or _default_lexicon())._t
    t = _Tokens(text)
    if t.n == 0:
        return None
    share = _read_share(t, 0, tb) if t.kind[0] == _WORD else None
    num = share if isinstance(share, _Num) else _read_number(t, 0, tb, allow_abbr=False)
    if num is None or num.end != t.n:
        return None
    return num.value


# ----------------------------------------------------------------------------------------
# Reading one figure
# ----------------------------------------------------------------------------------------


@dataclass
class _Raw:
    kind: FigureKind
    first: int  # first token of the span (qualifier included)
    last: int  # token after the span
    value: float
    value_high: float | None = None
    currency: str | None = None
    unit: str | None = None
    qualifier: tuple[int, int] | None = None  # token span of the qualifier
    bound: Bound = "exact"
    rate: bool = False  # a percentage of GDP or the like
    of_at: int | None = None  # for shares: the token after "of"
    change_before: tuple[int, int] | None = None  # "increase of", "up from", "by"
    change_after: tuple[int, int] | None = None  # "more than" after the amount


def _is_month(t: _Tokens, i: int, tb: _Tables) -> bool:
    return 0 <= i < t.n and t.lower[i] in tb.months and t.text[i][0].isupper()


def _glued_run_end(t: _Tokens, i: int) -> int:
    j = i + 1
    while j < t.n and t.glued(j) and not t.is_punct(j):
        j += 1
    return j


def _not_a_volume(t: _Tokens, i: int, tb: _Tables) -> int | None:
    """For a digit token: the token to resume at if it is a name, rank, time or date."""
    if t.glued(i):
        prev = t.text[i - 1]
        if t.kind[i - 1] == _WORD and prev not in tb.codes:
            return _glued_run_end(t, i)  # "A400", "G7"
        if prev in _DASHES and i > 1 and t.glued(i - 1) and t.kind[i - 2] == _WORD:
            return _glued_run_end(t, i)  # "F-16", "COVID-19"
        if prev in (":", "/") and i > 1 and t.glued(i - 1) and t.kind[i - 2] == _DIGIT:
            return _glued_run_end(t, i)
    nxt = i + 1
    if nxt < t.n and t.glued(nxt) and t.lower[nxt] in tb.ordinal_suffixes:
        return nxt + 1  # "30th"
    if (
        nxt + 1 < t.n
        and t.text[nxt] in (":", "/")
        and t.glued(nxt)
        and t.glued(nxt + 1)
        and t.kind[nxt + 1] == _DIGIT
    ):
        return _glued_run_end(t, i)  # "13:00", "12/06/2020"
    if _is_month(t, i - 1, tb) or _is_month(t, nxt, tb):
        return nxt  # "April 21", "12 June", "June 2020"
    if i >= 3 and t.text[i - 1] == "," and t.kind[i - 2] == _DIGIT and _is_month(t, i - 3, tb):
        return nxt  # "April 21, 2023"
    return None


def _follows_share(t: _Tokens, j: int, tb: _Tables) -> bool:
    return j >= t.n or t.is_punct(j) or t.lower[j] in tb.share_followers


def _read_share(t: _Tokens, i: int, tb: _Tables) -> _Raw | _Num | None:
    """Read a share ("half", "a third", "two-thirds") or a scaled fraction ("half a billion")."""
    low = t.lower
    n = t.n
    if low[i] in tb.fractions and tb.fractions[low[i]] == 2 and not low[i].endswith("s"):
        # bare "half"
        nxt = i + 1
        if nxt + 1 < n and low[nxt] in tb.articles:
            sc = _read_scale(t, nxt + 1, tb, True)
            if sc is not None:  # "half a billion"
                return _Num(0.5 * sc[1], i, sc[0], sc[1], sc[2], None)
            return None
        if i > 0 and (low[i - 1] in tb.articles or low[i - 1] == "and"):
            return None  # "and a half", "a half-" belong to a number
        if i > 0 and t.kind[i - 1] == _WORD and _looks_ordinal(low[i - 1]):
            return None  # "first half"
        if nxt < n and t.glued(nxt) and low[nxt] in _DASHES:
            return None  # "half-hearted"
        if nxt < n and low[nxt] == "of" and _time_follows(t, nxt + 1, tb):
            return None  # "half of the year"
        if not _follows_share(t, nxt, tb):
            return None
        return _Raw("share", i, nxt, 0.5, of_at=nxt + 1 if nxt < n and low[nxt] == "of" else None)

    # numerator + denominator: "a third", "one quarter", "two-thirds", "three fifths"
    if low[i] in tb.articles:
        numerator: int | None = 1
    elif t.kind[i] == _WORD and (low[i] in tb.units or low[i] in tb.teens):
        numerator = _text2num([low[i]])
    else:
        return None
    j = i + 1
    if j < n and low[j] in _DASHES and t.glued(j):
        j += 1
    if j >= n or low[j] not in tb.fractions or numerator is None or numerator == 0:
        return None
    denominator = tb.fractions[low[j]]
    plural = low[j].endswith("s")
    end = j + 1
    value = numerator / denominator
    # "a quarter of a million"
    if end + 2 < n and low[end] == "of" and low[end + 1] in tb.articles:
        sc = _read_scale(t, end + 2, tb, True)
        if sc is not None:
            return _Num(value * sc[1], i, sc[0], sc[1], sc[2], None)
    if end < n and low[end] == "of" and _time_follows(t, end + 1, tb):
        return None
    if not plural and not _follows_share(t, end, tb):
        return None  # "a third visit"
    if numerator > 1 and not plural:
        return None  # "two third" is not English; likely something else
    return _Raw("share", i, end, value, of_at=end + 1 if end < n and low[end] == "of" else None)


def _looks_ordinal(word: str) -> bool:
    return word in ("first", "second", "latter", "former", "last", "next", "other") or (
        word.endswith("th") and len(word) > 4
    )


def _time_follows(t: _Tokens, k: int, tb: _Tables) -> bool:
    """Whether a time noun or a year follows (after at most two determiners)."""
    for j in range(k, min(k + 3, t.n)):
        if t.lower[j] in tb.time_nouns:
            return True
        if t.kind[j] == _DIGIT:
            v = t.text[j]
            return v.isdigit() and len(v) == 4
        if t.lower[j] not in ("the", "this", "that", "last", "next", "its", "a"):
            return False
    return False


def _count_unit(t: _Tokens, k: int, tb: _Tables) -> tuple[int, str] | None:
    """Find the count unit at ``k`` or after a few modifiers ("four Patriot systems")."""
    first = k
    while k < t.n and k - first <= _MAX_MODIFIERS:
        m = tb.count_units.match_at(t, k)
        if m is not None:
            return m
        low = t.lower[k]
        kind = t.kind[k]
        if kind == _SYM:
            if low not in _DASHES or not t.glued(k):
                return None
        elif kind == _WORD:
            if low in tb.count_breakers or low in tb.number_vocab or low in tb.months:
                return None
            if t.text[k][0].islower() and _looks_plural(low):
                return None  # another plural noun: "three historic decisions"
        else:  # digits: only inside a name ("Leopard 2", "F-16")
            if k == first or not (t.glued(k) or t.text[k - 1][0].isupper()):
                return None
        k += 1
    return None


def _looks_plural(word: str) -> bool:
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous", "ics"))
    )


def _currency_after(t: _Tokens, j: int, tb: _Tables) -> tuple[int, str] | None:
    """Match a currency written after an amount: a word in any case, a code or sign as written."""
    m = tb.cur_words.match_at(t, j) or tb.cur_suffix.match_at(t, j)
    if m is not None:
        return m
    w = tb.cur_weak.match_at(t, j)
    if w is not None and not (w[0] < t.n and t.lower[w[0]] == "of"):
        return w
    a = tb.cur_ambiguous.match_at(t, j)
    if a is not None:
        code = _resolve_currency(t, *a[1], tb)
        if code is not None:
            return a[0], code
    return None


def _resolve_currency(
    t: _Tokens, candidates: tuple[str, ...], default: str | None, tb: _Tables
) -> str | None:
    """Pick the one candidate the sentence points to (code, symbol or donor), else the default."""
    hints: set[str] = set()
    for k in range(t.n):
        m = tb.cur_prefix.match_at(t, k)
        if m is not None and m[1] in candidates:
            hints.add(m[1])
        d = tb.donor_forms.match_at(t, k)
        if d is not None and tb.donor_currency.get(d[1]) in candidates:
            hints.add(tb.donor_currency[d[1]])
    if not hints:
        return default
    return hints.pop() if len(hints) == 1 else None


def _classify(
    t: _Tokens, num: _Num, tb: _Tables, *, allow_abbr: bool = True
) -> tuple[_Raw | None, int]:
    """Decide what the number ``num`` is from the words around it."""
    low = t.lower
    first = num.start
    currency: str | None = None
    pre = tb.cur_prefix.match_before(t, first)
    if pre is not None:
        first, currency = pre
    # ranges: "$1–2 billion", "1 to 2 million", "between 10 and 20 million euros"
    high: _Num | None = None
    j = num.end
    value = num.value
    opener = first > 0 and low[first - 1] in tb.range_openers
    if j + 1 < t.n:
        joiner = low[j]
        if opener:
            is_range = joiner == "and"
        else:
            changing = any(low[k] in tb.change_openers for k in range(max(0, first - 3), first))
            is_range = joiner in _DASHES or (joiner == "to" and not changing)
        k = j + 1
        pre2 = tb.cur_prefix.match_at(t, k) if is_range else None
        if pre2 is not None:
            k = pre2[0]
        b = None
        if is_range and k < t.n and (t.kind[k] == _DIGIT or low[k] in tb.start_words):
            b = _read_number(t, k, tb, allow_abbr=allow_abbr)
        if b is not None and not _is_month(t, b.end, tb):
            low_value = value * b.scale if num.scale is None and b.scale else value
            if b.value >= low_value and b.value > 0:
                high, value, j = b, low_value, b.end
                if opener:
                    first -= 1
    uses_abbr = num.abbr or (high is not None and high.abbr)
    post = _currency_after(t, j, tb)
    if post is not None:
        j, code = post
        currency = currency or code
    if currency is not None:
        raw = _Raw("money", first, j, value, high.value if high else None, currency=currency)
        return _qualify(t, raw, tb), raw.last
    if uses_abbr and allow_abbr:  # "5 m" with no currency: no scale, perhaps metres
        again = _read_number(t, num.start, tb, allow_abbr=False)
        if again is None:
            return None, num.end
        return _classify(t, again, tb, allow_abbr=False)
    j = high.end if high is not None else num.end
    v_high = high.value if high else None

    # "one in three", "1 in 5": a share
    if high is None and j + 1 < t.n and low[j] == "in" and value.is_integer():
        b = _read_number(t, j + 1, tb, allow_abbr=False)
        if (
            b is not None
            and b.scale is None
            and b.value.is_integer()
            and value < b.value <= 1000
            and not _is_month(t, b.end, tb)
        ):
            raw = _Raw("share", first, b.end, value / b.value)
            return _qualify(t, raw, tb), raw.last

    # percentages
    pc = tb.percent_words.match_at(t, j)
    if pc is not None:
        end, unit = pc
        raw = _Raw(
            "percent", first, end, value / 100, v_high / 100 if v_high is not None else None
        )
        raw.unit = unit
        if end < t.n and low[end] == "of":
            base = _rate_base_follows(t, end + 1, tb)
            if base is not None:
                raw.rate = True
                if base:
                    raw.unit = f"{unit} of {base}"
            else:
                raw.kind, raw.unit, raw.of_at = "share", None, end + 1
        return _qualify(t, raw, tb), raw.last

    # a digit right after a capitalised word names a model: "Leopard 2 tanks"
    if (
        num.plain_int is not None
        and first > 1
        and t.kind[first - 1] == _WORD
        and t.text[first - 1][0].isupper()
        and not t.glued(first)
        and tb.qual_before.match_before(t, first) is None
        and low[first - 1] not in tb.range_openers
    ):
        return None, num.end

    # measures: "155mm", "155-mm", "155 caliber"
    k = j + 1 if j < t.n and low[j] in _DASHES and t.glued(j) else j
    ms = tb.measure_units.match_at(t, k)
    if ms is not None:
        raw = _Raw("measure", first, ms[0], value, v_high, unit=ms[1])
        return _qualify(t, raw, tb), raw.last

    # years
    lo, hi = tb.year_range
    is_year = (
        num.plain_int is not None and len(num.plain_int) == 4 and lo <= int(num.plain_int) <= hi
    )
    if is_year and (
        (first > 0 and (low[first - 1] in tb.year_prepositions or _is_month(t, first - 1, tb)))
        or tb.count_units.match_at(t, j) is None
    ):
        return None, num.end

    # counts ("50+ nations", "50 or more nations")
    after = tb.qual_after.match_at(t, j)
    if after is not None and after[0] < t.n and low[after[0]] in tb.qual_after_blockers:
        after = None
    k = after[0] if after is not None else j
    cu = _count_unit(t, k, tb)
    if cu is not None:
        raw = _Raw("count", first, cu[0], value, v_high, unit=cu[1])
        return _qualify(t, raw, tb, post_at=j), raw.last
    return None, num.end


def _rate_base_follows(t: _Tokens, k: int, tb: _Tables) -> str | None:
    """Find the rate base ("GDP") within a few words of ``k``: its name, "" if unnamed."""
    for j in range(k, min(k + 4, t.n)):
        m = tb.rate_bases.match_at(t, j)
        if m is not None:
            return m[1]
        if t.is_punct(j):
            return None
    return None


def _qualify(t: _Tokens, raw: _Raw, tb: _Tables, post_at: int | None = None) -> _Raw:
    """Attach the qualifier before (or after) the span."""
    before = tb.qual_before.match_before(t, raw.first)
    if before is not None:
        start, bound = before
        raw.qualifier = (start, raw.first)
        raw.bound = bound
        raw.first = start
        return raw
    for at in (post_at, raw.last):
        if at is None:
            continue
        after = tb.qual_after.match_at(t, at)
        if after is not None:
            end, bound = after
            if t.text[at] == "+" and not t.glued(at):
                continue
            if end < t.n and t.lower[end] in tb.qual_after_blockers:
                continue  # "18 launchers and more than 100 missiles": "more than" is the next's
            raw.qualifier = (at, end)
            raw.bound = bound
            raw.last = max(raw.last, end)
            return raw
    return raw


def _read_at(t: _Tokens, i: int, tb: _Tables) -> tuple[_Raw | None, int]:
    """Try to read a figure starting at token ``i``; return it and where to go on."""
    if t.kind[i] == _DIGIT:
        resume = _not_a_volume(t, i, tb)
        if resume is not None:
            return None, resume
    share = _read_share(t, i, tb) if t.kind[i] == _WORD else None
    if isinstance(share, _Raw):
        return _qualify(t, share, tb), share.last
    num = share if isinstance(share, _Num) else _read_number(t, i, tb)
    if num is None:
        return None, i + 1
    return _classify(t, num, tb)


# ----------------------------------------------------------------------------------------
# Scope, periods and parts
# ----------------------------------------------------------------------------------------


def _breaks(t: _Tokens, tb: _Tables) -> list[bool]:
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


def _scope_of(
    t: _Tokens, window: list[int], tb: _Tables, lex: FigureLexicon
) -> tuple[str | None, str]:
    """Name what the amount measures from the words of its clause (``window``, nearest first).

    Returns the scope and what named it: ``"head"``, ``"programme"`` or ``"phrase"``.
    The nearest aid noun ("aid", "support" …) decides, through the modifiers right before it
    ("military aid"); several modifiers of different scopes make it ``total``. A noun with
    no modifier defers to a later noun that has one ("package of military aid"), then to a
    programme or scope phrase in the clause ("support for humanitarian needs"), then is
    ``total``. With no aid noun, the nearest programme or scope phrase ("in loans") decides.
    """
    if not window:
        return None, ""
    lo, hi = min(window), max(window) + 1
    bare_head = False
    for k in window:  # nearest first
        if t.lower[k] not in tb.heads:
            continue
        found: set[str] = set()
        j = k
        while j > lo:
            mod = tb.modifiers.match_before(t, j)
            if mod is not None and mod[0] >= lo:
                found.add(mod[1])
                j = mod[0]
            elif t.lower[j - 1] in tb.heads or t.lower[j - 1] in ("and", "or", ",", "-"):
                j -= 1
            else:
                break
        if len(found) == 1:
            return found.pop(), "head"
        if found:
            return lex.total_scope, "head"
        bare_head = True
    for k in window:
        m = tb.programmes.match_at(t, k)
        if m is not None and m[0] <= hi:
            return m[1], "programme"
        m = tb.scope_phrases.match_at(t, k)
        if m is not None and m[0] <= hi:
            return m[1], "head" if bare_head else "phrase"
    return (lex.total_scope, "head") if bare_head else (None, "")


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
                if w in table._by_first and table.match_at(t, k) is not None:
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


def _for_someone_else(cues: _Cues, raw: _Raw, lo: int, hi: int) -> bool:
    """Whether the recipient nearest the figure in its clause is not Ukraine ("for Israel").

    A recipient after the figure wins over one before it ("$1 billion to Ukraine and $500
    million to Israel": each amount takes the recipient that follows it).
    """
    if not cues.other:
        return False
    after = [k for k in (*cues.recipient, *cues.other) if raw.last <= k < hi]
    if after:
        return min(after) in cues.other
    before = [k for k in (*cues.recipient, *cues.other) if lo <= k < raw.first]
    return bool(before) and max(before) in cues.other


def _mark_change(t: _Tokens, raws: list[_Raw], idx: int, tb: _Tables, breaks: list[bool]) -> None:
    """Mark a figure that states a change or an earlier level ("an increase of £200 m")."""
    raw = raws[idx]
    floor = raws[idx - 1].last if idx else 0
    before = tb.change_before.match_before(t, raw.first)
    by = None
    if before is None or before[0] < floor:
        before = None
        by = tb.change_by.match_before(t, raw.first)
        if by is not None and by[0] < floor:
            by = None
    after = tb.change_after.match_at(t, raw.last)
    if after is not None and idx + 1 < len(raws) and raws[idx + 1].first < after[0]:
        after = None
    if by is not None and after is None:
        k = by[0]  # "by" needs a verb of change earlier in its clause
        while k > floor and not breaks[k - 1] and by[0] - k < _CLAUSE:
            k -= 1
            if tb.change_verbs.match_at(t, k) is not None:
                break
        else:
            by = None
    start = before or by
    if start is None and after is None:
        return
    if start is not None:
        first = start[0]
        while first < raw.first and t.lower[first] in ("a", "an", "the"):
            first += 1  # the article stays out of the qualifier: "increase of"
        raw.change_before = (first, raw.first)
        raw.first = first
    if after is not None:
        raw.change_after = (raw.last, after[0])
        raw.last = after[0]


def _qualifier_text(t: _Tokens, raw: _Raw) -> str | None:
    """Write the qualifier as in the text, lower-cased; a change cue comes first."""
    q = _span_text(t, *raw.qualifier)[2].lower() if raw.qualifier is not None else None
    if raw.change_before is None and raw.change_after is None:
        return q
    opening = raw.change_before[1] if raw.change_before is not None else raw.first
    q_after = raw.qualifier is not None and raw.qualifier[0] != opening
    front = []
    if raw.change_before is not None:
        front.append(_span_text(t, *raw.change_before)[2].lower())
    if q is not None and not q_after:
        front.append(q)
    back = [q] if q is not None and q_after else []
    if raw.change_after is not None:
        back.append(_span_text(t, *raw.change_after)[2].lower())
    text = " ".join(front)
    if back:
        text = f"{text} … {' '.join(back)}".strip()
    return text


class _Donors:
    """The donor names written in a sentence (outside figures), found once per sentence."""

    __slots__ = ("at", "ending", "t", "tb")

    def __init__(self, t: _Tokens, tb: _Tables, owner: list[int]) -> None:
        self.t = t
        self.tb = tb
        self.at: dict[int, tuple[int, str]] = {}  # start -> (end, name), longest
        self.ending: dict[int, tuple[int, str]] = {}  # end -> (start, name), longest
        firsts = tb.donor_forms._by_first
        for k in range(t.n):
            if t.text[k] not in firsts or owner[k] >= 0:
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


def _rate_scope(t: _Tokens, window: list[int], tb: _Tables) -> str | None:
    for k in window:
        m = tb.rate_scopes.match_at(t, k)
        if m is not None:
            return m[1]
    return None


def _date_after(t: _Tokens, k: int, tb: _Tables, doc_date: dt.date | None) -> dt.date | None:
    """Read an explicit date at ``k``: "24 February 2022", "February 2022", "2014"."""
    day = month = year = None
    n = t.n
    if k < n and t.kind[k] == _DIGIT and t.text[k].isdigit() and len(t.text[k]) <= 2:
        day = int(t.text[k])
        k += 1
        if k < n and t.lower[k] in tb.ordinal_suffixes and t.glued(k):
            k += 1
        if k < n and t.lower[k] == "of":
            k += 1
        if not _is_month(t, k, tb):
            return None
    if _is_month(t, k, tb):
        month = tb.months[t.lower[k]]
        k += 1
        if day is None and k < n and t.kind[k] == _DIGIT and len(t.text[k]) <= 2:
            day = int(t.text[k])
            k += 1
            if k < n and t.lower[k] in tb.ordinal_suffixes and t.glued(k):
                k += 1
            if k < n and t.text[k] == ",":
                k += 1
    if k < n and t.kind[k] == _DIGIT and t.text[k].isdigit() and len(t.text[k]) == 4:
        y = int(t.text[k])
        if tb.year_range[0] <= y <= tb.year_range[1]:
            year = y
    if year is None and month is None:
        return None
    if year is None:
        if doc_date is None or month is None:
            return None
        year = doc_date.year if month <= doc_date.month else doc_date.year - 1
    try:
        return dt.date(year, month or 1, day or 1)
    except ValueError:
        return None


def _periods(
    t: _Tokens, tb: _Tables, breaks: list[bool], doc_date: dt.date | None
) -> list[tuple[int, dt.date]]:
    """(token index of the cue, start date) for each "since …" in the sentence."""
    out: list[tuple[int, dt.date]] = []
    for c in range(t.n):
        if t.lower[c] not in tb.period_cues:
            continue
        k = c + 1
        rel = tb.relative_periods.match_at(t, k)
        if rel is not None:
            if doc_date is not None:
                out.append((c, dt.date(doc_date.year + rel[1], 1, 1)))
            continue
        pre = tb.period_prefixes.match_at(t, k)
        when = _date_after(t, pre[0] if pre else k, tb, doc_date)
        if when is None:
            end = c + 1
            while end < t.n and end - c <= 12 and not breaks[end]:
                end += 1
            clause = t.lower[c + 1 : end]
            for keywords, date in tb.events:
                if all(_contains(clause, list(kw)) for kw in keywords):
                    when = date
                    break
        if when is not None:
            out.append((c, when))
    return out


def _contains(seq: list[str], sub: list[str]) -> bool:
    k = len(sub)
    return any(seq[i : i + k] == sub for i in range(len(seq) - k + 1))


def _link_parts(t: _Tokens, raws: list[_Raw], tb: _Tables, breaks: list[bool]) -> list[int | None]:
    parts: list[int | None] = [None] * len(raws)
    for idx, raw in enumerate(raws):
        if raw.kind == "share":
            parts[idx] = _whole_of_share(t, raws, idx, tb)
            continue
        if raw.kind not in ("money", "count") or idx == 0:
            continue
        cue = tb.part_cues.match_before(t, raw.first)
        same = [p for p in range(idx) if raws[p].kind == raw.kind]
        if not same:
            continue
        prev = same[-1]
        if cue is not None:
            whole = parts[prev] if parts[prev] is not None else prev
            parts[idx] = whole
        elif parts[prev] is not None:
            gap = range(raws[prev].last, raw.first)
            if gap and all(not breaks[k] or t.text[k] == "," for k in gap):
                parts[idx] = parts[prev]  # "… including €65 bn in X and €30 bn in Y"
    return parts


def _whole_of_share(t: _Tokens, raws: list[_Raw], idx: int, tb: _Tables) -> int | None:
    raw = raws[idx]
    if raw.of_at is not None:
        for p in range(idx + 1, len(raws)):
            if raws[p].kind in ("money", "count") and raws[p].first - raw.of_at <= 2:
                return p
            break
    for p in range(idx - 1, -1, -1):
        if raws[p].kind in ("money", "count"):
            return p
    return None


def _span_text(t: _Tokens, a: int, b: int) -> tuple[int, int, str]:
    start, end = t.start[a], t.end[b - 1]
    return start, end, t.sentence[start:end]


# ----------------------------------------------------------------------------------------
# Public functions
# ----------------------------------------------------------------------------------------


def extract_figures(
    sentence: str,
    *,
    doc_date: dt.date | None = None,
    lexicon: FigureLexicon | None = None,
) -> list[Figure]:
    """Find the amounts of money, counts, shares, percentages and measures in a sentence.

    Parameters
    ----------
    sentence : str
        One sentence (longer text works, but scope and parts are read per sentence).
    doc_date : datetime.date, optional
        Publication date of the document, to resolve "since last year" and "since
        February". Without it such periods are ``None``.
    lexicon : FigureLexicon, optional
        The words to match; the packaged ``figures.yaml`` by default.

    Returns
    -------
    list of Figure
        In order of appearance. ``part_of`` indexes this list.

    Examples
    --------
    >>> s = "Donors gave over $40 billion in aid, including $12 billion for weapons."
    >>> [(f.value, f.bound, f.scope, f.part_of) for f in extract_figures(s)]
    [(40000000000.0, 'lower', 'total', None), (12000000000.0, 'exact', 'military', 0)]
    >>> extract_figures("This is his third visit since 2014.")
    []
    """
    lex = lexicon or _default_lexicon()
    tb = lex._t
    if not sentence or tb.prefilter.search(sentence) is None:
        return []
    t = _Tokens(sentence)
    raws: list[_Raw] = []
    i = 0
    while i < t.n:
        if t.kind[i] != _DIGIT and t.lower[i] not in tb.start_words:
            i += 1
            continue
        raw, nxt = _read_at(t, i, tb)
        if raw is not None:
            if raws and raw.first < raws[-1].last:  # never overlap the previous figure
                raw.first = raws[-1].last
                if raw.qualifier is not None and raw.qualifier[0] < raw.first:
                    raw.qualifier, raw.bound = None, "exact"
            raws.append(raw)
        i = max(nxt, i + 1)
    if not raws:
        return []

    breaks = _breaks(t, tb)
    for idx, raw in enumerate(raws):
        if raw.kind != "measure":
            _mark_change(t, raws, idx, tb, breaks)
    owner = [-1] * t.n
    for idx, raw in enumerate(raws):
        for k in range(raw.first, raw.last):
            owner[k] = idx
    parts = _link_parts(t, raws, tb, breaks)
    periods = _periods(t, tb, breaks, doc_date)
    clauses = [_clause_span(t, raw, breaks) for raw in raws]
    cues = _Cues(t, tb)

    # scope: None for measures, changes, attacks and losses; else from the clause's words
    scopes: list[str | None] = []
    blocked: list[bool] = []  # never aid: a part does not inherit its whole's scope
    held: list[str | None] = []  # an aid phrase waiting for evidence of a transfer
    for idx, raw in enumerate(raws):
        lo, hi = clauses[idx]
        held.append(None)
        strong = _between(cues.strong, lo, hi)
        hostile = _between(cues.hostile_any, lo, hi) and not (raw.kind == "money" and strong)
        if raw.kind == "count" and not hostile:
            hostile = _between(cues.hostile_counts, lo, hi)
        if raw.kind == "share" and not hostile:  # "a third of the fleet was destroyed"
            hostile = _between(cues.hostile_shares, lo, hi)
        if (
            raw.kind == "measure"
            or raw.change_before is not None
            or raw.change_after is not None
            or hostile
            or (raw.kind == "count" and raw.unit in tb.non_aid_units)
            or _for_someone_else(cues, raw, lo, hi)
        ):
            scopes.append(None)
            blocked.append(True)
            continue
        blocked.append(False)
        after = _window(t, raw, owner, breaks, forward=True)
        before = _window(t, raw, owner, breaks, forward=False)
        if raw.rate:  # "1% of GDP in military aid" is aid; "2% of GDP on defence" is not
            aid = None
            for window in (after, before):  # the nearer side that names a scope decides
                found, via = _scope_of(t, window, tb, lex)
                if found is None:
                    continue
                if found in lex.aid_scopes and (
                    via == "programme"
                    or (via == "head" and found != lex.total_scope)
                    or strong
                    or _between(cues.recipient, lo, hi)
                ):
                    aid = found
                break
            scopes.append(aid or _rate_scope(t, after, tb) or _rate_scope(t, before, tb))
            continue
        recipient = _between(cues.recipient, lo, hi)
        if (
            tb.domestic_scope is not None
            and not recipient
            and not strong
            and _between(cues.domestic, lo, hi)
        ):
            scopes.append(tb.domestic_scope)
            continue
        scope = None
        for window in (after, before):
            found, via = _scope_of(t, window, tb, lex)
            if found is None:
                continue
            if (
                via == "phrase"
                and found in lex.aid_scopes
                and not recipient
                and not _between(cues.transfer, lo, hi)
            ):
                held[idx] = held[idx] or found
                continue
            scope = found
            break
        scopes.append(scope)
    for idx, raw in enumerate(raws):
        whole = parts[idx]
        if whole is None or blocked[idx]:
            continue
        if raw.kind == "share" and scopes[idx] in (None, lex.total_scope):
            scopes[idx] = scopes[whole] or scopes[idx]
        elif scopes[idx] is None and scopes[whole] in lex.aid_scopes:
            scopes[idx] = held[idx] or scopes[whole]

    # donor: "from"/"by" after, then before in the clause, then right after, then the whole's
    written = _Donors(t, tb, owner)
    opening = written.opening(owner)
    donors: list[str | None] = []
    for idx, raw in enumerate(raws):
        lo, hi = clauses[idx]
        names = (
            (written.after(raw, hi) or written.before(lo, raw.first) or written.next_to(raw, hi))
            if written.at
            else None
        )
        donor = _donor_name(names)
        whole = parts[idx]
        if donor is None and whole is not None and whole < idx:
            donor = donors[whole]
        donors.append(donor)
    for idx in range(len(raws)):  # shares of a later whole; then the sentence's subject
        whole = parts[idx]
        if donors[idx] is None and whole is not None:
            donors[idx] = donors[whole]
        if donors[idx] is None:
            donors[idx] = _donor_name(opening)

    starts: list[dt.date | None] = []
    for raw in raws:
        if raw.kind == "measure" or raw.rate or not periods:
            starts.append(None)
            continue
        centre = raw.first
        _, when = min(periods, key=lambda p: abs(p[0] - centre))
        starts.append(when)

    out: list[Figure] = []
    for idx, raw in enumerate(raws):
        start, end, text = _span_text(t, raw.first, raw.last)
        qualifier = _qualifier_text(t, raw)
        out.append(
            Figure(
                text=text,
                start=start,
                end=end,
                kind=raw.kind,
                value=float(raw.value),
                value_high=None if raw.value_high is None else float(raw.value_high),
                currency=raw.currency,
                unit=raw.unit,
                qualifier=qualifier,
                bound=raw.bound,
                scope=scopes[idx],
                period_start=starts[idx],
                part_of=parts[idx],
                donor=donors[idx],
            )
        )
    return out


def _short(x: float) -> str:
    if abs(x) >= 100:
        return f"{x:.0f}"
    return f"{x:.3g}"


def _grouped(x: float) -> str:
    if float(x).is_integer():
        return f"{int(x):,}"
    return f"{x:,.2f}"


def describe_figure(
    value: float,
    *,
    currency: str | None,
    qualifier: str | None = None,
    kind: str = "money",
    unit: str | None = None,
    value_high: float | None = None,
    lexicon: FigureLexicon | None = None,
) -> str:
    """Write a figure as short text: "more than €150 bn", "50 nations", "around half".

    Parameters
    ----------
    value : float
        The value in base units (fractions for shares and percentages).
    currency : str or None
        ISO 4217 code for money; its symbol comes from the lexicon's ``display``.
    qualifier : str, optional
        Written before the amount ("more than").
    kind : {"money", "count", "share", "percent", "measure"}
        How to write the value.
    unit : str, optional
        Unit of a count or measure ("nations", "mm"); for percentages
        ``"percentage points"`` writes "points".
    value_high : float, optional
        High end of a range: "$1–2 bn".
    lexicon : FigureLexicon, optional
        For currency symbols, share names and display scales.

    Returns
    -------
    str
        The text; ``"n/a"`` when ``value`` is NaN.

    Raises
    ------
    ValueError
        If ``kind`` is not one of the kinds.

    Examples
    --------
    >>> describe_figure(1.5e11, currency="EUR", qualifier="more than")
    'more than €150 bn'
    >>> describe_figure(1.5e6, currency="USD")
    '$1.5 m'
    >>> describe_figure(50, currency=None, kind="count", unit="nations")
    '50 nations'
    >>> describe_figure(0.5, currency=None, kind="share", qualifier="around")
    'around half'
    """
    check_choice("kind", kind, FIGURE_KINDS)
    lex = lexicon or _default_lexicon()
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if value_high is not None and isinstance(value_high, float) and math.isnan(value_high):
        value_high = None
    if kind == "money":
        sym = lex.currency_display.get(currency, f"{currency} ") if currency else ""
        top = max(abs(value), abs(value_high or 0.0))
        for factor, name in lex.display_scales.get("money", ()):
            if top >= factor * 0.9995:  # 999.6 bn reads "1 tn", not "1000 bn"
                body = f"{sym}{_short(value / factor)}"
                if value_high is not None:
                    body += f"–{_short(value_high / factor)}"
                body += f" {name}"
                break
        else:
            body = f"{sym}{_grouped(value)}"
            if value_high is not None:
                body += f"–{_grouped(value_high)}"
    elif kind == "share" and value_high is None and _share_name(value, lex) is not None:
        body = str(_share_name(value, lex))
    elif kind in ("share", "percent"):
        body = f"{_short(value * 100)}"
        if value_high is not None:
            body += f"–{_short(value_high * 100)}"
        body += " percentage points" if unit == "percentage points" else "%"
        if unit and " of " in unit:  # a rate: "2% of GDP"
            body += unit[unit.index(" of ") :]
    else:
        top = max(abs(value), abs(value_high or 0.0))
        scales = lex.display_scales.get("count", ()) if kind == "count" else ()
        for factor, name in scales:
            if top >= factor * 0.9995:
                body = f"{_short(value / factor)}"
                if value_high is not None:
                    body += f"–{_short(value_high / factor)}"
                body += f" {name}"
                break
        else:
            body = _grouped(value)
            if value_high is not None:
                body += f"–{_grouped(value_high)}"
        if unit:
            body += f" {unit}"
    return f"{qualifier} {body}" if qualifier else body


def _share_name(value: float, lex: FigureLexicon) -> str | None:
    for (num, den), name in lex.share_display.items():
        if math.isclose(value, num / den, rel_tol=1e-9):
            return name
    return None


def figure_records(
    figures: Sequence[Figure],
    *,
    doc_id: str,
    date: dt.date | None,
    sentence_id: int,
    sentence: str,
    dimension: str | None = None,
) -> list[dict[str, Any]]:
    """Rows of the figures table for the figures of one sentence.

    Parameters
    ----------
    figures : sequence of Figure
        What :func:`extract_figures` returned for the sentence.
    doc_id : str
        The document's id.
    date : datetime.date or None
        The document's publication date.
    sentence_id : int
        The sentence's index in the document.
    sentence : str
        The sentence's text.
    dimension : str, optional
        The dimension the sentence belongs to.

    Returns
    -------
    list of dict
        One dict per figure with the keys of :data:`FIGURE_COLUMNS`, in that order;
        ``figure_id`` is ``"<doc_id>:<sentence_id>:<k>"``, ``part_of`` the figure_id of
        the whole (or ``None``) and ``donor`` the figure's donor (or ``None``).

    Examples
    --------
    >>> figs = extract_figures("Allies gave €5 billion, including €2 billion in loans.")
    >>> [r["part_of"] for r in figure_records(figs, doc_id="d", date=None,
    ...                                        sentence_id=3, sentence="…")]
    [None, 'd:3:0']
    """
    ids = [f"{doc_id}:{sentence_id}:{k}" for k in range(len(figures))]
    rows: list[dict[str, Any]] = []
    for k, f in enumerate(figures):
        rows.append(
            {
                "figure_id": ids[k],
                "doc_id": doc_id,
                "date": date,
                "dimension": dimension,
                "sentence_id": sentence_id,
                "sentence": sentence,
                "text": f.text,
                "kind": f.kind,
                "value": f.value,
                "value_high": f.value_high,
                "currency": f.currency,
                "unit": f.unit,
                "qualifier": f.qualifier,
                "bound": f.bound,
                "scope": f.scope,
                "period_start": f.period_start,
                "part_of": ids[f.part_of] if f.part_of is not None else None,
                "donor": f.donor,
            }
        )
    return rows


def _missing(x: object) -> bool:
    if x is None:
        return True
    try:
        return bool(pd.isna(cast(Any, x)))
    except (TypeError, ValueError):
        return False


def _clean(x: object) -> Any:
    return None if _missing(x) else x


def _date_text(x: object) -> str:
    if _missing(x):
        return "undated"
    try:
        return str(pd.Timestamp(cast(Any, x)).date())
    except (TypeError, ValueError):
        return str(x)


# The columns figure_series needs: all of the table's but the ones it does not read.
_REQUIRED = tuple(
    c for c in FIGURE_COLUMNS if c not in ("dimension", "sentence", "period_start", "donor")
)


def _is_change(qualifier: object, lex: FigureLexicon) -> bool:
    """Whether a qualifier marks a change or an earlier level ("increase of", "by … more")."""
    if not isinstance(qualifier, str) or not qualifier:
        return False
    if "…" in qualifier:
        return True
    t = _Tokens(qualifier)
    tb = lex._t
    return tb.change_before.match_at(t, 0) is not None or tb.change_by.match_at(t, 0) is not None


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


def figure_series(
    figures: pd.DataFrame | object,
    *,
    kind: str = "money",
    scope: str | None = None,
    rates: Mapping[str, float] | None = None,
    currency: str | None = None,
    include_unscoped: bool = False,
    by_donor: bool = True,
    lexicon: FigureLexicon | None = None,
) -> pd.DataFrame:
    """Link figures of the same kind, currency, scope and donor across documents in date order.

    Each document contributes at most one figure per series: among the figures it states,
    the one that is not part of another figure (``part_of`` is empty) and, among those, the
    largest value (the low end of a range); ties go to the earliest sentence. Rows that
    share a ``figure_id`` (one figure matched to several dimensions) count once. Figures of
    different currencies are never compared: without ``rates`` they form separate series;
    with ``rates`` every amount is converted into ``currency`` first. Figures that state a
    change or an earlier level ("an increase of £200 million", "up from €8 billion": their
    qualifier is a change cue) are left out.

    With ``by_donor`` (the default), figures of different donors form different series, so
    one country's package is not read as a change in all Allies' total. Donors are compared
    by :func:`normalize_donor` ("NATO allies" = "Allies" = "NATO Allies"). A figure whose
    sentence names no donor continues the series of the latest earlier figure of the same
    scope, currency and unit, whatever its donor ("Allies gave €65 bn" → "nearly €100 bn
    was committed"), unless that series already has a figure from the same document; with
    no earlier figure it starts a series of its own with no donor.

    Parameters
    ----------
    figures : pandas.DataFrame or object
        The figures table (columns :data:`FIGURE_COLUMNS`; ``donor`` may be missing), or any
        object with such a table as its ``figures`` attribute.
    kind : {"money", "count", "share", "percent", "measure"}
        The kind of figure to follow.
    scope : str, optional
        Follow only this scope ("military" …). By default every scope.
    rates : mapping of str to float, optional
        ISO code → value of one unit in ``currency`` (e.g. ``{"USD": 0.92}`` with
        ``currency="EUR"``). The target currency itself needs no rate.
    currency : str, optional
        With ``rates``: the currency to convert into. Without: follow only this currency.
    include_unscoped : bool
        Also follow figures whose clause names no scope (as scope ``None``). Off by default,
        since such amounts may measure unrelated things.
    by_donor : bool
        Keep the figures of different donors in different series (see above). Off: one
        series per scope, currency and unit, whoever gave.
    lexicon : FigureLexicon, optional
        For currency symbols in labels, change cues and donor names.

    Returns
    -------
    pandas.DataFrame
        One row per document and series, ordered by series then date, columns
        :data:`SERIES_COLUMNS`:

        - ``scope``, ``currency``, ``unit``: the series (with ``donor``).
        - ``doc_id``, ``date``, ``sentence_id``, ``figure_id``, ``text``: the figure.
        - ``value``, ``value_high``: in ``currency`` when converted.
        - ``qualifier``, ``bound``: as stated.
        - ``prev_doc_id``, ``prev_date``, ``prev_sentence_id``, ``prev_value``,
          ``prev_qualifier``, ``prev_bound``: the previous figure of the series (empty for
          the first).
        - ``change_abs``: ``value - prev_value``; ``change_rel``: that over ``prev_value``
          (NaN when there is no previous value or it is 0). Compare bounds before reading
          these: "more than €150 bn" → "nearly €100 bn" is not a fall of €50 bn.
        - ``label``: e.g. "military: €65 bn (2023-04-20) → nearly €100 bn (2023-09-28)".
        - ``original_value``, ``original_currency``, ``rate``: before conversion (rate 1.0
          when not converted).
        - ``donor``: with ``by_donor``, the series' donor (for a figure that names none, the
          donor of the series it continues); without, the figure's own donor.

    Raises
    ------
    NatoDiffError
        If the table lacks columns, ``rates`` is given without ``currency``, or a figure's
        currency has no rate.
    ValueError
        If ``kind`` is not one of the kinds.

    Examples
    --------
    >>> rows = []
    >>> for doc, day, s in [
    ...     ("a", "2023-04-20", "Allies gave €65 billion in military aid."),
    ...     ("b", "2023-06-01", "Germany gave €7 billion in military aid."),
    ...     ("c", "2023-09-28", "NATO allies gave nearly €100 billion in military aid."),
    ... ]:
    ...     rows += figure_records(extract_figures(s), doc_id=doc,
    ...                            date=dt.date.fromisoformat(day), sentence_id=0, sentence=s)
    >>> series = figure_series(pd.DataFrame(rows, columns=FIGURE_COLUMNS))
    >>> series["label"].iloc[-1]
    'military: €65 bn (2023-04-20) → nearly €100 bn (2023-09-28)'
    >>> list(series["donor"])
    ['Germany', 'NATO Allies', 'NATO Allies']
    """
    check_choice("kind", kind, FIGURE_KINDS)
    lex = lexicon or _default_lexicon()
    table = figures if isinstance(figures, pd.DataFrame) else getattr(figures, "figures", None)
    if not isinstance(table, pd.DataFrame):
        raise NatoDiffError(
            located(
                f"expected a figures DataFrame or an object with one as .figures, "
                f"got {type(figures).__name__}",
                entry="figure_series",
            )
        )
    missing = [c for c in _REQUIRED if c not in table.columns]
    if missing:
        raise NatoDiffError(
            located(
                f"the figures table lacks columns {', '.join(missing)}",
                entry="figure_series",
                hint="Build it with figure_records() or pass Tracking.figures.",
            )
        )
    if rates is not None and currency is None:
        raise NatoDiffError(
            located(
                "rates= needs currency=, the currency to convert into",
                entry="figure_series",
                hint="e.g. figure_series(t, rates={'USD': 0.92}, currency='EUR').",
            )
        )

    has_donor = "donor" in table.columns
    donor_names: dict[object, str | None] = {}
    records: list[dict[str, Any]] = []
    seen: set[object] = set()
    for row in table.to_dict("records"):
        fid = row["figure_id"]
        if fid in seen:
            continue
        seen.add(fid)
        if row["kind"] != kind:
            continue
        row_scope = _clean(row["scope"])
        if scope is not None and row_scope != scope:
            continue
        if row_scope is None and not include_unscoped:
            continue
        if _is_change(_clean(row["qualifier"]), lex):
            continue
        cur = _clean(row["currency"])
        value = float(row["value"])
        high = _clean(row["value_high"])
        rate = 1.0
        if kind == "money" and rates is not None and currency is not None:
            if cur != currency:
                if cur is None or cur not in rates:
                    raise NatoDiffError(
                        located(
                            f"no exchange rate for {cur!r}",
                            entry=f"figure {fid} ({row['text']!r})",
                            hint=f"Add {cur!r} to rates= (value of one {cur} in {currency}).",
                        )
                    )
                rate = float(rates[cur])
        elif currency is not None and cur != currency:
            continue
        raw_donor = row["donor"] if has_donor else None
        written = raw_donor if isinstance(raw_donor, str) else None
        if written not in donor_names:
            donor_names[written] = normalize_donor(raw_donor, lexicon=lex)
        records.append(
            {
                "scope": row_scope,
                "currency": currency if (kind == "money" and rates is not None) else cur,
                "unit": _clean(row["unit"]),
                "doc_id": row["doc_id"],
                "date": row["date"],
                "sentence_id": row["sentence_id"],
                "figure_id": fid,
                "text": row["text"],
                "value": value * rate,
                "value_high": None if high is None else float(high) * rate,
                "qualifier": _clean(row["qualifier"]),
                "bound": row["bound"],
                "original_value": value,
                "original_currency": cur,
                "rate": rate,
                "donor": donor_names[written],
                "_part": not _missing(row["part_of"]),
            }
        )

    # one figure per document x series: not a part, then the largest, then the earliest
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for rec in records:
        donor_key = rec["donor"] if by_donor else None
        key = (rec["scope"], rec["currency"], rec["unit"], donor_key, rec["doc_id"])
        cur_best = best.get(key)
        rank = (rec["_part"], -rec["value"], rec["sentence_id"])
        if cur_best is None or rank < (
            cur_best["_part"],
            -cur_best["value"],
            cur_best["sentence_id"],
        ):
            best[key] = rec

    def order(rec: dict[str, Any]) -> tuple[Any, ...]:
        when = pd.Timestamp(rec["date"]) if not _missing(rec["date"]) else pd.Timestamp.max
        return (
            str(rec["scope"]),
            str(rec["currency"]),
            str(rec["unit"]),
            when,
            str(rec["doc_id"]),
            rec["donor"] is None,  # a document's named donors before its unnamed one
            str(rec["donor"]),
        )

    rows_out: list[dict[str, Any]] = []
    prev: dict[tuple[Any, ...], dict[str, Any]] = {}
    latest: dict[tuple[Any, ...], tuple[Any, ...]] = {}  # (scope, currency, unit) -> series
    for rec in sorted(best.values(), key=order):
        group = (rec["scope"], rec["currency"], rec["unit"])
        rec = dict(rec)
        if by_donor:
            donor = rec["donor"]
            if donor is None and group in latest:
                last = latest[group]
                if prev[last]["doc_id"] != rec["doc_id"]:
                    donor = last[-1]
            rec["donor"] = donor
            series: tuple[Any, ...] = (*group, donor)
        else:
            series = group
        before = prev.get(series)
        rec.pop("_part")
        text_now = _describe_row(rec, kind, lex)
        head = f"{rec['scope']}: " if rec["scope"] is not None else ""
        if before is None:
            rec.update(
                prev_doc_id=None,
                prev_date=None,
                prev_sentence_id=None,
                prev_value=math.nan,
                prev_qualifier=None,
                prev_bound=None,
                change_abs=math.nan,
                change_rel=math.nan,
                label=f"{head}{text_now} ({_date_text(rec['date'])})",
            )
        else:
            change = rec["value"] - before["value"]
            rel = change / before["value"] if before["value"] else math.nan
            rec.update(
                prev_doc_id=before["doc_id"],
                prev_date=before["date"],
                prev_sentence_id=before["sentence_id"],
                prev_value=before["value"],
                prev_qualifier=before["qualifier"],
                prev_bound=before["bound"],
                change_abs=change,
                change_rel=rel,
                label=(
                    f"{head}{_describe_row(before, kind, lex)} ({_date_text(before['date'])})"
                    f" → {text_now} ({_date_text(rec['date'])})"
                ),
            )
        prev[series] = rec
        latest[group] = series
        rows_out.append(rec)

    def series_order(rec: dict[str, Any]) -> tuple[Any, ...]:
        when = pd.Timestamp(rec["date"]) if not _missing(rec["date"]) else pd.Timestamp.max
        donor = rec["donor"] if by_donor else ""
        return (
            str(rec["scope"]),
            str(rec["currency"]),
            str(rec["unit"]),
            donor is None,
            str(donor),
            when,
            str(rec["doc_id"]),
        )

    rows_out.sort(key=series_order)
    out: pd.DataFrame = pd.DataFrame(rows_out, columns=list(SERIES_COLUMNS))
    for col in ("value", "value_high", "prev_value", "change_abs", "change_rel"):
        out[col] = out[col].astype("float64")
    out["prev_sentence_id"] = out["prev_sentence_id"].astype("Int64")
    return out


def _describe_row(rec: Mapping[str, Any], kind: str, lex: FigureLexicon) -> str:
    return describe_figure(
        rec["value"],
        currency=rec["currency"],
        qualifier=rec["qualifier"],
        kind=kind,
        unit=rec["unit"],
        value_high=rec["value_high"],
        lexicon=lex,
    )
