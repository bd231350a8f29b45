"""Agents: who does a narrated act, found by position before the act's verb.

The last actor named before the verb, back to a clause boundary, acts ("The Rada approved
…", "Allies agreed …"); a possessive ("Ukraine's membership") or the object of a preposition
("membership in NATO") does not. Names resolve through the actors file, then side words
("Russian troops"), then the states of ``data/claims.yaml``; pronouns, bare titles and texts
that act ("the law") stand for the document's latest holder.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .._regexcache import compile_all
from .actors import Actors, SpeechGrammar
from .actors.cues import written_into
from .actors.grammar import SUPPORTERS_AFTER, others_follow
from .claim_rules import ClaimRules
from .clauses import AS_ASIDE, CLOSED_RELATIVE, blank

__all__ = [
    "Agent",
    "find_agent",
    "find_reporter",
    "opening_agent",
    "opens_sentence",
    "parties",
    "referent",
]

_NAME_RUN = re.compile(
    r"(?:(?:the|The)\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:[A-Z][\w'’.-]*|(?:of|the|for|and|de|von|van)\b))*"
)
#: The nouns that end a group named as an agent ("the allies", "Western leaders").
_COLLECTIVE_NOUNS = (
    *("allies", "leaders", "parliament", "lawmakers", "legislators", "government"),
    *("ministers", "officials", "diplomats", "authorities", "members", "countries", "states"),
    *("nations", "partners", "capitals", "deputies", "alliance", "troops", "forces"),
    *("soldiers", r"militia\w*", "navy", "army", "military", "ministry", r"spokes\w+"),
    *("envoy", "ambassador", "administration", "leadership", "side", "backers", "summit"),
)
_COLLECTIVE = re.compile(
    r"\b(?:the\s+)?(?:(?:[A-Z][\w'’-]*\s+){0,3})(?:" + "|".join(_COLLECTIVE_NOUNS) + r")\b",
    re.IGNORECASE,
)
#: A state's office or officer named by its possessive: "Italy's prime minister", "Hungary's
#: caretaker government" (the side comes from the state's side word).
_POSSESSED_TITLE = re.compile(
    r"\b[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:minister|president|chancellor|premier|government|cabinet|parliament|leader|"
    r"ambassador|envoy|spokes(?:man|woman|person)|foreign ministry|defen[cs]e ministry)\b"
)
#: What each of those nouns starts with, in lower case: a text without any cannot match.
_COLLECTIVE_STEMS = tuple(noun.split("\\")[0] for noun in _COLLECTIVE_NOUNS)


def _may_name_a_group(text: str) -> bool:
    """Whether :data:`_COLLECTIVE` may match ``text`` (False only when it certainly cannot).

    An ASCII text whose lower case holds none of the nouns' stems cannot match; a text with
    other letters may (``re.IGNORECASE`` also matches a long s to "s"), so it is searched.
    """
    if not text.isascii():
        return True
    low = text.lower()
    return any(stem in low for stem in _COLLECTIVE_STEMS)


#: A word that is one of those nouns: every match of :data:`_COLLECTIVE` ends with one.
_COLLECTIVE_NOUN = re.compile(r"\b(?:" + "|".join(_COLLECTIVE_NOUNS) + r")\b", re.IGNORECASE)
#: What cannot stand between the start of a match of :data:`_COLLECTIVE` and its noun.
_NOT_BEFORE_NOUN = re.compile(r"[^\w'’\s-]")


def _groups_named(text: str) -> Iterator[re.Match[str]]:
    """Yield the matches ``_COLLECTIVE.finditer(text)`` gives, searching less of the text.

    A match ends with one of the nouns, a whole word (:data:`_COLLECTIVE_NOUN`), and holds
    only word characters, apostrophes, hyphens and white space before it: no match starts
    before the last other character ahead of the first noun not yet passed, so the search
    starts there, and a text without a noun is not searched at all.
    """
    if not _may_name_a_group(text):
        return
    at = 0
    stops: list[int] | None = None
    for noun in _COLLECTIVE_NOUN.finditer(text):
        if noun.start() < at:
            continue
        if stops is None:
            stops = [m.end() for m in _NOT_BEFORE_NOUN.finditer(text)]
        k = bisect.bisect_right(stops, noun.start())
        m = _COLLECTIVE.search(text, max(at, stops[k - 1] if k else 0))
        if m is None:
            return
        yield m
        at = m.end()


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|into|to|of|for|with|by|from|at|on|about|against|towards?|between|than|outside|"
    r"inside|within|beyond|among|across|near|under|over|"
    # a participle's object ("countries backing Ukraine") does not act
    r"backing|supporting|helping|arming|aiding|assisting|behind|alongside)\s+$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"['’]s?\b")


@dataclass(frozen=True)
class Agent:
    """An actor found as the agent of an act: its name, side and place in the sentence."""

    name: str
    side: str | None
    start: int


#: A first-person subject right before a verb ("we need", "I also urge").
_FIRST_PERSON = re.compile(
    r"\b(?:we|I)\s+(?:\w+ly\s+|also\s+|still\s+|do\s+|did\s+|will\s+|would\s+|must\s+)?$",
    re.IGNORECASE,
)


#: A relative "who" after a comma: its clause's subject is the one named before it.
_WHO = re.compile(r",\s+who\b", re.IGNORECASE)
#: A bare pronoun, which in reported speech stands first for the speaker.
_PRONOUN = re.compile(r"(?:he|she|it|they)", re.IGNORECASE)
#: A pronoun right before the verb (an auxiliary or adverb between): the verb's subject, even
#: when an actor is named before it ("as long as Ukraine stays outside the alliance it needs").
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:he|she|it|they)\s+(?:(?:\w+ly|also|now|still|already|not|will|would|must|should|"
    r"can|could|has|have|had|is|are|was|were|does|do|did)\s+){0,3}$",
    re.IGNORECASE,
)
#: What makes such a pronoun stand for the actor just named, as its own subject ("Denmark
#: said it would give …", "Kiev has said that it will not extend …", "… and they condemn it").
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|stated|announced|added|argued|insisted|warned|believes?|thinks?|"
    r"that|and|but|as)\s+$",
    re.IGNORECASE,
)


def find_agent(
    sentence: str,
    verb_start: int,
    actors: Actors,
    date: dt.date,
    rules: ClaimRules,
    recent: Sequence[tuple[str, str | None, str | None]] = (),
    speaker: tuple[str, str | None, str | None] | None = None,
) -> Agent | None:
    """Return the actor named last before the verb, back to a clause boundary.

    ``recent`` holds the document's latest holders (name, side, actor id), newest last: a
    pronoun, a bare title or a text that acts ("the law") stands for the latest of them.
    In reported speech, ``speaker`` is the one whose words these are: a bare pronoun in them
    stands for the speaker first ("the coalition said that it was ready …"), a text or a
    title for the holders before.
    When the verb's clause names no one, the sentence's main subject (the first actor named
    before the verb) acts: "Allies will never recognise the annexation, and they condemn it".
    """
    # a relative clause closed before the verb tells of the subject; it names no agent
    # ("Georgia, which was promised membership at the Bucharest summit, has urged …")
    if _FIRST_PERSON.search(sentence, max(0, verb_start - 30), verb_start):
        return None  # "…, we need weapons": the one who speaks acts, not an actor named before
    left = blank(AS_ASIDE, blank(CLOSED_RELATIVE, sentence[:verb_start]))
    dateline = _DATELINE.match(left)  # "WASHINGTON, July 9 (Wire) - …" names a place
    left = " " * dateline.end() + left[dateline.end() :] if dateline else left
    cut = start = 0
    for m in rules.subject_break.finditer(left):
        start, cut = m.start(), m.end()
    tail = sentence[verb_start:]
    subject = _PRONOUN_SUBJECT.search(left, cut)
    if subject is not None and _SAID_BEFORE.search(left, 0, subject.start()):
        subject = None
    if subject is None:
        found = _named_in(left, cut, actors, date, recent, rules, last=True, tail=tail)
        if found is None and _WHO.fullmatch(left, start, cut) and not left[cut:].strip():
            # "…, the Minister of Poland Radosław Sikorski, who confirmed …": the one named
            # right before "who" acts
            found = _antecedent(left[:start], actors, date, recent, rules)
        if found is not None:
            return found
    else:
        cut = subject.start()
    if recent or speaker:
        stretch = left[cut:]
        for m in rules.anaphora.finditer(stretch):
            if not _PREPOSITION_BEFORE.search(stretch, 0, m.start()):
                own = _PRONOUN.fullmatch(m.group()) is not None
                pool = (*recent, speaker) if own and speaker is not None else recent
                meant = referent(m.group(), pool, actors, rules)
                if meant is not None:
                    return Agent(meant[0], meant[1], cut + m.start())
    first = _named_in(left, 0, actors, date, recent, rules, last=False, tail=tail) if cut else None
    return (
        first if first is not None else _passive_agent(sentence, verb_start, actors, date, rules)
    )


def _antecedent(
    before: str,
    actors: Actors,
    date: dt.date,
    recent: Sequence[tuple[str, str | None, str | None]],
    rules: ClaimRules,
) -> Agent | None:
    """Return the actor a relative "who" stands for: the name run that ends right before it.

    Its last words name the person ("the Minister of Foreign Affairs of Poland Radosław
    Sikorski"), however many prepositions stand before them.
    """
    runs = list(_NAME_RUN.finditer(before))
    if not runs or runs[-1].end() < len(before.rstrip()):
        return None
    text = runs[-1].group().strip()
    words = text.split()
    context = [r[2] for r in recent if r[2]]
    for k in range(max(0, len(words) - 3), len(words)):  # the name, then shorter tails
        found = _resolve(" ".join(words[k:]), actors, date, context)
        if found is not None:
            return Agent(found[0], found[1], runs[-1].start())
    found = _state(text, date, rules)
    return None if found is None else Agent(found[0], found[1], runs[-1].start())


def referent(
    word: str,
    recent: Sequence[tuple[str, str | None, str | None]],
    actors: Actors,
    rules: ClaimRules,
) -> tuple[str, str | None] | None:
    """Return whom a pronoun, bare title or group word stands for: (name, side).

    "He", "she" and a bare title ("the Minister") stand for the latest person among the
    document's holders; "they", "it", "we", "leaders", "the law" for the latest group,
    state or institution. A group's noun ("leaders") first stands for the latest holder
    named by it ("the leaders said …"). A holder the actors data does not know may be
    either.

    Parameters
    ----------
    word : str
        The word as written.
    recent : sequence of (str, str or None, str or None)
        The document's latest holders (name, side, actor id), newest last.
    actors : Actors
        The actors data (whether an actor is a person or an institution).
    rules : ClaimRules
        The claim rules (``person_words``, ``group_words``).

    Returns
    -------
    (str, str or None) or None
        The referent, or ``None`` when no holder of the right kind was named.
    """
    person = rules.person_words.fullmatch(word.strip()) is not None
    group = rules.group_words.fullmatch(word.strip()) is not None
    noun = word.strip().lower().removeprefix("the ")
    if group and len(noun) > 4:  # "leaders": the latest holder named as leaders first
        for name, side, _ in reversed(recent):
            if noun in name.lower().split():
                return name, side
    for name, side, actor_id in reversed(recent):
        kind = actors[actor_id].kind if actor_id and actor_id in actors else None
        if kind is None and person and not _NAMED_PERSON.match(name):
            continue  # "he" is no unlisted "parliament" or "officials in Kyiv"
        if kind is None or (not person and not group) or (kind == "person") == person:
            return name, side
    return None


#: A holder written as a person's name (capitalised words, the last not a body's noun).
_NAMED_PERSON = re.compile(r"(?:[A-Z][\w'’.-]+\s+){0,3}[A-Z][\w'’.-]+$")


_BY_AGENT = re.compile(
    r"\A\w+(?:\s+\w+){0,2}?\s+by\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
)


def _passive_agent(
    sentence: str, verb_start: int, actors: Actors, date: dt.date, rules: ClaimRules
) -> Agent | None:
    """Return the agent of a passive ("the battery promised by Washington"), if any."""
    m = _BY_AGENT.match(sentence, verb_start)
    if m is None:
        return None
    found = _resolve(m.group(1), actors, date) or _state(m.group(1), date, rules)
    return None if found is None else Agent(found[0], found[1], m.start(1))


def _named_in(
    left: str,
    cut: int,
    actors: Actors,
    date: dt.date,
    recent: Sequence[tuple[str, str | None, str | None]],
    rules: ClaimRules,
    *,
    last: bool,
    tail: str = "",
    max_words: int | None = None,
) -> Agent | None:
    """Return the last (or first) actor named in ``left[cut:]`` who can be an agent.

    ``tail`` is the sentence after ``left``: a one-word name right before it may name an
    event ("the Bucharest promise", where "promise" is the act word that ends ``left``); a
    name of several words before the act word is its subject ("Western backers pledge").
    With ``max_words``, only names after at most that many words of ``left[cut:]`` count.
    """
    stretch = left[cut:]
    probe = stretch + tail[:40]
    candidates = _names_in(stretch, max_words)
    context = [r[2] for r in recent if r[2]]
    # an opening phrase ("In the event of an attack by Russia, …") ends at its comma: no list
    # runs across it
    opener = _OPENER.match(stretch)
    intro = opener.end() if opener else 0
    for start, text in sorted(candidates, key=lambda c: -c[0] if last else c[0]):
        if _POSSESSIVE.match(stretch, start + len(text)) is not None:
            continue  # "Ukraine's membership": a modifier, not the one who acts
        one_word = " " not in text.removeprefix("The ").removeprefix("the ")
        if rules.event_after.match(probe if one_word else stretch, start + len(text)):
            continue  # "the Bucharest summit", "the Budapest pledge": a place names an event
        in_list = " and " in text or _LIST_GOES_ON.match(stretch, start + len(text))
        listed = _LISTED_BEFORE.search(stretch, intro, start) if in_list else None
        head = listed.start() if listed is not None else start
        if _PREPOSITION_BEFORE.search(stretch, 0, head) is not None:
            continue  # "membership in NATO", "presence in Estonia, Latvia and Poland"
        found = None
        if " and " in text:
            # names joined by "and" act together, with the names listed before them: "Denmark
            # and Ukraine will consult", "Turkey, Romania and Bulgaria launch …"
            if listed is not None:
                start, text = listed.start(), stretch[listed.start() : start] + text
            found = _joint(text, actors, date, context, rules)
        found = found or _resolve(text, actors, date, context) or _state(text, date, rules)
        if found is not None:
            return Agent(found[0], found[1], cut + start)
    return None


# The names of the last texts read, by (text, max_words): a sentence is read again for each
# dimension it mentions and each of its clauses, and documents repeat sentences.
_NAMES_SEEN: dict[tuple[str, int | None], tuple[tuple[int, str], ...]] = {}


def _names_in(stretch: str, max_words: int | None) -> tuple[tuple[int, str], ...]:
    """Return the names and groups :func:`_named_in` weighs: (start, text), as found."""
    key = (stretch, max_words)
    known = _NAMES_SEEN.get(key)
    if known is not None:
        return known
    candidates: list[tuple[int, str]] = []
    titles = _POSSESSED_TITLE.finditer(stretch) if "'" in stretch or "’" in stretch else ()
    for found_in in (_NAME_RUN.finditer(stretch), _groups_named(stretch), titles):
        for m in found_in:
            if max_words is not None and len(stretch[: m.start()].split()) > max_words:
                break  # the later ones stand further in
            candidates.append((m.start(), m.group().strip()))
    if len(_NAMES_SEEN) >= 1024:
        _NAMES_SEEN.clear()
    known = _NAMES_SEEN[key] = tuple(candidates)
    return known


#: An opening adverbial phrase up to its comma: "In the event of an attack by Russia, ".
_OPENER = re.compile(
    r"\s*(?:In|After|Under|Following|Despite|With|Since|If|When|Once|Unlike|Before|During)\b"
    r"[^,]{0,120},\s*"
)
#: A list that goes on after a name ("Latvia" in "Estonia, Latvia, Lithuania and Poland").
_LIST_GOES_ON = re.compile(r"(?:,\s+|\s+and\s+)[A-Z]")
#: Names listed before the last two of a list ("Turkey, " before "Romania and Bulgaria").
_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+)+$")


#: What separates the names of a list: "Turkey, Romania and Bulgaria", "Spain, and Ukraine".
_NAME_LIST = re.compile(r",\s+(?:and\s+)?|\s+and\s+")


def _joint(
    text: str, actors: Actors, date: dt.date, context: Sequence[str], rules: ClaimRules
) -> tuple[str, str | None] | None:
    """Resolve names listed with "and" ("Britain and Norway") to one holder of their side.

    The holder is the names resolved, joined as written; its side is theirs when they share
    one, else the first that can grant Ukraine what the act is about (``grantor_sides``): in
    "Ukraine and Spain signed an agreement", "Zelenskyy and Stoltenberg discussed the
    Euro-Atlantic course", Ukraine is the partner; else the first one's ("Ukraine and Georgia
    will be members").
    """
    found = [
        _resolve(part, actors, date, context) or _state(part, date, rules)
        for part in _NAME_LIST.split(text)
    ]
    named = [f for f in found if f is not None]
    if len(named) < 2:
        return None
    sides = [side for _, side in named]
    names = [name for name, _ in named]
    joined = ", ".join(names[:-1]) + " and " + names[-1]
    grantors = [side for side in sides if side in rules.grantor_sides]
    return joined, grantors[0] if grantors and len(set(sides)) > 1 else sides[0]


def parties(
    holder: str, actors: Actors, date: dt.date, rules: ClaimRules
) -> list[tuple[str, str | None]]:
    """Return the parties of a holder that names several, one (names, side) per side.

    "Spain and Ukraine", "Petteri Orpo and Volodymyr Zelenskyy": the names are resolved one
    by one, and those of one side are joined again ("Britain and Norway" stay one party).
    A holder of one name, or whose names cannot all be resolved, is one party with no side
    (the caller keeps its own).

    Parameters
    ----------
    holder : str
        The claim's holder, as named.
    actors : Actors
        Who may act.
    date : datetime.date
        The document's date.
    rules : ClaimRules
        The claim rules (states and their sides).

    Returns
    -------
    list of (str, str or None)
        The parties in the order named.
    """
    names = _NAME_LIST.split(holder)
    if len(names) < 2:
        return [(holder, None)]
    found = [_resolve(n, actors, date) or _state(n, date, rules) for n in names]
    if any(f is None or f[1] is None for f in found):
        return [(holder, None)]
    by_side: dict[str | None, list[str]] = {}
    for name, side in (f for f in found if f is not None):
        by_side.setdefault(side, []).append(name)
    return [
        (", ".join(group[:-1]) + " and " + group[-1] if len(group) > 1 else group[0], side)
        for side, group in by_side.items()
    ]


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
    for i, word in enumerate(words):
        side = actors.affiliation(word)
        if side is not None and others_follow(" ".join(words), len(" ".join(words[: i + 1]))):
            return None  # "Ukraine's allies", "Kyiv's Western backers": others
        if side is not None and len(words) > 1:
            return _NO_DETERMINER.sub("", text) or text, side
    return None


#: A determiner that names no one, left out of a holder's name ("No Western government").
_NO_DETERMINER = re.compile(r"^(?:No|Not|None of the)\s+")


def _state(text: str, date: dt.date, rules: ClaimRules) -> tuple[str, str | None] | None:
    """Resolve a state's name or capital ("Canada", "Berlin") to (state, side)."""
    for name in (text, text.removeprefix("the ").removeprefix("The ")):
        found = rules.state_side(name, date)
        if found is not None:
            return found
    return None


#: A wire dateline: an agency's closing bracket, or a city in capitals and a comma,
#: before the dash ("BERLIN, July 9 (Wire) - ", "KYIV (Reuters) - "); not a subject set off
#: by dashes ("Poland - a close neighbour - pledged …").
_DATELINE = re.compile(r"^(?:[^-–—]{0,80}\)|[A-Z]{2,}[A-Z .'’]*,[^-–—]{0,70})\s[-–—]\s")


def opens_sentence(sentence: str, start: int) -> bool:
    """Whether ``start`` is within the first few words of the sentence (after a dateline)."""
    m = _DATELINE.match(sentence)
    head = sentence[m.end() if m and m.end() <= start else 0 : start]
    return len(head.split()) <= 3


@dataclass(frozen=True)
class _ReporterPatterns:
    lead: re.Pattern[str]
    tail: re.Pattern[str]
    joint: re.Pattern[str]
    # the match of each of the last texts read (documents repeat sentences), emptied when full
    seen: dict[str, re.Match[str] | None] = field(default_factory=dict, compare=False)


_IN_PLACE = re.compile(r"\s*In ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?),")
_CAPITALISED = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


#: Compiled patterns by grammar; the grammar is kept alive with them, so its id stays its own.
_REPORTERS: dict[int, tuple[SpeechGrammar, _ReporterPatterns]] = {}


def _reporter_patterns(actors: Actors) -> _ReporterPatterns:
    """Return a group or body before a reporting verb, compiled once per speech grammar."""
    g = actors.grammar
    found = _REPORTERS.get(id(g))
    if found is None or found[0] is not g:
        if len(_REPORTERS) >= 8:
            _REPORTERS.clear()
        found = _REPORTERS[id(g)] = (g, _compile_reporters(g))
    return found[1]


def _reporter_match(pats: _ReporterPatterns, sentence: str) -> re.Match[str] | None:
    """Return ``pats.lead.search(sentence) or pats.tail.search(sentence)``, kept per text."""
    try:
        return pats.seen[sentence]
    except KeyError:
        pass
    if len(pats.seen) >= 1024:
        pats.seen.clear()
    m = pats.seen[sentence] = pats.lead.search(sentence) or pats.tail.search(sentence)
    return m


def _compile_reporters(g: SpeechGrammar) -> _ReporterPatterns:
    verbs = "|".join(re.escape(v) for v in sorted(g.reporting_verbs, key=len, reverse=True))
    bodies = "|".join(re.escape(b) for b in sorted(g.collective_bodies, key=len, reverse=True))
    aux = "|".join(re.escape(a) for a in g.auxiliaries)
    names = r"[A-Z][\w'’.-]*(?:(?:,\s*|\s+and\s+|\s+)[A-Z][\w'’.-]*){0,8}"
    # a conjunction or a time before the group is not part of its name ("…, but diplomats
    # say", "and last month parliament voted")
    lead_in = r"(?:(?:and|but|yet|while|whereas)\s+)?(?:(?:last|this)\s+(?:week|month|year),?\s+)?"
    np = (
        rf"{lead_in}(?P<np>(?:(?:the|a|an|The|A|An)\s+)?(?:[\w'’.-]+\s+){{0,4}}?(?i:{bodies})"
        rf"(?:\s+(?:of|in|from|for|to)\s+(?:the\s+)?{names})?)"
        rf"(?:\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{1,2}}))?"
    )
    adverb = r"(?:\w+ly|also|again|already|then|later|now|still|jointly|once\s+again)\s+"
    tail_verb = rf"(?:(?:{aux})\s+)?(?:{adverb}){{0,2}}(?P<verb>{verbs})\b"
    # states or bodies named together, opening the sentence ("Britain and France said …")
    one = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
    joint = rf"(?P<np>{one}(?:,\s+{one})*,?\s+and\s+{one})(?P<name>(?!))?"
    # long alternations of verbs and bodies: compiled once per machine (nato_diff._regexcache)
    lead, tail, joined = compile_all(
        [
            (rf"^(?:[\d.()]+\s+)?(?:[^,“”\"]{{0,60}},\s+)?{np}\s+{tail_verb}", 0),
            (rf"(?:[,“”\"]|[,.!?][”\"])\s*{np}\s+{tail_verb}[^“”\"]{{0,80}}$", 0),
            (rf"{joint}(?:,\s+(?:which|who)\b[^“”\"]{{0,160}}?,)?\s+{tail_verb}", 0),
        ]
    )
    return _ReporterPatterns(lead=lead, tail=tail, joint=joined)


#: A possessor before its supporters ("Ukraine's" in "Ukraine's Western partners").
_SUPPORTED_BY = re.compile(r"([A-Z][\w.-]*['’]s)(" + SUPPORTERS_AFTER.pattern + ")")


def _joint_reporter(
    sentence: str, joint: re.Pattern[str], actors: Actors, date: dt.date, rules: ClaimRules
) -> re.Match[str] | None:
    """Find states or bodies named together before a reporting verb, opening the sentence.

    "Britain and France said …", "In Paris, Germany, France and Poland said …": every part
    must be a state, a capital or a known actor.
    """
    for start in (0, *(m.end() for m in _LEAD_COMMA.finditer(sentence, 0, 60))):
        m = joint.match(sentence, start)
        if m is not None and _all_known(m.group("np"), actors, date, rules):
            return m
    return None


#: A comma that may end a sentence's opening words ("In Paris, …").
_LEAD_COMMA = re.compile(r",\s+")


def _all_known(text: str, actors: Actors, date: dt.date, rules: ClaimRules) -> bool:
    """Whether every part of "X, Y and Z" is a state, a capital or a known actor."""
    parts = [p for p in _NAME_LIST.split(text) if p]
    return all(
        _resolve(re.sub(r"^the\s+", "", p), actors, date) or _state(p, date, rules) for p in parts
    )


#: A possessive ending: "Yushchenko's" names Yushchenko.
_POSSESSOR = re.compile(r"['’]s?$")
#: A question word opening a headline ("What the agreements promise Ukraine").
_QUESTION_WORD = re.compile(r"(?:what|how|why|whether|when|where)\b", re.I)


def find_reporter(
    sentence: str,
    actors: Actors,
    date: dt.date,
    rules: ClaimRules,
    recent: Sequence[tuple[str, str | None, str | None]] = (),
) -> tuple[Agent, str] | None:
    """Return a speaker the actors data does not name, and the reporting verb.

    A group or body before a reporting verb, opening the sentence or after a quotation
    ("Officials said …", "Foreign ministers of France and Germany said in a joint statement
    …", "“…,” a senior administration official told reporters"). Its side comes from a state,
    a capital or a side word inside it ("of France", "U.S."), else, for a bare group ("the
    leaders", "officials"), from the document's latest holder; else it has none.

    Parameters
    ----------
    sentence : str
        The sentence (one the attribution rules gave no speaker).
    actors : Actors
        The actors data (its reporting verbs and collective bodies).
    date : datetime.date
        The document's date.
    rules : ClaimRules
        The claim rules (the states).
    recent : sequence of (str, str or None, str or None), optional
        The document's latest holders, newest last.

    Returns
    -------
    (Agent, str) or None
        The speaker as written (its side, its place) and the reporting verb.
    """
    pats = _reporter_patterns(actors)
    m = _reporter_match(pats, sentence)
    if m is None:
        m = _joint_reporter(sentence, pats.joint, actors, date, rules)
    if m is None:
        return None
    if written_into(m.group("verb"), sentence, m.end("verb")):
        return None  # "parliament wrote the course into the Constitution": a deed
    text = m.group("np").strip()
    if _QUESTION_WORD.match(text):
        return None  # "What the agreements actually promise": a headline's question
    side: str | None = None
    # "Ukraine's Western partners": the possessor is not among them
    runs = _SUPPORTED_BY.sub(lambda m: " " * len(m.group(1)) + m.group(2), text)
    for run in _CAPITALISED.finditer(runs):
        for part in re.split(r",\s*|\s+and\s+", run.group()):
            # "Yushchenko's office": the possessor's side
            part = _POSSESSOR.sub("", part)
            found = _resolve(part, actors, date) or _state(part, date, rules)
            if found is None:
                found = next(
                    ((part, s) for w in part.split() if (s := actors.affiliation(w))), None
                )
            if found is not None and found[1] is not None:
                side = found[1]
                break
        if side is not None:
            break
    name = m.group("name")
    if side is None and name:
        known = _resolve(name, actors, date)
        side = known[1] if known else None
    if side is None:
        place = _IN_PLACE.match(sentence)  # "In Moscow, Foreign Ministry spokeswoman … said"
        found = _state(place.group(1), date, rules) if place else None
        side = found[1] if found else None
    if side is None:
        # a group the actors data names in lower case ("allies said", "the alliance said")
        known = _resolve(text, actors, date)
        side = known[1] if known else None
    issuer = None
    if side is None and recent and not _CAPITALISED.search(text[1:]):
        # a bare group ("leaders", "officials") stands for the latest group, not a person;
        # a text ("the text states", "both texts say") speaks for the latest holder
        bare = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
        is_text = rules.text_noun.search(text) is not None
        found = referent("they" if is_text else bare, recent, actors, rules)
        side = found[1] if found else None
        issuer = found[0] if found and is_text else None
    holder = issuer or name or re.sub(r"^(?:the|a|an|The|A|An)\s+", "", text)
    return Agent(holder, side, m.start("np")), m.group("verb")


def opening_agent(
    sentence: str,
    actors: Actors,
    date: dt.date,
    rules: ClaimRules,
    recent: Sequence[tuple[str, str | None, str | None]] = (),
) -> Agent | None:
    """Return the actor that opens a sentence (after a dateline), its subject, if any.

    Parameters
    ----------
    sentence : str
        The sentence.
    actors : Actors
        Who may act.
    date : datetime.date
        The document's date.
    rules : ClaimRules
        The claim rules (the states).
    recent : sequence of (str, str or None, str or None), optional
        The document's latest holders, newest last.

    Returns
    -------
    Agent or None
        The first actor named, when it stands within the sentence's first words.
    """
    m = _DATELINE.match(sentence)
    start = m.end() if m else 0
    head = sentence[: start + 80]
    found = _named_in(head, start, actors, date, recent, rules, last=False, max_words=3)
    if found is None or not opens_sentence(sentence, found.start):
        return None
    return found
