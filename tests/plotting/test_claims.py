"""The claims timeline: side × time, the act as the marker, the rung as the colour."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection
from matplotlib.markers import MarkerStyle

import nato_diff
from nato_diff import NatoDiffError, Tracking, track
from nato_diff.corpus import Corpus
from nato_diff.plotting import act_marker, plot_claims

SNAKE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")


@pytest.fixture(scope="module")
def tracking(seeds: Corpus) -> Tracking:
    return track(seeds)


def _collections(ax: plt.Axes) -> dict[str, PathCollection]:
    return {str(c.get_label()): c for c in ax.collections if isinstance(c, PathCollection)}


def _same_marker(collection: PathCollection, marker: str) -> bool:
    style = MarkerStyle(marker)
    expected = style.get_path().transformed(style.get_transform()).vertices
    drawn = collection.get_paths()[0].vertices
    return drawn.shape == expected.shape and np.allclose(drawn, expected)


def test_every_act_has_its_own_marker(tracking: Tracking) -> None:
    _fig, ax = plt.subplots(figsize=(9, 4.5))
    out = plot_claims(tracking, dimension="membership_path", ax=ax)
    assert out is ax
    drawn = _collections(ax)
    assert {"seeks", "offers", "decides", "reports"} <= set(drawn)
    for act in ("seeks", "offers", "decides", "reports"):
        assert _same_marker(drawn[act], act_marker(act)), act
    markers = {act_marker(a) for a in ("seeks", "offers", "decides", "rejects", "reports")}
    assert len(markers) == 5


def test_nato_decides_that_ukraine_will_join_in_september_2023(tracking: Tracking) -> None:
    _fig, ax = plt.subplots(figsize=(9, 4.5))
    plot_claims(tracking, dimension="membership_path", ax=ax)
    sides = [t.get_text() for t in ax.get_yticklabels()]
    assert sides[:2] == ["Ukraine", "NATO"]
    decides = _collections(ax)["decides"].get_offsets()
    x, y = np.asarray(decides[:, 0], dtype=float), np.asarray(decides[:, 1], dtype=float)
    when = float(plt.matplotlib.dates.date2num(dt.datetime(2023, 9, 28)))
    nato_row = sides.index("NATO")
    assert any(abs(a - when) < 0.5 and round(b) == nato_row for a, b in zip(x, y, strict=True))


def test_names_come_from_the_dimension_file(tracking: Tracking) -> None:
    _fig, ax = plt.subplots(figsize=(9, 4.5))
    plot_claims(tracking, dimension="membership_path", ax=ax)
    title = ax.get_title(loc="left")
    assert title.startswith("Membership path: claims by side")
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "A Membership Action Plan" in legend
    assert "An irreversible path to membership" in legend
    for text in [title, ax.get_xlabel(), ax.get_ylabel(), *legend]:
        assert not SNAKE.search(text), text
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "Unattributed"


def test_claims_table_with_datetime_dates(tracking: Tracking) -> None:
    assert str(tracking.claims["date"].dtype) == "datetime64[ns]"
    _fig, ax = plt.subplots()
    plot_claims(tracking.claims, dimension="aid_volumes", ax=ax)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend[-1] == "no rung"  # aid claims have no ladder


def _dense(n: int) -> pd.DataFrame:
    days = [dt.date(2020, 1, 6) + dt.timedelta(days=7 * i) for i in range(n)]
    return pd.DataFrame(
        {
            "doc_id": [f"d{i}" for i in range(n)],
            "date": days,
            "dimension": "membership_path",
            "side": ["ukraine" if i % 2 else "nato" for i in range(n)],
            "act": ["seeks" if i % 2 else "offers" for i in range(n)],
            "rung": ["invitation" if i % 3 else "open_door" for i in range(n)],
            "rung_rank": [3 if i % 3 else 1 for i in range(n)],
            "polarity": ["negated" if i % 10 == 0 else "affirmed" for i in range(n)],
        }
    )


def test_dense_claims_are_counted_per_period() -> None:
    _fig, ax = plt.subplots(figsize=(9, 4.5))
    plot_claims(_dense(200), dimension="membership_path", ax=ax)  # ~4 years, weekly
    title = ax.get_title(loc="left")
    assert "per quarter" in title
    n_markers = sum(len(c.get_offsets()) for c in _collections(ax).values())
    assert n_markers <= 2 * 2 * 17  # sides × polarities × quarters
    sizes = np.concatenate([c.get_sizes() for c in _collections(ax).values()])
    assert sizes.max() > sizes.min()  # a marker's size tells how many claims it stands for
    assert "offers (negated)" in _collections(ax)  # every tenth is negated


def test_not_a_table() -> None:
    with pytest.raises(TypeError, match="Tracking or a claims DataFrame"):
        plot_claims("seeds", dimension="membership_path")


def test_lazy_name_and_dir() -> None:
    assert nato_diff.plot_claims is plot_claims
    assert "plot_claims" in dir(nato_diff)
    assert "explode" in dir(nato_diff)


def test_unknown_dimension_and_silent_dimension(tracking: Tracking) -> None:
    with pytest.raises(NatoDiffError, match="no dimension 'black_see'") as err:
        plot_claims(tracking.claims, dimension="black_see")
    assert "black_sea" in str(err.value)  # the message lists the dimensions there are
    silent = tracking.claims[tracking.claims["dimension"] != "black_sea"]
    quiet = dataclasses.replace(tracking, claims=silent)
    _fig, ax = plt.subplots()
    plot_claims(quiet, dimension="black_sea", ax=ax)
    assert [t.get_text() for t in ax.texts] == ["no claims on Black Sea"]


def test_claims_read_back_from_csv(tracking: Tracking, tmp_path: Path) -> None:
    tracking.to_csv(tmp_path)
    table = pd.read_csv(tmp_path / "claims.csv")
    _fig, ax = plt.subplots()
    plot_claims(table, dimension="membership_path", ax=ax)
    assert {"seeks", "offers", "decides", "reports"} <= set(_collections(ax))
