"""The local engine: extract every document, in this process or in worker processes."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Any

from .._io import progress_bar
from ..corpus import Corpus, Document
from ..dimensions import Dimensions
from ..extract import Actors, Extraction, extract_document

__all__ = ["extract_all"]

_WORKER: dict[str, Any] = {}


def _init_worker(dimensions: Dimensions, actors: Actors) -> None:
    """Receive the dimensions and actors once per worker process, not once per document."""
    _WORKER["dimensions"], _WORKER["actors"] = dimensions, actors


def _extract_in_worker(doc: Document) -> Extraction:
    return extract_document(doc, _WORKER["dimensions"], actors=_WORKER["actors"])


def extract_all(
    corpus: Corpus, dimensions: Dimensions, actors: Actors, *, n_jobs: int, progress: bool
) -> list[Extraction]:
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

    Returns
    -------
    list of Extraction
        One per document, in corpus order.
    """
    bar = progress_bar(total=len(corpus), desc="extracting", unit="doc", enabled=progress)
    out: list[Extraction] = []
    try:
        if n_jobs <= 1 or len(corpus) < 2:
            for doc in corpus:
                out.append(extract_document(doc, dimensions, actors=actors))
                bar.update()
        else:
            chunk = max(1, min(64, len(corpus) // (4 * n_jobs)))
            with ProcessPoolExecutor(
                max_workers=n_jobs, initializer=_init_worker, initargs=(dimensions, actors)
            ) as pool:
                for result in pool.map(_extract_in_worker, list(corpus), chunksize=chunk):
                    out.append(result)
                    bar.update()
    finally:
        bar.close()
    return out
