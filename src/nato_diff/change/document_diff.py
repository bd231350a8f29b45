"""Diff of two documents: their sentences aligned, or only those on one dimension."""

from __future__ import annotations

from ..corpus import Document
from ..dimensions import Dimensions, load_dimensions
from ..errors import UnknownIdError
from .alignment import diff_sentences
from .passage import PassageDiff
from .similarity import DEFAULT_THRESHOLD

__all__ = ["diff"]


def _dimension_sentences(doc: Document, dimension: str, dimensions: Dimensions) -> list[int]:
    dim = dimensions[dimension]
    return [i for i, s in enumerate(doc.sentences) if dim.scan(s) is not None]


def diff(
    a: Document,
    b: Document,
    *,
    dimension: str | None = None,
    dimensions: Dimensions | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> PassageDiff:
    """Align the sentences of two documents, or of one dimension's passages in each.

    Sentences are aligned with :class:`difflib.SequenceMatcher` over the sentence sequences;
    near-identical sentences (word-level similarity at least ``threshold``) are paired as
    ``reworded``; see :func:`nato_diff.change.diff_sentences`.

    Parameters
    ----------
    a, b : Document
        The earlier and the later document.
    dimension : str, optional
        Compare only the sentences that mention this dimension.
    dimensions : Dimensions, optional
        Where ``dimension`` is defined; the built-ins by default.
    threshold : float, optional
        Word-level similarity from which two sentences count as one reworded sentence.

    Returns
    -------
    PassageDiff
        ``.table`` (``op, a_sentence_id, b_sentence_id, a_sentence, b_sentence, ratio,
        word_diff``), ``.ratio``, ``.to_text()``, ``.to_html()``. Sentence ids index the
        documents' sentences.

    Raises
    ------
    KeyError
        When ``dimension`` is not among ``dimensions``.

    Examples
    --------
    >>> from nato_diff import load_seeds
    >>> corpus = load_seeds()
    >>> d = diff(corpus[0], corpus[1], dimension="black_sea")
    >>> d.n_dropped, d.n_added
    (3, 0)
    """
    a_ids = list(range(len(a.sentences)))
    b_ids = list(range(len(b.sentences)))
    if dimension is not None:
        dims = dimensions if dimensions is not None else load_dimensions()
        if dimension not in dims:
            raise UnknownIdError(f"unknown dimension {dimension!r}; known: {', '.join(dims)}")
        a_ids = _dimension_sentences(a, dimension, dims)
        b_ids = _dimension_sentences(b, dimension, dims)
    return diff_sentences(
        [a.sentences[i] for i in a_ids],
        [b.sentences[i] for i in b_ids],
        a_ids=a_ids,
        b_ids=b_ids,
        threshold=threshold,
        a_label=f"{a.doc_id} ({a.date.isoformat()})",
        b_label=f"{b.doc_id} ({b.date.isoformat()})",
    )
