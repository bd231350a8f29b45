"""The report's claims: each side's acts over time, what moved first, and who said it."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..change import readable
from ..tracking import Tracking
from .blocks import _Block, _Heading, _Para, _Quote, _Table
from .format import _closed_quote, _day

#: The most rows a positions table shows in the report (every row is in tables/positions.csv).
_MAX_ROWS = 30


def _rung_words(tracking: Tracking, dim_id: str) -> dict[str, str]:
    """Each rung of a dimension in words ("a Membership Action Plan")."""
    return {
        p.id: p.label or readable(p.id, capital=False)
        for p in tracking.dimensions[dim_id].positions
    }


def _side_words(side: str) -> str:
    return {"ukraine": "Ukraine", "nato": "NATO", "ally": "An Ally", "eu": "The EU"}.get(
        side, side.capitalize()
    )


def act_words(row: Any, words: dict[str, str]) -> str:
    """Say a position as an act on a rung: "seeks a Membership Action Plan".

    Parameters
    ----------
    row : Any
        A positions row (mapping or named tuple) with ``act``, ``position``, ``contested``.
    words : dict of str to str
        Rung ids in words.

    Returns
    -------
    str
        The act and the rung, "(contested)" when the side also rejects it.
    """
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    text = f"{get('act')} {words.get(str(get('position')), str(get('position')))}"
    return text + (" (contested)" if bool(get("contested")) else "")


def _latest_move(rows: pd.DataFrame) -> tuple[dict[str, Any] | None, dict[str, Any]] | None:
    """Return the side's latest change of act or rung: (before, after); before None if first."""
    records = rows.sort_values(["date", "doc_id"]).to_dict("records")
    moves = [
        (a, b)
        for a, b in zip([None, *records[:-1]], records, strict=True)
        if a is None or (a["act"], a["position"]) != (b["act"], b["position"])
    ]
    return moves[-1] if moves else None


def what_moved(tracking: Tracking, cite: Any) -> list[_Block]:
    """Open the report: for each dimension and side, its latest move, who said it, the quote.

    Parameters
    ----------
    tracking : Tracking
        The tables.
    cite : callable
        ``cite(tracking, doc_id, sentence_id, speaker) -> str``, the evidence line.

    Returns
    -------
    list of blocks
        A heading, then a paragraph and a quotation per move; empty when nothing moved.
    """
    blocks: list[_Block] = []
    for dim_id, dim in tracking.dimensions.items():
        words = _rung_words(tracking, dim_id)
        pos = tracking.positions[tracking.positions["dimension"] == dim_id]
        for side in sorted(set(pos["side"]), key=lambda s: (s not in ("ukraine", "nato"), s)):
            move = _latest_move(pos[pos["side"] == side])
            if move is None:
                continue
            before, after = move
            now = f"{act_words(after, words)} ({_day(after['date'])})"
            if before is None:
                text = f"{dim.label}: {_side_words(side)} {now}."
            else:
                then = f"{act_words(before, words)} ({_day(before['date'])})"
                text = f"{dim.label}: {_side_words(side)} {then} → {now}."
            blocks.append(_Para(text))
            blocks.append(
                _Quote(
                    _closed_quote(str(after["sentence"])),
                    cite(
                        tracking, str(after["doc_id"]), int(after["sentence_id"]), after["speaker"]
                    ),
                )
            )
    return [_Heading(2, "What moved"), *blocks] if blocks else []


def positions_table(tracking: Tracking, dim_id: str) -> list[_Block]:
    """Each side's act and rung per document, with who took it (the latest rows if many).

    Parameters
    ----------
    tracking : Tracking
        The tables.
    dim_id : str
        The dimension.

    Returns
    -------
    list of blocks
        One table, or nothing when no side takes a position.
    """
    pos = tracking.positions[tracking.positions["dimension"] == dim_id]
    if pos.empty:
        return []
    words = _rung_words(tracking, dim_id)
    shown = pos.tail(_MAX_ROWS)
    table = pd.DataFrame(
        {
            "Date": [_day(d) for d in shown["date"]],
            "Side": [_side_words(str(s)) for s in shown["side"]],
            "Act": [act_words(r, words) for r in shown.to_dict("records")],
            "Who": [str(s) if isinstance(s, str) else "" for s in shown["speaker"]],
            "Evidence": [
                f"{d}#{int(i)}" for d, i in zip(shown["doc_id"], shown["sentence_id"], strict=True)
            ],
        }
    )
    label = tracking.dimensions[dim_id].label
    caption = f"{label}: each side's act, from its own claims"
    if len(shown) < len(pos):
        caption += f" (the latest {len(shown)} of {len(pos)}; all in tables/positions.csv)"
    return [_Table(table, caption)]
