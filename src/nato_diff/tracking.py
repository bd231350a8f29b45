"""Tracking: run extraction over a corpus and build the tidy tables an analyst reads.

:func:`track` extracts every document independently (optionally in worker processes), then
builds the series tables that need the documents in date order (timeline, positions,
changes, lifecycle, summaries).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .actors import Actors, load_actors
from .corpus import Corpus, Document
from .dimensions import Dimensions, load_dimensions
from .extraction import (
    FACET_COLUMNS,
    FIGURE_TABLE_COLUMNS,
    MENTION_COLUMNS,
    READABILITY_COLUMNS,
    Extraction,
    extract_document,
)
from .similarity import PassageDiff

__all__ = [
    "POSITION_COLUMNS",
    "TABLES",
    "TIMELINE_COLUMNS",
    "Tracking",
    "track",
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

#: The tables of a :class:`Tracking`, in the order they are written.
TABLES: tuple[str, ...] = (
    "documents",
    "timeline",
    "mentions",
    "positions",
    "facets",
    "figures",
    "changes",
    "summaries",
    "lifecycle",
    "readability",
    "provenance",
)


@dataclass(frozen=True)
class Tracking:
    """The result of :func:`track`: tidy tables, one row per unit, each with its evidence.

    Attributes
    ----------
    corpus : Corpus
        The documents tracked.
    dimensions : Dimensions
        The dimensions tracked.
    documents : pandas.DataFrame
        :meth:`Corpus.to_frame` of the corpus.
    mentions : pandas.DataFrame
        One row per sentence × dimension it mentions: ``doc_id, date, dimension,
        sentence_id`` (index into the document's sentences), ``sentence``, ``facets`` and
        ``terms`` (``"; "``-joined facet ids and matched words), ``position`` and
        ``position_rank`` (the highest rung whose cue the sentence matches, else empty),
        ``position_cue`` (the words that matched it), ``speaker`` and ``side`` (who says it;
        empty for narration), ``attribution`` (the words that attribute it), ``modality``
        (``"commitment"``, ``"hedge"`` or empty), ``conditional`` and ``negated`` (bool).
    timeline : pandas.DataFrame
        One row per document × dimension, zero rows included: ``doc_id, date, dimension,
        n_mentions, n_sentences`` (of the document), ``salience`` (``n_mentions /
        n_sentences``, 0–1), ``mentions_per_1k_words``, ``position`` and ``position_rank``
        (the highest reached in the document by any side, narration included),
        ``position_side`` and ``position_sentence_id`` (its evidence).
    positions : pandas.DataFrame
        One row per document × dimension × side that takes a position (sides come from
        attribution; narration has no side and is left out): ``doc_id, date, dimension, side,
        position, position_rank, speaker, sentence_id, sentence`` (the highest-ranked
        evidence, the first sentence on ties) and ``n_sentences`` (how many of that side's
        sentences reach a position).
    facets : pandas.DataFrame
        One row per document × dimension × facet named: ``doc_id, date, dimension, facet,
        n_mentions`` (sentences), ``terms`` (the words that matched), ``sentence_ids``.
    figures : pandas.DataFrame
        One row per figure in a mention of a dimension that asks for figures; see
        :data:`nato_diff.figures.FIGURE_COLUMNS` (plus ``speaker, side``).
    changes : pandas.DataFrame
        One row per dimension × consecutive pair of documents; see
        :func:`nato_diff.change.changes_table`.
    summaries : pandas.DataFrame
        One row per dimension: the plain-language series summary and its evidence.
    lifecycle : pandas.DataFrame
        When each facet, term and position enters and leaves the record; see
        :func:`nato_diff.change.lifecycle_table`.
    readability : pandas.DataFrame
        ``doc_id, date, scope`` (``"document"`` or a dimension id), ``measure, value,
        n_words, n_sentences, reliable``.
    provenance : pandas.DataFrame
        The dimension files (and versions, SHA-256) that produced these tables.
    """

    corpus: Corpus
    dimensions: Dimensions
    documents: pd.DataFrame
    mentions: pd.DataFrame
    timeline: pd.DataFrame
    positions: pd.DataFrame
    facets: pd.DataFrame
    figures: pd.DataFrame
    changes: pd.DataFrame
    summaries: pd.DataFrame
    lifecycle: pd.DataFrame
    readability: pd.DataFrame
    provenance: pd.DataFrame

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return every table by name, in :data:`TABLES` order.

        Returns
        -------
        dict of str to pandas.DataFrame
            The tables.
        """
        return {name: getattr(self, name) for name in TABLES}

    def to_csv(self, out_dir: str | os.PathLike[str]) -> list[Path]:
        """Write every table as ``<name>.csv`` into ``out_dir`` (atomically, file by file).

        Parameters
        ----------
        out_dir : str or path-like
            The folder; created if missing.

        Returns
        -------
        list of pathlib.Path
            The files written.
        """
        from ._io import OutputFolder

        with OutputFolder(out_dir) as folder:
            return [
                folder.write_csv(f"{name}.csv", frame) for name, frame in self.tables().items()
            ]

    def diff(self, a: str, b: str, *, dimension: str | None = None) -> PassageDiff:
        """Compare two documents of the corpus (by id or date), optionally one dimension.

        Parameters
        ----------
        a, b : str
            Document ids or ISO dates.
        dimension : str, optional
            Compare only the sentences that mention this dimension.

        Returns
        -------
        PassageDiff
            The aligned sentences.
        """
        from .change import diff

        return diff(
            self.corpus.find(a),
            self.corpus.find(b),
            dimension=dimension,
            dimensions=self.dimensions,
        )

    def __repr__(self) -> str:
        return (
            f"Tracking({len(self.corpus)} documents × {len(self.dimensions)} dimensions: "
            f"{len(self.mentions)} mentions, {len(self.figures)} figures)"
        )


def _frame(rows: Iterable[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    frame: pd.DataFrame = pd.DataFrame(list(rows), columns=list(columns))
    return frame


_WORKER: dict[str, Any] = {}


def _init_worker(dimensions: Dimensions, actors: Actors) -> None:
    """Receive the dimensions and actors once per worker process, not once per document."""
    _WORKER["dimensions"], _WORKER["actors"] = dimensions, actors


def _extract_in_worker(doc: Document) -> Extraction:
    return extract_document(doc, _WORKER["dimensions"], actors=_WORKER["actors"])


def _extract_all(
    corpus: Corpus, dimensions: Dimensions, actors: Actors, *, n_jobs: int, progress: bool
) -> list[Extraction]:
    from tqdm.auto import tqdm

    bar = tqdm(total=len(corpus), desc="extracting", unit="doc", disable=not progress)
    out: list[Extraction] = []
    try:
        if n_jobs <= 1 or len(corpus) < 2:
            for doc in corpus:
                out.append(extract_document(doc, dimensions, actors=actors))
                bar.update()
        else:
            chunk = max(1, min(64, len(corpus) // (4 * n_jobs)))
            with ProcessPoolExecutor(
                max_workers=n_jobs, initializer=_init_worker, initargs=(dimensions, actors)
            ) as pool:
                for result in pool.map(_extract_in_worker, list(corpus), chunksize=chunk):
                    out.append(result)
                    bar.update()
    finally:
        bar.close()
    return out


def _best_position(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Return the highest-ranked mention with a position (the first sentence on ties)."""
    ranked = [r for r in rows if r["position_rank"] is not None]
    if not ranked:
        return None
    return max(ranked, key=lambda r: (r["position_rank"], -r["sentence_id"]))


def _timeline(
    corpus: Corpus, dimensions: Dimensions, mentions: list[dict[str, Any]]
) -> pd.DataFrame:
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
    frame = _frame(rows, TIMELINE_COLUMNS)
    for col in ("position_rank", "position_sentence_id"):
        frame[col] = frame[col].astype("Int64")
    return frame


def _positions(corpus: Corpus, mentions: list[dict[str, Any]]) -> pd.DataFrame:
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
    frame = _frame(rows, POSITION_COLUMNS)
    frame["position_rank"] = frame["position_rank"].astype("Int64")
    return frame


def track(
    corpus: Corpus,
    dimensions: Dimensions | None = None,
    *,
    actors: Actors | None = None,
    n_jobs: int = 1,
    progress: bool = False,
) -> Tracking:
    """Track every dimension through the corpus.

    Parameters
    ----------
    corpus : Corpus
        The documents, in date order.
    dimensions : Dimensions, optional
        The dimensions to track; the built-ins by default (:func:`load_dimensions`).
    actors : Actors, optional
        Who may speak; the package's actors file by default.
    n_jobs : int, optional
        Worker processes for the per-document extraction.
    progress : bool, optional
        Show a progress bar on the terminal.

    Returns
    -------
    Tracking
        The tables (see :class:`Tracking` for every column).

    Examples
    --------
    >>> from nato_diff import load_seeds
    >>> tracking = track(load_seeds())
    >>> tracking.timeline.groupby("dimension")["n_mentions"].sum()["black_sea"] >= 3
    True
    """
    from .change import changes_table, lifecycle_table, series_summaries

    if n_jobs < 1:
        raise ValueError(f"n_jobs must be at least 1; got {n_jobs}")
    dimensions = dimensions if dimensions is not None else load_dimensions()
    actors = actors or load_actors()
    extractions = _extract_all(corpus, dimensions, actors, n_jobs=n_jobs, progress=progress)
    mention_rows = [r for e in extractions for r in e.mentions]
    mentions = _frame(mention_rows, MENTION_COLUMNS)
    mentions["position_rank"] = mentions["position_rank"].astype("Int64")
    facets = _frame((r for e in extractions for r in e.facets), FACET_COLUMNS)
    figures = _frame((r for e in extractions for r in e.figures), FIGURE_TABLE_COLUMNS)
    readability = _frame((r for e in extractions for r in e.readability), READABILITY_COLUMNS)
    timeline = _timeline(corpus, dimensions, mention_rows)
    positions = _positions(corpus, mention_rows)
    changes = changes_table(
        corpus,
        dimensions,
        timeline=timeline,
        positions=positions,
        mentions=mentions,
        facets=facets,
        figures=figures,
    )
    return Tracking(
        corpus=corpus,
        dimensions=dimensions,
        documents=corpus.to_frame(),
        mentions=mentions,
        timeline=timeline,
        positions=positions,
        facets=facets,
        figures=figures,
        changes=changes,
        summaries=series_summaries(
            corpus, dimensions, timeline=timeline, positions=positions, figures=figures
        ),
        lifecycle=lifecycle_table(corpus, dimensions, mentions=mentions, facets=facets),
        readability=readability,
        provenance=dimensions.provenance(),
    )
