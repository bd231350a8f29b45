"""Tests for nato_diff.dimensions.quickcheck: the checks and searches give what re gives."""

from __future__ import annotations

import re

import pytest

from nato_diff.corpus import Corpus
from nato_diff.dimensions import can_match, find_matches
from nato_diff.extract.claim_rules import load_claim_rules

from .test_prefilter import EXTRA_SENTENCES

VARIANTS = [
    lambda s: s,
    str.upper,
    lambda s: s.replace(" ", "  "),
    lambda s: s.replace(" ", "\u2013"),
    lambda s: s.replace(" ", "\u00a0"),
    lambda s: s.replace("i", "\u0131").replace("s", "\u017f"),
    lambda s: s.replace(" ", " x\u0307"),
]


def test_act_cues_found_exactly_where_the_check_lets_them_run(seeds: Corpus) -> None:
    sentences = [s for doc in seeds for s in doc.sentences] + EXTRA_SENTENCES
    sentences += ["Kyiv refused to sign.", "Hungary's veto", "They will never accept it."]
    patterns = load_claim_rules().acts.values()
    skipped = 0
    for sentence in (v(s) for s in sentences for v in VARIANTS):
        for pattern in patterns:
            if not can_match(pattern, sentence):
                skipped += 1
                assert pattern.search(sentence) is None, (pattern.pattern[:40], sentence)
    assert skipped > len(sentences)  # the check does skip work


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"(?<!\w)(?:oppos\w*|reject\w*)", "They opposed it.", True),
        (r"(?<!\w)(?:oppos\w*|reject\w*)", "They welcomed it.", False),
        # at a word start only: "reject" inside a word cannot match after (?<!\w)
        (r"(?<!\w)(?:reject\w*)", "unrejected", False),
        # the look-behind covers one alternative only: searched everywhere
        (r"(?<!\w)oppose|reject", "unrejected", True),
        # no selective string: always run
        (r"\w+ll", "anything", True),
        (r"(?i:REJECT)", "they reject", True),
    ],
)
def test_can_match(pattern: str, text: str, expected: bool) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert can_match(compiled, text) is expected
    if not expected:
        assert compiled.search(text) is None


def _spans(found: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in found]


def test_find_matches_gives_what_finditer_gives(seeds: Corpus) -> None:
    sentences = [s for doc in seeds for s in doc.sentences] + EXTRA_SENTENCES
    sentences += ["Kyiv refused to sign; Minsk refused, too.", "It is against, as ever."]
    patterns = list(load_claim_rules().acts.values())
    n_found = 0
    for sentence in (v(s) for s in sentences for v in VARIANTS):
        for pattern in patterns:
            for pos, endpos in ((0, len(sentence)), (3, len(sentence) // 2)):
                expected = _spans(list(pattern.finditer(sentence, pos, endpos)))
                assert _spans(find_matches(pattern, sentence, pos, endpos)) == expected
                n_found += len(expected)
    assert n_found > 100


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?<!\w)(?:at a later date|later|date)", "at a later date, later"),
        (r"(?<!\w)(?:ab|abc)", "abc ab abcabc"),
        (r"(?:cd|de)", "cde cdcd"),  # no look-behind: strings searched everywhere
        (r"(?<!\w)(?:x?)", "a x b"),  # empty matches
        (r"(?<!\w)(?:one|two)", "one  two\u2013one"),  # a text that no longer lines up
    ],
)
def test_find_matches_cases(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert _spans(find_matches(compiled, text)) == _spans(list(compiled.finditer(text)))
