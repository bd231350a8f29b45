"""A run too large to hold in memory: every table written to Parquet as the work goes.

:func:`track_to_parquet` extracts the documents as :func:`~nato_diff.tracking.track` does
(on either engine, in workers or not), but keeps no row of the per-document tables: each
document's rows go to the Parquet files as soon as it is done
(:class:`~nato_diff.tracking.parquet.ParquetTables`), and :class:`SeriesInputs` keeps only
what the series tables need of it: its positions, which sentences mention each dimension
(those sentences compressed, for the passages the change step compares), the facets it
names, its figures (packed), and where each facet, term and position is first seen (for the
lifecycle). The documents themselves keep no text and blank sentences. The timeline and the
change table are then built a few thousand documents at a time, the change table written
piece by piece. Memory grows with what is kept, about 10 KB a document of generated press
releases, not with the mentions, claims or readability rows.

The files hold the tables ``track(..., parquet_dir=out_dir)`` writes, column for column: the
per-document tables grouped by document in the order the documents were done, the others in
their in-memory order.
"""

from __future__ import annotations

import os
import pickle
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ..change import (
    Sightings,
    change_chunks,
    doc_index,
    public_table,
    series_summaries,
)
from ..corpus import Corpus, Document
from ..dimensions import Dimensions, load_dimensions
from ..errors import check_choice, check_n_jobs
from ..extract import Actors, Extraction, load_actors
from .document_tables import pack_rows, system_arrow_pool, tuples_frame
from .engine import replaced
from .parquet import ParquetTables
from .positions import POSITION_COLUMNS, position_rows, positions_frame
from .result import TABLES
from .run import ENGINES, extract_local
from .tables import timeline_frame

__all__ = ["SeriesInputs", "track_to_parquet"]


class SeriesInputs:
    """What the series tables need of each document, kept as the documents are done.

    Documents may come in any order; :meth:`tables` puts them in the corpus's.
    """

    def __init__(self) -> None:
        self.positions: dict[str, tuple[tuple[Any, ...], ...]] = {}
        self.figures: dict[str, list[tuple[Any, ...]]] = {}
        self.sentence_ids: dict[tuple[str, str], list[int]] = {}
        self.facet_ids: dict[tuple[str, str], list[str]] = {}
        self.sightings = Sightings()
        self.sentences: dict[str, bytes] = {}

    def add(self, extraction: Extraction) -> None:
        """Keep what the series tables need of one document's extraction.

        Parameters
        ----------
        extraction : Extraction
            The document's rows.
        """
        doc_id = extraction.doc_id
        self.positions[doc_id] = tuple(
            tuple(r[c] for c in POSITION_COLUMNS)
            for r in position_rows(extraction.claims, {doc_id: 0})
        )
        self.figures[doc_id] = pack_rows("figures", extraction.figures)
        mentions = extraction.mentions
        cited = {m["sentence_id"]: m["sentence"] for m in mentions}
        self.sentences[doc_id] = zlib.compress(pickle.dumps(cited, pickle.HIGHEST_PROTOCOL))
        ids = ((doc_id, m["dimension"], m["sentence_id"]) for m in mentions)
        doc_index(ids, int, self.sentence_ids)
        facets = ((doc_id, f["dimension"], f["facet"]) for f in extraction.facets)
        doc_index(facets, str, self.facet_ids)
        self.sightings.add(
            (m["sentence_id"], m["dimension"], doc_id, m["facets"], m["terms"], m["position"])
            for m in mentions
        )

    def tables(
        self, corpus: Corpus, dimensions: Dimensions, writer: ParquetTables, *, chunk: int
    ) -> dict[str, pd.DataFrame]:
        """Build the series tables; the change table goes to ``writer`` piece by piece.

        Parameters
        ----------
        corpus : Corpus
            The documents, in date order.
        dimensions : Dimensions
            The dimensions tracked.
        writer : ParquetTables
            Where the change table is appended.
        chunk : int
            Documents per piece of the timeline and the change table.

        Returns
        -------
        dict of str to pandas.DataFrame
            The other tables that are not per-document: documents, timeline, positions,
            summaries, lifecycle, provenance.
        """
        docs = list(corpus)
        counts = _Counts(self.sentence_ids)  # a mention per sentence id
        timeline = _stacked(
            [
                timeline_frame(part, dimensions, counts, self._position_dicts(part))
                for part in _parts(docs, chunk)
            ]
        )
        positions = positions_frame([row for d in docs for row in self.positions[d.doc_id]])
        self.positions.clear()
        figure_rows = [row for d in docs for row in self.figures.pop(d.doc_id)]
        figures = tuples_frame("figures", figure_rows)
        for piece in change_chunks(
            corpus,
            dimensions,
            timeline=timeline,
            positions=positions,
            sentence_ids=self.sentence_ids,
            facet_ids=self.facet_ids,
            figures=figures,
            chunk=chunk,
            restore=self._with_sentences,
        ):
            writer.append("changes", piece)
        for kept in (self.sentence_ids, self.facet_ids, self.sentences):
            kept.clear()  # what only the change table needed
        # each table is given its public types as it is made, and what it was made from let go
        out = {"lifecycle": public_table(self.sightings.table(corpus, dimensions))}
        self.sightings = Sightings()
        out["summaries"] = public_table(
            series_summaries(
                corpus, dimensions, timeline=timeline, positions=positions, figures=figures
            )
        )
        del figures
        out["timeline"], out["positions"] = public_table(timeline), public_table(positions)
        del timeline, positions
        out["documents"] = public_table(corpus.to_frame())
        out["provenance"] = public_table(dimensions.provenance())
        return out

    def _with_sentences(self, doc: Document) -> Document:
        """Give a document the sentences its mentions cite back (the others stay blank)."""
        cited: dict[int, str] = pickle.loads(zlib.decompress(self.sentences[doc.doc_id]))
        sentences = tuple(cited.get(i, s) for i, s in enumerate(doc.sentences))
        return replaced(doc, sentences=sentences)

    def _position_dicts(self, docs: Sequence[Document]) -> list[dict[str, Any]]:
        return [
            dict(zip(POSITION_COLUMNS, row, strict=True))
            for d in docs
            for row in self.positions[d.doc_id]
        ]


class _Counts(Mapping[tuple[str, str], int]):
    """Mentions per (document, dimension): the number of their sentence ids."""

    def __init__(self, sentence_ids: dict[tuple[str, str], list[int]]) -> None:
        self._ids = sentence_ids

    def __getitem__(self, key: tuple[str, str]) -> int:
        return len(self._ids[key])

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)


def _parts(docs: list[Document], chunk: int) -> list[list[Document]]:
    return [docs[i : i + chunk] for i in range(0, len(docs), chunk)] or [[]]


def _stacked(pieces: list[pd.DataFrame]) -> pd.DataFrame:
    """Stack pieces of a table; a column typed in some pieces (empty in the others) keeps it."""
    frame = pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0]
    for column in frame.columns:
        kinds = {p[column].dtype for p in pieces if p[column].notna().any()}
        if len(kinds) == 1 and frame[column].dtype not in kinds:
            frame[column] = frame[column].astype(kinds.pop())
    return frame


def track_to_parquet(
    corpus: Any,
    out_dir: str | os.PathLike[str],
    dimensions: Dimensions | None = None,
    *,
    actors: Actors | None = None,
    n_jobs: int = 1,
    progress: bool = False,
    engine: str = "local",
    chunk: int = 2000,
) -> list[Path]:
    """Track a corpus too large to hold in memory: write every table to Parquet as it goes.

    The tables are those of :func:`~nato_diff.tracking.track`, written as
    ``track(..., parquet_dir=out_dir)`` writes them (see :mod:`nato_diff.tracking.parquet`), but no
    :class:`~nato_diff.tracking.Tracking` is built: the per-document tables are written as
    each document is done and only what the series tables need is kept (see the module's
    notes). Read the tables back with :func:`pandas.read_parquet` (``columns=`` reads only
    some) or ``dask.dataframe.read_parquet``.

    Parameters
    ----------
    corpus : Corpus, str, path-like, pandas.DataFrame or list of paths
        As for :func:`~nato_diff.tracking.track`; a folder or file list keeps no text.
    out_dir : str or path-like
        The folder for ``<table>.parquet`` (created if missing).
    dimensions : Dimensions, optional
        The dimensions to track; the built-ins by default.
    actors : Actors, optional
        Who may speak; the package's actors file by default.
    n_jobs : int, optional
        Worker processes for the per-document work (local engine).
    progress : bool, optional
        Show a progress bar on the terminal.
    engine : {"local", "dask"}, optional
        As for :func:`~nato_diff.tracking.track`.
    chunk : int, optional
        Documents per piece of the timeline and change table (more is faster and holds
        more at a time).

    Returns
    -------
    list of pathlib.Path
        The files written, one per table, in :data:`~nato_diff.tracking.TABLES` order.

    Raises
    ------
    ArgumentError
        As :func:`~nato_diff.tracking.track`; also without pyarrow (the ``parquet`` extra).
    OutputError
        When ``out_dir`` holds a ``<table>.parquet`` that nato-diff did not write (nothing
        is written then, and a failed run leaves nothing behind).

    Examples
    --------
    >>> import tempfile
    >>> from nato_diff import load_seeds
    >>> with tempfile.TemporaryDirectory() as out:
    ...     files = track_to_parquet(load_seeds(), out)
    ...     claims = pd.read_parquet(f"{out}/claims.parquet", columns=["doc_id", "act"])
    >>> [f.name for f in files][:3], len(claims) > 0
    (['documents.parquet', 'timeline.parquet', 'mentions.parquet'], True)
    """
    check_n_jobs(n_jobs)
    check_choice("engine", engine, ENGINES)
    check_n_jobs(chunk, name="chunk")
    if engine == "dask":
        from .dask_engine import check_dask

        check_dask(n_jobs)
    writer = ParquetTables(out_dir, TABLES)
    dimensions = dimensions if dimensions is not None else load_dimensions()
    actors = actors or load_actors()
    kept = SeriesInputs()

    def sink(extraction: Extraction) -> None:
        writer.add(extraction)
        kept.add(extraction)

    try:
        if engine == "dask":
            from .dask_engine import dask_track as extract
        else:
            extract = extract_local
        done, _ = extract(
            corpus, dimensions, actors, n_jobs=n_jobs, progress=progress, sink=sink, hold=False
        )
        with system_arrow_pool():
            tables = kept.tables(done, dimensions, writer, chunk=chunk)
    except BaseException:
        writer.abort()
        raise
    writer.finish(tables)
    return [writer.folder.path / f"{name}.parquet" for name in TABLES]
