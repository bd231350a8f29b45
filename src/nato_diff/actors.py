"""Who says what: actors, the roles they held, and speaker attribution of sentences.

Actors, roles and the words that attribute speech are data (``data/actors.yaml``; pass your
own files to :func:`load_actors`). :func:`attribute` gives every sentence of a document an
:class:`Attribution`, using only the document's own sentences and date.

Attribution rules
-----------------
A speaker is a known actor's name (with or without a role or courtesy title before it:
"President Volodymyr Zelenskyy", "Mr Stoltenberg"), a role phrase ("the Secretary General of
the Alliance"), "he"/"she", or an unknown person's capitalised name ("Olha Ivanenko").
In each sentence the first of these that applies is used:

1. *Quotation* (``how="quote"``): a speaker and a reporting verb right after a closing quote
   mark, in either order (``“…,” said X.``, ``“…,” X said.``, ``“…,” he added, noting …``). A
   quotation opened in an earlier sentence gives every sentence from its opening to here the
   same speaker. A missing closing quote (``…decisions,said X.``) is tolerated when the words
   after the comma are a reporting verb and a known speaker.
2. *Reported speech* (``how="reported"``): a speaker right before a reporting verb, at the
   start of the sentence or of a clause (``X noted that …``, ``In particular, X emphasized …``,
   ``X, in his turn, noted …``, ``X stressed: “…”``); ``…, says X`` at the end of a sentence;
   ``according to X``; and a headline ending ``– X`` (a known name).
   A quotation opened after such a verb and left open carries the speaker to the sentences it
   spans.
3. *Carry-over* (``how="carry_over"``): "he"/"she" as the speaker take the last speaker named in
   the document (failing that, the first actor named in the latest sentence naming one); a
   quotation that stands alone right after another attributed quotation takes its speaker.

Everything else is narration: speaker, actor and side ``None``, ``how="none"``. An actor only
mentioned ("met with Jens Stoltenberg") is not the speaker.

Role phrases resolve to whoever held the role on the document's date. Generic phrases shared
between institutions ("the President", "the head of state") resolve to the holder of one of
those roles who was named (or referred to by a specific role phrase) most recently before the
phrase in the same document; when none was, to the role marked ``default`` for the phrase; and
otherwise they stay unresolved: the speaker is then the phrase as written, with no side.
Single quotation marks are not treated as quotations (they double as apostrophes).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NoReturn, get_args

from ._data import builtin_path, read_yaml
from .errors import DimensionError, located

__all__ = [
    "SIDES",
    "Actor",
    "Actors",
    "Attribution",
    "How",
    "Role",
    "RoleTerm",
    "Side",
    "SpeechGrammar",
    "attribute",
    "load_actors",
]

Side = Literal["ukraine", "nato", "russia", "ally", "eu", "other"]
How = Literal["quote", "reported", "carry_over", "none"]
#: The sides an actor can be on.
SIDES: tuple[str, ...] = get_args(Side)

_TOP_KEYS = {
    "version",
    "reporting_verbs",
    "adverbs",
    "source_phrases",
    "conjunctions",
    "pronouns",
    "honorifics",
    "title_words",
    "non_name_words",
    "max_quote_sentences",
    "roles",
    "actors",
}
_WORD_LISTS = (
    "reporting_verbs",
    "adverbs",
    "source_phrases",
    "conjunctions",
    "pronouns",
    "honorifics",
    "title_words",
    "non_name_words",
)
_ROLE_KEYS = {"id", "name", "phrases", "title_prefixes", "generic", "default"}
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
    """

    id: str
    name: str
    phrases: tuple[str, ...]
    generic: tuple[str, ...] = ()
    default: bool = False


@dataclass(frozen=True)
class Actor:
    """A person who may speak in a document.

    Attributes
    ----------
    id : str
        Stable id ("zelenskyy").
    name : str
        Canonical name ("Volodymyr Zelenskyy").
    side : {"ukraine", "nato", "russia", "ally", "eu", "other"}
        Whose position the actor speaks for.
    aliases : tuple of str
        Every written form of the name that identifies the actor, the canonical one first.
    roles : tuple of RoleTerm
        Terms of office.
    """

    id: str
    name: str
    side: Side
    aliases: tuple[str, ...]
    roles: tuple[RoleTerm, ...] = ()

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
        The actor's side; ``None`` when unattributed or the person is unknown.
    cue : str or None
        The words that attribute the sentence, as written ("said Volodymyr Zelensky",
        "emphasized the President", "he said"). Also set when ``how`` is ``"none"`` because a
        pronoun had nobody to refer to.
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


@dataclass
class _RawFile:
    """One file's validated content, before files are combined."""

    path: str
    words: dict[str, list[str]] = field(default_factory=dict)
    max_quote_sentences: int | None = None
    roles: list[tuple[str, Role]] = field(default_factory=list)  # (entry, role)
    actors: list[tuple[str, Actor]] = field(default_factory=list)


def _norm_phrase(phrase: str) -> str:
    """Key for a role phrase: lower case, one apostrophe, hyphens as spaces, no leading 'the'."""
    text = phrase.lower().replace("’", "'")
    text = _SPACE.sub(" ", re.sub(r"[-\u2010\u2011]", " ", text)).strip()
    return text[4:] if text.startswith("the ") else text


def _phrase_regex(phrase: str, *, loose: bool) -> str:
    """Regex for a phrase; ``loose`` lets hyphens and spaces stand for each other."""
    parts = re.split(r"[\s\-\u2010\u2011]+" if loose else r"\s+", phrase.strip())
    sep = r"[\s\-\u2010\u2011]+" if loose else r"\s+"
    return sep.join(re.sub("['’]", "['’]", re.escape(p)) for p in parts)


def _alternation(phrases: Iterable[str], *, loose: bool) -> str:
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    if not unique:
        return r"(?!x)x"
    return "(?:" + "|".join(_phrase_regex(p, loose=loose) for p in unique) + ")"


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
        for actor in self._actors.values():
            for alias in actor.aliases:
                self._by_alias[alias] = actor
                self._by_alias[alias.replace("’", "'")] = actor
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
        return f"Actors({len(self._actors)} actors, {len(self._roles)} roles)"

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
            A name exactly as one of the actor's aliases ("Zelenskiy", "Jens Stoltenberg").

        Returns
        -------
        Actor or None
            ``None`` when no actor has that alias.
        """
        return self._by_alias.get(_SPACE.sub(" ", name.strip()).replace("’", "'"))

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
        key = _norm_phrase(phrase)
        role = self._specific.get(key)
        if role is not None:
            return self.holder(role, date=date)
        roles = self._generic.get(key)
        if not roles:
            return None
        candidates: dict[str, Actor] = {}
        for r in roles:
            who = self.holder(r, date=date)
            if who is not None:
                candidates[who.id] = who
        for actor_id in reversed(context_ids):
            if actor_id in candidates:
                return candidates[actor_id]
        default = self._default.get(key)
        return None if default is None else self.holder(default, date=date)

    def resolve(
        self, name_or_role: str, *, date: dt.date, context_ids: Sequence[str] = ()
    ) -> Actor | None:
        """Return the actor a name or role phrase refers to on ``date``.

        Parameters
        ----------
        name_or_role : str
            A name ("Zelensky", "Mr Stoltenberg"), a role phrase ("the Secretary General")
            or both ("NATO Secretary General Jens Stoltenberg"; the name wins).
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
            return None
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
        titles = _alternation(g.title_words, loose=False)
        verbs = _bounded("(?i:" + _alternation(g.reporting_verbs, loose=False) + ")")
        adverbs = "(?:(?i:" + _alternation(g.adverbs, loose=False) + r")\s+)*"
        conjunctions = "(?i:" + _alternation(g.conjunctions, loose=False) + ")"
        self._known_np = re.compile(
            rf"(?:(?P<role>{roles})\s+)?(?:{hon}\s+)?(?P<name>{names})|(?P<role2>{roles})"
        )
        # Named groups cannot repeat within one pattern, so speakers are matched by their
        # shape here and classified afterwards (_Attributor.resolve).
        np_shape = (
            rf"(?:{roles}(?:\s+(?:{hon}\s+)?{names})?(?![\w-])"
            rf"|(?:{hon}\s+)?{names}(?![\w-])"
            rf"|{pron}(?![\w-])"
            rf"|(?:{titles}\s+)*(?:{hon}\s+)?{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}(?![\w-]))"
        )
        trail_after_np = r"(?=\s*(?:[.!?…;:,)\]]|$)|\s+[a-z(\x1f])"
        trail_after_verb = r"(?=\s*(?:[.!?…;:,)\]]|$)|\s+(?!that\b)[a-z(\x1f])"
        q = _QMARK
        self._close = re.compile(
            rf"{q}\s*[,.!?…]?\s*(?:(?P<v1>{verbs})\s+(?P<n1>{np_shape}){trail_after_np}"
            rf"|(?P<n2>{np_shape})\s+{adverbs}(?P<v2>{verbs}){trail_after_verb})"
        )
        self._tail = re.compile(
            rf",\s*(?:(?P<v1>{verbs})\s+(?P<n1>{np_shape})|(?P<n2>{np_shape})\s+{adverbs}"
            rf"(?P<v2>{verbs}))\s*[.!?…]?\s*$"
        )
        self._forward = re.compile(
            rf"(?:^|[,;:({q}—–]\s*|\s[-–—]\s+)(?:{conjunctions}\s+)?"
            rf"(?P<n>{np_shape})(?:\s*,[^,{q}]{{1,60}}?,)?\s+{adverbs}(?P<v>{verbs})"
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
        self._unknown = re.compile(
            rf"(?P<titles>(?:{titles}\s+)*)(?P<person>(?:{hon}\s+)?(?P<first>{_NAME_WORD})"
            rf"(?:\s+{_NAME_WORD}){{0,2}})"
        )
        self._hon_start = re.compile(rf"{hon}\s")
        self._verb_words = frozenset(
            w
            for v in (*g.reporting_verbs, *g.source_phrases)
            for w in _LOWER_WORDS.findall(v.lower())[:1]
        )
        self._non_name = frozenset(g.non_name_words)


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


def _parse_role(raw: Any, path: str, where: str) -> Role:
    raw = _check_keys(raw, _ROLE_KEYS, path, where)
    role_id = raw.get("id")
    if not isinstance(role_id, str) or not _ID.fullmatch(role_id):
        _fail("'id' must be lower-case letters, digits and '_'", path, where)
    entry = f"{where} ({role_id})"
    name = raw.get("name", role_id)
    if not isinstance(name, str) or not name.strip():
        _fail("'name' must be a non-empty string", path, entry)
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
    return Role(role_id, name.strip(), tuple(phrases), tuple(generic), default)


def _parse_actor(raw: Any, path: str, where: str) -> Actor:
    raw = _check_keys(raw, _ACTOR_KEYS, path, where)
    actor_id = raw.get("id")
    if not isinstance(actor_id, str) or not _ID.fullmatch(actor_id):
        _fail("'id' must be lower-case letters, digits and '_'", path, where)
    entry = f"{where} ({actor_id})"
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        _fail("'name' must be a non-empty string", path, entry)
    side = raw.get("side")
    if side not in SIDES:
        _fail(f"unknown side {side!r}", path, entry, f"Use one of: {', '.join(SIDES)}.")
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
    for section, parse in (("roles", _parse_role), ("actors", _parse_actor)):
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
    for f in files:
        for key, values in f.words.items():
            words[key].extend(v for v in values if v not in words[key])
        if f.max_quote_sentences is not None:
            max_quote = f.max_quote_sentences
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
                    return _Found(np, self._pos(sentence, np), cue, "reported")
            for m4 in a._source.finditer(masked):
                np = m4.group("n")
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
        """Tell whether the words matched as a speaker name a person."""
        a = self.a
        if a._known_np.fullmatch(np) or a._pron.fullmatch(np):
            return True
        if known_only:
            return False
        return self.unknown_person(np, after_quote=after_quote) is not None

    def unknown_person(self, np: str, *, after_quote: bool) -> str | None:
        m = self.a._unknown.fullmatch(np)
        if m is None:
            return None
        person = m.group("person")
        tokens = person.split()
        if any(t.rstrip(".") in self.a._non_name for t in tokens):
            return None
        titled = bool(m.group("titles")) or bool(self.a._hon_start.match(person + " "))
        if len(tokens) < 2 and not titled and not after_quote:
            return None
        if titled and len(tokens) == 1 and self.a._hon_start.match(person + " "):
            return None
        return person

    # -- resolving --------------------------------------------------------------------------
    def resolve(self, found: _Found, i: int, last: Attribution | None) -> Attribution:
        a = self.a
        np = found.np
        if a._pron.fullmatch(np):
            if last is not None:
                return Attribution(last.speaker, last.actor_id, last.side, found.cue, "carry_over")
            who = self.latest_mentioned(i, found.start)
            if who is None:
                return Attribution(None, None, None, found.cue, "none")
            return Attribution(who.name, who.id, who.side, found.cue, "carry_over")
        m = a._known_np.fullmatch(np)
        if m is not None:
            if m.group("name"):
                actor = a.by_name(m.group("name"))
            else:
                phrase = m.group("role2")
                key = _norm_phrase(phrase)
                ctx = self.context(i, found.start) if key in a._generic else []
                actor = a.resolve_role(phrase, date=self.date, context_ids=ctx)
            if actor is not None:
                return Attribution(actor.name, actor.id, actor.side, found.cue, found.how)
            return Attribution(np, None, None, found.cue, found.how)
        person = self.unknown_person(np, after_quote=True) or np
        return Attribution(person, None, None, found.cue, found.how)

    def latest_mentioned(self, i: int, pos: int) -> Actor | None:
        here = [aid for p, aid in self.mentions(i) if p < pos]
        if here:
            return self.a[here[0]]
        for k in range(i - 1, -1, -1):
            ms = self.mentions(k)
            if ms:
                return self.a[ms[0][1]]
        return None

    # -- the document -----------------------------------------------------------------------
    def run(self) -> list[Attribution]:
        n = len(self.sentences)
        out: list[Attribution | None] = [None] * n
        in_quote = False
        span_start = 0
        span_carry: Attribution | None = None  # speaker of the quotation just before the span
        pending: Attribution | None = None  # speaker introducing the open quotation
        last: Attribution | None = None  # last named speaker
        prev_quote: Attribution | None = None  # speaker of the previous sentence's quotation
        limit = self.a.grammar.max_quote_sentences
        for i, sentence in enumerate(self.sentences):
            q = _scan_quotes(sentence, in_quote)
            found = self.find(sentence, q)
            att = self.resolve(found, i, last) if found is not None else None
            if att is not None and att.how in ("quote", "reported") and att.speaker:
                last = att
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
            current = out[i]
            if q.has_quote and current is not None and current.speaker is not None:
                prev_quote = current
            elif not q.has_quote:
                prev_quote = None
        return [x or _NARRATION for x in out]


def _carried(att: Attribution | None) -> Attribution | None:
    if att is None or att.speaker is None:
        return None
    return Attribution(att.speaker, att.actor_id, att.side, att.cue, "carry_over")


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
