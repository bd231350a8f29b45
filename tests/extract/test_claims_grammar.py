"""Claims: the grammar that decides an act (pronouns, lists, questions, verdicts)."""

from __future__ import annotations

import datetime as dt

import pandas as pd

from nato_diff import Corpus, track
from nato_diff.corpus import make_document

from .test_claims import read


def _claims(text: str, date: dt.date, source: str = "Wire") -> pd.DataFrame:
    doc = make_document("doc", text, date=date, source=source)
    return track(Corpus([doc])).claims


def _row(claims: pd.DataFrame, start: str, dimension: str) -> pd.Series:
    rows = claims[claims["sentence"].str.startswith(start) & (claims["dimension"] == dimension)]
    return rows.iloc[0]


def test_a_pronoun_in_reported_speech_stands_for_the_speaker() -> None:
    # "it" is Germany, not NATO, named in the sentence before: Germany's own offer
    text = (
        "Air defence talks in Brussels\n\n"
        "NATO said on Monday that it would fund more fuel and winter equipment for Ukraine.\n"
        "Germany said on Tuesday that it was ready to deliver two more IRIS-T systems to "
        "Ukraine.\n"
    )
    row = _row(_claims(text, dt.date(2024, 3, 6)), "Germany said", "aid_volumes")
    assert (row["holder"], row["side"], row["act"]) == ("Germany", "ally", "offers")


def test_a_text_in_reported_speech_is_not_the_speaker() -> None:
    # "the memorandum" is no pronoun: it does not stand for the diplomat who speaks of it
    claim = read(
        "A senior European diplomat noted that the memorandum offered assurances rather than "
        "guarantees.",
        "security_guarantees",
        "2014-03-10",
    )
    assert claim.act == "reports"


def test_arguing_for_a_treaty_asks_for_it() -> None:
    claim = read(
        "Several Ukrainian deputies now argue for a bilateral defence treaty with the United "
        "States.",
        "security_guarantees",
        "2019-12-05",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "seeks", "bilateral")


def test_an_indirect_question_asks_and_decides_nothing() -> None:
    claim = read(
        "Several Allied diplomats asked whether the new law would limit Ukraine's "
        "participation in NATO exercises.",
        "membership_path",
        "2010-07-10",
    )
    assert (claim.act, claim.modality) == ("reports", "question")


def test_ministers_on_the_alliances_own_page_are_the_alliances() -> None:
    text = (
        "Meeting of NATO Ministers of Foreign Affairs\n\n"
        "Ministers reaffirmed the Alliance's commitment to Article 5 of the Washington Treaty.\n"
    )
    doc = make_document("chair", text, date=dt.date(2019, 4, 4), source="NATO (press release)")
    row = _row(track(Corpus([doc])).claims, "Ministers reaffirmed", "security_guarantees")
    assert (row["holder"], row["side"], row["act"]) == ("Ministers", "nato", "offers")


def test_a_conjunction_before_unnamed_speakers_is_not_their_name() -> None:
    text = (
        "Allies weigh Kyiv's request\n\n"
        "The Georgian and Ukrainian requests will be on the agenda in Brussels, and officials "
        "in Berlin say a Membership Action Plan is premature.\n"
    )
    row = _row(_claims(text, dt.date(2008, 3, 1)), "The Georgian", "membership_path")
    assert (row["holder"], row["side"]) == ("officials in Berlin", "ally")


def test_he_does_not_stand_for_unnamed_officials() -> None:
    # officials spoke in the sentence before; "he" is a person, and none was named
    text = (
        "Rada sets course\n\n"
        "Officials in Kyiv said the amendment would make the NATO course harder to reverse.\n"
        "Petrenko, who is running for president, said he would restore Ukraine's non-aligned "
        "status if he won.\n"
    )
    row = _row(_claims(text, dt.date(2019, 3, 14)), "Petrenko", "membership_path")
    assert row["holder"] != "Officials in Kyiv"


def test_a_time_before_the_speaker_keeps_the_speech_reported() -> None:
    claim = read(
        "On Friday the White House announced that it would send more Patriot interceptors to "
        "Ukraine.",
        "aid_volumes",
        "2024-06-21",
    )
    assert (claim.holder, claim.side, claim.how) == ("White House", "ally", "reported")


def test_concern_voiced_about_supplies_rejects_them() -> None:
    claim = read(
        "The Russian side voiced concern that Western capitals were supplying Kyiv with "
        "long-range missiles.",
        "aid_volumes",
        "2023-05-12",
    )
    assert (claim.side, claim.act) == ("russia", "rejects")


def test_no_business_here_is_a_rejection() -> None:
    claim = read(
        '"British warships have no business in the Black Sea," the spokeswoman Maria '
        "Zakharova said.",
        "black_sea",
        "2021-06-24",
    )
    assert (claim.side, claim.act) == ("russia", "rejects")


def test_the_wrong_answer_is_a_rejection() -> None:
    claim = read(
        '"Neutrality is the wrong answer for Ukraine," Jens Stoltenberg said.',
        "membership_path",
        "2022-03-01",
    )
    assert (claim.side, claim.act) == ("nato", "rejects")


def test_being_determined_or_intending_to_give_offers() -> None:
    determined = read(
        "The European Union remains determined to give Ukraine the military support it "
        "requires for as long as it takes.",
        "aid_volumes",
        "2024-06-27",
    )
    intends = read(
        "The Dutch government intends to keep its military support at the same level next year.",
        "aid_volumes",
        "2025-05-20",
    )
    assert (determined.side, determined.act) == ("eu", "offers")
    assert (intends.side, intends.act) == ("ally", "offers")


def test_will_observe_a_truce_offers_it() -> None:
    claim = read(
        "President Volodymyr Zelenskyy said Ukraine would observe the ceasefire at sea once "
        "it was agreed.",
        "black_sea",
        "2025-03-26",
    )
    assert (claim.side, claim.act) == ("ukraine", "offers")


def test_a_headlines_list_of_verbs_gives_each_its_object() -> None:
    claim = read(
        "Portugal signs security pact with Ukraine, pledges 100 million euros for 2025",
        "aid_volumes",
        "2025-01-15",
    )
    assert (claim.side, claim.act) == ("ally", "offers")


def test_a_reason_in_a_gerund_is_not_the_act() -> None:
    claim = read(
        "The Verkhovna Rada called on NATO member states to increase their naval presence in "
        "the Black Sea and to sanction Russia for blocking the Kerch Strait.",
        "black_sea",
        "2019-01-22",
    )
    assert (claim.side, claim.act) == ("ukraine", "seeks")


def test_a_declarations_opening_participle_is_not_its_act() -> None:
    claim = read(
        "5. Recognising the needs of the coming winter, the European Council calls on Member "
        "States to speed up deliveries of air defence systems.",
        "aid_volumes",
        "2024-10-17",
    )
    assert (claim.side, claim.act) == ("eu", "seeks")
