"""Dates as real pages print them: glued, tagged, counted, numeric, Cyrillic, captured."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_diff.corpus import ambiguous_dates, find_date, make_document
from nato_diff.corpus.dating import parse_date_value
from nato_diff.errors import UndatableDocumentError

BODY = (
    "The foreign ministers met in the capital and agreed to deepen their work on reform, "
    "training and the supply of air defence systems."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a PDF's text: the date runs into paragraph 1
        (
            "Summit Communique\n\nPress Release (2009)044, 3 Apr. 20091. We, the leaders of "
            "the Alliance, met today in the border towns to mark sixty years of our treaty.\n\n"
            + BODY,
            "2009-04-03",
        ),
        # a date glued to the next word
        ("Statement on the talks\n\n19 March 2021Kyiv\n\n" + BODY, "2021-03-19"),
        # a date followed by tags, closing the page
        (
            "Door stays open, ministers say\n\n" + BODY + "\n\nThey said more aid would follow"
            " in the spring.\n\n6 May 2010 | moldova, alliance, reform",
            "2010-05-06",
        ),
        # no space after the comma, a view counter after the date
        ("World\n\nEnvoys meet in Riga\n\nJune 14,2023 482\n\n" + BODY, "2023-06-14"),
        # the page's toolbar date (the day it was viewed) loses to the article's own
        (
            "Feedback | Friday, October 18, 2024\n\nPolitics\n\nEnvoys discuss the winter "
            "package\n\n21/02/24 | 09:40 am\n\n" + BODY,
            "2024-02-21",
        ),
        (
            "Subscribe | Sign in | Tuesday, 3 December 2024\n\nHeadline words here\n\n"
            "Published 12 Nov 2024 08:15\n\n" + BODY,
            "2024-11-12",
        ),
        # Ukrainian and Russian month names
        (
            "Новини\n\nМіністр обговорив безпеку в регіоні\n\n16 вересня 2022 року, 11:05\n\n"
            "Міністр провів зустріч з послами.",
            "2022-09-16",
        ),
        (
            "Главная\n\nЭксперты обсудили саммит\n\nОпубликовано 7 июня 2021 г.\n\n"
            "Участники встречи сошлись во мнении.",
            "2021-06-07",
        ),
        ("Заява\n\n1 грудня 2023 р.\n\nСторони домовилися про наступні кроки.", "2023-12-01"),
    ],
)
def test_dates_that_real_pages_print(text: str, expected: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found.date == dt.date.fromisoformat(expected)


def test_a_capture_date_alone_is_not_the_publication_date() -> None:
    found = find_date("Feedback | Monday, April 22, 2024\n\nHeadline\n\n" + BODY)
    assert found is None or found.date != dt.date(2024, 4, 22)


def test_ambiguous_numeric_date_is_refused_unless_the_order_is_given() -> None:
    text = "Notice on exports\n\nPublished: 05/03/2022\n\n" + BODY
    assert find_date(text) is None
    assert ambiguous_dates(text) == ["05/03/2022"]
    with pytest.raises(UndatableDocumentError, match=r"'05/03/2022'.*dayfirst"):
        make_document("notice", text)
    assert find_date(text, dayfirst=True).date == dt.date(2022, 3, 5)  # type: ignore[union-attr]
    assert find_date(text, dayfirst=False).date == dt.date(2022, 5, 3)  # type: ignore[union-attr]
    assert make_document("notice", text, dayfirst=False).date == dt.date(2022, 5, 3)


def test_unambiguous_slash_dates_need_no_order() -> None:
    found = find_date("Notice\n\nPublished: 25/03/2022\n\n" + BODY, dayfirst=False)
    assert found is not None and found.date == dt.date(2022, 3, 25)


@pytest.mark.parametrize(
    ("value", "dayfirst", "expected"),
    [
        ("5.3.2022", None, dt.date(2022, 3, 5)),  # dotted: day first by convention
        ("5.3.2022", False, dt.date(2022, 5, 3)),
        ("05/03/2022", None, None),
        ("05/03/2022", True, dt.date(2022, 3, 5)),
        ("2023-07-11T08:40:00+00:00", None, dt.date(2023, 7, 11)),
        ("25 лютого 2021 року", None, dt.date(2021, 2, 25)),
        ("11 марта 2021 г.", None, dt.date(2021, 3, 11)),
    ],
)
def test_parse_date_value_orders(value: str, dayfirst: bool | None, expected: dt.date) -> None:
    assert parse_date_value(value, dayfirst=dayfirst) == expected


def test_dateline_year_is_bounded_by_the_terms_of_the_people_named() -> None:
    # only "in April 2008" fixes a year from events; the people named were in office later
    text = (
        "VILNIUS, July 11 (Newswire) - Foreign Minister Dmytro Kuleba said the promise "
        "the allies made in April 2008 had waited long enough, and Jens Stoltenberg agreed."
    )
    found = find_date(text)
    assert found is not None and found.source == "inferred"
    assert dt.date(2019, 8, 29) <= found.date <= dt.date(2024, 9, 5)
    assert found.date == dt.date(2020, 7, 11)
    assert "Dmytro Kuleba took office" in found.evidence


def test_dateline_year_without_named_people_keeps_the_event_bound() -> None:
    text = "VILNIUS, July 11 (Newswire) - The allies recalled the promise made in April 2008."
    found = find_date(text)
    assert found is not None and found.date == dt.date(2008, 7, 11)


def test_newswire_dateline_takes_the_weekday_of_its_sentence() -> None:
    text = (
        "VILNIUS, July 11 (Newswire) - Volodymyr Zelenskyy said on Tuesday that the promise "
        "the allies made in April 2008 must now be kept."
    )
    found = find_date(text)
    assert found is not None and found.date == dt.date(2023, 7, 11)  # a Tuesday
    assert "on a Tuesday" in found.evidence
