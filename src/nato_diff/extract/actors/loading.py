"""Loading actor files: :func:`load_actors` merges validated files into one :class:`Actors`.

Each file is read and validated by :mod:`.schema`; here files are combined in order and the
checks across entries and files are made (duplicate ids, a name or phrase claimed twice).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..._data import builtin_path
from .index import Actors, inst_key, norm_phrase
from .model import Actor, Role, Side, SpeechGrammar
from .schema import WORD_LISTS, RawFile, fail, parse_file

# Each entry is kept with the file and the entry label it came from, for messages.
_RoleEntry = tuple[str, str, Role]
_ActorEntry = tuple[str, str, Actor]


class _Merge:
    """Files merged in order: word lists, sections, and the checks across entries."""

    def __init__(self) -> None:
        self.words: dict[str, list[str]] = {k: [] for k in WORD_LISTS}
        self.max_quote: int | None = None
        self.roles: dict[str, _RoleEntry] = {}
        self.actors: dict[str, _ActorEntry] = {}
        self.affiliations: dict[str, tuple[str, str, Side]] = {}  # word -> (path, entry, side)
        self.inst_names: dict[str, str] = {}  # name key -> institution id

    def add(self, f: RawFile) -> None:
        """Add one file's word lists and entries."""
        for key, values in f.words.items():
            self.words[key].extend(v for v in values if v not in self.words[key])
        if f.max_quote_sentences is not None:
            self.max_quote = f.max_quote_sentences
        for entry, word, side in f.affiliations:
            self._add_affiliation(f.path, entry, word, side)
        for entry, inst in f.institutions:
            self._add_institution(f.path, entry, inst)
        for entry, role in f.roles:
            if role.id in self.roles:
                other = self.roles[role.id]
                fail(
                    f"duplicate role id {role.id!r} (also {other[0]}: {other[1]})",
                    f.path,
                    entry,
                    "Give each role one id.",
                )
            self.roles[role.id] = (f.path, entry, role)
        for entry, actor in f.actors:
            if actor.id in self.actors:
                other_a = self.actors[actor.id]
                fail(
                    f"duplicate actor id {actor.id!r} (also {other_a[0]}: {other_a[1]})",
                    f.path,
                    entry,
                    "Give each actor one id; to change a built-in actor, load with "
                    "builtins=False and a full copy of the file.",
                )
            self.actors[actor.id] = (f.path, entry, actor)

    def _add_affiliation(self, path: str, entry: str, word: str, side: Side) -> None:
        known = self.affiliations.get(word)
        if known is not None and known[2] != side:
            fail(
                f"{word!r} is already a word of side {known[2]!r} ({known[0]}: {known[1]})",
                path,
                entry,
                "Give each side word one side.",
            )
        self.affiliations[word] = (path, entry, side)

    def _add_institution(self, path: str, entry: str, inst: Actor) -> None:
        if inst.id in self.actors:
            other = self.actors[inst.id]
            fail(
                f"duplicate actor id {inst.id!r} (also {other[0]}: {other[1]})",
                path,
                entry,
                "Give each person and institution one id.",
            )
        for alias in inst.aliases:
            key = inst_key(alias)
            key = key.lower() if any(c.islower() for c in alias) else key
            if self.inst_names.get(key, inst.id) != inst.id:
                fail(
                    f"name {alias!r} also belongs to institution {self.inst_names[key]!r}",
                    path,
                    entry,
                    "Give each name to one institution.",
                )
            self.inst_names[key] = inst.id
        self.actors[inst.id] = (path, entry, inst)

    def check_role_phrases(self) -> None:
        """Check role phrases: one default per generic phrase, one role per specific phrase."""
        generic_defaults: dict[str, str] = {}
        generic_keys: set[str] = set()
        for path, entry, role in self.roles.values():
            for p in role.generic:
                key = norm_phrase(p)
                generic_keys.add(key)
                if not role.default:
                    continue
                if key in generic_defaults and generic_defaults[key] != role.id:
                    fail(
                        f"roles {generic_defaults[key]!r} and {role.id!r} are both the default "
                        f"for {p!r}",
                        path,
                        entry,
                        "Mark at most one role sharing a generic phrase as default.",
                    )
                generic_defaults[key] = role.id
        specific: dict[str, str] = {}
        for path, entry, role in self.roles.values():
            for p in role.phrases:
                key = norm_phrase(p)
                if specific.get(key, role.id) != role.id:
                    fail(
                        f"phrase {p!r} also names role {specific[key]!r}",
                        path,
                        entry,
                        "A phrase shared by several roles belongs under 'generic'.",
                    )
                if key in generic_keys:
                    fail(
                        f"phrase {p!r} is also a generic phrase",
                        path,
                        entry,
                        "List it under 'generic' only.",
                    )
                specific[key] = role.id

    def check_people(self) -> None:
        """Check that every term is of a known role, and that no name names two actors."""
        owners: dict[str, str] = {}
        for path, entry, actor in self.actors.values():
            for t in actor.roles:
                if t.role not in self.roles:
                    fail(
                        f"unknown role {t.role!r}",
                        path,
                        entry,
                        f"Define it under 'roles'; known roles: {', '.join(sorted(self.roles))}.",
                    )
            for alias in actor.aliases:
                key = alias.replace("’", "'")
                if owners.get(key, actor.id) != actor.id:
                    fail(
                        f"name {alias!r} also belongs to actor {owners[key]!r}",
                        path,
                        entry,
                        "Use a fuller name, or set surname_alone: false.",
                    )
                owners[key] = actor.id

    def grammar(self) -> SpeechGrammar:
        """Return the merged word lists."""
        return SpeechGrammar(
            **{k: tuple(v) for k, v in self.words.items()},
            max_quote_sentences=self.max_quote or 12,
            affiliations=tuple((w, s) for w, (_, _, s) in self.affiliations.items()),
        )


def _combine(files: Sequence[RawFile]) -> Actors:
    merge = _Merge()
    for f in files:
        merge.add(f)
    merge.check_role_phrases()
    merge.check_people()
    grammar = merge.grammar()
    if not grammar.reporting_verbs:
        fail("no reporting verbs", files[-1].path if files else "<none>", "reporting_verbs")
    return Actors(
        (a for _, _, a in merge.actors.values()),
        (r for _, _, r in merge.roles.values()),
        grammar,
        [f.path for f in files],
    )


@lru_cache(maxsize=1)
def _builtin_file() -> RawFile:
    return parse_file(builtin_path("actors.yaml"))


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
    files += [parse_file(Path(p)) for p in paths]
    return _combine(files)
