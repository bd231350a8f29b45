"""Validators for the entries of a YAML data file: sections of keys, text, ids, flags.

Each raises a :class:`~nato_diff.errors.DimensionError` that names the file, the line and
the entry, and says what to write instead. Dimension files, the negation rules and quanteda
dictionaries share them; terms are read by :mod:`.terms`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from ..errors import DimensionError, located
from .patterns import VALUETYPES, ValueType
from .yamlfile import line_of

__all__ = [
    "Context",
    "Section",
    "check_duplicates",
    "check_keys",
    "describe",
    "flag",
    "ident",
    "text",
    "valuetype",
]

_ID = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Section:
    """The keys of one mapping in a data file.

    Attributes
    ----------
    allowed : tuple of str
        Every key the mapping may have, in the documented order (error hints list them so).
    required : tuple of str
        The keys it must have, with a value.
    """

    allowed: tuple[str, ...]
    required: tuple[str, ...] = ()


@dataclass(frozen=True)
class Context:
    """Where entries are read, and the defaults for the terms read there.

    Attributes
    ----------
    where : str
        The file path or built-in name that errors report.
    valuetype : {"fixed", "glob", "regex"}
        How a term given as plain text is read.
    case_insensitive : bool
        Whether a term given as plain text ignores letter case.
    lists : mapping of str to str
        The file's named lists, each as a regex alternation, for ``{name}`` in regex terms.
    """

    where: str
    valuetype: ValueType = "fixed"
    case_insensitive: bool = True
    lists: Mapping[str, str] = field(default_factory=dict)

    def error(
        self, message: str, *, entry: str | None, line: int | None, hint: str
    ) -> DimensionError:
        """Return the error for an entry of this file.

        Parameters
        ----------
        message : str
            What is wrong.
        entry : str or None
            The entry, e.g. ``positions[3] (will_join)``.
        line : int or None
            The line; 0 or None when unknown.
        hint : str
            What to do.

        Returns
        -------
        DimensionError
            The error, to raise.
        """
        return DimensionError(
            located(message, path=self.where, line=line or None, entry=entry, hint=hint)
        )


def describe(value: Any) -> str:
    """Describe a parsed value for an error message ("a list", "int 5", "empty").

    Parameters
    ----------
    value : Any
        A parsed YAML value.

    Returns
    -------
    str
        A short description.
    """
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "empty"
    return f"{type(value).__name__} {value!r}"


def check_duplicates(ctx: Context, data: Any, *, entry: str | None, what: str) -> None:
    """Reject a key that a parsed mapping repeats.

    Parameters
    ----------
    ctx : Context
        Where the mapping is.
    data : Any
        The parsed mapping.
    entry : str or None
        The mapping's entry.
    what : str
        What its keys are ("key", "facet id", "list name").

    Raises
    ------
    DimensionError
        Naming the repeated key and the line of its first appearance.
    """
    for key, line, first in getattr(data, "duplicates", ()):
        raise ctx.error(
            f"{what} {key!r} appears twice (first on line {first})",
            entry=f"{entry}.{key}" if entry and what != "key" else entry,
            line=line,
            hint="Keep one of them, or give the second its own id.",
        )


def check_keys(
    ctx: Context, data: Any, section: Section, *, entry: str | None, line: int | None
) -> Mapping[Any, Any]:
    """Check that a value is a mapping with the keys of a section.

    Parameters
    ----------
    ctx : Context
        Where the value is.
    data : Any
        The parsed value.
    section : Section
        Its allowed and required keys.
    entry : str or None
        The value's entry.
    line : int or None
        Its line.

    Returns
    -------
    Mapping
        ``data``.

    Raises
    ------
    DimensionError
        When ``data`` is not a mapping, repeats a key, has a key the section does not allow,
        or lacks a required key.
    """
    allowed = section.allowed
    if not isinstance(data, Mapping):
        raise ctx.error(
            f"expected a mapping of keys, found {describe(data)}",
            entry=entry,
            line=line,
            hint=f"Write the keys {', '.join(allowed)} here.",
        )
    check_duplicates(ctx, data, entry=entry, what="key")
    for key in data:
        if key not in allowed:
            raise ctx.error(
                f"unknown key {key!r}",
                entry=entry,
                line=line_of(data, key),
                hint=f"Allowed keys are: {', '.join(allowed)}. Check the spelling.",
            )
    for key in section.required:
        if key not in data or data[key] is None:
            raise ctx.error(
                f"missing required key {key!r}",
                entry=entry,
                line=getattr(data, "line", line),
                hint=f"Add '{key}: ...' (see docs/dimensions.md).",
            )
    return data


def text(ctx: Context, data: Mapping[Any, Any], key: str, *, entry: str | None) -> str:
    """Read an optional text entry, stripped; a missing or empty one is ``""``.

    Parameters
    ----------
    ctx : Context
        Where the mapping is.
    data : Mapping
        The mapping that holds the entry.
    key : str
        The entry's key.
    entry : str or None
        The mapping's entry.

    Returns
    -------
    str
        The text.

    Raises
    ------
    DimensionError
        When the value is not text.
    """
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        hint = 'Write it in quotes, e.g. version: "1.0".' if key == "version" else "Write text."
        raise ctx.error(
            f"'{key}' must be text, found {describe(value)}",
            entry=entry,
            line=line_of(data, key),
            hint=hint,
        )
    return value.strip()


def ident(ctx: Context, value: Any, *, what: str, entry: str | None, line: int | None) -> str:
    """Check an id: lower-case letters, digits and ``_``, starting with a letter.

    Parameters
    ----------
    ctx : Context
        Where the id is.
    value : Any
        The parsed value.
    what : str
        What it identifies ("dimension id", "facet id" ...).
    entry : str or None
        Its entry.
    line : int or None
        Its line.

    Returns
    -------
    str
        ``value``.

    Raises
    ------
    DimensionError
        When ``value`` is not a valid id.
    """
    if not isinstance(value, str) or not _ID.fullmatch(value):
        raise ctx.error(
            f"{what} {value!r} is not a valid id",
            entry=entry,
            line=line,
            hint="Use lower-case letters, digits and '_', starting with a letter "
            "(e.g. 'open_door').",
        )
    return value


def flag(
    ctx: Context, data: Mapping[Any, Any], key: str, default: bool, *, entry: str | None
) -> bool:
    """Read an optional true/false entry.

    Parameters
    ----------
    ctx : Context
        Where the mapping is.
    data : Mapping
        The mapping that holds the entry.
    key : str
        The entry's key.
    default : bool
        The value when the key is missing.
    entry : str or None
        The mapping's entry.

    Returns
    -------
    bool
        The value.

    Raises
    ------
    DimensionError
        When the value is not true or false.
    """
    if key not in data:
        return default
    value = data[key]
    if not isinstance(value, bool):
        raise ctx.error(
            f"'{key}' must be true or false, found {describe(value)}",
            entry=entry,
            line=line_of(data, key),
            hint=f"Write '{key}: true' or '{key}: false'.",
        )
    return value


def valuetype(
    ctx: Context, data: Mapping[Any, Any], key: str, default: ValueType, *, entry: str | None
) -> ValueType:
    """Read an optional pattern type: ``fixed``, ``glob`` or ``regex``.

    Parameters
    ----------
    ctx : Context
        Where the mapping is.
    data : Mapping
        The mapping that holds the entry.
    key : str
        The entry's key.
    default : {"fixed", "glob", "regex"}
        The value when the key is missing.
    entry : str or None
        The mapping's entry.

    Returns
    -------
    {"fixed", "glob", "regex"}
        The value.

    Raises
    ------
    DimensionError
        When the value is not one of the three.
    """
    if key not in data:
        return default
    value = data[key]
    if value not in VALUETYPES:
        raise ctx.error(
            f"'{key}' must be one of fixed, glob, regex; found {describe(value)}",
            entry=entry,
            line=line_of(data, key),
            hint="fixed = literal phrase, glob = * and ? wildcards, "
            "regex = Python regular expression.",
        )
    return cast(ValueType, value)
