"""Who says what: actors, the roles they held, and speaker attribution of sentences.

Actors (people and institutions), roles and the words that attribute speech are data
(``data/actors.yaml``; pass your own files to :func:`load_actors`). :func:`attribute` gives
every sentence of a document an :class:`Attribution`, using only the document's own sentences
and date.

Attribution rules
-----------------
A speaker is a known actor's name (with or without a role, title, courtesy title or side word
before it: "President Volodymyr Zelenskyy", "Mr Stoltenberg", "Dutch Prime Minister Mark
Rutte"), a role phrase ("the Secretary General of the Alliance"), an institution ("the
Kremlin", "Allied leaders", "Moscow"), a body named by its side ("Russian officials",
"Ukraine's navy"), "he"/"she" (a person) or "it" (an institution), or an unknown person's
capitalised name ("Olha Ivanenko"; "Russian Deputy Foreign Minister Sergei Ryabkov" gives the
person "Sergei Ryabkov" on side ``russia`` from the side word). Time and manner phrases,
auxiliaries and adverbs may stand between a speaker and the verb ("Stoltenberg on Tuesday
said", "The Kremlin in a statement said", "X has repeatedly said").
In each sentence the first of these that applies is used:

1. *Transcript label* (``how="quote"``): a line opening ``Name (Role):``, ``Name:``, ``Role:``
   or ``Title Name:`` gives the line to that person; ``Q:``, ``Question:``, ``Moderator:``
   lines are the questioner's (speaker ``"Question"``, no side) and ``A:`` lines the
   document's main speaker (see *voice*). In a transcript (two labels or more) each label's
   speaker also keeps the sentences after it that have no speaker of their own
   (``how="carry_over"``) until the next label; a lone label (a headline such as
   "Rutte: Ukraine's path is irreversible") covers its own line only. Labels match names in
   any case ("ZELENSKYY:", "STOLTENBERG:"). Any other label of one to three capitalised
   words ends the turn before it; in a transcript, one written in capitals ("JOHN SMITH:")
   makes an unknown speaker of its own (no side), others ("Photo:") leave their line to the
   rules below.
2. *Quotation* (``how="quote"``): a speaker and a reporting verb right after a closing quote
   mark, in either order (``“…,” said X.``, ``“…,” X said.``, ``“…,” he added, noting …``). A
   quotation opened in an earlier sentence gives every sentence from its opening to here the
   same speaker. A missing closing quote (``…decisions,said X.``) is tolerated when the words
   after the comma are a reporting verb and a known speaker.
3. *Reported speech* (``how="reported"``): a speaker right before a reporting verb, at the
   start of the sentence or of a clause (``X noted that …``, ``In particular, X emphasized …``,
   ``X, in his turn, noted …``, ``X stressed: “…”``); ``…, says X`` at the end of a sentence;
   ``according to X``; and a headline ending ``– X`` (a known name).
   A quotation opened after such a verb and left open carries the speaker to the sentences it
   spans.
4. *Carry-over* (``how="carry_over"``): "he"/"she" as the speaker take the last person named
   as a speaker in the document (failing that, the first person named in the latest sentence
   naming one), and "it" the last institution; a quotation that stands alone right after
   another attributed quotation takes its speaker.
5. *Voice* (``how="carry_over"``): a heading naming whose words the document is ("Press
   conference by NATO Secretary General Mark Rutte", "Statement by the North Atlantic
   Council") or a declaration opening "We, the <group>, …" whose group names an institution
   (the declaration itself gets ``how="quote"``) makes that speaker the document's voice: the
   sentences after it with no speaker of their own are the voice's, until a speaker of
   another side is attributed; after that, sentences opening in the first person ("We",
   "Our") or with the voice's own name ("Allies …") still are. A heading naming two speakers
   ("… by X and Y") only sets the main speaker that ``A:`` labels refer to.

A paragraph number ("5.", "(5)", "IV.") before a speaker is skipped. An unknown person with
no side word of their own takes the side an appositive before or after the name gives ("…, the
spokesman of Ukraine's Navy, Olek Marenko, said").

Everything else is narration: speaker, actor and side ``None``, ``how="none"``. An actor only
mentioned ("met with Jens Stoltenberg", "met with NATO") is not the speaker.

Role phrases resolve to whoever held the role on the document's date. Generic phrases shared
between institutions ("the President", "the head of state") resolve to the holder of one of
those roles who was named (or referred to by a specific role phrase) most recently before the
phrase in the same document; when none was, to the role marked ``default`` for the phrase; and
otherwise they stay unresolved: the speaker is then the phrase as written, with no side.
A person's side is the side of the role they held on the document's date (Mark Rutte is on
side ``ally`` as Dutch Prime Minister in 2023, ``nato`` as Secretary General in 2025), and
their own side when they held no role with one.
Single quotation marks are not treated as quotations (they double as apostrophes).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NoReturn, get_args

from .._data import builtin_path, read_yaml
from ..errors import DimensionError, located

__all__ = [
    "SIDES",
    "Actor",
    "Actors",
    "Attribution",
    "How",
    "Kind",
    "Role",
    "RoleTerm",
    "Side",
    "SpeechGrammar",
    "attribute",
    "load_actors",
]

Side = Literal["ukraine", "nato", "russia", "ally", "eu", "other"]
How = Literal["quote", "reported", "carry_over", "none"]
Kind = Literal["person", "institution"]
#: The sides an actor can be on.
SIDES: tuple[str, ...] = get_args(Side)

_WORD_LISTS = (
    "reporting_verbs",
    "adverbs",
    "source_phrases",
    "conjunctions",
    "pronouns",
    "honorifics",
    "title_words",
    "non_name_words",
    "auxiliaries",
    "time_prepositions",
    "time_words",
    "asides",
    "institution_pronouns",
    "question_labels",
    "answer_labels",
    "voice_headings",
    "declaration_pronouns",
    "first_person",
    "collective_bodies",
    "body_modifiers",
)
_TOP_KEYS = {
    "version",
    "max_quote_sentences",
    "roles",
    "actors",
    "affiliations",
    "institutions",
    *_WORD_LISTS,
}
_ROLE_KEYS = {"id", "name", "side", "phrases", "title_prefixes", "generic", "default"}
_INSTITUTION_KEYS = {"id", "name", "side", "names"}
_ACTOR_KEYS = {
    "id",
    "name",
    "side",
    "aliases",
    "given_names",
    "surnames",
    "surname_alone",
    "roles",
}
_TERM_KEYS = {"role", "from", "to"}
_ID = re.compile(r"[a-z][a-z0-9_]*")
_QMARK = "\x1f"  # stands for quoted words in the masked text of a sentence
_OPEN_QUOTES = "“„«"
_CLOSE_QUOTES = "”»"
_QUOTE_CHARS = _OPEN_QUOTES + _CLOSE_QUOTES + '"'
_QUOTE_CHAR = re.compile(f"[{_QUOTE_CHARS}]")
_TOKEN = re.compile(r"[^\W\d_]\w*")
_OPENING_CONTEXT = " \t\n([{—–-/"
_SPACE = re.compile(r"\s+")
_LOWER_WORDS = re.compile(r"[a-z]+")
_FINAL_PUNCT = re.compile(r"[.!?…\"”»:;]\s*$")
_LETTER = re.compile(r"[^\W\d_]")
_LABEL_WORD = r"[^\W\d_][\w.'’-]*"
# A transcript label: up to ten words, an optional (role) or [outlet], then a colon.
_LABEL = re.compile(
    rf"\s*(?P<lab>{_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{0,9}})[ \t]*"
    r"(?:[(\[](?P<paren>[^()\[\]\n]{1,80})[)\]])?[ \t]*:(?=\s|$)"
)
_LABEL_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
_NOUN_AFTER = re.compile(r"\s+[a-z]")
# A paragraph number: "5.", "23.", "1.2.", "(5)", "5)", "IV.", "(a)", "(iv)".
_NUMBER = (
    r"(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5}|[a-z]|[ivx]{2,5})\)"
    r"|(?:\d{1,3}(?:\.\d{1,3})*|[IVX]{1,5})\.)\s+"
)
_NUMBER_RE = re.compile(rf"\s*{_NUMBER}")
_PARAGRAPH = rf"[^\w(]*(?:{_NUMBER})?[^\w(]*"  # quotes, "12. ", "(3) ", "IV. "
_PARAGRAPH_RE = re.compile(_PARAGRAPH)
# An unknown transcript label: one to three capitalised or upper-case words ("SMITH",
# "Olha Ivanenko", "JOHN SMITH").
_NAME_LABEL = re.compile(r"[^\W\d_a-zß-ÿ][\w.'’-]*(?:[ \t]+[^\W\d_a-zß-ÿ][\w.'’-]*){0,2}")
_JOINT = re.compile(r"\s*,?\s+(?:and|&)\s")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f]+(?:-[A-Z]?[a-zß-öø-ÿ\u0100-\u017f]+|['’][A-Z][a-zß-öø-ÿ\u0100-\u017f]+)*"  # noqa: E501


@dataclass(frozen=True)
class RoleTerm:
    """One term of office.

    Attributes
    ----------
    role : str
        The role's id.
    start : datetime.date
        First day in office.
    end : datetime.date or None
        Last day in office; ``None`` while still in office.
    """

    role: str
    start: dt.date
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        """Tell whether ``day`` falls within the term (both ends included)."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Role:
    """A post that different people hold over time.

    Attributes
    ----------
    id : str
        The role's id.
    name : str
        Its name, for display.
    phrases : tuple of str
        Phrases naming this role only ("NATO Secretary General"); in the data file, a role's
        ``title_prefixes`` are prepended to each phrase to give more of them.
    generic : tuple of str
        Phrases shared with other roles ("the President").
    default : bool
        Whether a generic phrase falls back to this role when no candidate was named.
    side : str or None
        The side the holder speaks for while in the role; ``None`` leaves it to the holder's
        own side.
    """

    id: str
    name: str
    phrases: tuple[str, ...]
    generic: tuple[str, ...] = ()
    default: bool = False
    side: Side | None = None


@dataclass(frozen=True)
class Actor:
    """A person or institution who may speak in a document.

    Attributes
    ----------
    id : str
        Stable id ("zelenskyy", "kremlin").
    name : str
        Canonical name ("Volodymyr Zelenskyy", "Kremlin").
    side : {"ukraine", "nato", "russia", "ally", "eu", "other"}
        Whose position the actor speaks for (for a person, when no role held on a document's
        date says otherwise; see :meth:`Actors.side_of`).
    aliases : tuple of str
        Every written form of the name that identifies the actor, the canonical one first.
    roles : tuple of RoleTerm
        Terms of office.
    kind : {"person", "institution"}
        A person, or an institution or collective speaker ("NATO", "the Kremlin").
    """

    id: str
    name: str
    side: Side
    aliases: tuple[str, ...]
    roles: tuple[RoleTerm, ...] = ()
    kind: Kind = "person"

    def term(self, role: str, day: dt.date) -> RoleTerm | None:
        """Return the actor's term in ``role`` covering ``day``, if any."""
        for t in self.roles:
            if t.role == role and t.covers(day):
                return t
        return None


@dataclass(frozen=True)
class Attribution:
    """Who a sentence's words belong to.

    Attributes
    ----------
    speaker : str or None
        The actor's canonical name; the name (or role phrase) as written when the person is
        not in the actors file or the role could not be resolved; ``None`` for narration.
    actor_id : str or None
        The actor's id when known.
    side : str or None
        The speaker's side on the document's date; for an unknown person or body, the side
        its side word, role or label names ("Russian ..."), else ``None``.
    cue : str or None
        The words that attribute the sentence, as written ("said Volodymyr Zelensky",
        "emphasized the President", "he said", "Q:", "Press conference by ..."). Also set
        when ``how`` is ``"none"`` because a pronoun had nobody to refer to.
    how : {"quote", "reported", "carry_over", "none"}
        How the speaker was found (see the module's rules).
    """

    speaker: str | None
    actor_id: str | None
    side: str | None
    cue: str | None
    how: How


_NARRATION = Attribution(None, None, None, None, "none")


@dataclass(frozen=True)
class SpeechGrammar:
    """The word lists that attribute speech (see ``data/actors.yaml`` for each one's use).

    Attributes
    ----------
    reporting_verbs, adverbs, source_phrases, conjunctions, pronouns, honorifics : tuple of str
        Words around a speaker.
    title_words, non_name_words : tuple of str
        Words that are titles, and words that show a capitalised run is not a person's name.
    max_quote_sentences : int
        Longest quotation followed across sentences.
    auxiliaries, time_prepositions, time_words, asides : tuple of str
        Words that may stand between a speaker and the verb.
    institution_pronouns : tuple of str
        Pronouns standing for the last institution that spoke ("it").
    question_labels, answer_labels : tuple of str
        Transcript labels of questions and answers ("Q", "A").
    voice_headings : tuple of str
        Headings naming whose words a document is ("Press conference by").
    declaration_pronouns, first_person : tuple of str
        The pronoun opening "We, the <group>" and the words of first-person sentences.
    collective_bodies, body_modifiers : tuple of str
        Bodies that speak for their side ("officials", "foreign ministry"), and words that
        may stand before their side word ("senior").
    affiliations : tuple of (str, str)
        Words naming a side ("Russian", "russia").
    """

    reporting_verbs: tuple[str, ...]
    adverbs: tuple[str, ...]
    source_phrases: tuple[str, ...]
    conjunctions: tuple[str, ...]
    pronouns: tuple[str, ...]
    honorifics: tuple[str, ...]
    title_words: tuple[str, ...]
    non_name_words: tuple[str, ...]
    max_quote_sentences: int
    auxiliaries: tuple[str, ...] = ()
    time_prepositions: tuple[str, ...] = ()
    time_words: tuple[str, ...] = ()
    asides: tuple[str, ...] = ()
    institution_pronouns: tuple[str, ...] = ()
    question_labels: tuple[str, ...] = ()
    answer_labels: tuple[str, ...] = ()
    voice_headings: tuple[str, ...] = ()
    declaration_pronouns: tuple[str, ...] = ()
    first_person: tuple[str, ...] = ()
    collective_bodies: tuple[str, ...] = ()
    body_modifiers: tuple[str, ...] = ()
    affiliations: tuple[tuple[str, Side], ...] = ()


@dataclass
class _RawFile:
    """One file's validated content, before files are combined."""

    path: str
    words: dict[str, list[str]] = field(default_factory=dict)
    max_quote_sentences: int | None = None
    roles: list[tuple[str, Role]] = field(default_factory=list)  # (entry, role)
    actors: list[tuple[str, Actor]] = field(default_factory=list)
    institutions: list[tuple[str, Actor]] = field(default_factory=list)
    affiliations: list[tuple[str, str, Side]] = field(default_factory=list)  # (entry, word, side)


def _norm_phrase(phrase: str) -> str:
    """Key for a role phrase: lower case, one apostrophe, hyphens as spaces, no leading 'the'."""
    text = phrase.lower().replace("’", "'")
    text = _SPACE.sub(" ", re.sub(r"[-\u2010\u2011]", " ", text)).strip()
    return text[4:] if text.startswith("the ") else text


_Trie = dict[str, "_Trie"]
_END = ""  # marks the end of a phrase in a word trie


def _alternation(phrases: Iterable[str], *, loose: bool) -> str:
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
    parts = [f"(?i:{_alternation(folded, loose=True)})"] if folded else []
    parts += [_alternation(exact, loose=True)] if exact else []
    return "(?:" + "|".join(parts) + ")" if parts else r"(?!x)x"


def _inst_key(name: str) -> str:
    """Key for an institution name: one space, one apostrophe, hyphens as spaces, no 'the'."""
    text = _SPACE.sub(" ", re.sub(r"[-\u2010\u2011]", " ", name.replace("’", "'"))).strip()
    return text[4:] if text[:4].lower() == "the " else text


def _first_key(phrase: str) -> str:
    m = _TOKEN.search(phrase)
    return m.group().lower() if m else ""


def _bounded(body: str) -> str:
    return rf"(?<![\w'’-]){body}(?![\w-])"


class Actors:
    """A validated, indexed set of actors and roles, with the speech-attribution grammar.

    Build it with :func:`load_actors`.

    Parameters
    ----------
    actors : iterable of Actor
        The actors.
    roles : iterable of Role
        The roles they hold.
    grammar : SpeechGrammar
        Reporting verbs and the other word lists.

    Examples
    --------
    >>> actors = load_actors()
    >>> actors.holder("nato_secretary_general", date=dt.date(2020, 1, 1)).name
    'Jens Stoltenberg'

    sources : sequence of str
        The files the data came from.
    """

    def __init__(
        self,
        actors: Iterable[Actor],
        roles: Iterable[Role],
        grammar: SpeechGrammar,
        sources: Sequence[str] = (),
    ) -> None:
        self._actors: dict[str, Actor] = {a.id: a for a in actors}
        self._roles: dict[str, Role] = {r.id: r for r in roles}
        self.grammar = grammar
        self.sources: tuple[str, ...] = tuple(sources)
        self._by_alias: dict[str, Actor] = {}
        self._inst_exact: dict[str, Actor] = {}  # names in capitals only (NATO, EU)
        self._inst_folded: dict[str, Actor] = {}  # other names, lower-cased
        for actor in self._actors.values():
            if actor.kind == "institution":
                for alias in actor.aliases:
                    key = _inst_key(alias)
                    if any(c.islower() for c in alias):
                        self._inst_folded[key.lower()] = actor
                    else:
                        self._inst_exact[key] = actor
                continue
            for alias in actor.aliases:
                self._by_alias[alias] = actor
                self._by_alias[alias.replace("’", "'")] = actor
        # names in any case, for labels written in capitals ("ZELENSKYY:"); an alias shared
        # by two actors once case is ignored names neither
        self._by_folded: dict[str, Actor] = {}
        clashes: set[str] = set()
        for alias, actor in self._by_alias.items():
            key = alias.lower()
            if self._by_folded.setdefault(key, actor).id != actor.id:
                clashes.add(key)
        for key in clashes:
            del self._by_folded[key]
        self._affiliation: dict[str, Side] = dict(grammar.affiliations)
        self._specific: dict[str, str] = {}
        self._generic: dict[str, list[str]] = {}
        self._default: dict[str, str] = {}
        for role in self._roles.values():
            for p in role.phrases:
                self._specific[_norm_phrase(p)] = role.id
            for p in role.generic:
                key = _norm_phrase(p)
                self._generic.setdefault(key, []).append(role.id)
                if role.default:
                    self._default[key] = role.id
        self._holders: dict[str, list[tuple[RoleTerm, Actor]]] = {}
        for actor in self._actors.values():
            for t in actor.roles:
                self._holders.setdefault(t.role, []).append((t, actor))
        self._compile()

    # -- container protocol -------------------------------------------------------------------
    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def __getitem__(self, actor_id: str) -> Actor:
        try:
            return self._actors[actor_id]
        except KeyError:
            raise KeyError(
                f"no actor {actor_id!r}; known ids: {', '.join(self._actors)}"
            ) from None

    def __repr__(self) -> str:
        n_inst = sum(a.kind == "institution" for a in self._actors.values())
        return (
            f"Actors({len(self._actors) - n_inst} people, {n_inst} institutions, "
            f"{len(self._roles)} roles)"
        )

    @property
    def roles(self) -> Mapping[str, Role]:
        """The roles by id."""
        return dict(self._roles)

    # -- lookup -------------------------------------------------------------------------------
    def holder(self, role: str, *, date: dt.date) -> Actor | None:
        """Return who held ``role`` on ``date`` (on a hand-over day, the incoming holder).

        Parameters
        ----------
        role : str
            A role id.
        date : datetime.date
            The day.

        Returns
        -------
        Actor or None
            The holder, or ``None`` when nobody in the data held the role that day.
        """
        best: tuple[RoleTerm, Actor] | None = None
        for term, actor in self._holders.get(role, ()):
            if term.covers(date) and (best is None or term.start > best[0].start):
                best = (term, actor)
        return None if best is None else best[1]

    def by_name(self, name: str) -> Actor | None:
        """Return the actor a written name belongs to.

        Parameters
        ----------
        name : str
            A name exactly as one of the actor's aliases ("Zelenskiy", "Jens Stoltenberg"), or
            an institution's name, with or without "the" ("the Kremlin", "Allies").

        Returns
        -------
        Actor or None
            ``None`` when no actor has that alias.
        """
        found = self._by_alias.get(_SPACE.sub(" ", name.strip()).replace("’", "'"))
        return found if found is not None else self.institution(name)

    def institution(self, name: str) -> Actor | None:
        """Return the institution a written name belongs to.

        Parameters
        ----------
        name : str
            An institution's name as written, with or without "the" ("The Kremlin", "allies",
            "NATO"); names in capitals only must be written so.

        Returns
        -------
        Actor or None
            The institution, or ``None``.

        Examples
        --------
        >>> load_actors().institution("the Kremlin").side
        'russia'
        """
        key = _inst_key(name)
        found = self._inst_exact.get(key)
        return found if found is not None else self._inst_folded.get(key.lower())

    def side_of(self, actor: Actor, *, date: dt.date) -> Side:
        """Return the side an actor speaks for on ``date``.

        Parameters
        ----------
        actor : Actor
            A person or institution.
        date : datetime.date
            The document's date.

        Returns
        -------
        str
            The side of the role the actor held that day (the latest-begun term with a
            side, when several overlap), else the actor's own side.

        Examples
        --------
        >>> import datetime as dt
        >>> actors = load_actors()
        >>> actors.side_of(actors["rutte"], date=dt.date(2023, 7, 11))
        'ally'
        >>> actors.side_of(actors["rutte"], date=dt.date(2025, 1, 15))
        'nato'
        """
        best: tuple[dt.date, Side] | None = None
        for term in actor.roles:
            role = self._roles.get(term.role)
            if role is None or role.side is None or not term.covers(date):
                continue
            if best is None or term.start > best[0]:
                best = (term.start, role.side)
        return actor.side if best is None else best[1]

    def affiliation(self, word: str) -> Side | None:
        """Return the side a side word names ("Russian" -> "russia"), or ``None``."""
        return self._affiliation.get(word)

    def resolve_role(
        self, phrase: str, *, date: dt.date, context_ids: Sequence[str] = ()
    ) -> Actor | None:
        """Return the holder of the role a phrase names, on ``date``.

        Parameters
        ----------
        phrase : str
            A role phrase, with or without "the".
        date : datetime.date
            The document's date.
        context_ids : sequence of str
            Ids of actors named earlier in the document, oldest first; used for generic
            phrases (the most recently named holder of a matching role wins).

        Returns
        -------
        Actor or None
            ``None`` when the phrase is no known role, nobody held it, or a generic phrase
            has no named candidate and no default.
        """
        found = self._role_holder(phrase, date=date, context_ids=context_ids)
        return None if found is None else found[1]

    def _role_holder(
        self, phrase: str, *, date: dt.date, context_ids: Sequence[str] = ()
    ) -> tuple[Role, Actor] | None:
        """Return the role a phrase names and its holder on ``date`` (see ``resolve_role``)."""
        key = _norm_phrase(phrase)
        role = self._specific.get(key)
        if role is not None:
            who = self.holder(role, date=date)
            return None if who is None else (self._roles[role], who)
        roles = self._generic.get(key)
        if not roles:
            return None
        candidates: dict[str, tuple[Role, Actor]] = {}
        for r in roles:
            who = self.holder(r, date=date)
            if who is not None:
                candidates[who.id] = (self._roles[r], who)
        for actor_id in reversed(context_ids):
            if actor_id in candidates:
                return candidates[actor_id]
        default = self._default.get(key)
        if default is None:
            return None
        who = self.holder(default, date=date)
        return None if who is None else (self._roles[default], who)

    def role_side(self, phrase: str) -> Side | None:
        """Return the side of the role a specific role phrase names, or ``None``."""
        role = self._specific.get(_norm_phrase(phrase))
        return None if role is None else self._roles[role].side

    def resolve(
        self, name_or_role: str, *, date: dt.date, context_ids: Sequence[str] = ()
    ) -> Actor | None:
        """Return the actor a name or role phrase refers to on ``date``.

        Parameters
        ----------
        name_or_role : str
            A name ("Zelensky", "Mr Stoltenberg"), a role phrase ("the Secretary General"),
            both ("NATO Secretary General Jens Stoltenberg"; the name wins), or an
            institution ("the Kremlin").
        date : datetime.date
            The document's date, for role phrases.
        context_ids : sequence of str
            Ids of actors named earlier in the document, oldest first (for generic phrases
            such as "the President"; see :meth:`resolve_role`).

        Returns
        -------
        Actor or None
            The actor, or ``None`` when the words name nobody known.

        Examples
        --------
        >>> import datetime as dt
        >>> actors = load_actors()
        >>> actors.resolve("the Secretary General", date=dt.date(2025, 1, 15)).name
        'Mark Rutte'
        >>> actors.resolve("the President", date=dt.date(2023, 1, 1), context_ids=["biden"]).name
        'Joe Biden'
        """
        text = _SPACE.sub(" ", name_or_role.strip())
        m = self._known_np.fullmatch(text)
        if m is None:
            return self.institution(text) if self._inst.fullmatch(text) else None
        if m.group("name"):
            return self.by_name(m.group("name"))
        return self.resolve_role(m.group("role2"), date=date, context_ids=context_ids)

    # -- compiled patterns --------------------------------------------------------------------
    def _compile(self) -> None:
        g = self.grammar
        names = _alternation(self._by_alias, loose=False)
        roles = (
            "(?i:(?:the\\s+)?"
            + _alternation(
                [*(p for r in self._roles.values() for p in (*r.phrases, *r.generic))], loose=True
            )
            + ")"
        )
        hon = _alternation(g.honorifics, loose=False) + r"\.?"
        pron = "(?i:" + _alternation(g.pronouns, loose=False) + ")"
        ipron = "(?i:" + _alternation(g.institution_pronouns, loose=False) + ")"
        titles = "(?i:" + _alternation(g.title_words, loose=False) + ")"
        aff = _alternation(self._affiliation, loose=False)
        the = r"(?:(?i:the)\s+)?"
        inst_names = [
            n for a in self._actors.values() if a.kind == "institution" for n in a.aliases
        ]
        inst = the + _cased_alternation(inst_names)
        bodies = "(?i:" + _alternation(g.collective_bodies, loose=True) + ")"
        verbs = _bounded("(?i:" + _alternation(g.reporting_verbs, loose=False) + ")")
        adverbs = "(?:(?i:" + _alternation(g.adverbs, loose=False) + r")\s+)*"
        aux = "(?i:" + _alternation(g.auxiliaries, loose=False) + ")"
        conjunctions = "(?i:" + _alternation(g.conjunctions, loose=False) + ")"
        ordinal = r"\d{1,2}(?:st|nd|rd|th)?"
        when = _alternation(g.time_words, loose=False) + r"(?![\w-])"
        time = (
            rf"(?:(?i:{_alternation(g.time_prepositions, loose=False)})\s+){{0,2}}"
            rf"(?:(?i:the)\s+)?(?:{ordinal}\s+)?{when}(?:\s+{ordinal})?(?:,?\s+\d{{4}})?"
            rf"(?:\s+{when})?"
        )
        aside = "(?i:" + _alternation(g.asides, loose=False) + r")(?![\w-])"
        # what may stand between a speaker and the reporting verb
        gap = rf"(?:,?\s+(?:{time}|{aside})){{0,2}},?\s+{adverbs}(?:{aux}\s+{adverbs})?"
        # words before a person's name: titles, a side word ("Russian", "NATO"), more titles
        pre = rf"{the}(?:{titles}\s+)*(?:{aff}\s+)?(?:{titles}\s+)*"
        self._known_np = re.compile(
            rf"(?:(?P<role>{roles})\s+|{pre})(?:{hon}\s+)?(?P<name>{names})|(?P<role2>{roles})"
        )
        det = r"(?:(?i:the|an|a)\s+)?"
        modifiers = "(?:(?i:" + _alternation(g.body_modifiers, loose=False) + r")\s+)?"
        collective = rf"{det}{modifiers}(?P<caff>{aff})\s+{bodies}"
        unknown = (
            rf"{the}(?:(?P<urole>{roles})\s+|(?:{titles}\s+)*(?P<aff>{aff})\s+(?:{bodies}\s+)?)?"
            rf"(?P<titles>(?:{titles}\s+)*)(?P<person>(?:{hon}\s+)?(?P<first>{_NAME_WORD})"
            rf"(?:\s+{_NAME_WORD}){{0,2}})"
        )
        # Named groups cannot repeat within one pattern, so speakers are matched by their
        # shape here and classified afterwards (_Attributor.identify).
        # A speaker starts with a capital letter, "the" or a pronoun (a cheap test first).
        lower_start = _alternation(
            ["the", "a", "an", *g.body_modifiers, *g.pronouns, *g.institution_pronouns],
            loose=False,
        )
        np_shape = (
            rf"(?=[^\W\d_a-z]|{lower_start}(?![\w-]))"
            rf"(?:{roles}(?:\s+(?:{hon}\s+)?{names})?(?![\w-])"
            rf"|{pre}(?:{hon}\s+)?{names}(?![\w-])"
            rf"|{inst}(?![\w-])"
            rf"|{det}{modifiers}{aff}\s+{bodies}(?![\w-])"
            rf"|(?:{pron}|{ipron})(?![\w-])"
            rf"|{the}(?:{roles}\s+|(?:{titles}\s+)*{aff}\s+(?:{bodies}\s+)?)?(?:{titles}\s+)*"
            rf"(?:{hon}\s+)?"
            rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?![\w-]))"
        )
        trail_after_np = r"(?=\s*(?:[.!?…;:,)\]]|$)|\s+[a-z(\x1f])"
        trail_after_verb = r"(?=\s*(?:[.!?…;:,)\]]|$)|\s+(?!that\b)[a-z(\x1f])"
        q = _QMARK
        self._close = re.compile(
            rf"{q}\s*[,.!?…]?\s*(?:(?P<v1>{verbs})\s+(?P<n1>{np_shape}){trail_after_np}"
            rf"|(?P<n2>{np_shape}){gap}(?P<v2>{verbs}){trail_after_verb})"
        )
        self._tail = re.compile(
            rf",\s*(?:(?P<v1>{verbs})\s+(?P<n1>{np_shape})|(?P<n2>{np_shape}){gap}"
            rf"(?P<v2>{verbs}))(?:,?\s+(?:{time}|{aside}))?\s*[.!?…]?\s*$"
        )
        self._forward = re.compile(
            rf"(?:^|[,;:({q}—–]\s*|\s[-–—]\s+)(?:{conjunctions}\s+)?"
            rf"(?P<n>{np_shape})(?:\s*,(?P<aside>[^,{q}]{{1,60}}?),)?{gap}(?P<v>{verbs})"
        )
        self._source = re.compile(
            "(?i:" + _alternation(g.source_phrases, loose=False) + rf")\s+(?P<n>{np_shape})"
        )
        self._dash = re.compile(
            rf"\s[-–—]\s+(?P<n>(?:{roles}\s+)?(?:{hon}\s+)?{names})(?=\s*$|\s+[a-z])"
        )
        # Mentions are looked up by their first word, then matched in full from there.
        by_first: dict[str, tuple[list[str], list[str]]] = {}
        for alias in self._by_alias:
            by_first.setdefault(_first_key(alias), ([], []))[0].append(alias)
        for role in self._roles.values():
            for phrase in role.phrases:
                by_first.setdefault(_first_key(phrase), ([], []))[1].append(phrase)
        self._mention_at: dict[str, re.Pattern[str]] = {
            key: re.compile(
                rf"(?<![\w'’-])(?:(?P<name>{_alternation(n, loose=False)})"
                rf"|(?P<role>(?i:{_alternation(r, loose=True)})))(?![\w-])"
            )
            for key, (n, r) in by_first.items()
        }
        self._pron = re.compile(pron)
        self._ipron = re.compile(ipron)
        self._inst = re.compile(inst)
        self._inst_in = re.compile(rf"(?<![\w'’-]){inst}(?![\w-])")
        self._collective = re.compile(collective)
        self._unknown = re.compile(unknown)
        self._aff_in = re.compile(rf"(?<![\w'’-])(?P<aff>{aff})(?![\w-])")
        self._np_start = re.compile(np_shape)
        self._hon_start = re.compile(rf"{hon}\s")
        self._verb_words = frozenset(
            w
            for v in (*g.reporting_verbs, *g.source_phrases)
            for w in _LOWER_WORDS.findall(v.lower())[:1]
        )
        self._non_name = frozenset(g.non_name_words)
        self._inst_words = frozenset(
            n.lower()
            for a in self._actors.values()
            if a.kind == "institution"
            for n in a.aliases
            if " " not in n
        )
        self._question = re.compile("(?i:" + _alternation(g.question_labels, loose=True) + ")")
        self._answer = re.compile("(?i:" + _alternation(g.answer_labels, loose=True) + ")")
        self._heading = re.compile(
            r"\s*(?i:" + _alternation(g.voice_headings, loose=True) + r")\s+(?P<rest>\S.*)", re.S
        )
        self._declaration = re.compile(
            rf"{_PARAGRAPH}(?P<decl>{_alternation(g.declaration_pronouns, loose=False)}"
            r",?\s+(?i:the)\s+(?P<group>[^,;:]+))"
        )
        self._first_person = re.compile(
            _PARAGRAPH + _alternation(g.first_person, loose=False) + r"(?![\w-])"
        )


# --------------------------------------------------------------------------------------------
# loading


def _fail(message: str, path: str, entry: str | None = None, hint: str | None = None) -> NoReturn:
    raise DimensionError(located(message, path=path, entry=entry, hint=hint))


def _str_list(raw: Any, path: str, entry: str) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        _fail("must be a list of strings", path, entry)
    for k, x in enumerate(raw):
        if not isinstance(x, str) or not x.strip():
            _fail(
                f"must be a non-empty string, got {x!r}",
                path,
                f"{entry}[{k}]",
                "Quote words YAML reads as booleans or numbers ('No', 'On', 'Yes').",
            )
    return [str(x).strip() for x in raw]


def _date(raw: Any, path: str, entry: str) -> dt.date:
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    if isinstance(raw, str):
        try:
            return dt.date.fromisoformat(raw.strip())
        except ValueError:
            pass
    _fail(f"bad date {raw!r}", path, entry, "Write dates as YYYY-MM-DD.")


def _check_keys(raw: Any, allowed: set[str], path: str, entry: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        _fail("must be a mapping", path, entry)
    unknown = set(raw) - allowed
    if unknown:
        _fail(
            f"unknown key(s) {sorted(map(str, unknown))}",
            path,
            entry,
            f"Allowed keys: {sorted(allowed)}.",
        )
    checked: dict[str, Any] = raw
    return checked


def _id_and_name(
    raw: dict[str, Any], path: str, where: str, *, default_name: bool = False
) -> tuple[str, str, str]:
    """Check an entry's ``id`` and ``name``; return them and the entry's label for messages."""
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not _ID.fullmatch(entry_id):
        _fail("'id' must be lower-case letters, digits and '_'", path, where)
    entry = f"{where} ({entry_id})"
    name = raw.get("name", entry_id if default_name else None)
    if not isinstance(name, str) or not name.strip():
        _fail("'name' must be a non-empty string", path, entry)
    return entry_id, name.strip(), entry


def _side(raw: dict[str, Any], path: str, entry: str, *, required: bool = True) -> Any:
    """Check an entry's ``side`` (optional where ``required`` is false)."""
    side = raw.get("side")
    if (required or side is not None) and side not in SIDES:
        _fail(f"unknown side {side!r}", path, entry, f"Use one of: {', '.join(SIDES)}.")
    return side


def _parse_role(raw: Any, path: str, where: str) -> Role:
    raw = _check_keys(raw, _ROLE_KEYS, path, where)
    role_id, name, entry = _id_and_name(raw, path, where, default_name=True)
    phrases = _str_list(raw.get("phrases"), path, f"{entry}.phrases")
    # A long official title can be written as its distinctive tail plus the words that may
    # stand before it ("Deputy Prime" + "Minister for ..."); both forms name the role.
    prefixes = _str_list(raw.get("title_prefixes"), path, f"{entry}.title_prefixes")
    phrases = [*phrases, *(f"{pre.strip()} {p}" for pre in prefixes for p in phrases)]
    generic = _str_list(raw.get("generic"), path, f"{entry}.generic")
    if not phrases and not generic:
        _fail("a role needs 'phrases' or 'generic' phrases", path, entry)
    default = raw.get("default", False)
    if not isinstance(default, bool):
        _fail("'default' must be true or false", path, entry)
    side = _side(raw, path, entry, required=False)
    return Role(role_id, name, tuple(phrases), tuple(generic), default, side)


def _parse_institution(raw: Any, path: str, where: str) -> Actor:
    raw = _check_keys(raw, _INSTITUTION_KEYS, path, where)
    inst_id, name, entry = _id_and_name(raw, path, where)
    side = _side(raw, path, entry)
    names = [name, *_str_list(raw.get("names"), path, f"{entry}.names")]
    return Actor(inst_id, name, side, tuple(dict.fromkeys(names)), (), "institution")


def _parse_affiliations(raw: Any, path: str) -> list[tuple[str, str, Side]]:
    if not isinstance(raw, dict):
        _fail("must be a mapping of side to words", path, "affiliations")
    out: list[tuple[str, str, Side]] = []
    for side, words in raw.items():
        if side not in SIDES:
            _fail(
                f"unknown side {side!r}",
                path,
                f"affiliations.{side}",
                f"Use one of: {', '.join(SIDES)}.",
            )
        for k, word in enumerate(_str_list(words, path, f"affiliations.{side}")):
            out.append((f"affiliations.{side}[{k}]", word, side))
    return out


def _parse_actor(raw: Any, path: str, where: str) -> Actor:
    raw = _check_keys(raw, _ACTOR_KEYS, path, where)
    actor_id, name, entry = _id_and_name(raw, path, where)
    side = _side(raw, path, entry)
    given = _str_list(raw.get("given_names"), path, f"{entry}.given_names")
    surnames = _str_list(raw.get("surnames"), path, f"{entry}.surnames")
    alone = raw.get("surname_alone", True)
    if not isinstance(alone, bool):
        _fail("'surname_alone' must be true or false", path, entry)
    aliases = [name.strip(), *_str_list(raw.get("aliases"), path, f"{entry}.aliases")]
    aliases += [f"{g} {s}" for g in given for s in surnames]
    if alone:
        aliases += surnames
    terms_raw = raw.get("roles") or []
    if not isinstance(terms_raw, list):
        _fail("'roles' must be a list", path, entry)
    terms: list[RoleTerm] = []
    for k, t in enumerate(terms_raw):
        t_entry = f"{entry}.roles[{k}]"
        t = _check_keys(t, _TERM_KEYS, path, t_entry)
        if not isinstance(t.get("role"), str):
            _fail("'role' must be a role id", path, t_entry)
        if "from" not in t:
            _fail("'from' (first day in office) is required", path, t_entry)
        start = _date(t["from"], path, t_entry)
        end = None if t.get("to") is None else _date(t["to"], path, t_entry)
        if end is not None and end < start:
            _fail(f"'to' ({end}) is before 'from' ({start})", path, t_entry)
        terms.append(RoleTerm(t["role"], start, end))
    return Actor(
        actor_id,
        name.strip(),
        side,
        tuple(dict.fromkeys(aliases)),
        tuple(terms),
    )


def _parse_file(path: str | os.PathLike[str]) -> _RawFile:
    p = str(path)
    try:
        raw = read_yaml(path)
    except DimensionError:
        raise
    except ValueError as exc:  # PyYAML's own conversions, e.g. a date 2020-13-01
        _fail(f"invalid value: {exc}", p, hint="Write dates as YYYY-MM-DD.")
    if raw is None:
        raw = {}
    raw = _check_keys(raw, _TOP_KEYS, p, "top level")
    out = _RawFile(p)
    for key in _WORD_LISTS:
        if key in raw:
            out.words[key] = _str_list(raw[key], p, key)
    if "max_quote_sentences" in raw:
        n = raw["max_quote_sentences"]
        if not isinstance(n, int) or isinstance(n, bool) or n < 1:
            _fail("must be a whole number of at least 1", p, "max_quote_sentences")
        out.max_quote_sentences = n
    if raw.get("affiliations") is not None:
        out.affiliations = _parse_affiliations(raw["affiliations"], p)
    sections = (
        ("roles", _parse_role),
        ("actors", _parse_actor),
        ("institutions", _parse_institution),
    )
    for section, parse in sections:
        items = raw.get(section) or []
        if not isinstance(items, list):
            _fail("must be a list", p, section)
        for k, item in enumerate(items):
            where = f"{section}[{k}]"
            parsed = parse(item, p, where)
            getattr(out, section).append((f"{where} ({parsed.id})", parsed))
    return out


def _combine(files: Sequence[_RawFile]) -> Actors:
    words: dict[str, list[str]] = {k: [] for k in _WORD_LISTS}
    max_quote: int | None = None
    roles: dict[str, tuple[str, str, Role]] = {}
    actors: dict[str, tuple[str, str, Actor]] = {}
    affiliations: dict[str, tuple[str, str, Side]] = {}  # word -> (path, entry, side)
    inst_names: dict[str, str] = {}  # name key -> institution id
    for f in files:
        for key, values in f.words.items():
            words[key].extend(v for v in values if v not in words[key])
        if f.max_quote_sentences is not None:
            max_quote = f.max_quote_sentences
        for entry, word, side in f.affiliations:
            if word in affiliations and affiliations[word][2] != side:
                _fail(
                    f"{word!r} is already a word of side {affiliations[word][2]!r} "
                    f"({affiliations[word][0]}: {affiliations[word][1]})",
                    f.path,
                    entry,
                    "Give each side word one side.",
                )
            affiliations[word] = (f.path, entry, side)
        for entry, inst in f.institutions:
            if inst.id in actors:
                other_i = actors[inst.id]
                _fail(
                    f"duplicate actor id {inst.id!r} (also {other_i[0]}: {other_i[1]})",
                    f.path,
                    entry,
                    "Give each person and institution one id.",
                )
            for alias in inst.aliases:
                key = _inst_key(alias)
                key = key.lower() if any(c.islower() for c in alias) else key
                if inst_names.get(key, inst.id) != inst.id:
                    _fail(
                        f"name {alias!r} also belongs to institution {inst_names[key]!r}",
                        f.path,
                        entry,
                        "Give each name to one institution.",
                    )
                inst_names[key] = inst.id
            actors[inst.id] = (f.path, entry, inst)
        for entry, role in f.roles:
            if role.id in roles:
                other = roles[role.id]
                _fail(
                    f"duplicate role id {role.id!r} (also {other[0]}: {other[1]})",
                    f.path,
                    entry,
                    "Give each role one id.",
                )
            roles[role.id] = (f.path, entry, role)
        for entry, actor in f.actors:
            if actor.id in actors:
                other_a = actors[actor.id]
                _fail(
                    f"duplicate actor id {actor.id!r} (also {other_a[0]}: {other_a[1]})",
                    f.path,
                    entry,
                    "Give each actor one id; to change a built-in actor, load with "
                    "builtins=False and a full copy of the file.",
                )
            actors[actor.id] = (f.path, entry, actor)
    specific: dict[str, str] = {}
    generic_defaults: dict[str, str] = {}
    generic_keys: set[str] = set()
    for path, entry, role in roles.values():
        for p in role.generic:
            key = _norm_phrase(p)
            generic_keys.add(key)
            if role.default:
                if key in generic_defaults and generic_defaults[key] != role.id:
                    _fail(
                        f"roles {generic_defaults[key]!r} and {role.id!r} are both the default "
                        f"for {p!r}",
                        path,
                        entry,
                        "Mark at most one role sharing a generic phrase as default.",
                    )
                generic_defaults[key] = role.id
    for path, entry, role in roles.values():
        for p in role.phrases:
            key = _norm_phrase(p)
            if specific.get(key, role.id) != role.id:
                _fail(
                    f"phrase {p!r} also names role {specific[key]!r}",
                    path,
                    entry,
                    "A phrase shared by several roles belongs under 'generic'.",
                )
            if key in generic_keys:
                _fail(
                    f"phrase {p!r} is also a generic phrase",
                    path,
                    entry,
                    "List it under 'generic' only.",
                )
            specific[key] = role.id
    owners: dict[str, str] = {}
    for path, entry, actor in actors.values():
        for t in actor.roles:
            if t.role not in roles:
                _fail(
                    f"unknown role {t.role!r}",
                    path,
                    entry,
                    f"Define it under 'roles'; known roles: {', '.join(sorted(roles))}.",
                )
        for alias in actor.aliases:
            key = alias.replace("’", "'")
            if owners.get(key, actor.id) != actor.id:
                _fail(
                    f"name {alias!r} also belongs to actor {owners[key]!r}",
                    path,
                    entry,
                    "Use a fuller name, or set surname_alone: false.",
                )
            owners[key] = actor.id
    grammar = SpeechGrammar(
        **{k: tuple(v) for k, v in words.items()},
        max_quote_sentences=max_quote or 12,
        affiliations=tuple((w, s) for w, (_, _, s) in affiliations.items()),
    )
    if not grammar.reporting_verbs:
        _fail("no reporting verbs", files[-1].path if files else "<none>", "reporting_verbs")
    return Actors(
        (a for _, _, a in actors.values()),
        (r for _, _, r in roles.values()),
        grammar,
        [f.path for f in files],
    )


@lru_cache(maxsize=1)
def _builtin_file() -> _RawFile:
    return _parse_file(builtin_path("actors.yaml"))


@lru_cache(maxsize=1)
def _builtin_actors() -> Actors:
    return _combine([_builtin_file()])


def load_actors(*paths: str | os.PathLike[str], builtins: bool = True) -> Actors:
    """Load and validate actor files.

    Parameters
    ----------
    *paths : str or path-like
        YAML files in the format of the package's ``data/actors.yaml``. Their actors, roles
        and word lists are added to the package's.
    builtins : bool, optional
        Include the package's file (default). The package's data alone is loaded once per
        process and cached.

    Returns
    -------
    Actors
        The combined, indexed data.

    Raises
    ------
    DimensionError
        Naming the file and entry: invalid YAML, unknown keys, bad ids or dates, an unknown
        side or role, duplicate ids, a name claimed by two actors, a specific role phrase
        claimed by two roles.

    Examples
    --------
    >>> actors = load_actors()
    >>> actors["stoltenberg"].side
    'nato'
    """
    if builtins and not paths:
        return _builtin_actors()
    files = [_builtin_file()] if builtins else []
    files += [_parse_file(Path(p)) for p in paths]
    return _combine(files)


# --------------------------------------------------------------------------------------------
# attribution


@dataclass(frozen=True)
class _Quotes:
    masked: str  # the sentence with each quoted stretch replaced by one _QMARK
    has_quote: bool  # any quoted words in the sentence (including a continued quotation)
    starts_quoted: bool  # the sentence opens with a quote mark (or continues a quotation)
    open_at_end: bool  # a quotation is still open after the sentence


def _scan_quotes(sentence: str, in_quote: bool) -> _Quotes:
    """Find the quoted stretches of a sentence, given whether a quotation is already open."""
    starts = in_quote or sentence.lstrip()[:1] in _QUOTE_CHARS
    if not in_quote and _QUOTE_CHAR.search(sentence) is None:
        return _Quotes(sentence, False, False, False)
    out: list[str] = [_QMARK] if in_quote else []
    inside = in_quote
    has_quote = in_quote
    last = 0
    n = len(sentence)
    for m in _QUOTE_CHAR.finditer(sentence):
        i = m.start()
        ch = sentence[i]
        if ch in _OPEN_QUOTES:
            opening = True
        elif ch in _CLOSE_QUOTES:
            opening = False
        else:  # a straight quote: opening after a space or bracket, closing before one
            before = sentence[i - 1] if i else " "
            after = sentence[i + 1] if i + 1 < n else " "
            if before in _OPENING_CONTEXT:
                opening = True
            elif after.isspace() or not after.isalnum():
                opening = False
            else:
                opening = not inside
        if opening and not inside:
            out.append(sentence[last:i])
            out.append(_QMARK)
            inside = has_quote = True
        elif not opening and inside:
            inside = False
            last = i + 1
        elif not opening:
            # a closing mark with no opening one: the quotation began before the sentence
            out = [_QMARK]
            has_quote = starts = True
            last = i + 1
    if not inside:
        out.append(sentence[last:])
    return _Quotes("".join(out), has_quote, starts, inside)


@dataclass(frozen=True)
class _Found:
    np: str
    start: int  # where the speaker's words start in the sentence (approximate for masks)
    cue: str
    how: How
    aside: str | None = None  # an appositive between speaker and verb ("X, head of Y, said")


@dataclass(frozen=True)
class _Who:
    speaker: str
    actor_id: str | None
    side: Side | None
    kind: Kind


@dataclass(frozen=True)
class _Label:
    kind: Literal["question", "answer", "speaker", "unknown"]
    who: _Who | None  # for "speaker"
    cue: str


class _Attributor:
    """Attribution of one document's sentences (keeps the document's mention index)."""

    def __init__(self, actors: Actors, sentences: Sequence[str], date: dt.date) -> None:
        self.a = actors
        self.sentences = sentences
        self.date = date
        self._mentions: list[list[tuple[int, str]]] = []
        self._offsets: list[int] = []  # where each sentence's mentions start in _named
        self._named: list[str] = []  # ids of every mention so far, in document order

    # -- mentions, for generic role phrases and pronouns without a named speaker ----------
    def mentions(self, i: int) -> list[tuple[int, str]]:
        """Actors named in sentence ``i``: (position, id), by names and specific role phrases."""
        while len(self._mentions) <= i:
            k = len(self._mentions)
            found: list[tuple[int, str]] = []
            sentence = self.sentences[k]
            end = 0
            for tok in _TOKEN.finditer(sentence):
                rx = self.a._mention_at.get(tok.group().lower())
                if rx is None or tok.start() < end:
                    continue
                m = rx.match(sentence, tok.start())
                if m is None:
                    continue
                end = m.end()
                if m.group("name"):
                    who = self.a.by_name(m.group("name"))
                else:
                    who = self.a.resolve_role(m.group("role"), date=self.date)
                if who is not None:
                    found.append((m.start(), who.id))
            self._offsets.append(len(self._named))
            self._named.extend(aid for _, aid in found)
            self._mentions.append(found)
        return self._mentions[i]

    def context(self, i: int, pos: int) -> list[str]:
        """Ids of actors named before position ``pos`` of sentence ``i``, oldest first."""
        here = [aid for p, aid in self.mentions(i) if p < pos]
        return self._named[: self._offsets[i]] + here

    # -- finding the attribution words ------------------------------------------------------
    def find(self, sentence: str, q: _Quotes) -> _Found | None:
        """Find the words attributing a sentence, after any paragraph number ("5. ", "IV. ")."""
        num = _NUMBER_RE.match(sentence)
        if num is None or not q.masked.startswith(sentence[: num.end()]):
            return self._find(sentence, q)
        k = num.end()
        found = self._find(sentence[k:], replace(q, masked=q.masked[k:]))
        return None if found is None else replace(found, start=found.start + k)

    def _find(self, sentence: str, q: _Quotes) -> _Found | None:
        a = self.a
        words = _LOWER_WORDS.findall(sentence.lower())
        has_verb = not a._verb_words.isdisjoint(words)
        masked = q.masked
        if has_verb and _QMARK in masked:
            for m in a._close.finditer(masked):
                np = m.group("n1") or m.group("n2")
                if np and self.speaker_words_ok(np, after_quote=True):
                    cue = m.group(0).lstrip(_QMARK + " ,.!?…")
                    return _Found(np, self._pos(sentence, np), cue, "quote")
        if has_verb and (q.open_at_end or not q.has_quote):
            m2 = a._tail.search(sentence)
            if m2:
                np = m2.group("n1") or m2.group("n2")
                known_only = q.open_at_end
                if self.speaker_words_ok(np, after_quote=False, known_only=known_only):
                    cue = m2.group(0).lstrip(" ,").rstrip(" .!?…")
                    how: How = "quote" if q.open_at_end else "reported"
                    return _Found(
                        np, m2.start("n1") if m2.group("n1") else m2.start("n2"), cue, how
                    )
        if has_verb:
            for m3 in a._forward.finditer(masked):
                np = m3.group("n")
                if self.speaker_words_ok(np, after_quote=False):
                    cue = masked[m3.start("n") : m3.end("v")]
                    if _QMARK in cue:
                        continue
                    pos = self._pos(sentence, np)
                    return _Found(np, pos, cue, "reported", m3.group("aside"))
            for m4 in a._source.finditer(masked):
                np = m4.group("n")
                if _NOUN_AFTER.match(masked, m4.end()) and (
                    a._inst.fullmatch(np) or a._collective.fullmatch(np)
                ):
                    continue  # "according to Alliance standards"
                if self.speaker_words_ok(np, after_quote=False):
                    return _Found(np, self._pos(sentence, np), m4.group(0), "reported")
        if not _FINAL_PUNCT.search(sentence):
            m5 = a._dash.search(sentence)
            if m5:
                return _Found(m5.group("n"), m5.start("n"), m5.group(0).strip(), "reported")
        return None

    @staticmethod
    def _pos(sentence: str, np: str) -> int:
        k = sentence.rfind(np)
        return k if k >= 0 else len(sentence)

    def speaker_words_ok(self, np: str, *, after_quote: bool, known_only: bool = False) -> bool:
        """Tell whether the words matched as a speaker name a person or an institution."""
        a = self.a
        if (
            a._known_np.fullmatch(np)
            or a._pron.fullmatch(np)
            or a._ipron.fullmatch(np)
            or a._inst.fullmatch(np)
            or a._collective.fullmatch(np)
        ):
            return True
        if known_only:
            return False
        return self.unknown_person(np, after_quote=after_quote) is not None

    def unknown_person(
        self, np: str, *, after_quote: bool, labelled: bool = False
    ) -> tuple[str, Side | None] | None:
        """Return an unknown person's name in ``np`` and the side its side word or role gives.

        ``labelled`` asks for a title, role or side word before the name (transcript labels).
        """
        a = self.a
        m = a._unknown.fullmatch(np)
        if m is None:
            return None
        person = m.group("person")
        tokens = person.split()
        if any(t.rstrip(".") in a._non_name or t.lower() in a._inst_words for t in tokens):
            return None
        honorific = bool(a._hon_start.match(person + " "))
        titled = bool(m.group("titles")) or bool(m.group("urole")) or honorific
        if labelled and not (titled or m.group("aff")):
            return None
        if len(tokens) < 2 and not titled and not after_quote:
            return None
        if titled and len(tokens) == 1 and honorific:
            return None
        side: Side | None = None
        if m.group("aff"):
            side = a.affiliation(m.group("aff"))
        elif m.group("urole"):
            side = a.role_side(m.group("urole"))
        return person, side

    # -- resolving --------------------------------------------------------------------------
    def identify(self, np: str, i: int, pos: int) -> _Who:
        """Who the words ``np`` (a matched speaker shape, not a pronoun) name."""
        a = self.a
        m = a._known_np.fullmatch(np)
        if m is not None:
            if m.group("name"):
                actor = a.by_name(m.group("name"))
                if actor is not None:
                    return _Who(actor.name, actor.id, a.side_of(actor, date=self.date), "person")
            else:
                phrase = m.group("role2")
                key = _norm_phrase(phrase)
                ctx = self.context(i, pos) if key in a._generic else []
                held = a._role_holder(phrase, date=self.date, context_ids=ctx)
                if held is not None:
                    role, actor = held
                    side = role.side or a.side_of(actor, date=self.date)
                    return _Who(actor.name, actor.id, side, "person")
                return _Who(np, None, a.role_side(phrase), "person")
            return _Who(np, None, None, "person")
        if a._inst.fullmatch(np):
            inst = a.institution(np)
            if inst is not None:
                return _Who(inst.name, inst.id, inst.side, "institution")
        c = a._collective.fullmatch(np)
        if c is not None:
            body = np[c.start("caff") :]
            return _Who(body, None, a.affiliation(c.group("caff")), "institution")
        found = self.unknown_person(np, after_quote=True)
        if found is not None:
            return _Who(found[0], None, found[1], "person")
        return _Who(np, None, None, "person")

    def resolve(
        self,
        found: _Found,
        i: int,
        last_person: Attribution | None,
        last_inst: Attribution | None,
    ) -> tuple[Attribution, Kind | None]:
        a = self.a
        np = found.np
        if a._pron.fullmatch(np):
            if last_person is not None:
                return _carried_as(last_person, found.cue), "person"
            who = self.latest_mentioned(i, found.start)
            if who is None:
                return Attribution(None, None, None, found.cue, "none"), None
            side = a.side_of(who, date=self.date)
            return Attribution(who.name, who.id, side, found.cue, "carry_over"), "person"
        if a._ipron.fullmatch(np):
            if last_inst is not None:
                return _carried_as(last_inst, found.cue), "institution"
            return Attribution(None, None, None, found.cue, "none"), None
        w = self.identify(np, i, found.start)
        if w.side is None and w.actor_id is None and found.aside:
            # "Andriy Yermak, head of the Presidential Office, said"
            w = replace(w, side=self.side_in(found.aside))
        if w.side is None and w.actor_id is None:
            # "…, the spokesman of Ukraine's Navy, Dmytro Pletenchuk, said"
            before = self.sentences[i][: found.start].rstrip()
            if before.endswith(","):
                appositive = before[:-1].rsplit(",", 1)[-1]
                if len(appositive) <= 80:
                    w = replace(w, side=self.side_in(appositive))
        return Attribution(w.speaker, w.actor_id, w.side, found.cue, found.how), w.kind

    def latest_mentioned(self, i: int, pos: int) -> Actor | None:
        here = [aid for p, aid in self.mentions(i) if p < pos]
        if here:
            return self.a[here[0]]
        for k in range(i - 1, -1, -1):
            ms = self.mentions(k)
            if ms:
                return self.a[ms[0][1]]
        return None

    def first_named(self, i: int) -> Attribution | None:
        """Return the first person named in the sentences before ``i``."""
        if i == 0:
            return None
        self.mentions(i - 1)
        if not self._named:
            return None
        actor = self.a[self._named[0]]
        return Attribution(
            actor.name, actor.id, self.a.side_of(actor, date=self.date), None, "carry_over"
        )

    # -- transcripts, headings and declarations -----------------------------------------------
    def side_in(self, text: str) -> Side | None:
        """Return the side a label's parenthesis names (a role, a side word or an institution)."""
        a = self.a
        side = a.role_side(text.strip())
        if side is not None:
            return side
        m = a._aff_in.search(text)
        if m is not None:
            return a.affiliation(m.group("aff"))
        m = a._inst_in.search(text)
        inst = a.institution(m.group(0)) if m is not None else None
        return None if inst is None else inst.side

    def label(self, i: int, sentence: str) -> _Label | None:
        """Return the transcript label opening sentence ``i`` ("Q:", "Name (Role):"), if any."""
        colon = sentence.find(":")
        if colon < 0 or colon > 160:
            return None
        m = _LABEL.match(sentence)
        if m is None:
            return None
        a = self.a
        lab, paren = m.group("lab"), m.group("paren")
        cue = sentence[m.start("lab") : m.end()].strip()
        if a._question.fullmatch(lab):
            return _Label("question", None, cue)
        if a._answer.fullmatch(lab):
            return _Label("answer", None, cue)
        who = self.label_speaker(i, lab, paren)
        if who is None:
            place = _LABEL_PLACE.search(lab)
            if place is not None and place.start() > 0:
                who = self.label_speaker(i, lab[: place.start()], paren)
        if who is None and not any(c.islower() for c in lab):
            who = self.capitals_speaker(i, lab, paren)
        if who is not None:
            return _Label("speaker", who, cue)
        if _NAME_LABEL.fullmatch(lab):
            # an unknown name: a speaker in a transcript when written in capitals
            capitals = not any(c.islower() for c in lab) and not any(
                t.rstrip(".").title() in a._non_name or t.lower() in a._inst_words
                for t in lab.split()
            )
            side = self.side_in(paren) if paren else None
            unknown = _Who(lab, None, side, "person") if capitals else None
            return _Label("unknown", unknown, cue)
        return None

    def capitals_speaker(self, i: int, lab: str, paren: str | None) -> _Who | None:
        """Return the known actor a label in capitals names ("ZELENSKYY", "MR RUTTE")."""
        actor = self.a._by_folded.get(_SPACE.sub(" ", lab.strip()).lower())
        if actor is not None:
            return _Who(actor.name, actor.id, self.a.side_of(actor, date=self.date), actor.kind)
        words = " ".join(w[:1] + w[1:].lower() for w in lab.split())
        who = self.label_speaker(i, words, paren)
        return who if who is not None and who.actor_id is not None else None

    def label_speaker(self, i: int, lab: str, paren: str | None) -> _Who | None:
        """Return the person a label names: a known name or role, or a titled unknown person."""
        a = self.a
        if a._pron.fullmatch(lab) or a._ipron.fullmatch(lab):
            return None
        if a._known_np.fullmatch(lab):
            who = self.identify(lab, i, 0)
        else:
            found = self.unknown_person(lab, after_quote=False, labelled=paren is None)
            if found is None:
                return None
            who = _Who(found[0], None, found[1], "person")
        if who.side is None and paren:
            who = replace(who, side=self.side_in(paren))
        return who

    def heading(self, i: int, sentence: str) -> tuple[_Who, str, bool] | None:
        """Return the speaker a heading names as the document's, its words, and if it names two."""
        a = self.a
        m = a._heading.match(sentence)
        if m is None:
            return None
        rest = m.group("rest")
        who: _Who | None = None
        end = 0
        n = a._np_start.match(rest)
        if n is not None and not (a._pron.fullmatch(n.group()) or a._ipron.fullmatch(n.group())):
            cand = self.identify(n.group(), i, m.start("rest"))
            if cand.actor_id is not None or self.unknown_person(n.group(), after_quote=False):
                who, end = cand, n.end()
        if who is None:
            s = a._inst_in.search(rest)
            inst = a.institution(s.group()) if s is not None else None
            if s is None or inst is None:
                return None
            who, end = _Who(inst.name, inst.id, inst.side, "institution"), s.end()
        cue = sentence[: m.start("rest") + end].strip()
        return who, cue, _JOINT.match(rest, end) is not None

    def declaration(self, sentence: str) -> tuple[_Who, str] | None:
        """Return the institution "We, the <group>, ..." speaks for, and those words."""
        a = self.a
        m = a._declaration.match(sentence)
        if m is None:
            return None
        s = a._inst_in.search(m.group("group"))
        inst = a.institution(s.group()) if s is not None else None
        if inst is None:
            return None
        return _Who(inst.name, inst.id, inst.side, "institution"), m.group("decl").strip()

    def first_person(self, sentence: str, voice: Attribution) -> bool:
        """Whether a sentence opens in the first person or with the voice's own name."""
        a = self.a
        if a._first_person.match(sentence):
            return True
        if voice.actor_id is None:
            return False
        opening = _PARAGRAPH_RE.match(sentence)
        m = a._inst_in.match(sentence, opening.end() if opening is not None else 0)
        inst = a.institution(m.group()) if m is not None else None
        return inst is not None and inst.id == voice.actor_id

    def labelled(self, lab: _Label, i: int, main: Attribution | None) -> Attribution:
        """Return the attribution of a labelled line; answers go to ``main``."""
        if lab.kind == "question":
            return Attribution(_QUESTION, None, None, lab.cue, "quote")
        if lab.kind == "answer":
            who = main or self.first_named(i)
            if who is None:
                return Attribution(_ANSWER, None, None, lab.cue, "quote")
            return Attribution(who.speaker, who.actor_id, who.side, lab.cue, "quote")
        w = lab.who
        if w is None:  # an unknown label that names nobody ("Photo:", "UPDATE:")
            return _NARRATION
        return Attribution(w.speaker, w.actor_id, w.side, lab.cue, "quote")

    # -- the document -----------------------------------------------------------------------
    def run(self) -> list[Attribution]:
        n = len(self.sentences)
        out: list[Attribution | None] = [None] * n
        fallback: list[Attribution | None] = [None] * n  # the turn's or the voice's speaker
        labels = [self.label(i, s) for i, s in enumerate(self.sentences)]
        transcript = (
            sum(x is not None and (x.kind != "unknown" or x.who is not None) for x in labels) >= 2
        )
        # An unknown label ends the turn before it; outside a transcript, or naming nobody
        # ("Photo:"), its line is read like any other.
        boundary = [
            x is not None and x.kind == "unknown" and (x.who is None or not transcript)
            for x in labels
        ]
        in_quote = False
        span_start = 0
        span_carry: Attribution | None = None  # speaker of the quotation just before the span
        pending: Attribution | None = None  # speaker introducing the open quotation
        last_person: Attribution | None = None  # last person named as a speaker
        last_inst: Attribution | None = None  # last institution named as a speaker
        prev_quote: Attribution | None = None  # speaker of the previous sentence's quotation
        turn: Attribution | None = None  # speaker of the current transcript turn
        voice: Attribution | None = None  # whose words the document is
        voice_open = False  # no speaker of another side has spoken since the voice was set
        main: Attribution | None = None  # the main speaker, for answers
        limit = self.a.grammar.max_quote_sentences
        for i, sentence in enumerate(self.sentences):
            if boundary[i]:
                turn = None
            if _LETTER.search(sentence):
                if turn is not None:
                    fallback[i] = turn
                elif voice is not None and (voice_open or self.first_person(sentence, voice)):
                    fallback[i] = voice
            lab = None if boundary[i] else labels[i]
            if lab is not None:
                said = self.labelled(lab, i, main or last_person)
                if lab.kind == "answer" and main is None and said.actor_id is not None:
                    main = said
                elif lab.kind != "answer" and lab.who is not None and lab.who.kind == "person":
                    last_person = said
                out[i] = said
                in_quote, pending, prev_quote = False, None, None
                if transcript:
                    turn = _carried(said)
                continue
            head = self.heading(i, sentence)
            if head is not None:
                h, cue, joint = head
                main = Attribution(h.speaker, h.actor_id, h.side, cue, "carry_over")
                voice, voice_open, turn = (None if joint else main), not joint, None
            decl = None if in_quote else self.declaration(sentence)
            q = _scan_quotes(sentence, in_quote)
            found = self.find(sentence, q)
            resolved = None if found is None else self.resolve(found, i, last_person, last_inst)
            att, kind = (None, None) if resolved is None else resolved
            if att is not None and att.how in ("quote", "reported") and att.speaker:
                if kind == "person":
                    last_person = att
                elif kind == "institution":
                    last_inst = att
                if voice is not None and _other_side(att, voice):
                    voice_open = False
            before = prev_quote
            if found is not None and found.how == "quote" and att is not None:
                lo = span_start if in_quote else i
                for k in range(lo, i + 1):
                    out[k] = att
                in_quote, pending = False, None
            elif in_quote:
                out[i] = att or pending
                if not q.open_at_end:
                    if pending is None:
                        carry = _carried(span_carry)
                        for k in range(span_start, i + 1):
                            out[k] = out[k] or carry
                    in_quote, pending = False, None
                elif i - span_start + 1 >= limit:
                    in_quote, pending = False, None
            else:
                out[i] = att
                if q.open_at_end:
                    in_quote, span_start, pending = True, i, att
                    span_carry = before if q.starts_quoted else None
                elif q.has_quote and att is None and q.starts_quoted:
                    out[i] = _carried(before)
            if decl is not None:
                d, cue = decl
                voice = Attribution(d.speaker, d.actor_id, d.side, cue, "carry_over")
                voice_open, main = True, main or voice
                if out[i] is None:
                    out[i] = replace(voice, how="quote")
            current = out[i]
            if q.has_quote and current is not None and current.speaker is not None:
                prev_quote = current
            elif not q.has_quote:
                prev_quote = None
        return [x or f or _NARRATION for x, f in zip(out, fallback, strict=True)]


_QUESTION = "Question"  # the speaker of a question in a transcript
_ANSWER = "Answer"  # the speaker of an answer when the document names no main speaker


def _carried(att: Attribution | None) -> Attribution | None:
    if att is None or att.speaker is None:
        return None
    return Attribution(att.speaker, att.actor_id, att.side, att.cue, "carry_over")


def _carried_as(att: Attribution, cue: str) -> Attribution:
    return Attribution(att.speaker, att.actor_id, att.side, cue, "carry_over")


def _other_side(att: Attribution, voice: Attribution) -> bool:
    """Whether ``att`` is a speaker other than ``voice``, on another side (or none)."""
    return att.speaker != voice.speaker and (att.side is None or att.side != voice.side)


def attribute(
    sentences: Sequence[str], *, date: dt.date, actors: Actors | None = None
) -> list[Attribution]:
    """Attribute each sentence of one document to its speaker.

    Parameters
    ----------
    sentences : sequence of str
        The document's sentences in order (quoted sentences separate; an attribution after a
        quotation kept with its last sentence, as :func:`nato_diff.sentences.split_sentences`
        does).
    date : datetime.date
        The document's date: role phrases resolve to who held the role that day.
    actors : Actors, optional
        The actors and attribution grammar; the package's by default.

    Returns
    -------
    list of Attribution
        One per sentence, in order. See the module's docstring for the rules.

    Examples
    --------
    >>> import datetime as dt
    >>> sents = ["Mark Rutte met the minister.", "“We stand firm,” said the Secretary General."]
    >>> [a.speaker for a in attribute(sents, date=dt.date(2025, 3, 1))]
    [None, 'Mark Rutte']
    """
    actors = actors if actors is not None else load_actors()
    return _Attributor(actors, sentences, date).run()
