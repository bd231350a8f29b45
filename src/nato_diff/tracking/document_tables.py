"""The per-document tables: mentions, claims, facets, figures and readability.

Each is the rows of every document's extraction, one after another, with the table's
columns and dtypes; :func:`document_frame` builds one from any run of rows, so the tables
of a whole run and the row groups a Parquet writer appends as documents finish have the same
columns and dtypes.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from ..change import public_table
from ..extract import (
    CLAIM_COLUMNS,
    FACET_COLUMNS,
    FIGURE_TABLE_COLUMNS,
    MENTION_COLUMNS,
    READABILITY_COLUMNS,
    Extraction,
)
from .tables import table_frame

__all__ = ["DOCUMENT_TABLES", "LIST_COLUMNS", "document_frame", "document_rows"]

#: The list-valued columns of each table: strings, then ints (``"; "``-joined in CSV).
LIST_COLUMNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "mentions": (("facets", "terms"), ()),
    "facets": (("terms",), ("sentence_ids",)),
    "changes": (("facets_added", "facets_dropped", "figures_from", "figures_to"), ()),
    "summaries": (("evidence",), ()),
    "lifecycle": (("docs",), ()),
}

#: The per-document tables and their columns.
DOCUMENT_TABLES: dict[str, tuple[str, ...]] = {
    "mentions": MENTION_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "facets": FACET_COLUMNS,
    "figures": FIGURE_TABLE_COLUMNS,
    "readability": READABILITY_COLUMNS,
}

# Whole numbers that may be missing: pandas' nullable Int64.
_NULLABLE_INT: dict[str, tuple[str, ...]] = {
    "mentions": ("position_rank",),
    "claims": ("rung_rank", "sentence_id", "n_figures"),
}


def document_rows(extraction: Extraction, name: str) -> list[dict[str, Any]]:
    """Return one document's rows of the table ``name`` (a key of :data:`DOCUMENT_TABLES`)."""
    rows: list[dict[str, Any]] = getattr(extraction, name)
    return rows


def document_frame(name: str, rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """Build the table ``name`` from rows, with its columns and dtypes (zero rows too).

    Parameters
    ----------
    name : str
        A key of :data:`DOCUMENT_TABLES`.
    rows : iterable of dict
        The rows, documents one after another.

    Returns
    -------
    pandas.DataFrame
        The table.
    """
    frame = table_frame(rows, DOCUMENT_TABLES[name])
    for column in _NULLABLE_INT.get(name, ()):
        frame[column] = frame[column].astype("Int64")
    lists, integers = LIST_COLUMNS.get(name, ((), ()))
    return public_table(frame, lists=lists, integer_lists=integers)
