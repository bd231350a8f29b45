"""Plotting: draw the tracking tables with matplotlib; every function takes and returns ``ax``."""

from __future__ import annotations

from .plotting import (
    TrackingTables,
    dimension_color,
    plot_facets,
    plot_figures,
    plot_overview,
    plot_positions,
    plot_readability,
    plot_salience,
    side_color,
)

__all__ = [
    "TrackingTables",
    "dimension_color",
    "plot_facets",
    "plot_figures",
    "plot_overview",
    "plot_positions",
    "plot_readability",
    "plot_salience",
    "side_color",
]
