"""Extract stage: what one document says, sentence by sentence.

- :mod:`.document`: :func:`extract_document`, the per-document driver, and the row columns;
- :mod:`.actors`: who speaks or acts, and which side they are on;
- :mod:`.claims` (rules in :mod:`.claim_rules`): the holder, act, rung, polarity and target
  of each mention;
- :mod:`.modality`: commitment, hedge, condition;
- :mod:`.figures`: amounts of money, counts, shares and measures;
- :mod:`.readability`: the one wrapper around textstat.

Everything here looks at one document at a time, so it runs in worker processes or on a
cluster.
"""

from __future__ import annotations

from .actors import SIDES, Actors, Attribution, attribute, load_actors
from .claim_reader import CLAIM_COLUMNS, ClaimReader
from .claim_rules import ACTS, STATUSES, TARGETS, ClaimRules, load_claim_rules
from .claims import Claim, read_claim
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
    FIGURE_KINDS,
    FIGURE_SUMMARY_COLUMNS,
    SERIES_COLUMNS,
    FigureLexicon,
    describe_figure,
    extract_figures,
    is_change_qualifier,
    load_figure_lexicon,
    normalize_donor,
)
from .modality import modality
from .readability import readability

__all__ = [
    "ACTS",
    "CLAIM_COLUMNS",
    "FACET_COLUMNS",
    "FIGURE_COLUMNS",
    "FIGURE_KINDS",
    "FIGURE_SUMMARY_COLUMNS",
    "FIGURE_TABLE_COLUMNS",
    "MENTION_COLUMNS",
    "READABILITY_COLUMNS",
    "SEPARATOR",
    "SERIES_COLUMNS",
    "SIDES",
    "STATUSES",
    "TARGETS",
    "Actors",
    "Attribution",
    "Claim",
    "ClaimReader",
    "ClaimRules",
    "Extraction",
    "FigureLexicon",
    "attribute",
    "describe_figure",
    "extract_document",
    "extract_figures",
    "is_change_qualifier",
    "join_values",
    "load_actors",
    "load_claim_rules",
    "load_figure_lexicon",
    "modality",
    "normalize_donor",
    "read_claim",
    "readability",
]
