"""Figure extraction: the amounts, counts, shares, percentages and measures in a sentence.

:func:`extract_figures` reads each figure where it stands (:mod:`.numbers`, :mod:`.amounts`),
then classifies it in its clause: a change or not (:mod:`.changes`), the whole it is part of
(:mod:`.parts`), its scope (:mod:`.scope`), its donor (:mod:`.donors`) and the start of its
period (:mod:`.periods`).
"""

from __future__ import annotations

import datetime as dt

from .amounts import _read_at
from .changes import _mark_change, _qualifier_text
from .clauses import _breaks, _clause_span, _Cues, _Sentence
from .donors import _donors
from .figure import Figure, _Raw
from .lexicon import FigureLexicon, _default_lexicon, _Tables
from .parts import _link_parts
from .periods import _period_starts
from .scope import _scopes
from .tokens import _DIGIT, _span_text, _Tokens


def extract_figures(
    sentence: str,
    *,
    doc_date: dt.date | None = None,
    lexicon: FigureLexicon | None = None,
) -> list[Figure]:
    """Find the amounts of money, counts, shares, percentages and measures in a sentence.

    Parameters
    ----------
    sentence : str
        One sentence (longer text works, but scope and parts are read per sentence).
    doc_date : datetime.date, optional
        Publication date of the document, to resolve "since last year" and "since
        February". Without it such periods are ``None``.
    lexicon : FigureLexicon, optional
        The words to match; the packaged ``figures.yaml`` by default.

    Returns
    -------
    list of Figure
        In order of appearance. ``part_of`` indexes this list.

    Examples
    --------
    >>> s = "Donors gave over $40 billion in aid, including $12 billion for weapons."
    >>> [(f.value, f.bound, f.scope, f.part_of) for f in extract_figures(s)]
    [(40000000000.0, 'lower', 'total', None), (12000000000.0, 'exact', 'military', 0)]
    >>> extract_figures("This is his third visit since 2014.")
    []
    """
    lex = lexicon or _default_lexicon()
    key = (sentence, doc_date, type(doc_date), lex)
    known = _SEEN.get(key)
    if known is None:
        if len(_SEEN) >= _KEPT:
            _SEEN.clear()
        known = _SEEN[key] = tuple(_extract(sentence, doc_date, lex))
    return list(known)


# The figures of the last sentences read, by sentence, date (and its type: a Timestamp equals
# a datetime) and lexicon: documents repeat sentences. Emptied when full.
_SEEN: dict[tuple[str, dt.date | None, type, FigureLexicon], tuple[Figure, ...]] = {}
_KEPT = 1024


def _extract(sentence: str, doc_date: dt.date | None, lex: FigureLexicon) -> list[Figure]:
    """Return :func:`extract_figures` of a sentence, read anew."""
    if not sentence or lex._t.prefilter.search(sentence) is None:
        return []
    t = _Tokens(sentence)
    raws = _read_all(t, lex._t)
    if not raws:
        return []
    s = _sentence(t, raws, lex)
    scopes = _scopes(s)
    donors = _donors(s)
    starts = _period_starts(s, doc_date)
    return [
        _figure(
            t, raw, scope=scopes[idx], start=starts[idx], part_of=s.parts[idx], donor=donors[idx]
        )
        for idx, raw in enumerate(raws)
    ]


def _read_all(t: _Tokens, tb: _Tables) -> list[_Raw]:
    """Read the figures of a sentence, left to right, never overlapping."""
    raws: list[_Raw] = []
    i = 0
    while i < t.n:
        if t.kind[i] != _DIGIT and t.lower[i] not in tb.start_words:
            i += 1
            continue
        raw, nxt = _read_at(t, i, tb)
        if raw is not None:
            if raws and raw.first < raws[-1].last:  # never overlap the previous figure
                raw.first = raws[-1].last
                if raw.qualifier is not None and raw.qualifier[0] < raw.first:
                    raw.qualifier, raw.bound = None, "exact"
            raws.append(raw)
        i = max(nxt, i + 1)
    return raws


def _sentence(t: _Tokens, raws: list[_Raw], lex: FigureLexicon) -> _Sentence:
    """Mark the changes among the figures, then lay out their clauses, parts and cues."""
    tb = lex._t
    breaks = _breaks(t, tb)
    for idx, raw in enumerate(raws):
        if raw.kind != "measure":
            _mark_change(t, raws, idx, tb, breaks)
    owner = [-1] * t.n
    for idx, raw in enumerate(raws):
        for k in range(raw.first, raw.last):
            owner[k] = idx
    return _Sentence(
        t=t,
        lex=lex,
        raws=raws,
        breaks=breaks,
        owner=owner,
        parts=_link_parts(t, raws, tb, breaks),
        clauses=[_clause_span(t, raw, breaks) for raw in raws],
        cues=_Cues(t, tb),
    )


def _figure(
    t: _Tokens,
    raw: _Raw,
    *,
    scope: str | None,
    start: dt.date | None,
    part_of: int | None,
    donor: str | None,
) -> Figure:
    """Write a figure as read in the sentence's characters."""
    first, end, text = _span_text(t, raw.first, raw.last)
    return Figure(
        text=text,
        start=first,
        end=end,
        kind=raw.kind,
        value=float(raw.value),
        value_high=None if raw.value_high is None else float(raw.value_high),
        currency=raw.currency,
        unit=raw.unit,
        qualifier=_qualifier_text(t, raw),
        bound=raw.bound,
        scope=scope,
        period_start=start,
        part_of=part_of,
        donor=donor,
    )
