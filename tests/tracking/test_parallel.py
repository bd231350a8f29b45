"""track() over a folder, in one process or two workers: the same tables as over a corpus.

Given a folder, each file is read, cleaned, dated and extracted in one go (with ``n_jobs=2``
in a worker, which sends back only its rows and the document without its texts); every table
must equal the one of ``track(load_corpus(folder))``, which keeps whole documents, on the
seeds and on generated press releases.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from nato_diff import Tracking, load_corpus, track
from nato_diff.corpus import seeds_path
from nato_diff.errors import UndatableDocumentError
from nato_diff.tracking import TABLES

from ..conftest import write_press


@pytest.fixture(scope="module")
def press_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Forty generated press releases from 1994 to 2025 (the benchmark's generator)."""
    folder = write_press(tmp_path_factory.mktemp("press"), 40, seed=14)
    return folder


def _assert_same(parallel: Tracking, serial: Tracking) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(parallel, name), getattr(serial, name), obj=name)


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_seed_tables_equal_from_the_folder(n_jobs: int) -> None:
    whole = track(load_corpus(seeds_path()))
    streamed = track(seeds_path(), n_jobs=n_jobs)
    _assert_same(streamed, whole)
    # The evidence still reads: the same sentences, quoted by id, in date order.
    assert streamed.corpus.doc_ids == whole.corpus.doc_ids
    assert [d.sentences for d in streamed.corpus] == [d.sentences for d in whole.corpus]
    assert streamed.corpus[0].date.isoformat() == "2021-02-25"
    # The raw and cleaned texts were not kept.
    assert all(d.text == "" and d.raw_text == "" for d in streamed.corpus)


def test_generated_tables_equal_for_one_and_two_workers(press_folder: Path) -> None:
    loaded = load_corpus(press_folder)
    whole = track(loaded)
    one = track(press_folder, n_jobs=1)
    two = track(press_folder, n_jobs=2)
    _assert_same(one, whole)
    _assert_same(two, one)
    assert len(two.documents) == 40
    assert len(two.changes) == 4 * 39
    assert two.figures["kind"].eq("money").any()
    # Word counts come from the cleaned texts read in the workers, not from the dropped ones.
    assert two.documents["n_words"].tolist() == [d.n_words for d in loaded]
    assert two.documents["n_words"].min() > 300


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
