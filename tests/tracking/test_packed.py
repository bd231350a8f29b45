"""A run keeps its rows packed (by column, or by row when streamed); the tables are the same.

The tables were built from the row dicts of every extraction; now each extraction is packed
as it arrives and the dicts are dropped. Here both ways are run on the seeds and on generated
press releases and every per-document table is compared, dtypes included, as are the rows
the positions and the timeline are built from.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from nato_diff import load_corpus, load_dimensions, track
from nato_diff.change import column_frame, items
from nato_diff.corpus import Corpus
from nato_diff.extract import Extraction, extract_document, load_actors
from nato_diff.tracking.document_tables import (
    DOCUMENT_TABLES,
    LIST_COLUMNS,
    HeldRows,
    document_frame,
    pack_rows,
    tuples_frame,
)

from ..conftest import write_press


def _extractions(corpus: Corpus) -> list[Extraction]:
    dims, actors = load_dimensions(), load_actors()
    return [extract_document(doc, dims, actors=actors) for doc in corpus]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Thirty generated press releases (the benchmark's generator)."""
    return load_corpus(write_press(tmp_path_factory.mktemp("press"), 30, seed=5))


def _packed_dicts(name: str, extractions: list[Extraction]) -> list[dict[str, object]]:
    """The rows of a table packed as tuples (a streamed run's), as dicts again."""
    columns = DOCUMENT_TABLES[name]
    return [
        dict(zip(columns, row, strict=True))
        for e in extractions
        for row in pack_rows(name, getattr(e, name))
    ]


@pytest.mark.parametrize("which", ["seeds", "generated"])
def test_packed_tables_equal_tables_from_dicts(
    which: str, seeds: Corpus, generated: Corpus
) -> None:
    extractions = _extractions(seeds if which == "seeds" else generated)
    packed = {
        name: [t for e in extractions for t in pack_rows(name, getattr(e, name))]
        for name in DOCUMENT_TABLES
    }
    tables = {name: tuples_frame(name, rows) for name, rows in packed.items()}
    for name, table in tables.items():
        from_dicts = document_frame(name, (r for e in extractions for r in getattr(e, name)))
        pd.testing.assert_frame_equal(table, from_dicts, obj=name)
    # The comparison covers rows with figures, positions and missing values.
    assert len(tables["figures"]) > 0
    assert tables["claims"]["rung_rank"].notna().any()
    assert tables["claims"]["rung_rank"].isna().any()
    # The rows were taken out as the tables were built.
    assert all(not rows for rows in packed.values())


def test_packed_dicts_give_back_the_rows(generated: Corpus) -> None:
    extractions = _extractions(generated)
    held = HeldRows()
    for e in extractions:
        held.add(e)
    claims = [r for e in extractions for r in e.claims]
    assert _packed_dicts("claims", extractions) == claims
    assert list(held.dicts("claims")) == claims
    assert len(claims) > 50
    # A list cell comes back as the values of the table's list ("map; partnership" split).
    mentions = [r for e in extractions for r in e.mentions]
    again = _packed_dicts("mentions", extractions)
    assert list(held.dicts("mentions")) == again
    split = [
        {**r, "facets": tuple(items(r["facets"])), "terms": tuple(items(r["terms"]))}
        for r in mentions
    ]
    assert split == again
    assert any(len(r["terms"]) > 1 for r in again)


def test_a_missing_cell_is_missing_as_in_a_frame_of_dicts() -> None:
    rows = [{"doc_id": "a", "dimension": "black_sea"}]  # every other column absent
    packed = pack_rows("readability", rows)
    assert math.isnan(packed[0][-1])
    pd.testing.assert_frame_equal(
        tuples_frame("readability", packed), document_frame("readability", rows)
    )
    held = HeldRows()
    held.add(Extraction("a", readability=rows))
    pd.testing.assert_frame_equal(
        held.take_frame("readability"), document_frame("readability", rows)
    )


@pytest.mark.parametrize("which", ["seeds", "generated"])
def test_rows_held_by_column_give_the_same_tables(
    which: str, seeds: Corpus, generated: Corpus
) -> None:
    extractions = _extractions(seeds if which == "seeds" else generated)
    held = HeldRows()
    for e in reversed(extractions):  # added out of order, then put in corpus order
        held.add(e)
    held.order([e.doc_id for e in extractions])
    assert held.doc_ids == [e.doc_id for e in extractions]
    for name in ("claims", "mentions"):
        assert list(held.dicts(name)) == _packed_dicts(name, extractions)
    for name in DOCUMENT_TABLES:
        from_dicts = document_frame(name, (r for e in extractions for r in getattr(e, name)))
        pd.testing.assert_frame_equal(held.take_frame(name), from_dicts, obj=name)
    # The rows were let go as the tables were built.
    assert all(not column for columns in held._columns.values() for column in columns)


def test_held_rows_drop_documents_not_ordered(generated: Corpus) -> None:
    extractions = _extractions(generated)[:3]
    held = HeldRows()
    for e in extractions:
        held.add(e)
    held.order([extractions[2].doc_id, extractions[0].doc_id])
    kept = [extractions[2], extractions[0]]
    pd.testing.assert_frame_equal(
        held.take_frame("mentions"),
        document_frame("mentions", (r for e in kept for r in e.mentions)),
    )


def test_column_frame_types_as_a_frame_of_rows() -> None:
    rows = [(1, None, True, "a", 1.5, None), (None, None, None, None, 2, "b")]
    columns = ["i", "none", "flag", "text", "x", "late"]
    cells = [list(c) for c in zip(*rows, strict=True)]
    frame = column_frame(columns, cells)
    pd.testing.assert_frame_equal(frame, pd.DataFrame(rows, columns=columns))
    assert not any(cells)
    pd.testing.assert_frame_equal(
        column_frame(columns, [[] for _ in columns]), pd.DataFrame([], columns=columns)
    )


def test_every_list_cell_is_a_list_of_its_own(generated: Corpus) -> None:
    tracking = track(generated)
    for name, (texts, integers) in LIST_COLUMNS.items():
        table = getattr(tracking, name)
        for column in (*texts, *integers):
            cells = table[column].tolist()
            assert all(type(c) is list for c in cells), (name, column)
            assert len({id(c) for c in cells}) == len(cells), (name, column)
