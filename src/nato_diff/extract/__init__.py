"""Extract stage: what one document says, sentence by sentence.

- :mod:`.document`: :func:`extract_document`, the per-document driver, and the row columns;
- :mod:`.actors`: who speaks or acts, and which side they are on;
- :mod:`.modality`: commitment, hedge, condition;
- :mod:`.figures`: amounts of money, counts, shares and measures;
- :mod:`.readability`: the one wrapper around textstat.

Everything here looks at one document at a time, so it runs in worker processes or on a
cluster.
"""

from __future__ import annotations

from .actors import SIDES, Actors, Attribution, attribute, load_actors
from .document import (
    FACET_COLUMNS,
    FIGURE_TABLE_COLUMNS,
    MENTION_COLUMNS,
    READABILITY_COLUMNS,
    SEPARATOR,
    Extraction,
    extract_document,
    join_values,
)
from .figures import (
    FIGURE_COLUMNS,
    FIGURE_SUMMARY_COLUMNS,
    describe_figure,
    extract_figures,
    figure_series,
)
from .modality import modality
from .readability import readability

__all__ = [
    "FACET_COLUMNS",
    "FIGURE_COLUMNS",
    "FIGURE_SUMMARY_COLUMNS",
    "FIGURE_TABLE_COLUMNS",
    "MENTION_COLUMNS",
    "READABILITY_COLUMNS",
    "SEPARATOR",
    "SIDES",
    "Actors",
    "Attribution",
    "Extraction",
    "attribute",
    "describe_figure",
    "extract_document",
    "extract_figures",
    "figure_series",
    "join_values",
    "load_actors",
    "modality",
    "readability",
]
