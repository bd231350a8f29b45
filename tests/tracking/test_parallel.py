"""track() over a folder with worker processes: the same tables as in one process.

With ``n_jobs=2`` each worker reads, cleans, dates and extracts its files and sends back
only its rows and the document without its texts; every table must still equal the
one-process run, on the seeds and on generated press releases.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from nato_diff import Tracking, load_corpus, track
from nato_diff.corpus import seeds_path
from nato_diff.errors import UndatableDocumentError
from nato_diff.tracking import TABLES

from ..conftest import REPO


@pytest.fixture(scope="module")
def press_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty generated press releases from 1994 to 2025 (the benchmark's generator)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        press = importlib.import_module("_press")
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    folder: Path = press.write_press_corpus(tmp_path_factory.mktemp("press"), 40, seed=14)
    return folder


def _assert_same(parallel: Tracking, serial: Tracking) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(parallel, name), getattr(serial, name), obj=name)


def test_seed_tables_equal_with_two_workers() -> None:
    serial = track(seeds_path())
    parallel = track(seeds_path(), n_jobs=2)
    _assert_same(parallel, serial)
    # The evidence still reads: the same sentences, quoted by id, in date order.
    assert parallel.corpus.doc_ids == serial.corpus.doc_ids
    assert [d.sentences for d in parallel.corpus] == [d.sentences for d in serial.corpus]
    assert parallel.corpus[0].date.isoformat() == "2021-02-25"
    # The texts stayed in the workers.
    assert all(d.text == "" and d.raw_text == "" for d in parallel.corpus)


def test_generated_tables_equal_with_two_workers(press_folder: Path) -> None:
    serial = track(press_folder)
    parallel = track(press_folder, n_jobs=2)
    _assert_same(parallel, serial)
    assert len(parallel.documents) == 40
    assert len(parallel.changes) == 4 * 39
    assert parallel.figures["kind"].eq("money").any()
    # Word counts come from the workers' cleaned texts, not from the dropped ones.
    loaded = load_corpus(press_folder)
    assert parallel.documents["n_words"].tolist() == [d.n_words for d in loaded]


def test_corpus_given_keeps_its_texts() -> None:
    corpus = load_corpus(seeds_path())
    tracking = track(corpus, n_jobs=2)
    assert tracking.corpus is corpus
    assert tracking.corpus[0].text != ""


def test_worker_error_names_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    shutil.copytree(seeds_path(), folder)
    (folder / "undated.txt").write_text(
        "The minister spoke about the Black Sea and the membership path.\n", encoding="utf-8"
    )
    with pytest.raises(UndatableDocumentError, match="undated"):
        track(folder, n_jobs=2)
