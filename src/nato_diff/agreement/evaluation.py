"""Scoring a tracking against a hand-coded gold table.

Measures (one row each in :attr:`Evaluation.scores`):

- ``mention``: does the library find the sentences that are about each dimension? Units are
  (document, sentence, dimension); gold positives are rows with ``mentioned = yes``; every
  other sentence of a gold document is a negative.
- ``side``, ``act``, ``rung``: for the gold claims whose sentence the library also took as a
  mention, each gold claim is paired with the library's claim on the same sentence and
  dimension that agrees with it most. Precision, recall and F1 compare the sets of
  (sentence, dimension, value); ``accuracy`` is the share of paired claims with the same value;
  ``kappa`` (rung only) is Cohen's kappa over the pairs of the dimensions with a ladder.
- ``position``: each side's position per document and dimension, derived by the same rules
  from the gold claims and from the library's (:mod:`nato_diff.tracking.positions`); accuracy
  is the share of gold positions the library gives with the same act and rung.
- ``direction``: each side's movement from one of its gold positions to the next, in date
  order (up, down or the same rung; :mod:`.direction`); accuracy is the share of those steps
  the library's positions take the same way.
"""

from __future__ import annotations

import os
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import pandas as pd

from ..corpus import Corpus
from ..dimensions import Dimensions
from ..tracking import position_rows
from .align import align_sentences, best_pairs
from .direction import direction_steps
from .gold import read_gold
from .scores import cohen_kappa, prf

__all__ = ["SCORE_COLUMNS", "Evaluation", "evaluate"]

#: Columns of :attr:`Evaluation.scores`.
SCORE_COLUMNS: tuple[str, ...] = (
    "measure",
    "n_gold",
    "n_predicted",
    "n_paired",
    "precision",
    "recall",
    "f1",
    "accuracy",
    "kappa",
)
_FIELDS = ("side", "act", "rung")


class _Tracked(Protocol):
    @property
    def corpus(self) -> Corpus: ...
    @property
    def dimensions(self) -> Dimensions: ...
    @property
    def mentions(self) -> pd.DataFrame: ...
    @property
    def claims(self) -> pd.DataFrame: ...


@dataclass(frozen=True)
class Evaluation:
    """How far a tracking agrees with a hand-coded table.

    Attributes
    ----------
    scores : pandas.DataFrame
        One row per measure: ``measure`` (``mention``, ``side``, ``act``, ``rung``,
        ``position``, ``direction``), ``n_gold``, ``n_predicted``, ``n_paired``,
        ``precision``, ``recall``, ``f1``, ``accuracy`` (0–1; NaN where it does not apply)
        and ``kappa`` (rung only).
    disagreements : pandas.DataFrame
        One row per disagreement: ``doc_id, sentence_id, sentence, dimension, field``
        (``mention``, ``side``, ``act``, ``rung``, ``position:<side>``, ``direction:<side>``
        (its ``doc_id`` the step's later document, its ``sentence`` "from" the earlier one),
        ``sentence`` for a gold sentence not found), ``gold``, ``predicted``.
    """

    scores: pd.DataFrame
    disagreements: pd.DataFrame

    def to_text(self) -> str:
        """Return the scores as a plain-text table.

        Returns
        -------
        str
            The table, numbers rounded to two decimals.
        """
        text: str = self.scores.round(2).to_string(index=False)
        return text


def _norm(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _score_row(measure: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(SCORE_COLUMNS, float("nan"))
    row["measure"] = measure
    row.update(values)
    return row


def _pair(gold_claims: pd.DataFrame, predicted: pd.DataFrame) -> list[tuple[Any, Any]]:
    """Pair gold and predicted claims on the same sentence, most agreeing pairs first."""
    by_unit: dict[tuple[str, int, str], list[Mapping[str, Any]]] = {}
    row: dict[str, Any]
    for row in predicted.to_dict("records"):  # type: ignore[assignment]
        by_unit.setdefault((row["doc_id"], row["sentence_id"], row["dimension"]), []).append(row)
    gold_by_unit: dict[tuple[str, int, str], list[Mapping[str, Any]]] = {}
    for row in gold_claims.to_dict("records"):  # type: ignore[assignment]
        gold_by_unit.setdefault((row["doc_id"], row["sentence_id"], row["dimension"]), []).append(
            row
        )
    return [
        pair
        for unit, golds in gold_by_unit.items()
        for pair in best_pairs(golds, by_unit.get(unit, []), _FIELDS, norm=_norm)
    ]


def _mention_scores(
    gold: pd.DataFrame, mentions: pd.DataFrame, rows: list[dict[str, Any]]
) -> dict[str, Any]:
    docs = set(gold["doc_id"])
    mentions_text = dict(
        zip(
            zip(mentions["doc_id"], mentions["sentence_id"], strict=True),
            mentions["sentence"],
            strict=True,
        )
    )
    predicted = {
        (d, int(s), m)
        for d, s, m in zip(
            mentions["doc_id"], mentions["sentence_id"], mentions["dimension"], strict=True
        )
        if d in docs
    }
    yes = gold[gold["mentioned"] == "yes"]
    truth = {
        (d, int(s), m)
        for d, s, m in zip(yes["doc_id"], yes["sentence_id"], yes["dimension"], strict=True)
    }
    p, r, f = prf(predicted, truth)
    text = dict(
        zip(zip(gold["doc_id"], gold["sentence_id"], strict=True), gold["sentence"], strict=True)
    )
    for unit in sorted(truth ^ predicted):
        rows.append(
            {
                "doc_id": unit[0],
                "sentence_id": unit[1],
                "sentence": text.get((unit[0], unit[1]), "")
                or str(mentions_text.get((unit[0], unit[1]), "")),
                "dimension": unit[2],
                "field": "mention",
                "gold": "yes" if unit in truth else "no",
                "predicted": "yes" if unit in predicted else "no",
            }
        )
    return _score_row(
        "mention", n_gold=len(truth), n_predicted=len(predicted), precision=p, recall=r, f1=f
    )


def _field_scores(
    field: str,
    gold_claims: pd.DataFrame,
    predicted: pd.DataFrame,
    pairs: list[tuple[Any, Any]],
    ladders: set[str],
    rows: list[dict[str, Any]],
) -> dict[str, Any]:
    coded = gold_claims[gold_claims[field] != ""] if field == "rung" else gold_claims

    def keys(frame: pd.DataFrame) -> set[Hashable]:
        return {
            (d, int(s), m, _norm(v))
            for d, s, m, v in zip(
                frame["doc_id"],
                frame["sentence_id"],
                frame["dimension"],
                frame[field],
                strict=True,
            )
            if field != "rung" or _norm(v)
        }

    p, r, f = prf(keys(predicted), keys(coded))
    n_predicted = len(keys(predicted))
    used = [(g, q) for g, q in pairs if field != "rung" or g["dimension"] in ladders]
    same = [g[field] == _norm(q[field]) for g, q in used]
    for (g, q), ok in zip(used, same, strict=True):
        if not ok:
            rows.append(
                {
                    "doc_id": g["doc_id"],
                    "sentence_id": g["sentence_id"],
                    "sentence": g["sentence"],
                    "dimension": g["dimension"],
                    "field": field,
                    "gold": g[field],
                    "predicted": _norm(q[field]),
                }
            )
    kappa = (
        cohen_kappa([g[field] for g, _ in used], [_norm(q[field]) for _, q in used])
        if field == "rung"
        else float("nan")
    )
    return _score_row(
        field,
        n_gold=len(coded),
        n_predicted=n_predicted,
        n_paired=len(used),
        precision=p,
        recall=r,
        f1=f,
        accuracy=sum(same) / len(used) if used else float("nan"),
        kappa=kappa,
    )


def _gold_claim_rows(
    gold_claims: pd.DataFrame, corpus: Corpus, dims: Dimensions
) -> Iterable[dict[str, Any]]:
    g: dict[str, Any]
    for g in gold_claims.to_dict("records"):  # type: ignore[assignment]
        dim = dims.get(g["dimension"])
        ranks = {p.id: p.rank for p in dim.positions} if dim is not None else {}
        doc = corpus[g["doc_id"]]
        yield {
            **g,
            "date": doc.date,
            "rung": g["rung"] or None,
            "rung_rank": ranks.get(g["rung"]),
            "side": g["side"] or None,
            "polarity": g["polarity"] or "affirmed",
            "modality": g["modality"] or "firm",
            "target": g["target"] or "ukraine",
            "n_figures": 0,
        }


def _position_scores(
    gold_claims: pd.DataFrame, tracking: _Tracked, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    order = {doc_id: i for i, doc_id in enumerate(tracking.corpus.doc_ids)}
    docs = set(gold_claims["doc_id"])
    truth_rows = {
        (r["doc_id"], r["dimension"], r["side"]): r
        for r in position_rows(
            _gold_claim_rows(gold_claims, tracking.corpus, tracking.dimensions), order
        )
    }
    claims = tracking.claims[tracking.claims["doc_id"].isin(docs)]
    found_rows = {
        (r["doc_id"], r["dimension"], r["side"]): r
        for r in position_rows(claims.to_dict("records"), order)
    }
    truth = {k: (r["act"], r["position"], r["sentence"]) for k, r in truth_rows.items()}
    found = {k: (r["act"], r["position"], r["sentence"]) for k, r in found_rows.items()}
    ranks = (
        {k: r["position_rank"] for k, r in truth_rows.items()},
        {k: r["position_rank"] for k, r in found_rows.items()},
    )
    hits = 0
    for key in sorted(set(truth) | set(found)):
        g, q = truth.get(key), found.get(key)
        if g is not None and q is not None and g[:2] == q[:2]:
            hits += 1
            continue
        rows.append(
            {
                "doc_id": key[0],
                "sentence_id": pd.NA,
                "sentence": (q or g or ("", "", ""))[2],
                "dimension": key[1],
                "field": f"position:{key[2]}",
                "gold": " ".join(g[:2]) if g else "",
                "predicted": " ".join(q[:2]) if q else "",
            }
        )
    p = hits / len(found) if found else float("nan")
    r = hits / len(truth) if truth else float("nan")
    f = 2 * p * r / (p + r) if p + r else 0.0
    position = _score_row(
        "position",
        n_gold=len(truth),
        n_predicted=len(found),
        n_paired=hits,
        precision=p,
        recall=r,
        f1=f,
        accuracy=r,
    )
    return [position, _direction_scores(ranks, order, rows)]


def _direction_scores(
    ranks: tuple[dict[Any, Any], dict[Any, Any]],
    order: Mapping[str, int],
    rows: list[dict[str, Any]],
) -> dict[str, Any]:
    steps = direction_steps(ranks[0], ranks[1], order)
    right = [s for s in steps if s["gold"] == s["predicted"]]
    for s in steps:
        if s["gold"] != s["predicted"]:
            rows.append(
                {
                    "doc_id": s["doc_to"],
                    "sentence_id": pd.NA,
                    "sentence": f"from {s['doc_from']}",
                    "dimension": s["dimension"],
                    "field": f"direction:{s['side']}",
                    "gold": s["gold"],
                    "predicted": s["predicted"],
                }
            )
    judged = [s for s in steps if s["predicted"]]
    return _score_row(
        "direction",
        n_gold=len(steps),
        n_predicted=len(judged),
        n_paired=len(right),
        precision=len(right) / len(judged) if judged else float("nan"),
        recall=len(right) / len(steps) if steps else float("nan"),
        accuracy=len(right) / len(steps) if steps else float("nan"),
    )


def evaluate(tracking: _Tracked, gold: pd.DataFrame | str | os.PathLike[str]) -> Evaluation:
    """Score a tracking against a hand-coded gold table.

    Parameters
    ----------
    tracking : Tracking
        The result of :func:`nato_diff.track` on (at least) the gold table's documents.
    gold : pandas.DataFrame or path
        The hand coding: one row per claim (see :func:`nato_diff.agreement.read_gold`).

    Returns
    -------
    Evaluation
        The scores and the rows that disagree.

    Raises
    ------
    GoldError
        When the gold table is malformed or names a document the tracking does not have.
    """
    from .gold import GoldError

    table = read_gold(gold)
    unknown = sorted(set(table["doc_id"]) - set(tracking.corpus.doc_ids))
    if unknown:
        raise GoldError(
            f"the gold table names documents the tracking does not have: {', '.join(unknown[:5])}"
            " — track the folder the gold table was coded on"
        )
    dims = set(tracking.dimensions)
    strange = table[~table["dimension"].isin(dims)]
    if len(strange):
        first = strange.iloc[0]
        raise GoldError(
            f"gold row {int(first['row'])}: unknown dimension {first['dimension']!r}"
            f" — the tracking has {', '.join(sorted(dims))}"
        )
    sentences = {d: tracking.corpus[d].sentences for d in set(table["doc_id"])}
    table["sentence_id"] = align_sentences(table, sentences)
    rows: list[dict[str, Any]] = []
    for g in table[table["sentence_id"].isna()].to_dict("records"):
        rows.append(
            {
                **{k: g[k] for k in ("doc_id", "sentence", "dimension")},
                "sentence_id": pd.NA,
                "field": "sentence",
                "gold": "found",
                "predicted": "not found",
            }
        )
    table = table[table["sentence_id"].notna()]
    ladders = {d for d, dim in tracking.dimensions.items() if dim.positions}
    claims = tracking.claims[tracking.claims["doc_id"].isin(set(table["doc_id"]))]
    gold_claims = table[(table["mentioned"] == "yes") & (table["act"] != "")]
    pairs = _pair(gold_claims, claims)
    scores = [_mention_scores(table, tracking.mentions, rows)]
    scores += [_field_scores(f, gold_claims, claims, pairs, ladders, rows) for f in _FIELDS]
    scores += _position_scores(gold_claims, tracking, rows)
    disagreements = pd.DataFrame(
        rows,
        columns=["doc_id", "sentence_id", "sentence", "dimension", "field", "gold", "predicted"],
    )
    return Evaluation(pd.DataFrame(scores, columns=list(SCORE_COLUMNS)), disagreements)
