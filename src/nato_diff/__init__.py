"""nato_diff: track how policy positions move across dated documents.

The pipeline, one subpackage per stage, dependencies flowing one way::

    corpus (load, clean, date, split) -> dimensions -> extract (mentions, actors, modality,
    figures) -> change (diffs, deltas, summaries) -> track (runs the stages, builds the
    Tracking) -> plotting -> report -> agreement (scores against hand coding) -> cli

``docs/architecture.md`` draws it and says which file holds what.

>>> import nato_diff
>>> tracking = nato_diff.track(nato_diff.load_seeds())
>>> sorted(tracking.tables())[:3]
['changes', 'claims', 'documents']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
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

if TYPE_CHECKING:
    from .agreement import Evaluation, GoldError, evaluate
    from .change import PassageDiff, compare, diff, explode, figure_series
    from .corpus import Corpus, Document, load_corpus, load_seeds
    from .dimensions import (
        Dimension,
        Dimensions,
        import_quanteda,
        load_dimension,
        load_dimensions,
    )
    from .plotting import (
        plot_claims,
        plot_facets,
        plot_figures,
        plot_overview,
        plot_positions,
        plot_readability,
        plot_salience,
    )
    from .report import build_report
    from .tracking import Tracking, track, track_to_parquet

#: Public names and the stage each comes from: imported on first use, so that ``import
#: nato_diff`` (and ``nato-diff --help``) does not load pandas, matplotlib and every rule file.
_LAZY = {
    "Evaluation": "agreement",
    "GoldError": "agreement",
    "evaluate": "agreement",
    "PassageDiff": "change",
    "compare": "change",
    "diff": "change",
    "explode": "change",
    "figure_series": "change",
    "Corpus": "corpus",
    "Document": "corpus",
    "load_corpus": "corpus",
    "load_seeds": "corpus",
    "Dimension": "dimensions",
    "Dimensions": "dimensions",
    "import_quanteda": "dimensions",
    "load_dimension": "dimensions",
    "load_dimensions": "dimensions",
    "build_report": "report",
    "plot_claims": "plotting",
    "plot_facets": "plotting",
    "plot_figures": "plotting",
    "plot_overview": "plotting",
    "plot_positions": "plotting",
    "plot_readability": "plotting",
    "plot_salience": "plotting",
    "Tracking": "tracking",
    "track": "tracking",
    "track_to_parquet": "tracking",
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
    "Evaluation",
    "GoldError",
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
    "evaluate",
    "explode",
    "figure_series",
    "import_quanteda",
    "load_corpus",
    "load_dimension",
    "load_dimensions",
    "load_seeds",
    "plot_claims",
    "plot_facets",
    "plot_figures",
    "plot_overview",
    "plot_positions",
    "plot_readability",
    "plot_salience",
    "track",
    "track_to_parquet",
]


def __getattr__(name: str) -> Any:
    """Import a public name's stage on first use, and keep the name."""
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'nato_diff' has no attribute {name!r}")


def __dir__() -> list[str]:
    """List the module's names, those imported on first use included."""
    return sorted(set(globals()) | set(__all__))
