"""Sentences and helpers the figure tests share."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd

from nato_diff.extract.figures import FIGURE_COLUMNS, Figure, extract_figures, figure_records

LEXICON = Path(__file__).resolve().parents[3] / "src" / "nato_diff" / "data" / "figures.yaml"

# Seed sentences, quoted as they stand in the documents.
SUPPORT_150 = (
    "NATO Secretary General also added that since February 2022, NATO allies provided Ukraine "
    "with more than €150 billion in support, including €65 billion in military aid."
)
NEARLY_100 = (
    "“This is a collective effort by all NATO Allies,” he said, noting that of nearly one "
    "hundred billion euros in military support committed to Ukraine since last year, around "
    "half has come from European NATO Allies and Canada."
)
FIFTY_NATIONS = (
    "He welcomed that Ukraine has strong backing from all NATO Allies and many partners in the "
    "Ukraine Defence Contact Group – with more than 50 nations providing support and supplies."
)
CALIBER = (
    "Artillery of 155 caliber, long-range weapons, and air defense, primarily the Patriot systems."
)
THIRD_VISIT = (
    "This is Jens Stoltenberg's third visit to Ukraine since the start of full-scale Russian "
    "invasion."
)
UN_NATIONS = (
    "He further noted that over 140 nations stood up for Ukraine’s sovereignty at the United "
    "Nations."
)
DOC_002 = dt.date(2023, 4, 20)  # NATO Secretary General Jens Stoltenberg visited Ukraine
DOC_004 = dt.date(2023, 9, 28)  # Secretary General visits Kyiv


def only(figures: list[Figure], kind: str) -> list[Figure]:
    return [f for f in figures if f.kind == kind]


def none(x: object) -> object:
    """Read a missing table value (None or NaN) as None."""
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def one(text: str, kind: str = "money", **kw: object) -> Figure:
    found = only(extract_figures(text, **kw), kind)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


def table(*docs: tuple[str, dt.date, str]) -> pd.DataFrame:
    rows = []
    for doc_id, date, sentence in docs:
        figs = extract_figures(sentence, doc_date=date)
        rows += figure_records(
            figs, doc_id=doc_id, date=date, sentence_id=7, sentence=sentence, dimension="aid"
        )
    return pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))


SEED_TABLE = (("002", DOC_002, SUPPORT_150), ("004", DOC_004, NEARLY_100))
