"""Errors raised by nato_diff and the one helper that words them.

Every error a user can cause names the file (and, where there is one, the line or entry)
and says what to do about it.
"""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike
from typing import Any

__all__ = [
    "CorpusError",
    "DimensionError",
    "NatoDiffError",
    "UndatableDocumentError",
    "check_choice",
    "located",
]


class NatoDiffError(ValueError):
    """Base class of every error nato_diff raises on bad input."""


class CorpusError(NatoDiffError):
    """A document or manifest cannot be read."""


class UndatableDocumentError(CorpusError):
    """No publication date could be found for a document."""


class DimensionError(NatoDiffError):
    """A dimension, actor or lexicon file is invalid."""


def located(
    message: str,
    *,
    path: str | PathLike[str] | None = None,
    line: int | None = None,
    entry: str | None = None,
    hint: str | None = None,
) -> str:
    """Word an error message so that it names where the problem is and what to do.

    Parameters
    ----------
    message : str
        What is wrong.
    path : str or path-like, optional
        The file the problem is in.
    line : int, optional
        The 1-based line number in ``path``.
    entry : str, optional
        The entry (dimension id, facet, position, row …) the problem is in.
    hint : str, optional
        What the user can do about it.

    Returns
    -------
    str
        ``"<path>:<line>: <entry>: <message>. <hint>"`` with the absent parts left out.

    Examples
    --------
    >>> located("unknown key 'colour'", path="dims/x.yaml", entry="facets.ports")
    "dims/x.yaml: facets.ports: unknown key 'colour'"
    """
    where = ""
    if path is not None:
        where = str(path) + (f":{line}" if line is not None else "")
    parts = [p for p in (where, entry) if p]
    text = ": ".join([*parts, message])
    if hint:
        text = f"{text.rstrip('.')}. {hint}"
    return text


def check_choice(name: str, value: Any, choices: Iterable[Any]) -> None:
    """Raise ``ValueError`` unless ``value`` is one of ``choices``.

    Parameters
    ----------
    name : str
        The parameter's name, for the message.
    value : Any
        The value given.
    choices : iterable
        The allowed values.

    Raises
    ------
    ValueError
        Naming the parameter, the bad value and the allowed ones.

    Examples
    --------
    >>> check_choice("kind", "money", ["money", "count"])
    """
    allowed = list(choices)
    if value not in allowed:
        listed = ", ".join(repr(c) for c in allowed)
        raise ValueError(f"{name} must be one of {listed}; got {value!r}")
