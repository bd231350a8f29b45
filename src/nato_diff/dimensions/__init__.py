"""Dimensions stage: policy questions as data files, validated on load and matched in text."""

from __future__ import annotations

from .dimensions import (
    BUILTIN_DIMENSIONS,
    FIGURE_KINDS,
    Cue,
    Dimension,
    Dimensions,
    Facet,
    FigureSettings,
    Position,
    SentenceMatch,
    Term,
    ValueType,
    import_quanteda,
    load_dimension,
    load_dimensions,
)

__all__ = [
    "BUILTIN_DIMENSIONS",
    "FIGURE_KINDS",
    "Cue",
    "Dimension",
    "Dimensions",
    "Facet",
    "FigureSettings",
    "Position",
    "SentenceMatch",
    "Term",
    "ValueType",
    "import_quanteda",
    "load_dimension",
    "load_dimensions",
]
