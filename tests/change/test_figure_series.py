from __future__ import annotations

import datetime as dt
import math

import pandas as pd
import pytest

from nato_diff.change import figure_series
from nato_diff.errors import NatoDiffError
from nato_diff.extract.figures import (
    FIGURE_COLUMNS,
    SERIES_COLUMNS,
    extract_figures,
    figure_records,
)

from ..extract.figures.conftest import (
    DOC_004,
    FIFTY_NATIONS,
    SEED_TABLE,
    THIRD_VISIT,
    none,
    table,
)


def test_series_links_military_money_across_seed_documents() -> None:
    s = figure_series(table(*SEED_TABLE), scope="military")
    assert tuple(s.columns) == SERIES_COLUMNS
    assert list(s["doc_id"]) == ["002", "004"]
    assert list(s["value"]) == [6.5e10, 1.0e11]
    last = s.iloc[-1]
    assert last["prev_doc_id"] == "002"
    assert last["prev_value"] == 6.5e10
    assert last["change_abs"] == pytest.approx(3.5e10)
    assert last["change_rel"] == pytest.approx(3.5e10 / 6.5e10)
    assert (last["bound"], last["prev_bound"]) == ("upper", "exact")
    assert last["label"] == "military: €65 bn (2023-04-20) → nearly €100 bn (2023-09-28)"
    assert math.isnan(s.iloc[0]["prev_value"])


def test_series_picks_the_whole_then_the_largest() -> None:
    t = table(
        (
            "a",
            dt.date(2023, 1, 1),
            "Allies gave €50 billion in aid, including €20 billion in aid.",
        ),
        ("a", dt.date(2023, 1, 1), "Separately, €10 billion in aid was promised."),
        ("b", dt.date(2023, 6, 1), "Allies gave €70 billion in aid."),
    )
    s = figure_series(t, scope="total")
    assert list(s["value"]) == [5e10, 7e10]
    assert s.iloc[0]["text"] == "€50 billion"


def test_series_never_mixes_currencies_and_converts_with_rates() -> None:
    t = table(
        *SEED_TABLE, ("005", dt.date(2024, 1, 5), "The US gave $50 billion in military aid.")
    )
    plain = figure_series(t, scope="military")
    assert sorted(set(plain["currency"])) == ["EUR", "USD"]
    usd = plain[plain["currency"] == "USD"].iloc[0]
    assert math.isnan(usd["prev_value"])  # not compared with euros
    conv = figure_series(t, scope="military", rates={"USD": 0.9}, currency="EUR", by_donor=False)
    assert list(conv["currency"]) == ["EUR", "EUR", "EUR"]
    last = conv.iloc[-1]
    assert last["value"] == pytest.approx(4.5e10)
    assert (last["original_value"], last["original_currency"], last["rate"]) == (
        5e10,
        "USD",
        0.9,
    )
    assert last["prev_value"] == 1e11


def test_series_missing_rate_is_a_clear_error() -> None:
    t = table(("005", dt.date(2024, 1, 5), "The US gave $50 billion in military aid."))
    with pytest.raises(NatoDiffError, match=r"no exchange rate for 'USD'.*rates="):
        figure_series(t, rates={"GBP": 1.1}, currency="EUR")
    with pytest.raises(NatoDiffError, match="needs currency"):
        figure_series(t, rates={"USD": 0.9})


def test_series_accepts_a_tracking_like_object_and_checks_columns() -> None:
    class Tracking:
        figures = table(*SEED_TABLE)

    assert len(figure_series(Tracking(), scope="military")) == 2
    with pytest.raises(NatoDiffError, match="lacks columns"):
        figure_series(pd.DataFrame({"value": [1.0]}))
    with pytest.raises(NatoDiffError, match="figures DataFrame"):
        figure_series(object())


def test_series_of_counts_and_empty_tables() -> None:
    s = figure_series(table(("004", DOC_004, FIFTY_NATIONS)), kind="count")
    assert list(s["label"]) == ["total: more than 50 nations (2023-09-28)"]
    empty = figure_series(table(("x", DOC_004, THIRD_VISIT)))
    assert empty.empty and tuple(empty.columns) == SERIES_COLUMNS


def test_series_missing_donor_continues_the_seed_series() -> None:
    t = table(*SEED_TABLE)
    assert pd.isna(t.loc[t["doc_id"] == "004", "donor"].iloc[0])  # the sentence names none
    s = figure_series(t, scope="military")
    assert list(s["donor"]) == ["NATO Allies", "NATO Allies"]
    assert s.iloc[-1]["prev_doc_id"] == "002"


def test_series_spellings_of_one_donor_are_one_series() -> None:
    t = table(
        ("a", dt.date(2023, 1, 1), "NATO allies gave €40 billion in military aid."),
        ("b", dt.date(2023, 6, 1), "Allies gave €50 billion in military aid."),
        ("c", dt.date(2024, 1, 1), "All NATO Allies gave €60 billion in military aid."),
    )
    s = figure_series(t)
    assert list(s["donor"]) == ["NATO Allies"] * 3
    assert list(s["prev_value"].iloc[1:]) == [4e10, 5e10]


DONOR_DOCS = (
    (
        "de1",
        dt.date(2023, 7, 11),
        "Germany announced a military aid package worth nearly €700 million.",
    ),
    ("de2", dt.date(2024, 2, 20), "Germany will give €7 billion in military aid in 2024."),
    (
        "all",
        dt.date(2025, 2, 13),
        "Allies provided more than €50 billion in military aid in 2024.",
    ),
    ("unk", dt.date(2025, 3, 1), "Nearly €60 billion in military aid was committed in 2024."),
)


def test_series_keep_donors_apart() -> None:
    s = figure_series(table(*DONOR_DOCS), scope="military")
    by = {r["doc_id"]: r for r in s.to_dict("records")}
    assert by["de2"]["prev_doc_id"] == "de1"
    assert pd.isna(by["all"]["prev_doc_id"]) and math.isnan(by["all"]["prev_value"])
    assert (by["unk"]["donor"], by["unk"]["prev_doc_id"]) == ("NATO Allies", "all")
    assert list(s["doc_id"]) == [
        "de1",
        "de2",
        "all",
        "unk",
    ]  # by series (Germany first), then date
    assert "€700 m" not in " ".join(s.loc[s["donor"] == "NATO Allies", "label"])
    chained = figure_series(table(*DONOR_DOCS), scope="military", by_donor=False)
    assert [none(d) for d in chained["prev_doc_id"]] == [None, "de1", "de2", "all"]


def test_series_missing_donor_never_joins_a_series_of_its_own_document() -> None:
    rows = []
    for doc, day, sid, sentence in [
        ("a", dt.date(2023, 1, 1), 0, "Germany gave €5 billion in military aid."),
        ("b", dt.date(2023, 6, 1), 0, "France gave €3 billion in military aid."),
        ("b", dt.date(2023, 6, 1), 1, "Another €2 billion in military aid is planned."),
        ("c", dt.date(2023, 9, 1), 0, "€9 billion in military aid was given."),
    ]:
        figs = extract_figures(sentence)
        rows += figure_records(figs, doc_id=doc, date=day, sentence_id=sid, sentence=sentence)
    s = figure_series(pd.DataFrame(rows, columns=list(FIGURE_COLUMNS)))
    # b's unnamed figure does not extend France's series, which already has b; c, named by
    # no one either, continues the latest earlier figure: b's unnamed one
    assert [
        (r["doc_id"], none(r["donor"]), none(r["prev_doc_id"])) for r in s.to_dict("records")
    ] == [
        ("b", "France", None),
        ("a", "Germany", None),
        ("b", None, None),
        ("c", None, "b"),
    ]


def test_series_leave_out_changes() -> None:
    t = table(
        ("a", dt.date(2023, 1, 1), "The UK gave £2.3 billion in military aid."),
        ("b", dt.date(2024, 1, 1), "The UK will give £2.5 billion, an increase of £200 million."),
        ("c", dt.date(2024, 6, 1), "Aid to Ukraine grew by £300 million in military aid."),
    )
    assert len(t) == 4  # the changes are in the figures table ...
    s = figure_series(t, include_unscoped=True)
    assert sorted(s["text"]) == ["£2.3 billion", "£2.5 billion"]  # ... but in no series


def test_series_accept_a_table_without_donors() -> None:
    t = table(*SEED_TABLE).drop(columns=["donor"])
    s = figure_series(t, scope="military")
    assert list(s["value"]) == [6.5e10, 1.0e11]
    assert list(s["donor"]) == [None, None]


def test_series_duplicate_rows_of_one_figure_count_once() -> None:
    t = table(*SEED_TABLE)
    doubled = pd.concat([t, t.assign(dimension="other")], ignore_index=True)
    assert len(figure_series(doubled)) == len(figure_series(t))
