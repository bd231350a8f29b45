"""The figure lexicon: :class:`FigureLexicon` and :func:`load_figure_lexicon`.

A lexicon file (``nato_diff/data/figures.yaml`` by default) is checked against the layout in
:mod:`.schema`, then turned into the phrase tables and word sets the readers match against.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from os import PathLike
from pathlib import Path
from typing import Any, cast

from nato_diff._data import builtin_path, read_yaml
from nato_diff.errors import DimensionError, located

from .figure import Bound
from .schema import _ratio, _validate
from .tokens import _phrase_tokens, _PhraseTable

_DEFAULT_RESOURCE = "figures.yaml"


@dataclass(frozen=True, eq=False)
class _Tables:
    """The lexicon's phrase tables and word sets, as the readers of figures use them."""

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


def _donor_key(name: str) -> str:
    """Key a donor name for comparison, ignoring case, spacing and a leading "the"/"all"."""
    key = " ".join(name.replace("’", "'").split()).casefold()
    for prefix in ("the ", "all "):
        if key.startswith(prefix):
            key = key[len(prefix) :]
    return key


def _lower(words: Iterable[str]) -> frozenset[str]:
    return frozenset(w.lower() for w in words)


def _flags(words: Iterable[str]) -> _PhraseTable[bool]:
    return _PhraseTable((w, True) for w in words)


def _units(forms: Mapping[str, list[str]]) -> _PhraseTable[str]:
    return _PhraseTable((f, unit) for unit, fs in forms.items() for f in fs)


def _bounds(words: Mapping[str, list[str]]) -> _PhraseTable[Bound]:
    return _PhraseTable((w, cast(Bound, bound)) for bound, ws in words.items() for w in ws)


def _rate_bases(bases: Mapping[str, list[str]] | list[str]) -> _PhraseTable[str]:
    """Build the rate bases: a mapping names the base in the unit ("percent of GDP")."""
    if isinstance(bases, Mapping):
        return _PhraseTable((w, str(name)) for name, forms in bases.items() for w in forms)
    return _PhraseTable((w, "") for w in bases)


def _months(names: Mapping[str, list[str]]) -> dict[str, int]:
    return {name.lower(): int(k) for k, ns in names.items() for name in ns}


#: The tables read from one entry each: table -> (the entry's path, how to build the table).
_PLAIN: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "fraction_additions": ("fraction_additions", lambda m: _PhraseTable(m.items())),
    "share_followers": ("share_followers", _lower),
    "time_nouns": ("time_nouns", _lower),
    "qual_before": ("qualifiers.before", _bounds),
    "qual_after": ("qualifiers.after", _bounds),
    "qual_after_blockers": ("qualifiers.after_blockers", _lower),
    "range_openers": ("range_openers", _lower),
    "change_openers": ("change_openers", _lower),
    "count_units": ("count_units", _units),
    "count_breakers": ("count_breakers", _lower),
    "measure_units": ("measure_units", _units),
    "percent_words": ("percent_words", _units),
    "rate_bases": ("rate_bases", _rate_bases),
    "months": ("months", _months),
    "ordinal_suffixes": ("ordinal_suffixes", _lower),
    "year_range": ("year_range", lambda yr: (int(yr[0]), int(yr[1]))),
    "year_prepositions": ("year_prepositions", _lower),
    "heads": ("heads", _lower),
    "strong_heads": ("strong_heads", _lower),
    "domestic_scope": ("domestic.scope", lambda scope: scope),
    "domestic_cues": ("domestic.cues", _flags),
    "recipient_names": ("recipients.names", _flags),
    "other_recipients": ("recipients.others", _flags),
    "recipient_markers": ("recipients.markers", _lower),
    "recipient_fillers": ("recipients.fillers", _lower),
    "transfer_verbs": ("recipients.transfer_verbs", _lower),
    "hostile_any": ("hostile.any", _flags),
    "hostile_counts": ("hostile.counts", _flags),
    "hostile_shares": ("hostile.shares", _flags),
    "non_aid_units": ("non_aid_units", frozenset),
    "change_before": ("changes.before", _flags),
    "change_by": ("changes.by", _flags),
    "change_verbs": ("changes.verbs", _flags),
    "change_after": ("changes.after", _flags),
    "donor_prepositions": ("donor_prepositions", _lower),
    "donor_fillers": ("donor_fillers", _lower),
    "donor_joiners": ("donor_joiners", _lower),
    "breakers": ("clause_breakers", _flags),
    "part_cues": ("part_cues", _flags),
    "period_cues": ("period_cues", _lower),
    "period_prefixes": ("period_prefixes", _flags),
    "relative_periods": ("relative_periods", lambda m: _PhraseTable(m.items())),
}


def _entry(doc: Mapping[str, Any], path: str) -> Any:
    """Find the entry at a dotted path; ``None`` for a missing optional value."""
    *parents, key = path.split(".")
    for p in parents:
        doc = doc[p]
    return doc.get(key)


def _currency_tables(doc: Mapping[str, Any]) -> dict[str, Any]:
    """Build the currency signs, codes and names, and the names currencies share."""
    prefix: list[tuple[str, str]] = []
    codes: set[str] = set()
    for code, spec in doc["currencies"].items():
        prefix += [(sym, code) for sym in spec["symbols"]]
        prefix += [(c, code) for c in spec["codes"]]
        codes.update(spec["codes"])
    currencies = doc["currencies"].items()
    ambiguous = [
        (w.lower(), (tuple(spec["candidates"]), spec.get("default")))
        for spec in doc["ambiguous_currencies"].values()
        for w in spec["forms"]
    ]
    return {
        "cur_prefix": _PhraseTable(prefix, case_sensitive=True),
        "cur_suffix": _PhraseTable(prefix, case_sensitive=True),
        "cur_words": _PhraseTable((w.lower(), c) for c, s in currencies for w in s["words"]),
        "cur_weak": _PhraseTable((w.lower(), c) for c, s in currencies for w in s["weak_words"]),
        "cur_ambiguous": _PhraseTable(ambiguous),
        "codes": frozenset(codes),
    }


def _number_tables(doc: Mapping[str, Any]) -> dict[str, Any]:
    """Build the number words, scales and fractions, and what a figure can start with."""
    scales = doc["scales"].values()
    scale_words = [(w, s["value"]) for s in scales for w in s["words"]]
    nw = doc["number_words"]
    words = {k: _lower(nw[k]) for k in ("units", "teens", "tens", "hundreds", "articles")}
    multipliers = {k.lower(): v for k, v in nw["multipliers"].items()}
    fractions = {k.lower(): v for k, v in doc["fractions"].items()}
    number_vocab = words["units"] | words["teens"] | words["tens"] | words["hundreds"]
    number_vocab |= frozenset(multipliers) | frozenset(w.lower() for w, _ in scale_words)
    start_words = number_vocab | frozenset(fractions)
    alternatives = "|".join(sorted((re.escape(w) for w in start_words), key=len, reverse=True))
    return {
        **words,
        "scale_words": _PhraseTable(scale_words),
        "scale_abbr": _PhraseTable(
            (w.lower(), s["value"]) for s in scales for w in s["abbreviations"]
        ),
        "multipliers": multipliers,
        "number_vocab": number_vocab,
        "fractions": fractions,
        "prefilter": re.compile(rf"\d|\b(?:{alternatives})\b", re.IGNORECASE),
        "start_words": start_words | words["articles"],
    }


def _scope_tables(doc: Mapping[str, Any]) -> dict[str, Any]:
    """Build the modifiers, phrases and programmes of each scope, and rate scope cues."""
    scopes = doc["scopes"].items()
    rates = doc["rate_scopes"].items()
    return {
        "modifiers": _PhraseTable((w, n) for n, s in scopes for w in s["modifiers"]),
        "scope_phrases": _PhraseTable((w, n) for n, s in scopes for w in s["phrases"]),
        "programmes": _PhraseTable((w, n) for n, s in scopes for w in s["programmes"]),
        "rate_scopes": _PhraseTable((w, name) for name, cues in rates for w in cues),
    }


def _donor_tables(doc: Mapping[str, Any]) -> dict[str, Any]:
    """Build the donor forms, each donor's currency, and the donors keyed for comparison."""
    donors = doc["donors"]
    keys: dict[str, str] = {}
    for name, spec in donors.items():
        for key in (name, *spec["forms"]):
            keys.setdefault(_donor_key(key), name)
    return {
        "donor_forms": _PhraseTable(
            ((w, name) for name, spec in donors.items() for w in spec["forms"]),
            case_sensitive=True,
        ),
        "donor_currency": {n: s["currency"] for n, s in donors.items() if "currency" in s},
        "donor_keys": keys,
    }


def _tables(doc: Mapping[str, Any]) -> _Tables:
    """Build every table of the lexicon from the checked file."""
    tables: dict[str, Any] = {name: make(_entry(doc, p)) for name, (p, make) in _PLAIN.items()}
    tables |= _currency_tables(doc) | _number_tables(doc)
    tables |= _scope_tables(doc) | _donor_tables(doc)
    tables["cue_words"] = (
        tables["strong_heads"]
        | tables["transfer_verbs"]
        | tables["recipient_markers"]
        | tables["hostile_any"].first_words
        | tables["hostile_counts"].first_words
        | tables["hostile_shares"].first_words
        | tables["domestic_cues"].first_words
    )
    tables["events"] = tuple(
        (tuple(tuple(_phrase_tokens(w.lower())) for w in ev["keywords"]), ev["date"])
        for ev in doc["events"]
    )
    return _Tables(**tables)


def _build_lexicon(data: object, source: str) -> FigureLexicon:
    """Check a parsed lexicon file and build its tables."""
    doc = _validate(data, source)
    total = doc["total_scope"]
    scopes = doc["scopes"]
    display = {code: spec.get("display", code + " ") for code, spec in doc["currencies"].items()}
    share_display = {
        cast(tuple[int, int], _ratio(key)): name for key, name in doc["share_display"].items()
    }
    return FigureLexicon(
        source=source,
        version=doc["version"],
        currencies=tuple(display),
        currency_display=display,
        scopes=(total, *scopes),
        aid_scopes=frozenset({total} | {name for name, s in scopes.items() if s["aid"]}),
        total_scope=total,
        donors=tuple(doc["donors"]),
        share_display=share_display,
        display_scales={
            kind: tuple(sorted(((v, name) for name, v in spec.items()), reverse=True))
            for kind, spec in doc["display_scales"].items()
        },
        _t=_tables(doc),
    )


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
