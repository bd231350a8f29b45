"""A run keeps each document's rows packed as tuples; the tables built from them are the same.

The tables were built from the row dicts of every extraction; now each extraction is packed
as it arrives and the dicts are dropped. Here both ways are run on the seeds and on generated
press releases and every per-document table is compared, dtypes included, as are the rows
the positions and the timeline are built from.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from nato_diff import load_corpus, load_dimensions
from nato_diff.change import items
from nato_diff.corpus import Corpus
from nato_diff.extract import Extraction, extract_document, load_actors
from nato_diff.tracking.document_tables import (
    DOCUMENT_TABLES,
    document_frame,
    pack,
    packed_dicts,
    packed_rows,
    take_frame,
)

from ..conftest import write_press


def _extractions(corpus: Corpus) -> list[Extraction]:
    dims, actors = load_dimensions(), load_actors()
    return [extract_document(doc, dims, actors=actors) for doc in corpus]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Thirty generated press releases (the benchmark's generator)."""
    return load_corpus(write_press(tmp_path_factory.mktemp("press"), 30, seed=5))


@pytest.mark.parametrize("which", ["seeds", "generated"])
def test_packed_tables_equal_tables_from_dicts(
    which: str, seeds: Corpus, generated: Corpus
) -> None:
    extractions = _extractions(seeds if which == "seeds" else generated)
    packed = [pack(e) for e in extractions]
    tables = {name: take_frame(name, packed) for name in DOCUMENT_TABLES}
    for name, table in tables.items():
        from_dicts = document_frame(name, (r for e in extractions for r in getattr(e, name)))
        pd.testing.assert_frame_equal(table, from_dicts, obj=name)
    # The comparison covers rows with figures, positions and missing values.
    assert len(tables["figures"]) > 0
    assert tables["claims"]["rung_rank"].notna().any()
    assert tables["claims"]["rung_rank"].isna().any()
    # The rows were taken out as the tables were built.
    assert all(not cells for p in packed for cells in p.tables)


def test_packed_dicts_give_back_the_rows(generated: Corpus) -> None:
    extractions = _extractions(generated)
    packed = [pack(e) for e in extractions]
    claims = [r for e in extractions for r in e.claims]
    assert list(packed_dicts("claims", packed)) == claims
    assert len(claims) > 50
    # A list cell comes back as the values of the table's list ("map; partnership" split).
    mentions = [r for e in extractions for r in e.mentions]
    again = list(packed_dicts("mentions", packed))
    split = [
        {**r, "facets": tuple(items(r["facets"])), "terms": tuple(items(r["terms"]))}
        for r in mentions
    ]
    assert split == again
    assert any(len(r["terms"]) > 1 for r in again)


def test_a_missing_cell_is_missing_as_in_a_frame_of_dicts() -> None:
    rows = [{"doc_id": "a", "dimension": "black_sea"}]  # every other column absent
    packed = [pack(Extraction("a", readability=rows))]
    assert math.isnan(packed_rows(packed[0], "readability")[0][-1])
    pd.testing.assert_frame_equal(
        take_frame("readability", packed), document_frame("readability", rows)
    )
