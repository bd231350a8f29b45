r"""Refusing user patterns that can take super-linear time (catastrophic backtracking).

Python's regular-expression engine backtracks. A pattern that repeats a part which itself
repeats, such as ``(a+)+$`` or ``(\w+\s?)*x``, can match the same text in exponentially (or
polynomially) many ways; on a long line that does not match in the end, the engine tries them
all and the run never finishes. Such patterns in a user's dimension file are refused when the
file is loaded, with the reason, so that matching stays linear in the length of the text.

The rule: a repeat that may run more than once must not contain another such repeat when
either may run many times (``*``, ``+``, ``{n,}``, or ``{n,m}`` with ``m`` above
:data:`MAX_BOUNDED_REPEAT`), unless the inner repeat is *delimited*: it repeats one character
class, and what must follow it (in the same round, or at the start of the next round) is a
character it cannot match, as in ``(\S+ ){0,3}`` or ``( \w+)*``; then a text splits into rounds
in one way only. Possessive repeats (``a++``) and atomic groups (``(?>...)``) never backtrack
and are always accepted (Python 3.11 and later).

The built-in dimension files are not held to this rule (they are reviewed, and some use
bounded word gaps that the rule cannot prove safe); ``benchmarks/hostile_bench.py`` measures
them on long lines. A user's list of weapons with word gaps between them, written as the
built-in attack patterns once were (``(W(,| and) (\S+ ){0,2}?)*W``), is refused by the rule.

A single unbounded repeat of a group (``(drones,? )*attack``) is accepted, although a search
that fails at the end of a long run of its words is tried again from every word of the run
(time quadratic in the run). It is not refused because ordinary patterns have that shape; the
run is bounded instead: the splitter cuts any span longer than ``max_sentence_chars`` (2,000
characters) into pieces, so such a pattern costs at most a fixed time per piece, and the time
for a document grows linearly with its length. The built-in patterns bound their lists
(``{1,4}``, ``{0,8}``), so they cost a fixed time per word.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["MAX_BOUNDED_REPEAT", "superlinear_reason"]

#: Above this many runs a bounded repeat counts as "many" (like ``*``).
MAX_BOUNDED_REPEAT = 4

_parser: Any
_constants: Any
_compiler: Any
try:
    _parser = importlib.import_module("re._parser")
    _constants = importlib.import_module("re._constants")
    _compiler = importlib.import_module("re._compiler")
except ImportError:  # pragma: no cover - Python 3.10
    _parser = importlib.import_module("sre_parse")
    _constants = importlib.import_module("sre_constants")
    _compiler = importlib.import_module("sre_compile")

_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT}
_SAFE = {getattr(_constants, "POSSESSIVE_REPEAT", None), getattr(_constants, "ATOMIC_GROUP", None)}
_MAXREPEAT = _constants.MAXREPEAT
_ONE_CHAR = {_constants.LITERAL, _constants.NOT_LITERAL, _constants.IN, _constants.ANY}
# Characters that stand for the rest when two character classes are compared.
_SAMPLE = [chr(c) for c in range(0x250)] + list(
    "\u00a0\u2010\u2011\u2013\u2014\u2019\u201c\u201d\u2028\u3000\u0416\u0436\u4e2d\u0131\u017f"
)


def superlinear_reason(pattern: str, flags: int = 0) -> str | None:
    r"""Say why ``pattern`` may take super-linear time to match, or return None when it cannot.

    Parameters
    ----------
    pattern : str
        A regular expression (it must compile).
    flags : int, optional
        ``re`` flags.

    Returns
    -------
    str or None
        The reason, or None for a pattern whose matching time grows linearly with the text.

    Examples
    --------
    >>> superlinear_reason("(a+)+$")[:44]
    "'+' repeats inside a repeated part of (a+)+$"
    >>> superlinear_reason(r"guarantees? (of|for) (\S+ ){0,2}?security") is None
    True
    """
    try:
        tree = _parser.parse(pattern, flags)
    except re.error:
        return None  # compilation errors are reported by the caller
    checker = _Checker(tree.state, flags, pattern)
    return checker.walk(list(tree))


def _is_many(av: Any) -> bool:
    return bool(av[1] == _MAXREPEAT or av[1] > MAX_BOUNDED_REPEAT)


def _repeat_text(av: Any) -> str:
    low, high = av[0], av[1]
    if high == _MAXREPEAT:
        return "'*'" if low == 0 else ("'+'" if low == 1 else f"'{{{low},}}'")
    return f"'{{{low},{high}}}'"


def _flatten(items: list[Any]) -> list[Any]:
    """Inline groups, so that a group's content is read as part of the sequence around it."""
    out: list[Any] = []
    for op, av in items:
        if op == _constants.SUBPATTERN:
            out += _flatten(list(av[-1]))
        else:
            out.append((op, av))
    return out


class _Checker:
    """Walk a parsed pattern looking for nested repeats that are not delimited."""

    def __init__(self, state: Any, flags: int, pattern: str) -> None:
        self.state, self.flags, self.pattern = state, flags, pattern

    def walk(self, items: list[Any]) -> str | None:
        for op, av in items:
            if op in _SAFE:
                continue
            reason = None
            if op in _REPEATS:
                if av[1] > 1:
                    body = _flatten(list(av[2]))
                    reason = self.body(body, body, outer_many=_is_many(av))
                reason = reason or self.walk(list(av[2]))
            elif op == _constants.SUBPATTERN:
                reason = self.walk(list(av[-1]))
            elif op == _constants.BRANCH:
                reason = next((r for b in av[1] if (r := self.walk(list(b)))), None)
            elif op in (_constants.ASSERT, _constants.ASSERT_NOT):
                reason = self.walk(list(av[1]))
            if reason:
                return reason
        return None

    def body(self, seq: list[Any], round_: list[Any], *, outer_many: bool) -> str | None:
        """Check the repeats in ``seq``, the rest of one round of a repeat (``round_``)."""
        for k, (op, av) in enumerate(seq):
            rest = seq[k + 1 :]
            if op in _SAFE:
                continue
            if op in _REPEATS and av[1] > 1 and (outer_many or _is_many(av)):
                if not self.delimited(list(av[2]), rest + round_):
                    return (
                        f"{_repeat_text(av)} repeats inside a repeated part of {self.pattern}, "
                        "so a long text can be split between the two repeats in exponentially "
                        "many ways"
                    )
            elif op in _REPEATS:  # an optional part: its content, then the rest
                reason = self.body(_flatten(list(av[2])) + rest, round_, outer_many=outer_many)
                if reason:
                    return reason
            elif op == _constants.BRANCH:
                for branch in av[1]:
                    reason = self.body(
                        _flatten(list(branch)) + rest, round_, outer_many=outer_many
                    )
                    if reason:
                        return reason
                return None  # the branches have checked the rest
        return None

    def delimited(self, inner: list[Any], following: list[Any]) -> bool:
        """Tell whether a repeat of ``inner`` cannot run on into what must follow it."""
        inner = _flatten(inner)
        if len(inner) != 1 or inner[0][0] not in _ONE_CHAR:
            return False
        repeated = self.chars(inner[0])
        after = self.first_chars(following)
        return after is not None and not (repeated & after)

    def chars(self, item: Any) -> frozenset[str]:
        """Return the sample characters one single-character item matches."""
        compiled = _compiler.compile(_parser.SubPattern(self.state, [item]), self.flags)
        return frozenset(c for c in _SAMPLE if compiled.fullmatch(c))

    def first_chars(self, seq: list[Any]) -> frozenset[str] | None:
        """Return the characters ``seq`` must start with (None: it may start with anything)."""
        for op, av in _flatten(seq):
            if op == _constants.AT:
                continue
            if op in _ONE_CHAR:
                return self.chars((op, av))
            if op in _REPEATS and av[0] >= 1:
                return self.first_chars(list(av[2]))
            if op == _constants.BRANCH:
                out: frozenset[str] = frozenset()
                for branch in av[1]:
                    chars = self.first_chars(list(branch))
                    if chars is None:
                        return None
                    out |= chars
                return out
            return None
        return None
