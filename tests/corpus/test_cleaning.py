"""Cleaning web-page chrome, with every removal recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from nato_diff.corpus import Corpus
from nato_diff.corpus.cleaning import clean, load_cleaning_rules
from nato_diff.errors import DimensionError

from ..conftest import SEED_IDS

UNRELATED = [
    "Croatian ports",
    "repairing drones",
    "New sanctions",
    "Ramstein meeting, we expect",
]


def test_odessa_page_chrome_is_removed_with_reasons(seeds: Corpus) -> None:
    doc = seeds[SEED_IDS["2024-04-29"]]
    for words in [*UNRELATED, "Share this article"]:
        assert words not in doc.text
        assert not any(words in s for s in doc.sentences)
        assert any(words in r.text and r.reason for r in doc.removed), words
    reasons = {r.text.strip(): r.reason for r in doc.removed}
    assert reasons["Share this article"] == "share button"
    assert reasons["194"] == "view counter"
    assert reasons["more articles"] == "headlines of other stories"
    # the article's own last sentence stays
    assert doc.sentences[-1].startswith("Previously, the NATO Secretary General visited")


def test_language_switch_is_removed(seeds: Corpus) -> None:
    doc = seeds[SEED_IDS["2021-03-11"]]
    assert "Українською" not in doc.text
    assert [r.reason for r in doc.removed if "Українською" in r.text] == ["language switcher"]


def test_navigation_and_read_more(seeds: Corpus) -> None:
    doc = seeds[SEED_IDS["2023-04-20"]]
    reasons = {r.text.split(":")[0]: r.reason for r in doc.removed}
    assert reasons["To News and Stories"] == "navigation link"
    assert reasons["Read more"] == "read-more teaser"


def test_repeated_title_kept_once(seeds: Corpus) -> None:
    doc = seeds[SEED_IDS["2024-04-29"]]
    title = "President Zelensky met with Jens Stoltenberg in Kyv"
    assert doc.sentences.count(title) == 1
    assert [r.reason for r in doc.removed if r.text == title] == ["repeated title line"]


def test_removed_lines_point_into_the_raw_text(seeds: Corpus) -> None:
    for doc in seeds:
        raw_lines = doc.raw_text.splitlines()
        for r in doc.removed:
            assert raw_lines[r.line - 1] == r.text


def test_article_text_is_untouched() -> None:
    text = "Headline of a story\n\nAllies met in Brussels.\n\nThey agreed on more aid."
    assert clean(text).text == text
    assert clean(text).removed == ()


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Share", "share button"),
        ("Tweet", "share button"),
        ("1,204 views", "view counter"),
        ("EN | UA", "language switcher"),
        ("Home > News > Ukraine", "breadcrumb"),
        ("Back to news", "navigation link"),
        ("Related: Allies pledge more shells", "read-more teaser"),
        ("Photo: Ministry of Defence", "photo credit"),
        ("12 March 2023, 10:15", "dateline (date and little else)"),
    ],
)
def test_line_rules(line: str, reason: str) -> None:
    cleaned = clean(f"Headline of a story\n\n{line}\n\nAllies met in Brussels.")
    assert [r.reason for r in cleaned.removed] == [reason]
    assert "Allies met in Brussels." in cleaned.text


def test_user_rules_and_their_errors(tmp_path: Path) -> None:
    good = tmp_path / "rules.yaml"
    good.write_text(
        "line_rules:\n  - {id: ad, reason: advertisement, pattern: '^advertisement$'}\n",
        encoding="utf-8",
    )
    rules = load_cleaning_rules(good)
    assert [r.reason for r in clean("Advertisement\nText.", rules=rules).removed] == [
        "advertisement"
    ]
    bad = tmp_path / "bad.yaml"
    bad.write_text("line_rules:\n  - {id: x, reason: y, pattern: '(unclosed'}\n", encoding="utf-8")
    with pytest.raises(DimensionError, match=r"bad\.yaml: line_rules\[0\] \(x\): bad regular"):
        load_cleaning_rules(bad)
    typo = tmp_path / "typo.yaml"
    typo.write_text("line_rule: []\n", encoding="utf-8")
    with pytest.raises(DimensionError, match=r"typo\.yaml: unknown key"):
        load_cleaning_rules(typo)


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("World > Europe > Ukraine", "breadcrumb"),
        ("Politics | Europe", "breadcrumb"),
        ("https://example.org/world/2023/jul/10/story", "web address"),
        ("CNN's Jane Doe contributed reporting.", "reporting credits"),
        ("Updated 6:15 PM EST, Wed February 12, 2025", "dateline (date and little else)"),
        ("(As delivered)", "speech delivery note"),
        ("Check against delivery", "speech delivery note"),
    ],
)
def test_more_page_chrome(line: str, reason: str) -> None:
    body = "The first sentence of the article body is long enough to count as prose here."
    cleaned = clean(f"Headline of a story\n\n{body}\n\n{line}\n\n{body.replace('first', 'last')}")
    assert [r.reason for r in cleaned.removed] == [reason]


def test_a_title_with_a_date_inside_is_kept() -> None:
    title = "Special meeting of the European Council (1 February 2024) – Conclusions"
    assert clean(f"{title}\n\nThe leaders met.").text.startswith(title)
