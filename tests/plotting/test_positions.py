from __future__ import annotations

import datetime as dt

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex

from nato_diff.plotting.positions import plot_positions

from .conftest import _is_no_data, _positions, _texts

LADDER = ["no_prospect", "open_door", "membership_when_conditions_met", "invitation"]
LADDER_NAMES = ["No prospect", "Open door", "Membership when conditions met", "Invitation"]


def test_plot_positions_lines_ticks_dates(date_kind: str) -> None:
    _fig, ax = plt.subplots()
    out = plot_positions(_positions(date_kind), dimension="membership_path", ladder=LADDER, ax=ax)
    assert out is ax
    lines = ax.get_lines()
    assert [line.get_label() for line in lines] == ["NATO", "Ukraine"]
    assert [to_hex(line.get_color()).upper() for line in lines] == ["#009E73", "#0072B2"]
    assert [t.get_text() for t in ax.get_yticklabels()] == LADDER_NAMES
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
    assert _texts(ax) == []  # the evidence is in the table, not on the plot
    assert ax.get_title(loc="left") == "Membership path: position by side"


def test_plot_positions_derives_ladder_from_ranks() -> None:
    _fig, ax = plt.subplots()
    plot_positions(_positions(), dimension="membership_path", ax=ax)
    assert [t.get_text() for t in ax.get_yticklabels()] == LADDER_NAMES[1:]


def test_plot_positions_takes_the_callers_names() -> None:
    _fig, ax = plt.subplots()
    names = {"membership_path": "Road to NATO", "invitation": "Invited", "nato": "Allies"}
    plot_positions(_positions(), dimension="membership_path", labels=names, ax=ax)
    assert ax.get_title(loc="left") == "Road to NATO: position by side"
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "Invited"
    assert ax.get_lines()[0].get_label() == "Allies"


def test_plot_positions_dense_corpus_shows_the_highest_per_month() -> None:
    # 120 documents, one every 5 days from 2 Jan 2023; Ukraine climbs one rung every 40 days
    days = [dt.date(2023, 1, 2) + dt.timedelta(days=5 * i) for i in range(120)]
    rows = [
        {
            "doc_id": f"doc{i:03d}",
            "date": day,
            "dimension": "membership_path",
            "side": "ukraine",
            "position": LADDER[min(i // 8, 3)],
            "position_rank": min(i // 8, 3),
            "sentence_id": 0,
        }
        for i, day in enumerate(days)
    ]
    _fig, ax = plt.subplots()
    plot_positions(pd.DataFrame(rows), dimension="membership_path", ladder=LADDER, ax=ax)
    (line,) = ax.get_lines()
    x = np.asarray(line.get_xdata()).astype("datetime64[D]")
    assert len(x) == 20  # Jan 2023 to Aug 2024: one point per month
    assert x[0] == np.datetime64("2023-01-01") and x[1] == np.datetime64("2023-02-01")
    assert list(line.get_ydata())[:3] == [0, 1, 2]  # February's highest rung is already 1
    assert ax.get_title(loc="left").endswith("highest per month")


def test_plot_positions_unattributed_side_and_kwargs() -> None:
    rows = [("d1", "membership_path", None, "open_door", 1, 3)]
    _fig, ax = plt.subplots()
    plot_positions(_positions(rows=rows), dimension="membership_path", ax=ax, linewidth=4)
    (line,) = ax.get_lines()
    assert line.get_label() == "Unattributed"
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
