"""The change table: one row per dimension × pair of documents, with its summary in words.

* :func:`changes_table` gives one row per dimension × consecutive pair of documents
  (salience, positions overall and per side, passage similarity, facets and figures that
  appear or vanish, and a plain-language summary with its evidence);
* :func:`compare` does the same for any two documents of a :class:`~nato_diff.Tracking`.

Every summary is generated from the row it sits beside and names its evidence as
``doc_id#sentence_id``.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any, Protocol, TypeVar

import pandas as pd

from ..corpus import Corpus, Document
from ..dimensions import Dimension, Dimensions
from ..extract import describe_figure
from ._text import _by, _evidence_note, _pct, _plural, _records, _ref, _rows, _side_label
from .alignment import AlignmentCounts, align_counts
from .columns import column_frame, public_table
from .words import readable


class Tracking(Protocol):
    """What :func:`compare` reads of a tracking: the corpus, dimensions and tables."""

    @property
    def corpus(self) -> Corpus:
        """The documents."""
        ...

    @property
    def dimensions(self) -> Dimensions:
        """The dimensions tracked."""
        ...

    @property
    def timeline(self) -> pd.DataFrame:
        """One row per document × dimension."""
        ...

    @property
    def positions(self) -> pd.DataFrame:
        """One row per document × dimension × side."""
        ...

    @property
    def mentions(self) -> pd.DataFrame:
        """One row per sentence × dimension."""
        ...

    @property
    def facets(self) -> pd.DataFrame:
        """One row per document × dimension × facet."""
        ...

    @property
    def figures(self) -> pd.DataFrame:
        """One row per figure."""
        ...


__all__ = [
    "CHANGE_COLUMNS",
    "SIDES",
    "change_chunks",
    "change_sides",
    "changes_table",
    "compare",
    "doc_index",
]

_V = TypeVar("_V")

#: Sides that always get their own position columns in the change table.
SIDES: tuple[str, ...] = ("ukraine", "nato")

#: Columns of the change table, in order (``<side>`` columns repeat for each side).
CHANGE_COLUMNS: tuple[str, ...] = (
    "dimension",
    "from_doc",
    "to_doc",
    "from_date",
    "to_date",
    "n_mentions_from",
    "n_mentions_to",
    "salience_from",
    "salience_to",
    "salience_delta",
    "position_from",
    "position_to",
    "rank_from",
    "rank_to",
    "rank_delta",
    "position_from_<side>",
    "position_to_<side>",
    "rank_delta_<side>",
    "evidence_from",
    "evidence_to",
    "similarity",
    "n_equal",
    "n_added",
    "n_dropped",
    "n_reworded",
    "facets_added",
    "facets_dropped",
    "figures_from",
    "figures_to",
    "summary",
)


def _none(value: Any) -> Any:
    """Map pandas' missing markers (NaN, NA, NaT) to None."""
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):  # lists and other non-scalars are not missing
        return value


def _money_texts(figures: pd.DataFrame) -> dict[tuple[str, str], list[str]]:
    """Short text of the money figures of each (document, dimension)."""
    parts: dict[tuple[str, str], list[str]] = {}
    money = figures[figures["kind"] == "money"]
    for row in _records(money):
        text = describe_figure(
            float(row["value"]),
            currency=_none(row["currency"]),
            qualifier=_none(row["qualifier"]),
            kind="money",
        )
        notes = [
            str(row[k]) for k in ("scope", "status") if isinstance(row.get(k), str) and row[k]
        ]
        scope = f" ({', '.join(notes)})" if notes else ""
        parts.setdefault((str(row["doc_id"]), str(row["dimension"])), []).append(text + scope)
    return parts


_TableRow = dict[Hashable, Any]


@dataclass(frozen=True)
class _Lookups:
    """The tracking tables indexed by document and dimension, as the change rows read them."""

    dimensions: Dimensions
    timeline: dict[tuple[str, str], _TableRow]
    positions: dict[tuple[str, str, str], _TableRow]
    sentence_ids: dict[tuple[str, str], list[int]]
    facets: dict[tuple[str, str], list[str]]
    money: dict[tuple[str, str], list[str]]
    sides: tuple[str, ...]


def _lookups(
    dimensions: Dimensions,
    *,
    timeline: pd.DataFrame,
    positions: pd.DataFrame,
    mentions: pd.DataFrame,
    facets: pd.DataFrame,
    figures: pd.DataFrame,
) -> _Lookups:
    """Index the tables; the sides are :data:`SIDES` then any other side with a position."""
    return _indexed(
        dimensions,
        timeline=timeline,
        positions=positions,
        sentence_ids=doc_index(_rows(mentions, ["doc_id", "dimension", "sentence_id"]), int),
        facet_ids=doc_index(_rows(facets, ["doc_id", "dimension", "facet"]), str),
        money=_money_texts(figures),
        sides=change_sides(positions["side"].dropna()),
    )


# The columns of the timeline and positions rows that a change row and its summary read.
_TIMELINE_READ = (
    "doc_id",
    "dimension",
    "n_mentions",
    "salience",
    "position",
    "position_rank",
    "position_sentence_id",
)
_POSITIONS_READ = (
    "doc_id",
    "dimension",
    "side",
    "act",
    "position",
    "position_rank",
    "speaker",
    "sentence_id",
)


def _indexed(
    dimensions: Dimensions,
    *,
    timeline: pd.DataFrame,
    positions: pd.DataFrame,
    sentence_ids: dict[tuple[str, str], list[int]],
    facet_ids: dict[tuple[str, str], list[str]],
    money: dict[tuple[str, str], list[str]],
    sides: tuple[str, ...],
) -> _Lookups:
    """Index the timeline and positions rows (the columns a change row reads of them).

    The other lookups come ready.
    """
    timeline_rows: dict[tuple[str, str], dict[Hashable, Any]] = {
        (str(r["doc_id"]), str(r["dimension"])): {k: _none(v) for k, v in r.items()}
        for r in _records(timeline[list(_TIMELINE_READ)])
    }
    position_rows: dict[tuple[str, str, str], dict[Hashable, Any]] = {
        (str(r["doc_id"]), str(r["dimension"]), str(r["side"])): {
            k: _none(v) for k, v in r.items()
        }
        for r in _records(positions[list(_POSITIONS_READ)])
    }
    return _Lookups(
        dimensions=dimensions,
        timeline=timeline_rows,
        positions=position_rows,
        sentence_ids=sentence_ids,
        facets=facet_ids,
        money=money,
        sides=sides,
    )


def change_sides(sides: Iterable[Any]) -> tuple[str, ...]:
    """Return the sides with columns of their own: :data:`SIDES`, then the others with a position.

    Parameters
    ----------
    sides : iterable
        The side of every position (the positions table's ``side``).

    Returns
    -------
    tuple of str
        :data:`SIDES`, then the other sides in alphabetical order.
    """
    return (*SIDES, *sorted(set(sides) - set(SIDES)))


def doc_index(
    rows: Iterable[tuple[Any, Any, Any]],
    value: Callable[[Any], _V],
    into: dict[tuple[str, str], list[_V]] | None = None,
) -> dict[tuple[str, str], list[_V]]:
    """Index a table's values by (document, dimension), in table order.

    Parameters
    ----------
    rows : iterable of (doc_id, dimension, value)
        The rows: the mentions' sentence ids, or the facets table's facet ids.
    value : callable
        Makes a row's value what the index holds (``int``, ``str``).
    into : dict, optional
        An index to add to (a run that sees its documents one at a time).

    Returns
    -------
    dict of (str, str) to list
        The index.
    """
    index = {} if into is None else into
    for doc_id, dim_id, each in rows:
        index.setdefault((str(doc_id), str(dim_id)), []).append(value(each))
    return index


def _change_row(lk: _Lookups, dimension: str, a: Document, b: Document) -> dict[str, Any]:
    """Build the change-table row of one dimension from document ``a`` to document ``b``."""
    ta, tb = lk.timeline[(a.doc_id, dimension)], lk.timeline[(b.doc_id, dimension)]
    passage = _passage_diff(lk, dimension, a, b)
    row = _overall_columns(dimension, a, b, ta, tb)
    row.update(_side_columns(lk, dimension, a, b))
    row["evidence_from"] = (
        None if row["rank_from"] is None else _ref(a.doc_id, ta["position_sentence_id"])
    )
    row["evidence_to"] = (
        None if row["rank_to"] is None else _ref(b.doc_id, tb["position_sentence_id"])
    )
    row.update(_content_columns(lk, dimension, a, b, passage))
    row["summary"] = _row_summary(lk, row, a, b, passage)
    return row


def _passage_diff(lk: _Lookups, dimension: str, a: Document, b: Document) -> AlignmentCounts:
    """Align the sentences on ``dimension`` in the two documents; only the counts are kept."""
    ids_a = lk.sentence_ids.get((a.doc_id, dimension), [])
    ids_b = lk.sentence_ids.get((b.doc_id, dimension), [])
    return align_counts([a.sentences[i] for i in ids_a], [b.sentences[i] for i in ids_b])


def _overall_columns(
    dimension: str, a: Document, b: Document, ta: _TableRow, tb: _TableRow
) -> dict[str, Any]:
    """Return the pair, the salience in each document and the top position of any side."""
    rank_a, rank_b = ta["position_rank"], tb["position_rank"]
    return {
        "dimension": dimension,
        "from_doc": a.doc_id,
        "to_doc": b.doc_id,
        "from_date": a.date,
        "to_date": b.date,
        "n_mentions_from": int(ta["n_mentions"]),
        "n_mentions_to": int(tb["n_mentions"]),
        "salience_from": float(ta["salience"]),
        "salience_to": float(tb["salience"]),
        "salience_delta": float(tb["salience"]) - float(ta["salience"]),
        "position_from": ta["position"],
        "position_to": tb["position"],
        "rank_from": rank_a,
        "rank_to": rank_b,
        "rank_delta": None if rank_a is None or rank_b is None else int(rank_b) - int(rank_a),
    }


def _side_columns(lk: _Lookups, dimension: str, a: Document, b: Document) -> dict[str, Any]:
    """Each side's position in the two documents, and the step between them."""
    columns: dict[str, Any] = {}
    for side in lk.sides:
        pa = lk.positions.get((a.doc_id, dimension, side))
        pb = lk.positions.get((b.doc_id, dimension, side))
        columns[f"position_from_{side}"] = pa["position"] if pa else None
        columns[f"position_to_{side}"] = pb["position"] if pb else None
        columns[f"rank_delta_{side}"] = (
            int(pb["position_rank"]) - int(pa["position_rank"]) if pa and pb else None
        )
    return columns


def _content_columns(
    lk: _Lookups, dimension: str, a: Document, b: Document, passage: AlignmentCounts
) -> dict[str, Any]:
    """Return the sentence alignment, the facets that come and go, and the money figures."""
    fa = lk.facets.get((a.doc_id, dimension), [])
    fb = lk.facets.get((b.doc_id, dimension), [])
    order = lk.dimensions[dimension].facet_ids
    return {
        "similarity": passage.ratio,
        "n_equal": passage.n_equal,
        "n_added": passage.n_added,
        "n_dropped": passage.n_dropped,
        "n_reworded": passage.n_reworded,
        "facets_added": [f for f in order if f in fb and f not in fa],
        "facets_dropped": [f for f in order if f in fa and f not in fb],
        "figures_from": lk.money.get((a.doc_id, dimension), []),
        "figures_to": lk.money.get((b.doc_id, dimension), []),
    }


def _row_summary(
    lk: _Lookups, row: dict[str, Any], a: Document, b: Document, p: AlignmentCounts
) -> str:
    """Say in words what the row holds, naming the evidence of each position."""
    label = lk.dimensions[row["dimension"]].label
    head = f"{label}, {a.date.isoformat()} → {b.date.isoformat()}"
    na, nb = row["n_mentions_from"], row["n_mentions_to"]
    if na == 0 and nb == 0:
        return f"{head}: not mentioned in either document."
    parts = [
        f"salience {_pct(row['salience_from'])} → {_pct(row['salience_to'])} "
        f"({na} of {a.n_sentences} → {nb} of {b.n_sentences} sentences)",
        _passage_part(row, p),
    ]
    if row["position_from"] != row["position_to"] and (
        isinstance(row["position_from"], str) or isinstance(row["position_to"], str)
    ):
        dim = lk.dimensions[row["dimension"]]
        parts.append(
            f"position: {_said(dim, row['position_from'])} → {_said(dim, row['position_to'])}"
            + _evidence_note(row["evidence_from"], row["evidence_to"])
        )
    parts += _side_parts(lk, row, a, b)
    if row["facets_added"]:
        parts.append(f"new facets: {_facet_words(row['facets_added'])}")
    if row["facets_dropped"]:
        parts.append(f"facets gone: {_facet_words(row['facets_dropped'])}")
    if row["figures_from"] or row["figures_to"]:
        before, after = "; ".join(row["figures_from"]), "; ".join(row["figures_to"])
        parts.append(f"figures: {before or 'none'} → {after or 'none'}")
    return f"{head}: " + "; ".join(parts) + "."


def _passage_part(row: dict[str, Any], p: AlignmentCounts) -> str:
    """How the passage changed: dropped or new entirely, or its sentence counts."""
    na, nb = row["n_mentions_from"], row["n_mentions_to"]
    if na and not nb:
        return "the one sentence dropped" if na == 1 else f"all {na} sentences dropped"
    if nb and not na:
        return f"{_plural(nb, 'new sentence')}"
    counts = [
        f"{n} {word}"
        for n, word in (
            (p.n_added, "added"),
            (p.n_dropped, "dropped"),
            (p.n_reworded, "reworded"),
            (p.n_equal, "unchanged"),
        )
        if n
    ]
    return ", ".join(counts) + f" (similarity {row['similarity']:.2f})"


def _side_parts(lk: _Lookups, row: dict[str, Any], a: Document, b: Document) -> list[str]:
    """One phrase per side whose position moves, with who says it and where."""
    parts: list[str] = []
    for side in lk.sides:
        pf, pt = row[f"position_from_{side}"], row[f"position_to_{side}"]
        if pf != pt and (pf or pt):
            ea = lk.positions.get((a.doc_id, row["dimension"], side)) if pf else None
            eb = lk.positions.get((b.doc_id, row["dimension"], side)) if pt else None
            where = f" [{_ref(b.doc_id, eb['sentence_id'])}]" if eb else ""
            dim = lk.dimensions[row["dimension"]]
            step = f"{_said(dim, pf, ea)}{_by(ea)} → {_said(dim, pt, eb)}{_by(eb)}"
            parts.append(f"{_side_label(side)}: {step}{where}")
    return parts


def _said(dim: Dimension, position: str | None, row: _TableRow | None = None) -> str:
    """Name a position by its label, after the side's act when the row has one."""
    if not position:
        return "none"
    labels = {p.id: p.label for p in dim.positions if p.label}
    words = labels.get(position) or readable(position)
    act = None if row is None else row.get("act")
    return f"{act} {words}" if isinstance(act, str) and act else words


def _facet_words(facet_ids: list[str]) -> str:
    """Write facet ids in words: ``["air_defence", "map"]`` → "air defence, MAP"."""
    return ", ".join(readable(f, capital=False) for f in facet_ids)


def _expand_columns(sides: Sequence[str]) -> list[str]:
    cols: list[str] = []
    for col in CHANGE_COLUMNS:
        if "<side>" in col:
            continue
        cols.append(col)
        if col == "rank_delta":
            for side in sides:
                cols += [f"position_from_{side}", f"position_to_{side}", f"rank_delta_{side}"]
    return cols


def _finish(rows: list[dict[str, Any]], sides: Sequence[str]) -> pd.DataFrame:
    return _typed_changes(pd.DataFrame(rows, columns=_expand_columns(sides)), sides)


# The change table's list columns (each cell its own list once typed).
_LIST_COLUMNS = ("facets_added", "facets_dropped", "figures_from", "figures_to")


def _typed_changes(frame: pd.DataFrame, sides: Sequence[str]) -> pd.DataFrame:
    """Give the change table its nullable integers and public column types."""
    int_cols = ["rank_from", "rank_to", "rank_delta"] + [f"rank_delta_{s}" for s in sides]
    for col in int_cols:
        frame[col] = frame[col].astype("Int64")
    return public_table(frame, lists=_LIST_COLUMNS)


def changes_table(
    corpus: Corpus,
    dimensions: Dimensions,
    *,
    timeline: pd.DataFrame,
    positions: pd.DataFrame,
    mentions: pd.DataFrame,
    facets: pd.DataFrame,
    figures: pd.DataFrame,
) -> pd.DataFrame:
    """Build the change table: one row per dimension × consecutive pair of documents.

    Parameters
    ----------
    corpus : Corpus
        The documents in date order.
    dimensions : Dimensions
        The dimensions tracked.
    timeline, positions, mentions, facets, figures : pandas.DataFrame
        The tables of the same names (see :class:`nato_diff.Tracking`).

    Returns
    -------
    pandas.DataFrame
        Columns:

        - ``dimension, from_doc, to_doc, from_date, to_date``: the pair (dates as
          ``datetime64[ns]``);
        - ``n_mentions_from, n_mentions_to, salience_from, salience_to, salience_delta``;
        - ``position_from, position_to, rank_from, rank_to, rank_delta``: the highest position
          in each document, any side (``rank_delta`` empty unless both have one);
        - ``position_from_<side>, position_to_<side>, rank_delta_<side>`` for ``ukraine``,
          ``nato`` and any other side that takes a position somewhere;
        - ``evidence_from, evidence_to``: ``doc_id#sentence_id`` of the overall positions;
        - ``similarity``: word-level difflib ratio of the two dimension passages: 1.0 when
          neither document mentions the dimension, 0.0 when only one does;
        - ``n_equal, n_added, n_dropped, n_reworded``: the sentence alignment;
        - ``facets_added, facets_dropped``: lists of facet ids (``"; "``-joined in CSV);
        - ``figures_from, figures_to``: lists of the money figures, short ("more than €150 bn
          (total)");
        - ``summary``: the row in plain language, naming its evidence.
    """
    sentence_ids = doc_index(_rows(mentions, ["doc_id", "dimension", "sentence_id"]), int)
    facet_ids = doc_index(_rows(facets, ["doc_id", "dimension", "facet"]), str)
    money = _money_texts(figures)
    sides = change_sides(positions["side"].dropna())
    docs = list(corpus)
    columns = _expand_columns(sides)
    # the rows' values are kept column by column, not as a dict per row (a fifth of the
    # memory for its forty-odd columns), and typed a column at a time; the timeline and
    # positions rows are indexed one dimension at a time
    cells: list[list[Any]] = [[] for _ in columns]
    for dim_id in dimensions:
        lookups = _indexed(
            dimensions,
            timeline=timeline[timeline["dimension"] == dim_id],
            positions=positions[positions["dimension"] == dim_id],
            sentence_ids=sentence_ids,
            facet_ids=facet_ids,
            money=money,
            sides=sides,
        )
        for a, b in pairwise(docs):
            row = _change_row(lookups, dim_id, a, b)
            for values, column in zip(cells, columns, strict=True):
                values.append(row[column])
        del lookups
    return _typed_changes(column_frame(columns, cells), sides)


def change_chunks(
    corpus: Corpus,
    dimensions: Dimensions,
    *,
    timeline: pd.DataFrame,
    positions: pd.DataFrame,
    sentence_ids: dict[tuple[str, str], list[int]],
    facet_ids: dict[tuple[str, str], list[str]],
    figures: pd.DataFrame,
    chunk: int = 2000,
    restore: Callable[[Document], Document] | None = None,
) -> Iterator[pd.DataFrame]:
    """Build the change table piece by piece: its rows in order, ``chunk`` pairs at a time.

    The pieces, one after another, hold the rows of :func:`changes_table` (dimension by
    dimension, then pair by pair); only the timeline and positions rows of a piece's
    documents are indexed at a time, so a run of many documents never holds every row of
    the change table, or every timeline and positions row as a dict, at once. A piece's
    column types are inferred from its own rows (a text column no row fills is ``object``).

    Parameters
    ----------
    corpus : Corpus
        The documents in date order.
    dimensions : Dimensions
        The dimensions tracked.
    timeline, positions, figures : pandas.DataFrame
        The tables of the same names, in corpus order.
    sentence_ids, facet_ids : dict
        The mentions' sentence ids and the facet ids named, by (document, dimension)
        (:func:`doc_index`).
    chunk : int, optional
        Pairs of documents per piece.
    restore : callable, optional
        Gives a piece's documents their sentences back, when the corpus keeps them apart.

    Yields
    ------
    pandas.DataFrame
        A piece of the change table (never empty).
    """
    docs = list(corpus)
    money = _money_texts(figures)
    sides = change_sides(positions["side"].dropna())
    for dim_id in dimensions:
        dim_timeline = timeline[timeline["dimension"] == dim_id]
        dim_positions = positions[positions["dimension"] == dim_id]
        for start in range(0, len(docs) - 1, chunk):
            part = docs[start : start + chunk + 1]
            if restore is not None:
                part = [restore(d) for d in part]
            ids = {d.doc_id for d in part}
            lookups = _indexed(
                dimensions,
                timeline=dim_timeline[dim_timeline["doc_id"].isin(ids)],
                positions=dim_positions[dim_positions["doc_id"].isin(ids)],
                sentence_ids=sentence_ids,
                facet_ids=facet_ids,
                money=money,
                sides=sides,
            )
            yield _finish([_change_row(lookups, dim_id, a, b) for a, b in pairwise(part)], sides)


def compare(tracking: Tracking, a: str, b: str) -> pd.DataFrame:
    """Compare any two documents of a tracking, one row per dimension.

    Parameters
    ----------
    tracking : Tracking
        The result of :func:`nato_diff.track`.
    a, b : str
        Document ids or ISO dates (``a`` is the "from" side).

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`changes_table`.

    Examples
    --------
    >>> from nato_diff import load_seeds, track
    >>> t = track(load_seeds())
    >>> row = compare(t, "2021-02-25", "2024-04-29").set_index("dimension").loc["membership_path"]
    >>> bool(row["rank_delta"] > 0)
    True
    """
    lookups = _lookups(
        tracking.dimensions,
        timeline=tracking.timeline,
        positions=tracking.positions,
        mentions=tracking.mentions,
        facets=tracking.facets,
        figures=tracking.figures,
    )
    doc_a, doc_b = tracking.corpus.find(a), tracking.corpus.find(b)
    rows = [_change_row(lookups, dim_id, doc_a, doc_b) for dim_id in tracking.dimensions]
    return _finish(rows, lookups.sides)
