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
   sides that can grant a rung offer or decide it: Kyiv's "Ukraine will join NATO" wishes.
3. *Polarity.* A negator right before the act cue, or a negated rung cue, denies the act.
4. *Modality.* ``question`` (a final "?" or a "Q:" label), ``conditional``, ``hedged`` or
   ``firm``, from :func:`nato_diff.extract.modality.modality`.
5. *Target.* Another state named with no word for Ukraine makes the claim ``other``; the
   Allies' own defence, ``allies``; else ``ukraine``. On a dimension without a ladder the
   donor that acts names no target (:func:`nato_diff.extract.targets.claim_target`).

Limits: one claim per sentence and dimension (the main clause's); the agent is found by
position, not by parsing, so a long subject with several actors may pick the wrong one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ..dimensions import find_matches
from .act_choice import choose_act
from .actors import QUESTION, Actors, Attribution
from .agents import Agent, find_agent, opening_agent
from .authors import authorial
from .background import in_tag, narrated_background
from .claim_modality import ClaimModality, claim_modality, clause_end
from .claim_rules import Act, ClaimHow, ClaimRules, Status, Target, load_claim_rules
from .clauses import NOT_THE_ACT, REDUCED_RELATIVE, RELATIVE_TAIL, blank, participle_of_noun
from .holders import (
    bare_group,
    complete_speaker,
    holder_of,
    joined_tag_start,
    outside_the_speech,
    told_by_source,
    unnamed_reporter,
)
from .modality import Modality
from .negators import WORD, negated_before
from .targets import claim_target
from .verdicts import answered, voiced_verdict

__all__ = [
    "CLAIM_HOW",
    "Claim",
    "ClaimHow",
    "ClaimModality",
    "act_cues",
    "how_is_narration",
    "read_claim",
]

#: How a claim's holder was found.
CLAIM_HOW: tuple[ClaimHow, ...] = ("quote", "reported", "agent", "voice", "none")


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


def act_cues(sentence: str, rules: ClaimRules) -> list[tuple[int, int, Act]]:
    """Return every act cue of a sentence, in order: (start, end, act).

    Parameters
    ----------
    sentence : str
        The sentence.
    rules : ClaimRules
        The claim rules.

    Returns
    -------
    list of (int, int, str)
        The cues.
    """
    return _act_cues(sentence, (0, len(sentence)), rules)


def _act_cues(
    sentence: str, span: tuple[int, int], rules: ClaimRules
) -> list[tuple[int, int, Act]]:
    """Every act cue inside ``span``, in sentence order."""
    found: list[tuple[int, int, Act]] = []
    for act, pattern in rules.acts.items():
        # finditer's matches, the pattern tried only where a word its cues start with stands
        for m in find_matches(pattern, sentence, span[0], span[1]):
            found.append((m.start(), m.end(), act))
    found.sort()
    return found


def _governing_cue(
    sentence: str,
    anchor: str | None,
    speech: tuple[Attribution, int],
    rules: ClaimRules,
    cue_cache: list[tuple[int, int, Act]] | None,
) -> tuple[tuple[int, int, Act] | None, int]:
    """Return the act cue that governs the sentence's subject, and where its verb stands.

    ``speech`` is the attribution and where the holder's words start. The act words of a
    clause joined before a speech tag are not the speaker's (see
    :func:`~nato_diff.extract.holders.joined_tag_start`).
    """
    who, span_start = speech
    at = sentence.find(anchor) if anchor else -1
    anchor_at = at if at >= 0 else span_start
    cues = _act_cues(sentence, (0, len(sentence)), rules) if cue_cache is None else cue_cache
    floor = joined_tag_start(sentence, who, anchor)
    live = [c for c in _live_cues(sentence, cues, rules) if c[0] >= floor]
    # an act told in a relative clause is the background of what it describes ("Zelenskyy,
    # who had pressed for a MAP, said …"), not the sentence's act, when the sentence has one
    asides = [m.span() for m in NOT_THE_ACT.finditer(sentence)]
    if at >= 0 and anchor:
        # "the corridor set up under the agreements must not be used": a participle right
        # after the noun describes it (a reduced relative clause); it is not the act
        reduced = REDUCED_RELATIVE.match(sentence, at + len(anchor))
        asides += [(c[0], c[1] + 1) for c in live if reduced and reduced.end() == c[1]]
    outside = [c for c in live if not any(a <= c[0] < b for a, b in asides)]
    chosen = choose_act(sentence, outside if outside else live, anchor_at, rules)
    return chosen, chosen[0] if chosen else anchor_at


def _live_cues(
    sentence: str, cues: Sequence[tuple[int, int, Act]], rules: ClaimRules
) -> list[tuple[int, int, Act]]:
    """Drop denied rejections (see :func:`_denied_rejection`), others' requests, conditions.

    A request named as a noun of someone's ("their requests for a MAP", "Kyiv's bid") is
    what the sentence is about, not the holder's act, unless the holder hands it in
    ("submitted its application": ``filing``); so is an act in a condition ("the truce
    takes effect once the sanctions are removed"), the means of another verb ("will upgrade
    ties by establishing a Council"), an event named ("the signing showed …") or a capacity
    ("the right to decide").
    """
    return [
        c
        for c in cues
        if not (c[2] == "rejects" and _denied_rejection(sentence, c[0], rules))
        and not (
            c[2] == "seeks"
            and rules.possessed.search(sentence, max(0, c[0] - 40), c[1])
            and not rules.filing.search(sentence, max(0, c[0] - 60), c[0])
        )
        and not _conditioned(sentence, c[0], rules)
        and not rules.capacity.search(sentence, max(0, c[0] - 50), c[0])
        and not (
            sentence[c[0] : c[1]].endswith("ing")
            and rules.gerund.search(sentence, max(0, c[0] - 12), c[0])
        )
        and not participle_of_noun(sentence, c[0], c[1])
    ]


def _denied_rejection(sentence: str, start: int, rules: ClaimRules) -> bool:
    """Whether a rejection is itself denied: "no third country can veto", "will not block".

    A denied rejection affirms what it would have rejected, so it is not the holder's act.
    """
    if negated_before(sentence, start, rules):
        return True
    # "no third country has a veto": the subject that denies may stand a few words back
    words = WORD.findall(sentence[max(0, start - 40) : start])[-(rules.negation_window + 3) :]
    return rules.nobody.search(" ".join(words)) is not None


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
    cue_cache: list[tuple[int, int, Act]] | None = None,
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
        Whether the rung's cue is a rejection ("off the table"): the holder then rejects it.
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
        The document's latest holders (name, side, actor id), newest last ("he", "the law").
    cue_cache : list, optional
        The sentence's :func:`act_cues`, when already found for another dimension.

    Returns
    -------
    Claim
        The claim.

    Examples
    --------
    >>> import datetime as dt
    >>> from nato_diff.extract import load_actors, attribute, modality
    >>> s = "The Verkhovna Rada voted to abolish the country's non-aligned status."
    >>> day = dt.date(2014, 12, 23)
    >>> c = read_claim(s, rung="non_aligned", anchor="non-aligned status", rung_negated=False,
    ...                who=attribute([s], date=day)[0], mood=modality(s),
    ...                actors=load_actors(), date=day)
    >>> c.holder, c.side, c.act, c.how
    ('Ukraine', 'ukraine', 'rejects', 'agent')
    """
    rules = rules or load_claim_rules()
    ctx = (actors, date, rules)
    who = complete_speaker(sentence, who, ctx, recent, voice)
    who = outside_the_speech(sentence, who, anchor, rules)
    span = _content_span(sentence, who)
    chosen, verb_at = _governing_cue(sentence, anchor, (who, span[0]), rules, cue_cache)
    narration = how_is_narration(who)
    agent = _acting(sentence, (chosen, verb_at, span[0]), who, ctx, recent, voice)
    found = holder_of(who, agent if narration else None, voice)
    holder, side, how = found if narration else told_by_source(found, agent, span[0], rules)
    target = claim_target(sentence, rules, rung, refused=rejection, agent=agent)
    answers, at = answered(sentence, anchor, rules), sentence.find(anchor or "\0")
    rejection = rejection and not answers and not _conditioned(sentence, at, rules)
    act = _act(chosen, (holder, side), rung, rules, target, rejection=rejection)
    act = _reconsidered(sentence, chosen, act, agent, narration, span[0], side, how, rules, rung)
    act = _pledged(sentence[span[0] :], act, chosen, rung, (side, how), rules)
    act, (holder, side, how) = authorial(sentence, chosen, act, (holder, side, how), voice, rules)
    act, (holder, side, how) = narrated_background(
        sentence, chosen, act, (holder, side, how), span[0], rules, date
    )
    act = _finished(sentence[span[0] :], act, answers and not chosen, rung, (side, how), rules)
    until = chosen[1] if chosen else clause_end(sentence, anchor, rules)
    modality = claim_modality(sentence, mood, rules, until)
    asked = (modality == "question" or holder == QUESTION, holder)
    act, negated = _settled(sentence, chosen, act, asked, (anchor, rung_negated, rung), rules)
    return Claim(
        holder=holder,
        side=side,
        act=act,
        rung=rung,
        polarity="negated" if negated else "affirmed",
        modality=modality,
        target=target,
        cue=_cue_text(sentence, chosen, anchor),
        how=how,
    )


def _cue_text(sentence: str, chosen: tuple[int, int, Act] | None, anchor: str | None) -> str:
    """Return the claim's cue: the act's words and what the claim is about, joined."""
    return " | ".join(x for x in (sentence[chosen[0] : chosen[1]] if chosen else "", anchor) if x)


def _conditioned(sentence: str, at: int, rules: ClaimRules) -> bool:
    """Whether position ``at`` stands in a condition ("if the Allies cannot offer …")."""
    return at >= 0 and rules.condition.search(sentence, max(0, at - 80), at) is not None


def _wished(act: Act, rung: str | None, side: str | None, rules: ClaimRules) -> Act:
    """Ukraine's neutrality is not Moscow's to give: offered in its mouth, it is a wish."""
    if act in ("offers", "decides") and rung in rules.floor_rungs:
        return "seeks" if rules.default_acts.get(side or "") == "rejects" else act
    return act


#: An act's cue that ends in "be": a copula or a passive ("will be a member", "will be covered").
_COPULA = re.compile(r"\bbe$")


def _reconsidered(
    sentence: str,
    chosen: tuple[int, int, Act] | None,
    act: Act,
    agent: Agent | None,
    narration: bool,
    span_start: int,
    side: str | None,
    how: ClaimHow,
    rules: ClaimRules,
    rung: str | None,
) -> Act:
    """Adjust the act: a narrated deed decides, another side's act is reported, tense."""
    if chosen is None and how == "agent" and agent is not None:
        # A narrated subject with no act word states nothing: the narrator tells of it
        # ("Sweden had stayed outside alliances", "X and Y discussed Ukraine's course"),
        # or, off the ladders, of its deed ("Russian troops stormed the headquarters").
        act = "reports" if rung is not None else _deed(sentence, agent, rules)
    inner = None if narration or agent is None or agent.start < span_start else agent
    if inner is not None and chosen is not None and _COPULA.search(sentence, 0, chosen[1]):
        # "Ukraine will be a member", "Finland will be covered by our Article 5": the subject
        # of a copula or a passive is what the holder's offer is about, not another side acting
        inner = None
    stance = chosen is not None and rules.stance.match(sentence, chosen[0]) is not None
    own = not narration and (  # "Kyiv asked Allies to grant …", "… and called on partners"
        in_tag(chosen, span_start) or _coordinated(sentence, chosen, rules)
    )
    if not (stance or own) and _tells_of_another(inner, side, act):
        act = rules.third_party
    return _tense(sentence, chosen, act, rules, narrated=how in ("agent", "none"))


def _acting(
    sentence: str,
    where: tuple[tuple[int, int, Act] | None, int, int],
    who: Attribution,
    context: tuple[Actors, dt.date, ClaimRules],
    recent: Sequence[tuple[str, str | None, str | None]],
    voice: Attribution | None,
) -> Agent | None:
    """Return who acts: the narrated agent, else a bare group in narration.

    ``where`` is the act's cue, where its verb starts and where the holder's words begin. A
    verdict the page's voice passes has no agent of its own (see ``verdicts``).
    """
    (chosen, verb_at, span_start), (actors, date, rules) = where, context
    agent = _narrated_agent(
        sentence, chosen, verb_at, span_start, who, actors, date, rules, recent
    )
    agent = None if voiced_verdict(sentence, chosen, voice, rules) else agent
    if agent is None and how_is_narration(who):
        agent = bare_group(sentence, chosen, voice, rules)
    return agent


def _narrated_agent(
    sentence: str,
    chosen: tuple[int, int, Act] | None,
    verb_at: int,
    span_start: int,
    who: Attribution,
    actors: Actors,
    date: dt.date,
    rules: ClaimRules,
    recent: Sequence[tuple[str, str | None, str | None]],
) -> Agent | None:
    """Find who acts: the agent before the act word, or, with none, the opening subject.

    ``who`` is the sentence's attribution: in reported speech or a quotation, a pronoun in
    the speaker's words stands first for the speaker.
    """
    narration = how_is_narration(who)
    speaker = None if narration or who.speaker is None else (who.speaker, who.side, who.actor_id)
    if chosen is None and narration:
        verb_at = len(sentence)  # no act word: the subject that opens the sentence holds it
    elif chosen is not None and chosen[0] <= span_start < chosen[1] and narration:
        verb_at = chosen[1]  # a headline's cue holds its subject: "US to send Humvees"
    if verb_at <= span_start:
        return None
    if chosen is None:
        # without an act word, only the subject opening narration (or a source's words) acts
        sourced = narration or unnamed_reporter(who.speaker, rules)
        return opening_agent(sentence, actors, date, rules, recent) if sourced else None
    return find_agent(sentence, verb_at, actors, date, rules, recent, speaker)


def _act(
    chosen: tuple[int, int, Act] | None,
    found: tuple[str | None, str | None],
    rung: str | None,
    rules: ClaimRules,
    target: Target = "ukraine",
    *,
    rejection: bool = False,
) -> Act:
    """Return the act: the cue's, else the side's default for a stated rung, else a report.

    Only the sides that can grant a rung of Ukraine's ladder offer or decide it; another
    state's own accession is its own act ("Finland joined NATO").
    """
    holder, side = found
    if holder is None:
        return "reports"
    if rejection:
        return "rejects"  # the rung's cue is itself a rejection ("off the table")
    act: Act
    if chosen is not None:
        act = chosen[2]
    elif rung is not None:
        act = rules.default_acts.get(side or "", "reports")
        # "we already had a memorandum": an earlier settlement is told, not asked for or
        # offered
        act = "reports" if act in ("seeks", "offers") and rung in rules.history_rungs else act
        act = "seeks" if act == "rejects" and rung in rules.floor_rungs else act
        act = "offers" if side == "ukraine" and rung in rules.own_rungs else act
    else:
        act = "reports"
    if (
        act in ("offers", "decides")
        and rung is not None
        and rung not in rules.mutual_rungs
        and side not in rules.grantor_sides
        and not (
            rung in rules.open_rungs and rules.default_acts.get(side or "") in (None, "offers")
        )
        and target != "other"
    ):
        act = "seeks" if side == "ukraine" else "reports"
    return act


def _pledged(
    content: str,
    act: Act,
    chosen: tuple[int, int, Act] | None,
    rung: str | None,
    found: tuple[str | None, ClaimHow],
    rules: ClaimRules,
) -> Act:
    """Make a holder's word of what will come an offer, and a donor's own tally a decision.

    Off the ladders and with no act word: "These funds will total €15 million", "Allies will
    discuss a package of support", "the truce will take effect once …" offer what is to
    come; a grantor's own running total, in its own words ("our trust funds now total €40
    million"), is its decision. ``content`` is the holder's words; ``found`` the holder's
    side and how it was found.
    """
    side, how = found
    if act != "reports" or chosen is not None or rung is not None or side is None:
        return act
    own = how in ("quote", "reported", "voice") and side in rules.grantor_sides
    if own and rules.background.search(content):
        return "decides"
    return "offers" if rules.pledge.search(content) else act


def _finished(
    content: str,
    act: Act,
    answered: bool,
    rung: str | None,
    found: tuple[str | None, ClaimHow],
    rules: ClaimRules,
) -> Act:
    """Settle the act's last turns: a charge or a question answered, a wish, a package.

    A breach the holder denies or a question it is asked, with no act word of its own
    ("Russia has not violated the Memorandum", "Asked about a MAP, he said …"), is answered:
    reported.
    """
    if answered:
        return "reports"
    return _own_package(content, _wished(act, rung, found[0], rules), rung, found, rules)


def _own_package(
    content: str, act: Act, rung: str | None, found: tuple[str | None, ClaimHow], rules: ClaimRules
) -> Act:
    """Make the page's own package, in a donor's words, the donor's decision.

    "This package includes interceptors", "Capabilities in this package include …", "This
    package, provided under drawdown authority, will be drawn from stocks": whatever the verb
    (or its clause), the package presented is decided. A running total ("This package brings
    the total to …") stays what the other rules make it.
    """
    side, how = found
    if (
        rung is None
        and how in ("quote", "reported", "voice")
        and side in rules.grantor_sides
        and rules.package_content.match(content)
        and not rules.background.search(content)
    ):
        return "decides"
    return act


def _polarity(
    sentence: str,
    chosen: tuple[int, int, Act] | None,
    act: Act,
    rung_negated: bool,
    rules: ClaimRules,
) -> bool:
    """Say whether the act is denied: a negator before its word, or a negated rung.

    A negated rung cue only confirms a rejection ("refused to give guarantees"). A subject
    that names no one denies the act too ("No Western government has offered to fight").
    """
    negator = chosen is not None and (
        negated_before(sentence, chosen[0], rules) or _no_one_before(sentence, chosen[0], rules)
    )
    return negator if act == "rejects" else negator or rung_negated


#: What may stand between a word that names no one and the act's word: up to three words
#: of the subject ("No G7 country has offered", "none of the Allies will grant").
_NO_ONE_TAIL = re.compile(
    r"\s+(?:of\s+(?:the|them|us|these|those)\s+)?"
    r"(?:(?!that\b|which\b|who\b|and\b|but\b|doubt\b)[\w'’-]+\s+){0,3}?"
    r"(?:(?:has|have|had|will|would|is|are|was|were|can|could|did|does|do|ever|yet)\s+){0,2}$"
)


def _no_one_before(sentence: str, start: int, rules: ClaimRules) -> bool:
    """Whether the act's subject names no one (``nobody`` words): "No G7 country has offered"."""
    window = sentence[max(0, start - 60) : start]
    return any(_NO_ONE_TAIL.match(window, m.end()) for m in rules.nobody.finditer(window))


def _settled(
    sentence: str,
    chosen: tuple[int, int, Act] | None,
    act: Act,
    asker: tuple[bool, str | None],
    about: tuple[str | None, bool, str | None],
    rules: ClaimRules,
) -> tuple[Act, bool]:
    """Return the act and whether it is denied, after questions and refusals.

    A question, and all a questioner says, asks: it takes no act; what the holder was told
    ("we were told the door was open"), and what the holder thanks others for ("thanked
    partners for the equipment delivered"), is reported. Off the ladders, a rejection the
    holder says another "must" make is a demand. A denied offer, decision or
    request of what the holder will do is its refusal (see :func:`_refused`), and so is a
    holder's refusal with no act word ("Canada said it could not spare more howitzers"); a
    rung denied with no act word is reported.
    ``asker`` is whether the sentence asks and the holder; ``about`` is the anchor, whether
    the rung's cue is negated, and the rung.
    """
    anchor, rung_negated, rung = about
    asked, holder = asker
    at = sentence.find(anchor) if anchor else -1
    hearsay = at > 0 and rules.hearsay.search(sentence, 0, at) is not None
    cue_at = chosen[0] if chosen is not None else at
    thanked = cue_at > 0 and rules.thanks.search(sentence, 0, cue_at) is not None
    hearsay = hearsay or (thanked and act in ("decides", "offers"))
    told = asked or hearsay or (chosen is None and rules.topic_title.match(sentence) is not None)
    told = told or rules.counterfactual.search(sentence) is not None
    act = "reports" if told else act
    negated = _polarity(sentence, chosen, act, rung_negated, rules)
    if _demanded(sentence, chosen, rules) and holder and not told and rung is None:
        # "Russia demanded that Washington halt its flights": a demand; on a ladder, a demand
        # that another side turn away from a rung is the holder's rejection of it
        return "seeks", False
    refusable = act in ("offers", "decides", "seeks") or (act == "reports" and not told)
    # a rung whose own words hold a negation it affirms ("would not need a Membership Action
    # Plan") names the rung; it refuses nothing
    named = not rung_negated and anchor is not None and _NEGATED_RUNG.match(anchor)
    # "will not accept a ceasefire without guarantees" asks for them: no refusal
    refusable = refusable and not (chosen and sentence[: chosen[1]].endswith("without"))
    if (
        refusable
        and holder is not None
        and _refused(sentence, chosen, None if named else anchor, rules)
    ):
        return "rejects", False
    if act != "reports" and not negated and _removes_rung(sentence, chosen, at, rules):
        return "rejects", False
    if chosen is None and rung_negated and act in ("offers", "decides", "seeks"):
        # with no act word, a rung denied states a fact ("Ukraine is not ready for
        # membership", "a MAP does not mean accession"): reported, not asked or given
        return "reports", negated
    return act, negated


def _demanded(sentence: str, chosen: tuple[int, int, Act] | None, rules: ClaimRules) -> bool:
    """Whether a rejection is one the holder says another "must" make: a demand."""
    if chosen is None or chosen[2] != "rejects":
        return False
    return rules.demand.search(sentence, max(0, chosen[0] - 90), chosen[0]) is not None


def _removes_rung(
    sentence: str, chosen: tuple[int, int, Act] | None, at: int, rules: ClaimRules
) -> bool:
    """Whether the act removes what the sentence is about: a rejection of it.

    "Removing the provisions on non-alignment", "removes the goal of joining NATO" reject
    what they remove. Removing a requirement or an obstacle to it ("dropped the requirement
    for a MAP") is a decision, not a rejection. ``at`` is where what the sentence is about
    starts.
    """
    if chosen is None or chosen[2] != "decides" or at < chosen[1] or at - chosen[1] > 45:
        return False
    if not rules.removal.fullmatch(sentence, chosen[0], chosen[1]):
        return False
    return rules.obstacle.search(sentence, chosen[1], at) is None


def _refused(
    sentence: str, chosen: tuple[int, int, Act] | None, anchor: str | None, rules: ClaimRules
) -> bool:
    """Whether a denied offer or decision is the holder's refusal ("will not send troops").

    The refusal's words end at the act's cue, or at what the sentence is about ("did not see
    NATO membership"), within the same clause; or they follow what the sentence is about as
    its verb ("the guarantee of Article 5 does not apply"). A refusal in a condition is no
    refusal of the holder's ("if the Allies cannot offer an invitation, they should …").
    """
    ends = [chosen[1]] if chosen is not None else []
    at = sentence.find(anchor) if anchor else -1
    if at >= 0:
        ends.append(at + len(anchor or ""))
        after = rules.refusal_after.match(sentence, at + len(anchor or ""))
        if after is not None and not _conditioned(sentence, at, rules):
            return True
    for end in ends:
        m = rules.refusal.search(sentence, max(0, end - 90), end)
        if m is not None and not _conditioned(sentence, m.start(), rules):
            return True
    return False


#: A rung's words that open with a negator ("not need a MAP", "no longer need …").
_NEGATED_RUNG = re.compile(r"(?:not|no|never|without)\b", re.IGNORECASE)


def _deed(sentence: str, agent: Agent, rules: ClaimRules) -> Act:
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
    """Make a future or restated decision an offer, and a total a narrator sums up a report.

    What an announced package "will provide" is decided (its subject is the package).
    """
    if act == "offers" and chosen is not None:
        before = sentence[max(0, chosen[0] - 60) : chosen[0]]
        act = "decides" if rules.package_subject.search(before) else act
    if act == "decides" and chosen is not None:
        before = sentence[max(0, chosen[0] - 40) : chosen[0]]
        restated = rules.restated.search(sentence, max(0, chosen[0] - 80), chosen[0])
        announced = rules.announced_future.match(sentence, chosen[0])
        standing = rules.standing.search(sentence)
        if restated or standing or announced or rules.future.search(before):
            act = "offers"
    if act in ("decides", "offers") and rules.background.search(blank(RELATIVE_TAIL, sentence)):
        # a running total in narration is the narrator's report; in a speaker's mouth
        # ("Allies have given €40bn since 2022") it keeps the speaker's act; a relative
        # clause's total is its own ("…, which have run a group since 2024")
        act = "reports" if narrated else act
    return act


def _coordinated(sentence: str, chosen: tuple[int, int, Act] | None, rules: ClaimRules) -> bool:
    """Whether a request's verb is joined to the speaker's own ("said … and called on …").

    A request verb right after "and", with no subject of its own, shares the subject of the
    verb it is joined to: in reported speech, the speaker asks.
    """
    if chosen is None or chosen[2] != "seeks":
        return False
    return rules.coordinated.search(sentence, max(0, chosen[0] - 14), chosen[0]) is not None


def _tells_of_another(inner: Agent | None, side: str | None, act: Act) -> bool:
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
