"""Errors raised by nato_diff and the helpers that word them.

Every error a user can cause is a :class:`NatoDiffError` that names the file (and, where there
is one, the line or entry) and says what to do about it. The family:

- :class:`CorpusError` (and :class:`UndatableDocumentError`): a document or manifest;
- :class:`DimensionError`: a dimension, actor or lexicon file;
- :class:`ArgumentError`: a bad argument value (``n_jobs=0``, an unknown choice), and
  :class:`ArgumentTypeError` for an argument of the wrong kind (also a ``TypeError``);
- :class:`UnknownIdError`: an unknown document, dimension or actor id (also a ``KeyError``);
- :class:`OutputError`: an output that cannot be written.

All of them are ``ValueError`` too, so code written against earlier versions keeps working.
"""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike
from typing import Any

__all__ = [
    "ArgumentError",
    "ArgumentTypeError",
    "CorpusError",
    "DimensionError",
    "NatoDiffError",
    "OutputError",
    "UndatableDocumentError",
    "UnknownIdError",
    "check_choice",
    "check_n_jobs",
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


class ArgumentError(NatoDiffError):
    """An argument has a value that cannot be used (checked before any work starts)."""


class ArgumentTypeError(ArgumentError, TypeError):
    """An argument of the wrong kind (one string where a list is needed); also a ``TypeError``."""


class UnknownIdError(NatoDiffError, KeyError):
    """An id (document, date, dimension, actor) that is not there; also a ``KeyError``."""

    def __str__(self) -> str:
        # KeyError quotes its message; this error reads like the others.
        return str(self.args[0]) if self.args else ""


class OutputError(NatoDiffError):
    """An output cannot be written: a file nato_diff did not create, or the folder refuses."""


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
    """Raise :class:`ArgumentError` unless ``value`` is one of ``choices``.

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
    ArgumentError
        Naming the parameter, the bad value and the allowed ones (also a ``ValueError``).

    Examples
    --------
    >>> check_choice("kind", "money", ["money", "count"])
    """
    allowed = list(choices)
    if value not in allowed:
        listed = ", ".join(repr(c) for c in allowed)
        raise ArgumentError(f"{name} must be one of {listed}; got {value!r}")


def check_n_jobs(n_jobs: Any, *, name: str = "n_jobs") -> int:
    """Return ``n_jobs`` when it is a whole number of at least 1; raise otherwise.

    Parameters
    ----------
    n_jobs : Any
        The number of worker processes asked for.
    name : str, optional
        The parameter's name, for the message (``--jobs`` on the command line).

    Returns
    -------
    int
        The number.

    Raises
    ------
    ArgumentError
        When ``n_jobs`` is not an integer of at least 1.

    Examples
    --------
    >>> check_n_jobs(2)
    2
    """
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int) or n_jobs < 1:
        raise ArgumentError(
            f"{name} must be a whole number of at least 1; got {n_jobs!r}. "
            "Use 1 to work in this process, or the number of cores to spread the work."
        )
    return n_jobs
