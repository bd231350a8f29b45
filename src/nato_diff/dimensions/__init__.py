"""Dimensions stage: policy questions as data files, validated on load and matched in text.

Modules, from the bottom up:

* ``patterns`` -- fixed, glob and regex patterns as whole-word regular expressions;
* ``model`` -- terms, facets, cues, positions, figure settings, and a sentence's match;
* ``yamlfile`` -- reading YAML with the line of every key and item;
* ``fields`` -- validators for entries of a data file (sections of keys, text, ids, flags);
* ``terms`` -- reading terms (patterns) from a data file;
* ``negation`` -- the local-negation rules of ``data/negation.yaml``;
* ``prefilter`` -- the prefix filter that decides which patterns to run where;
* ``quickcheck`` -- whether a compiled pattern may match a text, and its matches found fast;
* ``compiled`` -- a dimension's compiled form, built once;
* ``matching`` -- matching one sentence: facets, exclusion, negation, questions;
* ``dimension`` -- the ``Dimension`` object and the ``Dimensions`` collection;
* ``schema`` -- the dimension file format and its validation;
* ``builtin`` -- the built-in dimensions;
* ``loading`` -- ``load_dimension`` and ``load_dimensions``;
* ``quanteda`` -- ``import_quanteda``.
"""

from __future__ import annotations

from .builtin import BUILTIN_DIMENSIONS
from .dimension import Dimension, Dimensions
from .loading import load_dimension, load_dimensions
from .model import FIGURE_KINDS, Cue, Facet, FigureSettings, Position, SentenceMatch, Term
from .patterns import ValueType
from .quanteda import import_quanteda
from .quickcheck import can_match, find_matches, plan_search

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
    "can_match",
    "find_matches",
    "import_quanteda",
    "load_dimension",
    "load_dimensions",
    "plan_search",
]
