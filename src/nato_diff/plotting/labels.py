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

from nato_diff.change import readable
from nato_diff.dimensions import BUILTIN_DIMENSIONS, load_dimensions

__all__ = ["readable"]


@cache
def _builtin_labels() -> dict[str, str]:
    """Return the ``label`` of every built-in dimension, by id (read once, when needed)."""
    builtin = load_dimensions()
    return {dim_id: builtin[dim_id].label for dim_id in BUILTIN_DIMENSIONS if dim_id in builtin}


def _label(identifier: object, labels: Mapping[str, str] | None = None) -> str:
    """Return the caller's label for an id, else a built-in's label, else :func:`readable`."""
    key = str(identifier)
    if labels and key in labels:
        return str(labels[key])
    if key in BUILTIN_DIMENSIONS:
        return _builtin_labels().get(key) or readable(key)
    return readable(key)
