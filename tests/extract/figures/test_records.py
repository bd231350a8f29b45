from __future__ import annotations

import pandas as pd

from nato_diff.extract.figures import FIGURE_COLUMNS

from .conftest import SEED_TABLE, table


def test_figure_records_columns_and_ids() -> None:
    t = table(*SEED_TABLE)
    assert tuple(t.columns) == FIGURE_COLUMNS
    assert FIGURE_COLUMNS[-1] == "donor"
    assert [None if pd.isna(d) else d for d in t["donor"]] == [
        "NATO Allies",
        "NATO Allies",
        None,
        "European Allies and Canada",
    ]
    assert list(t["figure_id"]) == ["002:7:0", "002:7:1", "004:7:0", "004:7:1"]
    assert [None if pd.isna(p) else p for p in t["part_of"]] == [
        None,
        "002:7:0",
        None,
        "004:7:0",
    ]
