"""Reading terms from a data file: one pattern, or a list of them, checked to compile.

A term is plain text, which takes the file's ``valuetype`` and ``case_insensitive``, or a
mapping of the keys of :data:`TERM`. A regex term may name a list of the file as ``{name}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .._regexcache import compile_cached
from .fields import Context, Section, check_keys, describe, flag, valuetype
from .model import Term
from .patterns import ValueType, term_regex
from .safety import superlinear_reason
from .yamlfile import line_of

__all__ = ["TERM", "term", "term_list"]

#: A term written as a mapping rather than as plain text.
TERM = Section(allowed=("pattern", "type", "case_insensitive"), required=("pattern",))

_UNSUPPORTED_REGEX = re.compile(r"\\[1-9]|\\g<|\(\?P[<=]|\(\?<[A-Za-z_]")
# ``{name}`` in a regex pattern names one of the file's lists.
_LIST_REF = re.compile(r"(?<!\\)\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _check_pattern(
    ctx: Context,
    pattern: str,
    kind: ValueType,
    case_insensitive: bool,
    *,
    entry: str,
    line: int | None,
) -> None:
    """Check that a pattern is not empty, compiles, and cannot match empty text."""
    if not pattern.strip():
        raise ctx.error(
            "empty pattern",
            entry=entry,
            line=line,
            hint="Write a word or phrase, or remove the entry.",
        )
    if kind == "regex" and _UNSUPPORTED_REGEX.search(pattern):
        raise ctx.error(
            f"regex {pattern!r} uses a named group or a back-reference",
            entry=entry,
            line=line,
            hint="Patterns are joined into one expression; use plain (...) or (?:...) groups.",
        )
    flags = re.IGNORECASE if case_insensitive else 0
    # The pattern alone first, so that error positions refer to what the user wrote.
    for source in ([pattern] if kind == "regex" else []) + [term_regex(pattern, kind)]:
        try:
            compiled = compile_cached(source, flags)
        except re.error as exc:
            where = f" at position {exc.pos}" if source is pattern and exc.pos is not None else ""
            raise ctx.error(
                f"invalid {kind} pattern {pattern!r}: {exc.msg}{where}",
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
    if kind == "regex" and not ctx.where.startswith("builtin:"):
        _check_linear(ctx, pattern, flags, entry=entry, line=line)


def _check_linear(ctx: Context, pattern: str, flags: int, *, entry: str, line: int | None) -> None:
    """Refuse a user's regex that can take super-linear time (see :mod:`.safety`)."""
    reason = superlinear_reason(pattern, flags)
    if reason is not None:
        raise ctx.error(
            f"regex {pattern!r} could take hours on a long sentence: {reason}",
            entry=entry,
            line=line,
            hint="Do not repeat a part that itself repeats: write 'a+' rather than '(a+)+', "
            "'(\\S+ ){0,3}' (words ending in a space) rather than '(\\w+\\s?)*', or make the "
            "inner repeat possessive ('a++') or atomic ('(?>a+)').",
        )


def _expand_lists(ctx: Context, pattern: str, *, entry: str, line: int | None) -> str:
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


def term(ctx: Context, data: Any, *, entry: str, line: int | None) -> Term:
    """Read one term: plain text, or a mapping of the keys of :data:`TERM`.

    Parameters
    ----------
    ctx : Context
        Where the term is; gives the type and case flag of plain-text terms and the lists.
    data : Any
        The parsed value.
    entry : str
        Its entry.
    line : int or None
        Its line.

    Returns
    -------
    Term
        The term; a regex has its ``{name}`` lists written out, other patterns are stripped.

    Raises
    ------
    DimensionError
        When the value is neither text nor such a mapping, or the pattern is invalid.
    """
    if isinstance(data, str):
        pattern, kind, ci = data, ctx.valuetype, ctx.case_insensitive
    elif isinstance(data, Mapping):
        check_keys(ctx, data, TERM, entry=entry, line=line)
        pattern = data["pattern"]
        if not isinstance(pattern, str):
            raise ctx.error(
                f"'pattern' must be text, found {describe(pattern)}",
                entry=entry,
                line=line_of(data, "pattern"),
                hint="Put the pattern in quotes.",
            )
        kind = valuetype(ctx, data, "type", ctx.valuetype, entry=entry)
        ci = flag(ctx, data, "case_insensitive", ctx.case_insensitive, entry=entry)
    else:
        raise ctx.error(
            f"a term must be text or a mapping with 'pattern', found {describe(data)}",
            entry=entry,
            line=line,
            hint="Put numbers and other literal values in quotes.",
        )
    if kind == "regex":
        pattern = _expand_lists(ctx, pattern, entry=entry, line=line)
    _check_pattern(ctx, pattern, kind, ci, entry=entry, line=line)
    return Term(pattern.strip() if kind != "regex" else pattern, kind, ci)


def term_list(
    ctx: Context, data: Mapping[Any, Any], key: str, *, entry: str, required: bool
) -> tuple[Term, ...]:
    """Read a list of terms (a single text counts as a list of one).

    Parameters
    ----------
    ctx : Context
        Where the mapping is.
    data : Mapping
        The mapping that holds the list.
    key : str
        The list's key.
    entry : str
        The mapping's entry ("" at the top of the file).
    required : bool
        Whether the list must be there and not empty.

    Returns
    -------
    tuple of Term
        The terms; empty when an optional list is missing.

    Raises
    ------
    DimensionError
        When a required list is missing or empty, the value is not a list, or a term is
        invalid.
    """
    value = data.get(key)
    line = line_of(data, key)
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
            f"'{key}' must be a non-empty list of patterns, found {describe(value)}",
            entry=where,
            line=line,
            hint="Write one pattern per line, each starting with '- '.",
        )
    return tuple(
        term(ctx, item, entry=f"{where}[{i}]", line=line_of(value, i) or line)
        for i, item in enumerate(value)
    )
