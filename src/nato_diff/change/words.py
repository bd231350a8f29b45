"""Ids in words: ``map_sought`` → "MAP sought", the spelling of words from ``data/labels.yaml``.

Tables, change summaries and plots never write a raw id such as ``collective_defence``; they
write it with :func:`readable` unless the dimension file gives a label.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from ..errors import NatoDiffError, located

__all__ = ["readable"]

_LABELS_PATH = "nato_diff/data/labels.yaml"


@cache
def _words() -> dict[str, str]:
    text = (resources.files("nato_diff") / "data" / "labels.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    words = raw.get("words") if isinstance(raw, dict) else None
    if not isinstance(words, dict) or not all(isinstance(v, str) for v in words.values()):
        raise NatoDiffError(
            located(
                "expected a mapping 'words' of lower-case word: spelling",
                path=_LABELS_PATH,
                entry="words",
                hint="Fix the labels file.",
            )
        )
    return {str(k).lower(): v for k, v in words.items()}


def readable(identifier: object, *, capital: bool = True) -> str:
    """Write an id in words: ``"map_sought"`` → ``"MAP sought"``.

    Parameters
    ----------
    identifier : object
        An id such as a dimension, position, facet or side id (anything is turned into a
        string first).
    capital : bool, optional
        Start with a capital (a title, a cell); ``False`` for words inside a sentence.

    Returns
    -------
    str
        Underscores and hyphens become spaces, the first letter is a capital and words listed
        in ``data/labels.yaml`` keep their spelling there (``nato`` → ``NATO``). Text that
        already has a capital or a space is returned as it is.

    Examples
    --------
    >>> readable("map_sought"), readable("nato"), readable("Black Sea")
    ('MAP sought', 'NATO', 'Black Sea')
    >>> readable("air_defence", capital=False)
    'air defence'
    """
    text = str(identifier).strip()
    if not text or any(c.isupper() for c in text) or (" " in text and "_" not in text):
        return text
    words = _words()
    parts = [words.get(w, w) for w in text.replace("-", "_").split("_") if w]
    if not parts:
        return text
    first = parts[0]
    if capital:
        parts[0] = first[:1].upper() + first[1:]
    return " ".join(parts)
