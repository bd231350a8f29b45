"""Claims: who seeks, offers, decides, rejects or reports what, in one sentence.

A *claim* is one sentence read for one dimension: its **holder** (the person or body, as
named) and **side**, the **act** the holder takes, the **rung** of the dimension's ladder the
act is about, its **polarity** and **modality**, and its **target** (Ukraine, another state,
or the Allies themselves). The rules are data (``data/claims.yaml``).

How a claim is read
-------------------
1. *Who.* A quotation's or reported speech's speaker holds the claim (``how`` is ``quote`` or
   ``reported``). In narration, the agent of the act verb does: the last actor named in the
   stretch of words before the verb, back to a clause boundary ("The Rada approved …",
   "Allies agreed …", "Poroshenko signed …"; ``how`` is ``agent``). Narration with no agent
   takes the document's own voice when the manifest gives one (``voice``); else it is the
   narrator's (no holder, no side).
2. *What act.* A rejection cue in the holder's words wins ("opposes Ukraine's membership");
   else the act cue nearest before what the sentence is about (the rung's cue, else the
   first term), else the nearest after it; with none, a holder who states a rung takes its
   side's default act ("NATO's door is open" is an offer, in Kyiv's mouth a wish). A holder
   telling of another side's act reports it ("Lavrov said NATO had promised …"). Only the
   sides that can grant a rung offer or decide it: Kyiv's "Ukraine will join NATO" is a
   wish.
3. *Polarity.* A negator right before the act cue, or a negated rung cue, denies the act.
4. *Modality.* ``question`` (a final "?" or a "Q:" label), ``conditional``, ``hedged`` or
   ``firm``, from :func:`nato_diff.extract.modality.modality`.
5. *Target.* Another state named with no word for Ukraine makes the claim ``other``; the
   Allies' own defence, ``allies``; else ``ukraine``.

Limits: one claim per sentence and dimension (the main clause's); the agent is found by
position, not by parsing, so a long subject with several actors may pick the wrong one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from ..corpus import Document
from ..dimensions import Dimensions, SentenceMatch
from .actors import Actors, Attribution
from .claim_rules import Act, ClaimRules, Status, Target, load_claim_rules
from .modality import Modality, modality

__all__ = [
    "CLAIM_COLUMNS",
    "CLAIM_HOW",
    "Claim",
    "ClaimHow",
    "ClaimModality",
    "ClaimReader",
    "claim_row",
    "figure_measure",
    "read_claim",
]

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

ClaimHow = Literal["quote", "reported", "agent", "voice", "none"]
ClaimModality = Literal["firm", "hedged", "conditional", "question"]
#: How a claim's holder was found.
CLAIM_HOW: tuple[ClaimHow, ...] = ("quote", "reported", "agent", "voice", "none")
_WORD = re.compile(r"[\w'’-]+")
_NAME_RUN = re.compile(
    r"(?:(?:the|The)\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|of|the|for|and|de|von|van))*"
)
_COLLECTIVE = re.compile(
    r"\b(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){0,3})"
    r"(?:allies|leaders|parliament|lawmakers|legislators|government|ministers|officials|"
    r"diplomats|authorities|members|countries|states|nations|partners|capitals|deputies|"
    r"alliance|troops|forces|soldiers|militia\w*|navy|army|military|ministry|spokes\w+|"
    r"envoy|ambassador|administration|leadership|side|backers|summit)\b",
    re.IGNORECASE,
)
#: The tense reported speech shifts into ("said it would …"): no hedge of the speaker's.
_RULES = load_claim_rules
_BACKSHIFT = re.compile(r"\bwould\b")
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|into|to|of|for|with|by|from|at|on|about|against|towards?|between|than)\s+$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?\b")
_COLLECTIVE = re.compile(
    r"\b(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){0,3})"
    r"(?:allies|leaders|parliament|lawmakers|legislators|government|ministers|officials|"
    r"diplomats|authorities|members|countries|states|nations|partners|capitals|deputies|"
    r"alliance)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Claim:
    """One claim: a holder's act on a rung of one dimension, in one sentence.

    Attributes
    ----------
    holder : str or None
        The person or body, as resolved or as named; ``None`` for the narrator.
    side : str or None
        The holder's side on the document's date.
    act : {"decides", "offers", "seeks", "rejects", "reports"}
        What the holder does.
    rung : str or None
        The ladder id the claim is about (``None`` for dimensions without a ladder, or when
        no rung's cue matched).
    polarity : {"affirmed", "negated"}
        Whether the act itself is denied.
    modality : {"firm", "hedged", "conditional", "question"}
        How firmly it is said.
    target : {"ukraine", "other", "allies"}
        Whose membership, guarantee or aid it is about.
    cue : str
        The words that made the act (and the rung, after " | ").
    how : {"quote", "reported", "agent", "voice", "none"}
        How the holder was found.
    status : str or None
        For aid: ``requested``, ``pledged``, ``committed``, ``delivered`` or ``withheld``;
        set by :class:`ClaimReader` for dimensions that extract figures.
    """

    holder: str | None
    side: str | None
    act: Act
    rung: str | None
    polarity: Literal["affirmed", "negated"]
    modality: ClaimModality
    target: Target
    cue: str
    how: ClaimHow
    status: Status | None = None


@dataclass(frozen=True)
class _Agent:
    name: str
    side: str | None
    start: int


def _content_span(sentence: str, who: Attribution) -> tuple[int, int]:
    """Return the stretch of the sentence that holds the speaker's words (not the tag)."""
    if who.how not in ("quote", "reported") or not who.cue:
        return 0, len(sentence)
    at = sentence.find(who.cue)
    if at < 0:
        return 0, len(sentence)
    if at > len(sentence) - at - len(who.cue):  # the tag ends the sentence
        return 0, at
    return at + len(who.cue), len(sentence)


def _act_cues(
    sentence: str, span: tuple[int, int], rules: ClaimRules
) -> list[tuple[int, int, Act]]:
    """Every act cue inside ``span``, in sentence order."""
    found: list[tuple[int, int, Act]] = []
    for act, pattern in rules.acts.items():
        for m in pattern.finditer(sentence, span[0], span[1]):
            found.append((m.start(), m.end(), act))
    found.sort()
    return found


def _choose_act(cues: Sequence[tuple[int, int, Act]], anchor: int) -> tuple[int, int, Act] | None:
    """Pick the act that governs what the sentence is about (see the module's rules)."""
    if not cues:
        return None
    rejections = [c for c in cues if c[2] == "rejects"]
    if rejections:
        return min(rejections, key=lambda c: abs(c[0] - anchor))
    before = [c for c in cues if c[0] <= anchor]
    decisions = [c for c in before if c[2] == "decides"]
    if decisions:
        return decisions[-1]  # "Allies agreed that Ukraine will join": the decision governs
    if before:
        return before[-1]
    return cues[0]


def _negated(sentence: str, start: int, rules: ClaimRules) -> bool:
    """Whether a negator stands right before ``start`` (within the window, same clause)."""
    window = sentence[max(0, start - 60) : start]
    words = _WORD.findall(window)[-(rules.negation_window + 1) :]
    tail = " ".join(words)
    return rules.negator.search(tail) is not None


def _agent(
    sentence: str,
    verb_start: int,
    actors: Actors,
    date: dt.date,
    rules: ClaimRules,
    recent: Sequence[tuple[str, str | None, str | None]] = (),
) -> _Agent | None:
    """Return the actor named last before the verb, back to a clause boundary.

    ``recent`` holds the document's latest holders (name, side, actor id), newest last: a
    pronoun, a bare title or a text that acts ("the law") stands for the latest of them.
    When the verb's clause names no one, the sentence's main subject (the first actor named
    before the verb) acts: "Allies will never recognise the annexation, and they condemn it".
    """
    left = sentence[:verb_start]
    cut = 0
    for m in rules.subject_break.finditer(left):
        cut = m.end()
    found = _named_in(left, cut, actors, date, recent, last=True)
    if found is not None:
        return found
    if recent:
        stretch = left[cut:]
        for m in rules.anaphora.finditer(stretch):
            if not _PREPOSITION_BEFORE.search(stretch, 0, m.start()):
                name, side, _ = recent[-1]
                return _Agent(name, side, cut + m.start())
    return _named_in(left, 0, actors, date, recent, last=False) if cut else None


def _named_in(
    left: str,
    cut: int,
    actors: Actors,
    date: dt.date,
    recent: Sequence[tuple[str, str | None, str | None]],
    *,
    last: bool,
) -> _Agent | None:
    """Return the last (or first) actor named in ``left[cut:]`` who can be an agent."""
    stretch = left[cut:]
    candidates: list[tuple[int, str]] = []
    for m in _NAME_RUN.finditer(stretch):
        candidates.append((m.start(), m.group().strip()))
    for m in _COLLECTIVE.finditer(stretch):
        candidates.append((m.start(), m.group().strip()))
    context = [r[2] for r in recent if r[2]]
    for start, text in sorted(candidates, key=lambda c: -c[0] if last else c[0]):
        if _POSSESSIVE.match(stretch, start + len(text)) is not None:
            continue  # "Ukraine's membership": a modifier, not the one who acts
        if _PREPOSITION_BEFORE.search(stretch, 0, start) is not None:
            continue  # "membership in NATO": the object of a preposition
        found = _resolve(text, actors, date, context) or _state(text, date, _RULES())
        if found is not None:
            return _Agent(found[0], found[1], cut + start)
    return None


def _resolve(
    text: str, actors: Actors, date: dt.date, context_ids: Sequence[str] = ()
) -> tuple[str, str | None] | None:
    """Resolve a noun phrase to (name, side): a person, a role's holder, a body, a side word."""
    words = text.split()
    for i in range(len(words)):
        phrase = " ".join(words[i:])
        actor = actors.resolve(phrase, date=date, context_ids=context_ids)
        if actor is not None:
            return actor.name, actors.side_of(actor, date=date)
    for word in words:
        side = actors.affiliation(word)
        if side is not None and len(words) > 1:
            return text, side
    return None


def _state(text: str, date: dt.date, rules: ClaimRules) -> tuple[str, str | None] | None:
    """Resolve a state's name or capital ("Canada", "Berlin") to (state, side)."""
    for name in (text, text.removeprefix("the ").removeprefix("The ")):
        found = rules.state_side(name, date)
        if found is not None:
            return found
    return None


def _target(sentence: str, rules: ClaimRules, rung: str | None = None) -> Target:
    """Ukraine unless another state, or the Allies themselves, are named without Ukraine.

    Collective defence in a sentence that names no one else is the Allies' own ("Article 5
    remains the core task of our Alliance").
    """
    if rules.targets.get("ukraine") is not None and rules.targets["ukraine"].search(sentence):
        return "ukraine"
    if rung == "collective_defence" and not rules.targets["other"].search(sentence):
        return "allies"
    for target in ("other", "allies"):
        pattern = rules.targets.get(target)
        if pattern is not None and pattern.search(sentence):
            return target
    return "ukraine"


def _modality(
    sentence: str, mood: Modality, rules: ClaimRules, *, reported: bool = False
) -> ClaimModality:
    """Question, conditional, hedged or firm.

    In reported speech, "would" is the reporter's grammar ("said Ukraine would continue to
    seek membership"), not a hedge of the speaker's.
    """
    stripped = sentence.rstrip(" \"'”’»)]")
    if stripped.endswith("?") or rules.question.search(sentence):
        return "question"
    if mood.conditional:
        return "conditional"
    if mood.modality == "hedge":
        if reported and modality(_BACKSHIFT.sub("will", sentence)).modality != "hedge":
            return "firm"
        return "hedged"
    return "firm"


def _holder(
    who: Attribution, agent: _Agent | None, voice: Attribution | None
) -> tuple[str | None, str | None, ClaimHow]:
    if who.how in ("quote", "reported", "carry_over") and who.speaker is not None:
        return who.speaker, who.side, "reported" if who.how == "reported" else "quote"
    if agent is not None:
        return agent.name, agent.side, "agent"
    if voice is not None and (voice.speaker or voice.side):
        return voice.speaker, voice.side, "voice"
    return None, None, "none"


def read_claim(
    sentence: str,
    *,
    rung: str | None,
    anchor: str | None,
    rung_negated: bool,
    who: Attribution,
    mood: Modality,
    actors: Actors,
    date: dt.date,
    rejection: bool = False,
    voice: Attribution | None = None,
    rules: ClaimRules | None = None,
    recent: Sequence[tuple[str, str | None, str | None]] = (),
) -> Claim:
    """Read the claim one sentence makes on one dimension.

    Parameters
    ----------
    sentence : str
        The sentence (already known to mention the dimension).
    rung : str or None
        The ladder id whose cue the sentence matched (negated or not), if any.
    anchor : str or None
        The words the sentence is about: the rung's cue, else the first matched term.
    rung_negated : bool
        Whether the rung's cue was negated ("did not invite Ukraine").
    rejection : bool, optional
        Whether the rung's cue is itself a rejection ("membership is off the table"): the
        holder rejects the rung whatever act word the sentence has.
    who : Attribution
        The sentence's speaker, from quotation and reported-speech attribution.
    mood : Modality
        The sentence's modality.
    actors : Actors
        Who may act, for the agent of narrated acts.
    date : datetime.date
        The document's date (roles and sides change over time).
    voice : Attribution, optional
        The document's own voice (from the manifest), for narration with no agent.
    rules : ClaimRules, optional
        The claim rules; the package's by default.
    recent : sequence of (str, str or None, str or None), optional
        The document's latest holders (name, side, actor id), newest last, for pronouns and
        texts that act ("the law").

    Returns
    -------
    Claim
        The claim.

    Examples
    --------
    >>> import datetime as dt
    >>> from nato_diff.extract import load_actors, attribute, modality
    >>> s = "The Verkhovna Rada voted to abolish the country's non-aligned status."
    >>> who = attribute([s], date=dt.date(2014, 12, 23))[0]
    >>> c = read_claim(s, rung="non_aligned", anchor="non-aligned status", rung_negated=False,
    ...                who=who, mood=modality(s), actors=load_actors(),
    ...                date=dt.date(2014, 12, 23))
    >>> c.holder, c.side, c.act, c.how
    ('Ukraine', 'ukraine', 'rejects', 'agent')
    """
    rules = rules or load_claim_rules()
    span = _content_span(sentence, who)
    at = sentence.find(anchor) if anchor else -1
    anchor_at = at if at >= 0 else span[0]
    cues = _act_cues(sentence, (0, len(sentence)), rules)
    chosen = _choose_act(cues, anchor_at)
    verb_at = chosen[0] if chosen else anchor_at
    narration = how_is_narration(who)
    agent = _agent(sentence, verb_at, actors, date, rules, recent) if verb_at > span[0] else None
    holder, side, how = _holder(who, agent if narration else None, voice)
    act = (
        "rejects"
        if rejection and holder is not None
        else _act(chosen, holder=holder, side=side, rung=rung, rules=rules)
    )
    if chosen is None and how == "agent" and agent is not None and act == "reports":
        act = _deed(sentence, agent, rules)
    inner = None if narration or agent is None or agent.start < span[0] else agent
    if _tells_of_another(inner, side, act):
        act = rules.third_party
    act = _tense(sentence, chosen, act, rules, narrated=how in ("agent", "none"))
    modality = _modality(sentence, mood, rules, reported=who.how == "reported")
    if modality == "question":
        act = "reports"  # a question asks; it takes no act
    negated = _polarity(sentence, chosen, act, rung_negated, rules)
    cue_words = sentence[chosen[0] : chosen[1]] if chosen else ""
    return Claim(
        holder=holder,
        side=side,
        act=act,
        rung=rung,
        polarity="negated" if negated else "affirmed",
        modality=modality,
        target=_target(sentence, rules, rung),
        cue=" | ".join(x for x in (cue_words, anchor or "") if x),
        how=how,
    )


def _act(
    chosen: tuple[int, int, Act] | None,
    *,
    holder: str | None,
    side: str | None,
    rung: str | None,
    rules: ClaimRules,
) -> Act:
    """Return the act: the cue's, else the side's default for a stated rung, else a report."""
    if holder is None:
        return "reports"
    act: Act
    if chosen is not None:
        act = chosen[2]
    elif rung is not None:
        act = rules.default_acts.get(side or "", "reports")
    else:
        act = "reports"
    if (
        act in ("offers", "decides")
        and rung is not None
        and rung not in rules.mutual_rungs
        and side not in rules.grantor_sides
    ):
        act = "seeks" if side == "ukraine" else "reports"
    return act


def _polarity(
    sentence: str,
    chosen: tuple[int, int, Act] | None,
    act: Act,
    rung_negated: bool,
    rules: ClaimRules,
) -> bool:
    """Say whether the act is denied: a negator before its word, or a negated rung.

    A negated rung cue only confirms a rejection ("refused to give guarantees").
    """
    negator = chosen is not None and _negated(sentence, chosen[0], rules)
    return negator if act == "rejects" else negator or rung_negated


_DATELINE = re.compile(r"^[^-–—]{0,80}\)?\s[-–—]\s")


def _opens(sentence: str, start: int) -> bool:
    """Whether ``start`` is within the first few words of the sentence (after a dateline)."""
    m = _DATELINE.match(sentence)
    head = sentence[m.end() if m and m.end() <= start else 0 : start]
    return len(head.split()) <= 3


def _deed(sentence: str, agent: _Agent, rules: ClaimRules) -> Act:
    """Return ``decides`` for a narrated deed ("Russian troops stormed …"), else ``reports``."""
    after = sentence[agent.start :]
    name_end = after.find(agent.name)
    rest = after[name_end + len(agent.name) :] if name_end >= 0 else after.split(" ", 2)[-1]
    return "decides" if rules.deeds.search(rest) else "reports"


def _tense(
    sentence: str,
    chosen: tuple[int, int, Act] | None,
    act: Act,
    rules: ClaimRules,
    *,
    narrated: bool,
) -> Act:
    """Make a future decision an offer, and a decision a narrator sums up a report."""
    if act == "decides" and chosen is not None:
        before = sentence[max(0, chosen[0] - 40) : chosen[0]]
        if rules.future.search(before) or rules.announced_future.match(sentence, chosen[0]):
            act = "offers"
    if narrated and act in ("decides", "offers") and rules.background.search(sentence):
        act = "reports"
    return act


def _tells_of_another(inner: _Agent | None, side: str | None, act: Act) -> bool:
    """Whether the speaker tells of an act by an agent of another side.

    Ukraine as the subject of what another side offers or grants ("Ukraine will join NATO",
    in NATO's mouth) is the target, not a third party.
    """
    if inner is None or inner.side is None or side is None or inner.side == side:
        return False
    if act == "rejects":
        return False  # a rejection is the speaker's own stance on what the other side does
    return not (inner.side == "ukraine" and act in ("offers", "decides"))


def how_is_narration(who: Attribution) -> bool:
    """Whether a sentence's words are the narrator's (no quotation or reported speech).

    Parameters
    ----------
    who : Attribution
        The sentence's attribution.

    Returns
    -------
    bool
        True for narration.
    """
    return who.how not in ("quote", "reported", "carry_over") or who.speaker is None


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
        )
        if claim.holder is not None and claim.side is not None:
            self.recent.append((claim.holder, claim.side, who.actor_id))
            del self.recent[:-8]
        if self.dimensions[dim_id].figures is None:
            return claim
        return replace(claim, status=_status(sentence, claim, self.rules))

    def _facet_rung(self, dim_id: str, match: SentenceMatch) -> str | None:
        """Return the highest rung the sentence's facets stand for (``rung`` in the file)."""
        dim = self.dimensions[dim_id]
        rungs = [f.rung for f in dim.facets if f.id in match.facets and f.rung is not None]
        return max(rungs, key=lambda r: self.rank(dim_id, r) or 0) if rungs else None

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
