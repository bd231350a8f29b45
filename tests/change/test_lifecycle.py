"""Lifecycles of facets, terms and positions."""

from __future__ import annotations

from nato_diff import Tracking


def test_lifecycle_of_the_membership_action_plan(tracking: Tracking) -> None:
    lc = tracking.lifecycle
    row = lc[
        (lc["dimension"] == "membership_path")
        & (lc["level"] == "term")
        & (lc["name"].str.casefold() == "membership action plan")
    ]
    assert len(row) == 1
    assert row["first_seen"].iloc[0].isoformat() == "2021-02-25"
    assert row["last_seen"].iloc[0].isoformat() == "2023-09-28"
    assert row["n_docs"].iloc[0] == 2
