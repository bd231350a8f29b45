"""The change table and compare: one row per dimension × pair of documents."""

from __future__ import annotations

import re

import pandas as pd

from nato_diff import Tracking, compare, diff
from nato_diff.corpus import Corpus

from ..conftest import SEED_IDS

D = SEED_IDS


def _change(t: Tracking, dimension: str, a: str, b: str) -> pd.Series:
    c = t.changes
    rows = c[(c["dimension"] == dimension) & (c["from_doc"] == D[a]) & (c["to_doc"] == D[b])]
    assert len(rows) == 1
    return rows.iloc[0]


def test_four_rows_per_dimension(tracking: Tracking) -> None:
    counts = tracking.changes.groupby("dimension").size()
    assert counts.to_dict() == {d: 4 for d in tracking.dimensions}
    pairs = tracking.changes[tracking.changes["dimension"] == "black_sea"]
    assert list(pairs["from_doc"]) == list(D.values())[:-1]
    assert list(pairs["to_doc"]) == list(D.values())[1:]


def test_black_sea_vanishes(tracking: Tracking, seeds: Corpus) -> None:
    row = _change(tracking, "black_sea", "2021-02-25", "2021-03-11")
    assert row["salience_delta"] < 0
    assert row["n_dropped"] == row["n_mentions_from"] >= 3
    assert row["n_added"] == 0 and row["similarity"] == 0.0
    d = diff(seeds[D["2021-02-25"]], seeds[D["2021-03-11"]], dimension="black_sea")
    assert set(d.table["op"]) == {"dropped"}
    s = tracking.summaries
    text = s[(s["dimension"] == "black_sea") & (s["aspect"] == "salience")]["summary"].iloc[0]
    assert "most prominent on 2021-02-25" in text
    assert "absent from every document after 2021-02-25" in text


def test_membership_path_steps_up_on_the_nato_side(tracking: Tracking) -> None:
    row = _change(tracking, "membership_path", "2023-04-20", "2023-09-28")
    assert row["position_to_nato"] == "will_join"
    row = _change(tracking, "membership_path", "2023-09-28", "2024-04-29")
    assert row["position_from_nato"] == "will_join"
    assert row["position_to_nato"] == "irreversible"
    assert row["rank_delta_nato"] == 1
    assert (
        "NATO side: decides that Ukraine will join (Jens Stoltenberg) → offers an "
        "irreversible path to membership (Jens Stoltenberg)" in row["summary"]
    )
    assert (
        "position: that Ukraine will join → an irreversible path to membership" in (row["summary"])
    )
    s = tracking.summaries
    nato = s[(s["dimension"] == "membership_path") & (s["aspect"] == "position:nato")]
    text = nato["summary"].iloc[0]
    assert (
        "offers membership (2021-02-25) → decides that Ukraine will join "
        "(2023-09-28) → offers an irreversible path to membership (2024-04-29)" in text
    )
    assert f"{D['2024-04-29']}#19" in nato["evidence"].iloc[0]


def test_aid_figures_and_facets_move(tracking: Tracking) -> None:
    row = _change(tracking, "aid_volumes", "2023-04-20", "2023-09-28")
    assert row["figures_from"] == [
        "more than €150 bn (total, delivered)",
        "€65 bn (military, delivered)",
    ]
    assert row["figures_to"] == ["nearly €100 bn (military, committed)"]
    added = row["facets_added"]
    dropped = row["facets_dropped"]
    assert "facets gone: artillery, long range" in row["summary"]
    assert {"air_defence", "ammunition"} <= set(added)
    assert {"artillery", "long_range"} <= set(dropped)


def test_similarity_is_defined_when_a_side_is_empty(tracking: Tracking) -> None:
    row = _change(tracking, "security_guarantees", "2023-09-28", "2024-04-29")
    assert row["n_mentions_from"] == row["n_mentions_to"] == 0
    assert row["similarity"] == 1.0
    assert "not mentioned in either document" in row["summary"]


def test_compare_any_two_documents(tracking: Tracking) -> None:
    frame = compare(tracking, "2021-02-25", "2024-04-29").set_index("dimension")
    assert list(frame.index) == list(tracking.dimensions)
    mp = frame.loc["membership_path"]
    assert mp["position_to_nato"] == "irreversible"
    assert mp["rank_delta"] > 0


def test_summaries_write_facets_and_rungs_in_words(tracking: Tracking) -> None:
    snake = re.compile(r"\b[a-z]+_[a-z_]+\b")  # an id such as air_defence or will_join
    texts = [*tracking.changes["summary"], *tracking.summaries["summary"]]
    assert [t for t in texts if snake.search(t)] == []
    row = _change(tracking, "aid_volumes", "2023-04-20", "2023-09-28")
    assert (
        "new facets: air defence, missiles, ammunition, training, joint production"
        in (row["summary"])
    )
    row = _change(tracking, "membership_path", "2023-09-28", "2024-04-29")
    assert "facets gone: MAP" in row["summary"]
