"""The input tables of the plots: required columns, dimensions, real dates, document order."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from nato_diff.errors import NatoDiffError, located

#: Column added by :func:`_with_dates`: the ``date`` column as datetime64.
_DATE_COL = "_ts"


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _check_columns(table: pd.DataFrame, required: Iterable[str], *, name: str) -> None:
    missing = [c for c in required if c not in table.columns]
    if missing:
        raise NatoDiffError(
            located(
                f"missing column(s) {', '.join(missing)}",
                entry=f"{name} table",
                hint=f"Pass the {name} table produced by the tracking step.",
            )
        )


def _check_dimension(table: pd.DataFrame, dimension: str, *, name: str) -> None:
    available = sorted(str(d) for d in table["dimension"].dropna().unique())
    if dimension not in available:
        raise NatoDiffError(
            located(
                f"no dimension {dimension!r}",
                entry=f"{name} table",
                hint=f"Available dimensions: {', '.join(available) or '(none)'}.",
            )
        )


def _with_dates(table: pd.DataFrame) -> pd.DataFrame:
    """Copy ``table`` with a datetime64 column for ``date`` (dates or datetimes), NaT dropped."""
    out = table.copy()
    stamps = pd.to_datetime(out["date"])
    if getattr(stamps.dt, "tz", None) is not None:
        stamps = stamps.dt.tz_convert(None)
    out[_DATE_COL] = stamps
    kept: pd.DataFrame = out.loc[out[_DATE_COL].notna()]
    return kept


def _x(rows: pd.DataFrame) -> np.ndarray[Any, Any]:
    return rows[_DATE_COL].to_numpy(dtype="datetime64[ns]")


def _doc_order(rows: pd.DataFrame) -> pd.DataFrame:
    """Documents (``doc_id``, date column) in (date, id) order."""
    docs: pd.DataFrame = rows[["doc_id", _DATE_COL]].drop_duplicates(subset="doc_id")
    ordered: pd.DataFrame = docs.sort_values([_DATE_COL, "doc_id"], kind="mergesort")
    numbered: pd.DataFrame = ordered.reset_index(drop=True)
    return numbered


def _order_by_first_date(rows: pd.DataFrame, column: str) -> list[str]:
    first = rows.groupby(column, sort=False)[_DATE_COL].min().reset_index()
    first = first.sort_values([_DATE_COL, column], kind="mergesort")
    return [str(v) for v in first[column]]
