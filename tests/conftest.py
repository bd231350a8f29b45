"""Shared fixtures: the seed corpus, loaded once per test session."""

from __future__ import annotations

import importlib
import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

# Compiled patterns are cached in a folder of this run, not in the user's cache.
_PATTERN_CACHE = os.environ.setdefault(
    "NATO_DIFF_CACHE_DIR", tempfile.mkdtemp(prefix="nato-diff-test-cache-")
)

from nato_diff.corpus import Corpus, load_corpus, load_seeds, seeds_path  # noqa: E402

REPO = Path(__file__).resolve().parents[1]

# The seed documents by date, as an analyst would name them.
SEED_IDS = {
    "2021-02-25": "000_129a53a0448b52ed",
    "2021-03-11": "003_6a731f872112a24a",
    "2023-04-20": "002_0f560dca7a3c10d9",
    "2023-09-28": "004_63c65b4e1983201f",
    "2024-04-29": "001_68f8b93d1e7868be",
}


@pytest.fixture(scope="session", autouse=True)
def _pattern_cache() -> Iterator[None]:
    yield
    if Path(_PATTERN_CACHE).name.startswith("nato-diff-test-cache-"):
        shutil.rmtree(_PATTERN_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def seeds() -> Corpus:
    return load_seeds()


@pytest.fixture()
def seeds_copy(tmp_path: Path) -> Path:
    """A copy of the seed .txt files without any manifest."""
    dest = tmp_path / "seeds"
    dest.mkdir()
    for f in seeds_path().glob("*.txt"):
        shutil.copyfile(f, dest / f.name)
    return dest


def _synth() -> Any:
    """The synthetic-corpus writer of the benchmarks (seed paragraphs, random dates)."""
    spec = importlib.util.spec_from_file_location("_synth", REPO / "benchmarks" / "_synth.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def large_corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """500 documents spread over ten years (2015-2024), built from the seeds' paragraphs."""
    folder = _synth().write_corpus(tmp_path_factory.mktemp("large"), 500, seed=12)
    return load_corpus(folder)


@pytest.fixture(scope="session")
def large_tracking(large_corpus: Corpus) -> Any:
    from nato_diff import track

    return track(large_corpus, n_jobs=2)


def write_press(folder: Path, n_docs: int, *, seed: int) -> Path:
    """Write ``n_docs`` generated press releases (the scale benchmark's generator) to ``folder``.

    The generator is seeded: the same ``n_docs`` and ``seed`` give the same documents.
    """
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        press = importlib.import_module("_press")
    finally:
        sys.path.remove(str(REPO / "benchmarks"))
    written: Path = press.write_press_corpus(folder, n_docs, seed=seed)
    return written
