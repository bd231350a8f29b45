"""The shared error wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from nato_diff import Tracking, track
from nato_diff.corpus import Corpus
from nato_diff.errors import (
    ArgumentError,
    ArgumentTypeError,
    CorpusError,
    NatoDiffError,
    OutputError,
    UnknownIdError,
    check_choice,
    check_n_jobs,
    located,
)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"path": "a.yaml"}, "a.yaml: bad"),
        ({"path": "a.yaml", "line": 3}, "a.yaml:3: bad"),
        ({"path": "a.yaml", "entry": "facets.x"}, "a.yaml: facets.x: bad"),
        ({"entry": "facets.x", "hint": "Fix it."}, "facets.x: bad. Fix it."),
        ({}, "bad"),
    ],
)
def test_located(kwargs: dict[str, object], expected: str) -> None:
    assert located("bad", **kwargs) == expected  # type: ignore[arg-type]


def test_check_choice() -> None:
    check_choice("kind", "money", ["money", "count"])
    with pytest.raises(ValueError, match="kind must be one of 'money', 'count'; got 'x'"):
        check_choice("kind", "x", ["money", "count"])


def test_errors_are_value_errors() -> None:
    assert issubclass(CorpusError, NatoDiffError)
    assert issubclass(NatoDiffError, ValueError)


# One error family: what reaches a user from the public API is a NatoDiffError.


def test_unknown_id_error_is_a_key_error_that_reads_plainly() -> None:
    err = UnknownIdError("no document 'x'; the corpus has: a, b")
    assert isinstance(err, KeyError) and isinstance(err, NatoDiffError)
    assert str(err) == "no document 'x'; the corpus has: a, b"  # no KeyError quotes


def test_the_family() -> None:
    for cls in (ArgumentError, ArgumentTypeError, OutputError, UnknownIdError, CorpusError):
        assert issubclass(cls, NatoDiffError)
    assert issubclass(ArgumentTypeError, TypeError)


@pytest.mark.parametrize("n_jobs", [0, -1, 1.5, "2", True, None])
def test_check_n_jobs_refuses_what_is_not_a_count(n_jobs: object) -> None:
    with pytest.raises(ArgumentError, match="n_jobs must be a whole number of at least 1"):
        check_n_jobs(n_jobs)


def test_track_and_load_refuse_zero_jobs_before_work(seeds: Corpus, tmp_path: Path) -> None:
    from nato_diff import load_corpus

    with pytest.raises(ArgumentError, match="got 0"):
        track(seeds, n_jobs=0)
    (tmp_path / "a.txt").write_text("never read", encoding="utf-8")
    with pytest.raises(ArgumentError, match="got 0"):
        load_corpus(tmp_path, n_jobs=0)


@pytest.fixture(scope="module")
def small_tracking(seeds: Corpus) -> Tracking:
    return track(seeds[:2])


def test_tracking_diff_with_unknown_ids_or_dimension(small_tracking: Tracking) -> None:
    first = small_tracking.corpus[0].doc_id
    with pytest.raises(UnknownIdError, match="no document with id or date 'nope'"):
        small_tracking.diff(first, "nope")
    with pytest.raises(KeyError):  # callers that catch KeyError keep working
        small_tracking.diff("1999-01-01", first)
    with pytest.raises(UnknownIdError, match="unknown dimension 'nope'; known: membership_path"):
        small_tracking.diff(first, first, dimension="nope")


def test_build_report_on_an_empty_corpus(tmp_path: Path) -> None:
    from nato_diff.report import build_report

    with pytest.raises(CorpusError, match="no documents, so there is nothing to report"):
        build_report(track(Corpus([])), tmp_path / "out")
    assert not (tmp_path / "out").exists()
