"""The per-document series tables: the timeline and each side's positions, built from mentions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from ..corpus import Corpus
from ..dimensions import Dimensions

__all__ = [
    "POSITION_COLUMNS",
    "TIMELINE_COLUMNS",
    "positions_table",
    "table_frame",
    "timeline_table",
]

#: Columns of the timeline table, in order.
TIMELINE_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "date",
    "dimension",
    "n_mentions",
    "n_sentences",
    "salience",
    "mentions_per_1k_words",
    "position",
    "position_rank",
    "position_side",
    "position_sentence_id",
)

#: Columns of the positions table, in order.
POSITION_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "date",
    "dimension",
    "side",
    "position",
    "position_rank",
    "speaker",
    "sentence_id",
    "sentence",
    "n_sentences",
)


def table_frame(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """Build a table from row dicts with exactly ``columns``, in that order (zero rows too).

    Parameters
    ----------
    rows : iterable of dict
        One dict per row.
    columns : tuple of str
        The table's columns.

    Returns
    -------
    pandas.DataFrame
        The table.
    """
    out: pd.DataFrame = pd.DataFrame(list(rows), columns=list(columns))
    return out


def _best_position(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Return the highest-ranked mention with a position (the first sentence on ties)."""
    ranked = [r for r in rows if r["position_rank"] is not None]
    if not ranked:
        return None
    return max(ranked, key=lambda r: (r["position_rank"], -r["sentence_id"]))


def timeline_table(
    corpus: Corpus, dimensions: Dimensions, mentions: list[dict[str, Any]]
) -> pd.DataFrame:
    """Build the timeline: one row per document × dimension, zero rows included.

    Parameters
    ----------
    corpus : Corpus
        The documents, in date order.
    dimensions : Dimensions
        The dimensions tracked.
    mentions : list of dict
        The mention rows of every document.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TIMELINE_COLUMNS` (documented on :class:`nato_diff.Tracking`).
    """
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for m in mentions:
        by_key.setdefault((m["doc_id"], m["dimension"]), []).append(m)
    rows = []
    for doc in corpus:
        for dim_id in dimensions:
            group = by_key.get((doc.doc_id, dim_id), [])
            n = len(group)
            best = _best_position(group) or {}
            rows.append(
                {
                    "doc_id": doc.doc_id,
                    "date": doc.date,
                    "dimension": dim_id,
                    "n_mentions": n,
                    "n_sentences": doc.n_sentences,
                    "salience": n / doc.n_sentences if doc.n_sentences else 0.0,
                    "mentions_per_1k_words": 1000 * n / doc.n_words if doc.n_words else 0.0,
                    "position": best.get("position"),
                    "position_rank": best.get("position_rank"),
                    "position_side": best.get("side"),
                    "position_sentence_id": best.get("sentence_id"),
                }
            )
    frame = table_frame(rows, TIMELINE_COLUMNS)
    for col in ("position_rank", "position_sentence_id"):
        frame[col] = frame[col].astype("Int64")
    return frame


def positions_table(corpus: Corpus, mentions: list[dict[str, Any]]) -> pd.DataFrame:
    """Build the positions: one row per document × dimension × side that takes a position.

    Parameters
    ----------
    corpus : Corpus
        The documents, in date order.
    mentions : list of dict
        The mention rows of every document.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`POSITION_COLUMNS` (documented on :class:`nato_diff.Tracking`).
    """
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for m in mentions:
        if m["side"] is not None and m["position_rank"] is not None:
            groups.setdefault((m["doc_id"], m["dimension"], m["side"]), []).append(m)
    order = {doc_id: i for i, doc_id in enumerate(corpus.doc_ids)}
    rows = []
    for (doc_id, dim_id, side), group in sorted(
        groups.items(), key=lambda kv: (order[kv[0][0]], kv[0][1], kv[0][2])
    ):
        best = _best_position(group)
        assert best is not None
        rows.append(
            {
                "doc_id": doc_id,
                "date": best["date"],
                "dimension": dim_id,
                "side": side,
                "position": best["position"],
                "position_rank": best["position_rank"],
                "speaker": best["speaker"],
                "sentence_id": best["sentence_id"],
                "sentence": best["sentence"],
                "n_sentences": len(group),
            }
        )
    frame = table_frame(rows, POSITION_COLUMNS)
    frame["position_rank"] = frame["position_rank"].astype("Int64")
    return frame
