"""Figure extraction: amounts of money, counts, shares, percentages and measures in sentences.

The extraction stage reads one sentence at a time and returns :class:`Figure` objects: what
the sentence states as written ("more than €150 billion"), normalised to base units
(``1.5e11``, ``"EUR"``), with the bound its qualifier implies, the scope of the amount
(military, financial, humanitarian, total aid …) read from the words of its clause, the start
of the period it covers ("since February 2022"), which other figure it is a part of
("… including $12 billion for weapons") and who gives it ("Germany pledged …").

Every word the rules rely on — currencies, scale words, qualifiers, count units, scope cues,
donor names, month names — lives in the lexicon file ``nato_diff/data/figures.yaml``; pass
your own copy with ``lexicon=load_figure_lexicon(path)``.

Numbers that are not volumes are left out: years ("in 2014"), dates ("12 June 2020"),
times ("13:00"), ranks ("30th", "third visit"), model names ("F-16", "Leopard 2") and
bare numbers with no currency, count unit or percent sign. Calibres ("155mm") are kept as
kind ``"measure"`` so that they can be told apart from counts of shells.

Modules:

- :mod:`.figure`: :class:`Figure`, its kinds and bounds;
- :mod:`.schema`: the layout of a lexicon file, and the one validator that checks it;
- :mod:`.lexicon`: :class:`FigureLexicon` and :func:`load_figure_lexicon`;
- :mod:`.tokens`: sentences split into tokens, and the phrase tables matched against them;

then, in the order a sentence goes through them:

- :mod:`.numbers`: digits, number words ("one hundred billion"), scales and shares, and
  :func:`number_from_words`;
- :mod:`.amounts`: what a number is (money, count, share, percentage, measure, or no
  volume at all), with its currency or unit, range and qualifier: it reads "nearly one
  hundred billion euros" as €100 bn, bound ``"upper"``;
- :mod:`.clauses`: clause breaks and cue words around the figures of a sentence;
- :mod:`.changes`: figures that state a change or an earlier level ("an increase of"),
  and :func:`is_change_qualifier`;
- :mod:`.parts`: which figure another is part of ("including …");
- :mod:`.scope`: what an amount measures, and what counts as aid;
- :mod:`.donors`: who gives an amount, and :func:`normalize_donor`;
- :mod:`.periods`: the start of the period a figure covers ("since February 2022");
- :mod:`.extract`: :func:`extract_figures`, which runs all of the above on a sentence;
- :mod:`.records`: the figures table's columns and :func:`figure_records`;
- :mod:`.describe`: :func:`describe_figure`, a figure as short text.

Linking figures across documents (:func:`nato_diff.change.figure_series`) belongs to the
change stage.
"""

from __future__ import annotations

from .changes import is_change_qualifier
from .describe import describe_figure
from .donors import normalize_donor
from .extract import extract_figures
from .figure import FIGURE_KINDS, Bound, Figure, FigureKind
from .lexicon import FigureLexicon, load_figure_lexicon
from .numbers import number_from_words
from .records import FIGURE_COLUMNS, FIGURE_SUMMARY_COLUMNS, SERIES_COLUMNS, figure_records

__all__ = [
    "FIGURE_COLUMNS",
    "FIGURE_KINDS",
    "FIGURE_SUMMARY_COLUMNS",
    "SERIES_COLUMNS",
    "Bound",
    "Figure",
    "FigureKind",
    "FigureLexicon",
    "describe_figure",
    "extract_figures",
    "figure_records",
    "is_change_qualifier",
    "load_figure_lexicon",
    "normalize_donor",
    "number_from_words",
]
