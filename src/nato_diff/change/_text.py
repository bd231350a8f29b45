"""Wording shared by the change tables: evidence references, side names, shares and counts."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence
from typing import Any, cast

import pandas as pd


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Return the rows of ``frame`` as dicts."""
    return cast(list[dict[str, Any]], frame.to_dict("records"))


def _rows(frame: pd.DataFrame, columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Yield the rows of some columns as tuples (the values :func:`_records` gives, faster)."""
    return zip(*(frame[c].tolist() for c in columns), strict=True)


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _ref(doc_id: str, sentence_id: Any) -> str:
    return f"{doc_id}#{int(sentence_id)}"


def _evidence_note(ev_from: str | None, ev_to: str | None) -> str:
    refs = [r for r in (ev_from, ev_to) if r]
    return f" [{', '.join(refs)}]" if refs else ""


def _side_label(side: str) -> str:
    return {"nato": "NATO side", "ukraine": "Ukraine's side"}.get(side, f"{side} side")


def _by(position: Mapping[Hashable, Any] | None) -> str:
    """Name who takes a position, when a side's position has a named speaker."""
    speaker = None if position is None else position.get("speaker")
    return f" ({speaker})" if isinstance(speaker, str) and speaker else ""
