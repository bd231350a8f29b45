"""Where documents are: local folders, globs and lists of files, or fsspec URLs.

:func:`list_documents` turns what the user gives into small jobs, one per document, by
listing names only: no document is read here. Each job loads in any process with
:func:`load_job`:

- a local file (a path, ``file://`` URL, or a glob or list of them) becomes the same
  :data:`nato_diff.corpus.DocumentJob` that :func:`nato_diff.corpus.document_jobs` gives for
  its folder, manifest row included, and loads with the corpus stage's own path loader, so
  its document is the one :func:`nato_diff.load_corpus` builds;
- a file elsewhere (``s3://bucket/prefix/``, ``gcs://…``, ``memory://…``: any URL fsspec
  opens) becomes a :class:`UrlJob`; its bytes are read where the job runs and decoded as a
  local file's would be (:func:`nato_diff.corpus.decode_text`). fsspec is imported only then.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlparse

from ..corpus import (
    DOCUMENT_SUFFIXES,
    MANIFEST_NAME,
    Document,
    DocumentJob,
    decode_text,
    document_jobs,
    load_document,
    make_document,
)
from ..errors import ArgumentError, ArgumentTypeError, CorpusError, located

__all__ = ["Job", "Source", "UrlJob", "list_documents", "load_job"]

#: What :func:`list_documents` reads: a path or URL (folder, file or glob), or a list of them.
Source = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


@dataclass(frozen=True)
class UrlJob:
    """One document read through fsspec: its id and its URL (``s3://bucket/key.txt``)."""

    doc_id: str
    url: str


#: One document to load: a local file's job or a URL's.
Job = DocumentJob | UrlJob


def _is_url(text: str) -> bool:
    return "://" in text


def _is_glob(text: str) -> bool:
    return glob.has_magic(text)


def _local(text: str) -> str | None:
    """Return the local path of a plain path or ``file://`` URL; None for other URLs."""
    if not _is_url(text):
        return text
    parsed = urlparse(text)
    if parsed.scheme in ("file", "local"):
        return unquote(parsed.netloc + parsed.path)
    return None


def list_documents(source: Source) -> list[Job]:
    """List the documents of a folder, file, glob or URL (or a list of them), reading none.

    Parameters
    ----------
    source : str, path-like or sequence of them
        A folder, a document, a glob (``"press/*.txt"``), a URL fsspec opens
        (``"s3://bucket/prefix/"``, ``"file:///data/press"``, ``"s3://bucket/*/2023-*.txt"``),
        or a list of any of these.

    Returns
    -------
    list of Job
        One job per document, in the order given (a folder's and a glob's files sorted by
        name).

    Raises
    ------
    CorpusError
        For a missing path, a folder without documents, a bad manifest, a glob or URL that
        matches no document, or a manifest in a remote folder (manifests are read from local
        folders only).
    ArgumentTypeError
        When ``source`` is not a path, a URL or a list of them.
    """
    if isinstance(source, (str, os.PathLike)):
        items: Sequence[str | os.PathLike[str]] = [source]
    elif isinstance(source, Sequence) and all(isinstance(s, (str, os.PathLike)) for s in source):
        items = source
    else:
        raise ArgumentTypeError(
            f"expected a folder, a file, a glob or a URL (or a list of them); got "
            f"{type(source).__name__}. To track documents already loaded, use engine='local'."
        )
    if not items:
        raise ArgumentError("no documents given: the list of paths is empty")
    folders: dict[Path, dict[str, DocumentJob]] = {}
    jobs: list[Job] = []
    for item in items:
        text = os.fspath(item)
        local = _local(text)
        if local is None:
            jobs.extend(_remote_jobs(text))
        elif _is_glob(local):
            jobs.extend(_glob_jobs(local, folders))
        elif Path(local).is_file():
            jobs.append(_file_job(Path(local), folders))
        else:
            jobs.extend(_folder_jobs(Path(local)))
    return jobs


def _folder_jobs(folder: Path) -> list[DocumentJob]:
    """Return a folder's jobs, as :func:`nato_diff.corpus.document_jobs` lists them."""
    found = document_jobs(folder)
    if found is None:  # a table file: its rows are read in one process
        raise CorpusError(
            located(
                "a table of documents cannot be spread over workers",
                path=folder,
                hint="Track it with engine='local', or save its documents as files.",
            )
        )
    return found


def _in_folder(
    folder: Path, folders: dict[Path, dict[str, DocumentJob]]
) -> dict[str, DocumentJob]:
    """Return the jobs of a folder's documents by file name, listed once per folder."""
    if folder not in folders:
        try:
            folders[folder] = {job[1].name: job for job in _folder_jobs(folder)}
        except CorpusError:  # e.g. its manifest lists a file that is gone: file by file
            folders[folder] = {}
    return folders[folder]


def _file_job(file: Path, folders: dict[Path, dict[str, DocumentJob]]) -> DocumentJob:
    """One file's job: its folder's (manifest row included), else the file's own."""
    job = _in_folder(file.parent, folders).get(file.name)
    return job if job is not None else _folder_jobs(file)[0]


def _glob_jobs(pattern: str, folders: dict[Path, dict[str, DocumentJob]]) -> list[DocumentJob]:
    """Return the documents a local glob matches (files with a document suffix), sorted by path."""
    files = [
        Path(m)
        for m in sorted(glob.glob(pattern))  # noqa: PTH207 - a pattern with folders in it
        if Path(m).suffix.lower() in DOCUMENT_SUFFIXES and Path(m).is_file()
    ]
    if not files:
        raise CorpusError(
            located(
                "matches no .txt, .html or .htm document",
                path=pattern,
                hint="Check the pattern, e.g. 'press/*.txt'.",
            )
        )
    return [_file_job(f, folders) for f in files]


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError:
        raise ArgumentError(
            "reading documents from a URL needs fsspec; install it with: "
            'pip install "nato-diff[dask]"'
        ) from None
    return fsspec


def _remote_jobs(url: str) -> list[UrlJob]:
    """List the documents under a URL (a folder, one file or a glob), reading none."""
    fs, root = _fsspec().core.url_to_fs(url)
    if _is_glob(root):
        paths = sorted(str(p) for p in fs.glob(root))
    elif fs.isdir(root):
        paths = sorted(str(p) for p in fs.ls(root, detail=False))
        names = {PurePosixPath(p).name for p in paths}
        if MANIFEST_NAME in names:
            raise CorpusError(
                located(
                    f"a {MANIFEST_NAME} in a remote folder is not read",
                    path=url,
                    hint="Copy the folder to this machine (manifests are read from local "
                    "folders), or leave the manifest out to date documents from their text.",
                )
            )
    else:
        paths = [root]
    paths = [p for p in paths if PurePosixPath(p).suffix.lower() in DOCUMENT_SUFFIXES]
    if not paths:
        raise CorpusError(
            located("no .txt, .html or .htm document here", path=url, hint="Check the URL.")
        )
    return [UrlJob(PurePosixPath(p).stem, fs.unstrip_protocol(p)) for p in paths]


def load_job(job: Job) -> Document:
    """Read, clean, date and split the document of one job, in whatever process runs it.

    Parameters
    ----------
    job : Job
        From :func:`list_documents` or :func:`nato_diff.corpus.document_jobs`.

    Returns
    -------
    Document
        For a local file, the document :func:`nato_diff.load_corpus` builds; for a URL, the
        same from the URL's bytes, with the URL as its ``path``.

    Raises
    ------
    CorpusError, UndatableDocumentError
        As :func:`nato_diff.load_corpus`, naming the file or URL.
    """
    if not isinstance(job, UrlJob):
        return load_document(job)
    try:
        with _fsspec().open(job.url, "rb") as handle:
            data = handle.read()
    except (OSError, ValueError) as exc:
        raise CorpusError(located(f"cannot read it ({exc})", path=job.url)) from None
    return make_document(job.doc_id, decode_text(data, job.url), path=job.url)
