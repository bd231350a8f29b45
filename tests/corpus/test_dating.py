"""Dating documents from their text."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_diff.corpus.dating import find_date, parse_date_value


@pytest.mark.parametrize(
    ("text", "expected", "source"),
    [
        (
            "Office\n\nTitle of the story\n\n25 February 2021 - 14:42\n\nBody text.",
            "2021-02-25",
            "text",
        ),
        ("Diplomacy\n\nHeadline here\n\n29 Apr, 2024\n194\n\nBody.", "2024-04-29", "text"),
        (
            "Service of the Ministry, posted 11 March 2021 13:00\n\nOn 12 June 2020 the council "
            "decided.",
            "2021-03-11",
            "text",
        ),
        (
            "The Secretary General visited Kyiv on Thursday (28 September 2023), meeting leaders.",
            "2023-09-28",
            "text",
        ),
        ("Press release\n\nKyiv, 2024-01-15\n\nThe minister spoke.", "2024-01-15", "text"),
        ("Published: 05.03.2022\n\nText.", "2022-03-05", "text"),
        ("Headline\n\nUpdated March 3, 2022 at 10:15 am\n\nText.", "2022-03-03", "text"),
    ],
)
def test_publication_dates(text: str, expected: str, source: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found.date == dt.date.fromisoformat(expected)
    assert found.source == source


def test_referred_dates_are_not_publication_dates() -> None:
    text = (
        "Headline about talks\n\nThe ministers met in Brussels and discussed reform.\n\n"
        "More text follows here.\n\nAnd here.\n\nStill more.\n\nAnd more.\n\n"
        "The country was granted partner status on 12 June 2020 by the council."
    )
    assert find_date(text) is None


def test_year_is_inferred_from_past_events() -> None:
    text = (
        "Headline\n\nOn April 20, the minister met the Secretary General. They discussed the "
        "upcoming meeting on April 21.\n\nThe country applied for accession in September 2022."
    )
    found = find_date(text)
    assert found is not None
    assert found.date == dt.date(2023, 4, 20)
    assert found.source == "inferred"
    assert "2022-09-01" in found.evidence


def test_year_inferred_on_or_after_a_full_date_event() -> None:
    text = "On May 2, the envoy arrived. The agreement was signed on 10 May 2019."
    found = find_date(text)
    assert found is not None and found.date == dt.date(2020, 5, 2)


def test_future_events_do_not_bound_the_year() -> None:
    text = "On March 1, leaders met. A summit will be held in July 2030. Talks began in 2021."
    found = find_date(text)
    assert found is not None and found.date == dt.date(2021, 3, 1)  # not 2031


def test_skip_lines_ignores_other_stories() -> None:
    text = "Headline\n\nOn June 5 the talks ended.\n\nmore articles\nTalks ended in 2031 again"
    assert find_date(text, skip_lines={5, 6}) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-04-20", dt.date(2023, 4, 20)),
        ("20 April 2023", dt.date(2023, 4, 20)),
        ("April 20, 2023", dt.date(2023, 4, 20)),
        ("13/04/2023", dt.date(2023, 4, 13)),
        ("04/05/2023", None),
        ("soon", None),
        ("31 February 2023", None),
    ],
)
def test_parse_date_value(value: str, expected: dt.date | None) -> None:
    assert parse_date_value(value) == expected


def test_may_the_verb_is_not_a_month() -> None:
    assert find_date("Headline\n\nAllies may 5 times reconsider.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nBRUSSELS, 14 June 2021 - Allies agreed on the next steps.", "2021-06-14"),
        ("Headline\n\nBRUSSELS, June 14, 2021 (Reuters) - NATO will meet again.", "2021-06-14"),
        ("Statement\n\n2024-06-12T09:15:00+03:00\n\nThe minister spoke.", "2024-06-12"),
        (
            "NATO news\n\n14 Jun. 2021 -\n\nThe Allies met.\n\nLast updated: 05 Jul. 2024 10:20",
            "2021-06-14",
        ),
        ("Readout\n\nTuesday, July 9, 2024\n\nThe President met.", "2024-07-09"),
    ],
)
def test_newswire_and_web_layouts(text: str, expected: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found.date.isoformat() == expected


def test_weekday_narrows_an_inferred_year() -> None:
    text = "Headline\n\nTuesday, July 11: leaders met. The alliance was founded in April 1949."
    found = find_date(text)
    assert found is not None and found.source == "inferred"
    assert found.date.weekday() == 1 and found.date.month == 7 and found.date.day == 11
    assert found.date.year == 1950  # the first year after April 1949 with a Tuesday 11 July


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Declaration\n\nPress Release (2008) 049\nIssued on 03 Apr. 2008\n\n1. We met.",
            "2008-04-03",
        ),
        (
            "Politics\nHeadline\nUpdated 6:15 PM EST, Thu February 13, 2025\n"
            "Published 10:02 AM EST, Wed February 12, 2025\n\nText.",
            "2025-02-12",
        ),
        (
            "The Paper\nNews\nOpinion\nhttps://example.org/world/2023/jul/10/leaders-meet\n"
            "Leaders meet\n\nText here.",
            "2023-07-10",
        ),
        (
            "Scholz speaks\n\nOn 24 February 2022, Russia invaded. Scholz said more.\n\n"
            "He spoke in Berlin.\n\n3 March 2022",
            "2022-03-03",
        ),
    ],
)
def test_cues_urls_and_footers(text: str, expected: str) -> None:
    found = find_date(text)
    assert found is not None
    assert found.date.isoformat() == expected
