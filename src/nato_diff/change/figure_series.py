"""Figure series: figures of one kind, currency, scope, donor, status and measure, linked.

How figures are picked
----------------------
Each document contributes at most one figure per series: among the figures it states,
the one that is not part of another figure (``part_of`` is empty) and, among those, the
largest value (the low end of a range); ties go to the earliest sentence. Rows that
share a ``figure_id`` (one figure matched to several dimensions) count once. Figures of
different currencies are never compared: without ``rates`` they form separate series;
with ``rates`` every amount is converted into ``currency`` first. Figures that state a
change or an earlier level ("an increase of £200 million", "up from €8 billion": their
qualifier is a change cue) are left out.

Aid that is asked for, pledged, committed, delivered or withheld (``status``) never forms one
series with aid in another state, and a package, an annual amount and a total since a date
(``measure``) are never compared with each other: "€65 bn provided since February 2022" and
"nearly €100 bn committed since last year" are two series.

With ``by_donor`` (the default), figures of different donors form different series, so
one country's package is not read as a change in all Allies' total. Donors are compared
by :func:`~nato_diff.extract.normalize_donor` ("NATO allies" = "Allies" = "NATO Allies").
A figure whose sentence names no donor continues the series of the latest earlier figure
of the same scope, currency and unit, whatever its donor ("Allies gave €65 bn" → "nearly
€100 bn was committed"), unless that series already has a figure from the same document;
with no earlier figure it starts a series of its own with no donor.

The series table
----------------
One row per document and series, ordered by series then date, with the columns
:data:`~nato_diff.extract.SERIES_COLUMNS`:

- ``scope``, ``currency``, ``unit``: the series (with ``donor``).
- ``doc_id``, ``date`` (``datetime64[ns]``, as is ``prev_date``), ``sentence_id``,
  ``figure_id``, ``text``: the figure.
- ``value``, ``value_high``: in ``currency`` when converted.
- ``qualifier``, ``bound``: as stated.
- ``prev_doc_id``, ``prev_date``, ``prev_sentence_id``, ``prev_value``,
  ``prev_qualifier``, ``prev_bound``: the previous figure of the series (empty for
  the first).
- ``change_abs``: ``value - prev_value``; ``change_rel``: that over ``prev_value``
  (NaN when there is no previous value or it is 0). Compare bounds before reading
  these: "more than €150 bn" → "nearly €100 bn" is not a fall of €50 bn.
- ``label``: e.g. "military: €65 bn (2023-04-20) → nearly €100 bn (2023-09-28)".
- ``original_value``, ``original_currency``, ``rate``: before conversion (rate 1.0
  when not converted).
- ``donor``: with ``by_donor``, the series' donor (for a figure that names none, the
  donor of the series it continues); without, the figure's own donor.
- ``status``, ``measure``: the aid's state and what the amount measures (empty when the
  figures table has no such columns).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, NamedTuple, cast

import pandas as pd

from ..errors import NatoDiffError, check_choice, located
from ..extract import (
    FIGURE_COLUMNS,
    FIGURE_KINDS,
    SERIES_COLUMNS,
    FigureLexicon,
    describe_figure,
    is_change_qualifier,
    load_figure_lexicon,
    normalize_donor,
)
from ._text import _records as _records_of
from .columns import public_table

__all__ = ["figure_series"]

# The columns figure_series needs: all of the table's but the ones it does not read.
_REQUIRED = tuple(
    c for c in FIGURE_COLUMNS if c not in ("dimension", "sentence", "period_start", "donor")
)


class _Options(NamedTuple):
    """What :func:`figure_series` was asked to follow."""

    kind: str
    scope: str | None
    rates: Mapping[str, float] | None
    currency: str | None
    include_unscoped: bool
    by_donor: bool
    lex: FigureLexicon


def figure_series(
    figures: pd.DataFrame | object,
    *,
    kind: str = "money",
    scope: str | None = None,
    rates: Mapping[str, float] | None = None,
    currency: str | None = None,
    include_unscoped: bool = False,
    by_donor: bool = True,
    lexicon: FigureLexicon | None = None,
) -> pd.DataFrame:
    """Link figures of the same kind, currency, scope and donor across documents in date order.

    Each document gives a series at most one figure; changes are left out; currencies are
    compared only when converted with ``rates``. The module docstring says how figures are
    picked and linked, and what each column holds.

    Parameters
    ----------
    figures : pandas.DataFrame or object
        The figures table (columns :data:`~nato_diff.extract.FIGURE_COLUMNS`; ``donor`` may
        be missing), or any object with such a table as its ``figures`` attribute.
    kind : {"money", "count", "share", "percent", "measure"}
        The kind of figure to follow.
    scope : str, optional
        Follow only this scope ("military" …). By default every scope.
    rates : mapping of str to float, optional
        ISO code → value of one unit in ``currency`` (e.g. ``{"USD": 0.92}`` with
        ``currency="EUR"``). The target currency itself needs no rate.
    currency : str, optional
        With ``rates``: the currency to convert into. Without: follow only this currency.
    include_unscoped : bool
        Also follow figures whose clause names no scope (as scope ``None``). Off by default,
        since such amounts may measure unrelated things.
    by_donor : bool
        Keep the figures of different donors in different series. Off: one series per
        scope, currency and unit, whoever gave.
    lexicon : FigureLexicon, optional
        For currency symbols in labels, change cues and donor names.

    Returns
    -------
    pandas.DataFrame
        One row per document and series, ordered by series then date, columns
        :data:`~nato_diff.extract.SERIES_COLUMNS`: the figure, the previous one of its
        series (``prev_*``), the change between them (``change_abs``, ``change_rel``) and
        a ``label`` such as "military: €65 bn (2023-04-20) → nearly €100 bn (2023-09-28)".

    Raises
    ------
    NatoDiffError
        If the table lacks columns, ``rates`` is given without ``currency``, or a figure's
        currency has no rate.
    ValueError
        If ``kind`` is not one of the kinds.

    Examples
    --------
    >>> import datetime as dt
    >>> from nato_diff.extract.figures import FIGURE_COLUMNS, extract_figures, figure_records
    >>> rows = []
    >>> for doc, day, s in [
    ...     ("a", "2023-04-20", "Allies gave €65 billion in military aid."),
    ...     ("b", "2023-06-01", "Germany gave €7 billion in military aid."),
    ...     ("c", "2023-09-28", "NATO allies gave nearly €100 billion in military aid."),
    ... ]:
    ...     rows += figure_records(extract_figures(s), doc_id=doc,
    ...                            date=dt.date.fromisoformat(day), sentence_id=0, sentence=s)
    >>> series = figure_series(pd.DataFrame(rows, columns=FIGURE_COLUMNS))
    >>> series["label"].iloc[-1]
    'military: €65 bn (2023-04-20) → nearly €100 bn (2023-09-28)'
    >>> list(series["donor"])
    ['Germany', 'NATO Allies', 'NATO Allies']
    """
    check_choice("kind", kind, FIGURE_KINDS)
    lex = lexicon or load_figure_lexicon()
    options = _Options(kind, scope, rates, currency, include_unscoped, by_donor, lex)
    table = _figures_table(figures, options)
    rows = _link(_best_per_document(_records(table, options), by_donor), options)
    rows.sort(key=lambda rec: _series_order(rec, by_donor))
    return _frame(rows)


def _figures_table(figures: object, o: _Options) -> pd.DataFrame:
    """Find the figures table and check it has the columns and the options are whole."""
    table = figures if isinstance(figures, pd.DataFrame) else getattr(figures, "figures", None)
    if not isinstance(table, pd.DataFrame):
        raise NatoDiffError(
            located(
                f"expected a figures DataFrame or an object with one as .figures, "
                f"got {type(figures).__name__}",
                entry="figure_series",
            )
        )
    missing = [c for c in _REQUIRED if c not in table.columns]
    if missing:
        raise NatoDiffError(
            located(
                f"the figures table lacks columns {', '.join(missing)}",
                entry="figure_series",
                hint="Build it with figure_records() or pass Tracking.figures.",
            )
        )
    if o.rates is not None and o.currency is None:
        raise NatoDiffError(
            located(
                "rates= needs currency=, the currency to convert into",
                entry="figure_series",
                hint="e.g. figure_series(t, rates={'USD': 0.92}, currency='EUR').",
            )
        )
    return table


def _missing(x: object) -> bool:
    if x is None:
        return True
    try:
        return bool(pd.isna(cast(Any, x)))
    except (TypeError, ValueError):
        return False


def _clean(x: object) -> Any:
    return None if _missing(x) else x


def _date_text(x: object) -> str:
    if _missing(x):
        return "undated"
    try:
        return str(pd.Timestamp(cast(Any, x)).date())
    except (TypeError, ValueError):
        return str(x)


def _records(table: pd.DataFrame, o: _Options) -> list[dict[str, Any]]:
    """Turn the rows the series follow into records, each figure once, donors normalised."""
    has_donor = "donor" in table.columns
    donor_names: dict[object, str | None] = {}
    records: list[dict[str, Any]] = []
    seen: set[object] = set()
    for row in _records_of(table):
        fid = row["figure_id"]
        if fid in seen:
            continue
        seen.add(fid)
        rec = _record(row, o)
        if rec is None:
            continue
        raw_donor = row["donor"] if has_donor else None
        written = raw_donor if isinstance(raw_donor, str) else None
        if written not in donor_names:
            donor_names[written] = normalize_donor(raw_donor, lexicon=o.lex)
        rec["donor"] = donor_names[written]
        records.append(rec)
    return records


def _record(row: Mapping[Any, Any], o: _Options) -> dict[str, Any] | None:
    """Turn a row of the figures table into a series record; None if no series follows it."""
    if row["kind"] != o.kind:
        return None
    row_scope = _clean(row["scope"])
    if o.scope is not None and row_scope != o.scope:
        return None
    if row_scope is None and not o.include_unscoped:
        return None
    if is_change_qualifier(_clean(row["qualifier"]), lexicon=o.lex):
        return None
    cur = _clean(row["currency"])
    value = float(row["value"])
    high = _clean(row["value_high"])
    rate = 1.0
    rates = o.rates
    if o.kind == "money" and rates is not None and o.currency is not None:
        if cur != o.currency:
            if cur is None or cur not in rates:
                raise NatoDiffError(
                    located(
                        f"no exchange rate for {cur!r}",
                        entry=f"figure {row['figure_id']} ({row['text']!r})",
                        hint=f"Add {cur!r} to rates= (value of one {cur} in {o.currency}).",
                    )
                )
            rate = float(rates[cur])
    elif o.currency is not None and cur != o.currency:
        return None
    return {
        "scope": row_scope,
        "currency": o.currency if (o.kind == "money" and o.rates is not None) else cur,
        "unit": _clean(row["unit"]),
        "doc_id": row["doc_id"],
        "date": row["date"],
        "sentence_id": row["sentence_id"],
        "figure_id": row["figure_id"],
        "text": row["text"],
        "value": value * rate,
        "value_high": None if high is None else float(high) * rate,
        "qualifier": _clean(row["qualifier"]),
        "bound": row["bound"],
        "original_value": value,
        "original_currency": cur,
        "rate": rate,
        "donor": None,
        "status": _clean(row.get("status")),
        "measure": _clean(row.get("measure")),
        "_part": not _missing(row["part_of"]),
    }


def _best_per_document(records: list[dict[str, Any]], by_donor: bool) -> list[dict[str, Any]]:
    """Keep one figure per document and series: not a part, then the largest, then the first."""
    best: dict[tuple[Any, ...], dict[str, Any]] = {}
    for rec in records:
        donor_key = rec["donor"] if by_donor else None
        key = (*_group(rec), donor_key, rec["doc_id"])
        cur_best = best.get(key)
        rank = (rec["_part"], -rec["value"], rec["sentence_id"])
        if cur_best is None or rank < (
            cur_best["_part"],
            -cur_best["value"],
            cur_best["sentence_id"],
        ):
            best[key] = rec
    return list(best.values())


def _group(rec: Mapping[str, Any]) -> tuple[Any, ...]:
    """Return what figures of one series share: scope, currency, unit, status, measure."""
    return (rec["scope"], rec["currency"], rec["unit"], rec["status"], rec["measure"])


def _when(rec: Mapping[str, Any]) -> pd.Timestamp:
    return pd.Timestamp(rec["date"]) if not _missing(rec["date"]) else pd.Timestamp.max


def _date_order(rec: Mapping[str, Any]) -> tuple[Any, ...]:
    """Sort key: by scope, currency and unit, then date; a document's named donors first."""
    return (
        *(str(x) for x in _group(rec)),
        _when(rec),
        str(rec["doc_id"]),
        rec["donor"] is None,  # a document's named donors before its unnamed one
        str(rec["donor"]),
    )


def _series_order(rec: Mapping[str, Any], by_donor: bool) -> tuple[Any, ...]:
    """Sort key of the result: by series (unnamed donor last), then date."""
    donor = rec["donor"] if by_donor else ""
    return (
        *(str(x) for x in _group(rec)),
        donor is None,
        str(donor),
        _when(rec),
        str(rec["doc_id"]),
    )


def _link(best: list[dict[str, Any]], o: _Options) -> list[dict[str, Any]]:
    """Link each figure to the previous one of its series, in date order."""
    rows: list[dict[str, Any]] = []
    prev: dict[tuple[Any, ...], dict[str, Any]] = {}
    latest: dict[tuple[Any, ...], tuple[Any, ...]] = {}  # (scope, currency, unit) -> series
    for rec in sorted(best, key=_date_order):
        group = _group(rec)
        rec = dict(rec)
        if o.by_donor:
            donor = rec["donor"]
            if donor is None and group in latest:  # continue the latest series of the group
                last = latest[group]
                if prev[last]["doc_id"] != rec["doc_id"]:
                    donor = last[-1]
            rec["donor"] = donor
            series: tuple[Any, ...] = (*group, donor)
        else:
            series = group
        rec.pop("_part")
        rec.update(_compared(rec, prev.get(series), o))
        prev[series] = rec
        latest[group] = series
        rows.append(rec)
    return rows


def _compared(
    rec: Mapping[str, Any], before: Mapping[str, Any] | None, o: _Options
) -> dict[str, Any]:
    """Compare a figure with the previous one of its series: ``prev_*``, ``change_*``, label."""
    text_now = _describe_row(rec, o)
    head = f"{rec['scope']}: " if rec["scope"] is not None else ""
    if before is None:
        return {
            "prev_doc_id": None,
            "prev_date": None,
            "prev_sentence_id": None,
            "prev_value": math.nan,
            "prev_qualifier": None,
            "prev_bound": None,
            "change_abs": math.nan,
            "change_rel": math.nan,
            "label": f"{head}{text_now} ({_date_text(rec['date'])})",
        }
    change = rec["value"] - before["value"]
    return {
        "prev_doc_id": before["doc_id"],
        "prev_date": before["date"],
        "prev_sentence_id": before["sentence_id"],
        "prev_value": before["value"],
        "prev_qualifier": before["qualifier"],
        "prev_bound": before["bound"],
        "change_abs": change,
        "change_rel": change / before["value"] if before["value"] else math.nan,
        "label": (
            f"{head}{_describe_row(before, o)} ({_date_text(before['date'])})"
            f" → {text_now} ({_date_text(rec['date'])})"
        ),
    }


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Lay the linked rows out in the columns of the series table, with their dtypes."""
    out: pd.DataFrame = pd.DataFrame(rows, columns=list(SERIES_COLUMNS))
    for col in ("value", "value_high", "prev_value", "change_abs", "change_rel"):
        out[col] = out[col].astype("float64")
    out["prev_sentence_id"] = out["prev_sentence_id"].astype("Int64")
    return public_table(out)


def _describe_row(rec: Mapping[str, Any], o: _Options) -> str:
    return describe_figure(
        rec["value"],
        currency=rec["currency"],
        qualifier=rec["qualifier"],
        kind=o.kind,
        unit=rec["unit"],
        value_high=rec["value_high"],
        lexicon=o.lex,
    )
