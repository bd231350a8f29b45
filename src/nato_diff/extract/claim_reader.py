"""Reading a document's claims: one claim per mention, its rung's rank, its aid status.

:class:`ClaimReader` keeps what a document has said so far (its latest holders, for pronouns
and "the law"); :func:`claim_row` lays a claim out as a row of the claims table;
:func:`figure_measure` says whether an amount is a package, an annual amount or a total.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from ..corpus import Document
from ..dimensions import Dimensions, SentenceMatch
from .act_revisions import kept, revised_act
from .actors import NARRATION, Actors, Attribution
from .agents import find_agent, opening_agent, parties
from .authors import AUTHOR_CUE
from .claim_rules import Act, ClaimRules, Status, load_claim_rules
from .claims import Claim, act_cues, read_claim
from .clauses import RUNG_ASIDE, blank, inside
from .modality import Modality, modality

__all__ = ["CLAIM_COLUMNS", "ClaimReader", "claim_row", "figure_measure"]

#: Columns of the claims table, in order.
CLAIM_COLUMNS: tuple[str, ...] = (
    "doc_id",
    "date",
    "dimension",
    "sentence_id",
    "sentence",
    "holder",
    "side",
    "act",
    "rung",
    "rung_rank",
    "polarity",
    "modality",
    "target",
    "status",
    "n_figures",
    "cue",
    "how",
)


class ClaimReader:
    """Read the claims of one document's sentences, dimension by dimension.

    Parameters
    ----------
    dimensions : Dimensions
        The dimensions (their ladders give the rungs' ranks).
    actors : Actors
        Who may act.
    date : datetime.date
        The document's date.
    voice : Attribution, optional
        The document's own voice (from the manifest).
    rules : ClaimRules, optional
        The claim rules; the package's by default.
    """

    def __init__(
        self,
        dimensions: Dimensions,
        *,
        actors: Actors,
        date: dt.date,
        voice: Attribution | None = None,
        rules: ClaimRules | None = None,
    ) -> None:
        self.dimensions = dimensions
        self.actors = actors
        self.date = date
        self.voice = voice
        self.rules = rules or load_claim_rules()
        self.recent: list[tuple[str, str | None, str | None]] = []
        self._cues: tuple[str, list[tuple[int, int, Any]]] | None = None
        self._lead: Act | None = None

    def follow(self, sentence: str) -> None:
        """Note a lead-in's act for the list items after it (call on every sentence, in order).

        A sentence that ends with a colon and holds an operative verb (``lead_ins``: "URGES
        member governments:", "Allies agreed:") gives its act to the lettered or numbered
        items that follow ("a. to reaffirm the Bucharest commitment;"); any other sentence
        that is no such item ends the list.

        Parameters
        ----------
        sentence : str
            The document's next sentence.
        """
        if sentence.rstrip().endswith(":"):
            self._lead = next(
                (act for act, p in self.rules.lead_ins.items() if p.search(sentence)), None
            )
        elif not _ITEM.match(sentence):
            self._lead = None

    def read(
        self, sentence: str, dim_id: str, match: SentenceMatch, who: Attribution, mood: Modality
    ) -> Claim:
        """Return the claim a sentence makes on one dimension.

        Parameters
        ----------
        sentence : str
            The sentence.
        dim_id : str
            The dimension.
        match : SentenceMatch
            What the dimension found in the sentence.
        who : Attribution
            The sentence's speaker (before the document's voice is applied).
        mood : Modality
            The sentence's modality.

        Returns
        -------
        Claim
            The claim, with its aid ``status`` when the dimension extracts figures.
        """
        match = self._outside_asides(sentence, dim_id, match)
        rung, anchor, negated = _rung_of(match)
        by_facet = self._facet_rung(dim_id, match)
        if rung is None or (
            not negated
            and not match.rejects
            and by_facet is not None
            and (self.rank(dim_id, by_facet) or 0) > (self.rank(dim_id, rung) or 0)
        ):
            rung = by_facet
        claim = read_claim(
            sentence,
            rung=rung,
            anchor=anchor or (match.terms[0] if match.terms else None),
            rung_negated=negated,
            rejection=match.rejects and rung == match.position,
            who=who,
            mood=mood,
            actors=self.actors,
            date=self.date,
            voice=self.voice,
            rules=self.rules,
            recent=self.recent,
            cue_cache=self._cues_of(sentence),
        )
        claim = self._forecast(dim_id, claim, anchor)
        claim = self._renounced(dim_id, sentence, kept(sentence, claim, match, self.rules))
        claim = revised_act(sentence, claim, self.rules)
        if self._lead is not None and _ITEM.match(sentence):
            # "a. to reconsider granting Ukraine a MAP;" after "URGES member governments:"
            claim = replace(claim, act=self._lead, polarity="affirmed")
        claim = self._retold(claim, narrated=who.speaker is None)
        if _for_itself(sentence, claim, self.rules):
            # "we want legally binding guarantees", in Moscow's mouth, names no Ukraine: what
            # a side other than Ukraine asks for, it asks for itself
            claim = replace(claim, target="other")
        if claim.holder is not None and claim.side is not None:
            self.recent.append((claim.holder, claim.side, who.actor_id))
            del self.recent[:-16]
        if claim.how == "agent" and claim.act == "reports":
            # the narrator tells of the agent's act or state ("Sweden had stayed outside
            # military alliances"): the report is the narrator's, the agent stays in memory
            # for the pronouns and texts that follow
            claim = replace(claim, holder=None, side=None, how="none")
        if self.dimensions[dim_id].figures is None:
            return claim
        if claim.act == "offers" and claim.side == "ukraine" and claim.target == "ukraine":
            # the recipient offers no aid to itself: "the missiles would help Ukraine protect
            # its territory", in Kyiv's mouth, tells of the aid; ready to buy or receive it,
            # it asks for it ("Kyiv was ready to buy $90 billion of American weapons")
            claim = replace(claim, act="seeks" if _TO_RECEIVE.search(sentence) else "reports")
        return replace(claim, status=_status(sentence, claim, self.rules))

    def _forecast(self, dim_id: str, claim: Claim, cue: str | None) -> Claim:
        """Read a forecast of a rung its holder cannot grant as a wish for the one below.

        "Ukraine will become a member of NATO", in Kyiv's mouth, seeks membership as such
        (``forecast_rungs`` and ``forecasts`` in the rules); in a grantor's own voice it
        offers that rung.
        """
        lower = self.rules.forecast_rungs.get(claim.rung or "")
        voice = self.voice
        if (
            lower is not None
            and claim.how == "agent"
            and claim.act == "seeks"
            and claim.side not in self.rules.grantor_sides
            and voice is not None
            and voice.cue != AUTHOR_CUE
            and voice.side in self.rules.grantor_sides
            and cue
            and self.rules.forecast.search(cue)
        ):
            # "Ukraine will become a member", told in the voice of an Ally's or the
            # Alliance's own page, is the page's promise of that rung, not Kyiv's wish
            return replace(claim, holder=voice.speaker, side=voice.side, act="offers", how="voice")
        if (
            lower is None
            or claim.act != "seeks"
            or claim.side in self.rules.grantor_sides
            or not cue
            or not self.rules.forecast.search(cue)
            or self.rank(dim_id, lower) is None
        ):
            return claim
        return replace(claim, rung=lower)

    def _renounced(self, dim_id: str, sentence: str, claim: Claim) -> Claim:
        """Read an opponent's demand that Ukraine give up joining as a wish for the floor.

        "Moscow demands that Kyiv drop its plans to join NATO", "Ukraine's neutrality must be
        part of any settlement": the opponent (a side whose default act is ``rejects``) asks
        for the dimension's floor rung (``renunciations`` in the rules), whatever other
        words of refusal the sentence holds.
        """
        if (
            self.rules.default_acts.get(claim.side or "") != "rejects"
            or claim.target != "ukraine"
            or claim.modality == "question"
            or not self.rules.renunciation.search(sentence)
        ):
            return claim
        floor = next((r for r in self.rules.floor_rungs if self.rank(dim_id, r) is not None), None)
        if floor is None:
            return claim
        return replace(claim, act="seeks", rung=floor, polarity="affirmed")

    def _retold(self, claim: Claim, *, narrated: bool) -> Claim:
        """Give another side's narrated act on a retelling side's page to the page's voice.

        On a Russian ministry's page, "The West has supplied Kiev with weapons" is the page's
        account of what the West did (``retelling_sides``): the voice reports it. So is what
        its narration says another side's body decided ("According to the communique, the
        Alliance's leaders have decided that …"), found in ``narrated`` words.
        """
        voice = self.voice
        told = claim.how == "agent" or (claim.how == "reported" and narrated)
        if (
            voice is None
            or voice.side not in self.rules.retelling_sides
            or not told
            or claim.side is None
            or claim.side == voice.side
        ):
            return claim
        return replace(claim, holder=voice.speaker, side=voice.side, act="reports", how="voice")

    def _outside_asides(self, sentence: str, dim_id: str, match: SentenceMatch) -> SentenceMatch:
        """Read the rung outside a relative clause when the sentence has one there too.

        "Kyiv has asked for a MAP since the 2008 summit, where Allies promised eventual
        membership": the rung the sentence's act is about is the MAP, not the higher rung of
        the clause that tells where the summit was. With no rung cue, a term asked about
        ("Biden, asked about Ukraine's bid, said …") gives way to the terms of the answer.
        """
        cue = match.position_cue or match.denied_cue or (match.terms[0] if match.terms else "")
        at = sentence.find(cue) if cue else -1
        if at < 0 or not inside(at, RUNG_ASIDE, sentence):
            return match
        outside = self.dimensions.scan(blank(RUNG_ASIDE, sentence)).get(dim_id)
        if outside is None or (
            outside.position is None
            and outside.denied is None
            and (match.position_cue or match.denied_cue or not outside.facets)
        ):
            return match
        return outside

    def read_all(
        self, sentence: str, dim_id: str, match: SentenceMatch, who: Attribution, mood: Modality
    ) -> list[Claim]:
        """Return every claim a sentence makes on one dimension, clause by clause.

        "Croatia was invited, while Greece blocked an invitation to Macedonia", "Kyiv asked
        for tanks; Berlin refused": a clause after ``;``, "while", "whereas", "but", "and"
        or "as" that opens with an actor of its own and has an act word gives a claim of
        that actor's; the clauses before it keep the sentence's speaker (a speaker named
        at the start, "Kyiv asked …", speaks only up to there). Quotations keep one claim:
        their clauses are all the speaker's.

        Parameters
        ----------
        sentence, dim_id, match, who, mood
            As for :meth:`read`.

        A joint act on a rung both parties give ("Spain and Ukraine signed a bilateral
        security agreement": ``mutual_rungs``) is each party's: one claim per side.

        Returns
        -------
        list of Claim
            The sentence's claims, in the order of their clauses (at least one).
        """
        return [
            each
            for claim in self._by_clause(sentence, dim_id, match, who, mood)
            for each in self._per_party(claim)
        ]

    def _per_party(self, claim: Claim) -> list[Claim]:
        """Split a joint act on a mutual rung into one claim per party's side."""
        if (
            claim.holder is None
            or claim.act not in ("decides", "offers")
            or claim.rung not in self.rules.mutual_rungs
            or " and " not in claim.holder
        ):
            return [claim]
        found = parties(claim.holder, self.actors, self.date, self.rules)
        if len(found) < 2:
            return [claim]
        return [replace(claim, holder=name, side=side) for name, side in found]

    def _by_clause(
        self, sentence: str, dim_id: str, match: SentenceMatch, who: Attribution, mood: Modality
    ) -> list[Claim]:
        """Return the sentence's claims clause by clause (see :meth:`read_all`)."""
        if who.how == "quote" or who.how == "carry_over":
            return [self.read(sentence, dim_id, match, who, mood)]
        spans = self._own_clauses(sentence, who)
        if len(spans) == 1:
            return [self.read(sentence, dim_id, match, who, mood)]
        claims: list[Claim] = []
        for i, (start, end, elided, subject) in enumerate(spans):
            clause = subject + sentence[start:end]
            if elided:
                # "NATO leaders declined to give a MAP, but promised …": the later verb's
                # subject is the earlier clause's, read with it
                first = next((c[0] for c in self._cues_of(sentence) if c[0] < start), 0)
                clause = sentence[:first] + clause
            sub = self.dimensions.scan(clause).get(dim_id)
            borrowed = sub is None and bool(claims) and _ANAPHOR.search(clause) is not None
            if borrowed:
                # "…, while Washington and Berlin argued against one": the clause acts on
                # what the clause before named, for whom it named it
                sub = match
            if sub is None:
                continue
            speaker = who if i == 0 or elided else NARRATION
            claim = self.read(clause, dim_id, sub, speaker, modality(clause))
            if borrowed:
                claim = replace(claim, target=claims[-1].target)
            if (claim.holder, claim.side, claim.act) not in {
                (c.holder, c.side, c.act) for c in claims
            }:
                claims.append(claim)
        return claims or [self.read(sentence, dim_id, match, who, mood)]

    def _own_clauses(self, sentence: str, who: Attribution) -> list[tuple[int, int, bool, str]]:
        """Split a sentence where a later clause opens with an actor who acts on its own.

        Also where "but" opens a clause whose verb is an act with no subject of its own ("NATO
        leaders declined to give Ukraine a MAP, but promised it would join"): the subject of
        the clause before acts again (the span's flag is True); and where a relative "who"
        that ends the sentence opens with an act ("…, the Minister met Radosław Sikorski, who
        confirmed Poland's support"): the one named before it acts, and the span carries
        that name as its subject.
        """
        whole = [(0, len(sentence), False, "")]
        if who.how == "reported" and who.cue and sentence.find(who.cue) > len(sentence) // 2:
            return whole  # "…, officials said": the tag covers every clause
        cuts, elided, subjects = [0], [False], [""]
        breaks = [*self.rules.clause_break.finditer(sentence), *_WHO_CLAUSE.finditer(sentence)]
        for m in sorted(breaks, key=lambda m: m.start()):
            clause = sentence[m.end() :]
            cues = act_cues(clause, self.rules)
            if not cues or m.start() < cuts[-1]:
                continue
            led = cues[0][0] == _lead(clause)
            if m.re is _WHO_CLAUSE:
                agent = find_agent(
                    sentence, m.end() + cues[0][0], self.actors, self.date, self.rules
                )
                closed = _CLOSED_WHO.search(clause) is not None
                if led and agent is not None and agent.side is not None and not closed:
                    cuts += [m.start(), m.end()]
                    elided.append(False)
                    subjects.append(sentence[agent.start : m.start()] + " ")
                continue
            if _ELIDED.match(m.group()) and led:
                cuts += [m.start(), m.end()]
                elided.append(True)
                subjects.append("")
                continue
            agent = opening_agent(clause, self.actors, self.date, self.rules, ())
            if agent is not None and agent.side is not None:
                cuts += [m.start(), m.end()]
                elided.append(False)
                subjects.append("")
        if len(cuts) == 1:
            return whole
        bounds = [*cuts, len(sentence)]
        return [
            (bounds[i], bounds[i + 1], elided[i // 2], subjects[i // 2])
            for i in range(0, len(bounds) - 1, 2)
        ]

    def _facet_rung(self, dim_id: str, match: SentenceMatch) -> str | None:
        """Return the highest rung the sentence's facets stand for (``rung`` in the file)."""
        dim = self.dimensions[dim_id]
        rungs = [f.rung for f in dim.facets if f.id in match.facets and f.rung is not None]
        return max(rungs, key=lambda r: self.rank(dim_id, r) or 0) if rungs else None

    def _cues_of(self, sentence: str) -> list[tuple[int, int, Any]]:
        """Return the sentence's act cues, found once for all the dimensions it mentions."""
        if self._cues is None or self._cues[0] != sentence:
            self._cues = (sentence, act_cues(sentence, self.rules))
        return self._cues[1]

    def rank(self, dim_id: str, rung: str | None) -> int | None:
        """Return a rung's rank on a dimension's ladder (None for no rung).

        Parameters
        ----------
        dim_id : str
            The dimension.
        rung : str or None
            The rung.

        Returns
        -------
        int or None
            The rank.
        """
        if rung is None:
            return None
        return next((p.rank for p in self.dimensions[dim_id].positions if p.id == rung), None)


#: Being ready to get aid, in the recipient's mouth: it asks for it.
_TO_RECEIVE = re.compile(
    r"\b(?:ready|willing|prepared)\s+to\s+(?:buy|purchase|receive|accept|pay\s+for)\b",
    re.IGNORECASE,
)


#: A lettered or numbered item of a list that opens with an infinitive: "b. to consider …".
_ITEM = re.compile(r"^\W*(?:[a-z]|[ivx]+|\d+)[.)]\s+to\s+\w", re.IGNORECASE)


def _for_itself(sentence: str, claim: Claim, rules: ClaimRules) -> bool:
    """Whether a side other than Ukraine speaks for itself, with no word for Ukraine.

    What it asks for, it asks for itself ("we want legally binding guarantees", in Moscow's
    mouth); a partnership an opponent of the ladder holds or ends is its own with the
    Alliance ("the Council has met at the level of ambassadors", of the NATO-Russia Council).
    A verdict it passes is on others' texts ("the Kremlin said the agreements were worthless").
    """
    if claim.side in (None, "ukraine") or claim.target != "ukraine":
        return False
    own_partnership = (
        claim.rung in rules.mutual_rungs - rules.floor_rungs
        and claim.side not in rules.grantor_sides
        and not (claim.act == "rejects" and rules.verdict.match(sentence))
    )
    if claim.act != "seeks" and not own_partnership:
        return False
    ukraine = rules.targets.get("ukraine")
    named = ukraine is not None and ukraine.search(sentence) is not None
    return not named and rules.country_words.search(sentence) is None


#: A word that stands for what a clause before named: "argued against one", "opposed it".
_ANAPHOR = re.compile(r"\b(one|it|them|such an? \w+)\b", re.IGNORECASE)
#: A relative "who" that may open a clause of its own: "…, who confirmed Poland's support".
_WHO_CLAUSE = re.compile(r",\s+who\s+")
#: A comma that closes such a clause before the sentence's own verb: "…, who pressed for a
#: MAP, said …" (a list's commas go on: "…, who asked for generators, transformers and …").
_CLOSED_WHO = re.compile(
    r",\s+(?:said|says|told|added|stressed|noted|warned|argued|urged|called|has|have|had|is|"
    r"was|were|will|would)\b",
    re.IGNORECASE,
)
#: A clause break that may join a second verb to the same subject: "…, but promised …".
_ELIDED = re.compile(r",?\s+but\s+$")
#: Adverbs that may stand before that verb: "but also promised", "but later agreed".
_LEADING = re.compile(r"((also|then|later|still|instead|nevertheless|\w+ly)\s+)*")


def _lead(clause: str) -> int:
    """Return where a clause's verb may start, after its leading adverbs."""
    m = _LEADING.match(clause)
    return m.end() if m else 0


def _rung_of(match: SentenceMatch) -> tuple[str | None, str | None, bool]:
    """Return the rung a sentence is about, its cue, and whether the cue was denied.

    A denied cue of a rung above the affirmed one ("will not invite Ukraine", "Ukraine will
    not receive a MAP") is what the sentence is about.
    """
    if match.denied is not None and match.position is None:
        return match.denied, match.denied_cue, True
    return match.position, match.position_cue, False


def _status(sentence: str, claim: Claim, rules: ClaimRules) -> Status | None:
    """Return the state of the aid a claim speaks of (see ``status_by_act`` in the rules).

    Asked for and refused aid follow the act; otherwise a word that says the aid was
    delivered, committed or pledged decides ("€65 bn provided" is delivered, "€100 bn
    committed" committed), and the act when there is none.
    """
    if claim.act in ("seeks", "rejects"):
        return rules.status_by_act.get(claim.act)
    for status in ("delivered", "committed", "pledged"):
        pattern = rules.status_words.get(status)
        if pattern is not None and pattern.search(sentence):
            return status
    return rules.status_by_act.get(claim.act)


def figure_measure(sentence: str, figure_text: str, rules: ClaimRules | None = None) -> str:
    """Return what an amount measures: ``cumulative``, ``annual`` or ``package``.

    Parameters
    ----------
    sentence : str
        The sentence that states the figure.
    figure_text : str
        The figure as written: a total since a date anywhere in the sentence makes it
        cumulative; annual words count near it.
    rules : ClaimRules, optional
        The claim rules (their ``measures``); the package's by default.

    Returns
    -------
    str
        The measure.

    Examples
    --------
    >>> figure_measure("Allies provided €65 billion since February 2022.", "€65 billion")
    'cumulative'
    >>> figure_measure("Britain will give £2.5 billion this year.", "£2.5 billion")
    'annual'
    >>> figure_measure("The new package is worth $400 million.", "$400 million")
    'package'
    """
    rules = rules or load_claim_rules()
    at = sentence.find(figure_text)
    near = sentence if at < 0 else sentence[max(0, at - 60) : at + len(figure_text) + 60]
    cumulative = rules.measures.get("cumulative")
    if cumulative is not None and cumulative.search(sentence):
        return "cumulative"  # "since February 2022, Allies provided €150 bn, including €65 bn"
    annual = rules.measures.get("annual")
    if annual is not None and annual.search(near):
        return "annual"
    return "package"


def claim_row(
    doc: Document, sid: int, sentence: str, dim_id: str, claim: Claim, *, n_figures: int = 0
) -> dict[str, Any]:
    """Return the claims-table row of one sentence for one dimension.

    Parameters
    ----------
    doc : Document
        The document.
    sid : int
        The sentence id.
    sentence : str
        The sentence.
    dim_id : str
        The dimension.
    claim : Claim
        The claim read.
    n_figures : int, optional
        How many figures the sentence states for the dimension.

    Returns
    -------
    dict
        Keys :data:`CLAIM_COLUMNS` (``rung_rank`` is filled by the caller's ladder; see
        :meth:`ClaimReader.rank`).
    """
    return {
        "doc_id": doc.doc_id,
        "date": doc.date,
        "dimension": dim_id,
        "sentence_id": sid,
        "sentence": sentence,
        "holder": claim.holder,
        "side": claim.side,
        "act": claim.act,
        "rung": claim.rung,
        "rung_rank": None,
        "polarity": claim.polarity,
        "modality": claim.modality,
        "target": claim.target,
        "status": claim.status,
        "n_figures": n_figures,
        "cue": claim.cue,
        "how": claim.how,
    }
