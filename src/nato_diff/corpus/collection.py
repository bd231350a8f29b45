"""The corpus: an immutable collection of documents, ordered once by (date, doc_id)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Literal, overload

import pandas as pd

from ..errors import CorpusError, UnknownIdError, located
from .dating import parse_date_value
from .document import Document
from .tables import documents_from_frame

__all__ = ["Corpus"]


class Corpus(Sequence[Document]):
    """An immutable collection of documents ordered by (date, doc_id).

    Parameters
    ----------
    documents : iterable of Document
        The documents, in any order; ``doc_id`` values must be unique.
    skipped : sequence of (str, str), optional
        Files left out by :func:`load_corpus` with ``errors="skip"``, each with the reason.

    Raises
    ------
    CorpusError
        When two documents share a ``doc_id``.

    Examples
    --------
    >>> from nato_diff import load_seeds
    >>> corpus = load_seeds()
    >>> len(corpus)
    5
    >>> [d.date.isoformat() for d in corpus][:2]
    ['2021-02-25', '2021-03-11']
    """

    def __init__(
        self, documents: Iterable[Document], *, skipped: Sequence[tuple[str, str]] = ()
    ) -> None:
        docs = sorted(documents, key=lambda d: (d.date, d.doc_id))
        self.skipped: tuple[tuple[str, str], ...] = tuple(skipped)
        index: dict[str, Document] = {}
        for doc in docs:
            if doc.doc_id in index:
                raise CorpusError(
                    located(
                        f"two documents share the id {doc.doc_id!r}",
                        path=doc.path or None,
                        hint=f"Rename one of them (the other is {index[doc.doc_id].path!r}).",
                    )
                )
            index[doc.doc_id] = doc
        self._docs: tuple[Document, ...] = tuple(docs)
        self._index = index

    def __len__(self) -> int:
        return len(self._docs)

    def __iter__(self) -> Iterator[Document]:
        return iter(self._docs)

    @overload
    def __getitem__(self, key: int) -> Document: ...
    @overload
    def __getitem__(self, key: str) -> Document: ...
    @overload
    def __getitem__(self, key: slice) -> Corpus: ...
    def __getitem__(self, key: int | str | slice) -> Document | Corpus:
        if isinstance(key, str):
            try:
                return self._index[key]
            except KeyError:
                raise UnknownIdError(
                    f"no document {key!r} in the corpus; ids are: {', '.join(self._index)}"
                ) from None
        if isinstance(key, slice):
            return Corpus(self._docs[key], skipped=self.skipped)
        return self._docs[key]

    def __contains__(self, key: object) -> bool:
        if isinstance(key, str):
            return key in self._index
        return key in self._docs

    def __repr__(self) -> str:
        if not self._docs:
            return "Corpus(0 documents)"
        return (
            f"Corpus({len(self)} documents, {self._docs[0].date.isoformat()} to "
            f"{self._docs[-1].date.isoformat()})"
        )

    @property
    def doc_ids(self) -> tuple[str, ...]:
        """Document ids in corpus order."""
        return tuple(d.doc_id for d in self._docs)

    def find(self, key: str) -> Document:
        """Return the document with id ``key``, or the one dated ``key`` (``YYYY-MM-DD``).

        Parameters
        ----------
        key : str
            A document id or an ISO date.

        Returns
        -------
        Document
            The document.

        Raises
        ------
        KeyError
            When no document, or more than one, has that id or date.
        """
        if key in self._index:
            return self._index[key]
        day = parse_date_value(key)
        matches = [d for d in self._docs if day is not None and d.date == day]
        if len(matches) == 1:
            return matches[0]
        known = ", ".join(f"{d.doc_id} ({d.date.isoformat()})" for d in self._docs)
        if matches:
            ids = ", ".join(d.doc_id for d in matches)
            raise UnknownIdError(f"several documents are dated {key}: {ids}; give a document id")
        raise UnknownIdError(f"no document with id or date {key!r}; the corpus has: {known}")

    @classmethod
    def from_frame(
        cls,
        frame: pd.DataFrame,
        *,
        text: str = "text",
        date: str | None = None,
        doc_id: str | None = None,
        dayfirst: bool | None = None,
        errors: Literal["raise", "skip"] = "raise",
    ) -> Corpus:
        """Build a corpus from a table with one document per row.

        Parameters
        ----------
        frame : pandas.DataFrame
            The documents: a text column, and optionally date, id, ``title``, ``source`` and
            ``url`` columns; other columns are kept as metadata.
        text : str, optional
            The column holding each document's text (or HTML).
        date : str, optional
            A column of dates (ISO, or any form the dating rules read; datetimes too); by
            default the column named ``date``, if any. Empty cells, or all rows when there is
            no date column, are dated from the text.
        doc_id : str, optional
            A column of unique ids; by default a ``doc_id`` column, else ``row-0001`` ….
        dayfirst : bool, optional
            How to read ambiguous numeric dates ("05/03/2022") in the dates and the texts.
        errors : {"raise", "skip"}, optional
            Stop at a bad row, or leave it out and record it in ``Corpus.skipped``.

        Returns
        -------
        Corpus
            The documents ordered by (date, doc_id), cleaned, dated and split as files are.

        Raises
        ------
        CorpusError
            For a missing column, an empty text, a bad date or a repeated id, naming the row.
        UndatableDocumentError
            For a row without a date in its cell or its text.

        Examples
        --------
        >>> from nato_diff import load_seeds
        >>> corpus = load_seeds()
        >>> again = Corpus.from_frame(corpus.to_frame(text=True))
        >>> list(again) == list(corpus)
        True
        """
        docs, skipped = documents_from_frame(
            frame, text=text, date=date, doc_id=doc_id, dayfirst=dayfirst, errors=errors
        )
        return cls(docs, skipped=skipped)

    def to_frame(self, *, text: bool = False) -> pd.DataFrame:
        """Return one row per document.

        Parameters
        ----------
        text : bool, optional
            Add the columns that rebuild the corpus with :meth:`from_frame`: ``text`` (the raw
            text as read), ``url``, ``path`` and the metadata columns.

        Returns
        -------
        pandas.DataFrame
            Columns:

            - ``doc_id`` (str): the file name without extension;
            - ``date`` (``datetime64[ns]``): publication date;
            - ``date_source`` (str): ``"manifest"``, ``"text"`` or ``"inferred"``;
            - ``date_evidence`` (str): the words the date was read from;
            - ``title``, ``source`` (str);
            - ``n_sentences``, ``n_words`` (int): size of the cleaned text;
            - with ``text=True``: ``text``, ``url``, ``path`` (str) and one column per
              metadata key.
        """
        columns = [
            "doc_id",
            "date",
            "date_source",
            "date_evidence",
            "title",
            "source",
            "n_sentences",
            "n_words",
        ]
        rows = [
            [
                d.doc_id,
                d.date,
                d.date_source,
                d.date_evidence,
                d.title,
                d.source,
                d.n_sentences,
                d.n_words,
            ]
            for d in self._docs
        ]
        frame = pd.DataFrame(rows, columns=columns)
        typed: pd.DataFrame = frame.astype(
            {"date": "datetime64[ns]", "n_sentences": "int64", "n_words": "int64"}
        )
        if text:
            typed["text"] = [d.raw_text for d in self._docs]
            typed["url"] = [d.url for d in self._docs]
            typed["path"] = [d.path for d in self._docs]
            keys = dict.fromkeys(k for d in self._docs for k in d.metadata)
            for key in keys:
                if key not in typed:
                    typed[key] = [d.metadata.get(key, "") for d in self._docs]
        return typed
