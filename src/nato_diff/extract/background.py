"""Background: when an act a sentence tells is earlier than the document's news.

An act told in a relative or subordinate clause, a past perfect, a passive with no agent, or
dated before the document's month ("in 2008", "on March 30" in an April story, "last week")
is background: in narration the narrator's report, in a speaker's mouth the speaker's
account. The words are data (``background_clauses`` and ``earlier`` in
``data/claims.yaml``); the dates are read here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from .claim_rules import Act, ClaimHow, ClaimRules
from .clauses import AS_TAIL, ASIDE_BEFORE, PARTICIPLE_TAIL, RELATIVE_TAIL, blank

__all__ = [
    "dated_act",
    "dated_before",
    "in_tag",
    "narrated_background",
    "told_as_background",
]

#: The English month names, for dates named in a clause ("on March 30", "in December").
_MONTHS = {calendar.month_name[i].lower(): i for i in range(1, 13)}
_MONTH = re.compile(
    r"\b(?:in|on|of|until)\s+(?:\d{1,2}\s+)?(" + "|".join(_MONTHS) + r")\b"
    r"(?:\s+\d{1,2}\b)?(?:,?\s+((?:19|20)\d\d)\b)?",
    re.IGNORECASE,
)
#: A year named in a clause ("in 2008"; "since 2008" tells of what still goes on).
_YEAR = re.compile(
    r"\b(?:in|of|until)\s+(?:\w+\s+)?((?:19|20)\d\d)\b"
    # a fronted time: "At the 2023 summit in Vilnius, leaders dropped …"
    r"|^\W*at\s+(?:the|its|their)\s+((?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def told_as_background(
    sentence: str, chosen: tuple[int, int, Act], rules: ClaimRules, date: dt.date
) -> bool:
    """Say whether a narrated act's clause tells it as background.

    Parameters
    ----------
    sentence : str
        The sentence.
    chosen : (int, int, str)
        The act's cue: start, end and act.
    rules : ClaimRules
        The claim rules (``background_clauses``, ``earlier``, ``clause_breaks``).
    date : datetime.date
        The document's date.

    Returns
    -------
    bool
        True for an act in a background clause or dated before the document's month.
    """
    # an aside closed before the act ("Umerov, at his first meeting, urged …") is no clause
    # of the act's: its comma does not make the act's verb a participle
    before = blank(ASIDE_BEFORE, sentence[: chosen[1]])
    # a cue that runs on into its object ("had asked its partners for") is read to its verb
    verb_end = chosen[0] + len(sentence[chosen[0] : chosen[1]].split(" ", 1)[0])
    clause = rules.background_clause
    if clause.search(before) or clause.search(before[:verb_end]):
        return True
    return dated_act(sentence, chosen, rules, date)


def dated_act(
    sentence: str, chosen: tuple[int, int, Act], rules: ClaimRules, date: dt.date
) -> bool:
    """Say whether the clause of an act's cue dates it before the document's month.

    Parameters
    ----------
    sentence : str
        The sentence.
    chosen : (int, int, str)
        The act's cue: start, end and act.
    rules : ClaimRules
        The claim rules.
    date : datetime.date
        The document's date.

    Returns
    -------
    bool
        True when the clause names an earlier year, month or relative past.

    Examples
    --------
    >>> import datetime as dt
    >>> from nato_diff.extract.claim_rules import load_claim_rules
    >>> s = "Last year we agreed to step up our support."
    >>> dated_act(s, (12, 18, "decides"), load_claim_rules(), dt.date(2019, 10, 31))
    True
    """
    start, end = chosen[0], chosen[1]
    clause = rules.clause_break.split(sentence[end:], maxsplit=1)[0]
    clause = _own_dates(clause)
    head = ASIDE_BEFORE.sub(" ", rules.clause_break.split(sentence[:start])[-1])
    return dated_before(head + " " + sentence[start:end] + clause, date, rules)


def _own_dates(clause: str) -> str:
    """Blank what dates itself in a clause: relative and participle tails, "as agreed" asides."""
    return AS_TAIL.sub(" ", PARTICIPLE_TAIL.sub(" ", RELATIVE_TAIL.sub(" ", clause)))


def dated_before(clause: str, date: dt.date, rules: ClaimRules) -> bool:
    """Say whether a clause dates what it tells before the document's month.

    A year before the document's ("in 2008"), an earlier month of the document's year ("on
    March 30" in an April story), or a relative past ("last week"). A later month with no
    year is left alone: it may be last year's or one to come ("the summit in April").

    Parameters
    ----------
    clause : str
        The words of the clause.
    date : datetime.date
        The document's date.
    rules : ClaimRules
        The claim rules (``earlier``).

    Returns
    -------
    bool
        True for a clause dated before the document's month.
    """
    if rules.earlier.search(clause):
        return True
    if any(int(m.group(1) or m.group(2)) < date.year for m in _YEAR.finditer(clause)):
        return True
    for m in _MONTH.finditer(clause):
        month = _MONTHS[m.group(1).lower()]
        year = int(m.group(2)) if m.group(2) else date.year
        if (year, month) < (date.year, date.month):
            return True
    return False


#: A past perfect right before an act's cue ("had approved", "had been agreed").
_PLUPERFECT = re.compile(r"\bhad\s+(\w+ly\s+|already\s+|also\s+|been\s+)*$")


def in_tag(chosen: tuple[int, int, Act] | None, span_start: int) -> bool:
    """Whether the act's cue is the verb that tags reported speech: the speaker's own act."""
    return chosen is not None and chosen[0] < span_start


def narrated_background(
    sentence: str,
    chosen: tuple[int, int, Act] | None,
    act: Act,
    found: tuple[str | None, str | None, ClaimHow],
    span_start: int,
    rules: ClaimRules,
    date: dt.date,
) -> tuple[Act, tuple[str | None, str | None, ClaimHow]]:
    """Give narrated background to the narrator: a report with no holder.

    ``found`` is the holder, side and how it was found; ``span_start`` where the holder's
    words begin (after a reporting tag). Returns the act and the holder, side and how.

    A narrated agent's decision summed up to now ("X has committed $750m since 2014") and an
    earlier act told as background (in a relative or subordinate clause, a past perfect, a
    passive with no agent, or dated before the document's month) are the narrator's
    background, not acts of the agent's in this document. So is an earlier act whose verb
    tags reported speech ("Ukraine announced its corridor on August 10, …"). A speaker's
    account of a decision or rejection dated before the document ("Last year we agreed …")
    is the speaker's report; so is the document voice's account of one told as background
    ("… the declaration, which Finland later joined").
    """
    own_verb = found[2] == "reported" and in_tag(chosen, span_start)
    if found[2] in ("quote", "reported") and not own_verb:
        # a speaker's account of an earlier act ("Last year we agreed …") reports it
        told = act in ("decides", "rejects")
        if told and chosen is not None and dated_act(sentence, chosen, rules, date):
            return "reports", found
        if act == "decides" and chosen is not None and _PLUPERFECT.search(sentence, 0, chosen[0]):
            # "informed that the Cabinet had approved …": an earlier decision, told (a
            # rejection's past perfect is mostly a verdict: "had failed to protect")
            return "reports", found
        return act, found
    if found[2] == "voice" and act in ("decides", "rejects") and chosen is not None:
        # the document's own account of an earlier act, told as background, reports it (a
        # running total in its own words stays its act)
        if not rules.background.search(sentence) and told_as_background(
            sentence, chosen, rules, date
        ):
            return "reports", found
        return act, found
    if found[2] != "agent" and not own_verb:
        return act, found
    if found[2] == "agent" and act == "reports" and rules.background.search(sentence):
        return act, (None, None, "none")
    if (
        act != "reports"
        and chosen is not None
        and told_as_background(sentence, chosen, rules, date)
    ):
        return "reports", (None, None, "none")
    if act == "decides" and chosen is None and found[2] == "agent":
        # a deed with no act word ("Romania proposed a flotilla in 2016"), dated in its
        # clause before the document's month, is background too
        clause = rules.clause_break.split(sentence, maxsplit=1)[0]
        if dated_before(_own_dates(clause), date, rules):
            return "reports", (None, None, "none")
    return act, found
