from __future__ import annotations

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pytest
from matplotlib.colors import to_hex

from nato_diff.plotting.positions import plot_positions

from .conftest import _is_no_data, _positions, _texts

LADDER = ["no_prospect", "open_door", "membership_when_conditions_met", "invitation"]


def test_plot_positions_lines_ticks_dates(date_kind: str) -> None:
    _fig, ax = plt.subplots()
    out = plot_positions(_positions(date_kind), dimension="membership_path", ladder=LADDER, ax=ax)
    assert out is ax
    lines = ax.get_lines()
    assert [line.get_label() for line in lines] == ["nato", "ukraine"]
    assert [to_hex(line.get_color()).upper() for line in lines] == ["#009E73", "#0072B2"]
    assert [t.get_text() for t in ax.get_yticklabels()] == LADDER
    nato, ukraine = lines
    assert np.asarray(nato.get_xdata()).dtype.kind == "M"  # datetime64
    assert list(np.asarray(nato.get_xdata()).astype("datetime64[D]")) == [
        np.datetime64("2023-04-20"),
        np.datetime64("2024-01-15"),
    ]
    assert list(nato.get_ydata()) == [1, 2]
    assert list(ukraine.get_ydata()) == [2, 3, 3]
    assert nato.get_drawstyle() == "steps-post"
    assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)
    assert sorted(_texts(ax)) == ["d1#3", "d1#5", "d2#1", "d4#12", "d4#2"]


def test_plot_positions_derives_ladder_from_ranks() -> None:
    _fig, ax = plt.subplots()
    plot_positions(_positions(), dimension="membership_path", ax=ax)
    assert [t.get_text() for t in ax.get_yticklabels()] == LADDER[1:]


def test_plot_positions_shortens_long_ids_and_keeps_them_unique() -> None:
    rows = [
        ("000_129a53a0448b52ed", "membership_path", "ukraine", "open_door", 1, 4),
        ("003_6a731f872112a24a", "membership_path", "ukraine", "open_door", 1, 3),
    ]
    _fig, ax = plt.subplots()
    plot_positions(_positions(rows=rows), dimension="membership_path", ax=ax)
    assert sorted(_texts(ax)) == ["000_129a#4", "003_6a73#3"]


def test_plot_positions_unattributed_side_and_kwargs() -> None:
    rows = [("d1", "membership_path", None, "open_door", 1, 3)]
    _fig, ax = plt.subplots()
    plot_positions(_positions(rows=rows), dimension="membership_path", ax=ax, linewidth=4)
    (line,) = ax.get_lines()
    assert line.get_label() == "unattributed"
    assert to_hex(line.get_color()).upper() == "#7F7F7F"
    assert line.get_linewidth() == 4


def test_plot_positions_unknown_dimension_lists_available() -> None:
    with pytest.raises(ValueError, match=r"black_sea, membership_path"):
        plot_positions(_positions(), dimension="aid_volumes")


def test_plot_positions_position_off_ladder_raises() -> None:
    with pytest.raises(ValueError, match="invitation"):
        plot_positions(_positions(), dimension="membership_path", ladder=LADDER[:3])


def test_plot_positions_empty_gives_no_data() -> None:
    _fig, ax = plt.subplots()
    assert _is_no_data(plot_positions(_positions().iloc[:0], dimension="x", ax=ax))
