"""Human labels for ids: dimensions, positions, facets and sides, as titles and ticks show them.

A plot never writes a raw id such as ``membership_path`` or ``map_sought``. It looks the id up
in the ``labels`` mapping its caller passes, then in the built-in dimensions (their ``label``),
and otherwise writes the id in words: underscores become spaces, the first letter is a
capital and the words listed in ``data/labels.yaml`` keep their own spelling
(``map_sought`` → "MAP sought").
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources

import yaml

from nato_diff.dimensions import BUILTIN_DIMENSIONS, load_dimensions
from nato_diff.errors import NatoDiffError, located

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


@cache
def _builtin_labels() -> dict[str, str]:
    """Return the ``label`` of every built-in dimension, by id (read once, when needed)."""
    builtin = load_dimensions()
    return {dim_id: builtin[dim_id].label for dim_id in BUILTIN_DIMENSIONS if dim_id in builtin}


def readable(identifier: object) -> str:
    """Write an id in words: ``"map_sought"`` → ``"MAP sought"``.

    Parameters
    ----------
    identifier : object
        An id such as a dimension, position, facet or side id (anything is turned into a
        string first).

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
    """
    text = str(identifier).strip()
    if not text or any(c.isupper() for c in text) or (" " in text and "_" not in text):
        return text
    words = _words()
    parts = [words.get(w, w) for w in text.replace("-", "_").split("_") if w]
    if not parts:
        return text
    first = parts[0]
    parts[0] = first[:1].upper() + first[1:]
    return " ".join(parts)


def _label(identifier: object, labels: Mapping[str, str] | None = None) -> str:
    """Return the caller's label for an id, else a built-in's label, else :func:`readable`."""
    key = str(identifier)
    if labels and key in labels:
        return str(labels[key])
    if key in BUILTIN_DIMENSIONS:
        return _builtin_labels().get(key) or readable(key)
    return readable(key)
