""":class:`Actors`: the indexed actors and roles, looked up by name, role phrase and date.

It also holds the speech patterns compiled from them (:mod:`.grammar`). Its attributes and
methods with a leading underscore serve the attribution modules of this package.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

from ...errors import UnknownIdError
from .grammar import SPACE, compile_patterns
from .model import Actor, Role, RoleTerm, Side, SpeechGrammar


def norm_phrase(phrase: str) -> str:
    """Key for a role phrase: lower case, one apostrophe, hyphens as spaces, no leading 'the'."""
    text = phrase.lower().replace("’", "'")
    text = SPACE.sub(" ", re.sub(r"[-\u2010\u2011]", " ", text)).strip()
    return text[4:] if text.startswith("the ") else text


def inst_key(name: str) -> str:
    """Key for an institution name: one space, one apostrophe, hyphens as spaces, no 'the'."""
    text = SPACE.sub(" ", re.sub(r"[-\u2010\u2011]", " ", name.replace("’", "'"))).strip()
    return text[4:] if text[:4].lower() == "the " else text


# Phrases whose parse is kept (then the memo starts afresh): bounded memory on long runs;
# 0 keeps none.
_PARSED_MAX = 50_000
_UNPARSED: tuple[str, str] = ("", "")


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
    >>> import datetime as dt
    >>> from nato_diff.extract import load_actors
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
        self._affiliation: dict[str, Side] = dict(grammar.affiliations)
        self._index_names()
        self._index_roles()
        self._patterns = compile_patterns(
            grammar,
            names=self._by_alias,
            roles=self._roles.values(),
            inst_names=[
                n for a in self._actors.values() if a.kind == "institution" for n in a.aliases
            ],
            affiliations=self._affiliation,
        )
        # what each phrase's words are (a name, a role phrase, an institution, or nothing),
        # which does not depend on the date: noun phrases recur from sentence to sentence
        self._parsed: dict[str, tuple[str, str] | None] = {}

    def _index_names(self) -> None:
        """Index people by alias and institutions by name."""
        self._by_alias: dict[str, Actor] = {}
        self._inst_exact: dict[str, Actor] = {}  # names in capitals only (NATO, EU)
        self._inst_folded: dict[str, Actor] = {}  # other names, lower-cased
        for actor in self._actors.values():
            if actor.kind == "institution":
                for alias in actor.aliases:
                    key = inst_key(alias)
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

    def _index_roles(self) -> None:
        """Index roles by phrase, and their holders by role."""
        self._specific: dict[str, str] = {}
        self._generic: dict[str, list[str]] = {}
        self._default: dict[str, str] = {}
        for role in self._roles.values():
            for p in role.phrases:
                self._specific[norm_phrase(p)] = role.id
            for p in role.generic:
                key = norm_phrase(p)
                self._generic.setdefault(key, []).append(role.id)
                if role.default:
                    self._default[key] = role.id
        self._holders: dict[str, list[tuple[RoleTerm, Actor]]] = {}
        for actor in self._actors.values():
            for t in actor.roles:
                self._holders.setdefault(t.role, []).append((t, actor))

    # -- container protocol -------------------------------------------------------------------
    def __iter__(self) -> Iterator[Actor]:
        return iter(self._actors.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self._actors

    def __getitem__(self, actor_id: str) -> Actor:
        try:
            return self._actors[actor_id]
        except KeyError:
            raise UnknownIdError(
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
        found = self._by_alias.get(SPACE.sub(" ", name.strip()).replace("’", "'"))
        return found if found is not None else self.institution(name)

    def _by_name_in_capitals(self, name: str) -> Actor | None:
        """Return the person a name written in any case belongs to ("ZELENSKYY").

        Parameters
        ----------
        name : str
            A name as one of a person's aliases, in any case.

        Returns
        -------
        Actor or None
            ``None`` when no person, or two people, have that alias once case is ignored.
        """
        return self._by_folded.get(SPACE.sub(" ", name.strip()).lower())

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
        >>> from nato_diff.extract import load_actors
        >>> load_actors().institution("the Kremlin").side
        'russia'
        """
        key = inst_key(name)
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
        >>> from nato_diff.extract import load_actors
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

    def _is_generic(self, phrase: str) -> bool:
        """Tell whether a role phrase is shared between roles ("the President")."""
        return norm_phrase(phrase) in self._generic

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
        key = norm_phrase(phrase)
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
        role = self._specific.get(norm_phrase(phrase))
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
        >>> from nato_diff.extract import load_actors
        >>> actors = load_actors()
        >>> actors.resolve("the Secretary General", date=dt.date(2025, 1, 15)).name
        'Mark Rutte'
        >>> actors.resolve("the President", date=dt.date(2023, 1, 1), context_ids=["biden"]).name
        'Joe Biden'
        """
        parsed = self._parsed.get(name_or_role, _UNPARSED) if _PARSED_MAX else _UNPARSED
        if parsed is _UNPARSED:
            parsed = self._parse(name_or_role)
        if parsed is None:
            return None
        kind, words = parsed
        if kind == "institution":
            return self.institution(words)
        if kind == "name":
            return self.by_name(words)
        return self.resolve_role(words, date=date, context_ids=context_ids)

    def _parse(self, name_or_role: str) -> tuple[str, str] | None:
        """Say what a phrase is: ``("name" | "role" | "institution", words)`` or None."""
        text = SPACE.sub(" ", name_or_role.strip())
        speakers = self._patterns.speakers
        m = speakers.known_np.fullmatch(text)
        parsed: tuple[str, str] | None
        if m is None:
            parsed = ("institution", text) if speakers.inst.fullmatch(text) else None
        elif m.group("name"):
            parsed = ("name", m.group("name"))
        else:
            parsed = ("role", m.group("role2"))
        if len(self._parsed) >= _PARSED_MAX:
            self._parsed.clear()
        if _PARSED_MAX:
            self._parsed[name_or_role] = parsed
        return parsed
