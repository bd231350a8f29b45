"""track(..., parquet_dir=PATH): every table as Parquet, the per-document ones as they come.

Read back, every table equals the one in memory (the per-document tables once put in date
order); the files appear only when the run succeeds, and a file nato-diff did not write is
never replaced.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from nato_diff import Tracking, track
from nato_diff._io import LEDGER, OutputFolder
from nato_diff.corpus import seeds_path
from nato_diff.errors import OutputError, UndatableDocumentError
from nato_diff.tracking import TABLES, parquet
from nato_diff.tracking.document_tables import DOCUMENT_TABLES

from ..conftest import write_press

pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def press_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Thirty generated press releases (the benchmark's generator)."""
    folder = write_press(tmp_path_factory.mktemp("press"), 30, seed=3)
    return folder


def _read_back(folder: Path, tracking: Tracking) -> dict[str, pd.DataFrame]:
    order = {doc_id: i for i, doc_id in enumerate(tracking.corpus.doc_ids)}
    tables = {}
    for name in TABLES:
        frame = pd.read_parquet(folder / f"{name}.parquet")
        if name in DOCUMENT_TABLES:  # grouped by document as they were done: put in date order
            frame = frame.iloc[frame["doc_id"].map(order).argsort(kind="stable")]
            frame = frame.reset_index(drop=True)
        tables[name] = frame
    return tables


def _assert_same(read: dict[str, pd.DataFrame], tracking: Tracking) -> None:
    for name, frame in read.items():
        expected = getattr(tracking, name)
        for column in expected.columns:
            # A column no row fills (no figure is a range) is stored with its type.
            if expected[column].isna().all() and len(expected):
                expected = expected.astype({column: frame[column].dtype})
        pd.testing.assert_frame_equal(frame, expected, obj=name)


def seeds_and_an_undated_page(tmp_path: Path) -> Path:
    """Copy the seeds into a folder and add a page no date can be found for (the last one)."""
    folder = tmp_path / "docs"
    shutil.copytree(seeds_path(), folder)
    (folder / "zz_undated.txt").write_text(
        "The minister spoke about the Black Sea and the membership path.\n", encoding="utf-8"
    )
    return folder


def test_tables_read_back_equal_in_small_row_groups(
    press_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pyarrow.parquet as pq

    monkeypatch.setattr(parquet, "ROW_GROUP_ROWS", 40)  # many row groups on 30 documents
    out = tmp_path / "tables"
    tracking = track(press_folder, parquet_dir=out, n_jobs=2)
    _assert_same(_read_back(out, tracking), tracking)
    mentions = pq.ParquetFile(out / "mentions.parquet")
    assert mentions.metadata.num_row_groups >= len(tracking.mentions) // 40
    assert mentions.metadata.num_rows == len(tracking.mentions) > 100
    assert str(mentions.schema_arrow.field("date").type) == "timestamp[ns]"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [LEDGER, *(f"{name}.parquet" for name in TABLES)]
    )


def test_seeds_and_a_second_run_replace_its_own_files(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    first = track(seeds_path(), parquet_dir=out)
    again = track(seeds_path(), parquet_dir=out)  # its own files: replaced
    _assert_same(_read_back(out, again), first)
    figures = pd.read_parquet(out / "figures.parquet")
    assert figures["value"].max() == first.figures["value"].max() > 1e9


def test_a_file_it_did_not_write_is_left_alone(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    out.mkdir()
    (out / "changes.parquet").write_bytes(b"mine")
    with pytest.raises(OutputError, match=r"changes\.parquet"):
        track(seeds_path(), parquet_dir=out)
    assert (out / "changes.parquet").read_bytes() == b"mine"
    assert [p.name for p in out.iterdir()] == ["changes.parquet"]


def test_a_failed_run_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parquet, "ROW_GROUP_ROWS", 5)  # row groups written before the failure
    staged: list[Path] = []
    real_stage = OutputFolder.stage
    monkeypatch.setattr(
        OutputFolder,
        "stage",
        lambda self, name: staged.append(real_stage(self, name)) or staged[-1],
    )
    out = tmp_path / "new" / "tables"
    with pytest.raises(UndatableDocumentError, match="zz_undated"):
        track(seeds_and_an_undated_page(tmp_path), parquet_dir=out)
    assert staged and staged[0].name.startswith(".mentions.parquet.")
    assert not (tmp_path / "new").exists()


def test_to_parquet_writes_the_tables_as_they_are(tmp_path: Path) -> None:
    tracking = track(seeds_path())
    written = tracking.to_parquet(tmp_path / "out")
    assert [p.name for p in written] == [f"{name}.parquet" for name in TABLES]
    for name, path in zip(TABLES, written, strict=True):
        pd.testing.assert_frame_equal(pd.read_parquet(path), getattr(tracking, name), obj=name)
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "claims.parquet").write_bytes(b"mine")
    with pytest.raises(OutputError, match=r"claims\.parquet"):
        tracking.to_parquet(tmp_path / "mine")
    assert [p.name for p in (tmp_path / "mine").iterdir()] == ["claims.parquet"]
