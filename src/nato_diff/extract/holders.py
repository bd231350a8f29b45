"""Who holds a claim: the speaker completed, a joined speech tag, a bare group, the voice.

The claim reader takes a sentence's attribution (quotation, reported speech) and the agent
of its act; these rules settle who holds the claim when they leave it open: a speaker the
actors data does not list ("officials said"), a bare title ("the Minister stressed") or
group ("Ministers reaffirmed"), a clause told before a joined speech tag ("…, and NATO
said"), a bare group acting on a page that does not speak for it, and the page's own voice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .actors import Actors, Attribution
from .agents import Agent, find_reporter, referent
from .authors import AUTHOR_CUE
from .claim_rules import Act, ClaimHow, ClaimRules

__all__ = [
    "bare_group",
    "complete_speaker",
    "holder_of",
    "joined_tag_start",
    "outside_the_speech",
    "told_by_source",
    "unnamed_reporter",
]


def outside_the_speech(
    sentence: str, who: Attribution, anchor: str | None, rules: ClaimRules
) -> Attribution:
    """Give narration back what a clause before a joined speech tag tells.

    "Romania has asked allies for more air defence, and NATO has said that …": the speaker
    of the second clause says nothing of the first, which is the narrator's.

    Parameters
    ----------
    sentence : str
        The sentence.
    who : Attribution
        The sentence's attribution.
    anchor : str or None
        The words the claim is about.
    rules : ClaimRules
        The claim rules.

    Returns
    -------
    Attribution
        ``who``, or no speaker when what the claim is about stands before a joined tag.

    Examples
    --------
    >>> from nato_diff.extract.claim_rules import load_claim_rules
    >>> s = "Poland asked for more air defence, and NATO said that Article 5 holds."
    >>> who = Attribution("NATO", "nato", "nato", "NATO said", "reported")
    >>> outside_the_speech(s, who, "air defence", load_claim_rules()).how
    'none'
    """
    tag = _joined_tag(sentence, who, from_speaker=False)
    at = sentence.find(anchor) if anchor else -1
    if tag <= 0 or at < 0 or at >= tag:
        return who
    return Attribution(None, None, None, None, "none")


def joined_tag_start(sentence: str, who: Attribution, anchor: str | None) -> int:
    """Return where a joined speech tag starts when what the claim is about follows it.

    "Ukraine was not invited to the talks, and its foreign ministry said it would not clear
    the mines": the act words before the tag are the narrator's clause, not the speaker's.
    Zero when there is no such tag.
    """
    tag = _joined_tag(sentence, who, from_speaker=True)
    at = sentence.find(anchor) if anchor else -1
    return tag if 0 < tag < at else 0


def _joined_tag(sentence: str, who: Attribution, *, from_speaker: bool) -> int:
    """Return where a speech tag joined to a clause before it starts, else -1.

    The tag is the attribution's cue; ``from_speaker`` starts it at the speaker named before
    a cue that is the verb alone ("…, and its foreign ministry said"). It is joined when ",
    and", ", but" or ";" stands right before it.
    """
    if who.how != "reported" or not who.cue:
        return -1
    tag = sentence.find(who.cue)
    named = sentence.rfind(who.speaker, 0, tag) if who.speaker and tag > 0 else -1
    tag = named if from_speaker and named >= 0 else tag
    if tag <= 0 or not _JOINED_TAG.search(sentence, max(0, tag - 12), tag):
        return -1
    return tag


#: A clause joined before a speech tag: "…, and NATO said", "…; officials say".
_JOINED_TAG = re.compile(r"(?:[,;]\s+(?:and|but|while|whereas)|;)\s+$")


def bare_group(
    sentence: str,
    chosen: tuple[int, int, Act] | None,
    voice: Attribution | None,
    rules: ClaimRules,
) -> Agent | None:
    """Return a bare group that is the act's subject on a page it does not speak for.

    On a state's or an opponent's page, "The leaders also approved …" tells of another body's
    meeting (a Kremlin comment on a NATO summit): the group acts, with no side, and the page's
    voice holds nothing. On the page of a body of states, the group is the body's (see
    ``collective_sides``).

    Parameters
    ----------
    sentence : str
        The sentence.
    chosen : (int, int, str) or None
        The act's cue: start, end and act.
    voice : Attribution or None
        The page's own voice.
    rules : ClaimRules
        The claim rules (``group_words``, ``collective_sides``).

    Returns
    -------
    Agent or None
        The group as written, with no side; None when the subject is no bare group.
    """
    if chosen is None or voice is None or voice.side in rules.collective_sides:
        return None
    m = _SUBJECT_BEFORE.search(sentence, 0, chosen[0])
    if m is None or _OWN_BODY.fullmatch(m.group("head")):
        return None  # "we", "they", "Parliament", "the government": the page's own
    if not rules.group_words.fullmatch(m.group("head")):
        return None
    return Agent(m.group("np"), None, m.start("np"))


#: A person's full name: two to four capitalised words ("Borys Tarasyuk").
_FULL_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}")

#: A page's own government named with no state ("the Federal Government", "the Cabinet").
_OWN_GOVERNMENT = re.compile(
    r"(?:the\s+)?(?:federal\s+|national\s+)?(?:government|cabinet)", re.IGNORECASE
)

#: Group words that stand for the page's own side: pronouns, its parliament, its government.
_OWN_BODY = re.compile(r"(?:the\s+)?(?:we|they|parliament|government)", re.IGNORECASE)
#: The words right before a verb, after a clause's start: "The leaders also approved".
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but)\s+)(?P<np>(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+)?(?P<head>[\w-]+))\s+"
    r"(?:(?:also|then|now|later|jointly|formally|\w+ly|have|has|had)\s+){0,2}$"
)


def holder_of(
    who: Attribution, agent: Agent | None, voice: Attribution | None
) -> tuple[str | None, str | None, ClaimHow]:
    """Return who holds a claim: the speaker, else the agent, else the page's voice.

    Parameters
    ----------
    who : Attribution
        The sentence's (completed) attribution.
    agent : Agent or None
        The agent of the act, in narration.
    voice : Attribution or None
        The page's own voice.

    Returns
    -------
    (str or None, str or None, str)
        The holder's name, side, and how it was found (``how``).
    """
    if who.how in ("quote", "reported", "carry_over") and who.speaker is not None:
        return who.speaker, who.side, "reported" if who.how == "reported" else "quote"
    if agent is not None:
        # on a side's own page, its own acts are the page's word ("The United States has
        # committed $61bn" in a State Department fact sheet), not a narrator's background
        own = (
            voice is not None
            and voice.cue != AUTHOR_CUE
            and voice.side is not None
            and voice.side == agent.side
        )
        return agent.name, agent.side, "voice" if own else "agent"
    if voice is not None and (voice.speaker or voice.side):
        return voice.speaker, voice.side, "voice"
    return None, None, "none"


def unnamed_reporter(holder: str | None, rules: ClaimRules) -> bool:
    """Whether a speaker is an unnamed source or a bare title ("officials", "the minister").

    Parameters
    ----------
    holder : str or None
        The speaker as written.
    rules : ClaimRules
        The claim rules (``sources``, ``person_words``).

    Returns
    -------
    bool
        True when the words name no one the document could tell apart.
    """
    words = (holder or "").strip()
    return bool(rules.sources.search(words) or rules.person_words.fullmatch(words))


def told_by_source(
    found: tuple[str | None, str | None, ClaimHow],
    agent: Agent | None,
    content_start: int,
    rules: ClaimRules,
) -> tuple[str | None, str | None, ClaimHow]:
    """Give what an unnamed source says a named side does to that side.

    "Washington will not provide a backstop, officials said": the speaker (``sources`` in
    the rules) has no side, the agent in its words has one, and the act is the agent's. So
    for a bare title no one in the document resolves ("Poland supports …, the minister
    said"): an official speaking of the state whose act the words tell.

    Parameters
    ----------
    found : (str or None, str or None, str)
        The holder, side and how, from :func:`holder_of`.
    agent : Agent or None
        The agent of the act in the speaker's words.
    content_start : int
        Where the speaker's words start.
    rules : ClaimRules
        The claim rules (``sources``, ``person_words``: see :func:`unnamed_reporter`).

    Returns
    -------
    (str or None, str or None, str)
        The holder, side and how.
    """
    holder, side, _ = found
    if (
        side is None
        and agent is not None
        and agent.side is not None
        and agent.start >= content_start
        and unnamed_reporter(holder, rules)
    ):
        return agent.name, agent.side, "agent"
    return found


def complete_speaker(
    sentence: str,
    who: Attribution,
    context: tuple[Actors, dt.date, ClaimRules],
    recent: Sequence[tuple[str, str | None, str | None]],
    voice: Attribution | None,
) -> Attribution:
    """Complete the attribution: a speaker the actors do not list, a bare title resolved.

    Parameters
    ----------
    sentence : str
        The sentence.
    who : Attribution
        Its attribution by the actors data.
    context : (Actors, datetime.date, ClaimRules)
        The actors data, the document's date and the claim rules.
    recent : sequence of (str, str or None, str or None)
        The document's latest holders, newest last.
    voice : Attribution or None
        The page's own voice.

    Returns
    -------
    Attribution
        The attribution, with an unlisted speaker or a title's holder filled in.
    """
    actors, date, rules = context
    if who.speaker is None:
        who = _unlisted_speaker(sentence, who, actors, date, rules, recent)
    if who.speaker is not None and who.side is None and who.actor_id is None:
        who = _title_holder(who, actors, recent, voice, rules)
    return who


def _unlisted_speaker(
    sentence: str,
    who: Attribution,
    actors: Actors,
    date: dt.date,
    rules: ClaimRules,
    recent: Sequence[tuple[str, str | None, str | None]],
) -> Attribution:
    """Give narration a speaker the actors data does not list ("officials said …")."""
    found = find_reporter(sentence, actors, date, rules, recent)
    if found is None:
        return who
    agent, verb = found
    return Attribution(agent.name, None, agent.side, verb, "reported")


def _title_holder(
    who: Attribution,
    actors: Actors,
    recent: Sequence[tuple[str, str | None, str | None]],
    voice: Attribution | None,
    rules: ClaimRules,
) -> Attribution:
    """Resolve a bare title the actors could not ("the Minister stressed") to a person.

    The title stands for the latest person among the document's holders; with none, it
    takes the side of the document's own voice (a ministry's page: its minister). A bare
    group ("Ministers reaffirmed", "Leaders agreed") on the page of a body of states (the
    Alliance, the Union) is that body's; on a state's or an opponent's page it may be
    anyone's (a Kremlin comment on a NATO summit), and takes no side.
    """
    if who.speaker is None:
        return who
    bare = who.speaker.strip()
    voice_side = voice.side if voice is not None and voice.cue != AUTHOR_CUE else None
    group = rules.group_words.fullmatch(bare) is not None and bare.lower() not in ("they", "we")
    if group and voice_side in rules.collective_sides:
        return Attribution(who.speaker, None, voice_side, who.cue, who.how)
    if _OWN_GOVERNMENT.fullmatch(bare) and voice is not None and voice_side is not None:
        # "The Federal Government pledged …" on a state's own page: that state
        return Attribution(voice.speaker, voice.actor_id, voice_side, who.cue, who.how)
    if not rules.person_words.fullmatch(bare):
        unknown = _FULL_NAME.fullmatch(bare) or rules.office.search(bare)
        if voice_side is not None and voice is not None and unknown:
            # a person or an office the actors file does not know, quoted on a side's own
            # page ("Borys Tarasyuk, a former foreign minister, said", "a representative of
            # the Ministry of Foreign Affairs told deputies", on the Rada's page): that side's
            return Attribution(who.speaker, None, voice_side, who.cue, who.how)
        return who
    found = referent(who.speaker, recent, actors, rules)
    if (found is None or found[1] is None) and voice is not None and voice.side is not None:
        found = (who.speaker, voice.side)
    if found is None or found[1] is None:
        return who
    return Attribution(found[0], None, found[1], who.cue, who.how)
