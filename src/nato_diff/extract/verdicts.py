"""Verdicts: rejections that judge what they name, and charges and questions answered.

"Statements that the door remains open only encourage Kiev" judges what it names: on a page
with a voice, the verdict is the voice's, not an act of the Alliance the judged words name.
"Russia has not violated the Memorandum" denies a breach: it answers a charge, and the
holder reports. So does an answer to a question put in an opener ("Asked about a Membership
Action Plan, he said only that Allies had not discussed it") when it has no act word of its
own: what the question names is no offer. The verdict words are data (``verdicts`` in
``data/claims.yaml``).
"""

from __future__ import annotations

import re

from .actors import Attribution
from .claim_rules import Act, ClaimRules
from .negators import negated_before

__all__ = ["answered", "voiced_verdict"]


def voiced_verdict(
    sentence: str,
    chosen: tuple[int, int, Act] | None,
    voice: Attribution | None,
    rules: ClaimRules,
) -> bool:
    """Whether a narrated rejection is a verdict the page's voice passes on what it names."""
    return (
        chosen is not None
        and chosen[2] == "rejects"
        and voice is not None
        and voice.side is not None
        and rules.verdict.fullmatch(sentence, chosen[0], chosen[1]) is not None
    )


#: A rejection that names a breach ("violated the Memorandum", "broke its promise").
_BREACH = re.compile(r"\b(?:violat|breach|betray|broke|broken|ignor)\w*", re.IGNORECASE)


def _denied_breach(sentence: str, anchor: str, at: int, rules: ClaimRules) -> bool:
    """Whether the rung's rejection (``anchor``, at ``at``) is a breach the holder denies."""
    m = _BREACH.search(anchor)
    return m is not None and negated_before(sentence, at + m.start(), rules)


#: An opener that puts a question to the speaker ("Asked about a MAP, …", "Asked whether …,").
_ASKED = re.compile(r"^\W*(?:when\s+)?asked\s+(?:about|whether|if|when|why|how)\b[^,;:]*,", re.I)


def answered(sentence: str, anchor: str | None, rules: ClaimRules) -> bool:
    """Whether the claim answers a charge or a question rather than acting on its rung.

    A denied breach ("has not violated the Memorandum"), or a rung named only in the
    question an opener puts ("Asked about a MAP, he said …").
    """
    at = sentence.find(anchor) if anchor else -1
    if at < 0 or anchor is None:
        return False
    if _denied_breach(sentence, anchor, at, rules):
        return True
    m = _ASKED.match(sentence)
    return m is not None and at < m.end()
