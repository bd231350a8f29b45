"""Tracking: run extraction over a corpus and build the tidy tables an analyst reads.

:func:`track` extracts every document independently (optionally in worker processes), then
builds the series tables that need the documents in date order (timeline, positions,
changes, lifecycle, summaries).
"""

from __future__ import annotations

from ..change import changes_table, lifecycle_table, series_summaries
from ..corpus import Corpus
from ..dimensions import Dimensions, load_dimensions
from ..errors import check_n_jobs
from ..extract import (
    FACET_COLUMNS,
    FIGURE_TABLE_COLUMNS,
    MENTION_COLUMNS,
    READABILITY_COLUMNS,
    Actors,
    load_actors,
)
from .engine import extract_all
from .tables import positions_table, table_frame, timeline_table
from .tracking import Tracking

__all__ = ["track"]


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
    check_n_jobs(n_jobs)
    dimensions = dimensions if dimensions is not None else load_dimensions()
    actors = actors or load_actors()
    extractions = extract_all(corpus, dimensions, actors, n_jobs=n_jobs, progress=progress)
    mention_rows = [r for e in extractions for r in e.mentions]
    mentions = table_frame(mention_rows, MENTION_COLUMNS)
    mentions["position_rank"] = mentions["position_rank"].astype("Int64")
    facets = table_frame((r for e in extractions for r in e.facets), FACET_COLUMNS)
    figures = table_frame((r for e in extractions for r in e.figures), FIGURE_TABLE_COLUMNS)
    readability = table_frame((r for e in extractions for r in e.readability), READABILITY_COLUMNS)
    timeline = timeline_table(corpus, dimensions, mention_rows)
    positions = positions_table(corpus, mention_rows)
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
