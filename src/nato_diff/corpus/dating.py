"""Find a document's publication date in its text.

The rules are data (``data/dating.yaml``): month and weekday names, the cue words that mark a
publication date ("posted", "published" …), the words that mark a date the text merely refers
to ("on", "since" …) and the weights that score each candidate.

How a date is chosen
--------------------
1. Every full date (day, month and year: "25 February 2021", "29 Apr, 2024", "April 20, 2024",
   "2024-04-29", "29.04.2024") is a candidate. Each earns points for standing in the page header,
   after a publication cue, before a time of day, after a weekday, alone on its line or opening
   a sentence; it loses points after a reference word outside the header and near future
   wording ("upcoming", "will"). The best candidate wins if it reaches ``min_score``; ties go
   to the earliest. Its ``date_source`` is ``"text"``.
2. Otherwise a day and month without a year ("On April 20") that scores as a dateline is taken,
   and its year is inferred from the text itself: a document cannot predate the events it
   recounts in the past tense, so the year is the first one that puts the date on or after the
   latest such event ("announced … in September 2022" makes "April 20" 2023-04-20). Its
   ``date_source`` is ``"inferred"`` and the evidence names both dates.
3. Otherwise the document cannot be dated and :class:`~nato_diff.errors.UndatableDocumentError`
   says how to supply the date.

Numeric dates
-------------
Dotted dates ("5.3.2022") are read day first, ISO dates year first. Slash dates ("04/05/2024",
"13/01/24") are taken when unambiguous (one part above 12); an ambiguous one is read only when
the order is given (``dayfirst=True`` or ``False``, per corpus, or a manifest ``date_format``
per document), and is otherwise refused with a message that says so. ``dayfirst=False`` reads
dotted dates month first too.

Dates that real pages print
---------------------------
Ukrainian and Russian month names ("25 лютого 2021 року", "11 марта 2021 г."); a date glued to
a paragraph number ("4 Apr. 20081. We, …") or a word; "July 11,2024" without a space; a date
followed by a tag list ("| georgia, nato, ukraine") or a view counter still stands alone. A
date on the page's own toolbar ("Feedback | Monday, April 22, 2024": the day the page was
viewed, marked by ``capture_words``) loses to the article's own date. The year of a year-less
dateline is also kept within the terms of office of the people the text names
(:mod:`.terms`), and a newswire dateline takes the weekday its own sentence names ("VILNIUS,
July 11 (Reuters) - … said on Tuesday").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, NamedTuple

from .._data import read_builtin_yaml
from .._regexcache import compile_cached, pattern_store
from ..errors import UndatableDocumentError, located
from .terms import term_bounds

__all__ = [
    "DateFinding",
    "DatingRules",
    "ambiguous_dates",
    "find_date",
    "load_dating_rules",
    "parse_date_value",
    "undatable_error",
]

_TIME = re.compile(r"^\s*(?:[-–—,|/(]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b", re.I)
_SENTENCE_END = re.compile(r"[.!?;]\s")
_YEAR_HINT = re.compile(r"(?:1[89]|20)\d\d")
_DIGIT = re.compile(r"\d")
# How far around a date its context is read (keeps scoring linear on very long lines).
_WINDOW = 400
_REST_WINDOW = 120
_CLAUSE_END = re.compile(r"[.!?;]\s|\s[-–—]\s")
# Times, time zones and weekdays that may stand between a cue and its date, and "on".
_TAIL = re.compile(
    r"(?:\s|,|\bon\b|\bat\b|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\b[A-Z]{2,5}(?:[+-]\d{1,2})?\b"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\b\.?)+$",
    re.I,
)
# A news dateline before the date: a place in capitals and a comma ("KYIV, ", "BRUSSELS, ").
_DATELINE = re.compile(r"^\W*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30})?,\s*$")
# ... or after it: an agency in brackets and a dash ("July 11 (Reuters) -").
_AGENCY = re.compile(r"^,?\s*(?:\([^()]{1,30}\)\s*)?[-–—](?:\s|$)")
# A tag list after a date ("| georgia, nato, ukraine"): short items joined by commas.
_TAGS = re.compile(r"^\s*[|·•]\s*[^\W\d_][\w' -]{0,30}(?:,\s*[^\W\d_][\w' -]{0,30})+\s*$")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# Every full date holds a four-digit year or a slash date: lines without one are not searched.
_MAYBE_FULL_DATE = re.compile(r"(?:1[89]|20)\d\d|\d/\d{1,2}/\d\d")


@dataclass(frozen=True)
class DateFinding:
    """A publication date found in a document's text.

    Attributes
    ----------
    date : datetime.date
        The date.
    source : {"text", "inferred"}
        ``"text"`` when the text states the full date, ``"inferred"`` when its year was inferred.
    evidence : str
        The words the date was read from (and, for inferred years, the event that fixes the year).
    line : int
        1-based line of the text the date stands on.
    score : float
        The candidate's score under the rules.
    """

    date: dt.date
    source: Literal["text", "inferred"]
    evidence: str
    line: int
    score: float


@dataclass(frozen=True)
class DatingRules:
    """Compiled dating rules (see ``data/dating.yaml`` for their meaning).

    Attributes
    ----------
    months : dict
        Lower-cased month name or abbreviation -> month number.
    weekdays : dict
        Lower-cased weekday name or abbreviation -> weekday number (0 = Monday).
    full_date, day_month, month_year, year_ref : re.Pattern
        Compiled patterns for full dates, day-month without a year, month-year and bare years.
    weekday, cue, update_cue, reference, future, past, capture : re.Pattern
        Patterns for weekdays, publication and update cues, reference words, future and past
        wording, and the words of a page's toolbar (capture dates).
    header_lines : int
        Non-empty lines at the top that count as the header.
    date_prefix : int
        The most characters other than white space that a full date holds before its year
        (day, suffix, "of", the longest month name, a full stop and a comma).
    min_score : float
        Minimum score for a full date to be taken.
    scores : dict
        Weights by feature name.
    """

    months: dict[str, int]
    weekdays: dict[str, int]
    full_date: re.Pattern[str]
    day_month: re.Pattern[str]
    month_year: re.Pattern[str]
    year_ref: re.Pattern[str]
    weekday: re.Pattern[str]
    cue: re.Pattern[str]
    update_cue: re.Pattern[str]
    reference: re.Pattern[str]
    future: re.Pattern[str]
    past: re.Pattern[str]
    capture: re.Pattern[str]
    header_lines: int
    min_score: float
    scores: dict[str, float]
    date_prefix: int = 40


def _alternation(words: Sequence[str]) -> str:
    # longest first, words of one length in a fixed order: the same pattern in every run
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@lru_cache(maxsize=1)
def load_dating_rules() -> DatingRules:
    """Load and compile the package's dating rules.

    Returns
    -------
    DatingRules
        The compiled rules (cached).
    """
    with pattern_store("dating"):  # compiled patterns kept between runs
        return _dating_rules(read_builtin_yaml("dating.yaml"))


def _dating_rules(raw: dict[str, Any]) -> DatingRules:
    months = {
        str(name).lower(): int(num) for num, names in raw["months"].items() for name in names
    }
    mon = _alternation(list(months))
    # "May" is also a modal verb: only a capitalised "May" is a month.
    mon_re = rf"(?:(?i:{mon.replace('may|', '').replace('|may', '')})|May)"
    # month-first dates ("April 20, 2024") are written with Latin month names only
    latin = _alternation([m for m in months if m.isascii()])
    mon_first = rf"(?:(?i:{latin.replace('may|', '').replace('|may', '')})|May)"
    day = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    month = rf"(?P<m>{mon_re})\.?"
    # a year ends at a non-digit, or runs into a glued paragraph number ("20081. We")
    end = r"(?:(?!\d)|(?=\d{1,2}\.\s))"
    year_words = _alternation(raw["year_words"])
    tail = rf"(?:\s*(?:{year_words})(?![^\W\d_])\.?)?"
    year = rf"(?P<y>(?:1[89]|20)\d{{2}}){end}{tail}"
    sep = r"(?:,\s*|\s+)"
    full = (
        rf"\b{day}\s+(?:of\s+)?{month}{sep}{year}"
        rf"|\b(?P<m2>{mon_first})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?{sep}"
        rf"(?P<y2>(?:1[89]|20)\d{{2}}){end}"
        r"|\b(?P<y3>(?:1[89]|20)\d{2})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)(?:\b|(?=T\d))"
        r"|\b(?P<d4>[0-3]?\d)\.(?P<m4>[01]?\d)\.(?P<y4>(?:1[89]|20)\d{2})\b"
        r"|\b(?P<a5>[0-3]?\d)/(?P<b5>[0-3]?\d)/(?P<y5>(?:1[89]|20)\d{2}|\d{2})\b(?!/)"
        # a date in a web address: /2023/07/10/ or /2023/jul/10/
        rf"|(?<=/)(?P<y6>(?:19|20)\d{{2}})/(?P<m6>[01]?\d|(?i:{mon}))/(?P<d6>[0-3]?\d)(?=/)"
    )
    day_month = (
        rf"\b{day}\s+(?:of\s+)?{month}(?![\w,]*\s+(?:1[89]|20)\d{{2}})(?!\w)"
        rf"|\b(?P<m2>{mon_first})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*(?:1[89]|20)\d{{2}})(?![\d.]|:\d)"
    )
    month_year = rf"\b(?P<m>{mon_re})\.?,?\s+{year}\b"
    year_ref = r"\b(?:in|since|from|after|of)\s+(?P<y>(?:1[89]|20)\d{2})\b(?![-/.]\d)"
    weekdays = {
        str(name).lower(): int(n) for n, names in raw["weekdays"].items() for name in names
    }
    return DatingRules(
        months=months,
        weekdays=weekdays,
        full_date=compile_cached(full),
        day_month=compile_cached(day_month),
        month_year=compile_cached(month_year),
        year_ref=compile_cached(year_ref, re.I),
        weekday=compile_cached(rf"\b(?:{_alternation(list(weekdays))})\b\W{{0,3}}$", re.I),
        cue=compile_cached(rf"\b(?:{_alternation(raw['publication_cues'])})\b[\s:,-]*$", re.I),
        update_cue=compile_cached(
            rf"\b(?:{_alternation(raw['update_cues'])})\b[\s:,-]*(?:on\s+)?$", re.I
        ),
        reference=compile_cached(rf"\b(?:{_alternation(raw['reference_words'])})\s*$", re.I),
        future=compile_cached(rf"\b(?:{_alternation(raw['future_words'])})\b", re.I),
        past=compile_cached(rf"\b(?:{_alternation(raw['past_words'])}|\w{{3,}}ed)\b", re.I),
        capture=compile_cached(rf"(?:^|\W)(?:{_alternation(raw['capture_words'])})(?!\w)", re.I),
        header_lines=int(raw["header_lines"]),
        min_score=float(raw["min_score"]),
        scores={str(k): float(v) for k, v in raw["scores"].items()},
        date_prefix=max(len(m) for m in months) + len("31st of .,"),
    )


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _full_date_of(
    match: re.Match[str], rules: DatingRules, dayfirst: bool | None = None
) -> dt.date | None:
    """Return the date a full-date match stands for (None: impossible or ambiguous)."""
    g = match.groupdict()
    if g["y"]:
        return _safe_date(int(g["y"]), rules.months[g["m"].lower().rstrip(".")], int(g["d"]))
    if g["y2"]:
        return _safe_date(int(g["y2"]), rules.months[g["m2"].lower().rstrip(".")], int(g["d2"]))
    if g["y3"]:
        return _safe_date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
    if g["y4"]:
        if dayfirst is False:
            return _safe_date(int(g["y4"]), int(g["d4"]), int(g["m4"]))
        return _safe_date(int(g["y4"]), int(g["m4"]), int(g["d4"]))
    if g.get("y6"):
        month = g["m6"]
        number = int(month) if month.isdigit() else rules.months[month.lower()]
        return _safe_date(int(g["y6"]), number, int(g["d6"]))
    a, b, y = int(g["a5"]), int(g["b5"]), int(g["y5"])
    y += 2000 if y < 100 else 0
    if a > 12 >= b:
        return _safe_date(y, b, a)
    if b > 12 >= a:
        return _safe_date(y, a, b)
    if dayfirst is None:
        return None  # ambiguous day/month order
    return _safe_date(y, b, a) if dayfirst else _safe_date(y, a, b)


def ambiguous_dates(text: str) -> list[str]:
    """Return the numeric dates in ``text`` whose day/month order cannot be told.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    list of str
        Slash dates such as "05/03/2022" with both parts 12 or below, as written.

    Examples
    --------
    >>> ambiguous_dates("Published: 05/03/2022, updated 14/03/2022")
    ['05/03/2022']
    """
    rules = load_dating_rules()
    return [
        m.group(0)
        for m in rules.full_date.finditer(text)
        if m["a5"] and _full_date_of(m, rules) is None and _full_date_of(m, rules, True)
    ]


def _day_month_of(match: re.Match[str], rules: DatingRules) -> tuple[int, int] | None:
    g = match.groupdict()
    if g.get("d"):
        month, day = rules.months[g["m"].lower().rstrip(".")], int(g["d"])
    else:
        month, day = rules.months[g["m2"].lower().rstrip(".")], int(g["d2"])
    if not 1 <= day <= 31 or day > calendar.monthrange(2000, month)[1]:
        return None
    return month, day


def parse_date_value(value: str, *, dayfirst: bool | None = None) -> dt.date | None:
    """Parse a date written in a manifest cell or on the command line.

    Parameters
    ----------
    value : str
        ISO ``YYYY-MM-DD`` (a time after it is ignored) or any full-date form the dating rules
        know ("25 February 2021", "11 марта 2021 г.").
    dayfirst : bool, optional
        How to read a numeric date whose order is ambiguous ("05/03/2022"): day first (True)
        or month first (False); by default such a date is not read.

    Returns
    -------
    datetime.date or None
        The date, or None when ``value`` holds no full date.

    Examples
    --------
    >>> parse_date_value("2023-04-20")
    datetime.date(2023, 4, 20)
    >>> parse_date_value("29 Apr, 2024")
    datetime.date(2024, 4, 29)
    """
    text = value.strip()
    try:
        return dt.date.fromisoformat(
            text[:10] if re.match(r"\d{4}-\d\d-\d\d(?:[T ]|$)", text) else text
        )
    except ValueError:
        pass
    rules = load_dating_rules()
    match = rules.full_date.search(text)
    return _full_date_of(match, rules, dayfirst) if match else None


class _Line(NamedTuple):
    number: int  # 1-based line number in the text
    text: str
    rank: int  # index among non-empty lines


def _lines(text: str, skip: Collection[int]) -> list[_Line]:
    out: list[_Line] = []
    rank = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if number in skip or not line.strip():
            continue
        out.append(_Line(number, line, rank))
        rank += 1
    return out


# Lines longer than this are searched for full dates only around their four-digit years.
_LONG_LINE = 5000
# How far before a year, and after it, a full date reaches ("Thursday 28 September 2023",
# "2023-09-28", "/2023/sep/28/").
_BEFORE_YEAR, _AFTER_YEAR = 60, 12


def _search_from(line: str, hint: int, rules: DatingRules) -> int:
    """Return where the first full date of ``line`` may start, given its first year at ``hint``.

    A full date holds at most ``rules.date_prefix`` characters other than white space before
    its year, and its year is at or after the first one: so no date starts before a point with
    more such characters between it and ``hint``, and the text before it is not searched.
    """
    seen = 0
    for i in range(hint - 1, -1, -1):
        if not line[i].isspace():
            seen += 1
            if seen > rules.date_prefix:
                return i
    return 0


def _full_dates(line: str, rules: DatingRules) -> Iterator[re.Match[str]]:
    """Yield the full dates of a line, as ``rules.full_date.finditer(line)`` finds them.

    Every full date holds a four-digit year, so a line without one is skipped, and a very long
    line is searched only in windows around its years (a date whose day and month stand more
    than 60 characters before its year is not found there).
    """
    if len(line) <= _LONG_LINE:
        if "1" not in line and "2" not in line and "/" not in line:
            return  # each year starts with 1 or 2; a two-digit year stands after a slash
        hint = _MAYBE_FULL_DATE.search(line)  # a year, or a two-digit-year numeric date
        if hint is not None:
            yield from rules.full_date.finditer(line, _search_from(line, hint.start(), rules))
        return
    years = [m.span() for m in _YEAR_HINT.finditer(line)]
    if not years:
        return
    windows: list[list[int]] = []
    for start, stop in years:
        lo, hi = max(0, start - _BEFORE_YEAR), min(len(line), stop + _AFTER_YEAR)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        for m in rules.full_date.finditer(line, lo, hi):
            if m.end() == hi < len(line):
                # the window may have cut the match or faked a word boundary: match it whole
                whole = rules.full_date.match(line, m.start())
                if whole is not None:
                    yield whole
                continue
            yield m


def _sentence_bounds(line: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the sentence of ``line`` that holds the span ``start:end``."""
    left = 0
    for m in _SENTENCE_END.finditer(line, max(0, start - _WINDOW), start):
        left = m.end()
    right_match = _SENTENCE_END.search(line, end, end + _WINDOW)
    right = right_match.start() + 1 if right_match else len(line)
    return left, right


def _clause_bounds(line: str, start: int, end: int) -> tuple[int, int]:
    """Return the bounds of the clause (sentence part between stops and dashes) of a span."""
    left = 0
    for m in _CLAUSE_END.finditer(line, max(0, start - _WINDOW), start):
        left = m.end()
    right_match = _CLAUSE_END.search(line, end, end + _WINDOW)
    return left, right_match.start() + 1 if right_match else len(line)


def _sentence_around(line: str, start: int, end: int) -> str:
    """Return the sentence of ``line`` that holds the span ``start:end``."""
    left, right = _sentence_bounds(line, start, end)
    return line[left:right].strip()


def _standalone(lead: str, after: str, rules: DatingRules) -> bool:
    """Tell whether a date stands nearly alone: two words at most around it, cues aside."""
    bare = rules.update_cue.sub("", rules.cue.sub("", lead))  # the words other than cues
    # what follows the date, up to a window: more than two words there are enough to know
    rest = (bare + " " + _TAIL.sub("", " " + after[:_REST_WINDOW].strip(" ,")) + " ").strip()
    return len(_LETTERS.findall(rest)) <= 2


def _opens_sentence(before: str) -> bool:
    r"""Tell whether a date after ``before`` opens a sentence ("On 20 April", ". On 4 May").

    Reads only the end of ``before``, as ``(?:^|[.!?]\s+)(?:on\s+)?$`` would match it.
    """

    def stop_or_start(text: str) -> bool:  # "" or a stop and white space at the end
        kept = text.rstrip()
        return text == "" or (len(kept) < len(text) and kept[-1:] in (".", "!", "?"))

    if stop_or_start(before):
        return True
    kept = before.rstrip()
    return len(kept) < len(before) and kept[-2:].lower() == "on" and stop_or_start(kept[:-2])


def _score(
    line: _Line, start: int, end: int, rules: DatingRules, *, n_lines: int
) -> tuple[float, list[str]]:
    s = rules.scores
    lo = max(0, start - _WINDOW)
    before, after = line.text[lo:start], line.text[end : end + _WINDOW]
    score, why = 0.0, []
    # the header is the first few lines, and at most the first third of a short text
    header = line.rank < min(rules.header_lines, max(2, n_lines // 3))
    if header:
        score += s["header"]
        why.append("header")
    lead = _TAIL.sub("", before[-60:])  # "Published 10:02 AM EST, Wed " -> "Published"
    if rules.cue.search(lead):
        score += s["cue"]
        why.append("cue")
    elif rules.update_cue.search(lead):
        score += s["update_cue"]
        why.append("update cue")
    if re.search(r"(?:https?://|www\.)\S*$", before):
        score += s["cue"]
        why.append("web address")
    if (lo == 0 and _DATELINE.match(before)) or (not before.strip() and _AGENCY.match(after)):
        score += s["dateline"]
        why.append("dateline")
    if _TIME.search(after):
        score += s["time"]
        why.append("time")
    if rules.weekday.search(before[-20:].rstrip(" (,")) or rules.weekday.search(before[-20:]):
        score += s["weekday"]
        why.append("weekday")
    if _TAGS.match(after):
        after = ""  # a tag list says nothing against a date standing alone
        why.append("tags")
    if after.rstrip()[-1:] not in (".", "!", "?") and _standalone(lead, after, rules):
        score += s["standalone"]
        why.append("standalone")
        if line.rank >= n_lines - 2 and not header:
            score += s["footer"]
            why.append("footer")
    if _opens_sentence(before):
        score += s["sentence_start"]
        why.append("sentence start")
    if not {"sentence start", "dateline"} & set(why) and rules.reference.search(before):
        score += s["reference"]
        why.append("reference")
    left, right = _clause_bounds(line.text, start, end)
    near = line.text[max(left, start - 60) : min(right, end + 40)]
    if rules.future.search(near):
        score += s["future"]
        why.append("future")
    if len(line.text) <= 100 and rules.capture.search(before[-40:] + " " + after[:40]):
        score += s["capture"]
        why.append("page toolbar")
    return score, why


def _evidence(line: str, start: int, end: int, width: int = 60) -> str:
    """Return the words around a date, trimmed to a readable snippet."""
    sentence = _sentence_around(line, start, end)
    if len(sentence) <= 2 * width + (end - start):
        return sentence
    left, right = max(0, start - width), min(len(line), end + width)
    while left > 0 and not line[left - 1].isspace():
        left -= 1
    while right < len(line) and not line[right].isspace():
        right += 1
    snippet = line[left:right].strip()
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(line) else "")


def _lower_bound(
    lines: Sequence[_Line],
    rules: DatingRules,
    *,
    exclude: tuple[int, int, int] | None,
    dayfirst: bool | None = None,
) -> tuple[dt.date, str] | None:
    """Latest date of an event the text reports in the past tense."""
    best: tuple[dt.date, str] | None = None

    def consider(day: dt.date | None, line: _Line, m: re.Match[str], since: bool) -> None:
        nonlocal best
        if day is None:
            return
        sentence = _sentence_around(line.text, m.start(), m.end())
        before = line.text[max(0, m.start() - 12) : m.start()].lower()
        is_since = since or bool(re.search(r"\b(?:since|after)\s*$", before))
        if rules.future.search(sentence) and not is_since:
            return
        if not (is_since or rules.past.search(sentence)):
            return
        if best is None or day > best[0]:
            best = (day, sentence)

    for line in lines:
        taken: list[tuple[int, int]] = []
        for m in _full_dates(line.text, rules):
            if exclude and (line.number, m.start(), m.end()) == exclude:
                continue
            taken.append(m.span())
            consider(_full_date_of(m, rules, dayfirst), line, m, False)
        for m in rules.month_year.finditer(line.text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append(m.span())
            month = rules.months[m["m"].lower().rstrip(".")]
            consider(_safe_date(int(m["y"]), month, 1), line, m, False)
        for m in rules.year_ref.finditer(line.text):
            if any(a <= m.start("y") < b for a, b in taken):
                continue
            since = m.group(0).lower().startswith(("since", "after"))
            consider(_safe_date(int(m["y"]), 1, 1), line, m, since)
    return best


def find_date(
    text: str,
    *,
    skip_lines: Collection[int] = (),
    rules: DatingRules | None = None,
    dayfirst: bool | None = None,
) -> DateFinding | None:
    r"""Find the publication date of a document in its text.

    Parameters
    ----------
    text : str
        The document's text (normally the raw text, so that a dateline that cleaning removes
        still counts).
    skip_lines : collection of int, optional
        1-based line numbers to ignore (e.g. lists of unrelated headlines at the page's end,
        whose dates say nothing of this document).
    rules : DatingRules, optional
        Compiled rules; the package's rules by default.
    dayfirst : bool, optional
        The order of numeric dates in this document ("05/03/2022"): day first (True) or month
        first (False). By default an ambiguous one is not read (see :func:`ambiguous_dates`).

    Returns
    -------
    DateFinding or None
        The date with its evidence, or None when the text holds no usable date.

    Examples
    --------
    >>> find_date("Kyiv\n\nposted 11 March 2021 13:00\n\nThe ministers met.").date
    datetime.date(2021, 3, 11)
    """
    rules = rules or load_dating_rules()
    lines = _lines(text, set(skip_lines))
    best: DateFinding | None = None
    for line in lines:
        for m in _full_dates(line.text, rules):
            day = _full_date_of(m, rules, dayfirst)
            if day is None:
                continue
            score, _ = _score(line, m.start(), m.end(), rules, n_lines=len(lines))
            if score >= rules.min_score and (best is None or score > best.score):
                evidence = _evidence(line.text, m.start(), m.end())
                best = DateFinding(day, "text", evidence, line.number, score)
    if best is not None:
        return best

    yearless: tuple[float, _Line, re.Match[str], tuple[int, int]] | None = None
    for line in lines:
        if not _DIGIT.search(line.text):  # every day and month has a day number
            continue
        for m in rules.day_month.finditer(line.text):
            md = _day_month_of(m, rules)
            if md is None:
                continue
            score, _ = _score(line, m.start(), m.end(), rules, n_lines=len(lines))
            if score >= rules.min_score and (yearless is None or score > yearless[0]):
                yearless = (score, line, m, md)
    if yearless is None:
        return None
    score, line, m, (month, day_of_month) = yearless
    bound = _lower_bound(
        lines, rules, exclude=(line.number, m.start(), m.end()), dayfirst=dayfirst
    )
    if bound is None:
        return None
    low, because = bound
    weekday = _weekday_before(line.text[: m.start()], rules)
    if weekday is None and _DATELINE.match(line.text[: m.start()]):
        weekday = _weekday_in_dateline(line.text, m, rules)
    found, terms = _infer_year(text, low, month, day_of_month, weekday)
    on_weekday = "" if weekday is None else f", the first such year on a {found:%A}"
    evidence = (
        f"{_evidence(line.text, m.start(), m.end(), 30)} (year inferred{on_weekday}: the text "
        f"reports an earlier event "
        f"dated {low.isoformat()}: {because!r}{terms})"
    )
    return DateFinding(found, "inferred", evidence, line.number, score)


def _first_year(
    low: dt.date, month: int, day: int, weekday: int | None, high: dt.date | None = None
) -> dt.date | None:
    """Return the first date on ``month``/``day`` on or after ``low`` (and not after ``high``).

    With a weekday ("Tuesday, July 11"), the first such date on that weekday (within 28 years).
    """
    for year in range(low.year, low.year + 29):
        found = _safe_date(year, month, day)
        if found is None or found < low:
            continue
        if high is not None and found > high:
            return None
        if weekday is None or found.weekday() == weekday:
            return found
    return None


def _infer_year(
    text: str, low: dt.date, month: int, day: int, weekday: int | None
) -> tuple[dt.date, str]:
    """Return the inferred date and, when the named people's terms moved it, why."""
    plain = _first_year(low, month, day, weekday)
    if plain is None:  # no year on that weekday: the weekday is ignored
        plain = _first_year(low, month, day, None) or dt.date(low.year + 1, month, 1)
    bounds = term_bounds(text)
    start = max(low, bounds.low) if bounds.low else low
    if bounds.low is None or (start == low and (bounds.high is None or plain <= bounds.high)):
        return plain, ""
    within = _first_year(start, month, day, weekday, bounds.high) or _first_year(
        start, month, day, None, bounds.high
    )
    if within is None:
        return plain, ""  # the terms leave no room: keep the year the events give
    return within, f"; within the terms of the people named: {bounds.because}"


def _weekday_in_dateline(line: str, m: re.Match[str], rules: DatingRules) -> int | None:
    """Return the weekday a newswire dateline's own sentence names ("… said on Tuesday")."""
    sentence = _sentence_around(line, m.start(), m.end())
    days = {
        rules.weekdays[w.group(1).lower()]
        for w in re.finditer(r"\bon\s+([^\W\d_]+)\b", sentence, re.I)
        if w.group(1).lower() in rules.weekdays and len(w.group(1)) > 3
    }
    return days.pop() if len(days) == 1 else None


def _weekday_before(before: str, rules: DatingRules) -> int | None:
    """Return the weekday (0 = Monday) named just before a date, if any."""
    m = re.search(r"([A-Za-z]+)\W{0,3}$", before)
    if m is None or not rules.weekday.search(m.group(0)):
        return None
    return rules.weekdays.get(m.group(1).lower())


def undatable_error(path: str, text: str, *, raw: str | None = None) -> UndatableDocumentError:
    """Build the error for a document whose date cannot be found.

    Parameters
    ----------
    path : str
        The document's file.
    text : str
        Its text, to mention a year-less date if there is one.
    raw : str, optional
        Its text before cleaning, to name an ambiguous numeric date (which cleaning may
        have removed as a dateline); ``text`` by default.

    Returns
    -------
    UndatableDocumentError
        The error, naming the file and how to supply the date.
    """
    ambiguous = ambiguous_dates(raw if raw is not None else text)
    if ambiguous:
        return UndatableDocumentError(
            located(
                f"the date {ambiguous[0]!r} can be read day first or month first",
                path=path,
                hint=(
                    "Say which order the source uses: load_corpus(..., dayfirst=True) (or "
                    "False), or a date_format column (DMY or MDY) in the manifest."
                ),
            )
        )
    rules = load_dating_rules()
    m = rules.day_month.search(text)
    found = f" (it mentions {m.group(0).strip()!r} but no year can be inferred)" if m else ""
    return UndatableDocumentError(
        located(
            f"no publication date found in the text{found}",
            path=path,
            hint=(
                "Give the date in a manifest.csv next to the documents "
                "(columns: file,date with date as YYYY-MM-DD), or pass manifest=."
            ),
        )
    )
