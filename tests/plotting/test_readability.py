from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import to_hex

from nato_diff.plotting.readability import plot_readability

from .conftest import _readability


def test_plot_readability_hollow_unreliable(date_kind: str) -> None:
    _fig, ax = plt.subplots()
    out = plot_readability(_readability(date_kind), ax=ax)
    assert out is ax
    line, filled, hollow = ax.get_lines()
    assert list(line.get_ydata()) == [35.0, 52.5, 40.0, 38.0]
    assert np.asarray(line.get_xdata()).dtype.kind == "M"
    assert list(filled.get_ydata()) == [35.0, 40.0]
    assert list(hollow.get_ydata()) == [52.5, 38.0]  # missing flag counts as unreliable
    assert hollow.get_markerfacecolor() == "white"
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Flesch reading ease", "unreliable (too little text)"]


def test_plot_readability_dimension_scope() -> None:
    _fig, ax = plt.subplots()
    plot_readability(_readability(), scope="black_sea", ax=ax)
    assert to_hex(ax.get_lines()[0].get_color()).upper() == "#228833"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"measure": "smog"}, "flesch_reading_ease, gunning_fog"),
        ({"scope": "aid_volumes"}, "black_sea, document"),
    ],
)
def test_plot_readability_bad_choice_lists_available(
    options: dict[str, str], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        plot_readability(_readability(), **options)
