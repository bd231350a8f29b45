from __future__ import annotations

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from nato_diff.plotting.salience import plot_salience

from .conftest import DATE_LABELS, IN_ORDER, SALIENCE_LABELS, _is_no_data, _texts, _timeline


def test_plot_salience_cells_and_texts(date_kind: str) -> None:
    _fig, ax = plt.subplots()
    out = plot_salience(_timeline(date_kind), ax=ax)
    assert out is ax
    mesh = ax.collections[0]
    assert mesh.get_array().shape == (3, 4)
    texts = _texts(ax)
    assert len(texts) == 3 * 4
    # row-major: dimensions in order of appearance × documents in date order
    assert texts[:4] == ["40%", "25%", "10%", "5.0%"]
    assert texts[4:8] == ["0%", "12%", "30%", "20%"]
    assert [t.get_text() for t in ax.get_yticklabels()] == SALIENCE_LABELS
    assert [t.get_text() for t in ax.get_xticklabels()] == DATE_LABELS
    (top,) = ax.child_axes
    assert [t.get_text() for t in top.get_xticklabels()] == IN_ORDER


def test_plot_salience_kwargs_missing_cell_and_colorbar() -> None:
    timeline = _timeline().iloc[1:]  # membership_path × d1 missing
    fig, ax = plt.subplots()
    plot_salience(timeline, ax=ax, cmap="Greens", colorbar=True)
    assert ax.collections[0].get_cmap().name == "Greens"
    assert len(fig.axes) == 2  # the colour bar
    assert _texts(ax)[0] == "–"


def test_plot_salience_accepts_a_norm() -> None:
    from matplotlib.colors import PowerNorm

    _fig, ax = plt.subplots()
    plot_salience(_timeline(), ax=ax, norm=PowerNorm(0.5, vmin=0, vmax=1))
    assert isinstance(ax.collections[0].norm, PowerNorm)


def test_plot_salience_uses_current_axes_and_empty_gives_no_data() -> None:
    _fig, ax = plt.subplots()
    assert plot_salience(_timeline().iloc[:0]) is ax
    assert _is_no_data(ax)


def test_plot_salience_duplicate_rows_raise() -> None:
    timeline = _timeline()
    with pytest.raises(ValueError, match="one row per document × dimension"):
        plot_salience(pd.concat([timeline, timeline.iloc[:1]]))


def test_plot_salience_missing_column_raises() -> None:
    with pytest.raises(ValueError, match="salience"):
        plot_salience(_timeline().drop(columns="salience"))
