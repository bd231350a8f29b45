from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.axes import Axes

from nato_diff.plotting.figures import plot_figures

from .conftest import FIGURE_ROWS, _figures, _texts


def _markers(ax: Axes) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in ax.get_lines():
        if line.get_linestyle() == "None" and line.get_marker() in {"^", "v", "D", "o"}:
            marker = str(line.get_marker())
            counts[marker] = counts.get(marker, 0) + len(line.get_xdata())
    return counts


def test_plot_figures_markers_per_bound(date_kind: str) -> None:
    _fig, ax = plt.subplots()
    out = plot_figures(_figures(date_kind), ax=ax)
    assert out is ax
    assert _markers(ax) == {"^": 2, "v": 1, "D": 1, "o": 2}  # missing bound counts as exact
    scope_lines = [ln for ln in ax.get_lines() if not ln.get_label().startswith("_")]
    assert [ln.get_label() for ln in scope_lines] == ["Total", "Annual", "Unspecified"]
    assert np.asarray(scope_lines[0].get_xdata()).dtype.kind == "M"
    assert list(scope_lines[0].get_ydata()) == [1.5, 2.0, 3.0]  # in billions
    assert ax.get_ylabel() == "EUR billion"
    (ranges,) = ax.collections  # one vertical bar for the 3.0-3.5 range
    (segment,) = ranges.get_segments()
    assert [y for _, y in segment] == [3.0, 3.5]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "at least (lower bound)" in legend
    assert "up to (upper bound)" in legend


@pytest.mark.parametrize(
    ("values", "label"),
    [
        ([250.0], "USD"),
        ([2.5e4], "USD thousand"),
        ([4.0e7], "USD million"),
        ([1.2e12], "USD trillion"),
    ],
)
def test_plot_figures_scale_label(values: list[float], label: str) -> None:
    rows = [("d1", v, None, "USD", "exact", "total") for v in values]
    _fig, ax = plt.subplots()
    assert plot_figures(_figures(rows=rows), ax=ax).get_ylabel() == label


def test_plot_figures_mixed_currencies_raise_and_currency_filters() -> None:
    rows = [*FIGURE_ROWS, ("d3", 6.0e8, None, "USD", "upper", "total")]
    with pytest.raises(ValueError, match=r"currency=.*EUR, USD"):
        plot_figures(_figures(rows=rows))
    _fig, ax = plt.subplots()
    plot_figures(_figures(rows=rows), currency="USD", ax=ax)
    assert _markers(ax) == {"v": 1}
    assert ax.get_ylabel() == "USD million"
    with pytest.raises(ValueError, match="Available: EUR, USD"):
        plot_figures(_figures(rows=rows), currency="GBP")


def test_plot_figures_other_kind_uses_unit() -> None:
    rows = [("d1", 300.0, None, "troops", "approx", "deployment")]
    _fig, ax = plt.subplots()
    plot_figures(_figures(rows=rows, what="count"), kind="count", ax=ax)
    assert ax.get_ylabel() == "troops"


def test_plot_figures_unknown_bound_raises() -> None:
    rows = [("d1", 1.0e9, None, "EUR", "roughly", "total")]
    with pytest.raises(ValueError, match="roughly"):
        plot_figures(_figures(rows=rows))


def test_plot_figures_no_figures_of_kind_gives_no_data() -> None:
    _fig, ax = plt.subplots()
    assert _texts(plot_figures(_figures(), kind="percent", ax=ax)) == ["no percent figures"]
