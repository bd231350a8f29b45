"""The hand-coded gold table: its columns, reading it from CSV or a DataFrame, validating it.

One row per claim (see ``benchmarks/validity/CODEBOOK.md``): ``doc_id``, ``dimension``, and
``sentence`` (the text) or ``sentence_id``; optionally ``mentioned`` (``yes``/``no``, default
``yes``), ``holder``, ``side``, ``act``, ``rung``, ``polarity``, ``modality``, ``target``,
``status``, ``note``. Empty cells mean "not coded".
"""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from ..errors import NatoDiffError, located

__all__ = ["GOLD_COLUMNS", "GoldError", "read_gold"]

#: The columns a gold table may have, in order.
GOLD_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "sentence_id",
    "sentence",
    "dimension",
    "mentioned",
    "holder",
    "side",
    "act",
    "rung",
    "polarity",
    "modality",
    "target",
    "status",
    "note",
)
#: The values a coded column may take (empty always allowed).
_ALLOWED: dict[str, tuple[str, ...]] = {
    "mentioned": ("yes", "no"),
    "side": ("ukraine", "nato", "ally", "eu", "russia", "other"),
    "act": ("seeks", "offers", "decides", "rejects", "reports"),
    "polarity": ("affirmed", "negated"),
    "modality": ("firm", "hedged", "conditional", "question"),
    "target": ("ukraine", "other", "allies"),
    "status": ("requested", "pledged", "committed", "delivered", "withheld"),
}


class GoldError(NatoDiffError):
    """A gold table that cannot be used: missing columns, unknown values."""


def _frame(gold: pd.DataFrame | str | os.PathLike[str]) -> tuple[pd.DataFrame, str]:
    if isinstance(gold, pd.DataFrame):
        return gold.copy(), "gold table"
    path = Path(gold)
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    except FileNotFoundError:
        raise GoldError(located("file not found", path=path)) from None
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise GoldError(
            located(f"not a readable CSV file ({exc})", path=path, hint="Save it as UTF-8 CSV.")
        ) from None
    return frame, str(path)


def read_gold(gold: pd.DataFrame | str | os.PathLike[str]) -> pd.DataFrame:
    """Read and check a gold table.

    Parameters
    ----------
    gold : pandas.DataFrame or path
        The table, or a CSV file of it.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`GOLD_COLUMNS` (missing optional ones added empty; ``mentioned``
        defaults to ``"yes"``; ``sentence_id`` as nullable integers), plus ``row`` (the
        row's line in the file, for messages).

    Raises
    ------
    GoldError
        When a required column is missing or a cell holds an unknown value; the message
        names the file, the line and the column.
    """
    frame, where = _frame(gold)
    frame.columns = [str(c).strip() for c in frame.columns]
    missing = [c for c in ("doc_id", "dimension") if c not in frame.columns]
    if "sentence" not in frame.columns and "sentence_id" not in frame.columns:
        missing.append("sentence or sentence_id")
    if missing:
        raise GoldError(
            located(
                f"missing column(s): {', '.join(missing)}",
                path=where,
                hint=f"A gold table has the columns {', '.join(GOLD_COLUMNS)}.",
            )
        )
    for col in GOLD_COLUMNS:
        if col not in frame.columns:
            frame[col] = ""
    for col in GOLD_COLUMNS:
        frame[col] = frame[col].astype(object).where(frame[col].notna(), "")
        frame[col] = frame[col].astype(str).str.strip()
    frame["mentioned"] = frame["mentioned"].replace("", "yes").str.lower()
    frame["row"] = range(2, len(frame) + 2)
    _check_values(frame, where)
    frame["sentence_id"] = _sentence_ids(frame, where)
    out: pd.DataFrame = frame[[*GOLD_COLUMNS, "row"]].reset_index(drop=True)
    return out


def _sentence_ids(frame: pd.DataFrame, where: str) -> pd.Series:
    """Read ``sentence_id`` as whole numbers (empty allowed), naming the line of a bad one."""
    out: list[int | None] = []
    for text, row in zip(frame["sentence_id"], frame["row"], strict=True):
        if text in ("", "<NA>", "nan"):
            out.append(None)
            continue
        try:
            number = float(text)
        except ValueError:
            number = -1.0
        if number < 0 or number != int(number):
            raise GoldError(
                located(
                    f"sentence_id {text!r} is not a sentence number",
                    path=where,
                    line=int(row),
                    hint="Write a whole number counted from 0, or leave it empty.",
                )
            )
        out.append(int(number))
    return pd.Series(out, index=frame.index, dtype="Int64")


def _check_values(frame: pd.DataFrame, where: str) -> None:
    for col, allowed in _ALLOWED.items():
        bad = frame[(frame[col] != "") & ~frame[col].isin(allowed)]
        if len(bad):
            row = bad.iloc[0]
            raise GoldError(
                located(
                    f"unknown {col} {row[col]!r}",
                    path=where,
                    line=int(row["row"]),
                    hint=f"Use one of: {', '.join(allowed)} (or leave it empty).",
                )
            )
    empty = frame[(frame["doc_id"] == "") | (frame["dimension"] == "")]
    if len(empty):
        raise GoldError(
            located(
                "doc_id and dimension must not be empty",
                path=where,
                line=int(empty.iloc[0]["row"]),
                hint="Fill both cells, or delete the row.",
            )
        )
