"""Change stage: how each dimension and each side moves from one document to the next.

- :mod:`.changes`: the change table, :func:`compare`, :func:`diff`, series summaries and
  lifecycles;
- :mod:`.similarity`: the one wrapper around :mod:`difflib`, and :class:`PassageDiff`;
- :mod:`.figure_series`: :func:`figure_series`, the figures of one kind, currency, scope and
  donor linked across documents.

Only this stage (and the series tables of :mod:`nato_diff.track`) needs the documents in
date order; everything it reads is a table of the extract stage.
"""

from __future__ import annotations

from .changes import (
    CHANGE_COLUMNS,
    LIFECYCLE_COLUMNS,
    SUMMARY_COLUMNS,
    changes_table,
    compare,
    diff,
    lifecycle_table,
    series_summaries,
)
from .figure_series import figure_series
from .similarity import DEFAULT_THRESHOLD, PassageDiff, diff_sentences, sentence_ratio

__all__ = [
    "CHANGE_COLUMNS",
    "DEFAULT_THRESHOLD",
    "LIFECYCLE_COLUMNS",
    "SUMMARY_COLUMNS",
    "PassageDiff",
    "changes_table",
    "compare",
    "diff",
    "diff_sentences",
    "figure_series",
    "lifecycle_table",
    "sentence_ratio",
    "series_summaries",
]
