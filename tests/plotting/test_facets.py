from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest

from nato_diff.plotting.facets import plot_facets

from .conftest import DATE_LABELS, _facets, _texts


def test_plot_facets_cells_and_counts(date_kind: str) -> None:
    _fig, ax = plt.subplots()
    out = plot_facets(_facets(date_kind), dimension="membership_path", ax=ax)
    assert out is ax
    presence = np.asarray(ax.collections[0].get_array())
    assert presence.shape == (3, 4)  # facets × every document, d3 an empty column
    assert presence.tolist() == [[1, 1, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1]]
    assert [t.get_text() for t in ax.get_yticklabels()] == [
        "Reforms",
        "Interoperability",
        "Summit",
    ]
    assert _texts(ax) == ["2", "1", "3", "1"]
    assert [t.get_text() for t in ax.get_xticklabels()] == DATE_LABELS


def test_plot_facets_order_selects_rows() -> None:
    _fig, ax = plt.subplots()
    plot_facets(_facets(), dimension="membership_path", facet_order=["summit", "ports"], ax=ax)
    presence = np.asarray(ax.collections[0].get_array())
    assert presence.tolist() == [[0, 0, 0, 1], [0, 0, 0, 0]]
    assert _texts(ax) == ["1"]


def test_plot_facets_unknown_dimension_lists_available() -> None:
    with pytest.raises(ValueError, match="black_sea, membership_path"):
        plot_facets(_facets(), dimension="aid")
