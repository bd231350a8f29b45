"""The per-document tables: mentions, claims, facets, figures and readability.

Each is the rows of every document's extraction, one after another, with the table's
columns and dtypes; :func:`document_frame` builds one from any run of rows, so the tables
of a whole run and the row groups a Parquet writer appends as documents finish have the same
columns and dtypes.

A run keeps every document's rows in :class:`HeldRows` until the tables are built: one list
per column of each table instead of a dict per row, its texts shared between rows
(``sys.intern``) and its list cells already split, from which :meth:`HeldRows.take_frame`
builds the same table a list of the row dicts gives, a column at a time. A streamed run
keeps the few rows it holds as tuples of their values in column order (:func:`pack_rows`),
from which :func:`tuples_frame` builds the same tables.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
import pandas as pd

from ..change import column_frame, items, public_table
from ..extract import (
    CLAIM_COLUMNS,
    FACET_COLUMNS,
    FIGURE_TABLE_COLUMNS,
    MENTION_COLUMNS,
    READABILITY_COLUMNS,
    Extraction,
)
from .tables import table_frame

__all__ = [
    "DOCUMENT_TABLES",
    "LIST_COLUMNS",
    "HeldRows",
    "document_frame",
    "document_rows",
    "pack_rows",
    "system_arrow_pool",
    "tuples_frame",
]

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
    return _typed(name, table_frame(rows, DOCUMENT_TABLES[name]))


# What pandas puts in a cell whose column a row dict lacks.
_ABSENT = np.nan

_NAMES: tuple[str, ...] = tuple(DOCUMENT_TABLES)


def _kind(name: str, column: str) -> int:
    """Return what a cell of the column holds: 0 a value, 1 a list of texts, 2 of ints."""
    texts, integers = LIST_COLUMNS.get(name, ((), ()))
    return 1 if column in texts else 2 if column in integers else 0


_KINDS: dict[str, tuple[tuple[str, int], ...]] = {
    name: tuple((c, _kind(name, c)) for c in columns) for name, columns in DOCUMENT_TABLES.items()
}


# The cells of texts already split, by their text: the same facets and terms recur row after
# row. Emptied when full.
_SPLIT: dict[str, tuple[str, ...]] = {}


def _list_cell(value: Any, kind: int) -> tuple[Any, ...]:
    """Return a list cell split as the table holds it: texts interned (1) or ints (2)."""
    if kind == 1 and type(value) is str:  # what items() gives, interned: kept per text
        known = _SPLIT.get(value)
        if known is None:
            if len(_SPLIT) >= 4096:
                _SPLIT.clear()
            known = _SPLIT[value] = tuple(
                sys.intern(v) for v in map(str.strip, value.split(";")) if v
            )
        return known
    if type(value) in (list, tuple):  # what items() gives for texts and ints: themselves
        if kind == 1 and all(type(v) is str for v in value):
            return tuple(sys.intern(v) for v in value if v)
        if kind == 2 and all(type(v) is int for v in value):
            return tuple(value)
    if kind == 1:
        return tuple(sys.intern(v) for v in items(value))
    return tuple(int(v) for v in items(value))


# Per table: its columns, a NaN for each (what a row dict lacking the column gives), and the
# list columns as (place, kind).
_LAYOUTS: dict[str, tuple[tuple[str, ...], tuple[float, ...], tuple[tuple[int, int], ...]]] = {
    name: (
        tuple(c for c, _ in kinds),
        (_ABSENT,) * len(kinds),
        tuple((i, k) for i, (_, k) in enumerate(kinds) if k),
    )
    for name, kinds in _KINDS.items()
}


def _pack_rows(
    rows: Iterable[dict[str, Any]],
    columns: tuple[str, ...],
    absent: tuple[float, ...],
    lists: tuple[tuple[int, int], ...],
) -> list[tuple[Any, ...]]:
    """Pack rows: texts interned, then the list cells split (:func:`_list_cell`)."""
    intern = sys.intern
    out = []
    for row in rows:
        cells = [intern(v) if type(v) is str else v for v in map(row.get, columns, absent)]
        for i, kind in lists:
            cells[i] = _list_cell(cells[i], kind)
        out.append(tuple(cells))
    return out


def tuples_frame(name: str, rows: list[tuple[Any, ...]]) -> pd.DataFrame:
    """Build the table ``name`` from rows packed as :func:`pack_rows` packs them.

    ``rows`` is emptied as the table is built.

    Parameters
    ----------
    name : str
        A key of :data:`DOCUMENT_TABLES`.
    rows : list of tuple
        The rows, in table order.

    Returns
    -------
    pandas.DataFrame
        The table, as :func:`document_frame` builds it from the row dicts.
    """
    frame = pd.DataFrame(rows, columns=list(DOCUMENT_TABLES[name]))
    rows.clear()
    return _typed(name, frame)


class HeldRows:
    """Every document's rows of the per-document tables, held column by column.

    Each column of each table is one list, documents one after another as they are added,
    so a cell costs a pointer (its texts interned, as :func:`pack_rows` interns them) and
    not a part of a tuple per row. :meth:`take_frame` types a table a column at a time and lets
    each column's list go as soon as it is typed, so the rows and the tables are hardly
    ever both held. The tables are those :func:`tuples_frame` builds from the same rows.

    Attributes
    ----------
    doc_ids : list of str
        The documents, in the order of their rows.
    """

    def __init__(self) -> None:
        self.doc_ids: list[str] = []
        self._starts: list[tuple[int, ...]] = []
        self._columns: dict[str, list[list[Any]]] = {
            name: [[] for _ in columns] for name, columns in DOCUMENT_TABLES.items()
        }

    def __len__(self) -> int:
        """Return the number of documents held."""
        return len(self.doc_ids)

    def add(self, extraction: Extraction) -> None:
        """Add one document's rows after those held; the extraction can then go.

        Parameters
        ----------
        extraction : Extraction
            One document's rows.
        """
        starts = []
        for name, columns in self._columns.items():
            starts.append(len(columns[0]))
            rows = _pack_rows(getattr(extraction, name), *_LAYOUTS[name])
            if rows:
                for column, cells in zip(columns, zip(*rows, strict=True), strict=True):
                    column.extend(cells)
        self.doc_ids.append(extraction.doc_id)
        self._starts.append(tuple(starts))

    def order(self, doc_ids: Sequence[str]) -> None:
        """Put the rows in the order of ``doc_ids``; the documents not named there go.

        Parameters
        ----------
        doc_ids : sequence of str
            The documents, in the order their rows must take (the corpus's).
        """
        if list(doc_ids) == self.doc_ids:
            return
        place = {doc_id: i for i, doc_id in enumerate(self.doc_ids)}
        kept = [place[d] for d in doc_ids if d in place]
        ends = [*self._starts[1:], tuple(len(c[0]) for c in self._columns.values())]
        for t, columns in enumerate(self._columns.values()):
            take = [i for k in kept for i in range(self._starts[k][t], ends[k][t])]
            for j, column in enumerate(columns):
                columns[j] = [column[i] for i in take]
        sizes = [[e - s for s, e in zip(self._starts[k], ends[k], strict=True)] for k in kept]
        self.doc_ids = [self.doc_ids[k] for k in kept]
        totals = [0] * len(self._columns)
        self._starts = []
        for size in sizes:
            self._starts.append(tuple(totals))
            totals = [a + b for a, b in zip(totals, size, strict=True)]

    def dicts(self, name: str) -> Iterator[dict[str, Any]]:
        """Yield the rows of the table ``name`` as dicts again, one at a time.

        Parameters
        ----------
        name : str
            A key of :data:`DOCUMENT_TABLES`.

        Yields
        ------
        dict
            One row, its columns in table order (a list cell as a tuple of its values).
        """
        columns = DOCUMENT_TABLES[name]
        for row in zip(*self._columns[name], strict=True):
            yield dict(zip(columns, row, strict=True))

    def take_frame(self, name: str) -> pd.DataFrame:
        """Build the table ``name`` and let its rows go, a column at a time.

        Each column is typed from its cells as pandas types a column of a list of rows
        (:func:`nato_diff.change.column_frame`), so the table equals the one built
        from the row dicts (:func:`tuples_frame`).

        Parameters
        ----------
        name : str
            A key of :data:`DOCUMENT_TABLES`.

        Returns
        -------
        pandas.DataFrame
            The table.
        """
        cells = self._columns[name]
        for i, _ in _LAYOUTS[name][2]:  # split when held (_list_cell): the lists as they are
            cells[i] = list(map(list, cells[i]))
        return _typed(name, column_frame(DOCUMENT_TABLES[name], cells), listed=True)


def pack_rows(name: str, rows: Iterable[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Pack one document's rows of the table ``name``: tuples in column order.

    Texts are interned and list cells split into tuples of their values; a cell whose column
    the row dict lacks holds NaN, as in a table built from the dicts.

    Parameters
    ----------
    name : str
        A key of :data:`DOCUMENT_TABLES`.
    rows : iterable of dict
        The row dicts.

    Returns
    -------
    list of tuple
        One tuple per row, in column order.
    """
    return _pack_rows(rows, *_LAYOUTS[name])


@contextmanager
def system_arrow_pool() -> Iterator[None]:
    """Give Arrow's allocations the system allocator while the tables are built, then restore.

    pandas keeps text columns in Arrow arrays; Arrow's default allocator (mimalloc) keeps
    the pages of the many short-lived arrays that typing and joining tables make; the
    system allocator gives them back. Arrays keep the allocator they were made with, so
    restoring the default afterwards is safe. The default is process-wide: Arrow arrays
    made meanwhile in other threads use the system allocator too.
    """
    try:
        import pyarrow as pa
    except ImportError:  # pandas keeps texts as Python objects then
        yield
        return
    before = pa.default_memory_pool()
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(before)


def _typed(name: str, frame: pd.DataFrame, *, listed: bool = False) -> pd.DataFrame:
    """Give a per-document table its nullable integers, dates and list columns.

    ``listed`` tells that the list columns hold lists already, each as
    :func:`~nato_diff.change.public_table` would make it (the cells :func:`_list_cell` split).
    """
    for column in _NULLABLE_INT.get(name, ()):
        frame[column] = frame[column].astype("Int64")
    lists, integers = ((), ()) if listed else LIST_COLUMNS.get(name, ((), ()))
    return public_table(frame, lists=lists, integer_lists=integers)
