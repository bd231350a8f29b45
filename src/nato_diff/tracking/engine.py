"""The local engine: extract every document, in this process or in worker processes.

Two ways in:

- :func:`extract_all` extracts the documents of a corpus already in memory (each document
  is sent to a worker when ``n_jobs > 1``);
- :func:`load_and_extract` takes the files themselves: each worker (or this process)
  reads, cleans, dates and extracts its documents with :func:`extract_path` and keeps only
  the extraction and the document without its texts (:func:`text_free`), so no text is
  sent between processes and none is held once extracted. :func:`extract_path` depends on
  nothing but its arguments, so any engine that can call a function on a path can run it
  (the Dask engine, :mod:`.dask_engine`, does), and :func:`collect` orders what comes back.

Either way each extraction's rows are added to a :class:`.document_tables.HeldRows` as soon
as it arrives, after the sink has seen it, so a run holds its rows column by column, not as
dicts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, TypeVar

from .._io import progress_bar
from ..corpus import Corpus, Document
from ..dimensions import Dimensions
from ..extract import Actors, Extraction, extract_document
from .document_tables import HeldRows
from .sources import Job, load_job

__all__ = [
    "Sink",
    "collect",
    "extract_all",
    "extract_path",
    "load_and_extract",
    "replaced",
    "sentences_blank",
    "text_free",
]

#: Called with each document's extraction as soon as it is done (e.g. a Parquet writer).
Sink = Callable[[Extraction], None]

_WORKER: dict[str, Any] = {}
_T = TypeVar("_T")
_R = TypeVar("_R")


def _init_worker(dimensions: Dimensions, actors: Actors) -> None:
    """Receive the dimensions and actors once per worker process, not once per document."""
    _WORKER["dimensions"], _WORKER["actors"] = dimensions, actors


def _extract_in_worker(doc: Document) -> Extraction:
    return extract_document(doc, _WORKER["dimensions"], actors=_WORKER["actors"])


def _extract_path_in_worker(job: Job) -> tuple[Document, Extraction]:
    return extract_path(job, _WORKER["dimensions"], _WORKER["actors"])


def _chunk(n_items: int, n_jobs: int) -> int:
    """Items per message to a worker: a few chunks per worker, at most 64 items each."""
    return max(1, min(64, n_items // (4 * n_jobs)))


def _in_order(
    items: Sequence[_T],
    here: Callable[[_T], _R],
    in_worker: Callable[[_T], _R],
    dimensions: Dimensions,
    actors: Actors,
    *,
    n_jobs: int,
) -> Iterator[_R]:
    """Run ``here`` on each item in this process, or ``in_worker`` in ``n_jobs`` workers.

    Results come in the items' order. Workers receive the dimensions and actors once each
    (:func:`_init_worker`), and the items in chunks.
    """
    if n_jobs <= 1 or len(items) < 2:
        yield from (here(item) for item in items)
        return
    with ProcessPoolExecutor(
        max_workers=n_jobs, initializer=_init_worker, initargs=(dimensions, actors)
    ) as pool:
        yield from pool.map(in_worker, items, chunksize=_chunk(len(items), n_jobs))


def text_free(doc: Document) -> Document:
    """Return the document without its raw text, cleaned text and removals.

    What stays is what the tables and the evidence need: id, date and its evidence, title,
    source, url, path, metadata, the sentences (evidence is quoted by sentence id) and the
    word count of the cleaned text, counted before the text is dropped.

    Parameters
    ----------
    doc : Document
        A loaded document.

    Returns
    -------
    Document
        The same document with ``raw_text`` and ``text`` empty and no removals; its
        ``n_words`` is the original's.
    """
    return replaced(doc, raw_text="", text="", removed=())


def sentences_blank(doc: Document) -> Document:
    """Return the text-free document with every sentence blank (``""``), their number kept.

    What a run that holds no rows keeps of a document: sentence ids keep their places and
    ``n_sentences`` its value; the sentences the change step compares are kept apart, from
    the mentions that cite them (:class:`nato_diff.tracking.stream.SeriesInputs`).

    Parameters
    ----------
    doc : Document
        A text-free document (:func:`text_free`).

    Returns
    -------
    Document
        The document with blank sentences; its ``n_words`` is the original's.
    """
    return replaced(doc, sentences=("",) * len(doc.sentences))


def replaced(doc: Document, **changes: Any) -> Document:
    """Return ``dataclasses.replace(doc, **changes)`` with the original's word count.

    ``n_words`` is counted from the cleaned text, once; a copy whose text or sentences were
    dropped keeps the count of the original document.

    Parameters
    ----------
    doc : Document
        The document.
    **changes
        The fields to replace.

    Returns
    -------
    Document
        The copy.
    """
    n_words = doc.n_words
    copy = dataclasses.replace(doc, **changes)
    copy.__dict__["n_words"] = n_words  # the cached count, not one of the new text
    return copy


def extract_path(job: Job, dimensions: Dimensions, actors: Actors) -> tuple[Document, Extraction]:
    """Load one document from its file and extract it, where the file is.

    Parameters
    ----------
    job : Job
        One document from :func:`nato_diff.corpus.document_jobs` or
        :func:`.sources.list_documents` (a local file or a URL).
    dimensions : Dimensions
        The dimensions to look for.
    actors : Actors
        Who may speak.

    Returns
    -------
    tuple of (Document, Extraction)
        The document without its texts (:func:`text_free`) and its extraction.

    Raises
    ------
    CorpusError, UndatableDocumentError
        As :func:`nato_diff.load_corpus`, naming the file.
    """
    doc = load_job(job)
    extraction = extract_document(doc, dimensions, actors=actors)
    return text_free(doc), extraction


def collect(
    results: Iterator[tuple[Document, Extraction]],
    sink: Sink | None = None,
    *,
    hold: bool = True,
) -> tuple[Corpus, HeldRows]:
    """Order what the workers send back: the corpus by (date, doc_id), the rows alike.

    Parameters
    ----------
    results : iterator of (Document, Extraction)
        One pair per document, in any order.
    sink : callable, optional
        Called with each extraction as it arrives.
    hold : bool, optional
        Keep each document's rows; with False only the sink sees them, none are held and
        each document's sentences are blank (:func:`sentences_blank`).

    Returns
    -------
    tuple of (Corpus, HeldRows)
        The corpus and every document's rows in its order.
    """
    held = HeldRows()
    docs: list[Document] = []
    for doc, extraction in results:
        docs.append(doc if hold else sentences_blank(doc))
        if sink is not None:
            sink(extraction)
        if hold:
            held.add(extraction)
        del extraction
    corpus = Corpus(docs)
    held.order(corpus.doc_ids)
    return corpus, held


def load_and_extract(
    jobs: Sequence[Job],
    dimensions: Dimensions,
    actors: Actors,
    *,
    n_jobs: int,
    progress: bool,
    sink: Sink | None = None,
    hold: bool = True,
) -> tuple[Corpus, HeldRows]:
    """Load and extract every document, one at a time or in workers; build the corpus here.

    Only the text-free documents and the rows are kept, so memory grows with the
    rows and the sentences, not with the raw and cleaned texts.

    Parameters
    ----------
    jobs : sequence of Job
        The documents, from :func:`nato_diff.corpus.document_jobs` or
        :func:`.sources.list_documents`.
    dimensions : Dimensions
        The dimensions to look for.
    actors : Actors
        Who may speak.
    n_jobs : int
        Worker processes; 1 runs in this process.
    progress : bool
        Show a progress bar.
    sink : callable, optional
        Called with each document's extraction as soon as it is done.
    hold : bool, optional
        Keep the rows (see :func:`collect`).

    Returns
    -------
    tuple of (Corpus, HeldRows)
        The corpus of text-free documents ordered by (date, doc_id), and every document's
        rows in that order.

    Raises
    ------
    CorpusError, UndatableDocumentError
        For the first document that cannot be loaded, naming its file.
    """
    bar = progress_bar(total=len(jobs), desc="documents", unit="doc", enabled=progress)
    try:
        results = _in_order(
            jobs,
            lambda job: extract_path(job, dimensions, actors),
            _extract_path_in_worker,
            dimensions,
            actors,
            n_jobs=n_jobs,
        )
        return collect(_counted(results, bar), sink, hold=hold)
    finally:
        bar.close()


def _counted(items: Iterator[_T], bar: Any) -> Iterator[_T]:
    for item in items:
        yield item
        bar.update()


def extract_all(
    corpus: Corpus,
    dimensions: Dimensions,
    actors: Actors,
    *,
    n_jobs: int,
    progress: bool,
    sink: Sink | None = None,
    hold: bool = True,
) -> HeldRows:
    """Extract every document, in corpus order.

    Parameters
    ----------
    corpus : Corpus
        The documents.
    dimensions : Dimensions
        The dimensions to look for.
    actors : Actors
        Who may speak.
    n_jobs : int
        Worker processes; 1 runs in this process.
    progress : bool
        Show a progress bar.
    sink : callable, optional
        Called with each document's extraction as soon as it is done.
    hold : bool, optional
        Keep the rows; with False only the sink sees them and none are held.

    Returns
    -------
    HeldRows
        Every document's rows, in corpus order.
    """
    bar = progress_bar(total=len(corpus), desc="extracting", unit="doc", enabled=progress)
    out = HeldRows()
    try:
        results = _in_order(
            list(corpus),
            lambda doc: extract_document(doc, dimensions, actors=actors),
            _extract_in_worker,
            dimensions,
            actors,
            n_jobs=n_jobs,
        )
        for result in results:
            if sink is not None:
                sink(result)
            if hold:
                out.add(result)
            bar.update()
    finally:
        bar.close()
    return out
