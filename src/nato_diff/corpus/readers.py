"""Readers: plain-text files and folders (with an optional manifest) into documents.

Each document is handled on its own (:func:`make_document`), so loading parallelises across
processes; only the ordering of the corpus looks at all documents together.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal

from ..errors import CorpusError, NatoDiffError, check_choice, check_n_jobs, located
from .cleaning import CleaningRules, Removal, clean, load_cleaning_rules
from .collection import Corpus
from .dating import find_date, parse_date_value, undatable_error
from .document import WORD, DateSource, Document
from .sentences import split_sentences
from .sniff import decode_document, has_words, link_problem, path_problem

__all__ = [
    "MANIFEST_COLUMNS",
    "MANIFEST_NAME",
    "load_corpus",
    "load_seeds",
    "make_document",
    "read_text",
    "seeds_path",
]

MANIFEST_NAME = "manifest.csv"
MANIFEST_COLUMNS = ("file", "date", "source", "title", "url")


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a document as text (see :func:`.sniff.decode_document`; line ends are kept).

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
        When the file is missing or a broken link, empty, binary, HTML, or not UTF-8 (naming
        the line of the first bad byte); UTF-16/32 with a byte-order mark is decoded.
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
    return decode_document(data, p)


_TITLE_MAX_WORDS = 30


_NOT_A_TITLE = re.compile(r"^(issued|published|posted|updated|by|from|press release)\b", re.I)


def _title_from(sentences: Sequence[str], removed: Sequence[Removal]) -> str:
    """Pick a headline: a repeated title line, else the longest early line without a stop.

    Candidates are among the first three sentences: 3 to 30 words, no final stop, mostly
    words (not a reference number such as "Press Release (2008) 049") and no byline or
    publication line. The longest wins, so a headline beats a site name above it.
    """
    for r in removed:
        if r.rule == "repeated_line":
            return r.text.strip()
    candidates = []
    for sentence in sentences[:3]:
        words = WORD.findall(sentence)
        letters = [w for w in words if not w.isdigit()]
        if (
            3 <= len(words) <= _TITLE_MAX_WORDS
            and len(letters) >= max(3, 0.6 * len(words))
            and not re.search(r"[.!?:;,\"”]$", sentence)
            and not _NOT_A_TITLE.match(sentence)
        ):
            candidates.append(sentence)
    if candidates:
        return max(candidates, key=len)  # the first of the longest
    if not sentences:
        return ""
    first = sentences[0]
    return first if len(first) <= 100 else first[:99].rsplit(" ", 1)[0] + "…"


def make_document(
    doc_id: str,
    raw_text: str,
    *,
    path: str = "",
    date: dt.date | None = None,
    date_evidence: str = "",
    title: str = "",
    source: str = "",
    url: str = "",
    metadata: Mapping[str, str] | None = None,
    cleaning: CleaningRules | None = None,
) -> Document:
    """Clean, date and split one text into a :class:`Document`.

    Parameters
    ----------
    doc_id : str
        The document's id.
    raw_text : str
        Its text as read.
    path : str, optional
        Where it came from (for messages).
    date : datetime.date, optional
        A known date (from a manifest); otherwise it is found in the text.
    date_evidence : str, optional
        Where ``date`` came from (e.g. the manifest cell).
    title, source, url : str, optional
        Known metadata; a missing title is taken from the text.
    metadata : mapping, optional
        Further metadata to keep.
    cleaning : CleaningRules, optional
        Cleaning rules; the package's by default.

    Returns
    -------
    Document
        The document.

    Raises
    ------
    CorpusError
        When nothing is left after cleaning (no sentence with a letter or digit).
    UndatableDocumentError
        When no date is given and none can be found in the text.
    """
    where = path or doc_id
    cleaned = clean(raw_text, rules=cleaning)
    sentences = split_sentences(cleaned.text) if has_words(cleaned.text) else ()
    if not sentences:
        raise CorpusError(
            located(
                f"nothing is left after cleaning{_removed_summary(cleaned.removed)}",
                path=where,
                hint="Check the removals with nato_diff.cleaning.clean() or pass other rules.",
            )
        )
    date_source: DateSource
    if date is not None:
        date_source, evidence = "manifest", date_evidence or date.isoformat()
    else:
        blocks = cleaned.removed_lines(rules=_block_rule_ids(cleaning))
        found = find_date(raw_text, skip_lines=blocks)
        if found is None:
            raise undatable_error(where, cleaned.text)
        date, date_source, evidence = found.date, found.source, found.evidence
    return Document(
        doc_id=doc_id,
        date=date,
        date_source=date_source,
        date_evidence=evidence,
        title=title or _title_from(sentences, cleaned.removed),
        source=source,
        raw_text=raw_text,
        text=cleaned.text,
        sentences=sentences,
        removed=cleaned.removed,
        url=url,
        path=path,
        metadata=dict(metadata or {}),
    )


def _removed_summary(removed: Sequence[Removal]) -> str:
    """Say what cleaning removed, e.g. `` (removed: 2 lines as section label)``."""
    if not removed:
        return " (no sentence with a letter or digit in it)"
    counts: dict[str, int] = {}
    for r in removed:
        counts[r.reason] = counts.get(r.reason, 0) + 1
    parts = [f"{n} line{'s' if n > 1 else ''} as {reason}" for reason, n in counts.items()]
    return f" (removed: {', '.join(parts)})"


def _block_rule_ids(rules: CleaningRules | None) -> list[str]:
    rules = rules or load_cleaning_rules()
    return [r.id for r in rules.block_rules]


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
        stem = Path(name).stem if name.endswith(".txt") else name
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
        if cell:
            day = parse_date_value(cell)
            if day is None:
                raise CorpusError(
                    located(
                        f"cannot read the date {cell!r}",
                        path=path,
                        line=line,
                        hint="Write dates as YYYY-MM-DD, or leave the cell empty to "
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
        )
    return entries


def _load_or_skip(
    args: tuple[str, Path, _Entry | None, Path | None],
) -> Document | tuple[str, str]:
    """Load one document; on bad input return (path, message) instead of raising."""
    try:
        return _load_one(args)
    except NatoDiffError as exc:
        return (str(args[1]), str(exc))


def _load_one(args: tuple[str, Path, _Entry | None, Path | None]) -> Document:
    doc_id, file, entry, manifest = args
    raw = read_text(file)
    if entry is None:
        return make_document(doc_id, raw, path=str(file))
    evidence = f"{manifest.name if manifest else 'manifest'} line {entry.line}: {entry.date_cell}"
    return make_document(
        doc_id,
        raw,
        path=str(file),
        date=entry.date,
        date_evidence=evidence if entry.date else "",
        title=entry.title,
        source=entry.source,
        url=entry.url,
        metadata=entry.metadata,
    )


def load_corpus(
    path: str | os.PathLike[str],
    *,
    manifest: str | os.PathLike[str] | None = None,
    n_jobs: int = 1,
    progress: bool = False,
    errors: Literal["raise", "skip"] = "raise",
) -> Corpus:
    """Load a folder of ``.txt`` documents (or one file) into a dated, ordered corpus.

    Parameters
    ----------
    path : str or path-like
        A folder of UTF-8 ``.txt`` files, or a single ``.txt`` file.
    manifest : str or path-like, optional
        A CSV with a ``file`` column and optional ``date`` (YYYY-MM-DD), ``source``, ``title``
        and ``url`` columns; other columns are kept as metadata. By default a
        ``manifest.csv`` inside the folder is used when present. A manifest date overrides the
        text; documents without one are dated from their text.
    n_jobs : int, optional
        Worker processes for cleaning, dating and splitting (documents are independent).
    progress : bool, optional
        Show a progress bar on the terminal.
    errors : {"raise", "skip"}, optional
        What to do with a document that cannot be read, cleaned or dated: stop with its error
        (default), or leave it out and record the file and the message in
        ``Corpus.skipped`` (useful on large collections).

    Returns
    -------
    Corpus
        The documents ordered by (date, doc_id).

    Raises
    ------
    CorpusError
        For a missing folder, a folder without ``.txt`` files, a bad manifest, an empty,
        unreadable or non-UTF-8 document; the message names the file (and line).
    UndatableDocumentError
        For a document with no date in the manifest or the text.

    Examples
    --------
    >>> corpus = load_corpus(seeds_path())
    >>> corpus.to_frame()[["date", "date_source"]].iloc[0].tolist()
    [datetime.date(2021, 2, 25), 'text']
    """
    root = Path(path)
    if not root.exists():
        raise CorpusError(located(link_problem(root) or "no such file or folder", path=root))
    if root.is_file():
        files = [root]
        folder = root.parent
    else:
        folder = root
        files = sorted(
            p
            for p in root.iterdir()
            if p.suffix.lower() == ".txt" and (p.is_file() or path_problem(p))
        )
        if not files:
            raise CorpusError(
                located(
                    "no .txt documents in this folder",
                    path=root,
                    hint="Point to a folder of UTF-8 .txt files.",
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
    check_choice("errors", errors, ["raise", "skip"])
    jobs = [(f.stem, f, entries.get(f.stem), manifest_path if entries else None) for f in files]
    results = _run(jobs, n_jobs=n_jobs, progress=progress, skip=errors == "skip")
    docs = [r for r in results if isinstance(r, Document)]
    skipped = [r for r in results if not isinstance(r, Document)]
    if not docs:
        why = f" (first: {skipped[0][1]})" if skipped else ""
        raise CorpusError(located(f"no document could be loaded{why}", path=root))
    return Corpus(docs, skipped=skipped)


def _run(
    jobs: list[tuple[str, Path, _Entry | None, Path | None]],
    *,
    n_jobs: int,
    progress: bool,
    skip: bool,
) -> list[Document | tuple[str, str]]:
    from tqdm.auto import tqdm

    check_n_jobs(n_jobs)
    work = _load_or_skip if skip else _load_one
    bar = tqdm(total=len(jobs), desc="documents", unit="doc", disable=not progress)
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
