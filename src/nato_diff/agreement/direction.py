"""Direction of change: whether each side's position moves the way the hand coding says.

An analyst reads a tracking as movement: "Ukraine's side moved up from a MAP to an
invitation", "NATO's stayed where it was". For each dimension and side, take the documents in
which the gold claims give that side a position, in corpus order (by date); each consecutive
pair is one step, whose direction is the sign of the change of the rung's rank: ``up``,
``down`` or ``same``. A step is right when the library gives that side a position in both
documents and its rank moves the same way. Steps between documents where the gold gives no
position are not judged (the position scores count those).
"""

from __future__ import annotations

from collections.abc import Mapping
from itertools import pairwise
from typing import Any

__all__ = ["direction_steps"]

#: A position: (document id, dimension, side) -> rung rank (None off the ladder).
Ranks = Mapping[tuple[str, str, str], int | None]


def _sign(a: int | None, b: int | None) -> str | None:
    if a is None or b is None:
        return None
    return "up" if b > a else "down" if b < a else "same"


def direction_steps(truth: Ranks, found: Ranks, order: Mapping[str, int]) -> list[dict[str, Any]]:
    """Return every step of the gold positions, with the gold and the library's direction.

    Parameters
    ----------
    truth : mapping
        The gold positions: (doc_id, dimension, side) -> rung rank.
    found : mapping
        The library's positions, keyed the same way.
    order : mapping of str to int
        Each document's place in the corpus (by date).

    Returns
    -------
    list of dict
        One row per step with a gold direction: ``doc_from, doc_to, dimension, side, gold,
        predicted`` (``predicted`` empty where the library has no position in either
        document).
    """
    series: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for (doc_id, dim, side), rank in truth.items():
        if rank is not None:
            series.setdefault((dim, side), []).append((order[doc_id], doc_id))
    steps = []
    for (dim, side), docs in sorted(series.items()):
        docs.sort()
        for (_, a), (_, b) in pairwise(docs):
            gold = _sign(truth[(a, dim, side)], truth[(b, dim, side)])
            predicted = _sign(found.get((a, dim, side)), found.get((b, dim, side)))
            steps.append(
                {
                    "doc_from": a,
                    "doc_to": b,
                    "dimension": dim,
                    "side": side,
                    "gold": gold,
                    "predicted": predicted or "",
                }
            )
    return steps
