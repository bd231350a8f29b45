"""Which act word governs what a sentence is about.

A sentence may hold several act words ("Kyiv urged Allies to grant a MAP", "Japan signed
and promised $4.5 billion"); :func:`choose_act` picks the one whose act the holder takes,
by the order of the words and the grammar between them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .claim_rules import Act, ClaimRules

__all__ = ["choose_act"]

#: A second verb joined to the first by "and" or, in a headline's list, by a comma ("Spain
#: signs pact, pledges €1bn"), with no "that" or "to" taking it in between.
_JOINED = re.compile(r"(?:(?!\bthat\b|\bto\b)[^;:])*(?:\band|,)\s+(?:\w+ly\s+)?$")
#: A negator right before a cue ("do not need", "are not asking for").
_NOT_BEFORE = re.compile(r"(?:\b(?:not|never)\s+(?:\w+\s+)?|n['’]t\s+)$", re.IGNORECASE)


def choose_act(
    sentence: str, cues: Sequence[tuple[int, int, Act]], anchor: int, rules: ClaimRules
) -> tuple[int, int, Act] | None:
    """Pick the act cue that governs what a sentence is about.

    A rejection wins, unless a request asks for it ("demanded that Washington halt …"); a
    request that comes first governs what it asks for, and after a denied request the one
    affirmed; else the last decision before what the sentence is about ("Allies agreed that
    Ukraine will join"), unless a request asks for it or a later verb is joined to it by
    "and"; else the cue nearest before, else the first.

    Parameters
    ----------
    sentence : str
        The sentence.
    cues : sequence of (int, int, str)
        The sentence's live act cues, in order: start, end, act.
    anchor : int
        Where what the sentence is about starts.
    rules : ClaimRules
        The claim rules (``request_verbs``).

    Returns
    -------
    (int, int, str) or None
        The governing cue, or None when there is none.

    Examples
    --------
    >>> from nato_diff.extract.claim_rules import load_claim_rules
    >>> s = "Kyiv urged Allies to grant a Membership Action Plan."
    >>> choose_act(s, [(5, 10, "seeks"), (21, 26, "decides")], 27, load_claim_rules())
    (5, 10, 'seeks')
    """
    if not cues:
        return None
    rejections = [c for c in cues if c[2] == "rejects"]
    if rejections:
        refused = min(rejections, key=lambda c: abs(c[0] - anchor))
        asking = [
            c
            for c in cues
            if c[2] == "seeks"
            and 0 <= refused[0] - c[1] <= 40
            and rules.request.match(sentence, c[0]) is not None
        ]
        # "demanded that Washington halt the flights": the demand governs what it asks for
        return asking[-1] if asking else refused
    if cues[0][2] == "seeks" and cues[0][0] <= anchor:
        # "request that the Allies decide to grant ...": the request governs; after a denied
        # one, the one affirmed ("we do not need soldiers, we need weapons")
        asks = [c for c in cues if c[2] == "seeks" and c[0] <= anchor]
        firm = [c for c in asks if not _NOT_BEFORE.search(sentence, max(0, c[0] - 16), c[0])]
        return cues[0] if not firm or firm[0] is cues[0] else firm[0]
    before = [c for c in cues if c[0] <= anchor]
    decisions = [c for c in before if c[2] == "decides"]
    if decisions:
        asked = [c for c in before if c[2] == "seeks" and 0 <= decisions[-1][0] - c[1] <= 30]
        # "urged allies to grant it a MAP": the request governs what it asks for
        if asked:
            return asked[-1]
        # "Allies agreed that …": the decision governs what it takes in; a later verb
        # joined to it ("Japan signed … and promised $4.5 billion") governs its own object
        later = before[-1]
        joined = later[0] > decisions[-1][1] and _JOINED.match(
            sentence, decisions[-1][1], later[0]
        )
        return later if joined else decisions[-1]
    if before:
        return before[-1]
    return cues[0]
