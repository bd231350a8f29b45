"""Saved web pages: article text only, the date the metadata or byline gives, never a script's."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from nato_diff.corpus import load_corpus, looks_like_html, make_document, read_html
from nato_diff.errors import UndatableDocumentError

PAGES = Path(__file__).parent / "pages"
EXPECTED: dict[str, Any] = yaml.safe_load((PAGES / "pages.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_yields_its_article_title_and_date(name: str) -> None:
    want = EXPECTED[name]
    html = (PAGES / name).read_text(encoding="utf-8")
    doc = make_document(Path(name).stem, html, path=name)
    assert doc.date == want["date"]
    assert doc.title == want["title"]
    assert doc.raw_text == html
    for words in want["keep"]:
        assert words in doc.text, words
    for words in want["drop"]:
        assert words not in doc.text, words
        assert not any(words in s for s in doc.sentences), words
    dropped = " ".join(r.text for r in doc.removed)
    for words in want["drop"]:
        if words not in ("siteConfig", "releaseStamp"):  # scripts are recorded as code
            assert words in dropped, words


def test_metadata_date_wins_and_names_its_tag() -> None:
    doc = make_document("wire", (PAGES / "vilnius_wire.html").read_text(encoding="utf-8"))
    assert doc.date_source == "metadata"
    assert "article:published_time" in doc.date_evidence
    # the modified date (12 July), the script's 2019 and 2018 dates and the footer's 2024 lose
    assert doc.date == dt.date(2023, 7, 11)


def test_byline_dates_a_page_without_metadata() -> None:
    doc = make_document("ua", (PAGES / "ministry_ua.html").read_text(encoding="utf-8"))
    assert doc.date == dt.date(2021, 2, 25)
    assert doc.date_source == "text"
    assert doc.date_evidence.startswith("25 лютого 2021 року")


def test_removals_name_the_html_lines() -> None:
    html = (PAGES / "alliance_statement.html").read_text(encoding="utf-8")
    doc = make_document("statement", html)
    lines = html.splitlines()
    latest = next(r for r in doc.removed if "Defence ministers meet" in r.text)
    assert "Defence ministers meet" in lines[latest.line - 1]
    assert latest.rule == "html_boilerplate"
    code = [r for r in doc.removed if r.rule == "html_code"]
    assert code == []  # the page's scripts are all in its <head>


def test_scripts_are_recorded_and_never_dated_from() -> None:
    html = (
        "<html><head><title>Talks continue</title></head><body>"
        "<script>var published = '2016-05-04'; var edition = 'June 3, 2015';</script>"
        "<h1>Talks continue</h1><p>The delegations met again in the capital and agreed to "
        "continue the talks on the grain corridor next month, officials said.</p>"
        "<p>Both sides described the atmosphere of the meeting as constructive and calm.</p>"
        "</body></html>"
    )
    with pytest.raises(UndatableDocumentError):
        make_document("talks", html)
    page = read_html(html)
    code = [r for r in page.removed if r.rule == "html_code"]
    assert len(code) == 1 and "2016-05-04" in code[0].text
    assert "2016" not in page.visible_text


def test_html_saved_as_txt_is_read_as_a_page(tmp_path: Path) -> None:
    shutil.copy(PAGES / "analysis_ru.html", tmp_path / "analysis.txt")
    shutil.copy(PAGES / "vilnius_wire.html", tmp_path / "wire.htm")
    corpus = load_corpus(tmp_path)
    doc = corpus["analysis"]
    assert doc.title == "Эксперты обсудили перспективы расширения альянса"
    assert doc.date == dt.date(2021, 3, 11)  # not 2015 from its script
    assert not any("<" in s for s in doc.sentences)
    assert corpus["wire"].date == dt.date(2023, 7, 11)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!doctype html>\n<html><p>x</p></html>", True),
        ("<!-- saved -->\n<html lang='en'>", True),
        ("Leaders met <on Monday> and spoke of <p> tags.", False),
        ("Plain statement text.\n\nSecond paragraph.", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


_PARAS = (
    "<p>The defence ministers of the partner states met in the capital and agreed to speed up "
    "deliveries of generators and air defence before the winter, officials said.</p>"
    "<p>The minister said the package would be reviewed again in the spring, when the next "
    "round of talks is due to begin in the capital.</p>"
)


@pytest.mark.parametrize(
    ("html", "expected", "source"),
    [
        # the page's toolbar shows the day it was saved; the byline has the article's date
        (
            "<html><body><div class='bar'>Feedback | Monday, April 22, 2024</div><nav><a>Home"
            "</a> <a>World</a></nav><h1>Envoys agree on winter aid</h1><div class='d'>13/01/24"
            f" | 12:15 pm</div>{_PARAS}<footer>© 2024 Site</footer></body></html>",
            "2024-01-13",
            "text",
        ),
        (
            "<html><body><header>Site</header><article><h1>Envoys agree on winter aid</h1><time "
            f"itemprop='datePublished' datetime='2022-10-05T09:00'>5 Oct</time>{_PARAS}"
            "</article></body></html>",
            "2022-10-05",
            "metadata",
        ),
        # a modification date in the metadata is no publication date; the byline is
        (
            "<html><head><meta property='article:modified_time' content='2024-05-01'></head>"
            "<body><h1>Envoys agree on winter aid</h1><p class='by'>Posted 30 April 2024</p>"
            f"{_PARAS}</body></html>",
            "2024-04-30",
            "text",
        ),
        (
            '<html><head><script type=\'application/ld+json\'>{"@graph": [{"@type": '
            '"WebPage"}, {"@type": "NewsArticle", "datePublished": "2021-11-30T12:00:00+02:00"}'
            f"]}}</script></head><body><h1>Envoys agree on winter aid</h1>{_PARAS}</body></html>",
            "2021-11-30",
            "metadata",
        ),
    ],
)
def test_page_dates_from_metadata_or_byline(html: str, expected: str, source: str) -> None:
    doc = make_document("page", html)
    assert doc.date == dt.date.fromisoformat(expected)
    assert doc.date_source == source
    assert doc.title == "Envoys agree on winter aid"
    assert "reviewed again in the spring" in doc.text
    assert "Feedback" not in doc.text and "© 2024" not in doc.text


def test_page_in_a_declared_legacy_encoding_is_read(tmp_path: Path) -> None:
    html = (
        '<html><head><meta charset="windows-1251"><meta name="date" content="2021-03-11">'
        "</head><body><h1>Эксперты обсудили перспективы</h1><p>Участники круглого стола, "
        "прошедшего в четверг в Киеве, сошлись во мнении, что вопрос о членстве останется "
        "открытым.</p></body></html>"
    )
    (tmp_path / "page.html").write_bytes(html.encode("cp1251"))
    doc = load_corpus(tmp_path)["page"]
    assert doc.date == dt.date(2021, 3, 11)
    assert "сошлись во мнении" in doc.text


def test_a_page_too_short_for_the_extractor_keeps_its_text() -> None:
    html = (
        "<html><body><nav>Home</nav><h1>Short note</h1><p>Posted 3 May 2024</p>"
        "<p>The ministers met.</p></body></html>"
    )
    doc = make_document("note", html)
    assert doc.date == dt.date(2024, 5, 3)
    assert "The ministers met." in doc.text
