"""Every built-in figure reads at 5 and at 500 documents: limits, date ticks, names, no clutter.

The figures are the report's, drawn from the seeds and from a 500-document synthetic corpus.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import ConciseDateFormatter
from matplotlib.figure import Figure
from matplotlib.text import Text

from nato_diff import Tracking, track
from nato_diff.corpus import Corpus
from nato_diff.plotting import (
    plot_claims,
    plot_facets,
    plot_figures,
    plot_overview,
    plot_positions,
    plot_readability,
    plot_salience,
)

SNAKE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")


@pytest.fixture(scope="module")
def seed_tracking(seeds: Corpus) -> Tracking:
    return track(seeds)


def _on_axes(draw: Callable[[Axes], object]) -> Figure:
    fig = Figure(figsize=(9, 4.5), layout="constrained")
    draw(fig.subplots())
    return fig


def _figures(tracking: Tracking) -> Iterator[tuple[str, Figure]]:
    """The figures of the report, by name."""
    yield "overview", plot_overview(tracking)
    yield "salience", _on_axes(lambda ax: plot_salience(tracking.timeline, ax=ax))
    yield "readability", _on_axes(lambda ax: plot_readability(tracking.readability, ax=ax))
    money = tracking.figures[tracking.figures["kind"] == "money"]
    for currency in sorted({str(c) for c in money["currency"].dropna()}):
        yield (
            f"money {currency}",
            _on_axes(lambda ax, c=currency: plot_figures(money, currency=c, ax=ax)),
        )
    for dim_id in tracking.dimensions:
        dim = tracking.dimensions[dim_id]
        if dim.positions and (tracking.positions["dimension"] == dim_id).any():
            yield (
                f"positions {dim_id}",
                _on_axes(
                    lambda ax, d=dim_id, lad=dim.position_ids: plot_positions(
                        tracking.positions, dimension=d, ladder=lad, ax=ax
                    )
                ),
            )
        if (tracking.claims["dimension"] == dim_id).any():
            yield (
                f"claims {dim_id}",
                _on_axes(lambda ax, d=dim_id: plot_claims(tracking, dimension=d, ax=ax)),
            )
        if (tracking.facets["dimension"] == dim_id).any():
            yield (
                f"facets {dim_id}",
                _on_axes(lambda ax, d=dim_id: plot_facets(tracking.facets, dimension=d, ax=ax)),
            )


def _drawn(fig: Figure) -> Figure:
    FigureCanvasAgg(fig).draw()
    return fig


def _labels(ax: Axes) -> list[Text]:
    """Every piece of text an Axes shows: title, axis labels, tick labels, annotations."""
    texts = [ax.title, ax._left_title, ax.xaxis.label, ax.yaxis.label, *ax.texts]
    for axis in [ax.xaxis, ax.yaxis, *(child.xaxis for child in ax.child_axes)]:
        low, high = sorted(axis.get_view_interval())
        texts += [t.label1 for t in axis.get_major_ticks() if low <= t.get_loc() <= high]
    return [t for t in texts if t.get_visible() and t.get_text().strip()]


def _date_ticks_labelled(ax: Axes) -> list[str]:
    """Labels of the shown major ticks of a date x axis that fall inside the view."""
    low, high = ax.get_xlim()
    return [
        tick.label1.get_text()
        for tick in ax.xaxis.get_major_ticks()
        if low <= tick.get_loc() <= high and tick.label1.get_visible()
    ]


def _check(fig: Figure, name: str) -> None:
    _drawn(fig)
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    texts = [t for ax in fig.axes for t in _labels(ax)] + [fig._suptitle] * (
        fig._suptitle is not None
    )
    for t in texts:  # no id written as an id
        if t in {ax.title for ax in fig.axes} or t in {ax._left_title for ax in fig.axes}:
            assert not SNAKE.search(t.get_text()), (name, t.get_text())
    for ax in fig.axes:
        for t in [ax._left_title, ax.xaxis.label, ax.yaxis.label, *ax.get_yticklabels()]:
            assert not SNAKE.search(t.get_text()), (name, t.get_text())
        if isinstance(ax.xaxis.get_major_formatter(), ConciseDateFormatter):
            labels = _date_ticks_labelled(ax)
            assert all(labels), (name, labels)
            assert len(labels) >= 2 or not ax.xaxis.get_tick_params()["labelbottom"], name
            assert list(ax.xaxis.get_minorticklocs()) == [], name
        if ax.get_ylabel() == "salience":
            assert ax.get_ylim()[1] <= 1.0, name
    boxes = [(t.get_text(), Text.get_window_extent(t, renderer)) for t in texts]  # no arrows
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        assert not box_a.overlaps(box_b), (name, a, b)


@pytest.mark.parametrize("corpus", ["seeds", "large"])
def test_every_report_figure_reads(
    corpus: str, request: pytest.FixtureRequest, seed_tracking: Tracking
) -> None:
    tracking: Any = (
        seed_tracking if corpus == "seeds" else request.getfixturevalue("large_tracking")
    )
    names = []
    for name, fig in _figures(tracking):
        _check(fig, name)
        names.append(name)
    assert {"overview", "salience", "positions membership_path"} <= set(names)


def test_salience_heat_map_colours_stay_within_100_percent(seed_tracking: Tracking) -> None:
    fig = _on_axes(lambda ax: plot_salience(seed_tracking.timeline, ax=ax))
    mesh = fig.axes[0].collections[0]
    assert mesh.norm.vmax is not None and mesh.norm.vmax <= 1.0


def test_large_corpus_is_drawn_per_period(large_tracking: Any) -> None:
    fig = plot_overview(large_tracking)
    assert fig._suptitle is not None and "per quarter" in fig._suptitle.get_text()
    heat = _on_axes(lambda ax: plot_salience(large_tracking.timeline, ax=ax)).axes[0]
    assert heat.collections[0].get_array().shape == (4, 10)  # four dimensions × ten years
    assert [t.get_text() for t in heat.get_xticklabels()][:2] == ["2015", "2016"]


def test_one_document_gets_a_readable_window() -> None:
    import datetime as dt

    import pandas as pd

    row = {
        "doc_id": "d1",
        "date": dt.date(2023, 7, 11),
        "dimension": "membership_path",
        "side": "nato",
        "position": "will_join",
        "position_rank": 5,
        "sentence_id": 4,
    }
    fig = _on_axes(
        lambda ax: plot_positions(pd.DataFrame([row]), dimension="membership_path", ax=ax)
    )
    _drawn(fig)
    ax = fig.axes[0]
    low, high = ax.get_xlim()
    assert high - low >= 60  # days: a month either side, not a six-day axis
    labels = _date_ticks_labelled(ax)
    assert len(labels) >= 2 and all(labels)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Will join"]
