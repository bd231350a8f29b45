"""Wording shared by the change tables: evidence references, side names, shares and counts."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping, Sequence
from typing import Any, cast

import numpy as np
import pandas as pd
from pandas.api.extensions import ExtensionDtype
from pandas.api.types import is_bool, is_float, is_integer


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Return the rows of ``frame`` as dicts: what ``frame.to_dict("records")`` gives, faster.

    Each column is read whole (``tolist()``); the cells of object and extension columns are
    made Python's own as ``to_dict`` makes them (:func:`_native`). A frame without columns,
    or whose column names repeat, goes through ``to_dict`` itself.
    """
    columns = list(frame.columns)
    if not columns or len(set(columns)) < len(columns):
        return cast(list[dict[str, Any]], frame.to_dict("records"))
    values = []
    for column in columns:
        series = frame[column]
        cells = series.tolist()
        dtype = series.dtype
        if dtype == np.dtype(object) or isinstance(dtype, ExtensionDtype):
            cells = [v if type(v) is str else _native(v) for v in cells]
        values.append(cells)
    return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]


def _native(value: Any) -> Any:
    """Return a cell as ``to_dict`` gives it: numpy scalars as Python's, ``NA`` as None."""
    if is_float(value):
        return float(value)
    if is_integer(value):
        return int(value)
    if is_bool(value):
        return bool(value)
    if isinstance(value, np.datetime64):
        return pd.Timestamp(value)
    if isinstance(value, np.timedelta64):
        return pd.Timedelta(value)
    if value is pd.NA:
        return None
    return value


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
