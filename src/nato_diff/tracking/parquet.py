"""Write a run's tables to Parquet, the per-document ones as the documents are done.

``track(..., parquet_dir=PATH)`` writes one file per table into ``PATH``, named like the
:class:`~nato_diff.tracking.Tracking` attribute (``mentions.parquet``, ``changes.parquet``,
...), with the same columns and dtypes as the table in memory (strings as strings, dates as
Parquet timestamps, lists as lists, ``Int64`` columns as nullable 64-bit integers, booleans
as booleans).

- The per-document tables (mentions, claims, facets, figures, readability) are appended as
  each document's extraction comes back, in row groups of up to :data:`ROW_GROUP_ROWS`
  rows, so the writer holds at most one row group per table. Their rows are grouped by
  document in the order the documents were finished (file order for the local engine);
  ``frame.sort_values(["date", "doc_id"], kind="stable")`` gives the in-memory order.
- The other tables (documents, timeline, positions, changes, summaries, lifecycle,
  provenance) need every document and are written when the run ends.

:meth:`Tracking.to_parquet` (:func:`write_tables`) writes the tables of a finished run the
same way, every table whole and in its in-memory row order.

Every file is written to a hidden temporary name beside its target and renamed into place
only when the whole run succeeds; a file nato-diff did not write is never replaced (the
output folder's ledger, :class:`nato_diff._io.OutputFolder`), and a failed run leaves
nothing behind.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from .._io import OutputFolder
from ..errors import ArgumentError
from ..extract import Extraction
from .document_tables import DOCUMENT_TABLES, document_rows, pack_rows, tuples_frame

__all__ = ["ROW_GROUP_ROWS", "ParquetTables", "write_tables"]

#: Rows per row group of a per-document table (row groups are flushed at this size).
ROW_GROUP_ROWS = 50_000

# Columns whose type the first row group may not show (all empty there): what they hold.
_WHEN_EMPTY = {"value_high": "float64", "sentence_ids": "int64"}


def _settled(pa: Any, field: Any) -> Any:
    """Give a column the first row group left without a type (all empty) the one it holds."""
    if pa.types.is_null(field.type):
        return pa.field(field.name, getattr(pa, _WHEN_EMPTY.get(field.name, "string"))())
    if pa.types.is_list(field.type) and pa.types.is_null(field.type.value_type):
        return pa.field(field.name, pa.list_(getattr(pa, _WHEN_EMPTY.get(field.name, "string"))()))
    return field


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ArgumentError(
            'writing Parquet needs pyarrow; install it with: pip install "nato_diff[parquet]"'
        ) from None
    return pa, pq


class ParquetTables:
    """A run's tables written into a folder as Parquet (see the module's notes).

    Parameters
    ----------
    out_dir : str or path-like
        The folder; created if missing.
    names : sequence of str
        Every table the run will write (:data:`nato_diff.tracking.TABLES`).

    Raises
    ------
    ArgumentError
        When pyarrow is not installed.
    OutputError
        When a ``<table>.parquet`` there was not written by nato-diff (checked at once).
    """

    def __init__(self, out_dir: str | os.PathLike[str], names: Sequence[str]) -> None:
        self._pa, self._pq = _pyarrow()
        self.folder = OutputFolder(out_dir)
        self.folder.check(*(f"{name}.parquet" for name in names))
        self._rows: dict[str, list[tuple[Any, ...]]] = {name: [] for name in DOCUMENT_TABLES}
        self._writers: dict[str, Any] = {}

    def add(self, extraction: Extraction) -> None:
        """Append one document's rows; write a row group when one is full.

        Parameters
        ----------
        extraction : Extraction
            One document's extraction.
        """
        for name, rows in self._rows.items():
            rows.extend(pack_rows(name, document_rows(extraction, name)))
            if len(rows) >= ROW_GROUP_ROWS:
                self._flush(name)

    def append(self, name: str, frame: pd.DataFrame) -> None:
        """Append a piece of a table that is not per-document (its first piece fixes the types).

        Parameters
        ----------
        name : str
            The table (one of the names the writer was made with).
        frame : pandas.DataFrame
            The rows, with the table's columns.
        """
        self._write(name, frame)

    def _flush(self, name: str) -> None:
        rows, self._rows[name] = self._rows[name], []
        self._write(name, tuples_frame(name, rows))

    def _write(self, name: str, frame: pd.DataFrame) -> None:
        writer = self._writers.get(name)
        if writer is None:
            self._open(name, frame)
        elif len(frame):
            table = self._pa.Table.from_pandas(frame, schema=writer.schema, preserve_index=False)
            writer.write_table(table, row_group_size=ROW_GROUP_ROWS)

    def _open(self, name: str, frame: pd.DataFrame) -> Any:
        """Start the file of table ``name`` with ``frame``; its types fix the file's schema."""
        pa = self._pa
        table = pa.Table.from_pandas(frame, preserve_index=False)
        fields = [_settled(pa, f) for f in table.schema]
        schema = pa.schema(fields, metadata=table.schema.metadata)
        writer = self._pq.ParquetWriter(self.folder.stage(f"{name}.parquet"), schema)
        self._writers[name] = writer
        writer.write_table(table.cast(schema), row_group_size=ROW_GROUP_ROWS)
        return writer

    def finish(self, tables: Mapping[str, pd.DataFrame]) -> None:
        """Write the last row groups and the other tables; put every file in place.

        Parameters
        ----------
        tables : mapping of str to pandas.DataFrame
            The run's tables by name (:meth:`Tracking.tables`); those that are not
            per-document tables, and were not appended piece by piece (:meth:`append`),
            are written whole.

        Raises
        ------
        OutputError
            When a target appeared meanwhile or the folder cannot be written to.
        """
        try:
            for name in DOCUMENT_TABLES:
                if self._rows[name] or name not in self._writers:
                    self._flush(name)
                self._writers.pop(name).close()
            pieces = set(self._writers)
            for name in pieces:
                self._writers.pop(name).close()
            for name, frame in tables.items():
                if name not in DOCUMENT_TABLES and name not in pieces:
                    frame.to_parquet(self.folder.stage(f"{name}.parquet"), index=False)
        except BaseException:
            self.abort()
            raise
        self.folder.close()

    def abort(self) -> None:
        """Stop writing and remove every file of this run (nothing is put in place)."""
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()
        self.folder.discard()


def write_tables(
    tables: Mapping[str, pd.DataFrame], out_dir: str | os.PathLike[str]
) -> list[Path]:
    """Write every table of a run as ``<name>.parquet`` into ``out_dir``, all or nothing.

    Parameters
    ----------
    tables : mapping of str to pandas.DataFrame
        The run's tables by name (:meth:`Tracking.tables`).
    out_dir : str or path-like
        The folder; created if missing.

    Returns
    -------
    list of pathlib.Path
        The files written, in the order of ``tables``.

    Raises
    ------
    ArgumentError
        When pyarrow is not installed.
    OutputError
        When a ``<table>.parquet`` there was not written by nato-diff (nothing is written).
    """
    _pyarrow()
    folder = OutputFolder(out_dir)
    folder.check(*(f"{name}.parquet" for name in tables))
    try:
        for name, frame in tables.items():
            frame.to_parquet(folder.stage(f"{name}.parquet"), index=False)
    except BaseException:
        folder.discard()
        raise
    folder.close()
    return [folder.path / f"{name}.parquet" for name in tables]
