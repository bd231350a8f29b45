"""The scope of a figure: what the amount measures, read from the words of its clause.

What is aid
-----------
A figure gets an aid scope only when its clause says so: an aid noun ("aid", "support",
"assistance", "package" …, with its modifiers: "military aid"), a named aid programme
("Ukraine Facility"), or a scope phrase ("in loans", "weapons") together with a recipient
("to Ukraine") or a verb of transfer ("gave", "provided"). Otherwise, and in these cases, the
scope is not aid:

- attacks and losses: counts and money in a clause with "killed", "shot down", "launched"
  (counts) … have scope ``None``, and so do counts of people ("31 civilians");
- spending at home: a clause naming the Bundeswehr, a state budget, "its own armed forces" …
  and no recipient has scope ``"domestic"``; "2% of GDP on defence" is ``"defence spending"``
  (unit ``"percent of GDP"``), while "1% of GDP in military aid" is aid;
- aid to someone else: an amount whose nearest recipient is another country or territory
  ("$3.8 billion a year for Israel", "aid to Gaza") has scope ``None``;
- shares of what was destroyed, damaged or lost ("a third of the fleet was destroyed") and
  counts of ships and voyages have scope ``None``;
- changes: "an increase of £200 million", "up from €8 billion", "grew by $2 billion",
  "€3 billion more than last year" state a change or an earlier level, not a volume. They
  are kept (so that an analyst sees them) with the cue as ``qualifier`` ("increase of",
  "up from", "by", "by … more than"), bound ``"exact"`` unless a qualifier such as "more
  than" says otherwise, scope ``None``, and :func:`nato_diff.change.figure_series` leaves them out.
"""

from __future__ import annotations

from .clauses import _between, _Cues, _Sentence
from .figure import _Raw
from .lexicon import FigureLexicon, _Tables
from .tokens import _Tokens


def _scope_of(
    t: _Tokens, window: list[int], tb: _Tables, lex: FigureLexicon
) -> tuple[str | None, str]:
    """Name what the amount measures from the words of its clause (``window``, nearest first).

    Returns the scope and what named it: ``"head"``, ``"programme"`` or ``"phrase"``.
    The nearest aid noun ("aid", "support" …) decides, through the modifiers right before it
    ("military aid"); several modifiers of different scopes make it ``total``. A noun with
    no modifier defers to a later noun that has one ("package of military aid"), then to a
    programme or scope phrase in the clause ("support for humanitarian needs"), then is
    ``total``. With no aid noun, the nearest programme or scope phrase ("in loans") decides.
    """
    if not window:
        return None, ""
    lo, hi = min(window), max(window) + 1
    bare_head = False
    for k in window:  # nearest first
        if t.lower[k] not in tb.heads:
            continue
        found: set[str] = set()
        j = k
        while j > lo:
            mod = tb.modifiers.match_before(t, j)
            if mod is not None and mod[0] >= lo:
                found.add(mod[1])
                j = mod[0]
            elif t.lower[j - 1] in tb.heads or t.lower[j - 1] in ("and", "or", ",", "-"):
                j -= 1
            else:
                break
        if len(found) == 1:
            return found.pop(), "head"
        if found:
            return lex.total_scope, "head"
        bare_head = True
    for k in window:
        m = tb.programmes.match_at(t, k)
        if m is not None and m[0] <= hi:
            return m[1], "programme"
        m = tb.scope_phrases.match_at(t, k)
        if m is not None and m[0] <= hi:
            return m[1], "head" if bare_head else "phrase"
    return (lex.total_scope, "head") if bare_head else (None, "")


def _for_someone_else(cues: _Cues, raw: _Raw, lo: int, hi: int) -> bool:
    """Whether the recipient nearest the figure in its clause is not Ukraine ("for Israel").

    A recipient after the figure wins over one before it ("$1 billion to Ukraine and $500
    million to Israel": each amount takes the recipient that follows it).
    """
    if not cues.other:
        return False
    after = [k for k in (*cues.recipient, *cues.other) if raw.last <= k < hi]
    if after:
        return min(after) in cues.other
    before = [k for k in (*cues.recipient, *cues.other) if lo <= k < raw.first]
    return bool(before) and max(before) in cues.other


def _rate_scope(t: _Tokens, window: list[int], tb: _Tables) -> str | None:
    """Find a rate scope cue ("on defence") in the window, nearest first."""
    for k in window:
        m = tb.rate_scopes.match_at(t, k)
        if m is not None:
            return m[1]
    return None


def _scopes(s: _Sentence) -> list[str | None]:
    """Name the scope of each figure of the sentence; parts take the scope of their whole."""
    scopes: list[str | None] = []
    blocked: list[bool] = []  # never aid: a part does not inherit its whole's scope
    held: list[str | None] = []  # an aid phrase waiting for evidence of a transfer
    for idx in range(len(s.raws)):
        block = _never_aid(s, idx)
        scope, waiting = (None, None) if block else _clause_scope(s, idx)
        scopes.append(scope)
        blocked.append(block)
        held.append(waiting)
    for idx, raw in enumerate(s.raws):
        whole = s.parts[idx]
        if whole is None or blocked[idx]:
            continue
        if raw.kind == "share" and scopes[idx] in (None, s.lex.total_scope):
            scopes[idx] = scopes[whole] or scopes[idx]
        elif scopes[idx] is None and scopes[whole] in s.lex.aid_scopes:
            scopes[idx] = held[idx] or scopes[whole]
    return scopes


def _never_aid(s: _Sentence, idx: int) -> bool:
    """Whether figure ``idx`` has no scope: a measure, a change, an attack or a loss."""
    raw, cues = s.raws[idx], s.cues
    lo, hi = s.clauses[idx]
    strong = _between(cues.strong, lo, hi)
    hostile = _between(cues.hostile_any, lo, hi) and not (raw.kind == "money" and strong)
    if raw.kind == "count" and not hostile:
        hostile = _between(cues.hostile_counts, lo, hi)
    if raw.kind == "share" and not hostile:  # "a third of the fleet was destroyed"
        hostile = _between(cues.hostile_shares, lo, hi)
    return (
        raw.kind == "measure"
        or raw.change_before is not None
        or raw.change_after is not None
        or hostile
        or (raw.kind == "count" and raw.unit in s.tb.non_aid_units)
        or _for_someone_else(cues, raw, lo, hi)
    )


def _clause_scope(s: _Sentence, idx: int) -> tuple[str | None, str | None]:
    """Read figure ``idx``'s scope from its clause: (scope, aid phrase held back)."""
    raw, cues, tb = s.raws[idx], s.cues, s.tb
    lo, hi = s.clauses[idx]
    strong = _between(cues.strong, lo, hi)
    recipient = _between(cues.recipient, lo, hi)
    after = s.window(idx, forward=True)
    before = s.window(idx, forward=False)
    if raw.rate:  # "1% of GDP in military aid" is aid; "2% of GDP on defence" is not
        return _rate_figure_scope(s, after, before, strong or recipient), None
    if (
        tb.domestic_scope is not None
        and not recipient
        and not strong
        and _between(cues.domestic, lo, hi)
    ):
        return tb.domestic_scope, None
    held = None
    for window in (after, before):
        found, via = _scope_of(s.t, window, tb, s.lex)
        if found is None:
            continue
        if (
            via == "phrase"
            and found in s.lex.aid_scopes
            and not recipient
            and not _between(cues.transfer, lo, hi)
        ):
            held = held or found
            continue
        return found, held
    return None, held


def _rate_figure_scope(
    s: _Sentence, after: list[int], before: list[int], evidence: bool
) -> str | None:
    """Scope of a rate: aid when its clause says so plainly, else a rate scope or None."""
    aid = None
    for window in (after, before):  # the nearer side that names a scope decides
        found, via = _scope_of(s.t, window, s.tb, s.lex)
        if found is None:
            continue
        if found in s.lex.aid_scopes and (
            via == "programme" or (via == "head" and found != s.lex.total_scope) or evidence
        ):
            aid = found
        break
    return aid or _rate_scope(s.t, after, s.tb) or _rate_scope(s.t, before, s.tb)
