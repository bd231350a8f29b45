"""The speech patterns: regular expressions compiled from the actors data and word lists.

:func:`compile_patterns` turns names, role phrases, institutions, side words and the speech
grammar into the patterns that find speakers (:class:`SpeakerPatterns`), the words
attributing a sentence (:class:`CuePatterns`) and transcript labels, headings and
declarations (:class:`LabelPatterns`). Long word lists are compiled into word tries.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from ..._regexcache import compile_all
from .model import Role, SpeechGrammar

QMARK = "\x1f"  # stands for quoted words in the masked text of a sentence
TOKEN = re.compile(r"[^\W\d_]\w*")
SPACE = re.compile(r"\s+")
LOWER_WORDS = re.compile(r"[a-z]+")
#: A possessor's supporters, who are others: "Ukraine's allies", "Kyiv's Western backers".
SUPPORTERS_AFTER = re.compile(
    r"\s+(?:[A-Z]\w+\s+)?(?:allies|partners|backers|supporters|friends|donors|sponsors)\b"
)


def others_follow(text: str, end: int) -> bool:
    """Whether the possessive that ends at ``end`` names its supporters, who are others.

    Parameters
    ----------
    text : str
        The words.
    end : int
        Where a side word ends ("Ukraine's" in "Ukraine's Western partners").

    Returns
    -------
    bool
        True when the side word is a possessive followed by :data:`SUPPORTERS_AFTER`.

    Examples
    --------
    >>> others_follow("Ukraine's allies agreed", 9)
    True
    >>> others_follow("Ukraine's navy said", 9)
    False
    """
    return text[end - 2 : end] in ("'s", "’s") and SUPPORTERS_AFTER.match(text, end) is not None


# A paragraph number: "5.", "23.", "1.2.", "(5)", "5)", "IV.", "(a)", "(iv)".
_NUMBER = (
    r"(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}|[a-z]|[ivx]{2,5})\)"
    r"|(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5})\.)\s+"
)
NUMBER_RE = re.compile(rf"\s*{_NUMBER}")
_PARAGRAPH = rf"[^\w(]*(?:{_NUMBER})?[^\w(]*"  # quotes, "12. ", "(3) ", "IV. "
PARAGRAPH_RE = re.compile(_PARAGRAPH)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]+(?:-[A-Z]?[a-zß-öø-ÿ\u0100-\u017f]+|['’][A-Z][a-zß-öø-ÿ\u0100-\u017f]+)*"  # noqa: E501


# --------------------------------------------------------------------------------------------
# alternations of phrases

_Trie = dict[str, "_Trie"]
_END = ""  # marks the end of a phrase in a word trie


def alternation(phrases: Iterable[str], *, loose: bool) -> str:
    """Regex matching any of the phrases, longer ones first.

    The phrases are compiled into a trie of words ("NATO (?:chief|head|Secretary General)"), so
    that a long list costs one test per distinct word at each step rather than one per phrase.
    ``loose`` lets hyphens and spaces stand for each other between words.
    """
    split = re.compile(r"[\s\-\u2010\u2011]+" if loose else r"\s+")
    sep = r"[\s\-\u2010\u2011]+" if loose else r"\s+"
    trie: _Trie = {}
    for phrase in set(phrases):
        words = [w for w in split.split(phrase.strip()) if w]
        if not words:
            continue
        node = trie
        for w in words:
            node = node.setdefault(w, {})
        node[_END] = {}
    if not trie:
        return r"(?!x)x"
    return _trie_regex(trie, sep)


def _trie_regex(node: _Trie, sep: str) -> str:
    branches = []
    for word in sorted((w for w in node if w != _END), key=lambda w: (-len(w), w)):
        child = node[word]
        body = re.sub("['’]", "['’]", re.escape(word))
        if set(child) == {_END}:
            branches.append(body)
        elif _END in child:
            branches.append(f"{body}(?:{sep}{_trie_regex(child, sep)})?")
        else:
            branches.append(f"{body}{sep}{_trie_regex(child, sep)}")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _cased_alternation(names: Iterable[str]) -> str:
    """Alternation of institution names: in any case unless written in capitals only."""
    unique = set(names)
    folded = [n for n in unique if any(c.islower() for c in n)]
    exact = [n for n in unique if not any(c.islower() for c in n)]
    parts = [f"(?i:{alternation(folded, loose=True)})"] if folded else []
    parts += [alternation(exact, loose=True)] if exact else []
    return "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"


def _any_case(words: Iterable[str], *, loose: bool = False) -> str:
    return "(?i:" + alternation(words, loose=loose) + ")"


def _first_key(phrase: str) -> str:
    m = TOKEN.search(phrase)
    return m.group().lower() if m else ""


def _bounded(body: str) -> str:
    return rf"(?<![\w'’-]){body}(?![\w-])"


# --------------------------------------------------------------------------------------------
# the compiled patterns


@dataclass(frozen=True)
class SpeakerPatterns:
    """Patterns for the words naming a speaker, and the word sets that go with them.

    Attributes
    ----------
    known_np : re.Pattern
        A known name (after titles, a side word or a role) or a role phrase; groups
        ``role``, ``name`` and ``role2``.
    pron, ipron : re.Pattern
        Pronouns for a person and for an institution.
    inst, inst_in : re.Pattern
        An institution's name, whole or within a text.
    collective : re.Pattern
        A body named by its side ("Russian officials"); group ``caff``, the side word.
    unknown : re.Pattern
        An unknown person's capitalised name, with the titles, role or side word before it.
    aff_in : re.Pattern
        A side word within a text.
    np_start : re.Pattern
        Any speaker shape, at a position.
    hon_start : re.Pattern
        An honorific ("Mr") at a position.
    mention_at : dict of str to re.Pattern
        By first word (lower case), the names and specific role phrases starting with it.
    non_name, inst_words : frozenset of str
        Words that show a capitalised run is not a person's name, and one-word institution
        names (lower case).
    title_words : frozenset of str
        The one-word titles (lower case): "Minister" in "the Minister" is no surname.
    """

    known_np: re.Pattern[str]
    pron: re.Pattern[str]
    ipron: re.Pattern[str]
    inst: re.Pattern[str]
    inst_in: re.Pattern[str]
    collective: re.Pattern[str]
    unknown: re.Pattern[str]
    aff_in: re.Pattern[str]
    np_start: re.Pattern[str]
    hon_start: re.Pattern[str]
    mention_at: Mapping[str, re.Pattern[str]]
    non_name: frozenset[str]
    inst_words: frozenset[str]
    title_words: frozenset[str]


@dataclass(frozen=True)
class CuePatterns:
    """Patterns for the words attributing a sentence (groups name speaker and verb).

    Attributes
    ----------
    close : re.Pattern
        A speaker and a verb right after a closing quote (in the masked sentence).
    tail : re.Pattern
        ``…, says X`` or ``…, X said`` ending a sentence.
    forward : re.Pattern
        A speaker before a reporting verb at the start of a sentence or clause.
    source : re.Pattern
        ``according to X``.
    dash : re.Pattern
        A headline ending ``– X``.
    verb_words : frozenset of str
        First words of reporting verbs and source phrases, a cheap test first.
    verb_first : frozenset of str or None
        First words of reporting verbs: in a sentence of ASCII characters, ``close``,
        ``tail`` and ``forward`` can only match where one of them is a word. None when a
        verb is not written in ASCII letters (then the test is not made).
    source_words : tuple of tuple of str, or None
        The words of each source phrase: in a sentence of ASCII characters, ``source`` can
        only match where all the words of one phrase occur (in lower case). None when a
        phrase is not written in ASCII.
    """

    close: re.Pattern[str]
    tail: re.Pattern[str]
    forward: re.Pattern[str]
    source: re.Pattern[str]
    dash: re.Pattern[str]
    verb_words: frozenset[str]
    verb_first: frozenset[str] | None = None
    source_words: tuple[tuple[str, ...], ...] | None = None


@dataclass(frozen=True)
class LabelPatterns:
    """Patterns for lines that name their speaker outright.

    Attributes
    ----------
    question, answer : re.Pattern
        Transcript labels of questions and answers.
    heading : re.Pattern
        A heading naming whose words the document is; group ``rest`` after its words.
    declaration : re.Pattern
        "We, the <group>"; groups ``decl`` and ``group``.
    first_person : re.Pattern
        A sentence opening in the first person.
    """

    question: re.Pattern[str]
    answer: re.Pattern[str]
    heading: re.Pattern[str]
    declaration: re.Pattern[str]
    first_person: re.Pattern[str]


@dataclass(frozen=True)
class Patterns:
    """All the compiled patterns of one set of actors."""

    speakers: SpeakerPatterns
    cues: CuePatterns
    labels: LabelPatterns


@dataclass(frozen=True)
class _Parts:
    """Regex fragments the patterns are assembled from."""

    names: str  # known people's names
    roles: str  # role phrases, specific and generic
    hon: str  # honorifics
    pron: str  # pronouns for a person
    ipron: str  # pronouns for an institution
    titles: str
    aff: str  # side words
    the: str  # an optional "the"
    inst: str  # institution names
    bodies: str  # collective bodies
    det: str  # an optional article
    modifiers: str  # an optional body modifier
    pre: str  # words before a person's name
    verbs: str  # reporting verbs
    gap: str  # what may stand between a speaker and the reporting verb
    time: str  # a time phrase
    aside: str  # an aside ("in a statement")


def _parts(
    g: SpeechGrammar,
    names: Iterable[str],
    roles: Iterable[Role],
    inst_names: Iterable[str],
    affiliations: Iterable[str],
) -> _Parts:
    phrases = [p for r in roles for p in (*r.phrases, *r.generic)]
    role_re = "(?i:(?:the\\s+)?" + alternation(phrases, loose=True) + ")"
    hon = alternation(g.honorifics, loose=False) + r"\.?"
    titles = _any_case(g.title_words)
    aff = alternation(affiliations, loose=False)
    the = r"(?:(?i:the)\s+)?"
    adverbs = "(?:(?i:" + alternation(g.adverbs, loose=False) + r")\s+)*"
    ordinal = r"\d{1,2}(?:st|nd|rd|th)?"
    when = alternation(g.time_words, loose=False) + r"(?![\w-])"
    time = (
        rf"(?:(?i:{alternation(g.time_prepositions, loose=False)})\s+){{0,2}}"
        rf"(?:(?i:the)\s+)?(?:{ordinal}\s+)?{when}(?:\s+{ordinal})?(?:,?\s+\d{{4}})?"
        rf"(?:\s+{when})?"
    )
    aside = _any_case(g.asides) + r"(?![\w-])"
    aux = _any_case(g.auxiliaries)
    return _Parts(
        names=alternation(names, loose=False),
        roles=role_re,
        hon=hon,
        pron=_any_case(g.pronouns),
        ipron=_any_case(g.institution_pronouns),
        titles=titles,
        aff=aff,
        the=the,
        inst=the + _cased_alternation(inst_names),
        bodies=_any_case(g.collective_bodies, loose=True),
        det=r"(?:(?i:the|an|a)\s+)?",
        modifiers="(?:(?i:" + alternation(g.body_modifiers, loose=False) + r")\s+)?",
        # titles, a side word ("Russian", "NATO"), more titles
        pre=rf"{the}(?:{titles}\s+)*(?:{aff}\s+)?(?:{titles}\s+)*",
        verbs=_bounded(_any_case(g.reporting_verbs)),
        gap=rf"(?:,?\s+(?:{time}|{aside})){{0,2}},?\s+{adverbs}(?:{aux}\s+{adverbs})?",
        time=time,
        aside=aside,
    )


def _np_shape(p: _Parts, g: SpeechGrammar) -> str:
    """Regex matching any speaker's words.

    Named groups cannot repeat within one pattern, so speakers are matched by their shape
    here and classified afterwards (:meth:`.names.Names.identify`). A speaker starts with a
    capital letter, "the" or a pronoun (a cheap test first).
    """
    lower_start = alternation(
        ["the", "a", "an", *g.body_modifiers, *g.pronouns, *g.institution_pronouns],
        loose=False,
    )
    roles, hon, names, the, titles, aff = p.roles, p.hon, p.names, p.the, p.titles, p.aff
    return (
        rf"(?=[^\W\d_a-z]|{lower_start}(?![\w-]))"
        rf"(?:{roles}(?:\s+(?:{hon}\s+)?{names})?(?![\w-])"
        rf"|{p.pre}(?:{hon}\s+)?{names}(?![\w-])"
        rf"|{p.inst}(?![\w-])"
        rf"|{p.det}{p.modifiers}{aff}\s+{p.bodies}(?![\w-])"
        rf"|(?:{p.pron}|{p.ipron})(?![\w-])"
        rf"|{the}(?:{roles}\s+|(?:{titles}\s+)*{aff}\s+(?:{p.bodies}\s+)?)?(?:{titles}\s+)*"
        rf"(?:{hon}\s+)?"
        rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?![\w-]))"
    )


class _Compile(Protocol):
    def __call__(self, pattern: str, flags: int = 0, /) -> re.Pattern[str]: ...


_NEVER = re.compile(r"(?!x)x")


class _Wanted:
    """Notes the patterns asked for (the first of two passes), giving a stand-in for each."""

    def __init__(self) -> None:
        self.patterns: list[tuple[str, int]] = []

    def __call__(self, pattern: str, flags: int = 0, /) -> re.Pattern[str]:
        self.patterns.append((pattern, flags))
        return _NEVER


def _speaker_patterns(
    comp: _Compile,
    p: _Parts,
    np_shape: str,
    g: SpeechGrammar,
    names: Iterable[str],
    roles: Iterable[Role],
    inst_names: Iterable[str],
) -> SpeakerPatterns:
    unknown = (
        rf"{p.the}(?:(?P<urole>{p.roles})\s+|(?:{p.titles}\s+)*(?P<aff>{p.aff})\s+"
        rf"(?:{p.bodies}\s+)?)?"
        rf"(?P<titles>(?:{p.titles}\s+)*)(?P<person>(?:{p.hon}\s+)?(?P<first>{_NAME_WORD})"
        rf"(?:\s+{_NAME_WORD}){{0,2}})"
    )
    return SpeakerPatterns(
        known_np=comp(
            rf"(?:(?P<role>{p.roles})\s+|{p.pre})(?:{p.hon}\s+)?(?P<name>{p.names})"
            rf"|(?P<role2>{p.roles})"
        ),
        pron=comp(p.pron),
        ipron=comp(p.ipron),
        inst=comp(p.inst),
        inst_in=comp(rf"(?<![\w'’-]){p.inst}(?![\w-])"),
        collective=comp(rf"{p.det}{p.modifiers}(?P<caff>{p.aff})\s+{p.bodies}"),
        unknown=comp(unknown),
        aff_in=comp(rf"(?<![\w'’-])(?P<aff>{p.aff})(?![\w-])"),
        np_start=comp(np_shape),
        hon_start=comp(rf"{p.hon}\s"),
        mention_at=_mention_patterns(comp, names, roles),
        non_name=frozenset(g.non_name_words),
        inst_words=frozenset(n.lower() for n in inst_names if " " not in n),
        title_words=frozenset(t.casefold() for t in g.title_words if " " not in t),
    )


def _mention_patterns(
    comp: _Compile, names: Iterable[str], roles: Iterable[Role]
) -> dict[str, re.Pattern[str]]:
    """Mentions are looked up by their first word, then matched in full from there."""
    by_first: dict[str, tuple[list[str], list[str]]] = {}
    for alias in names:
        by_first.setdefault(_first_key(alias), ([], []))[0].append(alias)
    for role in roles:
        for phrase in role.phrases:
            by_first.setdefault(_first_key(phrase), ([], []))[1].append(phrase)
    return {
        key: comp(
            rf"(?<![\w'’-])(?:(?P<name>{alternation(n, loose=False)})"
            rf"|(?P<role>(?i:{alternation(r, loose=True)})))(?![\w-])"
        )
        for key, (n, r) in by_first.items()
    }


def _cue_patterns(comp: _Compile, p: _Parts, np_shape: str, g: SpeechGrammar) -> CuePatterns:
    verbs, gap, q = p.verbs, p.gap, QMARK
    trail_after_np = r"(?=\s*(?:[.!?…;:,)\]]|$)|\s+[a-z(\x1f])"
    trail_after_verb = r"(?=\s*(?:[.!?…;:,)\]]|$)|\s+(?!that\b)[a-z(\x1f])"
    conjunctions = _any_case(g.conjunctions)
    return CuePatterns(
        close=comp(
            rf"{q}\s*[,.!?…]?\s*(?:(?P<v1>{verbs})\s+(?P<n1>{np_shape}){trail_after_np}"
            rf"|(?P<n2>{np_shape}){gap}(?P<v2>{verbs}){trail_after_verb})"
        ),
        tail=comp(
            rf",\s*(?:(?P<v1>{verbs})\s+(?P<n1>{np_shape})|(?P<n2>{np_shape}){gap}"
            rf"(?P<v2>{verbs}))(?:,?\s+(?:{p.time}|{p.aside}))?\s*[.!?…]?\s*$"
        ),
        forward=comp(
            # a time may open the clause: "On Tuesday the White House announced that …"
            rf"(?:^|[,;:({q}—–]\s*|\s[-–—]\s+)(?:{conjunctions}\s+)?(?:{p.time},?\s+)?"
            rf"(?P<n>{np_shape})(?:\s*,(?P<aside>[^,{q}]{{1,100}}?),)?{gap}(?P<v>{verbs})"
        ),
        source=comp(_any_case(g.source_phrases) + rf"\s+(?P<n>{np_shape})"),
        dash=comp(rf"\s[-–—]\s+(?P<n>(?:{p.roles}\s+)?(?:{p.hon}\s+)?{p.names})(?=\s*$|\s+[a-z])"),
        verb_words=frozenset(
            w
            for v in (*g.reporting_verbs, *g.source_phrases)
            for w in LOWER_WORDS.findall(v.lower())[:1]
        ),
        verb_first=_first_words(g.reporting_verbs),
        source_words=_phrase_words(g.source_phrases),
    )


def _first_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """First words of phrases in ASCII letters (None when one is not; see CuePatterns)."""
    firsts = set()
    for phrase in phrases:
        words = LOWER_WORDS.findall(phrase.lower())
        if not phrase.isascii() or not words:
            return None
        firsts.add(words[0])
    return frozenset(firsts)


def _phrase_words(phrases: Iterable[str]) -> tuple[tuple[str, ...], ...] | None:
    """Each phrase's words in lower case (None when one is not ASCII; see CuePatterns)."""
    out = []
    for phrase in phrases:
        phrase = phrase.replace("’", "'")
        if not phrase.isascii():
            return None
        out.append(tuple(phrase.lower().split()))
    return tuple(out)


def _label_patterns(comp: _Compile, g: SpeechGrammar) -> LabelPatterns:
    return LabelPatterns(
        question=comp(_any_case(g.question_labels, loose=True)),
        answer=comp(_any_case(g.answer_labels, loose=True)),
        heading=comp(
            r"\s*(?i:" + alternation(g.voice_headings, loose=True) + r")\s+(?P<rest>\S.*)", re.S
        ),
        declaration=comp(
            rf"{_PARAGRAPH}(?P<decl>{alternation(g.declaration_pronouns, loose=False)}"
            r",?\s+(?i:the)\s+(?P<group>[^,;:]+))"
        ),
        first_person=comp(_PARAGRAPH + alternation(g.first_person, loose=False) + r"(?![\w-])"),
    )


def compile_patterns(
    grammar: SpeechGrammar,
    *,
    names: Iterable[str],
    roles: Iterable[Role],
    inst_names: Iterable[str],
    affiliations: Iterable[str],
) -> Patterns:
    """Compile the patterns that find speakers, attributing words and labels.

    Parameters
    ----------
    grammar : SpeechGrammar
        The word lists.
    names : iterable of str
        Every known person's aliases.
    roles : iterable of Role
        The roles, for their phrases.
    inst_names : iterable of str
        Every institution's names.
    affiliations : iterable of str
        The side words.

    Returns
    -------
    Patterns
        The compiled patterns.
    """
    names, roles, inst_names = list(names), list(roles), list(inst_names)
    p = _parts(grammar, names, roles, inst_names, affiliations)
    np_shape = _np_shape(p, grammar)

    def build(comp: _Compile) -> Patterns:
        return Patterns(
            speakers=_speaker_patterns(comp, p, np_shape, grammar, names, roles, inst_names),
            cues=_cue_patterns(comp, p, np_shape, grammar),
            labels=_label_patterns(comp, grammar),
        )

    # The patterns' texts first, then all of them compiled at once (from the cache when it
    # holds them: compiling the long alternations of names takes over a second).
    wanted = _Wanted()
    build(wanted)
    compiled = iter(compile_all(wanted.patterns))
    return build(lambda pattern, flags=0, /: next(compiled))
