"""Tables of documents: a scraper's CSV, JSONL or Parquet file, or a pandas DataFrame.

One row is one document. Its text goes through the same cleaning, dating and splitting as a
file's (:func:`~nato_diff.corpus.make_document`; HTML in the text column is read as a web
page). Column names are options:

- ``text`` (required): the document's text or HTML;
- ``date`` (optional): a date column, by default a column named ``date`` when there is one;
  empty cells are dated from the text. Without one every document is dated from its text;
- ``doc_id`` (optional): unique ids; by default a ``doc_id`` column when there is one, else
  ``<file stem>-<row>`` (``row-<row>`` for a DataFrame);
- ``title``, ``source``, ``url``, ``path``: used when present;
- a frame from :meth:`Corpus.to_frame` with ``text=True`` also carries ``date_source`` and
  ``date_evidence``, which are kept, so that the corpus round-trips;
- every other column is kept as metadata (as text), like a manifest's extra columns.

Errors name the file (or "DataFrame") and the row, counted from 1 after the header.
"""

from __future__ import annotations

import datetime as dt
import math
import os
from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Any, Literal, cast

import pandas as pd

from ..errors import CorpusError, NatoDiffError, check_choice, located
from .building import make_document
from .cleaning import CleaningRules
from .dating import parse_date_value
from .document import DateSource, Document

__all__ = ["TABLE_SUFFIXES", "documents_from_frame", "read_table"]

TABLE_SUFFIXES = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
_DERIVED = {"n_sentences", "n_words", "date_source", "date_evidence"}
_SOURCES = {"manifest", "metadata", "text", "inferred"}


def read_table(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Read a table of documents from a ``.csv``, ``.jsonl``/``.ndjson`` or ``.parquet`` file.

    Parameters
    ----------
    path : str or path-like
        The file; its suffix says its format. CSV and JSONL are read as UTF-8 with every
        value as text.

    Returns
    -------
    pandas.DataFrame
        One row per document, as stored.

    Raises
    ------
    CorpusError
        When the file is missing or cannot be parsed (naming the file and, for JSONL, the
        line), or when a Parquet file is read without pyarrow (``pip install
        "nato_diff[parquet]"``).
    """
    p = Path(path)
    kind = TABLE_SUFFIXES.get(p.suffix.lower())
    if kind is None:
        raise CorpusError(
            located(
                f"not a table of documents (suffix {p.suffix!r})",
                path=p,
                hint=f"Use one of {', '.join(TABLE_SUFFIXES)}.",
            )
        )
    if not p.is_file():
        raise CorpusError(located("file not found", path=p))
    if kind == "parquet":
        return _read_parquet(p)
    try:
        if kind == "csv":
            table: pd.DataFrame = pd.read_csv(
                p, dtype=str, keep_default_na=False, encoding="utf-8-sig"
            )
            return table
        return _read_jsonl(p)
    except UnicodeDecodeError as exc:
        raise CorpusError(
            located(f"not UTF-8 text ({exc.reason} at byte {exc.start})", path=p)
        ) from None
    except (ValueError, pd.errors.ParserError) as exc:
        raise CorpusError(
            located(f"cannot read the table ({exc})", path=p, hint="Check the file's format.")
        ) from None


def _read_parquet(p: Path) -> pd.DataFrame:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise CorpusError(
            located(
                "reading Parquet needs pyarrow, which is not installed",
                path=p,
                hint='Install it with: pip install "nato_diff[parquet]".',
            )
        ) from None
    try:
        frame: pd.DataFrame = pd.read_parquet(p)
        return frame
    except (OSError, ValueError) as exc:
        raise CorpusError(located(f"cannot read the Parquet file ({exc})", path=p)) from None


def _read_jsonl(p: Path) -> pd.DataFrame:
    import json

    rows: list[dict[str, Any]] = []
    for number, line in enumerate(p.read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except ValueError as exc:
            raise CorpusError(
                located(
                    f"not a JSON object ({exc})", path=p, line=number, hint="One object a line."
                )
            ) from None
        if not isinstance(row, dict):
            raise CorpusError(located("not a JSON object", path=p, line=number))
        rows.append(row)
    frame: pd.DataFrame = pd.DataFrame(rows)
    return frame


def _cell(value: Any) -> str:
    """Return a cell as text: missing values (None, NaN, NaT) are ""."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    return str(value).strip()


def _date_cell(value: Any, *, dayfirst: bool | None, where: str, column: str) -> dt.date | None:
    if isinstance(value, pd.Timestamp) and value is not pd.NaT:
        return value.date()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _cell(value)
    if not text:
        return None
    day = parse_date_value(text, dayfirst=dayfirst)
    if day is None:
        raise CorpusError(
            located(
                f"cannot read the date {text!r} in column {column!r}",
                path=where,
                hint="Write dates as YYYY-MM-DD, pass dayfirst= for dates such as 05/03/2022, "
                "or leave the cell empty to date the document from its text.",
            )
        )
    return day


def _check_columns(frame: pd.DataFrame, names: Mapping[str, str | None], where: str) -> None:
    columns = [str(c) for c in frame.columns]
    for option, column in names.items():
        if column is not None and column not in columns:
            raise CorpusError(
                located(
                    f"no column {column!r} for {option}= (columns: {', '.join(columns)})",
                    path=where,
                    hint=f"Pass {option}= with the name of the column that holds it.",
                )
            )


def documents_from_frame(
    frame: pd.DataFrame,
    *,
    text: str = "text",
    date: str | None = None,
    doc_id: str | None = None,
    where: str = "DataFrame",
    prefix: str = "row-",
    dayfirst: bool | None = None,
    cleaning: CleaningRules | None = None,
    errors: Literal["raise", "skip"] = "raise",
) -> tuple[list[Document], list[tuple[str, str]]]:
    """Build one document per row of a table.

    Parameters
    ----------
    frame : pandas.DataFrame
        The table (see the module's docstring for its columns).
    text, date, doc_id : str, optional
        The columns that hold the text, the date and the id (by default the columns named
        ``date`` and ``doc_id``, when present).
    where : str, optional
        The table's file, or "DataFrame", for messages and each document's ``path``.
    prefix : str, optional
        The start of generated ids (``<prefix><row>``).
    dayfirst : bool, optional
        How to read ambiguous numeric dates, in the date column and in the texts.
    cleaning : CleaningRules, optional
        Cleaning rules; the package's by default.
    errors : {"raise", "skip"}, optional
        Stop at a bad row, or leave it out and return it with its message.

    Returns
    -------
    documents : list of Document
        The documents, in row order.
    skipped : list of (str, str)
        The rows left out (``errors="skip"``), each with its message.

    Raises
    ------
    CorpusError
        For a missing column, an empty text, an unreadable date or a repeated id, naming
        the table and the row.
    UndatableDocumentError
        For a row with no date in its cell or its text.
    """
    check_choice("errors", errors, ["raise", "skip"])
    id_column = doc_id if doc_id is not None else ("doc_id" if "doc_id" in frame else None)
    date = date if date is not None else ("date" if "date" in frame else None)
    _check_columns(frame, {"text": text, "date": date, "doc_id": id_column}, where)
    known = {text, date, id_column, "title", "source", "url", "path", *_DERIVED}
    extra = [str(c) for c in frame.columns if str(c) not in known]
    width = max(4, len(str(len(frame))))
    docs: list[Document] = []
    skipped: list[tuple[str, str]] = []
    for number, row in enumerate(frame.to_dict("records"), 1):
        here = f"{where}, row {number}"
        try:
            ident = _cell(row[id_column]) if id_column else f"{prefix}{number:0{width}d}"
            docs.append(
                _row_document(
                    row,
                    ident=ident,
                    here=here,
                    text=text,
                    date=date,
                    extra=extra,
                    dayfirst=dayfirst,
                    cleaning=cleaning,
                )
            )
        except NatoDiffError as exc:
            if errors == "raise":
                raise
            skipped.append((here, str(exc)))
    return docs, skipped


def _row_document(
    row: Mapping[Hashable, Any],
    *,
    ident: str,
    here: str,
    text: str,
    date: str | None,
    extra: list[str],
    dayfirst: bool | None,
    cleaning: CleaningRules | None,
) -> Document:
    if not ident:
        raise CorpusError(located("the document's id is empty", path=here))
    body = row[text]
    if not isinstance(body, str) or not body.strip():
        raise CorpusError(
            located(f"the text in column {text!r} is empty", path=here, hint="Remove the row.")
        )
    day = _date_cell(row[date], dayfirst=dayfirst, where=here, column=date) if date else None
    evidence = f"{here}: {date} = {_cell(row[date])}" if date and day else ""
    kept_source = _cell(row.get("date_source"))
    doc = make_document(
        ident,
        body.lstrip("\ufeff"),
        path=_cell(row.get("path")) or here,
        date=day,
        date_evidence=_cell(row.get("date_evidence")) or evidence,
        title=_cell(row.get("title")),
        source=_cell(row.get("source")),
        url=_cell(row.get("url")),
        metadata={c: _cell(row[c]) for c in extra},
        cleaning=cleaning,
        dayfirst=dayfirst,
    )
    if day is not None and kept_source in _SOURCES:  # a frame from Corpus.to_frame(text=True)
        from dataclasses import replace

        return replace(doc, date_source=cast(DateSource, kept_source))
    return doc
