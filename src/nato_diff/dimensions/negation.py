"""Local negation: the negator before a cue, and the rejection after it, that cancel the cue.

The rules are data, in ``nato_diff/data/negation.yaml``: the negators ("not", "n't", "never",
"refused to" ...), their exceptions ("not only", "no doubt"), what ends a clause, how many
words may stand between a negator and a cue (``window``), and the rejection predicates ("is
impossible", "is off the table") that may follow a cue.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, cast

from .fields import Context, Section, check_keys, describe
from .patterns import compile_terms, union
from .terms import term_list
from .yamlfile import line_of, parse_yaml

__all__ = ["NEGATION", "Negation", "builtin_negation", "negation_from_data"]

_NEGATION_FILE = "negation.yaml"

#: The keys of ``negation.yaml``.
NEGATION = Section(
    allowed=(
        "version",
        "window",
        "negators",
        "negator_patterns",
        "exceptions",
        "exception_patterns",
        "clause_breaks",
        "rejection_window",
        "rejections",
    ),
    required=("window", "negators", "clause_breaks"),
)

# Bounds for the search around a cue: characters per word (generous), and how far an
# exception phrase ("whether or not", "never been closer") may reach beyond its negator.
_CHARS_PER_WORD = 25
_EXCEPTION_REACH = 40
_WORD = re.compile(r"\w+(?:['\u2019]\w+)*")


@dataclass(frozen=True)
class Negation:
    """The local-negation rules of ``negation.yaml``, compiled.

    Attributes
    ----------
    window : int
        At most this many words between a negator and the cue it negates.
    negators : re.Pattern
        Any negator.
    exceptions : tuple of re.Pattern
        Phrases in which a negator does not negate ("not only", "no doubt").
    breaks : re.Pattern
        What ends a clause; a negator does not reach across it.
    rejection_window : int
        At most this many words between a cue and a rejection predicate after it.
    rejections : re.Pattern or None
        Any rejection predicate ("is impossible", "is not realistic").
    """

    window: int
    negators: re.Pattern[str]
    exceptions: tuple[re.Pattern[str], ...]
    breaks: re.Pattern[str]
    rejection_window: int = 0
    rejections: re.Pattern[str] | None = None

    def rejection_after(self, sentence: str, end: int) -> int | None:
        """Return where a rejection predicate that follows the text ending at ``end`` ends.

        The predicate ("is impossible", "is not realistic", "is off the table") must start
        within ``rejection_window`` words after ``end``, with no clause break in between.

        Parameters
        ----------
        sentence : str
            The sentence.
        end : int
            Where the cue's match ends.

        Returns
        -------
        int or None
            The end of the predicate, or None when none follows.
        """
        if self.rejections is None:
            return None
        stop = min(len(sentence), end + _CHARS_PER_WORD * (self.rejection_window + 8))
        hit = self.rejections.search(sentence, end, stop)
        if hit is None:
            return None
        if len(_WORD.findall(sentence, end, hit.start())) > self.rejection_window:
            return None
        if self.breaks.search(sentence, end, hit.start()) is not None:
            return None
        return hit.end()

    def negator_before(self, sentence: str, start: int) -> int | None:
        """Return where the negator that governs the text at ``start`` begins, or None.

        The negator is the nearest one before ``start``, with at most ``window`` words and
        no clause break in between; it does not count inside an exception phrase, nor when
        a different negator stands just before it in the same way (the two cancel).

        Parameters
        ----------
        sentence : str
            The sentence.
        start : int
            Where the cue's match starts.

        Returns
        -------
        int or None
            The start of the negator.
        """
        nearest = self._nearest(sentence, start)
        if nearest is None:
            return None
        earlier = self._nearest(sentence, nearest.start())
        if earlier is not None and earlier.group().lower() != nearest.group().lower():
            return None
        return nearest.start()

    def _nearest(self, sentence: str, end: int, stop: int | None = None) -> re.Match[str] | None:
        """Find the nearest negator before ``stop`` (default ``end``) that reaches ``end``."""
        # A negator is at most a few words long, so it starts within this many characters.
        begin = max(0, end - _CHARS_PER_WORD * (self.window + 4))
        last = None
        for hit in self.negators.finditer(sentence, begin, end if stop is None else stop):
            last = hit
        if last is None:
            return None
        if len(_WORD.findall(sentence, last.end(), end)) > self.window:
            return None
        if self.breaks.search(sentence, last.end(), end) is not None:
            return None
        near = (max(0, last.start() - _EXCEPTION_REACH), last.end() + _EXCEPTION_REACH)
        if any(
            s < last.end() and last.start() < e
            for p in self.exceptions
            for s, e in (x.span() for x in p.finditer(sentence, *near))
        ):
            # The nearest negator is part of an exception phrase; an earlier one may count.
            return self._nearest(sentence, end, last.start())
        return last


@functools.cache
def builtin_negation() -> Negation:
    """Read the built-in local-negation rules (``nato_diff/data/negation.yaml``) once.

    Returns
    -------
    Negation
        The compiled rules.
    """
    where = f"builtin:{_NEGATION_FILE}"
    data = resources.files("nato_diff").joinpath("data").joinpath(_NEGATION_FILE)
    return negation_from_data(parse_yaml(data.read_bytes(), where), where=where)


def _word_count(ctx: Context, top: Any, key: str, value: Any, *, example: int) -> int:
    """Check a number of words: a whole number, 0 or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ctx.error(
            f"'{key}' must be a whole number of words, 0 or more, found {describe(value)}",
            entry=key,
            line=line_of(top, key),
            hint=f"Write e.g. '{key}: {example}'.",
        )
    return value


def negation_from_data(data: Any, *, where: str) -> Negation:
    """Validate and compile the local-negation rules.

    Parameters
    ----------
    data : Any
        The parsed ``negation.yaml``.
    where : str
        The file path or built-in name that errors report.

    Returns
    -------
    Negation
        The compiled rules.

    Raises
    ------
    DimensionError
        At the first problem, naming the entry.
    """
    ctx = Context(where)
    top = check_keys(ctx, data, NEGATION, entry=None, line=1)
    window = _word_count(ctx, top, "window", top["window"], example=3)
    regex = Context(where, valuetype="regex")
    negators = term_list(ctx, top, "negators", entry="", required=True) + term_list(
        regex, top, "negator_patterns", entry="", required=False
    )
    exceptions = term_list(ctx, top, "exceptions", entry="", required=False) + term_list(
        regex, top, "exception_patterns", entry="", required=False
    )
    breaks = term_list(regex, top, "clause_breaks", entry="", required=True)
    rejection_window = _word_count(
        ctx, top, "rejection_window", top.get("rejection_window", window), example=4
    )
    rejections = term_list(regex, top, "rejections", entry="", required=False)
    return Negation(
        window=window,
        negators=cast(re.Pattern[str], union(negators, case_insensitive=True)),
        exceptions=compile_terms(exceptions),
        # Clause breaks are often punctuation: no word boundaries around them.
        breaks=re.compile("|".join(f"(?:{t.pattern})" for t in breaks), re.IGNORECASE),
        rejection_window=rejection_window,
        rejections=union(rejections, case_insensitive=True) if rejections else None,
    )
