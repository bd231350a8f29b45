"""The layout of a figure lexicon file (``figures.yaml``) as a table, and the one validator.

:data:`_FIGURES` says, entry by entry, what the file holds; :func:`_validate` checks a parsed
file against it and returns its content cleaned, or raises :class:`DimensionError` naming the
file and the entry. What the layout alone cannot say (a code that must be a listed currency,
a scope that must not be aid) is checked last, by :func:`_check_references`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple, TypeAlias

from nato_diff.errors import DimensionError, located

_STRINGS_HINT = "Quote words YAML reads as other types (yes, no, on, numbers)."


class _Check(NamedTuple):
    """A condition on a value, with the message (formatted with ``value``) when it fails."""

    test: Callable[[Any], bool]
    message: str
    hint: str | None = None


class _Scalar(NamedTuple):
    """One value: it must pass ``checks`` in order, then is ``convert``-ed."""

    checks: tuple[_Check, ...] = ()
    convert: Callable[[Any], Any] | None = None


class _Words(NamedTuple):
    """A list of non-empty strings, stripped; a missing list is empty if ``allow_empty``."""

    allow_empty: bool = True


class _Map(NamedTuple):
    """A mapping of free keys to values of one spec; ``key`` checks each key.

    A failing key is reported at ``<entry>.<key>``, or at ``<entry>`` with ``key_at_map``.
    """

    values: _Spec
    key: _Check | None = None
    key_at_map: bool = False


class _Field(NamedTuple):
    """An entry of a :class:`_Record`: its spec, whether it must be there, its default.

    A missing optional list or mapping is empty; a missing optional scalar takes
    ``default``, or is left out when it has none.
    """

    spec: _Spec
    required: bool = False
    default: Any = None


class _Record(NamedTuple):
    """A mapping with known entries; in a ``closed`` one, other entries are an error."""

    fields: Mapping[str, _Field]
    closed: bool = True
    noun: str = "keys"  # how the message calls unknown entries
    list_known: bool = False  # name the known entries in the hint
    bare_missing: bool = False  # name a missing entry by its key alone ("units")


class _List(NamedTuple):
    """A list of values of one spec, the ``k``-th named ``<entry>[k]``."""

    items: _Spec


class _Either(NamedTuple):
    """``mapping`` when the value is a mapping, else ``other``."""

    mapping: _Spec
    other: _Spec


_Spec: TypeAlias = "_Scalar | _Words | _Map | _Record | _List | _Either"


def _is_number(v: object) -> bool:
    return not isinstance(v, bool) and isinstance(v, (int, float))


def _is_integer(v: object) -> bool:
    return not isinstance(v, bool) and isinstance(v, int)


def _is_year_pair(v: object) -> bool:
    return isinstance(v, list) and len(v) == 2 and all(isinstance(y, int) for y in v)


def _ratio(key: str) -> tuple[int, int] | None:
    """Read a ``share_display`` key ("1/2") as (numerator, denominator)."""
    m = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", key)
    return (int(m.group(1)), int(m.group(2))) if m else None


def _is_ratio(key: str) -> bool:
    r = _ratio(key)
    return r is not None and r[1] != 0


def _not_a_bad_date(v: object) -> bool:
    """Tell whether ``v`` is anything but text that does not read YYYY-MM-DD."""
    if not isinstance(v, str):
        return True
    try:
        dt.date.fromisoformat(v)
    except ValueError:
        return False
    return True


def _as_date(v: Any) -> Any:
    return dt.date.fromisoformat(v) if isinstance(v, str) else v


def _one(test: Callable[[Any], bool], message: str, hint: str | None = None) -> _Scalar:
    """Describe a value that must meet one condition."""
    return _Scalar((_Check(test, message, hint),))


def _opt(spec: _Spec) -> _Field:
    return _Field(spec)


def _req(spec: _Spec) -> _Field:
    return _Field(spec, required=True)


def _words(*keys: str) -> dict[str, _Field]:
    """Describe optional lists of words under ``keys``."""
    return {k: _opt(_WORDS) for k in keys}


_IS_NUMBER = _Check(_is_number, "expected a number, got {value!r}")
_IS_INTEGER = _Check(_is_integer, "expected an integer, got {value!r}")
_SHARE_NAME = "keys must read 'n/d' and values be words"

_ANY = _Scalar()
_NUMBER = _Scalar((_IS_NUMBER,), float)
_INTEGER = _Scalar((_IS_INTEGER,))
_WORDS = _Words()
_SOME_WORDS = _Words(allow_empty=False)
_VERSION = _Scalar(
    (_IS_INTEGER, _Check(lambda v: v == 1, "unsupported version {value}", "Use version: 1."))
)
_POSITIVE = _Scalar((_IS_NUMBER, _Check(lambda v: v > 0, "value must be positive")), float)
_DATE = _Scalar(
    (
        _Check(_not_a_bad_date, "{value!r} is not a YYYY-MM-DD date"),
        _Check(lambda v: isinstance(v, (str, dt.date)), "expected a YYYY-MM-DD date"),
    ),
    _as_date,
)

_CURRENCY = _Record(
    {
        "display": _opt(_one(lambda v: isinstance(v, str), "display must be a string")),
        **_words("symbols", "codes", "words", "weak_words"),
    }
)
_ISO_CODE = _Check(
    lambda k: re.fullmatch(r"[A-Z]{3}", k) is not None,
    "currency keys must be ISO 4217 codes (three capitals)",
)
_AMBIGUOUS = _Record(
    {"candidates": _req(_SOME_WORDS), "default": _opt(_ANY), "forms": _req(_SOME_WORDS)}
)
_SCALE = _Record({"value": _req(_POSITIVE), **_words("words", "abbreviations")}, closed=False)
_NUMBER_WORDS = _Record(
    {
        **{k: _req(_WORDS) for k in ("units", "teens", "tens", "hundreds")},
        "articles": _opt(_WORDS),
        "multipliers": _opt(_Map(_INTEGER)),
    },
    closed=False,
    bare_missing=True,
)
_SHARE_DISPLAY = _Map(
    _one(lambda v: isinstance(v, str), _SHARE_NAME), key=_Check(_is_ratio, _SHARE_NAME)
)
_DISPLAY_SCALES = _Map(
    _Map(_NUMBER), key=_Check(lambda k: k in ("money", "count"), "keys must be money or count")
)
_BOUNDS = _Map(
    _WORDS,
    key=_Check(
        lambda k: k in ("lower", "upper", "approx"),
        "unknown bound {value!r}",
        "Use lower, upper or approx.",
    ),
    key_at_map=True,
)
_QUALIFIERS = _Record(
    {"before": _opt(_BOUNDS), "after": _opt(_BOUNDS), **_words("after_blockers")}
)
_UNITS = _Map(_SOME_WORDS)
_MONTHS = _Map(
    _SOME_WORDS,
    key=_Check(lambda k: k.isdigit() and 1 <= int(k) <= 12, "month keys must be 1 to 12"),
)
_SCOPE = _Record(
    {
        "aid": _Field(
            _one(lambda v: isinstance(v, bool), "aid must be true or false"), default=True
        ),
        **_words("modifiers", "phrases", "programmes"),
    }
)
_DONOR = _Record({"forms": _req(_SOME_WORDS), "currency": _opt(_ANY)})
_EVENT = _Record({"keywords": _req(_SOME_WORDS), "date": _req(_DATE)}, closed=False)

#: What a figure lexicon file holds, in the order its entries are checked.
_FIGURES = _Record(
    {
        "version": _req(_VERSION),
        "currencies": _req(_Map(_CURRENCY, key=_ISO_CODE)),
        "ambiguous_currencies": _opt(_Map(_AMBIGUOUS)),
        "scales": _req(_Map(_SCALE)),
        "number_words": _req(_NUMBER_WORDS),
        "fractions": _req(_Map(_INTEGER)),
        "fraction_additions": _opt(_Map(_NUMBER)),
        "share_display": _opt(_SHARE_DISPLAY),
        "display_scales": _opt(_DISPLAY_SCALES),
        "share_followers": _req(_WORDS),
        "time_nouns": _opt(_WORDS),
        "qualifiers": _req(_QUALIFIERS),
        **_words("range_openers", "change_openers"),
        "count_units": _req(_UNITS),
        "count_breakers": _req(_WORDS),
        "measure_units": _req(_UNITS),
        "percent_words": _req(_UNITS),
        "rate_bases": _opt(_Either(_Map(_WORDS), _WORDS)),  # a mapping names the base
        "months": _req(_MONTHS),
        "ordinal_suffixes": _req(_WORDS),
        "year_range": _req(_one(_is_year_pair, "expected [first, last] years")),
        "year_prepositions": _opt(_WORDS),
        "total_scope": _req(
            _one(lambda v: isinstance(v, str) and bool(v), "expected a scope name")
        ),
        "heads": _req(_WORDS),
        "strong_heads": _opt(_WORDS),
        "scopes": _req(_Map(_SCOPE)),
        "rate_scopes": _opt(_Map(_WORDS)),
        "domestic": _opt(_Record({"scope": _opt(_ANY), **_words("cues")}, closed=False)),
        "recipients": _opt(
            _Record(_words("names", "others", "markers", "fillers", "transfer_verbs"))
        ),
        "hostile": _opt(_Record(_words("any", "counts", "shares"))),
        "non_aid_units": _opt(_WORDS),
        "changes": _opt(_Record(_words("before", "by", "verbs", "after"))),
        **_words("donor_prepositions", "donor_fillers", "donor_joiners"),
        "donors": _opt(_Map(_DONOR)),
        **_words("clause_breakers", "part_cues", "period_cues", "period_prefixes"),
        "relative_periods": _opt(_Map(_INTEGER)),
        "events": _opt(_List(_EVENT)),
    },
    noun="entries",
    list_known=True,
)


class _Validator:
    """Checks a parsed file against a spec, naming the file and the entry on error."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, message: str, entry: str, hint: str | None = None) -> DimensionError:
        """Word the error for ``entry``, naming the file."""
        return DimensionError(located(message, path=self.source, entry=entry, hint=hint))

    def check(self, spec: _Spec, value: object, entry: str) -> Any:
        """Check ``value`` against ``spec``; return it cleaned."""
        if isinstance(spec, _Scalar):
            for c in spec.checks:
                if not c.test(value):
                    raise self.fail(c.message.format(value=value), entry, c.hint)
            return spec.convert(value) if spec.convert is not None else value
        if isinstance(spec, _Words):
            return self._words(spec, value, entry)
        if isinstance(spec, _Map):
            return self._map(spec, value, entry)
        if isinstance(spec, _Record):
            return self._record(spec, value, entry)
        if isinstance(spec, _List):
            if not isinstance(value, list):
                raise self.fail("expected a list", entry)
            return [self.check(spec.items, v, f"{entry}[{k}]") for k, v in enumerate(value)]
        return self.check(spec.mapping if isinstance(value, Mapping) else spec.other, value, entry)

    def _words(self, spec: _Words, value: object, entry: str) -> list[str]:
        if value is None and spec.allow_empty:
            return []
        if not isinstance(value, list):
            raise self.fail(f"expected a list of strings, got {type(value).__name__}", entry)
        out: list[str] = []
        for k, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                message = f"item {k} is {item!r}, not a non-empty string"
                raise self.fail(message, entry, _STRINGS_HINT)
            out.append(item.strip())
        if not out and not spec.allow_empty:
            raise self.fail("the list is empty", entry)
        return out

    def _mapping(self, value: object, entry: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            message = f"expected a mapping, got {type(value).__name__}"
            raise self.fail(message, entry or "(top level)")
        return {str(k): v for k, v in value.items()}

    def _map(self, spec: _Map, value: object, entry: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, item in self._mapping(value, entry).items():
            where = f"{entry}.{key}"
            if spec.key is not None and not spec.key.test(key):
                message = spec.key.message.format(value=key)
                raise self.fail(message, entry if spec.key_at_map else where, spec.key.hint)
            out[key] = self.check(spec.values, item, where)
        return out

    def _record(self, spec: _Record, value: object, entry: str) -> dict[str, Any]:
        data = self._mapping(value, entry)
        unknown = sorted(set(data) - set(spec.fields))
        if spec.closed and unknown:
            known = f"Known {spec.noun}: {', '.join(sorted(spec.fields))}."
            raise self.fail(
                f"unknown {spec.noun} {', '.join(unknown)}",
                entry or "(top level)",
                known if spec.list_known else None,
            )
        out: dict[str, Any] = {}
        for key, f in spec.fields.items():
            where = f"{entry}.{key}" if entry else key
            if key in data:
                item = data[key]
            elif f.required:
                raise self.fail("required entry is missing", key if spec.bare_missing else where)
            elif isinstance(f.spec, _Scalar):
                if f.default is not None:
                    out[key] = f.default
                continue
            else:
                item = None
            if not f.required and not item and isinstance(f.spec, (_Map, _Record, _List)):
                item = [] if isinstance(f.spec, _List) else {}  # an empty optional container
            out[key] = self.check(f.spec, item, where)
        return out


def _check_references(doc: Mapping[str, Any], v: _Validator) -> None:
    """Check the entries that name other entries: currency codes, scopes, count units."""
    currencies = doc["currencies"]
    for name, spec in doc["ambiguous_currencies"].items():
        entry = f"ambiguous_currencies.{name}"
        unknown = [c for c in spec["candidates"] if c not in currencies]
        if unknown:
            raise v.fail(
                f"unknown currencies {', '.join(unknown)}",
                f"{entry}.candidates",
                "List codes defined under currencies.",
            )
        default = spec.get("default")
        if default is not None and default not in spec["candidates"]:
            raise v.fail(f"{default!r} is not a candidate", f"{entry}.default")
    for key, denominator in {k.lower(): d for k, d in doc["fractions"].items()}.items():
        if denominator < 2:
            raise v.fail("a denominator must be 2 or more", f"fractions.{key}")
    total, scopes = doc["total_scope"], doc["scopes"]
    aid = {total} | {name for name, spec in scopes.items() if spec["aid"]}
    for name in doc["rate_scopes"]:
        if name in aid:
            raise v.fail("a rate scope cannot be an aid scope", f"rate_scopes.{name}")
    scope = doc["domestic"].get("scope")
    if scope is not None and (
        not isinstance(scope, str) or scope not in [total, *scopes] or scope in aid
    ):
        raise v.fail(
            f"{scope!r} is not a scope with aid: false",
            "domestic.scope",
            "Name a scope defined under scopes with aid: false.",
        )
    if doc["domestic"]["cues"] and scope is None:
        raise v.fail("cues need a scope", "domestic.scope")
    for unit in doc["non_aid_units"]:
        if unit not in doc["count_units"]:
            raise v.fail(
                f"{unit!r} is not a count unit", "non_aid_units", "Use a count_units key."
            )
    for name, spec in doc["donors"].items():
        if "currency" in spec and spec["currency"] not in currencies:
            raise v.fail(
                f"unknown currency {spec['currency']!r}",
                f"donors.{name}.currency",
                "Use a code defined under currencies.",
            )


def _validate(data: object, source: str) -> dict[str, Any]:
    """Check a parsed lexicon file; return its content cleaned.

    Lists of words come back stripped, numbers of ``value`` entries as floats, dates as
    :class:`datetime.date`; a missing optional list or mapping is empty.
    """
    v = _Validator(source)
    doc: dict[str, Any] = v.check(_FIGURES, data, "")
    _check_references(doc, v)
    return doc
