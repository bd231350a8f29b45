"""The :class:`Tracking`: the tidy tables of a run, each with its evidence."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import pandas as pd

from ..change import PassageDiff, public_table
from ..corpus import Corpus
from ..dimensions import Dimensions
from .document_tables import LIST_COLUMNS

__all__ = ["TABLES", "Tracking", "tracking_of"]

#: The tables of a :class:`Tracking`, in the order they are written.
TABLES: tuple[str, ...] = (
    "documents",
    "timeline",
    "mentions",
    "claims",
    "positions",
    "facets",
    "figures",
    "changes",
    "summaries",
    "lifecycle",
    "readability",
    "provenance",
)


@dataclass(frozen=True)
class Tracking:
    """The result of :func:`track`: tidy tables, one row per unit, each with its evidence.

    Every date column (``date``, ``from_date``, ``to_date``, ``first_seen``, ``last_seen``,
    ``period_start``) is ``datetime64[ns]`` (a missing date is ``NaT``), so ``resample``,
    ``.dt`` and date arithmetic work. Multi-valued cells (``facets``, ``terms``,
    ``sentence_ids``, ``facets_added``, ``facets_dropped``, ``figures_from``,
    ``figures_to``, ``evidence`` of the summaries, ``docs``) are Python lists; one row per
    value with :func:`nato_diff.explode`. :meth:`to_csv` and the report write the dates as
    ``YYYY-MM-DD`` and the lists ``"; "``-joined.

    Attributes
    ----------
    corpus : Corpus
        The documents tracked.
    dimensions : Dimensions
        The dimensions tracked.
    documents : pandas.DataFrame
        :meth:`Corpus.to_frame` of the corpus.
    mentions : pandas.DataFrame
        One row per sentence × dimension it mentions: ``doc_id, date, dimension,
        sentence_id`` (index into the document's sentences), ``sentence``, ``facets`` and
        ``terms`` (lists of the facet ids and of the matched words), ``position`` and
        ``position_rank`` (the highest rung whose cue the sentence matches, else empty),
        ``position_cue`` (the words that matched it), ``speaker`` and ``side`` (who says it;
        empty for narration), ``attribution`` (the words that attribute it), ``modality``
        (``"commitment"``, ``"hedge"`` or empty), ``conditional`` and ``negated`` (bool).
    claims : pandas.DataFrame
        One row per mention (sentence × dimension): who takes which act on which rung.
        ``doc_id, date, dimension, sentence_id, sentence``; ``holder`` (the person or body,
        as resolved or named; empty for the narrator) and ``side``; ``act`` (``seeks``,
        ``offers``, ``decides``, ``rejects``, ``reports``); ``rung`` and ``rung_rank`` (the
        ladder id the claim is about; empty for dimensions without a ladder); ``polarity``
        (``affirmed``/``negated``); ``modality`` (``firm``, ``hedged``, ``conditional``,
        ``question``); ``target`` (``ukraine``, ``other`` state, ``allies`` themselves);
        ``status`` (aid: ``requested``, ``pledged``, ``committed``, ``delivered``,
        ``withheld``); ``n_figures`` (figures the sentence states for the dimension);
        ``cue`` (the act's words | the rung's words); ``how`` (the holder was found by
        ``quote``, ``reported`` speech, as the ``agent`` of the act, the document's
        ``voice``, or ``none``). See :mod:`nato_diff.extract.claims`.
    timeline : pandas.DataFrame
        One row per document × dimension, zero rows included: ``doc_id, date, dimension,
        n_mentions, n_sentences`` (of the document), ``salience`` (``n_mentions /
        n_sentences``, 0–1), ``mentions_per_1k_words``, ``position`` and ``position_rank``
        (the furthest rung any side seeks, offers or decides in the document, from the
        positions table; a rejection only where no side takes a positive position),
        ``position_side``, ``position_act`` and ``position_sentence_id`` (its evidence).
    positions : pandas.DataFrame
        One row per document × dimension × side that takes a position, from that side's own
        claims (:mod:`nato_diff.tracking.positions`: affirmed, firm or conditional, about
        Ukraine, not a report): ``doc_id, date, dimension, side``, ``act`` and ``position``
        (the rung) with ``position_rank``, ``contested`` (the side also rejects that rung),
        ``speaker, sentence_id, sentence`` (the claim that decided it) and ``n_sentences``
        (how many of the side's sentences could carry a position).
    facets : pandas.DataFrame
        One row per document × dimension × facet named: ``doc_id, date, dimension, facet,
        n_mentions`` (sentences), ``terms`` (list of the words that matched),
        ``sentence_ids`` (list of ints).
    figures : pandas.DataFrame
        One row per figure in a mention of a dimension that asks for figures; see
        :data:`nato_diff.extract.FIGURE_COLUMNS` (plus ``speaker, side`` and the aid
        ``status`` of the sentence's claim).
    changes : pandas.DataFrame
        One row per dimension × consecutive pair of documents; see
        :func:`nato_diff.change.changes_table`.
    summaries : pandas.DataFrame
        One row per dimension: the plain-language series summary and its evidence.
    lifecycle : pandas.DataFrame
        When each facet, term and position enters and leaves the record; see
        :func:`nato_diff.change.lifecycle_table`.
    readability : pandas.DataFrame
        ``doc_id, date, scope`` (``"document"`` or a dimension id), ``measure, value,
        n_words, n_sentences, reliable``.
    provenance : pandas.DataFrame
        The dimension files (and versions, SHA-256) that produced these tables.
    """

    corpus: Corpus
    dimensions: Dimensions
    documents: pd.DataFrame
    mentions: pd.DataFrame
    claims: pd.DataFrame
    timeline: pd.DataFrame
    positions: pd.DataFrame
    facets: pd.DataFrame
    figures: pd.DataFrame
    changes: pd.DataFrame
    summaries: pd.DataFrame
    lifecycle: pd.DataFrame
    readability: pd.DataFrame
    provenance: pd.DataFrame

    def __post_init__(self) -> None:
        """Give every table its public column types (dates as datetimes, lists as lists)."""
        for name in TABLES:
            lists, integers = LIST_COLUMNS.get(name, ((), ()))
            frame = public_table(getattr(self, name), lists=lists, integer_lists=integers)
            object.__setattr__(self, name, frame)

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return every table by name, in :data:`TABLES` order.

        Returns
        -------
        dict of str to pandas.DataFrame
            The tables.
        """
        return {name: getattr(self, name) for name in TABLES}

    def to_csv(self, out_dir: str | os.PathLike[str]) -> list[Path]:
        """Write every table as ``<name>.csv`` into ``out_dir`` (atomically, file by file).

        Parameters
        ----------
        out_dir : str or path-like
            The folder; created if missing.

        Returns
        -------
        list of pathlib.Path
            The files written.
        """
        from .._io import OutputFolder

        with OutputFolder(out_dir) as folder:
            return [
                folder.write_csv(f"{name}.csv", frame) for name, frame in self.tables().items()
            ]

    def to_parquet(self, out_dir: str | os.PathLike[str]) -> list[Path]:
        """Write every table as ``<name>.parquet`` into ``out_dir`` (all or nothing).

        The columns and dtypes are those in memory (dates as Parquet ``date32``); see
        :mod:`nato_diff.tracking.parquet`. To write the tables while documents are processed,
        pass ``parquet_dir=`` to :func:`track` instead. Needs pyarrow (the ``parquet`` extra).

        Parameters
        ----------
        out_dir : str or path-like
            The folder; created if missing. A file there that nato-diff did not write is
            never replaced.

        Returns
        -------
        list of pathlib.Path
            The files written.
        """
        from .parquet import write_tables

        return write_tables(self.tables(), out_dir)

    def diff(self, a: str, b: str, *, dimension: str | None = None) -> PassageDiff:
        """Compare two documents of the corpus (by id or date), optionally one dimension.

        Parameters
        ----------
        a, b : str
            Document ids or ISO dates.
        dimension : str, optional
            Compare only the sentences that mention this dimension.

        Returns
        -------
        PassageDiff
            The aligned sentences.
        """
        from ..change import diff

        return diff(
            self.corpus.find(a),
            self.corpus.find(b),
            dimension=dimension,
            dimensions=self.dimensions,
        )

    def __repr__(self) -> str:
        return (
            f"Tracking({len(self.corpus)} documents × {len(self.dimensions)} dimensions: "
            f"{len(self.mentions)} mentions, {len(self.figures)} figures)"
        )


def tracking_of(typed: frozenset[str], **values: Any) -> Tracking:
    """Build a :class:`Tracking` whose tables named in ``typed`` already have public types.

    Those tables are kept as they are instead of being converted again (a copy of each, its
    list cells made anew, while the table is still held); the others are converted as
    :class:`Tracking` converts them. The result equals ``Tracking(**values)``.

    Parameters
    ----------
    typed : frozenset of str
        Tables that come from :func:`nato_diff.change.public_table` already.
    **values
        Every field of :class:`Tracking`.

    Returns
    -------
    Tracking
        The tracking.

    Raises
    ------
    TypeError
        When a field is missing or unknown.
    """
    names = {f.name for f in fields(Tracking)}
    if set(values) != names:
        raise TypeError(f"Tracking fields differ: {sorted(set(values) ^ names)}")
    tracking = object.__new__(Tracking)
    for name, value in values.items():
        if name in TABLES and name not in typed:
            lists, integers = LIST_COLUMNS.get(name, ((), ()))
            value = public_table(value, lists=lists, integer_lists=integers)
        object.__setattr__(tracking, name, value)
    return tracking
