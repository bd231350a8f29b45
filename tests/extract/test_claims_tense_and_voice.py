"""Claims: what will come, what one was told, refusals to ask, and a commentary's author."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from nato_diff import Corpus, track
from nato_diff.corpus import make_document

from .test_claims import read


def test_a_donors_word_of_aid_to_come_is_an_offer() -> None:
    claim = read(
        '"Our trust funds will grow to some 20 million euros by the summer," the Secretary '
        "General Jens Stoltenberg said.",
        "aid_volumes",
        "2015-02-05",
    )
    assert (claim.side, claim.act, claim.status) == ("nato", "offers", "pledged")


def test_a_refusal_to_ask_is_a_rejection() -> None:
    claim = read(
        "President Petro Poroshenko said Ukraine would not rush to apply for NATO membership "
        "and would first reform its army.",
        "membership_path",
        "2017-06-10",
    )
    assert (claim.side, claim.act, claim.polarity) == ("ukraine", "rejects", "affirmed")


def test_a_complaint_is_reported_speech() -> None:
    claim = read(
        "Hours before the summit opened, President Volodymyr Zelenskyy complained that leaders "
        "were haggling over conditions for an invitation.",
        "membership_path",
        "2023-07-11",
    )
    assert (claim.holder, claim.side, claim.act) == ("Volodymyr Zelenskyy", "ukraine", "seeks")


def test_news_that_came_after_an_act_tells_that_act_as_background() -> None:
    claim = read(
        "The announcement came two days after NATO ministers said Ukraine could be invited to "
        "join the Alliance once conditions are met.",
        "membership_path",
        "2023-07-14",
    )
    assert (claim.holder, claim.side, claim.act) == (None, None, "reports")


def test_what_a_speaker_was_told_is_reported_not_sought() -> None:
    claim = read(
        '"For a decade we were told the door was open," President Volodymyr Zelenskyy said.',
        "membership_path",
        "2022-10-01",
    )
    assert (claim.side, claim.act) == ("ukraine", "reports")


BLOG = """Notes from the Eastern Flank - a blog on European defence

By Jane Okafor, visiting fellow

The Alliance's door is open on paper, and nothing more.

Berlin promised another €5 billion in military aid this year, a sum that will not last long.
"""

WIRE = """BRUSSELS, May 4 (Newswire) -

By Jane Okafor

The Alliance's door is open, NATO Secretary General Jens Stoltenberg said on Thursday.

Germany promised another €5 billion in military aid this year.
"""


def _claims(text: str, doc_id: str) -> pd.DataFrame:
    doc = make_document(doc_id, text, date=dt.date(2023, 5, 4))
    return track(Corpus([doc])).claims


def test_a_commentarys_author_holds_its_narration_and_reports_others_aid() -> None:
    claims = _claims(BLOG, "blog")
    door = claims[claims["sentence"].str.startswith("The Alliance's door")].iloc[0]
    aid = claims[
        (claims["dimension"] == "aid_volumes") & claims["sentence"].str.startswith("Berlin")
    ]
    assert (door["holder"], door["side"], door["act"], door["how"]) == (
        "Jane Okafor",
        "other",
        "reports",
        "voice",
    )
    # Berlin is the agent of its own promise; the author's voice never offers aid
    assert set(aid["side"]) == {"ally"}
    assert (claims["holder"] == "Jane Okafor").sum() >= 1
    assert not ((claims["holder"] == "Jane Okafor") & claims["act"].isin(["offers"])).any()


def test_a_news_storys_byline_gives_no_voice() -> None:
    claims = _claims(WIRE, "wire")
    assert "Jane Okafor" not in set(claims["holder"].dropna())
