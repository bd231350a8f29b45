"""What a figure is: its kinds and bounds, :class:`Figure` as returned, and the figure as read.

:class:`Figure` gives a figure in character offsets of its sentence; ``_Raw`` is the same
figure while it is being read, in token offsets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

FigureKind = Literal["money", "count", "share", "percent", "measure"]
Bound = Literal["lower", "upper", "approx", "exact"]

FIGURE_KINDS: tuple[FigureKind, ...] = ("money", "count", "share", "percent", "measure")
"""The kinds a :class:`Figure` can have."""


@dataclass(frozen=True)
class Figure:
    """One amount, count, share, percentage or measure stated in a sentence.

    Attributes
    ----------
    text : str
        The span as written, qualifier included: ``"more than €150 billion"``.
    start, end : int
        Character offsets of ``text`` in the sentence (``sentence[start:end] == text``).
    kind : {"money", "count", "share", "percent", "measure"}
        ``share``: a part of a whole ("around half", "40% of"); ``percent``: a rate
        ("2% of GDP"); ``measure``: a size such as a calibre ("155mm").
    value : float
        In base units: ``6.5e10`` for "€65 billion", ``0.5`` for "half", ``0.02`` for "2%",
        ``50.0`` for "50 nations". The low end of a range.
    value_high : float or None
        The high end of a range ("$1–2 billion" → ``2e9``), else ``None``.
    currency : str or None
        ISO 4217 code for money, else ``None``.
    unit : str or None
        For counts and measures: ``"nations"``, ``"systems"``, ``"mm"``, ``"caliber"``;
        for percentages ``"percent"`` or ``"percentage points"``.
    qualifier : str or None
        The qualifying words as written, lower-cased: ``"more than"``, ``"nearly"``. For a
        change or an earlier level, the cue comes first: ``"increase of"``, ``"up from"``,
        ``"by … more than"`` ("…" stands for the amount).
    bound : {"lower", "upper", "approx", "exact"}
        What the qualifier says about the true amount.
    scope : str or None
        What the amount measures ("military", "financial", "humanitarian", "total" for aid in
        general; "defence spending", "domestic" for spending at home …), ``None`` when the
        clause names no such thing, and for changes, attacks and losses.
    period_start : datetime.date or None
        Start of the period the amount covers ("since February 2022" → 2022-02-01).
    part_of : int or None
        Index, in the same list, of the figure this one is stated as part of.
    donor : str or None
        Who gives or spends the amount, as the lexicon's donor name ("Germany", "NATO
        Allies", "European Union"); ``None`` when the sentence names none.
    """

    text: str
    start: int
    end: int
    kind: FigureKind
    value: float
    value_high: float | None
    currency: str | None
    unit: str | None
    qualifier: str | None
    bound: Bound
    scope: str | None
    period_start: dt.date | None
    part_of: int | None
    donor: str | None = None


@dataclass
class _Raw:
    """A figure being read: its kind, value and unit, and its spans in token offsets."""

    kind: FigureKind
    first: int  # first token of the span (qualifier included)
    last: int  # token after the span
    value: float
    value_high: float | None = None
    currency: str | None = None
    unit: str | None = None
    qualifier: tuple[int, int] | None = None  # token span of the qualifier
    bound: Bound = "exact"
    rate: bool = False  # a percentage of GDP or the like
    of_at: int | None = None  # for shares: the token after "of"
    change_before: tuple[int, int] | None = None  # "increase of", "up from", "by"
    change_after: tuple[int, int] | None = None  # "more than" after the amount
