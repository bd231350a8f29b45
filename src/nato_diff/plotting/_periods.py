"""Dense corpora: group documents into weeks, months, quarters or years so a plot stays legible.

A plot draws one column (or point) per document while there are few of them; past a limit it
draws one per period instead, choosing the shortest period that keeps the count under the
limit.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd

from ._tables import _DATE_COL

Period = Literal["week", "month", "quarter", "year"]

_FREQ: dict[Period, str] = {"week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}

#: Column added by :func:`_with_periods`: the start of each row's period, as datetime64.
_PERIOD_COL = "_period"


def _choose_period(stamps: pd.Series, *, most: int) -> Period | None:
    """Return the shortest period giving at most ``most`` columns; None if dates are few.

    None when ``stamps`` has at most ``most`` distinct dates; a year at worst.
    """
    if stamps.nunique() <= most:
        return None
    for period, freq in _FREQ.items():
        if stamps.dt.to_period(freq).nunique() <= most:
            return period
    return "year"


def _with_periods(rows: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Copy ``rows`` with the start date of each row's period in :data:`_PERIOD_COL`."""
    starts = rows[_DATE_COL].dt.to_period(_FREQ[period]).dt.start_time
    periods: pd.DataFrame = rows.assign(**{_PERIOD_COL: starts.astype("datetime64[ns]")})
    return periods


def _period_label(start: pd.Timestamp, period: Period) -> str:
    """Write a period as people do: "wk of 3 Apr 2023", "Apr 2023", "Q2 2023", "2023"."""
    if period == "week":
        return f"wk of {start.day} {start:%b %Y}"
    if period == "month":
        return f"{start:%b %Y}"
    if period == "quarter":
        return f"Q{start.quarter} {start.year}"
    return f"{start.year}"


def _period_width(period: Period) -> np.timedelta64:
    """Roughly the length of one period, for bar widths."""
    days = {"week": 7, "month": 30, "quarter": 91, "year": 365}[period]
    return np.timedelta64(days, "D")
