from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

import pytest

from nato_diff.corpus import Document


def _document(text: str) -> Document:
    return Document(
        doc_id="d1",
        date=dt.date(2023, 7, 11),
        date_source="text",
        date_evidence="11 July 2023",
        title="Vilnius",
        source="",
        raw_text=text,
        text=text,
        sentences=(text,),
    )


def test_word_count_is_counted_once_and_stays_with_the_document():
    doc = _document("Allies agreed that Ukraine's future is in NATO - all 31 of them.")
    # letters or digits, joined through apostrophes and hyphens: "Ukraine's" is one word
    assert doc.n_words == 12
    assert doc.__dict__["n_words"] == 12  # kept after the first count
    assert pickle.loads(pickle.dumps(doc)).n_words == 12
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "changed"  # type: ignore[misc]
