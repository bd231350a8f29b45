"""Extraction stage: what one document says on every dimension.

For each dimension: the mention sentences, their speakers, positions and modality, the facets
named, the figures stated, and the readability of the document and of each passage.

:func:`extract_document` looks at one document only, so a corpus can be extracted in parallel
processes (or on a cluster) and the rows concatenated; :func:`nato_diff.track` does that and
then builds the series tables.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..corpus import Document
from ..dimensions import Dimension, Dimensions, SentenceMatch
from .actors import Actor, Actors, Attribution, attribute, load_actors
from .authors import commentary_author
from .claim_reader import ClaimReader, claim_row, figure_measure
from .claim_rules import ClaimRules, load_claim_rules
from .figures import FIGURE_COLUMNS, Figure, extract_figures, figure_records
from .modality import Modality, modality
from .readability import readability_rows
from .references import References

__all__ = [
    "FACET_COLUMNS",
    "FIGURE_TABLE_COLUMNS",
    "MENTION_COLUMNS",
    "READABILITY_COLUMNS",
    "Extraction",
    "extract_document",
    "join_values",
]

#: Columns of the mentions table, in order.
MENTION_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "date",
    "dimension",
    "sentence_id",
    "sentence",
    "facets",
    "terms",
    "position",
    "position_rank",
    "position_cue",
    "speaker",
    "side",
    "attribution",
    "modality",
    "conditional",
    "negated",
)

#: Columns of the facets table, in order.
FACET_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "date",
    "dimension",
    "facet",
    "n_mentions",
    "terms",
    "sentence_ids",
)

#: Columns of the figures table, in order: the figure's own columns, then who states it.
FIGURE_TABLE_COLUMNS: tuple[str, ...] = (
    *FIGURE_COLUMNS,
    "speaker",
    "side",
    "status",
    "measure",
)

#: Columns of the readability table, in order.
READABILITY_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "date",
    "scope",
    "measure",
    "value",
    "n_words",
    "n_sentences",
    "reliable",
)

SEPARATOR = "; "


def join_values(values: Sequence[str]) -> str:
    """Join several values into one table cell (``"; "``-separated, order kept).

    Parameters
    ----------
    values : sequence of str
        The values.

    Returns
    -------
    str
        The joined values; ``""`` when there are none.

    Examples
    --------
    >>> join_values(["artillery", "air_defence"])
    'artillery; air_defence'
    """
    return SEPARATOR.join(values)


@dataclass(frozen=True)
class Extraction:
    """The rows one document contributes to each table (lists of dicts, column order kept).

    Attributes
    ----------
    doc_id : str
        The document.
    mentions, claims, facets, figures, readability : list of dict
        Rows for the tables of the same names (see :class:`nato_diff.Tracking`).
    """

    doc_id: str
    mentions: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    facets: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    readability: list[dict[str, Any]] = field(default_factory=list)


_SOURCE_NOTE = re.compile(r"\s*\([^)]*\)\s*$")


def _source_actor(doc: Document, actors: Actors) -> Actor | None:
    """Return the institution or office a document's source names, if any.

    The longest run of the source's words that names one wins ("Press office of the
    President of Ukraine" → the president; "NATO summit declaration" → NATO).
    """
    words = _SOURCE_NOTE.sub("", doc.source or "").split()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if size == 1 and not phrase.isupper():
                continue  # one ordinary word ("Government") names no one
            actor = actors.resolve(phrase, date=doc.date)
            if actor is not None:
                return actor
    return None


#: The state an office names after "of" ("Prime Minister's Office of Finland") or in brackets
#: after it ("Federal Ministry of Defence (Germany)").
_OF_NAME = re.compile(r"(?:\bof\s+(?:the\s+)?|\(\s*)([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)")


def _source_state(doc: Document, rules: ClaimRules) -> Attribution | None:
    """Return the state whose government office a source names, as the document's voice."""
    source = doc.source or ""
    if rules.office.search(source) is None:
        return None
    named = (rules.states.get(m.group(1)) for m in _OF_NAME.finditer(source))
    state = next((x for x in named if x is not None), None)
    if state is None:
        return None
    name, side, since = state
    side = side if since is None or doc.date >= since else "other"
    return Attribution(name, None, side, "the document's own voice (source)", "none")


def _document_voice(doc: Document, actors: Actors) -> Attribution | None:
    """Return the voice a manifest gives the document's narration (``speaker``, ``side``)."""
    name = doc.metadata.get("speaker", "").strip()
    side = doc.metadata.get("side", "").strip() or None
    actor = actors.resolve(name, date=doc.date) if name else None
    if not name and not side:
        # A commentary's author speaks in it, whatever place its masthead names ("The Kyiv
        # Ledger | Opinion"); an office's own page speaks for the office: a source that names
        # an institution or an office ("Verkhovna Rada of Ukraine") is the voice.
        rules = load_claim_rules()
        author = commentary_author(doc, rules)
        actor = _source_actor(doc, actors) if author is None else None
        if actor is None:
            return author or _source_state(doc, rules)
        name = actor.name
    return Attribution(
        speaker=actor.name if actor else (name or None),
        actor_id=actor.id if actor else None,
        side=side or (actor.side if actor else None),
        cue="the document's own voice (manifest)",
        how="none",
    )


def extract_document(
    doc: Document,
    dimensions: Dimensions,
    *,
    actors: Actors | None = None,
) -> Extraction:
    """Extract every dimension's mentions, figures, facets and readability from one document.

    Parameters
    ----------
    doc : Document
        The document.
    dimensions : Dimensions
        The dimensions to look for.
    actors : Actors, optional
        Who may speak; the package's actors file by default.

    Returns
    -------
    Extraction
        The rows this document contributes. A sentence is a mention of a dimension when one
        of its terms or position cues matches; speaker and side come from quotation and
        reported-speech attribution, and narration that nobody is quoted as saying takes the
        document's own voice when the manifest gives one (columns ``speaker`` and/or
        ``side``: a NATO press release speaks for NATO); figures are extracted only for
        dimensions that ask for them, and only of the kinds they ask for.

    Examples
    --------
    >>> from nato_diff import load_seeds, load_dimensions
    >>> doc = load_seeds().find("2023-09-28")
    >>> rows = extract_document(doc, load_dimensions()).mentions
    >>> max(r["position_rank"] or 0 for r in rows if r["dimension"] == "membership_path")
    5
    """
    actors = actors or load_actors()
    heard = attribute(doc.sentences, date=doc.date, actors=actors)
    voice = _document_voice(doc, actors)
    who = heard if voice is None else [voice if a.speaker is None else a for a in heard]
    reader = ClaimReader(dimensions, actors=actors, date=doc.date, voice=voice)
    references = References()
    out = Extraction(doc.doc_id)
    passages: dict[str, list[str]] = {dim_id: [] for dim_id in dimensions}
    facets = _FacetTally()
    for sid, sentence in enumerate(doc.sentences):
        before = doc.sentences[sid - 1] if sid else ""
        reader.follow(sentence)
        matches = dimensions.scan(sentence, context=before)
        references.note(sid, matches)
        matches = {**matches, **references.find(sid, sentence, matches)}
        if not matches:
            continue
        mood = modality(sentence)
        figures: list[Figure] | None = None
        for dim_id, match in matches.items():
            dim = dimensions[dim_id]
            passages[dim_id].append(sentence)
            out.mentions.append(_mention_row(doc, sid, sentence, dim_id, match, mood, who[sid]))
            facets.add(dim_id, sid, _term_matches(dim, match, sentence, before))
            rows: list[dict[str, Any]] = []
            if dim.figures is not None:
                if figures is None:
                    figures = extract_figures(sentence, doc_date=doc.date)
                rows = _figure_rows(
                    doc, sid, sentence, dim_id, dim.figures.kinds, figures, who[sid]
                )
            claim, *more = reader.read_all(sentence, dim_id, match, heard[sid], mood)
            for c in (claim, *more):
                row = claim_row(doc, sid, sentence, dim_id, c, n_figures=len(rows))
                row["rung_rank"] = reader.rank(dim_id, c.rung)
                out.claims.append(row)
            out.figures.extend(
                {**r, "status": claim.status, "measure": figure_measure(sentence, r["text"])}
                for r in rows
            )
    out.facets.extend(facets.rows(doc, dimensions))
    out.readability.extend(_readability_rows(doc, passages))
    return out


def _term_matches(
    dim: Dimension, match: SentenceMatch, sentence: str, before: str
) -> Iterable[tuple[str, str, int, int]]:
    """Return the facet term matches the scan found (``dim.term_matches`` gives the same)."""
    return match.term_matches


def _mention_row(
    doc: Document,
    sid: int,
    sentence: str,
    dim_id: str,
    match: SentenceMatch,
    mood: Modality,
    speaker: Attribution,
) -> dict[str, Any]:
    """Return the mentions-table row of one sentence for one dimension."""
    return {
        "doc_id": doc.doc_id,
        "date": doc.date,
        "dimension": dim_id,
        "sentence_id": sid,
        "sentence": sentence,
        "facets": join_values(match.facets),
        "terms": join_values(match.terms),
        "position": match.position,
        "position_rank": match.position_rank,
        "position_cue": match.position_cue,
        "speaker": speaker.speaker,
        "side": speaker.side,
        "attribution": speaker.cue,
        "modality": mood.modality,
        "conditional": mood.conditional,
        "negated": mood.negated,
    }


def _figure_rows(
    doc: Document,
    sid: int,
    sentence: str,
    dim_id: str,
    kinds: Collection[str],
    figures: Sequence[Figure],
    speaker: Attribution,
) -> list[dict[str, Any]]:
    """Return the figures-table rows of one sentence for a dimension asking for ``kinds``."""
    records = figure_records(
        figures,
        doc_id=doc.doc_id,
        date=doc.date,
        sentence_id=sid,
        sentence=sentence,
        dimension=dim_id,
    )
    return [
        {**record, "speaker": speaker.speaker, "side": speaker.side}
        for record in records
        if record["kind"] in kinds
    ]


class _FacetTally:
    """The terms of each (dimension, facet) found in a document, and the sentences."""

    def __init__(self) -> None:
        self.terms: dict[tuple[str, str], dict[str, None]] = {}
        self.sentences: dict[tuple[str, str], list[int]] = {}

    def add(self, dim_id: str, sid: int, matches: Iterable[tuple[str, str, int, int]]) -> None:
        """Note the facet terms matched in sentence ``sid`` (each once, in order found)."""
        seen = self.terms
        for facet, text, _, _ in matches:
            key = (dim_id, facet)
            terms = seen.get(key)
            if terms is None:
                terms = seen[key] = {}
            terms.setdefault(text, None)
            ids = self.sentences.setdefault(key, [])
            if not ids or ids[-1] != sid:
                ids.append(sid)

    def rows(self, doc: Document, dimensions: Dimensions) -> list[dict[str, Any]]:
        """Return the facets-table rows, dimension by dimension, facets in their order."""
        out: list[dict[str, Any]] = []
        for dim_id, dim in dimensions.items():
            for facet in dim.facet_ids:
                key = (dim_id, facet)
                if key not in self.terms:
                    continue
                out.append(
                    {
                        "doc_id": doc.doc_id,
                        "date": doc.date,
                        "dimension": dim_id,
                        "facet": facet,
                        "n_mentions": len(self.sentences[key]),
                        "terms": join_values(list(self.terms[key])),
                        "sentence_ids": join_values([str(i) for i in self.sentences[key]]),
                    }
                )
        return out


def _readability_rows(doc: Document, passages: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Return the readability-table rows: the whole document, then each dimension's passage."""
    scopes: list[tuple[str, str, int]] = [("document", doc.text, len(doc.sentences))]
    scopes += [(d, " ".join(p), len(p)) for d, p in passages.items()]
    return [
        {"doc_id": doc.doc_id, "date": doc.date, "scope": scope, **row}
        for scope, text, n_sentences in scopes
        for row in readability_rows(text, n_sentences=n_sentences)
    ]
