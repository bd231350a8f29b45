"""Tables shared by the plotting tests: four documents with uneven gaps, one table per plot."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.axes import Axes


@pytest.fixture(autouse=True)
def _close_figures() -> Any:
    yield
    plt.close("all")


# Four documents, given out of date order; the gaps are uneven (42 days, 2 days, 226 days).
DOCS = {
    "d3": dt.date(2023, 6, 3),
    "d1": dt.date(2023, 4, 20),
    "d4": dt.date(2024, 1, 15),
    "d2": dt.date(2023, 6, 1),
}
IN_ORDER = ["d1", "d2", "d3", "d4"]
DATE_LABELS = ["20 Apr 2023", "1 Jun 2023", "3 Jun 2023", "15 Jan 2024"]


@pytest.fixture(params=["date", "datetime64"])
def date_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _dated(rows: list[dict[str, Any]], kind: str) -> pd.DataFrame:
    table = pd.DataFrame(rows)
    if kind == "datetime64":
        table["date"] = pd.to_datetime(table["date"])
    else:
        assert table["date"].dtype == object
    return table


def _texts(ax: Axes) -> list[str]:
    return [t.get_text() for t in ax.texts]


def _is_no_data(ax: Axes) -> bool:
    return any(t.get_text().startswith("no ") for t in ax.texts)


SALIENCE = {
    "membership_path": {"d1": 0.40, "d2": 0.25, "d3": 0.10, "d4": 0.05},
    "black_sea": {"d1": 0.0, "d2": 0.125, "d3": 0.30, "d4": 0.20},
    "aid_volumes": {"d1": 0.05, "d2": 0.0, "d3": 0.50, "d4": 0.35},
}
#: The dimensions' labels, as titles and axes show them.
SALIENCE_LABELS = ["Membership path", "Black Sea", "Aid volumes"]


def _timeline(kind: str = "date") -> pd.DataFrame:
    rows = [
        {
            "doc_id": doc,
            "date": DOCS[doc],
            "dimension": dim,
            "n_mentions": 1,
            "n_sentences": 1,
            "salience": value,
            "mentions_per_1k_words": 1.0,
            "position": None,
            "position_rank": None,
        }
        for dim, by_doc in SALIENCE.items()
        for doc, value in by_doc.items()
    ]
    return _dated(rows, kind)


POSITION_ROWS = [
    # doc, dimension, side, position, rank, sentence_id
    ("d1", "membership_path", "nato", "open_door", 1, 3),
    ("d1", "membership_path", "ukraine", "membership_when_conditions_met", 2, 5),
    ("d2", "membership_path", "ukraine", "invitation", 3, 1),
    ("d4", "membership_path", "nato", "membership_when_conditions_met", 2, 12),
    ("d4", "membership_path", "ukraine", "invitation", 3, 2),
    ("d3", "black_sea", "russia", "blockade", 1, 4),
]


def _positions(kind: str = "date", rows: list[tuple[Any, ...]] | None = None) -> pd.DataFrame:
    return _dated(
        [
            {
                "doc_id": doc,
                "date": DOCS.get(doc, dt.date(2023, 1, 1)),
                "dimension": dim,
                "side": side,
                "position": pos,
                "position_rank": rank,
                "speaker": "someone",
                "sentence_id": sid,
                "sentence": "…",
            }
            for doc, dim, side, pos, rank, sid in (rows or POSITION_ROWS)
        ],
        kind,
    )


FIGURE_ROWS = [
    # doc, value, value_high, currency, bound, scope
    ("d1", 1.5e9, None, "EUR", "lower", "total"),
    ("d2", 2.0e9, None, "EUR", "lower", "total"),
    ("d2", 5.0e8, None, "EUR", "upper", "annual"),
    ("d3", 7.0e8, None, "EUR", "approx", "annual"),
    ("d4", 3.0e9, 3.5e9, "EUR", "exact", "total"),
    ("d4", 4.0e8, None, "EUR", None, None),
]


def _figures(
    kind: str = "date", rows: list[tuple[Any, ...]] | None = None, what: str = "money"
) -> pd.DataFrame:
    return _dated(
        [
            {
                "figure_id": i,
                "doc_id": doc,
                "date": DOCS[doc],
                "dimension": "aid_volumes",
                "sentence_id": i,
                "sentence": "…",
                "text": "…",
                "kind": what,
                "value": value,
                "value_high": high,
                "currency": currency,
                "unit": None if what == "money" else currency,
                "qualifier": None,
                "bound": bound,
                "scope": scope,
                "period_start": None,
                "part_of": None,
            }
            for i, (doc, value, high, currency, bound, scope) in enumerate(rows or FIGURE_ROWS)
        ],
        kind,
    )


FACET_ROWS = [
    ("d1", "membership_path", "reforms", 2),
    ("d2", "membership_path", "reforms", 1),
    ("d2", "membership_path", "interoperability", 3),
    ("d4", "membership_path", "summit", 1),
    ("d3", "black_sea", "grain_corridor", 5),  # d3 names no membership_path facet
]


def _facets(kind: str = "date") -> pd.DataFrame:
    return _dated(
        [
            {"doc_id": doc, "date": DOCS[doc], "dimension": dim, "facet": f, "n_mentions": n}
            for doc, dim, f, n in FACET_ROWS
        ],
        kind,
    )


def _readability(kind: str = "date") -> pd.DataFrame:
    rows = [
        ("d1", "document", "flesch_reading_ease", 35.0, True),
        ("d2", "document", "flesch_reading_ease", 52.5, False),
        ("d3", "document", "flesch_reading_ease", 40.0, True),
        ("d4", "document", "flesch_reading_ease", 38.0, None),
        ("d1", "black_sea", "flesch_reading_ease", 20.0, True),
        ("d1", "document", "gunning_fog", 14.0, True),
    ]
    return _dated(
        [
            {
                "doc_id": doc,
                "date": DOCS[doc],
                "scope": scope,
                "measure": measure,
                "value": value,
                "n_words": 100,
                "n_sentences": 5,
                "reliable": reliable,
            }
            for doc, scope, measure, value, reliable in rows
        ],
        kind,
    )


def _tracking(kind: str = "date") -> SimpleNamespace:
    return SimpleNamespace(timeline=_timeline(kind), positions=_positions(kind))
