"""Which figure another is part of: "$40 billion in aid, including $12 billion for weapons".

A money or count figure after a part cue ("including", "of which") is part of the figure
of its kind before it, and so is one listed after such a part; a share is part of the
amount it is a share of ("around half of €100 billion") or, failing that, of the amount
before it.
"""

from __future__ import annotations

from .figure import _Raw
from .lexicon import _Tables
from .tokens import _Tokens


def _link_parts(t: _Tokens, raws: list[_Raw], tb: _Tables, breaks: list[bool]) -> list[int | None]:
    """Index of the figure each figure is part of, or None."""
    parts: list[int | None] = [None] * len(raws)
    for idx, raw in enumerate(raws):
        if raw.kind == "share":
            parts[idx] = _whole_of_share(t, raws, idx, tb)
            continue
        if raw.kind not in ("money", "count") or idx == 0:
            continue
        cue = tb.part_cues.match_before(t, raw.first)
        same = [p for p in range(idx) if raws[p].kind == raw.kind]
        if not same:
            continue
        prev = same[-1]
        if cue is not None:
            whole = parts[prev] if parts[prev] is not None else prev
            parts[idx] = whole
        elif parts[prev] is not None:
            gap = range(raws[prev].last, raw.first)
            if gap and all(not breaks[k] or t.text[k] == "," for k in gap):
                parts[idx] = parts[prev]  # "… including €65 bn in X and €30 bn in Y"
    return parts


def _whole_of_share(t: _Tokens, raws: list[_Raw], idx: int, tb: _Tables) -> int | None:
    """Index of the amount a share is of: the one right after its "of", else the one before."""
    raw = raws[idx]
    if raw.of_at is not None:
        for p in range(idx + 1, len(raws)):
            if raws[p].kind in ("money", "count") and raws[p].first - raw.of_at <= 2:
                return p
            break
    for p in range(idx - 1, -1, -1):
        if raws[p].kind in ("money", "count"):
            return p
    return None
