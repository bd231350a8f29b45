"""How firmly a claim is made: a question, a condition, a hedge on the act, or firm.

The sentence's modality (:mod:`.modality`) says which cues it holds; a claim is hedged only
by a hedge word on its own act (``hedges`` in ``data/claims.yaml``), not by one in another
clause or before a noun ("Ukraine's possible membership is a red line" is firm).
"""

from __future__ import annotations

import re
from typing import Literal

from .claim_rules import ClaimRules
from .modality import Modality

__all__ = ["ClaimModality", "claim_modality", "clause_end"]

#: How firmly a claim is made.
ClaimModality = Literal["firm", "hedged", "conditional", "question"]


def claim_modality(sentence: str, mood: Modality, rules: ClaimRules, until: int) -> ClaimModality:
    """Return how firmly a claim is made: question, conditional, hedged or firm.

    A claim is hedged by a hedge word (``hedges`` in the rules) that stands before the end of
    its act's cue (``until``; with no act word, of the clause of what it is about): "a force
    could be stationed", "I expect Allies to agree"; not by one in a clause that follows
    ("refused to supply them, arguing that they could draw Germany into the war"). "Would" is
    no hedge: in reported speech it is the reporter's grammar ("said Ukraine would continue to
    seek membership").

    Parameters
    ----------
    sentence : str
        The sentence.
    mood : Modality
        The sentence's modality (its conditions).
    rules : ClaimRules
        The claim rules (``questions``, ``hedges``).
    until : int
        Where the claim's act word ends (else the clause of what it is about).

    Returns
    -------
    {"firm", "hedged", "conditional", "question"}
        The claim's modality.
    """
    stripped = sentence.rstrip(" \"'”’»)]")
    if stripped.endswith("?") or rules.question.search(sentence):
        return "question"
    if mood.conditional:
        return "conditional"
    # the first hedge word, read with what follows it ("hopes to" is a wish, not a hedge:
    # "hopes that" is), hedges when it starts before the act's end; a modal in a clause of
    # time is its grammar ("meet the criteria before it could join"), no hedge
    first = next(
        (
            m
            for m in rules.hedge.finditer(sentence)
            if m.start() < until
            and not _TIME_CLAUSE.search(sentence, max(0, m.start() - 40), m.start())
        ),
        None,
    )
    return "hedged" if first is not None else "firm"


def clause_end(sentence: str, anchor: str | None, rules: ClaimRules) -> int:
    """Return where the clause of the words a claim is about ends.

    The clause runs from the words to the next subject break (a subordinate or relative
    clause, a semicolon): "a force could be stationed" is one clause, and so is 'a
    "reassurance force" could be stationed' (a quote mark that closes the words is no
    break). It is the whole sentence when the words are not found.

    Parameters
    ----------
    sentence : str
        The sentence.
    anchor : str or None
        The words the claim is about.
    rules : ClaimRules
        The claim rules (``subject_breaks``).

    Returns
    -------
    int
        The clause's end in the sentence.
    """
    at = sentence.find(anchor) if anchor else -1
    if not anchor or at < 0:
        return len(sentence)
    end = at + len(anchor)
    brk = rules.subject_break.search(sentence, end)
    if brk is not None and brk.start() == end and brk.group() in _QUOTE_MARKS:
        # the mark closes the words themselves, set off in quotes ('a "reassurance force"
        # could be stationed'): the clause goes on
        brk = rules.subject_break.search(sentence, brk.end())
    return brk.start() if brk else len(sentence)


#: A clause of time right before a modal: "before it could", "until Kyiv can".
_TIME_CLAUSE = re.compile(
    r"\b(?:before|until|till|once|so that)\s+(?:\S+\s+){1,3}$", re.IGNORECASE
)

#: The quote marks among the subject breaks.
_QUOTE_MARKS = frozenset('"“”«»')
