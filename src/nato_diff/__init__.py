"""nato_diff: track how policy positions move across dated documents.

The pipeline, one subpackage per stage, dependencies flowing one way::

    corpus (load, clean, date, split) -> dimensions -> extract (mentions, actors, modality,
    figures) -> change (diffs, deltas, summaries) -> track (runs the stages, builds the
    Tracking) -> plotting -> report -> cli

``docs/architecture.md`` draws it and says which file holds what.

>>> import nato_diff
>>> tracking = nato_diff.track(nato_diff.load_seeds())
>>> sorted(tracking.tables())[:3]
['changes', 'documents', 'facets']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .change import PassageDiff, compare, diff, figure_series
from .corpus import Corpus, Document, load_corpus, load_seeds
from .dimensions import Dimension, Dimensions, import_quanteda, load_dimension, load_dimensions
from .errors import (
    ArgumentError,
    ArgumentTypeError,
    CorpusError,
    DimensionError,
    NatoDiffError,
    OutputError,
    UndatableDocumentError,
    UnknownIdError,
)
from .track import Tracking, track

if TYPE_CHECKING:
    from .plotting import (
        plot_facets,
        plot_figures,
        plot_overview,
        plot_positions,
        plot_readability,
        plot_salience,
    )
    from .report import build_report

_LAZY = {
    "build_report": "report",
    "plot_facets": "plotting",
    "plot_figures": "plotting",
    "plot_overview": "plotting",
    "plot_positions": "plotting",
    "plot_readability": "plotting",
    "plot_salience": "plotting",
}

__all__ = [
    "ArgumentError",
    "ArgumentTypeError",
    "Corpus",
    "CorpusError",
    "Dimension",
    "DimensionError",
    "Dimensions",
    "Document",
    "NatoDiffError",
    "OutputError",
    "PassageDiff",
    "Tracking",
    "UndatableDocumentError",
    "UnknownIdError",
    "__version__",
    "build_report",
    "compare",
    "diff",
    "figure_series",
    "import_quanteda",
    "load_corpus",
    "load_dimension",
    "load_dimensions",
    "load_seeds",
    "plot_facets",
    "plot_figures",
    "plot_overview",
    "plot_positions",
    "plot_readability",
    "plot_salience",
    "track",
]


def __getattr__(name: str) -> Any:
    """Import the plotting and report functions on first use (they load matplotlib)."""
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'nato_diff' has no attribute {name!r}")
