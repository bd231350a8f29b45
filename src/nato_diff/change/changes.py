"""Change stage: how each dimension moves from one document to the next.

* :func:`diff` compares two documents, or only the sentences of one dimension in each;
* :func:`changes_table` gives one row per dimension × consecutive pair of documents
  (salience, positions overall and per side, passage similarity, facets and figures that
  appear or vanish, and a plain-language summary with its evidence);
* :func:`compare` does the same for any two documents of a :class:`~nato_diff.Tracking`;
* :func:`series_summaries` says in one paragraph per dimension what happens over the series;
* :func:`lifecycle_table` tells when each facet, term and position enters and leaves the record.

Every summary is generated from the table rows it sits beside and names its evidence as
``doc_id#sentence_id``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping, Sequence
from itertools import pairwise
from typing import Any, Protocol, cast

import pandas as pd

from ..corpus import Corpus, Document
from ..dimensions import Dimensions, load_dimensions
from ..extract import describe_figure, join_values
from .figure_series import figure_series
from .similarity import DEFAULT_THRESHOLD, PassageDiff, diff_sentences


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
    "LIFECYCLE_COLUMNS",
    "SIDES",
    "SUMMARY_COLUMNS",
    "changes_table",
    "compare",
    "diff",
    "lifecycle_table",
    "series_summaries",
]

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

#: Columns of the series summaries table.
SUMMARY_COLUMNS: tuple[str, ...] = ("dimension", "label", "aspect", "summary", "evidence")

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
    ``reworded``; see :func:`nato_diff.similarity.diff_sentences`.

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
            raise KeyError(f"unknown dimension {dimension!r}; known: {', '.join(dims)}")
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


# ---------------------------------------------------------------------------------------------
# Change rows
# ---------------------------------------------------------------------------------------------


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Return the rows of ``frame`` as dicts."""
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def _none(value: Any) -> Any:
    """Map pandas' missing markers (NaN, NA, NaT) to None."""
    try:
        return None if pd.isna(value) else value
    except (TypeError, ValueError):  # lists and other non-scalars are not missing
        return value


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _ref(doc_id: str, sentence_id: Any) -> str:
    return f"{doc_id}#{int(sentence_id)}"


def _money_texts(figures: pd.DataFrame) -> dict[tuple[str, str], str]:
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
        scope = f" ({row['scope']})" if isinstance(row["scope"], str) and row["scope"] else ""
        parts.setdefault((str(row["doc_id"]), str(row["dimension"])), []).append(text + scope)
    return {key: join_values(texts) for key, texts in parts.items()}


class _Series:
    """Lookups over the tracking tables, shared by the change rows and summaries."""

    def __init__(
        self,
        corpus: Corpus,
        dimensions: Dimensions,
        *,
        timeline: pd.DataFrame,
        positions: pd.DataFrame,
        mentions: pd.DataFrame,
        facets: pd.DataFrame,
        figures: pd.DataFrame,
    ) -> None:
        self.corpus = corpus
        self.dimensions = dimensions
        self.money = _money_texts(figures)
        self.timeline = {
            (str(r["doc_id"]), str(r["dimension"])): {k: _none(v) for k, v in r.items()}
            for r in timeline.to_dict("records")
        }
        self.positions = {
            (str(r["doc_id"]), str(r["dimension"]), str(r["side"])): {
                k: _none(v) for k, v in r.items()
            }
            for r in positions.to_dict("records")
        }
        self.sentence_ids: dict[tuple[str, str], list[int]] = {}
        for r in _records(mentions[["doc_id", "dimension", "sentence_id"]]):
            key = (str(r["doc_id"]), str(r["dimension"]))
            self.sentence_ids.setdefault(key, []).append(int(r["sentence_id"]))
        self.facets: dict[tuple[str, str], list[str]] = {}
        for r in _records(facets[["doc_id", "dimension", "facet"]]):
            self.facets.setdefault((str(r["doc_id"]), str(r["dimension"])), []).append(
                str(r["facet"])
            )
        extra = sorted(set(positions["side"].dropna()) - set(SIDES))
        self.sides: tuple[str, ...] = (*SIDES, *extra)

    def row(self, dimension: str, a: Document, b: Document) -> dict[str, Any]:
        ta, tb = self.timeline[(a.doc_id, dimension)], self.timeline[(b.doc_id, dimension)]
        ids_a = self.sentence_ids.get((a.doc_id, dimension), [])
        ids_b = self.sentence_ids.get((b.doc_id, dimension), [])
        passage = diff_sentences(
            [a.sentences[i] for i in ids_a],
            [b.sentences[i] for i in ids_b],
            a_ids=ids_a,
            b_ids=ids_b,
        )
        fa = self.facets.get((a.doc_id, dimension), [])
        fb = self.facets.get((b.doc_id, dimension), [])
        order = self.dimensions[dimension].facet_ids
        rank_a, rank_b = ta["position_rank"], tb["position_rank"]
        row: dict[str, Any] = {
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
        for side in self.sides:
            pa = self.positions.get((a.doc_id, dimension, side))
            pb = self.positions.get((b.doc_id, dimension, side))
            row[f"position_from_{side}"] = pa["position"] if pa else None
            row[f"position_to_{side}"] = pb["position"] if pb else None
            row[f"rank_delta_{side}"] = (
                int(pb["position_rank"]) - int(pa["position_rank"]) if pa and pb else None
            )
        row["evidence_from"] = (
            None if rank_a is None else _ref(a.doc_id, ta["position_sentence_id"])
        )
        row["evidence_to"] = None if rank_b is None else _ref(b.doc_id, tb["position_sentence_id"])
        row.update(
            {
                "similarity": passage.ratio,
                "n_equal": passage.n_equal,
                "n_added": passage.n_added,
                "n_dropped": passage.n_dropped,
                "n_reworded": passage.n_reworded,
                "facets_added": join_values([f for f in order if f in fb and f not in fa]),
                "facets_dropped": join_values([f for f in order if f in fa and f not in fb]),
                "figures_from": self.money.get((a.doc_id, dimension), ""),
                "figures_to": self.money.get((b.doc_id, dimension), ""),
            }
        )
        row["summary"] = self._summary(row, a, b, passage)
        return row

    def _summary(self, row: dict[str, Any], a: Document, b: Document, p: PassageDiff) -> str:
        label = self.dimensions[row["dimension"]].label
        head = f"{label}, {a.date.isoformat()} → {b.date.isoformat()}"
        na, nb = row["n_mentions_from"], row["n_mentions_to"]
        if na == 0 and nb == 0:
            return f"{head}: not mentioned in either document."
        parts = [
            f"salience {_pct(row['salience_from'])} → {_pct(row['salience_to'])} "
            f"({na} of {a.n_sentences} → {nb} of {b.n_sentences} sentences)"
        ]
        if na and not nb:
            parts.append("the one sentence dropped" if na == 1 else f"all {na} sentences dropped")
        elif nb and not na:
            parts.append(f"{_plural(nb, 'new sentence')}")
        else:
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
            parts.append(", ".join(counts) + f" (similarity {row['similarity']:.2f})")
        if row["position_from"] != row["position_to"] and (
            isinstance(row["position_from"], str) or isinstance(row["position_to"], str)
        ):
            parts.append(
                f"position {row['position_from'] or 'none'} → {row['position_to'] or 'none'}"
                + _evidence_note(row["evidence_from"], row["evidence_to"])
            )
        for side in self.sides:
            pf, pt = row[f"position_from_{side}"], row[f"position_to_{side}"]
            if pf != pt and (pf or pt):
                ea = self.positions.get((a.doc_id, row["dimension"], side)) if pf else None
                eb = self.positions.get((b.doc_id, row["dimension"], side)) if pt else None
                where = f" [{_ref(b.doc_id, eb['sentence_id'])}]" if eb else ""
                step = f"{pf or 'none'}{_by(ea)} → {pt or 'none'}{_by(eb)}"
                parts.append(f"{_side_label(side)}: {step}{where}")
        if row["facets_added"]:
            parts.append(f"new facets: {row['facets_added'].replace('; ', ', ')}")
        if row["facets_dropped"]:
            parts.append(f"facets gone: {row['facets_dropped'].replace('; ', ', ')}")
        if row["figures_from"] or row["figures_to"]:
            parts.append(
                f"figures: {row['figures_from'] or 'none'} → {row['figures_to'] or 'none'}"
            )
        return f"{head}: " + "; ".join(parts) + "."


def _by(position: Mapping[Hashable, Any] | None) -> str:
    """Name who takes a position, when a side's position has a named speaker."""
    speaker = None if position is None else position.get("speaker")
    return f" ({speaker})" if isinstance(speaker, str) and speaker else ""


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _evidence_note(ev_from: str | None, ev_to: str | None) -> str:
    refs = [r for r in (ev_from, ev_to) if r]
    return f" [{', '.join(refs)}]" if refs else ""


def _side_label(side: str) -> str:
    return {"nato": "NATO side", "ukraine": "Ukraine's side"}.get(side, f"{side} side")


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
    frame: pd.DataFrame = pd.DataFrame(rows, columns=_expand_columns(sides))
    int_cols = ["rank_from", "rank_to", "rank_delta"] + [f"rank_delta_{s}" for s in sides]
    for col in int_cols:
        frame[col] = frame[col].astype("Int64")
    return frame


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

        - ``dimension, from_doc, to_doc, from_date, to_date``: the pair;
        - ``n_mentions_from, n_mentions_to, salience_from, salience_to, salience_delta``;
        - ``position_from, position_to, rank_from, rank_to, rank_delta``: the highest position
          in each document, any side (``rank_delta`` empty unless both have one);
        - ``position_from_<side>, position_to_<side>, rank_delta_<side>`` for ``ukraine``,
          ``nato`` and any other side that takes a position somewhere;
        - ``evidence_from, evidence_to``: ``doc_id#sentence_id`` of the overall positions;
        - ``similarity``: word-level difflib ratio of the two dimension passages: 1.0 when
          neither document mentions the dimension, 0.0 when only one does;
        - ``n_equal, n_added, n_dropped, n_reworded``: the sentence alignment;
        - ``facets_added, facets_dropped``: ``"; "``-joined facet ids;
        - ``figures_from, figures_to``: the money figures, short ("more than €150 bn (total)");
        - ``summary``: the row in plain language, naming its evidence.
    """
    series = _Series(
        corpus,
        dimensions,
        timeline=timeline,
        positions=positions,
        mentions=mentions,
        facets=facets,
        figures=figures,
    )
    docs = list(corpus)
    rows = [series.row(dim_id, a, b) for dim_id in dimensions for a, b in pairwise(docs)]
    return _finish(rows, series.sides)


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
    >>> row["rank_delta"] > 0
    True
    """
    series = _Series(
        tracking.corpus,
        tracking.dimensions,
        timeline=tracking.timeline,
        positions=tracking.positions,
        mentions=tracking.mentions,
        facets=tracking.facets,
        figures=tracking.figures,
    )
    doc_a, doc_b = tracking.corpus.find(a), tracking.corpus.find(b)
    rows = [series.row(dim_id, doc_a, doc_b) for dim_id in tracking.dimensions]
    return _finish(rows, series.sides)


# ---------------------------------------------------------------------------------------------
# Series summaries
# ---------------------------------------------------------------------------------------------


def _doc_labels(rows: pd.DataFrame) -> list[str]:
    """Name documents by date, adding the id where two documents share a date."""
    dates = [d.isoformat() for d in rows["date"]]
    ids = [str(i) for i in rows["doc_id"]]
    return [d if dates.count(d) == 1 else f"{d} ({i})" for d, i in zip(dates, ids, strict=True)]


def _salience_summary(label: str, rows: pd.DataFrame) -> tuple[str, list[str]]:
    n_docs = len(rows)
    present = rows[rows["n_mentions"] > 0]
    if present.empty:
        return f"{label}: not mentioned in any of the {n_docs} documents.", []
    names = _doc_labels(rows)
    records = _records(rows)
    peak_i = max(range(n_docs), key=lambda i: float(records[i]["salience"]))  # first on ties
    peak = records[peak_i]
    peak_text = (
        f"most prominent on {names[peak_i]} ({int(peak['n_mentions'])} of "
        f"{int(peak['n_sentences'])} sentences)"
    )
    present_idx = [i for i, n in enumerate(rows["n_mentions"]) if n > 0]
    last = present_idx[-1]
    first = present_idx[0]
    parts = [peak_text]
    if len(present_idx) == n_docs:
        parts.append(f"mentioned in all {n_docs} documents")
    else:
        parts.append(f"mentioned in {len(present_idx)} of {n_docs} documents")
        if last < n_docs - 1:
            parts.append(f"absent from every document after {names[last]}")
        if first > 0:
            parts.append(f"first mentioned on {names[first]}")
        gaps = [names[i] for i in range(first, last) if i not in present_idx]
        if len(gaps) > 4:
            parts.append(f"absent from {len(gaps)} documents in between")
        elif gaps:
            parts.append(f"absent on {', '.join(gaps)}")
    evidence = [str(d) for d in present["doc_id"]]
    return f"{label}: " + ", ".join(parts) + ".", evidence


def _position_steps(rows: pd.DataFrame) -> tuple[str, list[str]]:
    steps: list[str] = []
    evidence: list[str] = []
    previous = None
    for r in _records(rows):
        if r["position"] == previous:
            continue
        steps.append(f"{r['position']} ({r['date'].isoformat()})")
        evidence.append(_ref(str(r["doc_id"]), r["sentence_id"]))
        previous = r["position"]
    return " → ".join(steps), evidence


def series_summaries(
    corpus: Corpus,
    dimensions: Dimensions,
    *,
    timeline: pd.DataFrame,
    positions: pd.DataFrame,
    figures: pd.DataFrame,
) -> pd.DataFrame:
    """Summarise each dimension over the whole series, in plain language.

    Parameters
    ----------
    corpus : Corpus
        The documents.
    dimensions : Dimensions
        The dimensions tracked.
    timeline, positions, figures : pandas.DataFrame
        The tables of the same names.

    Returns
    -------
    pandas.DataFrame
        One row per dimension and aspect: ``dimension, label``, ``aspect`` (``"salience"``,
        ``"position:<side>"``, ``"figures"``), ``summary`` and ``evidence`` (``"; "``-joined
        document ids or ``doc_id#sentence_id`` references the summary rests on).
    """
    rows: list[dict[str, Any]] = []
    for dim_id, dim in dimensions.items():
        tl = timeline[timeline["dimension"] == dim_id]
        text, evidence = _salience_summary(dim.label, tl)
        rows.append(
            {
                "dimension": dim_id,
                "label": dim.label,
                "aspect": "salience",
                "summary": text,
                "evidence": join_values(evidence),
            }
        )
        pos = positions[positions["dimension"] == dim_id]
        for side in sorted(
            set(pos["side"]),
            key=lambda s: (s not in SIDES, SIDES.index(s) if s in SIDES else 0, s),
        ):
            steps, evidence = _position_steps(pos[pos["side"] == side])
            rows.append(
                {
                    "dimension": dim_id,
                    "label": dim.label,
                    "aspect": f"position:{side}",
                    "summary": f"{dim.label}, {_side_label(side)}: {steps}.",
                    "evidence": join_values(evidence),
                }
            )
        dim_figures = figures[figures["dimension"] == dim_id]
        if not dim_figures.empty:
            series = figure_series(dim_figures, kind="money")
            linked = series[series["prev_doc_id"].notna()] if not series.empty else series
            if not linked.empty:
                labels = [str(x) for x in linked["label"]]
                refs = []
                for r in _records(linked):
                    refs.append(_ref(str(r["prev_doc_id"]), r["prev_sentence_id"]))
                    refs.append(_ref(str(r["doc_id"]), r["sentence_id"]))
                refs = list(dict.fromkeys(refs))
                rows.append(
                    {
                        "dimension": dim_id,
                        "label": dim.label,
                        "aspect": "figures",
                        "summary": f"{dim.label}, money figures: " + "; ".join(labels) + ".",
                        "evidence": join_values(refs),
                    }
                )
    out: pd.DataFrame = pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS))
    return out


# ---------------------------------------------------------------------------------------------
# Lifecycles
# ---------------------------------------------------------------------------------------------


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
        (dates), ``first_doc, last_doc``, ``n_docs``, ``docs`` (``"; "``-joined ids in date
        order) and ``evidence`` (``doc_id#sentence_id`` of the first sentence).
    """
    order = {doc.doc_id: i for i, doc in enumerate(corpus)}
    dates: dict[str, dt.date] = {doc.doc_id: doc.date for doc in corpus}
    seen: dict[tuple[str, str, str], dict[str, int]] = {}  # key -> doc -> first sentence id
    spelled: dict[tuple[str, str, str], dict[str, int]] = {}

    def note(dim_id: str, level: str, name: str, doc_id: str, sid: int) -> None:
        key = (dim_id, level, name)
        docs = seen.setdefault(key, {})
        docs[doc_id] = min(sid, docs.get(doc_id, sid))

    for r in _records(mentions):
        sid, dim_id, doc_id = int(r["sentence_id"]), str(r["dimension"]), str(r["doc_id"])
        for facet in filter(None, str(r["facets"]).split("; ")):
            note(dim_id, "facet", facet, doc_id, sid)
        for term in filter(None, str(r["terms"]).split("; ")):
            folded = " ".join(term.casefold().split())
            note(dim_id, "term", folded, doc_id, sid)
            forms = spelled.setdefault((dim_id, "term", folded), {})
            forms[term] = forms.get(term, 0) + 1
        if isinstance(r["position"], str):
            note(dim_id, "position", r["position"], doc_id, sid)
    dim_order = {d: i for i, d in enumerate(dimensions)}
    level_order = {"facet": 0, "position": 1, "term": 2}
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
                "docs": join_values(ids),
                "evidence": _ref(ids[0], docs[ids[0]]),
                "_sort": (dim_order.get(dim_id, 99), level_order[level], dates[ids[0]], shown),
            }
        )
    rows.sort(key=lambda r: r.pop("_sort"))
    out: pd.DataFrame = pd.DataFrame(rows, columns=list(LIFECYCLE_COLUMNS))
    return out
