"""Negators: whether a word right before an act's cue denies it ("did not invite")."""

from __future__ import annotations

import re

from .claim_rules import ClaimRules

__all__ = ["WORD", "negated_before"]

#: A word, with its apostrophes and hyphens ("Ukraine's", "so-called").
WORD = re.compile(r"[\w'’-]+")


def negated_before(sentence: str, start: int, rules: ClaimRules) -> bool:
    """Whether a negator stands right before ``start`` (within the window, same clause)."""
    window = sentence[max(0, start - 60) : start]
    words = WORD.findall(window)[-(rules.negation_window + 1) :]
    tail = _WITHOUT_OBJECT.sub("", " ".join(words))
    return rules.negator.search(tail) is not None


#: "without" and the noun it takes: "guarantees agreed without Moscow would not work" denies
#: nothing after the noun ("without granting" still denies the act right after it).
_WITHOUT_OBJECT = re.compile(r"\bwithout\s+\w+\b.*$", re.IGNORECASE)
