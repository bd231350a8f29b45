"""track_to_parquet: a run too large to hold, every table written to Parquet as it goes.

Read back, its tables equal those of ``track`` in memory (the per-document tables once put
in date order), whatever the size of its pieces, the number of workers or the engine; no
document's rows are held for the tables; the files appear only when the run succeeds, and a
file nato-diff did not write is never replaced.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from nato_diff import track, track_to_parquet
from nato_diff.corpus import seeds_path
from nato_diff.errors import OutputError, UndatableDocumentError
from nato_diff.tracking import TABLES, engine, parquet

from ..conftest import write_press
from .test_parquet import _assert_same, _read_back, seeds_and_an_undated_page

pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def press_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Thirty generated press releases (the benchmark's generator)."""
    return write_press(tmp_path_factory.mktemp("press"), 30, seed=5)


def _no_holding(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make holding a document's rows for the in-memory tables fail."""

    def refuse(held: object, extraction: object) -> None:
        raise AssertionError("a streamed run held a document's rows")

    monkeypatch.setattr(engine.HeldRows, "add", refuse)


@pytest.mark.parametrize(("chunk", "n_jobs"), [(4, 1), (7, 2), (2000, 1)])
def test_streamed_tables_equal_the_tracked_ones(
    press_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chunk: int,
    n_jobs: int,
) -> None:
    tracking = track(press_folder)
    _no_holding(monkeypatch)
    monkeypatch.setattr(parquet, "ROW_GROUP_ROWS", 50)  # row groups flushed as it goes
    out = tmp_path / "tables"
    written = track_to_parquet(press_folder, out, chunk=chunk, n_jobs=n_jobs)
    assert [p.name for p in written] == [f"{name}.parquet" for name in TABLES]
    _assert_same(_read_back(out, tracking), tracking)
    changes = pd.read_parquet(out / "changes.parquet")
    # every dimension, every consecutive pair of the 30 documents, in pieces of `chunk` pairs
    assert len(changes) == len(tracking.dimensions) * 29


def test_seed_claims_and_changes_from_the_files(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    track_to_parquet(seeds_path(), out, chunk=2)
    claims = pd.read_parquet(out / "claims.parquet", columns=["date", "holder", "act", "rung"])
    asked = claims[claims["date"] == pd.Timestamp("2021-02-25")]
    assert {"seeks"} <= set(asked.loc[asked["rung"] == "map", "act"])
    changes = pd.read_parquet(out / "changes.parquet")
    membership = changes[changes["dimension"] == "membership_path"]
    assert list(membership["to_date"].dt.strftime("%Y-%m-%d")) == [
        "2021-03-11",
        "2023-04-20",
        "2023-09-28",
        "2024-04-29",
    ]
    assert membership["summary"].str.len().min() > 0


def test_the_dask_engine_streams_the_same(press_folder: Path, tmp_path: Path) -> None:
    pytest.importorskip("dask.bag")
    tracking = track(press_folder)
    out = tmp_path / "tables"
    track_to_parquet(press_folder, out, engine="dask", chunk=5)
    _assert_same(_read_back(out, tracking), tracking)


def test_a_file_it_did_not_write_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    out.mkdir()
    (out / "timeline.parquet").write_bytes(b"mine")
    with pytest.raises(OutputError, match=r"timeline\.parquet"):
        track_to_parquet(seeds_path(), out)
    assert [p.name for p in out.iterdir()] == ["timeline.parquet"]
    assert (out / "timeline.parquet").read_bytes() == b"mine"


def test_a_failed_run_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "new" / "tables"
    with pytest.raises(UndatableDocumentError, match="zz_undated"):
        track_to_parquet(seeds_and_an_undated_page(tmp_path), out)
    assert not (tmp_path / "new").exists()
