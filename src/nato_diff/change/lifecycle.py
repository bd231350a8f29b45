"""Lifecycles: when each facet, term and position of a dimension enters and leaves the record."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import pandas as pd

from ..corpus import Corpus
from ..dimensions import Dimensions
from ._text import _ref, _rows
from .columns import items, public_table

__all__ = ["LIFECYCLE_COLUMNS", "Sightings", "lifecycle_table"]

#: Columns of the lifecycle table.
LIFECYCLE_COLUMNS: tuple[str, ...] = (
    "dimension",
    "level",
    "name",
    "first_seen",
    "last_seen",
    "first_doc",
    "last_doc",
    "n_docs",
    "docs",
    "evidence",
)

_LEVEL_ORDER = {"facet": 0, "position": 1, "term": 2}

#: (dimension, level, name) -> document id -> first sentence id there.
_Sightings = dict[tuple[str, str, str], dict[str, int]]


def lifecycle_table(
    corpus: Corpus,
    dimensions: Dimensions,
    *,
    mentions: pd.DataFrame,
    facets: pd.DataFrame,
) -> pd.DataFrame:
    """Tell when each facet, term and position of each dimension enters and leaves the record.

    Parameters
    ----------
    corpus : Corpus
        The documents.
    dimensions : Dimensions
        The dimensions tracked.
    mentions, facets : pandas.DataFrame
        The tables of the same names.

    Returns
    -------
    pandas.DataFrame
        One row per dimension × level × name: ``dimension``, ``level`` (``"facet"``,
        ``"term"`` or ``"position"``), ``name`` (facet id, the term as most often written —
        terms are compared case-insensitively — or position id), ``first_seen, last_seen``
        (``datetime64[ns]``), ``first_doc, last_doc``, ``n_docs``, ``docs`` (a list of the
        ids in date order; ``"; "``-joined in CSV) and ``evidence`` (``doc_id#sentence_id`` of
        the first sentence).
    """
    columns = ["sentence_id", "dimension", "doc_id", "facets", "terms", "position"]
    sightings = Sightings()
    sightings.add(_rows(mentions, columns))
    return sightings.table(corpus, dimensions)


class Sightings:
    """Where each facet, term (case-folded) and position is first seen in each document.

    Fed the mentions table's rows (all at once, or document by document in any order),
    it gives the lifecycle table (:func:`lifecycle_table`); it also counts, per term, how
    often each spelling of it occurs.
    """

    def __init__(self) -> None:
        self.seen: _Sightings = {}
        self.spelled: dict[tuple[str, str, str], dict[str, int]] = {}

    def add(self, rows: Iterable[tuple[Any, Any, Any, Any, Any, Any]]) -> None:
        """Note mention rows: ``(sentence_id, dimension, doc_id, facets, terms, position)``.

        Parameters
        ----------
        rows : iterable of tuple
            The rows.
        """
        seen, spelled = self.seen, self.spelled
        folded_of: dict[str, str] = {}  # each spelling's folded form, folded once
        for sentence_id, dimension, doc, facets, terms, position in rows:
            sid, dim_id, doc_id = int(sentence_id), str(dimension), str(doc)
            for facet in items(facets):
                _note(seen, (dim_id, "facet", facet), doc_id, sid)
            for term in items(terms):
                folded = folded_of.get(term)
                if folded is None:
                    folded = folded_of[term] = " ".join(term.casefold().split())
                key = (dim_id, "term", folded)
                _note(seen, key, doc_id, sid)
                forms = spelled.setdefault(key, {})
                forms[term] = forms.get(term, 0) + 1
            if isinstance(position, str):
                _note(seen, (dim_id, "position", position), doc_id, sid)

    def table(self, corpus: Corpus, dimensions: Dimensions) -> pd.DataFrame:
        """Return the lifecycle table of what was noted (see :func:`lifecycle_table`).

        Parameters
        ----------
        corpus : Corpus
            The documents.
        dimensions : Dimensions
            The dimensions tracked.

        Returns
        -------
        pandas.DataFrame
            The lifecycle table.
        """
        return _lifecycle(corpus, dimensions, self.seen, self.spelled)


def _lifecycle(
    corpus: Corpus,
    dimensions: Dimensions,
    seen: _Sightings,
    spelled: dict[tuple[str, str, str], dict[str, int]],
) -> pd.DataFrame:
    order = {doc.doc_id: i for i, doc in enumerate(corpus)}
    dates: dict[str, dt.date] = {doc.doc_id: doc.date for doc in corpus}
    dim_order = {d: i for i, d in enumerate(dimensions)}
    rows: list[dict[str, Any]] = []
    for (dim_id, level, name), docs in seen.items():
        ids = sorted(docs, key=order.__getitem__)
        shown = name
        if level == "term":
            forms = spelled[(dim_id, level, name)]
            shown = max(forms, key=lambda f: (forms[f], f))
        rows.append(
            {
                "dimension": dim_id,
                "level": level,
                "name": shown,
                "first_seen": dates[ids[0]],
                "last_seen": dates[ids[-1]],
                "first_doc": ids[0],
                "last_doc": ids[-1],
                "n_docs": len(ids),
                "docs": ids,
                "evidence": _ref(ids[0], docs[ids[0]]),
                "_sort": (dim_order.get(dim_id, 99), _LEVEL_ORDER[level], dates[ids[0]], shown),
            }
        )
    rows.sort(key=lambda r: r.pop("_sort"))
    return public_table(pd.DataFrame(rows, columns=list(LIFECYCLE_COLUMNS)))


def _note(seen: _Sightings, key: tuple[str, str, str], doc_id: str, sid: int) -> None:
    docs = seen.setdefault(key, {})
    first = docs.get(doc_id)
    if first is None or sid < first:
        docs[doc_id] = sid
