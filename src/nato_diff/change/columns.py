"""Column types of the public tables: dates as pandas datetimes, lists as Python lists.

Every table the library hands out carries its dates as ``datetime64[ns]`` columns (so
``resample``, ``.dt`` and date arithmetic work; a missing date is ``NaT``) and its
multi-valued cells (facets, terms, sentence ids, document ids) as Python lists. CSV,
Markdown and HTML outputs write the dates as ``YYYY-MM-DD`` and the lists ``"; "``-joined.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd

__all__ = ["DATE_COLUMNS", "column_frame", "day_text", "explode", "items", "public_table"]

#: Columns that hold a calendar date, in whichever table they appear.
DATE_COLUMNS: frozenset[str] = frozenset(
    {"date", "from_date", "to_date", "first_seen", "last_seen", "period_start", "prev_date"}
)


def items(cell: Any) -> list[str]:
    """Return the values of a list-valued cell: a list as it is, a ``"; "``-joined text split.

    Parameters
    ----------
    cell : Any
        A list (or tuple) of values, a ``"; "``-joined string, or a missing value.

    Returns
    -------
    list of str
        The values, empty ones dropped; ``[]`` for a missing or empty cell.

    Examples
    --------
    >>> items("map; partnership"), items(["map"]), items(None)
    (['map', 'partnership'], ['map'], [])
    """
    if isinstance(cell, (list, tuple)):
        return [str(v) for v in cell if str(v)]
    if not isinstance(cell, str):
        return []
    return [v.strip() for v in cell.split(";") if v.strip()]


def day_text(value: Any) -> str:
    """Write a date (``datetime.date``, ``datetime`` or ``Timestamp``) as ``YYYY-MM-DD``.

    Parameters
    ----------
    value : Any
        A date; a missing one (None, NaT) gives ``""``.

    Returns
    -------
    str
        The ISO day.

    Examples
    --------
    >>> day_text(pd.Timestamp("2023-04-20")), day_text(None)
    ('2023-04-20', '')
    """
    if value is None or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(pd.Timestamp(value).date().isoformat())


def _as_list(cell: Any, *, integers: bool) -> list[Any]:
    kind = int if integers else str
    if type(cell) in (list, tuple) and all(type(v) is kind for v in cell):
        # What items() and int() give for values already of the kind: the values themselves.
        return list(cell) if integers else [v for v in cell if v]
    values = items(cell)
    return [int(v) for v in values] if integers else values


def _as_lists(cells: Iterable[Any], *, integers: bool) -> list[list[Any]]:
    """Return :func:`_as_list` of each cell (a list or tuple of the kind taken as it is)."""
    kind = int if integers else str
    out: list[list[Any]] = []
    append = out.append
    for cell in cells:
        if type(cell) is list or type(cell) is tuple:
            for v in cell:
                if type(v) is not kind:
                    break
            else:  # all of the kind: what _as_list gives, without a call per cell
                append(list(cell) if integers else list(filter(None, cell)))
                continue
        append(_as_list(cell, integers=integers))
    return out


def public_table(
    frame: pd.DataFrame, *, lists: Iterable[str] = (), integer_lists: Iterable[str] = ()
) -> pd.DataFrame:
    """Return ``frame`` with its dates as ``datetime64[ns]`` and the named columns as lists.

    Parameters
    ----------
    frame : pandas.DataFrame
        A table; its columns named in :data:`DATE_COLUMNS` are converted to datetimes.
    lists : iterable of str
        Columns whose cells become lists of strings (a ``"; "``-joined text is split; a list
        is kept).
    integer_lists : iterable of str
        Columns whose cells become lists of ints (sentence ids).

    Returns
    -------
    pandas.DataFrame
        A copy; a table already in this form comes back equal.

    Examples
    --------
    >>> import datetime as dt
    >>> t = public_table(pd.DataFrame({"date": [dt.date(2023, 4, 20)], "terms": ["a; b"]}),
    ...                  lists=["terms"])
    >>> str(t["date"].dtype), t.loc[0, "terms"]
    ('datetime64[ns]', ['a', 'b'])
    """
    out: pd.DataFrame = frame.copy()
    for column in out.columns:
        if column in DATE_COLUMNS:
            out[column] = pd.to_datetime(out[column]).astype("datetime64[ns]")
    for names, integers in ((lists, False), (integer_lists, True)):
        for column in names:
            if column in out.columns:
                out[column] = pd.Series(
                    _as_lists(out[column], integers=integers),
                    index=out.index,
                    dtype=object,
                )
    return out


def column_frame(columns: Sequence[str], cells: Sequence[list[Any]]) -> pd.DataFrame:
    """Build a table from its cells held column by column, each list emptied once typed.

    Each column is typed as pandas types a list of values (:class:`pandas.Series`), which
    infers the dtype that column of a list of row tuples gets, so the table equals
    ``pd.DataFrame(list(zip(*cells)), columns=columns)``, dtypes included, without ever
    holding every row, or an object array of every cell, at once.

    Parameters
    ----------
    columns : sequence of str
        The column names.
    cells : sequence of list
        Each column's cells, all of one length; every list is emptied.

    Returns
    -------
    pandas.DataFrame
        The table, with a default index.

    Examples
    --------
    >>> column_frame(["a", "b"], [[1, 2], ["x", None]]).dtypes.astype(str).tolist()
    ['int64', 'str']
    """
    parts = []
    for column, values in zip(columns, cells, strict=True):
        parts.append(pd.Series(values, dtype=None).to_frame(column))
        values.clear()
    frame: pd.DataFrame = (
        pd.concat(parts, axis=1) if parts else pd.DataFrame([], columns=list(columns))
    )
    return frame


def explode(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """Return one row per value of a list-valued column (``facets``, ``terms`` ...).

    A thin wrapper over :meth:`pandas.DataFrame.explode` that also accepts ``"; "``-joined
    text (a table read back from CSV) and drops rows whose list is empty.

    Parameters
    ----------
    frame : pandas.DataFrame
        A table with ``column``.
    column : str
        The list-valued column.

    Returns
    -------
    pandas.DataFrame
        The rows repeated per value, ``column`` holding one value each; index reset.

    Examples
    --------
    >>> explode(pd.DataFrame({"doc": ["a"], "terms": [["x", "y"]]}), "terms")["terms"].tolist()
    ['x', 'y']
    """
    out: pd.DataFrame = frame.copy()
    out[column] = pd.Series([items(v) for v in frame[column]], index=frame.index, dtype=object)
    exploded: pd.DataFrame = out.explode(column, ignore_index=True)
    kept: pd.DataFrame = exploded[exploded[column].notna()].reset_index(drop=True)
    return kept
