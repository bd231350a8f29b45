"""Modality of a sentence: commitment or hedge, conditional, negated.

The cues are data (``data/modality.yaml``; pass your own file to :func:`load_modality_rules`).
Words match case-insensitively on word boundaries, so "not" never matches "notion" nor "if"
"gift". A cue that overlaps one of its category's ``exceptions`` does not count ("political
will", "not only", "as if"). Each sentence is read once, word by word: only the cues starting
with a word of the sentence are tried there.

Decisions
---------
* ``modality`` is ``"commitment"`` (will, shall, must, agreed, committed, pledged, "we
  guarantee" …; verbs only: "commitments", "a pledge", "security guarantees" are nouns and
  commit nobody) or ``"hedge"`` (could, may, might, should, would, hope, consider,
  possibility, perhaps, likely, least likely …; "the strongest possible terms" and "as soon as
  possible" hedge nothing). When both occur, the file's ``precedence`` decides; the package's puts
  hedge first, since a hedge qualifies a commitment made in the same sentence. Neither gives
  ``None``.
* ``conditional`` and ``negated`` are independent of the modality: "When the time is right,
  Ukraine will …" is a conditional commitment; "… do not replace …, and … will continue" is a
  negated commitment. Negation is not scoped: any negation cue in the sentence sets it.
* Reported speech keeps the reporter's grammar: "said he would …" counts as a hedge.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NoReturn

from .._data import builtin_path, read_yaml
from .._regexcache import compile_cached, pattern_store
from ..errors import DimensionError, located

__all__ = [
    "CATEGORIES",
    "Modality",
    "ModalityKind",
    "ModalityRules",
    "load_modality_rules",
    "modality",
]

ModalityKind = Literal["commitment", "hedge"]
#: The cue categories a modality file defines.
CATEGORIES: tuple[str, ...] = ("commitment", "hedge", "negation", "conditional")
_KINDS: tuple[ModalityKind, ...] = ("commitment", "hedge")
_TOP_KEYS = {"version", "precedence", "case_sensitive", *CATEGORIES}
_CATEGORY_KEYS = {"words", "patterns", "exceptions", "exception_patterns"}
_TOKEN = re.compile(r"[^\W\d_]+")
_BEFORE = r"(?<![\w'’-])"
_AFTER = r"(?![\w'’-])"


@dataclass(frozen=True)
class Modality:
    """The modality of one sentence.

    Attributes
    ----------
    modality : {"commitment", "hedge"} or None
        The kind of statement; ``None`` when no cue of either kind occurs.
    conditional : bool
        Whether a condition is attached ("if", "when the time is right", "once … conditions
        are met").
    negated : bool
        Whether a negation occurs ("not", "n't", "never", "no longer", "neither … nor").
    cues : tuple of str
        Every cue found (all categories), as written, in sentence order.
    """

    modality: ModalityKind | None
    conditional: bool
    negated: bool
    cues: tuple[str, ...]


@dataclass(frozen=True)
class ModalityRules:
    """Compiled modality cues.

    Attributes
    ----------
    index : mapping of str to tuple
        For each lower-case first word of a cue or exception phrase, the entries
        ``(category, is_exception, pattern)`` to try where that word starts.
    patterns : mapping of str to re.Pattern or None
        Each category's regular-expression cues.
    exception_patterns : mapping of str to re.Pattern or None
        Each category's regular-expression exceptions.
    precedence : tuple of str
        The order in which "commitment" and "hedge" win when both occur.
    source : str
        The file the rules came from.
    """

    index: Mapping[str, tuple[tuple[str, bool, re.Pattern[str]], ...]]
    patterns: Mapping[str, re.Pattern[str] | None]
    exception_patterns: Mapping[str, re.Pattern[str] | None]
    precedence: tuple[ModalityKind, ...]
    source: str


def _fail(message: str, path: Path, entry: str | None = None, hint: str | None = None) -> NoReturn:
    raise DimensionError(located(message, path=path, entry=entry, hint=hint))


def _strings(raw: Any, path: Path, entry: str) -> list[str]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        _fail("must be a list of strings", path, entry)
    for k, item in enumerate(raw):
        if not isinstance(item, str) or not item.strip():
            _fail(
                f"must be a non-empty string, got {item!r}",
                path,
                f"{entry}[{k}]",
                "Quote words YAML reads as booleans or numbers ('no', 'on', 'yes').",
            )
    return [str(x).strip() for x in raw]


def _word_regex(word: str, case_sensitive: frozenset[str]) -> str:
    body = r"\s+".join(re.sub("['’]", "['’]", re.escape(w)) for w in word.split())
    return f"(?-i:{body})" if word in case_sensitive else body


def _checked_regex(pattern: str, path: Path, entry: str) -> str:
    try:
        compile_cached(pattern)
    except re.error as exc:
        _fail(f"bad regular expression {pattern!r}: {exc}", path, entry)
    return f"(?:{pattern})"


def _union(parts: list[str]) -> re.Pattern[str] | None:
    if not parts:
        return None
    return compile_cached(_BEFORE + "(?:" + "|".join(parts) + ")" + _AFTER, re.IGNORECASE)


def _first_word(phrase: str) -> str:
    m = _TOKEN.search(phrase.lower())
    return m.group() if m else ""


def _load(path: str) -> ModalityRules:
    with pattern_store("modality"):  # compiled patterns kept between runs
        return _read_rules(path)


def _read_rules(path: str) -> ModalityRules:
    p = Path(path)
    try:
        raw = read_yaml(p)
    except DimensionError:
        raise
    except ValueError as exc:  # a value PyYAML itself cannot convert
        _fail(f"invalid value: {exc}", p)
    if not isinstance(raw, dict):
        _fail("must be a mapping with the keys " + ", ".join(sorted(_TOP_KEYS)), p)
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        _fail(
            f"unknown key(s) {sorted(map(str, unknown))}",
            p,
            "top level",
            f"Allowed keys: {sorted(_TOP_KEYS)}.",
        )
    case_sensitive = frozenset(_strings(raw.get("case_sensitive"), p, "case_sensitive"))
    precedence = raw.get("precedence", list(_KINDS))
    if not isinstance(precedence, list) or sorted(map(str, precedence)) != sorted(_KINDS):
        _fail(
            f"must list {' and '.join(_KINDS)} once each, got {precedence!r}",
            p,
            "precedence",
        )
    phrases: dict[tuple[str, str, bool], list[str]] = {}  # (first word, category, exc.)
    patterns: dict[str, re.Pattern[str] | None] = {}
    exception_patterns: dict[str, re.Pattern[str] | None] = {}
    for category in CATEGORIES:
        spec = raw.get(category)
        if not isinstance(spec, dict):
            _fail(
                "missing or not a mapping",
                p,
                category,
                f"Give it the keys {sorted(_CATEGORY_KEYS)}.",
            )
        unknown = set(spec) - _CATEGORY_KEYS
        if unknown:
            _fail(
                f"unknown key(s) {sorted(map(str, unknown))}",
                p,
                category,
                f"Allowed keys: {sorted(_CATEGORY_KEYS)}.",
            )
        words = _strings(spec.get("words"), p, f"{category}.words")
        regexes = _strings(spec.get("patterns"), p, f"{category}.patterns")
        if not words and not regexes:
            _fail("needs at least one word or pattern", p, category)
        exc_words = _strings(spec.get("exceptions"), p, f"{category}.exceptions")
        exc_regexes = _strings(spec.get("exception_patterns"), p, f"{category}.exception_patterns")
        for phrase_list, is_exception in ((words, False), (exc_words, True)):
            for phrase in phrase_list:
                first = _first_word(phrase)
                if not first or not phrase.lower().startswith(first):
                    _fail(
                        f"{phrase!r} does not start with a letter",
                        p,
                        category,
                        "Write cues that start with a word, or use 'patterns'.",
                    )
                phrases.setdefault((first, category, is_exception), []).append(phrase)
        patterns[category] = _union(
            [_checked_regex(x, p, f"{category}.patterns[{k}]") for k, x in enumerate(regexes)]
        )
        exception_patterns[category] = _union(
            [
                _checked_regex(x, p, f"{category}.exception_patterns[{k}]")
                for k, x in enumerate(exc_regexes)
            ]
        )
    index: dict[str, list[tuple[str, bool, re.Pattern[str]]]] = {}
    for (first, category, is_exception), group in phrases.items():
        sensitive = frozenset() if is_exception else case_sensitive
        ordered = sorted(group, key=lambda w: -len(w))
        rx = compile_cached(
            _BEFORE + "(?:" + "|".join(_word_regex(w, sensitive) for w in ordered) + ")" + _AFTER,
            re.IGNORECASE,
        )
        index.setdefault(first, []).append((category, is_exception, rx))
    order = tuple(kind for item in precedence for kind in _KINDS if kind == item)
    frozen = {k: tuple(v) for k, v in index.items()}
    return ModalityRules(frozen, patterns, exception_patterns, order, str(p))


def load_modality_rules(path: str | os.PathLike[str] | None = None) -> ModalityRules:
    """Load and validate a modality cue file (the package's is loaded once and cached).

    Parameters
    ----------
    path : str or path-like, optional
        A YAML file in the format of the package's ``data/modality.yaml``; the package's file
        by default.

    Returns
    -------
    ModalityRules
        The compiled cues.

    Raises
    ------
    DimensionError
        Naming the file and entry: invalid YAML, unknown keys, a missing category, a bad
        regular expression, a precedence that does not list both kinds once.

    Examples
    --------
    >>> load_modality_rules().precedence
    ('hedge', 'commitment')
    """
    if path is None:
        return _builtin_rules()
    return _load(str(Path(path).resolve()))


@lru_cache(maxsize=1)
def _builtin_rules() -> ModalityRules:
    return _load(str(builtin_path("modality.yaml")))


def modality(sentence: str, *, rules: ModalityRules | None = None) -> Modality:
    """Classify a sentence as commitment or hedge, and flag conditions and negation.

    Parameters
    ----------
    sentence : str
        One sentence.
    rules : ModalityRules, optional
        The cues; the package's by default.

    Returns
    -------
    Modality
        See the module's docstring for the rules. An empty sentence gives
        ``Modality(None, False, False, ())``.

    Examples
    --------
    >>> modality("Ukraine will become a member of NATO.")
    Modality(modality='commitment', conditional=False, negated=False, cues=('will',))
    >>> m = modality("If allies agree, Ukraine could join; it will not wait.")
    >>> (m.modality, m.conditional, m.negated)
    ('hedge', True, True)
    """
    if rules is None:
        return _builtin_modality(sentence)
    return _classify(sentence, rules)


@lru_cache(maxsize=1 << 11)
def _builtin_modality(sentence: str) -> Modality:
    """Apply the package's rules; kept per sentence, as documents repeat sentences."""
    return _classify(sentence, load_modality_rules())


def _classify(sentence: str, rules: ModalityRules) -> Modality:
    """Apply the rules to a sentence (see :func:`modality`)."""
    spans: dict[tuple[str, bool], list[tuple[int, int]]] = {}
    for tok in _TOKEN.finditer(sentence):
        entries = rules.index.get(tok.group().lower())
        if entries is None:
            continue
        for category, is_exception, phrase_rx in entries:
            m = phrase_rx.match(sentence, tok.start())
            if m is not None:
                spans.setdefault((category, is_exception), []).append(m.span())
    for category in CATEGORIES:
        rx = rules.patterns[category]
        if rx is not None:
            for m in rx.finditer(sentence):
                spans.setdefault((category, False), []).append(m.span())
    found: set[str] = set()
    cues: list[tuple[int, int]] = []
    for category in CATEGORIES:
        hits = spans.get((category, False))
        if not hits:
            continue
        blocked = spans.get((category, True), [])
        exc_rx = rules.exception_patterns[category]
        if exc_rx is not None:
            blocked = blocked + [m.span() for m in exc_rx.finditer(sentence)]
        kept = [h for h in hits if not any(b[0] < h[1] and h[0] < b[1] for b in blocked)]
        if kept:
            found.add(category)
            cues.extend(kept)
    kind = next((k for k in rules.precedence if k in found), None)
    ordered = tuple(dict.fromkeys(sentence[a:b] for a, b in sorted(cues)))
    return Modality(kind, "conditional" in found, "negation" in found, ordered)
