"""Acts a sentence's wording revises after the act word is read.

:func:`~nato_diff.extract.claims.read_claim` reads a sentence's act from its act words; a few
turns of phrase then change what that act means for the holder: a renunciation denied ("will
never give up its plans to join") keeps what it would give up, a wish told in the pluperfect
("had hoped to") is told, a grantor that "looks forward to welcoming" a member or recalls what
it promised offers it, and a decision told and reaffirmed in one sentence is restated.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..dimensions import SentenceMatch
from .claim_rules import ClaimRules
from .claims import Claim

__all__ = ["kept", "revised_act"]


def _cue_parts(sentence: str, claim: Claim) -> tuple[str, int, str, int]:
    """Return a claim's act words and what it is about, with where each stands (-1: absent)."""
    words, _, about = (claim.cue or "").partition(" | ")
    at = sentence.find(words) if words else -1
    return words, at, about, sentence.find(about) if about else -1


def kept(sentence: str, claim: Claim, match: SentenceMatch, rules: ClaimRules) -> Claim:
    """Read a denied renunciation as the holder's own act on the rung (``kept``).

    "Ukraine will never give up its aspiration to join NATO" asks for membership, in Kyiv's
    mouth; it refuses nothing. The rung is the one the renounced words name; the act becomes
    the side's default act, Ukraine's own rungs it keeps (``own_rungs``: "will not give up
    practical cooperation with NATO"), and an opponent's floor rung it wishes for ("Moscow
    will never give up its demand for neutrality").

    Parameters
    ----------
    sentence : str
        The sentence.
    claim : Claim
        Its claim as read.
    match : SentenceMatch
        What the dimension found in the sentence.
    rules : ClaimRules
        The claim rules.

    Returns
    -------
    Claim
        The claim, revised when its refusal is a denied renunciation.
    """
    if claim.act != "rejects" or not claim.cue:
        return claim
    words, at, about, about_at = _cue_parts(sentence, claim)
    # the denied verb is the act's, and what the claim is about stands near it ("the goal
    # Ukraine will never give up", "will not give up practical cooperation")
    if at < 0 or not any(
        m.start() <= at + len(words)
        and m.end() >= at
        and m.start() - 80 <= about_at <= m.end() + 60
        for m in rules.kept.finditer(sentence)
    ):
        return claim
    rung = match.position if match.position and about == match.position_cue else claim.rung
    act = rules.default_acts.get(claim.side or "")
    if act == "rejects" and rung in rules.floor_rungs:
        act = "seeks"
    elif claim.side == "ukraine" and rung in rules.own_rungs:
        act = "offers"
    if act is None or act == "rejects":
        return claim
    return replace(claim, act=act, rung=rung, polarity="affirmed")


def revised_act(sentence: str, claim: Claim, rules: ClaimRules) -> Claim:
    """Revise a claim's act for a grantor's welcome or recall, a past wish, a restatement.

    Parameters
    ----------
    sentence : str
        The sentence.
    claim : Claim
        Its claim as read.
    rules : ClaimRules
        The claim rules (``grantor_sides``).

    Returns
    -------
    Claim
        The claim, its act revised where one of the turns of phrase above applies.
    """
    claim = _past_wish(sentence, _looked_forward(claim, rules))
    claim = _recalled_promise(sentence, claim, rules)
    told = claim.act == "decides" or (claim.act == "reports" and claim.side is not None)
    if told and _RESTATED_AFTER.search(sentence):
        # "At Bucharest we agreed that Georgia will become a member, and we reiterate all
        # elements of that decision": the decision told (dated before, or not) is restated,
        # an offer
        claim = replace(claim, act="offers")
    return claim


#: A grantor recalling what it promised: "Ministers recalled that Georgia will become a member".
_RECALLED = re.compile(
    r"\brecall(?:s|ed)?\s+(?:that\b[^.;]*\b(?:will|would|shall|next step)\b"
    r"|the (?:decisions?|commitments?) (?:we|they|Allies|leaders) (?:took|made|have taken))",
    re.IGNORECASE,
)


def _recalled_promise(sentence: str, claim: Claim, rules: ClaimRules) -> Claim:
    """Read a grantor's recall of its own promise as restating it (``offers``).

    "Ministers recalled that Georgia will also become a member of NATO", "we recall the
    decisions we took at Bucharest": the Alliance restates its commitment; what it recalls
    of past deeds ("recalled that Allies launched five trust funds") stays a report.
    """
    if claim.act != "reports" or claim.side not in rules.grantor_sides:
        return claim
    return replace(claim, act="offers") if _RECALLED.search(sentence) else claim


#: A decision told, then restated in the same sentence: "… and we reiterate that decision".
_RESTATED_AFTER = re.compile(
    r"\b(?:and|;)\s+(?:we|they|Allies|leaders|ministers)\s+(?:\w+ly\s+)?"
    r"(?:reiterate|reaffirm|restate|stand by|remain committed to)\b[^.;]*?"
    r"\b(?:that|this|the|these|those|its|our|their)\s+(?:\w+\s+)?(?:decisions?|commitments?)\b",
    re.IGNORECASE,
)


#: Looking forward to a step: a wish in the mouth of who asks, an offer in a grantor's.
_LOOK_FORWARD = re.compile(r"^look(s|ed|ing)? forward", re.IGNORECASE)


def _looked_forward(claim: Claim, rules: ClaimRules) -> Claim:
    """Read a grantor side's "we look forward to welcoming …" as its offer, not a wish.

    "Allies look forward to welcoming Finland and Sweden", "we look forward to meeting Ukraine
    in the Commission": the Alliance and its members (``grantor_sides``) give what they look
    forward to.
    """
    if claim.act != "seeks" or claim.side not in rules.grantor_sides or not claim.cue:
        return claim
    return replace(claim, act="offers") if _LOOK_FORWARD.match(claim.cue) else claim


#: The pluperfect before a wish's verb: "had hoped to", "had long sought".
_PLUPERFECT = re.compile(r"\bhad\s+(long\s+|previously\s+|earlier\s+|also\s+|once\s+)?$")


def _past_wish(sentence: str, claim: Claim) -> Claim:
    """Read a wish told in the pluperfect as told, not asked for now.

    "…, even though Kiev had hoped to leave Bucharest with a MAP": what the holder had hoped
    for before the event the sentence tells is background (``reports``).
    """
    if claim.act != "seeks" or not claim.cue:
        return claim
    at = _cue_parts(sentence, claim)[1]
    if at < 0 or not _PLUPERFECT.search(sentence, max(0, at - 20), at):
        return claim
    return replace(claim, act="reports")
