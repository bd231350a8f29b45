"""Lifecycles of facets, terms and positions."""

from __future__ import annotations

import pandas as pd

from nato_diff import Tracking


def test_lifecycle_of_the_membership_action_plan(tracking: Tracking) -> None:
    lc = tracking.lifecycle
    row = lc[
        (lc["dimension"] == "membership_path")
        & (lc["level"] == "term")
        & (lc["name"].str.casefold() == "membership action plan")
    ]
    assert len(row) == 1
    assert row["first_seen"].iloc[0] == pd.Timestamp("2021-02-25")
    assert row["last_seen"].iloc[0] == pd.Timestamp("2023-09-28")
    assert row["docs"].iloc[0] == [row["first_doc"].iloc[0], row["last_doc"].iloc[0]]
    assert row["n_docs"].iloc[0] == 2
