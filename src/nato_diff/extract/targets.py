"""Whose membership, guarantee or aid a claim is about: Ukraine, another state, the Allies."""

from __future__ import annotations

from .agents import Agent
from .claim_rules import ClaimRules, Target

__all__ = ["claim_target"]


def claim_target(
    sentence: str,
    rules: ClaimRules,
    rung: str | None = None,
    *,
    refused: bool = False,
    agent: Agent | None = None,
) -> Target:
    """Return a claim's target: Ukraine unless another state or the Allies are named alone.

    Collective defence in a sentence that names no one else is the Allies' own ("Article 5
    remains the core task of our Alliance"); refused, it is refused to Ukraine ("Article 5
    applies to members, and Ukraine is not one", "is for members only") or the state named.
    On a dimension without a ladder (aid), the state that acts names no target: "Sweden
    would send artillery" is aid to Ukraine; its own accession is its target.

    Parameters
    ----------
    sentence : str
        The sentence (or clause) the claim is read from.
    rules : ClaimRules
        The claim rules (``targets``, ``country_words``).
    rung : str, optional
        The claim's rung.
    refused : bool, optional
        Whether the sentence refuses the rung.
    agent : Agent, optional
        The agent of the act; with no rung, its own name is not a target.

    Returns
    -------
    str
        ``"ukraine"``, ``"other"`` or ``"allies"``.

    Examples
    --------
    >>> from nato_diff.extract.claim_rules import load_claim_rules
    >>> claim_target("Finland's accession was ratified.", load_claim_rules(), "will_join")
    'other'
    """
    other = rules.targets.get("other")
    if agent is not None and other is not None and rung is None:
        own = other.match(sentence, agent.start)
        if own is not None:
            sentence = sentence[: own.start()] + " " * len(own.group()) + sentence[own.end() :]
    allies = rules.targets.get("allies")
    ukraine = rules.targets.get("ukraine")
    named = other is not None and other.search(sentence) is not None
    if refused and (not named or (ukraine is not None and ukraine.search(sentence))):
        return "ukraine"
    if rung == "collective_defence" and allies is not None and allies.search(sentence):
        return "allies"  # the Allies' own defence ("every Ally"), Ukraine named or not
    if ukraine is not None and ukraine.search(sentence):
        return "ukraine"
    if not named and rules.country_words.search(sentence):
        return "ukraine"  # "the country", with no other state named
    if rung == "collective_defence" and not named:
        return "allies"
    for target in ("other", "allies"):
        pattern = rules.targets.get(target)
        if pattern is not None and pattern.search(sentence):
            return target
    return "ukraine"
