"""The timeline: one row per document × dimension, with salience and the furthest position."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from ..corpus import Corpus, Document
from ..dimensions import Dimensions

__all__ = ["TIMELINE_COLUMNS", "table_frame", "timeline_frame", "timeline_table"]

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
    "position_act",
    "position_sentence_id",
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


def _furthest(rows: list[Mapping[str, Any]]) -> Mapping[str, Any]:
    """Return the furthest position any side takes (else the broadest rejection)."""
    positive = [r for r in rows if r["act"] != "rejects"]
    pool = positive or rows
    if not pool:
        return {}
    if positive:
        return max(pool, key=lambda r: (r["position_rank"], -r["sentence_id"]))
    return min(pool, key=lambda r: (r["position_rank"], r["sentence_id"]))


def timeline_table(
    corpus: Corpus,
    dimensions: Dimensions,
    mentions: Iterable[Mapping[str, Any]],
    positions: list[dict[str, Any]],
) -> pd.DataFrame:
    """Build the timeline: one row per document × dimension, zero rows included.

    Parameters
    ----------
    corpus : Corpus
        The documents, in date order.
    dimensions : Dimensions
        The dimensions tracked.
    mentions : iterable of mapping
        The mention rows of every document (read once).
    positions : list of dict
        The positions rows (:func:`nato_diff.tracking.positions.position_rows`).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TIMELINE_COLUMNS` (documented on :class:`nato_diff.Tracking`).
    """
    counts: dict[tuple[str, str], int] = {}
    for m in mentions:
        key = (m["doc_id"], m["dimension"])
        counts[key] = counts.get(key, 0) + 1
    return timeline_frame(corpus, dimensions, counts, positions)


def timeline_frame(
    docs: Iterable[Document],
    dimensions: Dimensions,
    counts: Mapping[tuple[str, str], int],
    positions: Iterable[Mapping[str, Any]],
) -> pd.DataFrame:
    """Build the timeline rows of some documents from their mention counts and positions.

    Parameters
    ----------
    docs : iterable of Document
        The documents, in date order.
    dimensions : Dimensions
        The dimensions tracked.
    counts : mapping of (str, str) to int
        Mentions per (document, dimension); a pair not there has none.
    positions : iterable of mapping
        The positions rows of these documents (or more).

    Returns
    -------
    pandas.DataFrame
        Columns :data:`TIMELINE_COLUMNS`, one row per document × dimension.
    """
    by_key: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for p in positions:
        by_key.setdefault((p["doc_id"], p["dimension"]), []).append(p)
    rows = []
    for doc in docs:
        for dim_id in dimensions:
            n = counts.get((doc.doc_id, dim_id), 0)
            best = _furthest(by_key.get((doc.doc_id, dim_id), []))
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
                    "position_act": best.get("act"),
                    "position_sentence_id": best.get("sentence_id"),
                }
            )
    frame = table_frame(rows, TIMELINE_COLUMNS)
    for col in ("position_rank", "position_sentence_id"):
        frame[col] = frame[col].astype("Int64")
    return frame
