from __future__ import annotations

from types import SimpleNamespace

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from nato_diff.corpus import Corpus
from nato_diff.plotting.overview import plot_overview

from .conftest import (
    DOCS,
    SALIENCE_LABELS,
    _is_no_data,
    _positions,
    _texts,
    _timeline,
    _tracking,
)


def test_plot_overview_one_panel_per_dimension(date_kind: str) -> None:
    before = plt.get_fignums()
    fig = plot_overview(_tracking(date_kind))
    assert isinstance(fig, Figure)
    assert plt.get_fignums() == before  # not registered with pyplot, so never shown
    assert [ax.get_title(loc="left") for ax in fig.axes] == SALIENCE_LABELS
    membership = fig.axes[0]
    (bars,) = membership.collections
    assert len(bars.get_segments()) == 4
    # top position per document, written where it changes: d1, d2 (invitation), d4 unchanged
    assert _texts(membership) == [
        "Membership when conditions\nmet (Ukraine)",  # long labels wrap between words
        "Invitation (Ukraine)",
    ]
    assert isinstance(fig.axes[-1].xaxis.get_major_formatter(), mdates.ConciseDateFormatter)
    assert list(fig.axes[-1].xaxis.get_minorticklocs()) == []  # no tick goes unlabelled
    low, high = fig.axes[-1].get_xlim()
    assert low < mdates.date2num(min(DOCS.values())) < mdates.date2num(max(DOCS.values())) < high


def test_plot_overview_dimensions_subset_and_errors() -> None:
    fig = plot_overview(_tracking(), dimensions=["aid_volumes", "black_sea"])
    assert [ax.get_title(loc="left") for ax in fig.axes] == ["Aid volumes", "Black Sea"]
    with pytest.raises(ValueError, match="aid_volumes, black_sea, membership_path"):
        plot_overview(_tracking(), dimensions=["ports"])


def test_plot_overview_falls_back_to_timeline_positions() -> None:
    timeline = _timeline()
    timeline["position"] = ["open_door", None, None, "invitation"] + [None] * 8
    timeline["position_rank"] = [1, None, None, 3] + [None] * 8
    fig = plot_overview(SimpleNamespace(timeline=timeline, positions=_positions().iloc[:0]))
    assert _texts(fig.axes[0]) == ["Open door", "Invitation"]


def test_plot_overview_empty_timeline() -> None:
    tracking = SimpleNamespace(timeline=_timeline().iloc[:0], positions=_positions().iloc[:0])
    fig = plot_overview(tracking)
    (ax,) = fig.axes
    assert _is_no_data(ax)


def test_plot_overview_is_deterministic() -> None:
    images = []
    for _ in range(2):
        canvas = FigureCanvasAgg(plot_overview(_tracking()))
        canvas.draw()
        images.append(bytes(canvas.buffer_rgba()))
    assert images[0] == images[1]


def test_one_layout_for_every_panel_places_labels_as_one_per_panel(
    seeds: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    from nato_diff import track

    overview = importlib.import_module("nato_diff.plotting.overview")
    stack_all = overview._stack_panels_without_overlap

    def one_layout_per_panel(panels, heights):  # type: ignore[no-untyped-def]
        for panel in panels:
            stack_all([panel], heights)

    tracking = track(seeds)
    images, labels = [], []
    for stack in (stack_all, one_layout_per_panel):
        monkeypatch.setattr(overview, "_stack_panels_without_overlap", stack)
        fig = plot_overview(tracking)
        labels.append([(t.get_text(), t.xyann) for ax in fig.axes for t in ax.texts])
        canvas = FigureCanvasAgg(fig)
        canvas.draw()
        images.append(bytes(canvas.buffer_rgba()))
    assert len(labels[0]) >= 3
    assert labels[0] == labels[1]
    assert images[0] == images[1]
