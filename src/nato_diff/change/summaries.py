"""Series summaries: what happens to each dimension over the whole series, in a paragraph."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pandas as pd

from ..corpus import Corpus
from ..dimensions import Dimensions
from ._text import _records, _ref, _side_label
from .changes import SIDES
from .columns import day_text, public_table
from .figure_series import figure_series
from .words import readable

__all__ = ["SUMMARY_COLUMNS", "series_summaries"]

#: Columns of the series summaries table.
SUMMARY_COLUMNS: tuple[str, ...] = ("dimension", "label", "aspect", "summary", "evidence")


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
        ``"position:<side>"``, ``"figures"``), ``summary`` and ``evidence`` (a list of the
        document ids or ``doc_id#sentence_id`` references the summary rests on; ``"; "``-joined
        in CSV).
    """
    rows: list[dict[str, Any]] = []
    for dim_id, dim in dimensions.items():
        tl = timeline[timeline["dimension"] == dim_id]
        text, evidence = _salience_summary(dim.label, tl)
        rows.append(_summary_row(dim_id, dim.label, "salience", text, evidence))
        labels = {p.id: p.label or readable(p.id, capital=False) for p in dim.positions}
        rows += _position_rows(
            dim_id, dim.label, positions[positions["dimension"] == dim_id], labels
        )
        dim_figures = figures[figures["dimension"] == dim_id]
        if not dim_figures.empty:
            series = figure_series(dim_figures, kind="money")
            rows += _figure_rows(dim_id, dim.label, series)
    return public_table(pd.DataFrame(rows, columns=list(SUMMARY_COLUMNS)))


def _summary_row(
    dim_id: str, label: str, aspect: str, summary: str, evidence: list[str]
) -> dict[str, Any]:
    return {
        "dimension": dim_id,
        "label": label,
        "aspect": aspect,
        "summary": summary,
        "evidence": list(evidence),
    }


def _doc_labels(rows: pd.DataFrame) -> list[str]:
    """Name documents by date, adding the id where two documents share a date."""
    dates = [day_text(d) for d in rows["date"]]
    ids = [str(i) for i in rows["doc_id"]]
    per_date = Counter(dates)
    return [d if per_date[d] == 1 else f"{d} ({i})" for d, i in zip(dates, ids, strict=True)]


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


def _position_steps(rows: pd.DataFrame, labels: dict[str, str]) -> tuple[str, list[str]]:
    """Say a side's positions as acts on rungs: "seeks a MAP (2021-02-25) → seeks …"."""
    steps: list[str] = []
    evidence: list[str] = []
    previous = None
    for r in _records(rows):
        act = r.get("act")
        key = (act, r["position"], bool(r.get("contested")))
        if key == previous:
            continue
        words = labels.get(str(r["position"]), str(r["position"]))
        said = f"{act} {words}" if isinstance(act, str) else words
        if r.get("contested"):
            said += " (contested: it also rejects it)"
        steps.append(f"{said} ({day_text(r['date'])})")
        evidence.append(_ref(str(r["doc_id"]), r["sentence_id"]))
        previous = key
    return " → ".join(steps), evidence


def _position_rows(
    dim_id: str, label: str, pos: pd.DataFrame, labels: dict[str, str]
) -> list[dict[str, Any]]:
    """One row per side: the steps of its position, :data:`SIDES` first."""
    rows: list[dict[str, Any]] = []
    for side in sorted(
        set(pos["side"]),
        key=lambda s: (s not in SIDES, SIDES.index(s) if s in SIDES else 0, s),
    ):
        steps, evidence = _position_steps(pos[pos["side"] == side], labels)
        summary = f"{label}, {_side_label(side)}: {steps}."
        rows.append(_summary_row(dim_id, label, f"position:{side}", summary, evidence))
    return rows


def _figure_rows(dim_id: str, label: str, series: pd.DataFrame) -> list[dict[str, Any]]:
    """Return the row on money figures, if any figure links to an earlier one; else none."""
    linked = series[series["prev_doc_id"].notna()] if not series.empty else series
    if linked.empty:
        return []
    labels = [str(x) for x in linked["label"]]
    refs = []
    for r in _records(linked):
        refs.append(_ref(str(r["prev_doc_id"]), r["prev_sentence_id"]))
        refs.append(_ref(str(r["doc_id"]), r["sentence_id"]))
    refs = list(dict.fromkeys(refs))
    summary = f"{label}, money figures: " + "; ".join(labels) + "."
    return [_summary_row(dim_id, label, "figures", summary, refs)]
