"""References back: "the memorandum", "both texts", "the plan" mean what a term named before.

A document names a thing once in full ("the 1994 Budapest Memorandum", "bilateral security
agreements", "a reassurance force") and then refers back to it with a definite noun phrase
("Moscow denies it has violated the memorandum", "Both texts say …", "Peskov called the plan
a mistake"). Read one sentence at a time, those sentences name no term and are lost to the
dimension. :class:`References` keeps, per dimension, the head nouns of the multi-word terms a
document matched (and the nouns that stand for them, from ``data/references.yaml``) and gives
a later sentence that refers back to one of them, with a definite determiner and within a
window of sentences, a mention of that dimension: its facets are the antecedent's, its term
is the reference as written, and it has no rung cue of its own.

Limits: the reference must carry a determiner ("the", "this", "such", "both", "its", …);
pronouns ("it", "they") are not followed; the latest antecedent with that head wins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import takewhile
from typing import Any

from .._data import builtin_path, read_yaml
from ..dimensions import SentenceMatch

__all__ = ["References"]


@dataclass(frozen=True)
class _Rules:
    determiners: tuple[str, ...]
    stand_for: Mapping[str, tuple[str, ...]]
    ignore: frozenset[str]
    window: int
    min_words: int
    prepositions: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    path = builtin_path("references.yaml")
    data: Any = read_yaml(path)
    return _Rules(
        determiners=tuple(str(d) for d in data["determiners"]),
        stand_for={str(k): tuple(str(v) for v in vs) for k, vs in data["stand_for"].items()},
        ignore=frozenset(str(w).lower() for w in data["ignore"]),
        window=int(data["window"]),
        min_words=int(data["min_words"]),
        prepositions=frozenset(str(w).lower() for w in data.get("prepositions", ())),
    )


_LETTERS = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1 << 14)
def _head(term: str) -> str | None:
    """Return a term's head noun, singular and lower-cased ("agreements" -> "agreement").

    In a noun phrase with a prepositional complement the head stands before the first
    preposition: "agreement on security cooperation" -> "agreement", "Joint Declaration of
    Support for Ukraine" -> "declaration".
    """
    words: list[str] = _LETTERS.findall(term)
    cut = next(
        (i for i, w in enumerate(words) if i > 0 and w.lower() in _rules().prepositions),
        len(words),
    )
    words = words[:cut]
    if not words:
        return None
    head = words[-1].lower()
    if head.endswith("ies"):
        return head[:-3] + "y"
    if head.endswith("s") and not head.endswith("ss"):
        return head[:-1]
    return head


class References:
    """Follow definite references back to the terms a document matched.

    The rules (determiners, nouns that stand for others, heads never followed, the window)
    are the package's ``data/references.yaml``.
    """

    def __init__(self) -> None:
        self.rules = _rules()
        # dimension -> head noun -> (sentence id, facets)
        self._heads: dict[str, dict[str, tuple[int, tuple[str, ...]]]] = {}

    def note(self, sid: int, matches: Mapping[str, SentenceMatch]) -> None:
        """Remember the heads of the multi-word terms a sentence matched, per dimension.

        Parameters
        ----------
        sid : int
            The sentence's id.
        matches : mapping of str to SentenceMatch
            What each dimension found in it.
        """
        for dim_id, match in matches.items():
            heads = self._heads.setdefault(dim_id, {})
            for term in match.terms:
                head = _head(term)
                if (
                    head is None
                    or head in self.rules.ignore
                    or len(term.split()) < self.rules.min_words
                ):
                    continue
                for noun in (head, *self.rules.stand_for.get(head, ())):
                    heads[noun] = (sid, match.facets)

    def find(
        self, sid: int, sentence: str, matched: Mapping[str, SentenceMatch]
    ) -> dict[str, SentenceMatch]:
        """Return mentions by reference for the dimensions the sentence did not match.

        Parameters
        ----------
        sid : int
            The sentence's id.
        sentence : str
            The sentence.
        matched : mapping of str to SentenceMatch
            The dimensions the sentence matched by its own terms (left as they are).

        Returns
        -------
        dict of str to SentenceMatch
            One match per dimension the sentence refers back to.
        """
        live = {
            noun
            for heads in self._heads.values()
            for noun, (at, _) in heads.items()
            if sid - at <= self.rules.window
        }
        # A word whose head is a live noun holds that noun less its last letter (the noun,
        # "agreements", "polic" of "policies"): without one, nothing can refer back.
        low = sentence.lower()
        if not any(noun[:-1] in low for noun in live):
            return {}
        found: dict[str, SentenceMatch] = {}
        for det, words in _phrases(self.rules, sentence):
            hit_at = next((i for i, w in enumerate(words) if _head(w) in live), None)
            if hit_at is None:
                continue
            noun = _head(words[hit_at]) or ""
            phrase = " ".join([det, *words[: hit_at + 1]])
            for dim_id, heads in self._heads.items():
                hit = heads.get(noun)
                if dim_id in matched or dim_id in found or hit is None:
                    continue
                if sid - hit[0] <= self.rules.window:
                    found[dim_id] = SentenceMatch(facets=hit[1], terms=(phrase,))
                    # A reference keeps its antecedent in view: the window runs on from here.
                    heads[noun] = (sid, hit[1])
        return found


_Phrases = tuple[tuple[str, tuple[str, ...]], ...]
# The phrases of the last sentences read, per rules (kept alive with their table, so that
# their id stays their own): documents repeat sentences. Emptied when full.
_PHRASES: dict[int, tuple[_Rules, dict[str, _Phrases]]] = {}


def _phrases(rules: _Rules, sentence: str) -> _Phrases:
    """Return each determiner of a sentence with the words after it where a head may stand."""
    kept = _PHRASES.get(id(rules))
    if kept is None or kept[0] is not rules:
        if len(_PHRASES) >= 4:
            _PHRASES.clear()
        kept = _PHRASES[id(rules)] = (rules, {})
    seen = kept[1]
    known = seen.get(sentence)
    if known is None:
        if len(seen) >= 1024:
            seen.clear()
        prepositions = rules.prepositions
        # The determiner belongs to the phrase before a preposition: "the Ministry of
        # Defence" is a ministry, not a reference to "air defence".
        known = seen[sentence] = tuple(
            (
                m.group("det"),
                tuple(
                    takewhile(lambda w: w.lower() not in prepositions, m.group("words").split())
                ),
            )
            for m in _determined(rules.determiners).finditer(sentence)
        )
    return known


@lru_cache(maxsize=4)
def _determined(determiners: tuple[str, ...]) -> re.Pattern[str]:
    """Match a determiner and the (up to three) words after it, where a head may stand."""
    dets = "|".join(re.escape(d) for d in determiners)
    return re.compile(rf"\b(?P<det>(?i:{dets}))\s+(?=(?P<words>[\w-]+(?:\s+[\w-]+){{0,2}}))")
