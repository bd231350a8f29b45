"""Tracking: run extraction over a corpus and build the tidy tables an analyst reads.

:func:`track` extracts every document independently (optionally in worker processes), then
builds the series tables that need the documents in date order (timeline, positions,
changes, lifecycle, summaries).
"""

from __future__ import annotations

from collections.abc import Sequence
from os import PathLike
from typing import TYPE_CHECKING

import pandas as pd

from .._gcpause import collector_paused
from ..change import changes_table, lifecycle_table, series_summaries
from ..corpus import Corpus, as_corpus, document_jobs
from ..dimensions import Dimensions, load_dimensions
from ..errors import check_choice, check_n_jobs
from ..extract import Actors, load_actors
from .document_tables import DOCUMENT_TABLES, HeldRows, system_arrow_pool
from .engine import Sink, extract_all, load_and_extract
from .positions import position_rows, positions_frame
from .result import TABLES, Tracking, tracking_of
from .tables import timeline_table

#: The engines :func:`track` can run on.
ENGINES = ("local", "dask")

__all__ = ["ENGINES", "extract_local", "track"]

if TYPE_CHECKING:
    from .parquet import ParquetTables


def track(
    corpus: Corpus | str | PathLike[str] | pd.DataFrame | Sequence[str | PathLike[str]],
    dimensions: Dimensions | None = None,
    *,
    actors: Actors | None = None,
    n_jobs: int = 1,
    progress: bool = False,
    engine: str = "local",
    parquet_dir: str | PathLike[str] | None = None,
) -> Tracking:
    """Track every dimension through the corpus.

    Parameters
    ----------
    corpus : Corpus, str, path-like, pandas.DataFrame or list of paths
        The documents: a corpus, a path that :func:`load_corpus` reads (folder, document or
        table file), or a DataFrame that :meth:`Corpus.from_frame` reads. With
        ``engine="dask"``: a folder, a document, a glob (``"press/*.txt"``), any URL fsspec
        opens (``"s3://bucket/prefix/"``, ``"file:///data/press"``), or a list of these.
    dimensions : Dimensions, optional
        The dimensions to track; the built-ins by default (:func:`load_dimensions`).
    actors : Actors, optional
        Who may speak; the package's actors file by default.
    n_jobs : int, optional
        Worker processes for the per-document work. Every table is the same whatever
        ``n_jobs``.
    progress : bool, optional
        Show a progress bar on the terminal.
    engine : {"local", "dask"}, optional
        Where the per-document work runs: this process or ``n_jobs`` worker processes
        (``"local"``), or Dask tasks (``"dask"``: on the current ``distributed.Client`` if
        there is one, else Dask's default scheduler; needs ``pip install "nato-diff[dask]"``).
        Every table is the same on either.
    parquet_dir : str or path-like, optional
        Also write every table into this folder as ``<table>.parquet`` (needs pyarrow, the
        ``parquet`` extra): the per-document tables (mentions, claims, facets, figures,
        readability) are appended in row groups as documents finish, the others at the end;
        the files appear only when the run succeeds (see
        :class:`nato_diff.tracking.parquet.ParquetTables`).

    Returns
    -------
    Tracking
        The tables (see :class:`Tracking` for every column).

    Raises
    ------
    TypeError
        When ``corpus`` is none of the above.
    ArgumentError
        For an unknown ``engine``, ``n_jobs`` other than 1 with ``engine="dask"`` (Dask's
        workers do the work), or ``engine="dask"`` without Dask installed.
    OutputError
        When ``parquet_dir`` holds a ``<table>.parquet`` that nato-diff did not write.

    Notes
    -----
    Given a folder or a document, each file is read, cleaned, dated and extracted in one go
    (in a worker process when ``n_jobs > 1``, which sends back only its rows and the
    document without its texts), and only the results are kept: ``tracking.corpus`` holds
    the documents with their sentences (all the evidence needs) but empty ``raw_text`` and
    ``text``; load them with :func:`load_corpus` when needed. Given a corpus or a table,
    the documents are loaded first, kept whole, and extracted (in workers when
    ``n_jobs > 1``).

    Examples
    --------
    >>> from nato_diff import load_seeds
    >>> tracking = track(load_seeds())
    >>> int(tracking.timeline.groupby("dimension")["n_mentions"].sum()["black_sea"]) >= 3
    True
    """
    check_n_jobs(n_jobs)
    check_choice("engine", engine, ENGINES)
    if engine == "dask":
        from .dask_engine import check_dask

        check_dask(n_jobs)
    writer = _parquet(parquet_dir)
    dimensions = dimensions if dimensions is not None else load_dimensions()
    actors = actors or load_actors()
    sink = writer.add if writer is not None else None
    try:
        if engine == "dask":
            from .dask_engine import dask_track as extract
        else:
            extract = extract_local
        # The rows and tables live on: the collector waits for more of them between passes.
        with collector_paused():
            done = extract(corpus, dimensions, actors, n_jobs=n_jobs, progress=progress, sink=sink)
            with system_arrow_pool():
                tracking = _tracking(done[0], dimensions, done[1])
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    if writer is not None:
        writer.finish(tracking.tables())
    return tracking


def extract_local(
    source: object,
    dimensions: Dimensions,
    actors: Actors,
    *,
    n_jobs: int,
    progress: bool,
    sink: Sink | None = None,
    hold: bool = True,
) -> tuple[Corpus, HeldRows]:
    """Extract on the local engine: from the files of a path, or from a corpus or table.

    Parameters
    ----------
    source : object
        A folder or document path (each file loaded and extracted in one go, no text kept),
        or anything :func:`nato_diff.corpus.as_corpus` takes (loaded first, kept whole).
    dimensions : Dimensions
        The dimensions to look for.
    actors : Actors
        Who may speak.
    n_jobs : int
        Worker processes; 1 runs in this process.
    progress : bool
        Show a progress bar.
    sink : callable, optional
        Called with each document's extraction as soon as it is done.
    hold : bool, optional
        Keep the rows (see :func:`.engine.collect`).

    Returns
    -------
    tuple of (Corpus, HeldRows)
        The corpus in date order and every document's rows (none without ``hold``).
    """
    if isinstance(source, (str, PathLike)) and (jobs := document_jobs(source)):
        return load_and_extract(
            jobs, dimensions, actors, n_jobs=n_jobs, progress=progress, sink=sink, hold=hold
        )
    whole = as_corpus(source)  # type: ignore[arg-type]
    return whole, extract_all(
        whole, dimensions, actors, n_jobs=n_jobs, progress=progress, sink=sink, hold=hold
    )


def _parquet(parquet_dir: str | PathLike[str] | None) -> ParquetTables | None:
    """Return the Parquet writer for ``parquet_dir`` (its targets checked now), or None."""
    if parquet_dir is None:
        return None
    from .parquet import ParquetTables

    return ParquetTables(parquet_dir, TABLES)


# The tables _tracking builds with their public types already, list cells included.
_TYPED = frozenset({*DOCUMENT_TABLES, "changes"})


def _tracking(corpus: Corpus, dimensions: Dimensions, held: HeldRows) -> Tracking:
    """Build every table from the rows held, in corpus order (``held`` is emptied)."""
    order = {doc_id: i for i, doc_id in enumerate(corpus.doc_ids)}
    position_list = position_rows(held.dicts("claims"), order)
    positions = positions_frame(position_list)
    timeline = timeline_table(corpus, dimensions, held.dicts("mentions"), position_list)
    tables = {name: held.take_frame(name) for name in DOCUMENT_TABLES}
    mentions, claims, facets = tables["mentions"], tables["claims"], tables["facets"]
    figures, readability = tables["figures"], tables["readability"]
    changes = changes_table(
        corpus,
        dimensions,
        timeline=timeline,
        positions=positions,
        mentions=mentions,
        facets=facets,
        figures=figures,
    )
    return tracking_of(
        _TYPED,
        corpus=corpus,
        dimensions=dimensions,
        documents=corpus.to_frame(),
        mentions=mentions,
        claims=claims,
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
