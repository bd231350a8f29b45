"""Tracking: run extraction over a corpus and build the tidy tables an analyst reads.

:func:`track` extracts every document independently (optionally in worker processes), then
builds the series tables that need the documents in date order (timeline, positions,
changes, lifecycle, summaries).
"""

from __future__ import annotations

from os import PathLike

import pandas as pd

from ..change import changes_table, lifecycle_table, series_summaries
from ..corpus import Corpus, as_corpus, document_jobs
from ..dimensions import Dimensions, load_dimensions
from ..errors import check_n_jobs
from ..extract import (
    CLAIM_COLUMNS,
    FACET_COLUMNS,
    FIGURE_TABLE_COLUMNS,
    MENTION_COLUMNS,
    READABILITY_COLUMNS,
    Actors,
    Extraction,
    load_actors,
)
from .engine import extract_all, load_and_extract
from .positions import position_rows, positions_frame
from .result import Tracking
from .tables import table_frame, timeline_table

__all__ = ["track"]


def track(
    corpus: Corpus | str | PathLike[str] | pd.DataFrame,
    dimensions: Dimensions | None = None,
    *,
    actors: Actors | None = None,
    n_jobs: int = 1,
    progress: bool = False,
) -> Tracking:
    """Track every dimension through the corpus.

    Parameters
    ----------
    corpus : Corpus, str, path-like or pandas.DataFrame
        The documents: a corpus, a path that :func:`load_corpus` reads (folder, document or
        table file), or a DataFrame that :meth:`Corpus.from_frame` reads.
    dimensions : Dimensions, optional
        The dimensions to track; the built-ins by default (:func:`load_dimensions`).
    actors : Actors, optional
        Who may speak; the package's actors file by default.
    n_jobs : int, optional
        Worker processes for the per-document work. Every table is the same whatever
        ``n_jobs``.
    progress : bool, optional
        Show a progress bar on the terminal.

    Returns
    -------
    Tracking
        The tables (see :class:`Tracking` for every column).

    Raises
    ------
    TypeError
        When ``corpus`` is none of the above.

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
    >>> tracking.timeline.groupby("dimension")["n_mentions"].sum()["black_sea"] >= 3
    True
    """
    check_n_jobs(n_jobs)
    dimensions = dimensions if dimensions is not None else load_dimensions()
    actors = actors or load_actors()
    jobs = document_jobs(corpus) if isinstance(corpus, (str, PathLike)) else None
    if jobs is not None:
        corpus, extractions = load_and_extract(
            jobs, dimensions, actors, n_jobs=n_jobs, progress=progress
        )
    else:
        corpus = as_corpus(corpus)
        extractions = extract_all(corpus, dimensions, actors, n_jobs=n_jobs, progress=progress)
    return _tracking(corpus, dimensions, extractions)


def _tracking(corpus: Corpus, dimensions: Dimensions, extractions: list[Extraction]) -> Tracking:
    """Build every table from the extractions, in corpus order."""
    mention_rows = [r for e in extractions for r in e.mentions]
    mentions = table_frame(mention_rows, MENTION_COLUMNS)
    mentions["position_rank"] = mentions["position_rank"].astype("Int64")
    facets = table_frame((r for e in extractions for r in e.facets), FACET_COLUMNS)
    figures = table_frame((r for e in extractions for r in e.figures), FIGURE_TABLE_COLUMNS)
    readability = table_frame((r for e in extractions for r in e.readability), READABILITY_COLUMNS)
    claim_rows = [r for e in extractions for r in e.claims]
    claims = table_frame(claim_rows, CLAIM_COLUMNS)
    for col in ("rung_rank", "sentence_id", "n_figures"):
        claims[col] = claims[col].astype("Int64")
    order = {doc_id: i for i, doc_id in enumerate(corpus.doc_ids)}
    position_list = position_rows(claim_rows, order)
    positions = positions_frame(position_list)
    timeline = timeline_table(corpus, dimensions, mention_rows, position_list)
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
