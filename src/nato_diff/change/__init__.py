"""Change stage: how each dimension and each side moves from one document to the next.

- :mod:`.changes`: the change table (:func:`changes_table`, or piece by piece for a run too
  large to hold: :func:`change_chunks`) and :func:`compare`;
- :mod:`.document_diff`: :func:`diff` of two documents, or of one dimension's passages in each;
- :mod:`.summaries`: :func:`series_summaries`, one paragraph per dimension and aspect;
- :mod:`.lifecycle`: :func:`lifecycle_table`, when facets, terms and positions come and go
  (:class:`Sightings` notes them document by document);
- :mod:`.similarity`: the one wrapper around :mod:`difflib`: sentence ratios and word diffs;
- :mod:`.alignment`: :func:`diff_sentences`, two passages aligned sentence by sentence;
- :mod:`.passage` and :mod:`.passage_html`: :class:`PassageDiff` and its HTML table;
- :mod:`.figure_series`: :func:`figure_series`, the figures of one kind, currency, scope and
  donor linked across documents;
- :mod:`._text`: wording shared by the tables (evidence references, side names);
- :mod:`.words`: :func:`readable`, ids in words;
- :mod:`.columns`: the column types of the public tables (:func:`public_table`: dates as
  ``datetime64[ns]``, multi-valued cells as lists), :func:`column_frame` (a table typed a
  column at a time) and :func:`explode`.

Only this stage (and the series tables of :mod:`nato_diff.tracking`) needs the documents in
date order; everything it reads is a table of the extract stage.
"""

from __future__ import annotations

from .alignment import diff_sentences
from .changes import (
    CHANGE_COLUMNS,
    change_chunks,
    changes_table,
    compare,
    doc_index,
)
from .columns import DATE_COLUMNS, column_frame, day_text, explode, items, public_table
from .document_diff import diff
from .figure_series import figure_series
from .lifecycle import LIFECYCLE_COLUMNS, Sightings, lifecycle_table
from .passage import PassageDiff
from .similarity import DEFAULT_THRESHOLD, sentence_ratio
from .summaries import SUMMARY_COLUMNS, series_summaries
from .words import readable

__all__ = [
    "CHANGE_COLUMNS",
    "DATE_COLUMNS",
    "DEFAULT_THRESHOLD",
    "LIFECYCLE_COLUMNS",
    "SUMMARY_COLUMNS",
    "PassageDiff",
    "Sightings",
    "change_chunks",
    "changes_table",
    "column_frame",
    "compare",
    "day_text",
    "diff",
    "diff_sentences",
    "doc_index",
    "explode",
    "figure_series",
    "items",
    "lifecycle_table",
    "public_table",
    "readable",
    "sentence_ratio",
    "series_summaries",
]
