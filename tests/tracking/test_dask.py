"""track(..., engine="dask") on a two-worker LocalCluster: the same tables as the local engine.

The client lists the files; the cluster's worker processes read, clean, date and extract
them. Every table must equal the local engine's, whether the documents are given as a
folder, a glob, a file:// URL or a list of paths.
"""

from __future__ import annotations

import builtins
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from nato_diff import Tracking, track
from nato_diff.corpus import seeds_path
from nato_diff.errors import ArgumentError, UndatableDocumentError
from nato_diff.tracking import TABLES

from ..conftest import write_press

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """One cluster of two single-threaded worker processes for the whole module."""
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture(scope="module")
def press_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Thirty generated press releases from 1994 to 2025 (the benchmark's generator)."""
    folder = write_press(tmp_path_factory.mktemp("press"), 30, seed=7)
    return folder


@pytest.fixture(scope="module")
def seeds_local() -> Tracking:
    return track(seeds_path())


def _assert_same(got: Tracking, expected: Tracking) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(got, name), getattr(expected, name), obj=name)
    assert got.corpus.doc_ids == expected.corpus.doc_ids
    assert [d.sentences for d in got.corpus] == [d.sentences for d in expected.corpus]


def test_generated_corpus_same_tables_on_two_workers(client: Any, press_folder: Path) -> None:
    local = track(press_folder)
    on_dask = track(press_folder, engine="dask")
    _assert_same(on_dask, local)
    assert len(on_dask.documents) == 30
    assert len(on_dask.changes) == 4 * 29
    assert on_dask.figures["kind"].eq("money").any()
    # Both workers did some of the work.
    assert len(client.nthreads()) == 2


def test_seeds_same_tables_from_folder_glob_url_and_list(
    client: Any, seeds_local: Tracking
) -> None:
    folder = seeds_path()
    files = sorted(folder.glob("*.txt"))
    for source in (folder, f"{folder}/*.txt", folder.resolve().as_uri(), files):
        on_dask = track(source, engine="dask")
        _assert_same(on_dask, seeds_local)
    assert on_dask.corpus[0].date.isoformat() == "2021-02-25"
    assert all(d.text == "" and d.raw_text == "" for d in on_dask.corpus)


def test_a_document_that_cannot_be_dated_is_named(client: Any, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    shutil.copytree(seeds_path(), folder)
    (folder / "undated.txt").write_text(
        "The minister spoke about the Black Sea and the membership path.\n", encoding="utf-8"
    )
    with pytest.raises(UndatableDocumentError, match="undated"):
        track(folder, engine="dask")


def test_dask_workers_are_dasks_not_n_jobs(client: Any) -> None:
    with pytest.raises(ArgumentError, match=r"n_jobs=2 applies to engine=\"local\""):
        track(seeds_path(), engine="dask", n_jobs=2)


def test_unknown_engine_is_refused_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(ArgumentError, match="engine must be one of 'local', 'dask'; got 'spark'"):
        track(tmp_path / "no such folder", engine="spark")


def test_missing_dask_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def no_dask(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "dask" or name.startswith("dask."):
            raise ImportError(f"No module named {name!r}")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_dask)
    with pytest.raises(ArgumentError, match=r'pip install "nato-diff\[dask\]"'):
        track(seeds_path(), engine="dask")
