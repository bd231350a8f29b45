"""Readers: plain-text files and folders (with an optional manifest) into documents.

Each document is handled on its own (:func:`make_document`), so loading parallelises across
processes; only the ordering of the corpus looks at all documents together.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

import pandas as pd

from .._io import progress_bar
from ..errors import CorpusError, NatoDiffError, check_choice, check_n_jobs, located
from .building import make_document
from .collection import Corpus
from .dating import parse_date_value
from .document import Document
from .sniff import decode_document, link_problem, path_problem
from .tables import TABLE_SUFFIXES, documents_from_frame, read_table

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MANIFEST_COLUMNS",
    "MANIFEST_NAME",
    "as_corpus",
    "decode_text",
    "load_corpus",
    "load_seeds",
    "make_document",
    "read_text",
    "seeds_path",
    "shown",
]

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "date", "source", "title", "url", "date_format")
DOCUMENT_SUFFIXES = (".txt", ".html", ".htm")
_DAY_FIRST = {"DMY": True, "D/M/Y": True, "D.M.Y": True, "MDY": False, "M/D/Y": False}
_Job = tuple[str, Path, "_Entry | None", "Path | None", "bool | None"]


_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", re.I)


def _declared_charset(data: bytes) -> str | None:
    """Return the encoding a web page declares in its first 4 KB (``<meta charset>``)."""
    import codecs

    m = _CHARSET.search(data[:4096])
    if m is None:
        return None
    try:
        return codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None


def shown(name: str) -> str:
    r"""Write a file name as text: bytes that are not UTF-8 as escapes ("caf\\xe9").

    Parameters
    ----------
    name : str
        A name as the operating system gives it (undecodable bytes as surrogates).

    Returns
    -------
    str
        Valid text, the same for every valid name.
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a document as text (see :func:`.sniff.decode_document`; line ends are kept).

    A saved web page that is not UTF-8 is decoded in the encoding its ``<meta charset>``
    declares (e.g. windows-1251); an HTML page is returned as it is, for the HTML reader.

    Parameters
    ----------
    path : str or path-like
        The file.

    Returns
    -------
    str
        The text.

    Raises
    ------
    CorpusError
        When the file is missing or a broken link, empty, binary, or not UTF-8 (naming the
        line of the first bad byte); UTF-16/32 with a byte-order mark is decoded.
    """
    p = Path(path)
    problem = path_problem(p)
    if problem is not None:
        raise CorpusError(located(problem, path=p, hint="Fix or remove it."))
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise CorpusError(located("file not found", path=p)) from None
    except OSError as exc:
        raise CorpusError(located(f"cannot read the file ({exc.strerror})", path=p)) from None
    return decode_text(data, p)


def decode_text(data: bytes, path: str | os.PathLike[str]) -> str:
    """Return a document's text from its bytes, exactly as :func:`read_text` reads a file.

    For documents read elsewhere than from a local file (an fsspec URL, an object store).

    Parameters
    ----------
    data : bytes
        The document's content.
    path : str or path-like
        Where it came from, for messages.

    Returns
    -------
    str
        The text.

    Raises
    ------
    CorpusError
        As :func:`read_text`, naming ``path``.
    """
    charset = _declared_charset(data)
    if charset is not None and charset.lower().replace("-", "") != "utf8":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:  # a saved web page in the encoding it declares
            return data.decode(charset, errors="replace")
    return decode_document(data, path, html=True)


@dataclass(frozen=True)
class _Entry:
    file: str
    line: int
    date: dt.date | None
    date_cell: str
    title: str
    source: str
    url: str
    metadata: dict[str, str]
    dayfirst: bool | None = None


def _date_format(cell: str, path: Path, line: int) -> bool | None:
    """Read a manifest ``date_format`` cell: DMY or MDY (or a strftime pattern)."""
    if not cell or cell.upper() in ("YMD", "ISO"):
        return None
    if cell.upper() in _DAY_FIRST:
        return _DAY_FIRST[cell.upper()]
    if "%d" in cell and "%m" in cell:
        return cell.index("%d") < cell.index("%m")
    raise CorpusError(
        located(
            f"unknown date_format {cell!r}",
            path=path,
            line=line,
            hint="Write DMY (day first, 05/03/2022 = 5 March) or MDY (month first).",
        )
    )


def _read_manifest(path: Path) -> dict[str, _Entry]:
    text = read_text(path)
    reader = csv.DictReader(text.splitlines())
    fields = [f.strip() for f in (reader.fieldnames or [])]
    if "file" not in fields:
        raise CorpusError(
            located(
                f"no 'file' column (columns found: {', '.join(fields) or 'none'})",
                path=path,
                line=1,
                hint="The first row must name the columns: file[,date,source,title,url,...].",
            )
        )
    entries: dict[str, _Entry] = {}
    for row in reader:
        line = reader.line_num
        cells = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
        if None in row:
            raise CorpusError(
                located(
                    "more cells than column names",
                    path=path,
                    line=line,
                    hint="Quote cells that contain commas.",
                )
            )
        name = cells.get("file", "")
        if not name:
            raise CorpusError(located("empty 'file' cell", path=path, line=line))
        stem = Path(name).stem if name.lower().endswith(DOCUMENT_SUFFIXES) else name
        if stem in entries:
            raise CorpusError(
                located(
                    f"{name!r} is listed twice (first on line {entries[stem].line})",
                    path=path,
                    line=line,
                )
            )
        day = None
        cell = cells.get("date", "")
        dayfirst = _date_format(cells.get("date_format", ""), path, line)
        if cell:
            day = parse_date_value(cell, dayfirst=dayfirst)
            if day is None:
                raise CorpusError(
                    located(
                        f"cannot read the date {cell!r}",
                        path=path,
                        line=line,
                        hint="Write dates as YYYY-MM-DD (or give the order of 05/03/2022 in "
                        "a date_format column: DMY or MDY), or leave the cell empty to "
                        "date the document from its text.",
                    )
                )
        meta = {k: v for k, v in cells.items() if k not in MANIFEST_COLUMNS and k}
        entries[stem] = _Entry(
            name,
            line,
            day,
            cell,
            cells.get("title", ""),
            cells.get("source", ""),
            cells.get("url", ""),
            meta,
            dayfirst,
        )
    return entries


def _load_or_skip(args: _Job) -> Document | tuple[str, str]:
    """Load one document; on bad input return (path, message) instead of raising."""
    try:
        return _load_one(args)
    except NatoDiffError as exc:
        return (str(args[1]), str(exc))


def _load_one(args: _Job) -> Document:
    doc_id, file, entry, manifest, dayfirst = args
    raw = read_text(file)
    if entry is None:
        return make_document(doc_id, raw, path=shown(str(file)), dayfirst=dayfirst)
    evidence = f"{manifest.name if manifest else 'manifest'} line {entry.line}: {entry.date_cell}"
    return make_document(
        doc_id,
        raw,
        path=shown(str(file)),
        date=entry.date,
        date_evidence=evidence if entry.date else "",
        title=entry.title,
        source=entry.source,
        url=entry.url,
        metadata=entry.metadata,
        dayfirst=entry.dayfirst if entry.dayfirst is not None else dayfirst,
    )


def load_corpus(
    path: str | os.PathLike[str],
    *,
    manifest: str | os.PathLike[str] | None = None,
    n_jobs: int = 1,
    progress: bool = False,
    errors: Literal["raise", "skip"] = "raise",
    dayfirst: bool | None = None,
    text: str = "text",
    date: str | None = None,
    doc_id: str | None = None,
) -> Corpus:
    """Load a folder of documents, one document, or a table of documents into a corpus.

    Parameters
    ----------
    path : str or path-like
        A folder of UTF-8 ``.txt`` and saved web pages (``.html``, ``.htm``; HTML saved as
        ``.txt`` is recognised too), a single such file, or a table with one document per
        row: ``.csv``, ``.jsonl``/``.ndjson`` or ``.parquet`` (Parquet needs the ``parquet``
        extra). See :meth:`Corpus.from_frame` for the table's columns.
    manifest : str or path-like, optional
        A CSV with a ``file`` column and optional ``date`` (YYYY-MM-DD), ``source``, ``title``,
        ``url`` and ``date_format`` (``DMY`` or ``MDY``: the order of numeric dates such as
        05/03/2022, in the date cell and in the document's text) columns; other columns are
        kept as metadata. By default a ``manifest.csv`` inside the folder is used when
        present. A manifest date overrides the text; documents without one are dated from
        their text.
    n_jobs : int, optional
        Worker processes for cleaning, dating and splitting (documents are independent); a
        table's rows are read in this process.
    progress : bool, optional
        Show a progress bar on the terminal.
    errors : {"raise", "skip"}, optional
        What to do with a document that cannot be read, cleaned or dated: stop with its error
        (default), or leave it out and record the file and the message in
        ``Corpus.skipped`` (useful on large collections).
    dayfirst : bool, optional
        The order of ambiguous numeric dates ("05/03/2022") in every document: day first
        (True) or month first (False). By default such a date is refused (a manifest's
        ``date_format`` decides for its documents).
    text, date, doc_id : str, optional
        For a table: the columns holding the text, the date (by default a ``date`` column if
        there is one; without one documents are dated from their text) and the id.

    Returns
    -------
    Corpus
        The documents ordered by (date, doc_id).

    Raises
    ------
    CorpusError
        For a missing folder, a folder without documents, a bad manifest or table, an empty,
        unreadable or non-UTF-8 document; the message names the file (and line or row).
    UndatableDocumentError
        For a document with no date in the manifest or the text.

    Examples
    --------
    >>> corpus = load_corpus(seeds_path())
    >>> first = corpus.to_frame().iloc[0]
    >>> first["date"].date().isoformat(), first["date_source"]
    ('2021-02-25', 'text')
    """
    root = Path(path)
    if not root.exists():
        raise CorpusError(located(link_problem(root) or "no such file or folder", path=root))
    check_choice("errors", errors, ["raise", "skip"])
    if root.is_file() and root.suffix.lower() in TABLE_SUFFIXES:
        docs, skipped = documents_from_frame(
            read_table(root),
            text=text,
            date=date,
            doc_id=doc_id,
            where=str(root),
            prefix=f"{root.stem}-",
            dayfirst=dayfirst,
            errors=errors,
        )
        return Corpus(docs, skipped=skipped)
    jobs = _folder_jobs(root, manifest, dayfirst)
    results = _run(jobs, n_jobs=n_jobs, progress=progress, skip=errors == "skip")
    docs = [r for r in results if isinstance(r, Document)]
    skipped = [r for r in results if not isinstance(r, Document)]
    if not docs:
        why = f" (first: {skipped[0][1]})" if skipped else ""
        raise CorpusError(located(f"no document could be loaded{why}", path=root))
    return Corpus(docs, skipped=skipped)


def _folder_jobs(
    root: Path, manifest: str | os.PathLike[str] | None, dayfirst: bool | None
) -> list[_Job]:
    """List the documents of a folder (or one file) with their manifest entries."""
    if root.is_file():
        files = [root]
        folder = root.parent
    else:
        folder = root
        files = sorted(
            p
            for p in root.iterdir()
            if p.suffix.lower() in DOCUMENT_SUFFIXES and (p.is_file() or path_problem(p))
        )
        if not files:
            raise CorpusError(
                located(
                    "no .txt documents in this folder (nor .html or .htm)",
                    path=root,
                    hint="Point to a folder of UTF-8 .txt or .html files, or to a table "
                    "(.csv, .jsonl, .parquet).",
                )
            )
    manifest_path = Path(manifest) if manifest is not None else folder / MANIFEST_NAME
    if manifest is not None and not manifest_path.is_file():
        raise CorpusError(located("manifest not found", path=manifest_path))
    entries = _read_manifest(manifest_path) if manifest_path.is_file() else {}
    stems = {f.stem for f in files}
    if root.is_dir():
        missing = [e for stem, e in entries.items() if stem not in stems]
        if missing:
            first = missing[0]
            raise CorpusError(
                located(
                    f"lists {first.file!r}, which is not in {folder}",
                    path=manifest_path,
                    line=first.line,
                    hint="Fix the file name or remove the row.",
                )
            )
    jobs: list[_Job] = [
        (shown(f.stem), f, entries.get(f.stem), manifest_path if entries else None, dayfirst)
        for f in files
    ]
    return jobs


def _run(
    jobs: list[_Job],
    *,
    n_jobs: int,
    progress: bool,
    skip: bool,
) -> list[Document | tuple[str, str]]:
    check_n_jobs(n_jobs)
    work = _load_or_skip if skip else _load_one
    bar = progress_bar(total=len(jobs), desc="documents", unit="doc", enabled=progress)
    out: list[Document | tuple[str, str]] = []
    try:
        if n_jobs == 1 or len(jobs) < 2:
            for job in jobs:
                out.append(work(job))
                bar.update()
        else:
            chunk = max(1, min(64, len(jobs) // (4 * n_jobs)))
            with ProcessPoolExecutor(max_workers=n_jobs) as pool:
                for result in pool.map(work, jobs, chunksize=chunk):
                    out.append(result)
                    bar.update()
    finally:
        bar.close()
    return out


DocumentJob = _Job
"""One document to load: (doc_id, file, manifest entry, manifest path, dayfirst)."""


def document_jobs(path: str | os.PathLike[str]) -> list[DocumentJob] | None:
    """List the documents :func:`load_corpus` would read from a folder or a single document.

    Each job is small (an id, a path and the manifest's row) and loads with
    :func:`load_document` in any process, so workers can read documents where they are.

    Parameters
    ----------
    path : str or path-like
        A folder of documents (with its ``manifest.csv`` if present) or one document.

    Returns
    -------
    list of DocumentJob or None
        One job per document in file-name order; None for a table file (``.csv``, ``.jsonl``,
        ``.parquet``), whose rows are read in one process by :func:`load_corpus`.

    Raises
    ------
    CorpusError
        As :func:`load_corpus`: a missing path, a folder without documents, a bad manifest.
    """
    root = Path(path)
    if not root.exists():
        raise CorpusError(located(link_problem(root) or "no such file or folder", path=root))
    if root.is_file() and root.suffix.lower() in TABLE_SUFFIXES:
        return None
    return _folder_jobs(root, None, None)


def load_document(job: DocumentJob) -> Document:
    """Read, clean, date and split the document of one job from :func:`document_jobs`.

    Parameters
    ----------
    job : DocumentJob
        The document to load.

    Returns
    -------
    Document
        The same document :func:`load_corpus` builds for this file.

    Raises
    ------
    CorpusError, UndatableDocumentError
        As :func:`load_corpus`, naming the file.
    """
    return _load_one(job)


def seeds_path() -> Path:
    """Return the folder of the bundled seed corpus.

    Returns
    -------
    pathlib.Path
        The installed copy inside the package, or the repository's ``seeds/`` in a checkout.

    Raises
    ------
    CorpusError
        When neither is present (a broken installation).
    """
    installed = Path(str(resources.files("nato_diff") / "data" / "seeds"))
    if installed.is_dir() and any(installed.glob("*.txt")):
        return installed
    checkout = Path(__file__).resolve().parents[3] / "seeds"
    if checkout.is_dir() and any(checkout.glob("*.txt")):
        return checkout
    raise CorpusError(
        located(
            "the bundled seed corpus is missing",
            path=installed,
            hint="Reinstall nato_diff from a wheel or a full checkout.",
        )
    )


def load_seeds(*, n_jobs: int = 1) -> Corpus:
    """Load the bundled seed corpus: five statements on Ukraine–NATO relations, 2021–2024.

    Parameters
    ----------
    n_jobs : int, optional
        Worker processes.

    Returns
    -------
    Corpus
        Five documents, dated from their text.

    Examples
    --------
    >>> [d.date_source for d in load_seeds()]
    ['text', 'text', 'inferred', 'text', 'text']
    """
    return load_corpus(seeds_path(), n_jobs=n_jobs)


def as_corpus(documents: Corpus | str | os.PathLike[str] | pd.DataFrame) -> Corpus:
    """Return ``documents`` as a corpus: a corpus as it is, a path loaded, a table converted.

    Parameters
    ----------
    documents : Corpus, str, path-like or pandas.DataFrame
        A corpus; a folder, a document or a table file (:func:`load_corpus`); or a DataFrame
        with a ``text`` column (:meth:`Corpus.from_frame` with its defaults).

    Returns
    -------
    Corpus
        The corpus.

    Raises
    ------
    TypeError
        For anything else (a list of strings, a single Document …), saying what to pass.
    """
    if isinstance(documents, Corpus):
        return documents
    if isinstance(documents, pd.DataFrame):
        return Corpus.from_frame(documents)
    if isinstance(documents, (str, os.PathLike)):
        return load_corpus(documents)
    raise TypeError(
        f"expected a Corpus, a path to documents or a pandas DataFrame; got "
        f"{type(documents).__name__}. Load documents with nato_diff.load_corpus(path) or "
        "nato_diff.Corpus.from_frame(frame)."
    )
