"""Strip web-page chrome from a document's text, recording every removal with its reason.

The rules are data (``data/cleaning.yaml``; pass your own file to :func:`load_cleaning_rules`).
Cleaning works on whole lines and never edits a line it keeps, so the cleaned text is the raw
text minus the recorded removals. Four kinds of rule apply, in this order:

1. *Block rules*: after the article's body has begun, a line such as "more articles" or
   "related news" starts a block of other stories' headlines that runs up to the next line of
   prose, or to the end of the document; short label lines just before it (the site's name, a
   section heading) go with it.
2. *Line rules*: share buttons, view counters, language switchers, navigation links,
   breadcrumbs, "read more" teasers, photo credits, one- or two-word section labels.
3. *Runs of headlines*: before the article's body or after its last prose line, a run of at
   least ``headline_run_lines`` lines shaped like headlines (``headline_min_words`` to
   ``headline_max_words`` words, a capital or digit first, no final stop, or cut short with
   "…"), with nothing but datelines, times or counters between them, is a list of other
   stories ("Latest", "Most read", tag lists), whatever its words. The last such line before
   the body is the article's own title and stays.
4. *Datelines*: short lines that hold a date or time and little else.
5. *Repeated lines*: a short line without a final stop that repeats an earlier one word for
   word (a title shown as breadcrumb, headline and caption) is kept once.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from os import PathLike
from pathlib import Path
from typing import Any

from .._data import builtin_path, read_yaml
from ..errors import DimensionError, located
from .dating import load_dating_rules

__all__ = [
    "Cleaned",
    "CleaningRule",
    "CleaningRules",
    "Removal",
    "clean",
    "load_cleaning_rules",
]

# The standard library's regular-expression parser, to tell which rules are anchored.
_sre_parser: Any = importlib.import_module(
    "re._parser" if sys.version_info >= (3, 11) else "sre_parse"
)
_sre_constants: Any = importlib.import_module(
    "re._constants" if sys.version_info >= (3, 11) else "sre_constants"
)
_BULLET = re.compile(r"^[\s•·▪●◦■□➢►*\-–—]+")
_TIME_ONLY = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_LETTER_WORD = re.compile(r"[^\W\d_]+")
# Characters read per word wanted when a count only needs to pass a small bound.
_CHARS_PER_WORD = 8
_TERMINAL = re.compile(r"[.!?:;…\"”’)]\s*$")
# The end of a line is read from this many characters back (further only when all of them are
# punctuation), so a test on a line's end does not scan the whole line.
_TAIL_WINDOW = 64
_NONWORD_END = re.compile(r"\W*\Z")
_WORD_CHAR = re.compile(r"\w")
_CLOSERS = "\"”’')"
# Punctuation around a word that is no part of it (for the quick word count).
_PUNCTUATION = ".,;:!?()[]\"“”‘’'«»"


@dataclass(frozen=True)
class Removal:
    """One line that cleaning took out of a document.

    Attributes
    ----------
    line : int
        1-based line number in the raw text.
    text : str
        The removed line as it stood in the raw text.
    reason : str
        Why it was removed, in words ("share button", "headlines of other stories" …).
    rule : str
        The id of the rule that removed it.
    """

    line: int
    text: str
    reason: str
    rule: str


@dataclass(frozen=True)
class CleaningRule:
    """One line or block rule.

    Attributes
    ----------
    id : str
        The rule's id, recorded with each removal.
    reason : str
        Why matching lines are removed, in words.
    pattern : re.Pattern
        Compiled, case-insensitive.
    max_words : int or None
        Only lines with at most this many words match.
    """

    id: str
    reason: str
    pattern: re.Pattern[str]
    max_words: int | None = None

    def matches(self, line: str) -> bool:
        """Tell whether the rule removes ``line`` (bullet and outer white space stripped)."""
        if self.pattern.search(line) is None:  # most patterns are anchored: a quick no
            return False
        return self.max_words is None or _n_words(line, self.max_words) <= self.max_words


@dataclass(frozen=True)
class CleaningRules:
    """A validated set of cleaning rules.

    Attributes
    ----------
    line_rules, block_rules : tuple of CleaningRule
        See the module docstring.
    label_max_words : int
        Longest short label absorbed into a following block.
    prose_min_words : int
        Fewest words of a prose line (which starts the body and ends a block).
    repeated_line_max_words : int
        Longest line treated as a repeatable title.
    dateline_max_words : int
        Longest line removed as a dateline.
    headline_run_lines, headline_min_words, headline_max_words : int
        The shortest run of headline-shaped lines removed, and the size of such a line.
    source : str
        The file the rules came from.
    """

    line_rules: tuple[CleaningRule, ...]
    block_rules: tuple[CleaningRule, ...]
    label_max_words: int
    prose_min_words: int
    repeated_line_max_words: int
    dateline_max_words: int
    source: str
    headline_run_lines: int = 3
    headline_min_words: int = 3
    headline_max_words: int = 20


@dataclass(frozen=True)
class Cleaned:
    """The result of cleaning one text.

    Attributes
    ----------
    text : str
        The kept lines, with runs of blank lines folded into one.
    removed : tuple of Removal
        Every removed line with its reason, in text order.
    """

    text: str
    removed: tuple[Removal, ...]

    def removed_lines(self, *, rules: Sequence[str] | None = None) -> set[int]:
        """Return the 1-based numbers of removed lines, optionally only those of some rules."""
        return {r.line for r in self.removed if rules is None or r.rule in rules}


_RULE_KEYS = {"id", "reason", "pattern", "max_words"}
_TOP_KEYS = {
    "version",
    "line_rules",
    "block_rules",
    "label_max_words",
    "prose_min_words",
    "repeated_line_max_words",
    "dateline_max_words",
    "headline_run_lines",
    "headline_min_words",
    "headline_max_words",
}


def _rule(raw: Any, path: Path, where: str) -> CleaningRule:
    if not isinstance(raw, dict):
        raise DimensionError(located("a rule must be a mapping", path=path, entry=where))
    unknown = set(raw) - _RULE_KEYS
    if unknown:
        raise DimensionError(
            located(
                f"unknown key(s) {sorted(unknown)}",
                path=path,
                entry=where,
                hint=f"Allowed keys: {sorted(_RULE_KEYS)}.",
            )
        )
    for key in ("id", "reason", "pattern"):
        if not isinstance(raw.get(key), str) or not raw[key]:
            raise DimensionError(
                located(f"'{key}' must be a non-empty string", path=path, entry=where)
            )
    try:
        pattern = re.compile(raw["pattern"], re.IGNORECASE)
    except re.error as exc:
        raise DimensionError(
            located(f"bad regular expression: {exc}", path=path, entry=f"{where} ({raw['id']})")
        ) from None
    max_words = raw.get("max_words")
    if max_words is not None and not isinstance(max_words, int):
        raise DimensionError(located("'max_words' must be a whole number", path=path, entry=where))
    return CleaningRule(raw["id"], raw["reason"], pattern, max_words)


def load_cleaning_rules(path: str | PathLike[str] | None = None) -> CleaningRules:
    """Load and validate cleaning rules.

    Parameters
    ----------
    path : str or path-like, optional
        A YAML file in the format of the package's ``data/cleaning.yaml``; the package's rules
        by default.

    Returns
    -------
    CleaningRules
        The compiled rules.

    Raises
    ------
    DimensionError
        On unknown keys, missing fields or bad patterns, naming the file and the rule.
    """
    if path is None:
        return _builtin_rules()
    return _load(Path(path))


@lru_cache(maxsize=1)
def _builtin_rules() -> CleaningRules:
    return _load(builtin_path("cleaning.yaml"))


def _load(path: Path) -> CleaningRules:
    raw = read_yaml(path)
    if not isinstance(raw, dict):
        raise DimensionError(located("expected a mapping at the top level", path=path))
    unknown = set(raw) - _TOP_KEYS
    if unknown:
        raise DimensionError(
            located(
                f"unknown key(s) {sorted(unknown)}",
                path=path,
                hint=f"Allowed keys: {sorted(_TOP_KEYS)}.",
            )
        )
    rules: dict[str, tuple[CleaningRule, ...]] = {}
    for kind in ("line_rules", "block_rules"):
        items = raw.get(kind) or []
        if not isinstance(items, list):
            raise DimensionError(located(f"'{kind}' must be a list", path=path))
        rules[kind] = tuple(_rule(r, path, f"{kind}[{i}]") for i, r in enumerate(items))
        ids = [r.id for r in rules[kind]]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise DimensionError(located(f"duplicate rule id(s) {dupes}", path=path, entry=kind))
    numbers = {}
    for key, default in (
        ("label_max_words", 5),
        ("prose_min_words", 12),
        ("repeated_line_max_words", 25),
        ("dateline_max_words", 12),
        ("headline_run_lines", 3),
        ("headline_min_words", 3),
        ("headline_max_words", 20),
    ):
        value = raw.get(key, default)
        if not isinstance(value, int) or value < 0:
            raise DimensionError(located(f"'{key}' must be a whole number >= 0", path=path))
        numbers[key] = value
    return CleaningRules(
        line_rules=rules["line_rules"],
        block_rules=rules["block_rules"],
        source=str(path),
        **numbers,
    )


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Tell whether a pattern can only match at the start of the text (it opens with ``^``)."""
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:
        return False
    items = list(parsed)
    return bool(items) and items[0] == (_sre_constants.AT, _sre_constants.AT_BEGINNING)


# Characters that a case-insensitive pattern matches to an ASCII letter although their
# lower case is another character (dotted and dotless i, long s): on a line holding one, the
# literal test below cannot stand in for the pattern.
_FOLD_TRAPS = ("\u0130", "\u0131", "\u017f")


@dataclass(frozen=True)
class _Screen:
    """Joined patterns that tell at once that none of a list of rules removes a line.

    ``anchored`` joins the rules anchored at the start (tried at a line's start only),
    ``everywhere`` the other rules without a word limit, ``on_short`` those with one (tried
    only on lines within the largest limit, ``bound``); all None when the patterns cannot be
    joined. ``needs_everywhere`` and ``needs_short`` are literal strings (lower case) of which
    every match of that pattern holds one, or None when that is not known: a line that holds
    none of them is passed without running the pattern over it.
    """

    anchored: re.Pattern[str] | None
    everywhere: re.Pattern[str] | None
    on_short: re.Pattern[str] | None
    bound: int
    needs_everywhere: frozenset[str] | None = None
    needs_short: frozenset[str] | None = None


@lru_cache(maxsize=16)
def _screen(rules: tuple[CleaningRule, ...]) -> _Screen:
    """Join the rules into patterns that can tell at once that none of them removes a line."""
    anchored = [r for r in rules if _anchored(r.pattern)]
    others = [r for r in rules if not _anchored(r.pattern)]
    short = [r for r in others if r.max_words is not None]
    bound = max((r.max_words or 0 for r in short), default=0)
    try:
        joined = _join(anchored)
        everywhere = _join([r for r in others if r.max_words is None])
        on_short = _join(short)
    except re.error:  # e.g. two rules reuse a group name
        return _Screen(None, None, None, 0)
    return _Screen(joined, everywhere, on_short, bound, _needs(everywhere), _needs(on_short))


def _needs(pattern: re.Pattern[str] | None) -> frozenset[str] | None:
    """Return literal strings (lower case, ASCII) one of which every match of ``pattern`` holds.

    None when no such set is known (a pattern that may match without a literal, or one whose
    literals are not ASCII).
    """
    if pattern is None:
        return None
    try:
        parsed = _sre_parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the pattern compiled
        return None
    return _needs_in(list(parsed))


def _needs_in(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """:func:`_needs` for a parsed sequence: its longest run of literals, or a group's set."""
    c = _sre_constants
    best: frozenset[str] | None = None

    def consider(options: frozenset[str] | None) -> None:
        nonlocal best
        if (
            options
            and all(o.isascii() for o in options)
            and (best is None or min(map(len, options)) > min(map(len, best)))
        ):
            best = frozenset(o.lower() for o in options)

    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset({"".join(run)}))
            run = []
        if op is c.SUBPATTERN:
            consider(_needs_in(list(av[-1])))
        elif op is c.BRANCH:
            alternatives = [_needs_in(list(a)) for a in av[1]]
            if all(alternatives):
                consider(frozenset().union(*(a for a in alternatives if a)))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            consider(_needs_in(list(av[2])))
    return best


def _may_hold(core: str, needs: frozenset[str] | None) -> bool:
    """Tell whether ``core`` may match a pattern whose matches hold one of ``needs``."""
    if needs is None or (not core.isascii() and any(t in core for t in _FOLD_TRAPS)):
        return True
    return any(map(core.lower().__contains__, needs))


def _join(rules: Sequence[CleaningRule]) -> re.Pattern[str] | None:
    if not rules:
        return None
    return re.compile("|".join(f"(?:{r.pattern.pattern})" for r in rules), re.IGNORECASE)


def _first_match(
    rules: tuple[CleaningRule, ...], core: str, screen: _Screen
) -> CleaningRule | None:
    """Return the first rule that removes ``core``, or None (``screen`` from :func:`_screen`)."""
    if not core:
        return None
    joined, everywhere, on_short = screen.anchored, screen.everywhere, screen.on_short
    if joined is None and everywhere is None and on_short is None:
        return next((r for r in rules if r.matches(core)), None)  # no screen: one by one
    if (
        (joined is None or joined.match(core) is None)
        and (
            everywhere is None
            or not _may_hold(core, screen.needs_everywhere)
            or everywhere.search(core) is None
        )
        and (
            on_short is None
            or not _may_hold(core, screen.needs_short)
            or on_short.search(core) is None
            or _n_words(core, screen.bound) > screen.bound
        )
    ):
        return None
    return next((r for r in rules if r.matches(core)), None)


def _core(line: str) -> str:
    return _BULLET.sub("", line).strip()


def _n_words(line: str, cap: int | None = None) -> int:
    """Count the words of ``line``; with ``cap``, any count above ``cap`` may stand for more.

    The cap keeps counting cheap on long lines: when the first few hundred characters already
    hold more than ``cap`` words, the rest is not counted. Before the words are matched, the
    space-separated tokens that are one word each (letters or digits, with punctuation
    around them at most) are counted: when they alone are more than ``cap``, so are the words.
    """
    if cap is not None:
        simple = 0
        for token in line[: 2 * _CHARS_PER_WORD * (cap + 1)].split():
            if token.strip(_PUNCTUATION).isalnum():
                simple += 1
                if simple > cap:
                    return simple
    if cap is not None and len(line) > _CHARS_PER_WORD * (cap + 1):
        n = len(_WORD.findall(line, 0, _CHARS_PER_WORD * (cap + 1)))
        if n > cap:
            return n
    return len(_WORD.findall(line))


def _is_label(line: str, max_words: int) -> bool:
    core = _core(line)
    return bool(core) and _n_words(core, max_words) <= max_words and not _TERMINAL.search(core)


def _trailing_nonword(text: str) -> str:
    """Return the run of non-word characters that ends ``text`` (read from its end only)."""
    if text[-1:].isalnum():  # the common case: a word ends the text
        return ""
    start = max(0, len(text) - _TAIL_WINDOW)
    m = _NONWORD_END.search(text, start)
    if m is None:  # pragma: no cover - the pattern matches at the end of any text
        return ""
    if m.start() > start or start == 0:
        return m.group(0)
    last = _WORD_CHAR.search(text[::-1])  # the run reaches further back: find its start
    return text if last is None else text[len(text) - last.start() :]


def _ends_sentence(core: str) -> bool:
    """Tell whether ``core`` (stripped) ends with ``.``, ``!`` or ``?`` and closing quotes."""
    return core.rstrip(_CLOSERS)[-1:] in (".", "!", "?")


def _cut_short(core: str) -> bool:
    """Tell whether ``core`` ends with "..." or "…" and only non-word characters after it."""
    tail = _trailing_nonword(core)
    return "..." in tail or "…" in tail


def _is_prose(line: str, rules: CleaningRules, core: str | None = None) -> bool:
    """Tell whether a line reads as article prose: long enough, ending a sentence.

    The cheap tests on the line's end come first; words are counted only up to the bound.
    """
    core = _core(line) if core is None else core
    if not _ends_sentence(core) or _cut_short(core):  # no stop, or a teaser cut short
        return False
    return _n_words(core, rules.prose_min_words) >= rules.prose_min_words


def _is_dateline(line: str, max_words: int, core: str | None = None) -> bool:
    """Tell whether a line holds a date (or time) at its start or end and few other words."""
    core = _core(line) if core is None else core
    if not core or core[-1] in ".!?":  # core is stripped: a sentence's end is its last char
        return False
    head = _CHARS_PER_WORD * (max_words + 1)
    if len(_LETTER_WORD.findall(core, 0, head)) > max_words or (
        len(core) > head and len(_LETTER_WORD.findall(core)) > max_words
    ):
        return False
    rules = load_dating_rules()
    spans = [m.span() for m in rules.full_date.finditer(core)]
    spans += [m.span() for m in _TIME_ONLY.finditer(core)]
    edge = re.compile(r"^[\W\d]*$")  # nothing but punctuation and digits
    return any(edge.match(core[:a]) or edge.match(core[b:]) for a, b in spans)


def _is_headline(line: str, rules: CleaningRules) -> bool:
    """Tell whether a line is shaped like a headline: a few words, a capital, no stop."""
    if _BULLET.match(line.strip()) and not re.match(r"^\s*[-–—]\s*$", line):
        return False  # bullet items are the article's own lists
    core = line.strip()
    n = _n_words(core, rules.headline_max_words)
    if not rules.headline_min_words <= n <= rules.headline_max_words:
        return False
    if not re.match(r"^[\"“‘'«]?[^\W_a-zа-яіїєґё]", core):
        return False
    tail = _trailing_nonword(core)
    return "..." in tail or "…" in tail or not any(c in tail for c in ".!?:;,")


def _is_glue(line: str, rules: CleaningRules) -> bool:
    """Tell whether a line may stand inside a run of headlines: a date, time, counter or chrome."""
    core = _core(line)
    return bool(
        re.fullmatch(r"[\d\s,.:/|-]+(?:\s*(?:am|pm|views?|comments?))?", core, re.I)
        or _is_dateline(line, rules.dateline_max_words)
        or any(r.matches(core) for r in rules.line_rules)
    )


def _headline_runs(
    lines: list[str], is_prose: Sequence[bool], rules: CleaningRules
) -> dict[int, tuple[str, str]]:
    """Find runs of headlines before the body or after its last prose line."""
    prose = [i for i, yes in enumerate(is_prose) if yes]
    if not prose:
        return {}
    first, last = prose[0], prose[-1]
    # each line's shape, told once (a line is looked at again when its run ends)
    shapes: dict[int, bool] = {}
    glues: dict[int, bool] = {}

    def is_headline(i: int) -> bool:
        found = shapes.get(i)
        if found is None:
            found = shapes[i] = _is_headline(lines[i], rules)
        return found

    def is_glue(i: int) -> bool:
        found = glues.get(i)
        if found is None:
            found = glues[i] = _is_glue(lines[i], rules)
        return found

    title = next(
        (i for i in range(first - 1, -1, -1) if is_headline(i) and not is_glue(i)),
        None,
    )
    out: dict[int, tuple[str, str]] = {}
    for lo, hi in ((0, first), (last + 1, len(lines))):
        run: list[int] = []
        for i in [*range(lo, hi), None]:
            if i is not None and (not lines[i].strip() or is_glue(i)):
                if run:
                    run.append(i)
                continue
            if i is not None and i != title and is_headline(i):  # glue first
                run.append(i)
                continue
            heads = [j for j in run if is_headline(j) and not is_glue(j)]
            if len(heads) >= rules.headline_run_lines:
                reason = "headlines of other stories (a run of headline-shaped lines)"
                out.update({j: ("headline_run", reason) for j in heads})  # glue: own rules
            run = []
    return out


def clean(text: str, *, rules: CleaningRules | None = None) -> Cleaned:
    r"""Remove web-page chrome from ``text``.

    Parameters
    ----------
    text : str
        The raw text.
    rules : CleaningRules, optional
        The rules; the package's rules by default.

    Returns
    -------
    Cleaned
        The cleaned text and the removals with their reasons.

    Examples
    --------
    >>> cleaned = clean("Share this article\n\nThe ministers met in Kyiv.")
    >>> cleaned.text
    'The ministers met in Kyiv.'
    >>> cleaned.removed[0].reason
    'share button'
    """
    rules = rules or load_cleaning_rules()
    lines = text.splitlines()
    line_screen, block_screen = _screen(rules.line_rules), _screen(rules.block_rules)
    cores = [_core(line) for line in lines]
    is_prose = [_is_prose(line, rules, core) for line, core in zip(lines, cores, strict=True)]
    verdict: dict[int, tuple[str, str]] = {}  # 0-based index -> (rule id, reason)

    # 1. Blocks of other stories: from a marker after the body has begun, up to the next prose
    #    line or to the end.
    body = next((i for i, yes in enumerate(is_prose) if yes), len(lines))
    i = body + 1
    while i < len(lines):
        core = cores[i]
        rule = _first_match(rules.block_rules, core, block_screen)
        if rule is None:
            i += 1
            continue
        j = i
        while j < len(lines) and (j == i or not is_prose[j]):
            if lines[j].strip():
                verdict[j] = (rule.id, rule.reason)
            j += 1
        k = i - 1
        while k > body and (not lines[k].strip() or _is_label(lines[k], rules.label_max_words)):
            if lines[k].strip():
                verdict[k] = (rule.id, rule.reason)
            k -= 1
        i = j

    # 2. Runs of headlines before the body or after the last prose line.
    for i, why in _headline_runs(lines, is_prose, rules).items():
        verdict.setdefault(i, why)

    # 3-5. Line rules, datelines, repeated lines.
    seen: set[str] = set()
    for i, line in enumerate(lines):
        core = cores[i]
        if i in verdict or not core:
            continue
        rule = _first_match(rules.line_rules, core, line_screen)
        if rule is not None:
            verdict[i] = (rule.id, rule.reason)
            continue
        if _is_dateline(line, rules.dateline_max_words, core):
            verdict[i] = ("dateline", "dateline (date and little else)")
            continue
        # Only a short line without a final stop can be a repeated title, and only an equal
        # line (same words, so also short and without a stop) can repeat it: others are not
        # remembered.
        limit = rules.repeated_line_max_words
        tail = _trailing_nonword(core)
        if "." in tail or "!" in tail or "?" in tail or _n_words(core, limit) > limit:
            continue
        key = " ".join(core.casefold().split())
        if key in seen:
            verdict[i] = ("repeated_line", "repeated title line")
            continue
        seen.add(key)
    kept: list[str] = []
    for i, line in enumerate(lines):
        if i in verdict:
            continue
        if not line.strip():
            if kept and kept[-1] != "":
                kept.append("")
            continue
        kept.append(line.rstrip())
    while kept and kept[-1] == "":
        kept.pop()
    removed = tuple(
        Removal(line=i + 1, text=lines[i], reason=reason, rule=rule_id)
        for i, (rule_id, reason) in sorted(verdict.items())
    )
    return Cleaned("\n".join(kept), removed)
