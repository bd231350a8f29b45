"""The report as a list of blocks (headings, paragraphs, tables, quotations, figures)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .format import _number


@dataclass(frozen=True)
class _Heading:
    level: int
    text: str


@dataclass(frozen=True)
class _Para:
    text: str


@dataclass(frozen=True)
class _Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class _Table:
    frame: pd.DataFrame
    caption: str = ""


@dataclass(frozen=True)
class _Quote:
    text: str
    cite: str


@dataclass
class _Image:
    name: str  # relative path under the output folder
    alt: str
    draw: Callable[[], bytes] = field(repr=False, compare=False)  # draws the PNG
    png: bytes = b""  # set when the figures are drawn (all at once, see render.py)


_Block = _Heading | _Para | _Bullets | _Table | _Quote | _Image


def _cell(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and pd.isna(value):
        return ""
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
