"""The report's tables: what the change tables show, and version tables only for versions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from nato_diff import Tracking, build_report, track
from nato_diff.corpus import Corpus, make_document
from nato_diff.report.tables import _change_table, _is_version, _notable, _version_table

# A ministry's statement, a revision of it a day later (one sentence reworded, one added),
# and an unrelated statement from another source.
FIRST = (
    "The Allies agreed today to provide Ukraine with additional air defence systems. "
    "Ministers said that Ukraine's future is in NATO. "
    "The package includes €2 billion in military aid for the coming year. "
    "The Black Sea grain corridor must stay open for shipping."
)
REVISED = (
    "The Allies agreed today to provide Ukraine with additional air defence systems. "
    "Ministers said that Ukraine's future is in NATO and that its path is irreversible. "
    "The package includes €2 billion in military aid for the coming year. "
    "The Black Sea grain corridor must stay open for shipping. "
    "This statement was updated with the final figures."
)
OTHER = (
    "Kyiv welcomed the talks on security guarantees with its partners. "
    "Officials in Kyiv hope that an invitation to join NATO will follow soon."
)


@pytest.fixture(scope="module")
def versions() -> Tracking:
    docs = [
        make_document(
            "statement",
            FIRST,
            date=dt.date(2024, 7, 10),
            source="Ministry",
            title="Statement on support to Ukraine",
        ),
        make_document(
            "statement-rev",
            REVISED,
            date=dt.date(2024, 7, 11),
            source="Ministry",
            title="Statement on support to Ukraine",
        ),
        make_document(
            "kyiv",
            OTHER,
            date=dt.date(2024, 7, 20),
            source="Office of the President",
            title="Talks on guarantees",
        ),
    ]
    return track(Corpus(docs))


def test_versions_are_recognised_by_source_and_title_or_wording(versions: Tracking) -> None:
    assert _is_version(versions, "statement", "statement-rev")
    assert not _is_version(versions, "statement-rev", "kyiv")


def test_version_table_only_for_versions(versions: Tracking) -> None:
    changes = versions.changes[versions.changes["dimension"] == "membership_path"]
    table = _version_table(versions, changes)
    assert list(table["From"]) == [pd.Timestamp(dt.date(2024, 7, 10))]
    assert list(table.columns) == [
        "From",
        "To",
        "Sentences added",
        "Dropped",
        "Reworded",
        "Similarity",
    ]


def test_change_table_shows_salience_positions_facets_and_figures(versions: Tracking) -> None:
    dim = versions.dimensions["membership_path"]
    changes = versions.changes[versions.changes["dimension"] == "membership_path"]
    table = _change_table(changes, dim)
    assert list(table.columns) == [
        "From",
        "To",
        "Salience",
        "Position",
        "Facets added",
        "Facets dropped",
        "Figures",
    ]
    assert not any("_" in str(v) for v in table["Position"])  # names, not ids
    assert all("%" in v for v in table["Salience"])


def test_notable_keeps_the_largest_moves_in_date_order(versions: Tracking) -> None:
    changes = versions.changes
    kept = _notable(changes, most=2)
    assert len(kept) == 2
    assert list(kept.index) == sorted(kept.index)
    sizes = changes["rank_delta"].abs().fillna(0) * 0.1 + changes["salience_delta"].abs()
    assert sizes.loc[kept.index].min() >= sizes.drop(kept.index).max()


def test_seed_report_reads_as_a_brief(tmp_path: Path, seeds: Corpus) -> None:
    build_report(track(seeds), tmp_path)
    md = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "## How to read this" in md and "## Limits" in md
    assert md.index("## What moved") < md.index("## Overview")  # the first screen
    assert (
        "Membership path: NATO decides that Ukraine will join (2023-09-28) → offers an "
        "irreversible path to membership (2024-04-29)." in md
    )
    assert "> The work we are doing now puts you on an irreversible path" in md
    assert "| Date | Title | Source | Dated from | Sentences | Words | Document |" in md
    assert "e+" not in md  # no 1.5e+11
    assert "at least €150 bn" in md
    assert "Sentences added" not in md  # the seeds are five different statements
    assert "n\\_added" not in md and "similarity" not in md.lower().split("## limits")[0]
