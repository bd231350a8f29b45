"""Plotting: draw the tracking tables with matplotlib; every function takes and returns ``ax``.

Every ``plot_*`` function takes one tidy table (as produced by the tracking step), draws on
``ax`` (or the current Axes), passes extra keyword arguments on to its main matplotlib call and
returns the Axes. Nothing is shown and nothing is saved: call ``fig.savefig(...)`` yourself.
Time axes use real dates, so uneven gaps between documents stay visible; a minor tick marks
every document date. An empty table gives an Axes with a centred "no data" note.

- :mod:`.labels`: :func:`readable`, ids written as words for titles and axes;
- :mod:`.style`: the style file ``data/style.yaml``, :func:`side_color` and
  :func:`dimension_color`;
- :mod:`.salience`: :func:`plot_salience`, the dimension × document heat map;
- :mod:`.positions`: :func:`plot_positions`, each side's position as a step chart;
- :mod:`.claims`: :func:`plot_claims`, the claims timeline (side × time, the act as the
  marker, the rung as the colour);
- :mod:`.figures`: :func:`plot_figures`, figures of one kind over time by scope;
- :mod:`.facets`: :func:`plot_facets`, the facets each document names;
- :mod:`.readability`: :func:`plot_readability`, one readability measure over time;
- :mod:`.overview`: :func:`plot_overview` and :class:`TrackingTables`, one panel per
  dimension;
- :mod:`._tables` and :mod:`._axes`: the checks of the input tables and the Axes furniture
  every plot shares.
"""

from __future__ import annotations

from .claims import plot_claims
from .facets import plot_facets
from .figures import plot_figures
from .labels import readable
from .overview import TrackingTables, plot_overview
from .positions import plot_positions
from .readability import plot_readability
from .salience import plot_salience
from .style import act_marker, dimension_color, side_color

__all__ = [
    "TrackingTables",
    "act_marker",
    "dimension_color",
    "plot_claims",
    "plot_facets",
    "plot_figures",
    "plot_overview",
    "plot_positions",
    "plot_readability",
    "plot_salience",
    "readable",
    "side_color",
]
