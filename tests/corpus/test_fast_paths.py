"""Cleaning, dating and splitting read each line once; their shortcuts give exactly what the
regular expressions they stand for give."""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nato_diff.corpus import clean, seeds_path, split_sentences
from nato_diff.corpus import cleaning as cleaning_module
from nato_diff.corpus.cleaning import (
    _cut_short,
    _ends_sentence,
    _may_hold,
    _n_words,
    _screen,
    _trailing_nonword,
    load_cleaning_rules,
)
from nato_diff.corpus.dating import _full_dates, _opens_sentence, load_dating_rules

GUARD = settings(
    max_examples=200,
    deadline=dt.timedelta(seconds=5),
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=True,
)
# Letters, digits, joiners, stops, quotes, spaces, and the letters whose case folds oddly.
LINE = st.text(
    alphabet=st.sampled_from(list("aAkKsSiInNoO09 _.,;:!?…'’-\"”)(\t\u00a0ſİıKжЖ")),
    max_size=300,
)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@GUARD
@given(LINE, st.integers(0, 30))
def test_capped_word_count_is_exact_up_to_the_cap(line: str, cap: int) -> None:
    true = len(_WORD.findall(line))
    got = _n_words(line, cap)
    assert got == true if true <= cap else got > cap
    assert _n_words(line) == true


@GUARD
@given(LINE.map(lambda s: s.rstrip("\n")))
def test_line_end_tests_equal_their_patterns(line: str) -> None:
    core = line.strip()
    assert _trailing_nonword(line) == re.search(r"\W*\Z", line).group()  # type: ignore[union-attr]
    assert _ends_sentence(core) == bool(re.search(r"[.!?][\"”’')]*$", core))
    assert _cut_short(core) == bool(re.search(r"(\.\.\.|…)\W*$", core))
    assert _opens_sentence(line) == bool(re.search(r"(?:^|[.!?]\s+)(?:on\s+)?$", line, re.I))


def test_a_long_run_of_punctuation_ends_a_line_whole() -> None:
    line = "x" + "." * 10_000
    assert _trailing_nonword(line) == "." * 10_000
    assert _cut_short(line)


@GUARD
@given(LINE)
def test_literal_screens_never_hide_a_rule_match(line: str) -> None:
    screen = _screen(load_cleaning_rules().line_rules)
    for pattern, needs in (
        (screen.everywhere, screen.needs_everywhere),
        (screen.on_short, screen.needs_short),
    ):
        assert pattern is not None and needs  # the package's rules have literals to look for
        for text in (line, f"{line} cookies", f"contributed reporting {line}"):
            if pattern.search(text):
                assert _may_hold(text, needs)


def test_the_long_s_still_reaches_the_pattern() -> None:
    # "ſ" matches "s" case-insensitively, though its lower case is not "s"
    screen = _screen(load_cleaning_rules().line_rules)
    assert screen.on_short is not None and screen.on_short.search("We use cookieſ")
    assert _may_hold("We use cookieſ", screen.needs_short)


def _generated_corpus(n: int) -> list[str]:
    """Seed paragraphs and lines shuffled, with page chrome between them."""
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_path().glob("*.txt"))]
    paragraphs = [p for t in texts for p in t.split("\n\n")]
    lines = [line for t in texts for line in t.splitlines()]
    chrome = [
        "Share this article",
        "1,204 views",
        "Related news",
        "Politics | Europe",
        "By Olena Kovalenko and Mark Reed",
        "We use cookies to improve your experience.",
        "Reporting by Anna Lee; editing by Tom Hart",
        "4 April 2023 - 10:15",
        "Most read",
    ]
    out = []
    for _ in range(n):
        parts = rng.sample(paragraphs, 8) + rng.sample(lines, 12) + rng.sample(chrome, 5)
        rng.shuffle(parts)
        out.append("\n".join(parts))
    return out


def test_cleaning_with_screens_equals_cleaning_rule_by_rule(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = _generated_corpus(40)
    screened = [clean(t) for t in texts]
    assert sum(len(c.removed) for c in screened) > 100  # the chrome is found
    monkeypatch.setattr(
        cleaning_module, "_screen", lambda rules: cleaning_module._Screen(None, None, None, 0)
    )
    assert [clean(t) for t in texts] == screened


def test_a_long_text_splits_as_its_paragraphs_do() -> None:
    # paragraphs are split on their own: a long text gives its paragraphs' sentences in turn
    paragraphs = [p for t in _generated_corpus(40) for p in clean(t).text.split("\n\n")]
    one_by_one = [s for p in paragraphs for s in split_sentences(p)]
    assert len(one_by_one) > 900
    assert list(split_sentences("\n\n".join(paragraphs))) == one_by_one


_DATE_TOKENS = st.sampled_from(
    ["12", "2023", "1999", "March", "of", "May", "Sept.", "31st", "лютого", "05/03/22", "x"]
)
_DATE_GLUE = st.sampled_from([" ", "  ", ", ", "/", "-", ".", "\t", "", "            "])
DATE_LINE = st.lists(st.tuples(_DATE_TOKENS, _DATE_GLUE), max_size=40).map(
    lambda pairs: "".join(t + g for t, g in pairs)
)


@GUARD
@given(DATE_LINE)
def test_full_dates_are_found_as_a_search_of_the_whole_line_finds_them(line: str) -> None:
    rules = load_dating_rules()
    whole = [m.span() for m in rules.full_date.finditer(line)]
    assert [m.span() for m in _full_dates(line, rules)] == whole
