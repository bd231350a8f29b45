"""Matching one sentence against a compiled dimension: facets, exclusion, negation, questions.

Three rules sit on top of the patterns (:mod:`.patterns`):

* **Exclusion.** A term or cue match that overlaps a match of one of the dimension's
  ``exclude`` patterns does not count (nor does a term match overlapping its facet's
  ``exclude``): "Sweden's accession" is another country's path, not Ukraine's.
* **Local negation** (:mod:`.negation`). A position cue does not count when a negator stands
  before it in the same clause, within the window; a dimension that sets
  ``negated_position`` places a sentence with a negated cue of a higher rung on that rung
  instead, the reported cue then starting at the negator. Only words before a cue's match
  can negate it.
* **Questions take no position.** A sentence that ends with "?" (after any closing quotes
  or brackets) or starts with "Q:" or "Question:" is scanned for facet terms only: it can be
  a mention, never a position.

Only the units the prefix filter allows are run, only where it allows; exclusion and
negation are only looked at where a term or a cue matched.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import cast

from .compiled import CompiledCue, CompiledFacet, Matcher, Places
from .model import Position, SentenceMatch

__all__ = ["is_question", "match_sentence", "term_matches"]

_Pattern = re.Pattern[str]
_Spans = list[tuple[int, int]]

# A question takes no position: the sentence ends with "?" (then perhaps closing quotes or
# brackets), or a transcript marks it with "Q:" or "Question:".
_CLOSERS = " \t\r\n\u00a0\"'\u201d\u2019\u00bb)]}"
_QUESTION_LABEL = re.compile(r"[\s\"'\u201c\u2018\u00ab(\[]*(?:Q|Question)\s*:", re.IGNORECASE)


def is_question(sentence: str) -> bool:
    """Say whether a sentence is a question: it ends with "?" or starts with "Q:"/"Question:".

    Parameters
    ----------
    sentence : str
        One sentence.

    Returns
    -------
    bool
        True for a question; closing quotes or brackets after the "?" are allowed.
    """
    return sentence.rstrip(_CLOSERS).endswith("?") or _QUESTION_LABEL.match(sentence) is not None


def term_matches(m: Matcher, sentence: str, context: str = "") -> list[tuple[str, str, int, int]]:
    """List every facet term match in a sentence (see :meth:`.Dimension.term_matches`).

    Parameters
    ----------
    m : Matcher
        The dimension's compiled form.
    sentence : str
        The text to search.
    context : str, optional
        The sentence before, where a facet's ``requires`` may also be met.

    Returns
    -------
    list of (str, str, int, int)
        ``(facet, text, start, end)`` per match, ordered by ``start`` then facet order.
    """
    mask, places = m.candidates(sentence)
    vetoes = _vetoes(m, sentence, mask, places)
    found: list[tuple[int, int, str, int]] = []
    for order, facet in enumerate(m.facets):
        if mask >> facet.bit & 1:
            spans = _facet_spans(sentence, facet, m.starts(places, facet.bit), context)
            for start, end in _drop_overlapping(spans, vetoes):
                found.append((start, order, facet.id, end))
    found.sort()
    return [(facet, sentence[start:end], start, end) for start, _, facet, end in found]


def match_sentence(
    m: Matcher,
    sentence: str,
    mask: int,
    places: Places,
    context: str = "",
    read: list[bool] | None = None,
) -> SentenceMatch | None:
    """Say which facets and which position a sentence shows (see :meth:`.Dimension.scan`).

    Parameters
    ----------
    m : Matcher
        The dimension's compiled form.
    sentence : str
        One sentence.
    mask : int
        The bits of the units to run.
    places : list or None
        Where each unit may match; None for anywhere.
    context : str, optional
        The sentence before, where a facet's ``requires`` may also be met.
    read : list of bool, optional
        True is appended each time ``context`` is looked at; the match depends on
        ``context`` only when it was.

    Returns
    -------
    SentenceMatch or None
        None when neither a facet term nor a position cue matches.
    """
    if not mask & ~m.exclude_bits:  # nothing but exclude patterns may match
        return None
    facets, spans, vetoes = _facet_hits(m, sentence, mask, places, context, read)
    position, cue_text, seen, denied, rejects = None, None, False, None, False
    if mask & m.all_cue_bits and not is_question(sentence):
        position, cue_text, seen, denied, rejects = _position(m, sentence, mask, places, vetoes)
    if not facets and position is None and not seen:
        return None
    listed = sorted((s, order, facet, e) for order, facet, s, e in spans)
    terms = tuple(dict.fromkeys(sentence[s:e] for s, _, _, e in sorted(listed, key=_span)))
    return SentenceMatch(
        facets=tuple(facets),
        terms=terms,
        position=position.id if position else None,
        position_rank=position.rank if position else None,
        position_cue=cue_text,
        denied=denied[0].id if denied else None,
        denied_cue=denied[1] if denied else None,
        rejects=rejects,
        term_matches=tuple((facet, sentence[s:e], s, e) for s, _, facet, e in listed),
    )


def _span(hit: tuple[int, int, str, int]) -> tuple[int, int]:
    return hit[0], hit[3]


def _facet_hits(
    m: Matcher,
    sentence: str,
    mask: int,
    places: Places,
    context: str = "",
    read: list[bool] | None = None,
) -> tuple[list[str], list[tuple[int, str, int, int]], _Spans | None]:
    """Return the facets that match, their terms (order, facet, start, end), the vetoes."""
    vetoes = None  # the exclude matches, found when a term match first needs them
    facets: list[str] = []
    spans: list[tuple[int, str, int, int]] = []
    for order, facet in enumerate(m.facets):
        if mask >> facet.bit & 1:
            found = _facet_spans(sentence, facet, m.starts(places, facet.bit), context, read)
            if found and mask & m.exclude_bits:
                if vetoes is None:
                    vetoes = _vetoes(m, sentence, mask, places)
                found = _drop_overlapping(found, vetoes)
            if found:
                facets.append(facet.id)
                spans.extend((order, facet.id, s, e) for s, e in found)
    return facets, spans, vetoes


def _vetoes(m: Matcher, sentence: str, mask: int, places: Places) -> _Spans:
    """Return the spans of the dimension's ``exclude`` matches (only those that may match)."""
    if not mask & m.exclude_bits:
        return []
    return [
        span
        for bit, pattern in m.exclude
        if mask >> bit & 1
        for span in _all_matches(pattern, sentence, m.starts(places, bit))
    ]


def _overlaps(start: int, end: int, spans: _Spans) -> bool:
    return any(s < end and start < e for s, e in spans)


# Above this many spans, overlap checks sort them once rather than scan them all.
_SCAN_LIMIT = 16


def _overlaps_sorted(start: int, end: int, spans: _Spans) -> bool:
    """Overlap test against spans sorted by start (the spans that start before ``end``)."""
    i = bisect.bisect_left(spans, (end, -1))  # spans[:i] start before end
    longest = max((e - s for s, e in spans), default=0)
    j = bisect.bisect_left(spans, (start - longest, -1))
    return any(start < e for _, e in spans[j:i])


def _drop_overlapping(spans: _Spans, vetoes: _Spans) -> _Spans:
    """Return the spans that overlap none of ``vetoes`` (linear after sorting)."""
    if len(vetoes) <= _SCAN_LIMIT:
        return [(s, e) for s, e in spans if not _overlaps(s, e, vetoes)]
    ordered = sorted(vetoes)
    return [(s, e) for s, e in spans if not _overlaps_sorted(s, e, ordered)]


@dataclass
class _Ladder:
    """One search down a sentence's ladder of positions, from the top.

    Keeps the exclude matches (found when first needed), the earliest negated or rejected
    cue of a rung above the negated one (``demoted``: its start and text), and whether any
    cue matched at all (``seen``).
    """

    m: Matcher
    sentence: str
    mask: int
    places: Places
    vetoes: _Spans | None
    demoted: tuple[int, str, bool] | None = None
    seen: bool = False
    denied: tuple[Position, str] | None = None

    def excluded(self, hit: re.Match[str]) -> bool:
        """Whether a cue match overlaps an ``exclude`` match."""
        if not self.mask & self.m.exclude_bits:
            return False
        if self.vetoes is None:
            self.vetoes = _vetoes(self.m, self.sentence, self.mask, self.places)
        return _overlaps(hit.start(), hit.end(), self.vetoes)

    def earliest(
        self, position: Position, cue: CompiledCue, best: tuple[int, str, bool] | None
    ) -> tuple[int, str, bool] | None:
        """Return the earliest counting match of ``cue`` if it starts before ``best``, else best.

        A match counts when it overlaps no ``exclude`` match, has no negator before it and
        no rejection predicate right after it.
        """
        if not self.mask >> cue.bit & 1:
            return best
        sentence = self.sentence
        starts = self.m.starts(self.places, cue.bit)
        hit = _first_match(cue.pattern, sentence, starts)
        if hit is None or (best is not None and hit.start() >= best[0]):
            return best
        if cue.requires and not any(r.search(sentence) for r in cue.requires):
            return best
        if any(u.search(sentence) for u in cue.unless):
            return best
        while hit is not None and (best is None or hit.start() < best[0]):
            if not self.excluded(hit):
                self.seen = True
                if cue.denies:
                    # A rejection that is itself negated ("will never give up its
                    # aspirations") affirms the rung.
                    negator = self.m.negation.negator_before(sentence, hit.start())
                    return hit.start(), hit.group(), negator is None
                if self._counts(position, hit):
                    return hit.start(), hit.group(), False
            hit = _next_match(cue.pattern, sentence, starts, hit.start())
        return best

    def _counts(self, position: Position, hit: re.Match[str]) -> bool:
        """Whether a cue match is neither negated nor rejected; if it is, note it as demoted.

        A negated or rejected match of a rung above ``m.negated`` counts for that rung
        instead, with its text from the negator on (or up to the end of the predicate).
        """
        m, sentence = self.m, self.sentence
        negator = m.negation.negator_before(sentence, hit.start())
        above = m.negated is None or position.rank > m.negated.rank
        rejected = (
            m.negation.rejection_after(sentence, hit.end()) if negator is None and above else None
        )
        if negator is None and rejected is None:
            return True
        span = (negator, hit.end()) if negator is not None else (hit.start(), cast(int, rejected))
        if self.denied is None:  # rungs are tried from the top: the highest denied rung
            self.denied = (position, sentence[span[0] : span[1]])
        if m.negated is not None and above and (self.demoted is None or span[0] < self.demoted[0]):
            self.demoted = (span[0], sentence[span[0] : span[1]], False)
        return False


def _position(
    m: Matcher,
    sentence: str,
    mask: int,
    places: Places,
    vetoes: _Spans | None,
) -> tuple[Position | None, str | None, bool, tuple[Position, str] | None, bool]:
    """Return the top position with a cue that counts, its cue text, whether a cue matched.

    The fourth value is the highest rung whose cue matched but was negated or rejected, with
    the denying text ("not invite Ukraine to join"), or None; the fifth, whether the position's
    cue is a rejection of its rung (``denies``; such a cue is never negated in turn).

    The third value is True when any cue matched, negated or not. Rungs are tried from the
    top. A cue counts at its earliest match that overlaps no ``exclude`` match (``vetoes``;
    None if not yet looked for), has no negator before it and no rejection predicate ("is
    impossible", "is not realistic") right after it. A negated or rejected match of a rung
    above ``m.negated`` counts for that rung instead, with its text from the negator on (or
    up to the end of the predicate). A negated match that gives no position still makes the
    sentence a mention (the third value).
    """
    ladder = _Ladder(m, sentence, mask, places, vetoes)
    for (position, cues), cue_bits in zip(
        reversed(m.positions), reversed(m.cue_bits), strict=True
    ):
        if not mask & cue_bits and (ladder.demoted is None or position is not m.negated):
            continue
        best: tuple[int, str, bool] | None = None
        for cue in cues:
            if mask >> cue.bit & 1:  # (earliest checks too; most cues are not candidates)
                best = ladder.earliest(position, cue, best)
        demoted = ladder.demoted
        if (
            position is m.negated
            and demoted is not None
            and (best is None or demoted[0] < best[0])
        ):
            best = demoted
        if best is not None:
            return position, best[1], True, ladder.denied, best[2]
    return None, None, ladder.seen, ladder.denied, False


def _first_match(
    pattern: _Pattern, sentence: str, starts: list[int] | None
) -> re.Match[str] | None:
    """``pattern.search(sentence)``, trying only ``starts`` when they are known."""
    if starts is None:
        return pattern.search(sentence)
    for start in starts:
        hit = pattern.match(sentence, start)
        if hit is not None:
            return hit
    return None


def _next_match(
    pattern: _Pattern, sentence: str, starts: list[int] | None, after: int
) -> re.Match[str] | None:
    """Return the first match of ``pattern`` that starts after ``after`` (they may overlap)."""
    if starts is None:
        return pattern.search(sentence, after + 1)
    for start in starts:
        if start > after:
            hit = pattern.match(sentence, start)
            if hit is not None:
                return hit
    return None


def _all_matches(pattern: _Pattern, sentence: str, starts: list[int] | None) -> _Spans:
    """Return the spans ``pattern.finditer(sentence)`` gives, trying only ``starts`` if known."""
    if starts is None:
        return [m.span() for m in pattern.finditer(sentence)]
    spans = []
    end = 0
    for start in starts:
        if start >= end:
            hit = pattern.match(sentence, start)
            if hit is not None:
                spans.append(hit.span())
                end = hit.end()
    return spans


def _facet_spans(
    sentence: str,
    facet: CompiledFacet,
    starts: list[int] | None,
    context: str = "",
    read: list[bool] | None = None,
) -> _Spans:
    """Spans of a facet's term matches, without those overlapping its own ``exclude``.

    None when the facet ``requires`` words that neither the sentence nor its ``context`` has.
    When ``context`` had to be looked at, True is appended to ``read`` (if given).
    """
    spans = [span for p in facet.patterns for span in _all_matches(p, sentence, starts)]
    if spans and facet.requires and not any(r.search(sentence) for r in facet.requires):
        if read is not None:
            read.append(True)
        if not (context and any(r.search(context) for r in facet.requires)):
            return []
    if spans and facet.exclude:
        vetoes = [m.span() for p in facet.exclude for m in p.finditer(sentence)]
        if vetoes:
            spans = _drop_overlapping(spans, vetoes)
    return spans
