"""Numbers as written: digits, number words ("one hundred billion"), scales and shares.

:func:`number_from_words` reads one number; ``_read_number`` and ``_read_share`` read the
number at a token of a sentence, for the readers of :mod:`.amounts`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from text_to_num import text2num

from .figure import _Raw
from .lexicon import FigureLexicon, _default_lexicon, _Tables
from .tokens import _DASHES, _DIGIT, _SYM, _WORD, _Tokens

_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_PLAIN_RE = re.compile(r"\d+(?:\.\d+)?")
_DOTTED_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")


@dataclass
class _Num:
    """A number read at a token: its value and token span, and the scale written after it."""

    value: float
    start: int
    end: int
    scale: float | None  # scale multiplier read after the number, if any
    abbr: bool  # the scale was an abbreviation (needs a currency)
    plain_int: str | None  # the digits when an integer written in digits without separators


def _digits_value(s: str) -> float | None:
    if _PLAIN_RE.fullmatch(s):
        return float(s)
    if _GROUPED_RE.fullmatch(s):
        return float(s.replace(",", ""))
    if _DOTTED_THOUSANDS_RE.fullmatch(s):
        return float(s.replace(".", ""))
    if s.count(",") == 1 and "." not in s:  # decimal comma: "1,5"
        return float(s.replace(",", "."))
    return None


def _text2num(words: Sequence[str]) -> int | None:
    """Integer value of English number words via text2num; ``None`` when not a number."""
    if not words:
        return None
    try:
        value = text2num(" ".join(words), "en")
    except (ValueError, IndexError, AttributeError):
        return None
    return int(value)


def _read_scale(
    t: _Tokens, j: int, tb: _Tables, allow_abbr: bool
) -> tuple[int, float, bool] | None:
    if j + 1 < t.n and t.text[j] in _DASHES and t.glued(j) and t.glued(j + 1):
        m = tb.scale_words.match_at(t, j + 1)  # "$5-billion package"
        if m is not None:
            return m[0], m[1], False
    m = tb.scale_words.match_at(t, j)
    if m is not None:
        return m[0], m[1], False
    if allow_abbr:
        m = tb.scale_abbr.match_at(t, j)
        # An abbreviation is one short token: "bn", "m"; "m" followed by "." and a
        # letter ("m.p.h.") or glued to more letters is not one.
        if m is not None and not (m[0] < t.n and t.glued(m[0]) and t.kind[m[0]] != _SYM):
            return m[0], m[1], True
    return None


def _read_words(t: _Tokens, i: int, tb: _Tables) -> tuple[int, list[str]] | None:
    """Read the run of number words at ``i``: (end token, words with hyphens joined)."""
    words: list[str] = []
    j = i
    low = t.lower
    if low[i] in tb.articles:
        if i + 1 < t.n and (
            low[i + 1] in tb.hundreds
            or low[i + 1] in tb.multipliers
            or low[i + 1] in tb.scale_words
        ):
            words.append("one")
            j = i + 1
        else:
            return None
    while j < t.n:
        w = low[j]
        if w in tb.number_vocab:
            words.append(w)
            j += 1
        elif (
            w in _DASHES
            and words
            and words[-1] in tb.tens
            and j + 1 < t.n
            and t.glued(j)
            and t.glued(j + 1)
            and low[j + 1] in tb.units
        ):
            words[-1] = f"{words[-1]}-{low[j + 1]}"
            j += 2
        elif (
            w == "and"
            and words
            and (words[-1] in tb.hundreds or words[-1] in tb.scale_words)
            and j + 1 < t.n
            and (low[j + 1] in tb.units or low[j + 1] in tb.teens or low[j + 1] in tb.tens)
        ):
            words.append("and")
            j += 1
        else:
            break
    if not words:
        return None
    return j, words


def _read_number(t: _Tokens, i: int, tb: _Tables, *, allow_abbr: bool = True) -> _Num | None:
    """Read a number (digits or words, optional fraction and scale) starting at ``i``."""
    if i >= t.n:
        return None
    if t.kind[i] == _DIGIT:
        value = _digits_value(t.text[i])
        if value is None:
            return None
        plain = t.text[i] if t.text[i].isdigit() else None
        j = i + 1
        add = tb.fraction_additions.match_at(t, j)
        if add is not None:
            value += add[1]
            j = add[0]
            plain = None
        sc = _read_scale(t, j, tb, allow_abbr)
        if sc is not None:
            return _Num(value * sc[1], i, sc[0], sc[1], sc[2], None)
        return _Num(value, i, j, None, False, plain)
    run = _read_words(t, i, tb)
    if run is None:
        return None
    j, words = run
    multiplier = 1
    while words and words[-1] in tb.multipliers:
        multiplier *= tb.multipliers[words.pop()]
    add = tb.fraction_additions.match_at(t, j)
    scale: float | None = None
    abbr = False
    if add is not None:
        whole = _text2num(words)
        if whole is None:
            return None
        j = add[0]
        value = whole + add[1]
        sc = _read_scale(t, j, tb, allow_abbr)
        if sc is not None:
            j, scale, abbr = sc
            value *= scale
    else:
        if not words:  # "a dozen"
            words = ["one"]
        whole = _text2num(words)
        if whole is None:
            return None
        value = float(whole)
        scales = [w for w in words if w in tb.scale_words]
        if scales:
            scale = tb.scale_words.phrases[scales[-1]]
    return _Num(value * multiplier, i, j, scale, abbr, None)


def number_from_words(text: str, *, lexicon: FigureLexicon | None = None) -> float | None:
    """Read a number written in words (or digits with scale words) with text2num.

    Wraps ``text_to_num.text2num`` (integers in English words) and adds what it does not
    read: a leading article ("a million"), fractions ("two and a half million"),
    multipliers ("two dozen") and digits with scales ("1.5 billion").

    Parameters
    ----------
    text : str
        The number and nothing else, e.g. ``"one hundred billion"``.
    lexicon : FigureLexicon, optional
        Lexicon to read number and scale words from; the default one if not given.

    Returns
    -------
    float or None
        The value; ``None`` for empty text, text that is not a number, or text with words
        left over after the number.

    Examples
    --------
    >>> number_from_words("one hundred billion")
    100000000000.0
    >>> number_from_words("two and a half million")
    2500000.0
    >>> number_from_words("half") is None
    True
    """
    tb = (lexicon or _default_lexicon())._t
    t = _Tokens(text)
    if t.n == 0:
        return None
    share = _read_share(t, 0, tb) if t.kind[0] == _WORD else None
    num = share if isinstance(share, _Num) else _read_number(t, 0, tb, allow_abbr=False)
    if num is None or num.end != t.n:
        return None
    return num.value


def _is_month(t: _Tokens, i: int, tb: _Tables) -> bool:
    """Whether token ``i`` is a month name, capitalised ("June", not "may")."""
    return 0 <= i < t.n and t.lower[i] in tb.months and t.text[i][0].isupper()


def _follows_share(t: _Tokens, j: int, tb: _Tables) -> bool:
    return j >= t.n or t.is_punct(j) or t.lower[j] in tb.share_followers


def _read_share(t: _Tokens, i: int, tb: _Tables) -> _Raw | _Num | None:
    """Read a share ("half", "a third", "two-thirds") or a scaled fraction ("half a billion")."""
    low = t.lower
    n = t.n
    if low[i] in tb.fractions and tb.fractions[low[i]] == 2 and not low[i].endswith("s"):
        # bare "half"
        nxt = i + 1
        if nxt + 1 < n and low[nxt] in tb.articles:
            sc = _read_scale(t, nxt + 1, tb, True)
            if sc is not None:  # "half a billion"
                return _Num(0.5 * sc[1], i, sc[0], sc[1], sc[2], None)
            return None
        if i > 0 and (low[i - 1] in tb.articles or low[i - 1] == "and"):
            return None  # "and a half", "a half-" belong to a number
        if i > 0 and t.kind[i - 1] == _WORD and _looks_ordinal(low[i - 1]):
            return None  # "first half"
        if nxt < n and t.glued(nxt) and low[nxt] in _DASHES:
            return None  # "half-hearted"
        if nxt < n and low[nxt] == "of" and _time_follows(t, nxt + 1, tb):
            return None  # "half of the year"
        if not _follows_share(t, nxt, tb):
            return None
        return _Raw("share", i, nxt, 0.5, of_at=nxt + 1 if nxt < n and low[nxt] == "of" else None)

    # numerator + denominator: "a third", "one quarter", "two-thirds", "three fifths"
    if low[i] in tb.articles:
        numerator: int | None = 1
    elif t.kind[i] == _WORD and (low[i] in tb.units or low[i] in tb.teens):
        numerator = _text2num([low[i]])
    else:
        return None
    j = i + 1
    if j < n and low[j] in _DASHES and t.glued(j):
        j += 1
    if j >= n or low[j] not in tb.fractions or numerator is None or numerator == 0:
        return None
    denominator = tb.fractions[low[j]]
    plural = low[j].endswith("s")
    end = j + 1
    value = numerator / denominator
    # "a quarter of a million"
    if end + 2 < n and low[end] == "of" and low[end + 1] in tb.articles:
        sc = _read_scale(t, end + 2, tb, True)
        if sc is not None:
            return _Num(value * sc[1], i, sc[0], sc[1], sc[2], None)
    if end < n and low[end] == "of" and _time_follows(t, end + 1, tb):
        return None
    if not plural and not _follows_share(t, end, tb):
        return None  # "a third visit"
    if numerator > 1 and not plural:
        return None  # "two third" is not English; likely something else
    return _Raw("share", i, end, value, of_at=end + 1 if end < n and low[end] == "of" else None)


def _looks_ordinal(word: str) -> bool:
    return word in ("first", "second", "latter", "former", "last", "next", "other") or (
        word.endswith("th") and len(word) > 4
    )


def _time_follows(t: _Tokens, k: int, tb: _Tables) -> bool:
    """Whether a time noun or a year follows (after at most two determiners)."""
    for j in range(k, min(k + 3, t.n)):
        if t.lower[j] in tb.time_nouns:
            return True
        if t.kind[j] == _DIGIT:
            v = t.text[j]
            return v.isdigit() and len(v) == 4
        if t.lower[j] not in ("the", "this", "that", "last", "next", "its", "a"):
            return False
    return False
