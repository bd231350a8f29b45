"""nato_diff: track how policy positions move across dated documents.

The pipeline, one module per stage: :mod:`~nato_diff.corpus` (load, clean, date, split),
dimensions, extraction, change, plotting and report.
"""

from __future__ import annotations

from .corpus import Corpus, Document, load_corpus, load_seeds
from .errors import CorpusError, DimensionError, NatoDiffError, UndatableDocumentError

__version__ = "0.1.0"

__all__ = [
    "Corpus",
    "CorpusError",
    "DimensionError",
    "Document",
    "NatoDiffError",
    "UndatableDocumentError",
    "__version__",
    "load_corpus",
    "load_seeds",
]
