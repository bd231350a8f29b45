"""The Dask engine: load and extract documents as Dask tasks, where the documents are.

The client lists the documents (:func:`.sources.list_documents`: names only, no document is
read here) and cuts the list into partitions; each partition is one Dask task that reads,
cleans, dates and extracts its documents with the local engine's own
:func:`.engine.extract_path` and returns the rows and the documents without their texts.
The client gathers those, orders them by date (:func:`.engine.collect`) and the change
tables are built as for the local engine, so every table is the same.

The tasks run on the current ``distributed.Client`` when there is one (``Client()`` for a
cluster on this machine, ``Client("tcp://scheduler:8786")`` for an existing cluster), else
on Dask's default scheduler (``dask.config.set(scheduler=...)`` chooses another).

Dask is imported here only, when ``track(..., engine="dask")`` runs; ``import nato_diff``
and the local engine never import it.
"""

from __future__ import annotations

import hashlib
import importlib
import math
import os
import pickle
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

from ..corpus import Corpus, Document
from ..dimensions import Dimensions
from ..errors import ArgumentError
from ..extract import Actors, Extraction
from .document_tables import HeldRows
from .engine import Sink, collect, extract_path
from .sources import Job, list_documents

__all__ = ["check_dask", "dask_load_and_extract", "dask_track", "extract_partition", "import_dask"]

#: Most documents in one task: small enough to spread the work, large enough that the
#: scheduler's overhead per task stays small next to a task's work.
PARTITION_MAX = 256


def import_dask() -> Any:
    """Return the ``dask`` module, or say how to install it.

    Returns
    -------
    module
        ``dask``, with ``dask.bag`` imported.

    Raises
    ------
    ArgumentError
        When Dask is not installed: ``pip install "nato-diff[dask]"``.
    """
    try:
        import dask
        import dask.bag
    except ImportError:
        raise ArgumentError(
            'engine="dask" needs Dask, which is not installed. Install it with: '
            'pip install "nato-diff[dask]" (or use engine="local").'
        ) from None
    return dask


def check_dask(n_jobs: int) -> None:
    """Check, before any work, that the Dask engine can run with these arguments.

    Parameters
    ----------
    n_jobs : int
        Must be 1: Dask's workers do the work.

    Raises
    ------
    ArgumentError
        When Dask is not installed, or for ``n_jobs`` other than 1.
    """
    import_dask()
    if n_jobs != 1:
        raise ArgumentError(
            f'n_jobs={n_jobs} applies to engine="local"; with engine="dask" the workers are '
            "Dask's: start a cluster with as many (distributed.LocalCluster(n_workers=...)) "
            "and connect a Client to it before calling track."
        )


def dask_track(
    source: Any,
    dimensions: Dimensions,
    actors: Actors,
    *,
    n_jobs: int,
    progress: bool,
    sink: Sink | None = None,
    hold: bool = True,
) -> tuple[Corpus, HeldRows]:
    """List the documents of ``source`` here and load and extract them as Dask tasks.

    Parameters
    ----------
    source : str, path-like or sequence of them
        A folder, a document, a glob or an fsspec URL, or a list of them
        (:func:`.sources.list_documents`).
    dimensions : Dimensions
        The dimensions to look for.
    actors : Actors
        Who may speak.
    n_jobs : int
        Must be 1 (:func:`check_dask`).
    progress : bool
        Show a progress bar.
    sink : callable, optional
        Called with each document's extraction as its partition comes back.
    hold : bool, optional
        Keep the rows (see :func:`.engine.collect`).

    Returns
    -------
    tuple of (Corpus, HeldRows)
        As :func:`dask_load_and_extract`.
    """
    check_dask(n_jobs)
    jobs = list_documents(source)
    return dask_load_and_extract(jobs, dimensions, actors, progress=progress, sink=sink, hold=hold)


def extract_partition(
    jobs: Sequence[Job], dimensions: Dimensions, actors: Actors
) -> list[tuple[Document, Extraction]]:
    """Load and extract one partition's documents (one Dask task).

    Parameters
    ----------
    jobs : sequence of Job
        The partition's documents.
    dimensions : Dimensions
        The dimensions to look for.
    actors : Actors
        Who may speak.

    Returns
    -------
    list of (Document, Extraction)
        Each document without its texts, and its extraction.
    """
    return [extract_path(job, dimensions, actors) for job in jobs]


def _client() -> Any:
    """Return the current ``distributed.Client``, or None."""
    try:
        distributed: Any = importlib.import_module("distributed")
    except ImportError:
        return None
    try:
        return distributed.get_client()
    except ValueError:  # no client in this process
        return None


def _n_partitions(n_docs: int, client: Any) -> int:
    """Return a few partitions per worker thread, none larger than :data:`PARTITION_MAX`."""
    threads = sum(client.nthreads().values()) if client is not None else os.cpu_count() or 1
    return max(1, min(n_docs, max(4 * threads, math.ceil(n_docs / PARTITION_MAX))))


def dask_load_and_extract(
    jobs: Sequence[Job],
    dimensions: Dimensions,
    actors: Actors,
    *,
    progress: bool,
    sink: Sink | None = None,
    hold: bool = True,
) -> tuple[Corpus, HeldRows]:
    """Load and extract every document as Dask tasks; gather and order the results here.

    Parameters
    ----------
    jobs : sequence of Job
        The documents (:func:`.sources.list_documents`).
    dimensions : Dimensions
        The dimensions to look for (sent to the workers once, as one Dask key).
    actors : Actors
        Who may speak (likewise).
    progress : bool
        Show a progress bar (Dask's, or distributed's with a client).
    sink : callable, optional
        Called with each document's extraction as its partition comes back.
    hold : bool, optional
        Keep the rows (see :func:`.engine.collect`).

    Returns
    -------
    tuple of (Corpus, HeldRows)
        The corpus of text-free documents ordered by (date, doc_id), and every document's
        rows in that order.

    Raises
    ------
    ArgumentError
        When Dask is not installed.
    CorpusError, UndatableDocumentError
        Raised in a task for a document that cannot be loaded, naming its file.
    """
    dask = import_dask()
    client = _client()
    partitions = dask.bag.from_sequence(
        list(jobs), npartitions=_n_partitions(len(jobs), client)
    ).map_partitions(_extract_packed, *_shared(dask, client, dimensions, actors))
    return collect(_results(dask, client, partitions.to_delayed(), progress), sink, hold=hold)


def _shared(dask: Any, client: Any, *objects: object) -> list[Any]:
    """Each object, pickled, as one Dask key that every task uses, sent to each worker once.

    The keys are named after a hash of the pickled bytes (hashing the objects themselves the
    Dask way takes seconds for the actors), and a worker keeps what it unpickled under that
    name (:func:`_unpacked`), so a run with the same dimensions and actors does not unpickle
    them again.
    """
    packs = []
    for o in objects:
        data = pickle.dumps(o, protocol=pickle.HIGHEST_PROTOCOL)
        packs.append((f"nato-diff-{type(o).__name__}-{hashlib.sha1(data).hexdigest()}", data))
    if client is not None:
        futures = client.scatter(packs, broadcast=True, hash=False)
        return [dask.delayed(f) for f in futures]
    return [dask.delayed(pack, name=f"{pack[0]}-{uuid.uuid4().hex}") for pack in packs]


_UNPACKED: dict[str, Any] = {}


def _unpacked(pack: tuple[str, bytes]) -> Any:
    """Return the object of a pickled pack, unpickled once per process (the last few kept)."""
    key, data = pack
    if key not in _UNPACKED:
        if len(_UNPACKED) >= 4:
            _UNPACKED.clear()
        _UNPACKED[key] = pickle.loads(data)
    return _UNPACKED[key]


def _extract_packed(
    jobs: Sequence[Job], dimensions: tuple[str, bytes], actors: tuple[str, bytes]
) -> list[tuple[Document, Extraction]]:
    """:func:`extract_partition` with the dimensions and actors as pickled packs."""
    return extract_partition(jobs, _unpacked(dimensions), _unpacked(actors))


def _results(
    dask: Any, client: Any, parts: list[Any], progress: bool
) -> Iterator[tuple[Document, Extraction]]:
    """Each partition's pairs as it finishes (with a client), or all at once (without)."""
    if client is not None:
        distributed: Any = importlib.import_module("distributed")
        futures = client.compute(parts)
        if progress:
            distributed.progress(futures)
        for future in distributed.as_completed(futures):
            yield from future.result()
            future.release()
        return
    if progress:
        diagnostics: Any = importlib.import_module("dask.diagnostics")
        with diagnostics.ProgressBar():
            computed = dask.compute(*parts)
    else:
        computed = dask.compute(*parts)
    for part in computed:
        yield from part
