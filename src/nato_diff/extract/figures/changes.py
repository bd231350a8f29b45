"""Figures that state a change or an earlier level, not a volume.

"An increase of £200 million", "up from €8 billion", "grew by $2 billion", "€3 billion more
than last year": the figure is kept, with the cue in its qualifier ("increase of", "up
from", "by", "by … more than"), and :func:`is_change_qualifier` tells such qualifiers apart.
"""

from __future__ import annotations

from .clauses import _CLAUSE
from .figure import _Raw
from .lexicon import FigureLexicon, _default_lexicon, _Tables
from .tokens import _span_text, _Tokens


def _mark_change(t: _Tokens, raws: list[_Raw], idx: int, tb: _Tables, breaks: list[bool]) -> None:
    """Mark a figure that states a change or an earlier level ("an increase of £200 m")."""
    raw = raws[idx]
    floor = raws[idx - 1].last if idx else 0
    before = tb.change_before.match_before(t, raw.first)
    by = None
    if before is None or before[0] < floor:
        before = None
        by = tb.change_by.match_before(t, raw.first)
        if by is not None and by[0] < floor:
            by = None
    after = tb.change_after.match_at(t, raw.last)
    if after is not None and idx + 1 < len(raws) and raws[idx + 1].first < after[0]:
        after = None
    if by is not None and after is None:
        k = by[0]  # "by" needs a verb of change earlier in its clause
        while k > floor and not breaks[k - 1] and by[0] - k < _CLAUSE:
            k -= 1
            if tb.change_verbs.match_at(t, k) is not None:
                break
        else:
            by = None
    start = before or by
    if start is None and after is None:
        return
    if start is not None:
        first = start[0]
        while first < raw.first and t.lower[first] in ("a", "an", "the"):
            first += 1  # the article stays out of the qualifier: "increase of"
        raw.change_before = (first, raw.first)
        raw.first = first
    if after is not None:
        raw.change_after = (raw.last, after[0])
        raw.last = after[0]


def _qualifier_text(t: _Tokens, raw: _Raw) -> str | None:
    """Write the qualifier as in the text, lower-cased; a change cue comes first."""
    q = _span_text(t, *raw.qualifier)[2].lower() if raw.qualifier is not None else None
    if raw.change_before is None and raw.change_after is None:
        return q
    opening = raw.change_before[1] if raw.change_before is not None else raw.first
    q_after = raw.qualifier is not None and raw.qualifier[0] != opening
    front = []
    if raw.change_before is not None:
        front.append(_span_text(t, *raw.change_before)[2].lower())
    if q is not None and not q_after:
        front.append(q)
    back = [q] if q is not None and q_after else []
    if raw.change_after is not None:
        back.append(_span_text(t, *raw.change_after)[2].lower())
    text = " ".join(front)
    if back:
        text = f"{text} … {' '.join(back)}".strip()
    return text


def is_change_qualifier(qualifier: object, *, lexicon: FigureLexicon | None = None) -> bool:
    """Tell whether a figure's qualifier marks a change or an earlier level.

    Parameters
    ----------
    qualifier : object
        A qualifier as found in a figures table (a string, ``None`` or NaN).
    lexicon : FigureLexicon, optional
        The change cues to use; the packaged lexicon by default.

    Returns
    -------
    bool
        True for a qualifier that starts with a change cue ("increase of", "up from",
        "by") or has one after the amount ("by … more than").

    Examples
    --------
    >>> is_change_qualifier("increase of"), is_change_qualifier("more than")
    (True, False)
    """
    if not isinstance(qualifier, str) or not qualifier:
        return False
    if "…" in qualifier:
        return True
    t = _Tokens(qualifier)
    tb = (lexicon or _default_lexicon())._t
    return tb.change_before.match_at(t, 0) is not None or tb.change_by.match_at(t, 0) is not None
