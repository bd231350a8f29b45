"""Column types of the Tracking tables: dates as pandas datetimes, multi-valued cells as lists."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

import nato_diff
from nato_diff import Tracking, track
from nato_diff.corpus import Corpus

#: The date columns of each table.
DATES = {
    "documents": ["date"],
    "timeline": ["date"],
    "mentions": ["date"],
    "claims": ["date"],
    "positions": ["date"],
    "facets": ["date"],
    "figures": ["date", "period_start"],
    "changes": ["from_date", "to_date"],
    "lifecycle": ["first_seen", "last_seen"],
    "readability": ["date"],
}
FIRST = "000_129a53a0448b52ed"  # Zelenskyy, 25 February 2021


@pytest.fixture(scope="module")
def tracking(seeds: Corpus) -> Tracking:
    return track(seeds)


@pytest.mark.parametrize(("table", "column"), [(t, c) for t, cs in DATES.items() for c in cs])
def test_dates_are_datetime64(tracking: Tracking, table: str, column: str) -> None:
    assert str(tracking.tables()[table][column].dtype) == "datetime64[ns]"


def test_corpus_frame_and_figure_series_dates(seeds: Corpus, tracking: Tracking) -> None:
    frame = seeds.to_frame()
    assert str(frame["date"].dtype) == "datetime64[ns]"
    assert frame["date"].dt.year.tolist() == [2021, 2021, 2023, 2023, 2024]
    assert Corpus.from_frame(seeds.to_frame(text=True)).doc_ids == seeds.doc_ids
    series = nato_diff.figure_series(tracking, kind="money")
    assert str(series["date"].dtype) == str(series["prev_date"].dtype) == "datetime64[ns]"


def test_resample_by_month(tracking: Tracking) -> None:
    monthly = tracking.timeline.resample("MS", on="date")["n_mentions"].sum()
    assert monthly.loc["2023-09-01"] == 11  # the 28 September 2023 statement
    assert monthly.loc["2022-06-01"] == 0
    gap = tracking.documents["date"].diff().dt.days.tolist()[1:]
    assert gap == [14, 770, 161, 214]


def test_list_cells_on_the_seeds(tracking: Tracking) -> None:
    m = tracking.mentions
    row = m[(m["doc_id"] == FIRST) & (m["sentence_id"] == 2)].iloc[0]
    assert row["facets"] == ["aspiration", "partnership"]
    assert row["terms"] == ["Euro-Atlantic course", "cooperation with the Alliance"]
    f = tracking.facets
    aspiration = f[(f["doc_id"] == FIRST) & (f["facet"] == "aspiration")].iloc[0]
    assert aspiration["sentence_ids"] == [1, 2, 8, 11, 12, 14, 15, 18]
    assert "door is open" in aspiration["terms"]
    lc = tracking.lifecycle
    docs, counts = lc["docs"], lc["n_docs"]
    assert all(isinstance(v, list) and len(v) == n for v, n in zip(docs, counts, strict=True))


def test_explode_gives_one_row_per_value(tracking: Tracking) -> None:
    m = tracking.mentions
    one = nato_diff.explode(m[(m["doc_id"] == FIRST) & (m["sentence_id"] == 2)], "facets")
    assert one["facets"].tolist() == ["aspiration", "partnership"]
    assert (one["sentence_id"] == 2).all()


def test_csv_writes_iso_days_and_joined_lists(tracking: Tracking, tmp_path: Path) -> None:
    tracking.to_csv(tmp_path)
    with (tmp_path / "mentions.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    row = next(r for r in rows if r["doc_id"] == FIRST and r["sentence_id"] == "2")
    assert row["date"] == "2021-02-25"
    assert row["facets"] == "aspiration; partnership"
    with (tmp_path / "lifecycle.csv").open(encoding="utf-8") as fh:
        first = next(csv.DictReader(fh))
    assert first["first_seen"] == "2021-02-25"
    figures = pd.read_csv(tmp_path / "figures.csv", dtype=str)
    assert "2022-02-01" in set(figures["period_start"].dropna())
