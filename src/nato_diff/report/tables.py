"""The report's tables: changes, versions of one text, figures, as an analyst reads them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pandas as pd

from nato_diff.change import items, sentence_ratio
from nato_diff.plotting import (
    readable,
)
from nato_diff.tracking import Tracking

from .format import _amount, _closed_quote, _percent

#: Whole-text similarity above which two documents are versions of one text (a revised
#: communiqué, an edited page): different statements measure at most 0.77 and revisions at
#: least 0.83 in benchmarks/version_bench.py.
_VERSION_SIMILARITY = 0.80


def _words(value: Any) -> str:
    """Write a list of ids as words: ["map", "partnership"] → "MAP, Partnership"."""
    return ", ".join(readable(v) for v in items(value))


def _step(before: Any, after: Any, write: Callable[[Any], str]) -> str:
    """Write "before → after", one value when unchanged, "" when neither is known."""
    a, b = write(before), write(after)
    if a == b:
        return a
    return f"{a or '–'} → {b or '–'}"


def _position_word(value: Any) -> str:
    return readable(value) if isinstance(value, str) and value else ""


def _change_table(changes: pd.DataFrame, dim: Any) -> pd.DataFrame:
    """From, to, salience, position, facets and figures of each consecutive pair."""
    rows = {
        "From": list(changes["from_date"]),
        "To": list(changes["to_date"]),
        "Salience": [
            _step(a, b, _percent)
            for a, b in zip(changes["salience_from"], changes["salience_to"], strict=True)
        ],
    }
    if dim.positions:
        rows["Position"] = [
            _step(a, b, _position_word)
            for a, b in zip(changes["position_from"], changes["position_to"], strict=True)
        ]
    rows["Facets added"] = [_words(v) for v in changes["facets_added"]]
    rows["Facets dropped"] = [_words(v) for v in changes["facets_dropped"]]
    rows["Figures"] = [
        _step(a, b, lambda v: "; ".join(items(v)))
        for a, b in zip(changes["figures_from"], changes["figures_to"], strict=True)
    ]
    table: pd.DataFrame = pd.DataFrame(rows)
    return table


def _is_version(tracking: Tracking, from_doc: str, to_doc: str) -> bool:
    """Tell whether two documents are versions of one text.

    They are when they share a URL, or a source and a title, or their whole texts have a
    similarity of at least :data:`_VERSION_SIMILARITY`.
    """
    a, b = tracking.corpus[from_doc], tracking.corpus[to_doc]
    if a.url and a.url == b.url:
        return True
    if a.source and a.title and (a.source, a.title) == (b.source, b.title):
        return True
    shorter, longer = sorted((len(a.text), len(b.text)))
    if shorter < 0.5 * longer:  # too different in length to reach the threshold
        return False
    return sentence_ratio(a.text, b.text) >= _VERSION_SIMILARITY


#: The sentence counts of a change summary: "; 3 added, 13 dropped (similarity 0.06)".
_PASSAGE_COUNTS = re.compile(
    r"; (\d+ (added|dropped|reworded|unchanged)(, )?)+ \(similarity [\d.]+\)"
)


def _change_summaries(tracking: Tracking, changes: pd.DataFrame) -> tuple[str, ...]:
    """Return the change summaries, without sentence counts unless the pair are versions."""
    return tuple(
        str(summary)
        if _is_version(tracking, str(a), str(b))
        else _PASSAGE_COUNTS.sub("", str(summary))
        for summary, a, b in zip(
            changes["summary"], changes["from_doc"], changes["to_doc"], strict=True
        )
    )


def _version_table(tracking: Tracking, changes: pd.DataFrame) -> pd.DataFrame:
    """Passage changes (added, dropped, reworded, similarity) between versions of one text."""
    mask = [
        _is_version(tracking, str(a), str(b))
        for a, b in zip(changes["from_doc"], changes["to_doc"], strict=True)
    ]
    pairs = changes.loc[mask]
    table: pd.DataFrame = pd.DataFrame(
        {
            "From": list(pairs["from_date"]),
            "To": list(pairs["to_date"]),
            "Sentences added": list(pairs["n_added"]),
            "Dropped": list(pairs["n_dropped"]),
            "Reworded": list(pairs["n_reworded"]),
            "Similarity": [f"{v:.2f}" for v in pairs["similarity"]],
        }
    )
    return table


def _figure_table(figures: pd.DataFrame) -> pd.DataFrame:
    """Each figure as a reader says it, with its scope, donor, sentence and evidence."""
    table: pd.DataFrame = pd.DataFrame(
        {
            "Date": list(figures["date"]),
            "Amount": [
                _amount(v, h, c if k == "money" else u, b)
                for v, h, c, u, b, k in zip(
                    figures["value"],
                    figures["value_high"],
                    figures["currency"],
                    figures["unit"],
                    figures["bound"],
                    figures["kind"],
                    strict=True,
                )
            ],
            "Scope": [readable(v) if isinstance(v, str) else "" for v in figures["scope"]],
            "Donor": [str(v) if isinstance(v, str) else "" for v in figures["donor"]],
            "As written": [_closed_quote(str(t)) for t in figures["text"]],
            "Evidence": [
                f"{d}#{int(i)}"
                for d, i in zip(figures["doc_id"], figures["sentence_id"], strict=True)
            ],
        }
    )
    return table


def _notable(changes: pd.DataFrame, *, most: int = 30) -> pd.DataFrame:
    """Every change when there are few; else the ``most`` largest, in date order.

    A change's size is its move on the ladder (one rung counts as much as 10 points of
    salience) plus its move in salience.
    """
    if len(changes) <= most:
        return changes
    rungs = pd.to_numeric(changes["rank_delta"], errors="coerce").abs().fillna(0)
    share = pd.to_numeric(changes["salience_delta"], errors="coerce").abs().fillna(0)
    size = rungs * 0.1 + share
    keep = size.sort_values(ascending=False, kind="mergesort").index[:most]
    largest: pd.DataFrame = changes.loc[changes.index.isin(keep)]
    return largest
