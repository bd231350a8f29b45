"""Agreement measures: precision, recall and F1 over sets; Cohen's kappa over pairs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence, Set

__all__ = ["cohen_kappa", "prf"]


def prf(predicted: Set[Hashable], gold: Set[Hashable]) -> tuple[float, float, float]:
    """Return precision, recall and F1 of a predicted set against a gold set.

    Parameters
    ----------
    predicted, gold : set
        The items found and the items that should have been found.

    Returns
    -------
    tuple of float
        Precision, recall, F1; each is 1.0 when both sets are empty, and 0.0 when its
        denominator is empty but the other set is not.

    Examples
    --------
    >>> tuple(round(x, 3) for x in prf({1, 2, 3}, {2, 3, 4, 5}))
    (0.667, 0.5, 0.571)
    """
    if not predicted and not gold:
        return 1.0, 1.0, 1.0
    hit = len(predicted & gold)
    p = hit / len(predicted) if predicted else 0.0
    r = hit / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def cohen_kappa(a: Sequence[Hashable], b: Sequence[Hashable]) -> float:
    """Return Cohen's kappa between two codings of the same items.

    Parameters
    ----------
    a, b : sequence
        The two codings, item by item (same length).

    Returns
    -------
    float
        ``(p_o - p_e) / (1 - p_e)``; 1.0 when both agree on every item and chance agreement is
        total (a single category), NaN for no items.

    Examples
    --------
    >>> round(cohen_kappa(["x", "x", "y", "y"], ["x", "y", "y", "y"]), 3)
    0.5
    """
    n = len(a)
    if n != len(b):
        raise ValueError("the two codings must have the same length")
    if n == 0:
        return float("nan")
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb.get(k, 0) for k in ca) / (n * n)
    if expected == 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1 - expected)
