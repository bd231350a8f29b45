"""Reading and validating one actors file (the format of ``data/actors.yaml``).

Each kind of entry is a table of key -> check, run in order by :func:`_values`; keys not in
an entry's tables are refused. Checks across files (duplicate ids, names claimed twice) are
in :mod:`.loading`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, NoReturn

from ..._data import read_yaml
from ...errors import DimensionError, located
from .model import SIDES, Actor, Role, RoleTerm, Side

#: The word lists of the speech grammar, in the order they are read.
WORD_LISTS = (
    "reporting_verbs",
    "adverbs",
    "source_phrases",
    "conjunctions",
    "pronouns",
    "honorifics",
    "title_words",
    "non_name_words",
    "auxiliaries",
    "time_prepositions",
    "time_words",
    "asides",
    "institution_pronouns",
    "question_labels",
    "answer_labels",
    "voice_headings",
    "declaration_pronouns",
    "first_person",
    "collective_bodies",
    "body_modifiers",
)
_ID = re.compile(r"[a-z][a-z0-9_]*")
_MISSING: Any = object()  # the value of a key an entry does not have

# A check gets a key's value (or _MISSING), the file, the entry and the key; it returns the
# value to use or raises a DimensionError naming the file and entry.
_Check = Callable[[Any, str, str, str], Any]


@dataclass
class RawFile:
    """One file's validated content, before files are combined."""

    path: str
    words: dict[str, list[str]] = field(default_factory=dict)
    max_quote_sentences: int | None = None
    roles: list[tuple[str, Role]] = field(default_factory=list)  # (entry, role)
    actors: list[tuple[str, Actor]] = field(default_factory=list)
    institutions: list[tuple[str, Actor]] = field(default_factory=list)
    affiliations: list[tuple[str, str, Side]] = field(default_factory=list)  # (entry, word, side)


def fail(message: str, path: str, entry: str | None = None, hint: str | None = None) -> NoReturn:
    """Raise a :class:`DimensionError` naming the file, the entry and what to do."""
    raise DimensionError(located(message, path=path, entry=entry, hint=hint))


# --------------------------------------------------------------------------------------------
# checks of one value


def _at(entry: str, key: str) -> str:
    """Where a key's own errors are reported: ``entry.key``, or ``key`` at the top level."""
    return f"{entry}.{key}" if entry else key


def _str_list(raw: Any, path: str, entry: str) -> list[str]:
    if raw is None or raw is _MISSING:
        return []
    if not isinstance(raw, list):
        fail("must be a list of strings", path, entry)
    for k, x in enumerate(raw):
        if not isinstance(x, str) or not x.strip():
            fail(
                f"must be a non-empty string, got {x!r}",
                path,
                f"{entry}[{k}]",
                "Quote words YAML reads as booleans or numbers ('No', 'On', 'Yes').",
            )
    return [str(x).strip() for x in raw]


def _words(raw: Any, path: str, entry: str, key: str) -> list[str]:
    return _str_list(raw, path, _at(entry, key))


def _flag(default: bool) -> _Check:
    """Check for ``true`` or ``false``, ``default`` when the key is missing."""

    def check(raw: Any, path: str, entry: str, key: str) -> bool:
        value = default if raw is _MISSING else raw
        if not isinstance(value, bool):
            fail(f"'{key}' must be true or false", path, entry)
        return value

    return check


def _side(*, required: bool) -> _Check:
    """Check for one of :data:`SIDES` (or nothing, unless ``required``)."""

    def check(raw: Any, path: str, entry: str, key: str) -> Any:
        side = None if raw is _MISSING else raw
        if (required or side is not None) and side not in SIDES:
            fail(f"unknown side {side!r}", path, entry, f"Use one of: {', '.join(SIDES)}.")
        return side

    return check


def _date(raw: Any, path: str, entry: str) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw.strip())
        except ValueError:
            pass
    fail(f"bad date {raw!r}", path, entry, "Write dates as YYYY-MM-DD.")


def _start(raw: Any, path: str, entry: str, key: str) -> dt.date:
    if raw is _MISSING:
        fail("'from' (first day in office) is required", path, entry)
    return _date(raw, path, entry)


def _end(raw: Any, path: str, entry: str, key: str) -> dt.date | None:
    return None if raw is None or raw is _MISSING else _date(raw, path, entry)


def _role_id(raw: Any, path: str, entry: str, key: str) -> str:
    if not isinstance(raw, str):
        fail("'role' must be a role id", path, entry)
    return raw


def _terms(raw: Any, path: str, entry: str, key: str) -> list[RoleTerm]:
    terms_raw = raw if raw is not _MISSING and raw else []
    if not isinstance(terms_raw, list):
        fail("'roles' must be a list", path, entry)
    terms: list[RoleTerm] = []
    for k, t in enumerate(terms_raw):
        t_entry = f"{entry}.roles[{k}]"
        v = _checked(t, _TERM, path, t_entry)
        if v["to"] is not None and v["to"] < v["from"]:
            fail(f"'to' ({v['to']}) is before 'from' ({v['from']})", path, t_entry)
        terms.append(RoleTerm(v["role"], v["from"], v["to"]))
    return terms


def _whole_number(raw: Any, path: str, entry: str, key: str) -> int | None:
    if raw is _MISSING:
        return None
    if not isinstance(raw, int) or isinstance(raw, bool) or raw < 1:
        fail("must be a whole number of at least 1", path, _at(entry, key))
    return raw


def _affiliations(raw: Any, path: str, entry: str, key: str) -> list[tuple[str, str, Side]]:
    if raw is None or raw is _MISSING:
        return []
    if not isinstance(raw, dict):
        fail("must be a mapping of side to words", path, "affiliations")
    out: list[tuple[str, str, Side]] = []
    for side, words in raw.items():
        if side not in SIDES:
            fail(
                f"unknown side {side!r}",
                path,
                f"affiliations.{side}",
                f"Use one of: {', '.join(SIDES)}.",
            )
        for k, word in enumerate(_str_list(words, path, f"affiliations.{side}")):
            out.append((f"affiliations.{side}[{k}]", word, side))
    return out


def _section(parse: Callable[[Any, str, str], Role | Actor]) -> _Check:
    """Check for a list of entries, each read by ``parse``; gives (entry, parsed) pairs."""

    def check(raw: Any, path: str, entry: str, key: str) -> list[tuple[str, Role | Actor]]:
        items = raw if raw is not _MISSING and raw else []
        if not isinstance(items, list):
            fail("must be a list", path, key)
        out: list[tuple[str, Role | Actor]] = []
        for k, item in enumerate(items):
            where = f"{key}[{k}]"
            parsed = parse(item, path, where)
            out.append((f"{where} ({parsed.id})", parsed))
        return out

    return check


def _anything(raw: Any, path: str, entry: str, key: str) -> Any:
    return raw


# --------------------------------------------------------------------------------------------
# the one validator


def _check_keys(raw: Any, allowed: set[str], path: str, entry: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        fail("must be a mapping", path, entry)
    unknown = set(raw) - allowed
    if unknown:
        fail(
            f"unknown key(s) {sorted(map(str, unknown))}",
            path,
            entry,
            f"Allowed keys: {sorted(allowed)}.",
        )
    checked: dict[str, Any] = raw
    return checked


def _values(
    raw: dict[str, Any], table: Mapping[str, _Check], path: str, entry: str
) -> dict[str, Any]:
    """Run each key's check, in the table's order."""
    return {key: check(raw.get(key, _MISSING), path, entry, key) for key, check in table.items()}


def _checked(raw: Any, table: Mapping[str, _Check], path: str, entry: str) -> dict[str, Any]:
    """Validate an entry against its table; return every key's checked value."""
    return _values(_check_keys(raw, set(table), path, entry), table, path, entry)


def _named(
    raw: Any, keys: Iterable[str], path: str, where: str, *, default_name: bool = False
) -> tuple[str, str, str, dict[str, Any]]:
    """Validate the keys, ``id`` and ``name`` of an entry; return both, its label and the entry.

    The label ("actors[3] (rutte)") names the entry in the messages about its other keys,
    which the caller checks with :func:`_values`.
    """
    checked = _check_keys(raw, {"id", "name", *keys}, path, where)
    entry_id = checked.get("id")
    if not isinstance(entry_id, str) or not _ID.fullmatch(entry_id):
        fail("'id' must be lower-case letters, digits and '_'", path, where)
    entry = f"{where} ({entry_id})"
    name = checked.get("name", entry_id if default_name else None)
    if not isinstance(name, str) or not name.strip():
        fail("'name' must be a non-empty string", path, entry)
    return entry_id, name.strip(), entry, checked


# --------------------------------------------------------------------------------------------
# the entries

# A role's phrases are checked before its options: a role with no phrase says so first.
_ROLE_PHRASES: dict[str, _Check] = {
    "phrases": _words,
    "title_prefixes": _words,
    "generic": _words,
}
_ROLE_OPTIONS: dict[str, _Check] = {"default": _flag(False), "side": _side(required=False)}
_INSTITUTION: dict[str, _Check] = {"side": _side(required=True), "names": _words}
_ACTOR: dict[str, _Check] = {
    "side": _side(required=True),
    "given_names": _words,
    "surnames": _words,
    "surname_alone": _flag(True),
    "aliases": _words,
    "roles": _terms,
}
_TERM: dict[str, _Check] = {"role": _role_id, "from": _start, "to": _end}


def _parse_role(raw: Any, path: str, where: str) -> Role:
    keys = [*_ROLE_PHRASES, *_ROLE_OPTIONS]
    role_id, name, entry, raw = _named(raw, keys, path, where, default_name=True)
    v = _values(raw, _ROLE_PHRASES, path, entry)
    # A long official title can be written as its distinctive tail plus the words that may
    # stand before it ("Deputy Prime" + "Minister for ..."); both forms name the role.
    phrases = [*v["phrases"], *(f"{pre} {p}" for pre in v["title_prefixes"] for p in v["phrases"])]
    if not phrases and not v["generic"]:
        fail("a role needs 'phrases' or 'generic' phrases", path, entry)
    o = _values(raw, _ROLE_OPTIONS, path, entry)
    return Role(role_id, name, tuple(phrases), tuple(v["generic"]), o["default"], o["side"])


def _parse_institution(raw: Any, path: str, where: str) -> Actor:
    inst_id, name, entry, raw = _named(raw, _INSTITUTION, path, where)
    v = _values(raw, _INSTITUTION, path, entry)
    names = [name, *v["names"]]
    return Actor(inst_id, name, v["side"], tuple(dict.fromkeys(names)), (), "institution")


def _parse_actor(raw: Any, path: str, where: str) -> Actor:
    actor_id, name, entry, raw = _named(raw, _ACTOR, path, where)
    v = _values(raw, _ACTOR, path, entry)
    aliases = [name, *v["aliases"]]
    aliases += [f"{g} {s}" for g in v["given_names"] for s in v["surnames"]]
    if v["surname_alone"]:
        aliases += v["surnames"]
    return Actor(actor_id, name, v["side"], tuple(dict.fromkeys(aliases)), tuple(v["roles"]))


# The top level: word lists, then the other sections, read in this order.
_TOP: dict[str, _Check] = {
    **dict.fromkeys(WORD_LISTS, _words),
    "max_quote_sentences": _whole_number,
    "affiliations": _affiliations,
    "roles": _section(_parse_role),
    "actors": _section(_parse_actor),
    "institutions": _section(_parse_institution),
    "version": _anything,
}


def parse_file(path: str | os.PathLike[str]) -> RawFile:
    """Read and validate one actors file.

    Parameters
    ----------
    path : str or path-like
        A YAML file in the format of the package's ``data/actors.yaml``.

    Returns
    -------
    RawFile
        Its word lists and entries, each entry with its label for messages.

    Raises
    ------
    DimensionError
        Naming the file and entry: invalid YAML, unknown keys, bad ids, dates or sides.
    """
    p = str(path)
    try:
        raw = read_yaml(path)
    except DimensionError:
        raise
    except ValueError as exc:  # PyYAML's own conversions, e.g. a date 2020-13-01
        fail(f"invalid value: {exc}", p, hint="Write dates as YYYY-MM-DD.")
    if raw is None:
        raw = {}
    v = _values(_check_keys(raw, set(_TOP), p, "top level"), _TOP, p, "")
    return RawFile(
        p,
        words={key: v[key] for key in WORD_LISTS},
        max_quote_sentences=v["max_quote_sentences"],
        roles=v["roles"],
        actors=v["actors"],
        institutions=v["institutions"],
        affiliations=v["affiliations"],
    )
