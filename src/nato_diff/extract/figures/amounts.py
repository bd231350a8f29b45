"""What the number at a token is: money, a count, a share, a percentage or a measure.

A number becomes money when a currency stands before or after it ("€65 billion", "nearly
one hundred billion euros"), a count with a count unit ("50 nations"), a percentage with a
percent word, a measure with a measure unit ("155mm"); ranges ("$1–2 billion") and
qualifiers ("more than") are read with it. Numbers that are not volumes are left out: years,
dates, times, ranks, model names ("F-16", "Leopard 2") and bare numbers.
"""

from __future__ import annotations

from .figure import _Raw
from .lexicon import _Tables
from .numbers import _is_month, _Num, _read_number, _read_share
from .tokens import _DASHES, _DIGIT, _SYM, _WORD, _Tokens

_MAX_MODIFIERS = 4  # tokens allowed between a number and its count unit


def _glued_run_end(t: _Tokens, i: int) -> int:
    j = i + 1
    while j < t.n and t.glued(j) and not t.is_punct(j):
        j += 1
    return j


def _not_a_volume(t: _Tokens, i: int, tb: _Tables) -> int | None:
    """For a digit token: the token to resume at if it is a name, rank, time or date."""
    if t.glued(i):
        prev = t.text[i - 1]
        if t.kind[i - 1] == _WORD and prev not in tb.codes:
            return _glued_run_end(t, i)  # "A400", "G7"
        if prev in _DASHES and i > 1 and t.glued(i - 1) and t.kind[i - 2] == _WORD:
            return _glued_run_end(t, i)  # "F-16", "COVID-19"
        if prev in (":", "/") and i > 1 and t.glued(i - 1) and t.kind[i - 2] == _DIGIT:
            return _glued_run_end(t, i)
    nxt = i + 1
    if nxt < t.n and t.glued(nxt) and t.lower[nxt] in tb.ordinal_suffixes:
        return nxt + 1  # "30th"
    if (
        nxt + 1 < t.n
        and t.text[nxt] in (":", "/")
        and t.glued(nxt)
        and t.glued(nxt + 1)
        and t.kind[nxt + 1] == _DIGIT
    ):
        return _glued_run_end(t, i)  # "13:00", "12/06/2020"
    if _is_month(t, i - 1, tb) or _is_month(t, nxt, tb):
        return nxt  # "April 21", "12 June", "June 2020"
    if i >= 3 and t.text[i - 1] == "," and t.kind[i - 2] == _DIGIT and _is_month(t, i - 3, tb):
        return nxt  # "April 21, 2023"
    return None


def _count_unit(t: _Tokens, k: int, tb: _Tables) -> tuple[int, str] | None:
    """Find the count unit at ``k`` or after a few modifiers ("four Patriot systems")."""
    first = k
    while k < t.n and k - first <= _MAX_MODIFIERS:
        m = tb.count_units.match_at(t, k)
        if m is not None:
            return m
        low = t.lower[k]
        kind = t.kind[k]
        if kind == _SYM:
            if low not in _DASHES or not t.glued(k):
                return None
        elif kind == _WORD:
            if low in tb.count_breakers or low in tb.number_vocab or low in tb.months:
                return None
            if t.text[k][0].islower() and _looks_plural(low):
                return None  # another plural noun: "three historic decisions"
        else:  # digits: only inside a name ("Leopard 2", "F-16")
            if k == first or not (t.glued(k) or t.text[k - 1][0].isupper()):
                return None
        k += 1
    return None


def _looks_plural(word: str) -> bool:
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous", "ics"))
    )


def _currency_after(t: _Tokens, j: int, tb: _Tables) -> tuple[int, str] | None:
    """Match a currency written after an amount: a word in any case, a code or sign as written."""
    m = tb.cur_words.match_at(t, j) or tb.cur_suffix.match_at(t, j)
    if m is not None:
        return m
    w = tb.cur_weak.match_at(t, j)
    if w is not None and not (w[0] < t.n and t.lower[w[0]] == "of"):
        return w
    a = tb.cur_ambiguous.match_at(t, j)
    if a is not None:
        code = _resolve_currency(t, *a[1], tb)
        if code is not None:
            return a[0], code
    return None


def _resolve_currency(
    t: _Tokens, candidates: tuple[str, ...], default: str | None, tb: _Tables
) -> str | None:
    """Pick the one candidate the sentence points to (code, symbol or donor), else the default."""
    hints: set[str] = set()
    for k in range(t.n):
        m = tb.cur_prefix.match_at(t, k)
        if m is not None and m[1] in candidates:
            hints.add(m[1])
        d = tb.donor_forms.match_at(t, k)
        if d is not None and tb.donor_currency.get(d[1]) in candidates:
            hints.add(tb.donor_currency[d[1]])
    if not hints:
        return default
    return hints.pop() if len(hints) == 1 else None


def _read_range(
    t: _Tokens, num: _Num, first: int, tb: _Tables, allow_abbr: bool
) -> tuple[int, float, _Num | None, int]:
    """Read a range after ``num``: (first token, low value, high end or None, end token).

    "$1–2 billion", "1 to 2 million", "between 10 and 20 million euros".
    """
    low = t.lower
    j = num.end
    opener = first > 0 and low[first - 1] in tb.range_openers
    if j + 1 >= t.n:
        return first, num.value, None, j
    joiner = low[j]
    if opener:
        is_range = joiner == "and"
    else:
        changing = any(low[k] in tb.change_openers for k in range(max(0, first - 3), first))
        is_range = joiner in _DASHES or (joiner == "to" and not changing)
    k = j + 1
    pre = tb.cur_prefix.match_at(t, k) if is_range else None
    if pre is not None:
        k = pre[0]
    b = None
    if is_range and k < t.n and (t.kind[k] == _DIGIT or low[k] in tb.start_words):
        b = _read_number(t, k, tb, allow_abbr=allow_abbr)
    if b is not None and not _is_month(t, b.end, tb):
        low_value = num.value * b.scale if num.scale is None and b.scale else num.value
        if b.value >= low_value and b.value > 0:
            return first - 1 if opener else first, low_value, b, b.end
    return first, num.value, None, j


def _classify(
    t: _Tokens, num: _Num, tb: _Tables, *, allow_abbr: bool = True
) -> tuple[_Raw | None, int]:
    """Decide what the number ``num`` is from the words around it."""
    first = num.start
    currency: str | None = None
    pre = tb.cur_prefix.match_before(t, first)
    if pre is not None:
        first, currency = pre
    first, value, high, j = _read_range(t, num, first, tb, allow_abbr)
    uses_abbr = num.abbr or (high is not None and high.abbr)
    post = _currency_after(t, j, tb)
    if post is not None:
        j, code = post
        currency = currency or code
    if currency is not None:
        raw = _Raw("money", first, j, value, high.value if high else None, currency=currency)
        return _qualify(t, raw, tb), raw.last
    if uses_abbr and allow_abbr:  # "5 m" with no currency: no scale, perhaps metres
        again = _read_number(t, num.start, tb, allow_abbr=False)
        if again is None:
            return None, num.end
        return _classify(t, again, tb, allow_abbr=False)
    return _not_money(t, num, first, value, high, tb)


def _not_money(
    t: _Tokens, num: _Num, first: int, value: float, high: _Num | None, tb: _Tables
) -> tuple[_Raw | None, int]:
    """Read a number with no currency as a share, percentage, measure or count, or nothing."""
    j = high.end if high is not None else num.end
    v_high = high.value if high else None
    raw = _one_in(t, first, value, high, j, tb) or _percent(t, first, value, v_high, j, tb)
    if raw is not None:
        return _qualify(t, raw, tb), raw.last
    if _names_a_model(t, num, first, tb):
        return None, num.end

    # measures: "155mm", "155-mm", "155 caliber"
    k = j + 1 if j < t.n and t.lower[j] in _DASHES and t.glued(j) else j
    ms = tb.measure_units.match_at(t, k)
    if ms is not None:
        raw = _Raw("measure", first, ms[0], value, v_high, unit=ms[1])
        return _qualify(t, raw, tb), raw.last

    if _is_year(t, num, first, j, tb):
        return None, num.end

    # counts ("50+ nations", "50 or more nations")
    after = tb.qual_after.match_at(t, j)
    if after is not None and after[0] < t.n and t.lower[after[0]] in tb.qual_after_blockers:
        after = None
    cu = _count_unit(t, after[0] if after is not None else j, tb)
    if cu is not None:
        raw = _Raw("count", first, cu[0], value, v_high, unit=cu[1])
        return _qualify(t, raw, tb, post_at=j), raw.last
    return None, num.end


def _one_in(
    t: _Tokens, first: int, value: float, high: _Num | None, j: int, tb: _Tables
) -> _Raw | None:
    """Read "one in three", "1 in 5" as a share."""
    if high is not None or j + 1 >= t.n or t.lower[j] != "in" or not value.is_integer():
        return None
    b = _read_number(t, j + 1, tb, allow_abbr=False)
    if (
        b is not None
        and b.scale is None
        and b.value.is_integer()
        and value < b.value <= 1000
        and not _is_month(t, b.end, tb)
    ):
        return _Raw("share", first, b.end, value / b.value)
    return None


def _percent(
    t: _Tokens, first: int, value: float, v_high: float | None, j: int, tb: _Tables
) -> _Raw | None:
    """Read a percentage ("40%"), a rate ("2% of GDP") or a share ("40% of the fleet")."""
    pc = tb.percent_words.match_at(t, j)
    if pc is None:
        return None
    end, unit = pc
    raw = _Raw("percent", first, end, value / 100, v_high / 100 if v_high is not None else None)
    raw.unit = unit
    if end < t.n and t.lower[end] == "of":
        base = _rate_base_follows(t, end + 1, tb)
        if base is not None:
            raw.rate = True
            if base:
                raw.unit = f"{unit} of {base}"
        else:
            raw.kind, raw.unit, raw.of_at = "share", None, end + 1
    return raw


def _names_a_model(t: _Tokens, num: _Num, first: int, tb: _Tables) -> bool:
    """Whether a digit right after a capitalised word names a model: "Leopard 2 tanks"."""
    return (
        num.plain_int is not None
        and first > 1
        and t.kind[first - 1] == _WORD
        and t.text[first - 1][0].isupper()
        and not t.glued(first)
        and tb.qual_before.match_before(t, first) is None
        and t.lower[first - 1] not in tb.range_openers
    )


def _is_year(t: _Tokens, num: _Num, first: int, j: int, tb: _Tables) -> bool:
    """Whether the number is a year ("in 2014"), not a count of something ("2014 nations")."""
    lo, hi = tb.year_range
    low = t.lower
    is_year = (
        num.plain_int is not None and len(num.plain_int) == 4 and lo <= int(num.plain_int) <= hi
    )
    return is_year and (
        (first > 0 and (low[first - 1] in tb.year_prepositions or _is_month(t, first - 1, tb)))
        or tb.count_units.match_at(t, j) is None
    )


def _rate_base_follows(t: _Tokens, k: int, tb: _Tables) -> str | None:
    """Find the rate base ("GDP") within a few words of ``k``: its name, "" if unnamed."""
    for j in range(k, min(k + 4, t.n)):
        m = tb.rate_bases.match_at(t, j)
        if m is not None:
            return m[1]
        if t.is_punct(j):
            return None
    return None


def _qualify(t: _Tokens, raw: _Raw, tb: _Tables, post_at: int | None = None) -> _Raw:
    """Attach the qualifier before (or after) the span."""
    before = tb.qual_before.match_before(t, raw.first)
    if before is not None:
        start, bound = before
        raw.qualifier = (start, raw.first)
        raw.bound = bound
        raw.first = start
        return raw
    for at in (post_at, raw.last):
        if at is None:
            continue
        after = tb.qual_after.match_at(t, at)
        if after is not None:
            end, bound = after
            if t.text[at] == "+" and not t.glued(at):
                continue
            if end < t.n and t.lower[end] in tb.qual_after_blockers:
                continue  # "18 launchers and more than 100 missiles": "more than" is the next's
            raw.qualifier = (at, end)
            raw.bound = bound
            raw.last = max(raw.last, end)
            return raw
    return raw


def _read_at(t: _Tokens, i: int, tb: _Tables) -> tuple[_Raw | None, int]:
    """Try to read a figure starting at token ``i``; return it and where to go on."""
    if t.kind[i] == _DIGIT:
        resume = _not_a_volume(t, i, tb)
        if resume is not None:
            return None, resume
    share = _read_share(t, i, tb) if t.kind[i] == _WORD else None
    if isinstance(share, _Raw):
        return _qualify(t, share, tb), share.last
    num = share if isinstance(share, _Num) else _read_number(t, i, tb)
    if num is None:
        return None, i + 1
    return _classify(t, num, tb)


# ----------------------------------------------------------------------------------------
