"""The figures table: its columns, and the rows of the figures of one sentence.

The tracking stage turns figures into a table, one row per figure per document sentence,
with the columns :data:`FIGURE_COLUMNS` (see :func:`figure_records`):

figure_id
    ``"<doc_id>:<sentence_id>:<k>"``, ``k`` the figure's index in its sentence.
doc_id, date
    The document and its publication date.
dimension
    The dimension the sentence was matched to (``None`` when not matched to one).
sentence_id, sentence
    The sentence's index in the document and its text.
text, kind, value, value_high, currency, unit, qualifier, bound, scope, period_start
    As in :class:`Figure`.
part_of
    The ``figure_id`` of the figure this one is part of, or ``None``.
donor
    Who gives the amount (:attr:`Figure.donor`), or ``None``.

:func:`nato_diff.change.figure_series` links the figures of one kind, currency, scope and
donor across documents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from .figure import Figure

FIGURE_COLUMNS: tuple[str, ...] = (
    "figure_id",
    "doc_id",
    "date",
    "dimension",
    "sentence_id",
    "sentence",
    "text",
    "kind",
    "value",
    "value_high",
    "currency",
    "unit",
    "qualifier",
    "bound",
    "scope",
    "period_start",
    "part_of",
    "donor",
)
"""Column order of the figures table, one row per figure.

``figure_id`` (``"<doc_id>:<sentence_id>:<k>"``), ``doc_id``, ``date`` (publication date),
``dimension`` (dimension id or ``None``), ``sentence_id`` (index of the sentence in the
document), ``sentence`` (its text), then the :class:`Figure` fields ``text``, ``kind``,
``value``, ``value_high``, ``currency``, ``unit``, ``qualifier``, ``bound``, ``scope``,
``period_start``, ``part_of`` (the ``figure_id`` of the whole this figure is part of,
or ``None``) and ``donor``.
"""

#: The columns of the figures table an analyst reads first (printed by ``nato-diff figures``).
FIGURE_SUMMARY_COLUMNS: tuple[str, ...] = tuple(
    c for c in FIGURE_COLUMNS if c not in ("figure_id", "sentence")
)


SERIES_COLUMNS: tuple[str, ...] = (
    "scope",
    "currency",
    "unit",
    "doc_id",
    "date",
    "sentence_id",
    "figure_id",
    "text",
    "value",
    "value_high",
    "qualifier",
    "bound",
    "prev_doc_id",
    "prev_date",
    "prev_sentence_id",
    "prev_value",
    "prev_qualifier",
    "prev_bound",
    "change_abs",
    "change_rel",
    "label",
    "original_value",
    "original_currency",
    "rate",
    "donor",
    "status",
    "measure",
)


def figure_records(
    figures: Sequence[Figure],
    *,
    doc_id: str,
    date: dt.date | None,
    sentence_id: int,
    sentence: str,
    dimension: str | None = None,
) -> list[dict[str, Any]]:
    """Rows of the figures table for the figures of one sentence.

    Parameters
    ----------
    figures : sequence of Figure
        What :func:`extract_figures` returned for the sentence.
    doc_id : str
        The document's id.
    date : datetime.date or None
        The document's publication date.
    sentence_id : int
        The sentence's index in the document.
    sentence : str
        The sentence's text.
    dimension : str, optional
        The dimension the sentence belongs to.

    Returns
    -------
    list of dict
        One dict per figure with the keys of :data:`FIGURE_COLUMNS`, in that order;
        ``figure_id`` is ``"<doc_id>:<sentence_id>:<k>"``, ``part_of`` the figure_id of
        the whole (or ``None``) and ``donor`` the figure's donor (or ``None``).

    Examples
    --------
    >>> from nato_diff.extract.figures import extract_figures
    >>> figs = extract_figures("Allies gave €5 billion, including €2 billion in loans.")
    >>> [r["part_of"] for r in figure_records(figs, doc_id="d", date=None,
    ...                                        sentence_id=3, sentence="…")]
    [None, 'd:3:0']
    """
    ids = [f"{doc_id}:{sentence_id}:{k}" for k in range(len(figures))]
    rows: list[dict[str, Any]] = []
    for k, f in enumerate(figures):
        rows.append(
            {
                "figure_id": ids[k],
                "doc_id": doc_id,
                "date": date,
                "dimension": dimension,
                "sentence_id": sentence_id,
                "sentence": sentence,
                "text": f.text,
                "kind": f.kind,
                "value": f.value,
                "value_high": f.value_high,
                "currency": f.currency,
                "unit": f.unit,
                "qualifier": f.qualifier,
                "bound": f.bound,
                "scope": f.scope,
                "period_start": f.period_start,
                "part_of": ids[f.part_of] if f.part_of is not None else None,
                "donor": f.donor,
            }
        )
    return rows
