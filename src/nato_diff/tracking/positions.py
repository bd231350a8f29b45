"""Positions from claims: each side's act and rung, per document and dimension.

A side's position in a document comes from its own claims there, and only from those that
can carry a position: affirmed (not negated), not a question or a hedge, about Ukraine (not
another state, not the Allies themselves), on a rung of the ladder, and an act of the side's
own (``reports`` tells of others). Among them the position is the highest rung the side
seeks, offers or decides; ties go to the most authoritative act (decides > offers > seeks),
then to the firmest statement, then to a sentence with a figure, then to the earliest. A side
with only rejections takes its broadest one (the lowest rung it rejects). A side that rejects
a rung it also seeks, offers or decides in the same document is *contested*.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

__all__ = ["POSITION_COLUMNS", "eligible", "position_rows", "positions_frame", "telling_claim"]

#: Columns of the positions table, in order.
POSITION_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "date",
    "dimension",
    "side",
    "act",
    "position",
    "position_rank",
    "contested",
    "speaker",
    "sentence_id",
    "sentence",
    "n_sentences",
)

_AUTHORITY = {"decides": 0, "offers": 1, "seeks": 2, "rejects": 3, "reports": 4}
_FIRMNESS = {"firm": 0, "conditional": 1, "hedged": 2, "question": 3}


def _filled(value: Any) -> bool:
    """Whether a cell holds a value (not None, NaN, <NA> or "")."""
    return value is not None and value is not pd.NA and value == value and value != ""


def eligible(claim: Mapping[str, Any]) -> bool:
    """Whether a claim can carry its side's position (see the module's rules).

    Parameters
    ----------
    claim : mapping
        A row of the claims table.

    Returns
    -------
    bool
        True when the claim has a side and a rung, is affirmed, firm or conditional, about
        Ukraine, and an act of the side's own.
    """
    return bool(
        _filled(claim.get("side"))
        and _filled(claim.get("rung"))
        and claim.get("polarity") == "affirmed"
        and claim.get("modality") in ("firm", "conditional")
        and claim.get("target") == "ukraine"
        and claim.get("act") != "reports"
    )


def telling_claim(claims: Sequence[Mapping[str, Any]]) -> Mapping[str, Any]:
    """Return the claim that tells most: most authoritative act, firmest, with a figure, first.

    Parameters
    ----------
    claims : sequence of mapping
        Claims rows (non-empty).

    Returns
    -------
    mapping
        The telling claim.
    """
    return min(
        claims,
        key=lambda c: (
            _AUTHORITY.get(str(c.get("act")), 9),
            _FIRMNESS.get(str(c.get("modality")), 9),
            -int(c.get("n_figures") or 0),
            c.get("sentence_id", 0),
        ),
    )


def _decide(group: Sequence[Mapping[str, Any]]) -> tuple[Mapping[str, Any], bool]:
    """Pick a side's position among its eligible claims, and say whether it is contested."""
    positive = [c for c in group if c["act"] != "rejects"]
    rejected = [c for c in group if c["act"] == "rejects"]
    contested = bool(
        positive and rejected and {c["rung"] for c in positive} & {c["rung"] for c in rejected}
    )
    if positive:
        top = max(c["rung_rank"] for c in positive)
        return telling_claim([c for c in positive if c["rung_rank"] == top]), contested
    low = min(c["rung_rank"] for c in rejected)
    return telling_claim([c for c in rejected if c["rung_rank"] == low]), contested


def position_rows(
    claims: Iterable[Mapping[str, Any]], order: Mapping[str, int]
) -> list[dict[str, Any]]:
    """Build the positions rows from claims rows.

    Parameters
    ----------
    claims : iterable of mapping
        Claims rows (columns of :data:`nato_diff.extract.CLAIM_COLUMNS`).
    order : mapping of str to int
        Each document id's place in the corpus.

    Returns
    -------
    list of dict
        One row per document × dimension × side with a position, columns
        :data:`POSITION_COLUMNS`, in corpus order, then dimension, then side.
    """
    groups: dict[tuple[str, str, str], list[Mapping[str, Any]]] = {}
    for c in claims:
        if eligible(c):
            groups.setdefault((c["doc_id"], c["dimension"], c["side"]), []).append(c)
    rows = []
    for (doc_id, dim_id, side), group in sorted(
        groups.items(), key=lambda kv: (order[kv[0][0]], kv[0][1], kv[0][2])
    ):
        best, contested = _decide(group)
        rows.append(
            {
                "doc_id": doc_id,
                "date": best["date"],
                "dimension": dim_id,
                "side": side,
                "act": best["act"],
                "position": best["rung"],
                "position_rank": best["rung_rank"],
                "contested": contested,
                "speaker": best["holder"],
                "sentence_id": best["sentence_id"],
                "sentence": best["sentence"],
                "n_sentences": len({c["sentence_id"] for c in group}),
            }
        )
    return rows


def positions_frame(rows: Sequence[Mapping[str, Any]] | Sequence[tuple[Any, ...]]) -> pd.DataFrame:
    """Turn positions rows into the positions table (typed columns).

    Parameters
    ----------
    rows : sequence of dict, or of tuple
        From :func:`position_rows`, or their values in :data:`POSITION_COLUMNS` order.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`POSITION_COLUMNS`.
    """
    frame: pd.DataFrame = pd.DataFrame(rows, columns=list(POSITION_COLUMNS))
    frame["position_rank"] = frame["position_rank"].astype("Int64")
    frame["contested"] = frame["contested"].astype(bool)
    return frame
