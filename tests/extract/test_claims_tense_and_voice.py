"""Claims: what will come, what one was told, refusals to ask, and a commentary's author."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from nato_diff import Corpus, track
from nato_diff.corpus import make_document
from nato_diff.extract import ClaimReader, attribute, modality

from .test_claims import ACTORS, DIMS, read


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


def test_anothers_request_named_as_a_noun_is_not_the_speakers_request() -> None:
    claim = read(
        '"Talks with Kyiv will now begin on the questions left open in its request for a '
        'Membership Action Plan," the Secretary General Jens Stoltenberg said.',
        "membership_path",
        "2016-07-09",
    )
    assert (claim.side, claim.act) == ("nato", "offers")


def test_a_body_that_met_took_a_step_and_a_passive_subject_did_nothing() -> None:
    met = read(
        "The NATO-Ukraine Commission met in Vilnius at the level of foreign ministers.",
        "membership_path",
        "2016-04-20",
    )
    led = read(
        "The captain of the Ukrainian corvette was led away by armed men in Sevastopol on "
        "the Black Sea.",
        "black_sea",
        "2014-03-20",
    )
    assert (met.side, met.act) == ("nato", "decides")
    assert led.act == "reports"


def test_some_allies_acting_alone_are_allies_not_the_alliance() -> None:
    claim = read(
        '"A number of Allies are already sending non-lethal equipment to Ukraine," the '
        "Secretary General Jens Stoltenberg said.",
        "aid_volumes",
        "2015-02-05",
    )
    assert (claim.side, claim.act) == ("nato", "reports")


def test_an_act_in_a_condition_is_not_the_holders_act() -> None:
    claim = read(
        "Moscow said the grain deal will only resume once Western sanctions on its farm exports "
        "are lifted, keeping the Black Sea corridor shut.",
        "black_sea",
        "2023-07-20",
    )
    assert (claim.side, claim.act) == ("russia", "offers")


def test_leaders_stand_for_the_latest_holder_named_leaders() -> None:
    day = dt.date(2024, 7, 10)
    reader = ClaimReader(DIMS, actors=ACTORS, date=day)
    reader.recent.extend([("leaders", "nato", None), ("Ukraine", "ukraine", "ukraine")])
    sentence = "Leaders also restated their commitment to defend every inch of Allied territory."
    who = attribute([sentence], date=day, actors=ACTORS)[0]
    match = DIMS.scan(sentence)["security_guarantees"]
    claim = reader.read(sentence, "security_guarantees", match, who, modality(sentence))
    assert (claim.side, claim.act) == ("nato", "offers")  # not Ukraine, the latest group


def test_a_verdict_that_aid_crosses_a_line_or_fails_rejects_it() -> None:
    line = read(
        "A Kremlin spokesman said London had crossed a red line by sending long-range "
        "missiles to Ukraine.",
        "aid_volumes",
        "2023-05-12",
    )
    failed = read(
        "The Foreign Minister Dmytro Kuleba said neutrality had failed to protect Ukraine and "
        "that the country's place is in NATO.",
        "membership_path",
        "2022-04-10",
    )
    assert (line.side, line.act) == ("russia", "rejects")
    assert (failed.side, failed.act) == ("ukraine", "rejects")


def test_putting_off_an_application_rejects_it_for_now() -> None:
    claim = read(
        "A senior U.S. official said Ukraine's application to join NATO should be considered at "
        "a later stage.",
        "membership_path",
        "2022-10-01",
    )
    assert (claim.side, claim.act) == ("ally", "rejects")


def test_the_means_of_a_future_act_and_an_event_named_do_not_decide() -> None:
    means = read(
        '"We will deepen our ties by creating a new NATO-Ukraine Council," the Secretary '
        "General Jens Stoltenberg said.",
        "membership_path",
        "2023-07-05",
    )
    event = read(
        "The Secretary General Jens Stoltenberg said the signing showed that NATO's door "
        "remains open.",
        "membership_path",
        "2017-05-20",
    )
    assert (means.side, means.act) == ("nato", "offers")
    assert (event.side, event.act) == ("nato", "offers")


def test_removing_a_status_rejects_it_removing_a_requirement_decides() -> None:
    status = read(
        "The Verkhovna Rada adopted a law removing the provisions on non-alignment from the "
        "national security law.",
        "membership_path",
        "2014-12-23",
    )
    requirement = read(
        "NATO foreign ministers removed the requirement for a Membership Action Plan.",
        "membership_path",
        "2023-07-11",
    )
    assert (status.side, status.act, status.rung) == ("ukraine", "rejects", "non_aligned")
    assert (requirement.side, requirement.act) == ("nato", "decides")


def test_an_act_told_in_a_participle_set_off_by_commas_is_background() -> None:
    claim = read(
        "The British security agreement, signed by the prime minister in Kyiv in January, "
        "runs for ten years.",
        "security_guarantees",
        "2024-06-20",
    )
    assert (claim.holder, claim.act) == (None, "reports")


def test_exercises_held_and_a_headlines_present_are_deeds() -> None:
    drills = read(
        "The Romanian navy was holding drills in the Black Sea with two Turkish frigates.",
        "black_sea",
        "2014-03-06",
    )
    headline = read(
        "Russian troops, militiamen seize Ukrainian navy base in Sevastopol", "black_sea"
    )
    assert (drills.side, drills.act) == ("ally", "decides")
    assert (headline.side, headline.act) == ("russia", "decides")


def test_a_request_governs_the_grant_it_asks_for_and_a_relative_clause_names_no_agent() -> None:
    claim = read(
        "Moldova, which was promised closer ties at the Vilnius summit, has urged Allies to "
        "grant it a Membership Action Plan.",
        "membership_path",
        "2024-03-01",
    )
    assert (claim.holder, claim.side, claim.act) == ("Moldova", "other", "seeks")


def test_what_a_guarantee_does_not_cover_is_refused() -> None:
    claim = read(
        '"Ukraine is a partner, so the collective defence clause of Article 5 does not cover '
        'it," the Secretary General Jens Stoltenberg said.',
        "security_guarantees",
        "2016-07-09",
    )
    assert (claim.side, claim.act, claim.polarity) == ("nato", "rejects", "affirmed")


def test_a_deed_dated_before_until_is_background() -> None:
    claim = read(
        "Ukraine had stayed outside blocs until December 2014, when the Rada abolished the "
        "non-aligned status.",
        "membership_path",
        "2022-09-30",
    )
    assert (claim.holder, claim.act) == (None, "reports")


def test_an_act_scheduled_or_still_required_is_no_act_yet() -> None:
    scheduled = read(
        "The Verkhovna Rada is due to vote next week on a bill enshrining the course toward "
        "NATO membership.",
        "membership_path",
        "2018-11-15",
    )
    required = read(
        "The accession protocol must still be ratified by all 29 Allies.",
        "membership_path",
        "2019-02-06",
    )
    assert (scheduled.holder, scheduled.act) == (None, "reports")
    assert (required.holder, required.act) == (None, "reports")


def test_an_act_told_in_a_where_clause_is_background() -> None:
    claim = read(
        "Two Ukrainian corvettes stayed in the bay, where Russian sailors had sunk an old "
        "hulk to block the way out to the Black Sea.",
        "black_sea",
        "2014-03-25",
    )
    assert (claim.holder, claim.act) == (None, "reports")


def test_a_holders_refusal_with_no_act_word_rejects() -> None:
    claim = read(
        "Canada said it could not spare more howitzers for Ukraine from its own stocks.",
        "aid_volumes",
        "2022-09-08",
    )
    assert (claim.side, claim.act, claim.status) == ("ally", "rejects", "withheld")


def test_not_ready_to_part_with_a_long_object_rejects() -> None:
    claim = read(
        '"Spain is not ready to part with its last two Patriot batteries for Ukraine," '
        "the Spanish defence minister Margarita Robles said.",
        "aid_volumes",
        "2023-06-15",
    )
    assert claim.act == "rejects"


def test_a_request_joined_to_the_speakers_verb_is_the_speakers() -> None:
    claim = read(
        "President Volodymyr Zelenskyy said the strike showed Russia was preparing a new "
        "offensive and called on partners to send more air defence systems.",
        "aid_volumes",
        "2023-03-15",
    )
    assert (claim.side, claim.act, claim.status) == ("ukraine", "seeks", "requested")


def test_a_heading_names_its_speaker_before_what_it_is_about() -> None:
    text = (
        "Statement by the Ministry of Foreign Affairs on Kyiv's request to join NATO\n\n"
        "We regard the request as a provocation.\n\n"
        "Russia will never accept Ukraine's membership in NATO.\n"
    )
    doc = make_document("mfa", text, date=dt.date(2022, 10, 1), source="Russian MFA")
    claims = track(Corpus([doc])).claims
    assert "ukraine" not in set(claims["side"].dropna())


def test_a_donors_own_page_tells_its_running_total_as_its_own_decision() -> None:
    text = (
        "Fact sheet: U.S. security assistance to Ukraine\n\n"
        "The United States has committed more than $40 billion in security assistance to "
        "Ukraine since February 2022.\n"
    )
    own = make_document(
        "sheet", text, date=dt.date(2023, 6, 1), source="U.S. Department of State (fact sheet)"
    )
    wire = make_document("wire", text, date=dt.date(2023, 6, 1), source="Newswire")
    claims = track(Corpus([own, wire])).claims
    total = claims[claims["sentence"].str.startswith("The United States has committed")]
    by_doc = total.set_index("doc_id")
    assert (by_doc.loc["sheet", "side"], by_doc.loc["sheet", "act"]) == ("ally", "decides")
    assert pd.isna(by_doc.loc["wire", "side"]) and by_doc.loc["wire", "act"] == "reports"


def test_a_decision_to_come_with_adverbs_is_an_offer_and_so_is_a_promise_to_strengthen() -> None:
    aid = read(
        "6. Allies will also continue to provide military and financial aid to Ukraine.",
        "aid_volumes",
        "2022-06-29",
    )
    sea = read(
        "The Secretary General Jens Stoltenberg said NATO would further strengthen its presence "
        "in the Black Sea.",
        "black_sea",
        "2019-03-25",
    )
    assert (aid.side, aid.act) == ("nato", "offers")
    assert (sea.side, sea.act) == ("nato", "offers")


def test_blaming_aid_for_the_war_rejects_it() -> None:
    claim = read(
        "Kremlin spokesman Dmitry Peskov said Western arms deliveries to Ukraine only prolong "
        "the conflict.",
        "aid_volumes",
        "2022-10-10",
    )
    assert (claim.side, claim.act) == ("russia", "rejects")


def test_a_speakers_account_of_an_earlier_decision_or_a_recollection_reports_it() -> None:
    earlier = read(
        '"Last year we agreed to step up our support for Ukraine in the Black Sea," the '
        "Secretary General Jens Stoltenberg said.",
        "black_sea",
        "2019-10-31",
    )
    recalled = read(
        "The Foreign Minister Pavlo Klimkin recalled that the Verkhovna Rada had renounced the "
        "non-aligned status.",
        "membership_path",
        "2018-06-10",
    )
    assert (earlier.side, earlier.act) == ("nato", "reports")
    assert (recalled.side, recalled.act) == ("ukraine", "reports")


def test_a_demand_governs_the_halt_it_asks_for() -> None:
    claim = read(
        "Russia's ambassador Anatoly Antonov demanded that Washington halt its drone flights "
        "over the Black Sea.",
        "black_sea",
        "2023-03-15",
    )
    assert (claim.side, claim.act) == ("russia", "seeks")


def test_what_a_holder_thanks_others_for_is_reported() -> None:
    claim = read(
        "The Defence Minister Oleksii Reznikov thanked Norway for the NASAMS systems already "
        "delivered to Ukraine.",
        "aid_volumes",
        "2023-08-22",
    )
    assert (claim.side, claim.act, claim.status) == ("ukraine", "reports", "delivered")


def test_a_grantors_own_tally_in_its_own_words_is_its_decision() -> None:
    claim = read(
        '"Our trust funds now total close to 50 million euros," the Secretary General Jens '
        "Stoltenberg said.",
        "aid_volumes",
        "2017-07-10",
    )
    assert (claim.side, claim.act) == ("nato", "decides")


def test_a_state_office_named_in_the_source_is_the_pages_voice() -> None:
    text = (
        "Estonia and Ukraine sign a security agreement\n\n"
        "The agreement does not contain a mutual defence obligation.\n"
    )
    doc = make_document(
        "ee",
        text,
        date=dt.date(2024, 4, 3),
        source="Ministry of Foreign Affairs of Estonia (press release)",
    )
    claims = track(Corpus([doc])).claims
    row = claims[claims["sentence"].str.startswith("The agreement does not")].iloc[0]
    assert (row["holder"], row["side"], row["act"]) == ("Estonia", "ally", "rejects")


def test_a_text_speaks_for_its_issuer_and_an_aim_to_help_is_an_offer() -> None:
    day = dt.date(2023, 7, 12)
    reader = ClaimReader(DIMS, actors=ACTORS, date=day)
    reader.recent.extend([("Rishi Sunak", "ally", "sunak"), ("G7", "other", "g7")])
    sentence = (
        "The text states that the aim is to help Ukraine defend itself with bilateral security "
        "agreements."
    )
    who = attribute([sentence], date=day, actors=ACTORS)[0]
    match = DIMS.scan(sentence)["security_guarantees"]
    claim = reader.read(sentence, "security_guarantees", match, who, modality(sentence))
    assert (claim.holder, claim.side, claim.act) == ("G7", "other", "offers")


def test_a_question_heading_names_no_speaker() -> None:
    claim = read(
        "What the bilateral security agreements actually promise Ukraine",
        "security_guarantees",
        "2024-06-20",
    )
    assert claim.holder is None


def test_a_rejection_another_must_make_is_a_demand_and_hearsay_is_no_refusal() -> None:
    demand = read(
        "Kremlin spokesman Dmitry Peskov said Kyiv must withdraw its boats and halt its drone "
        "attacks on the Black Sea Fleet.",
        "black_sea",
        "2024-07-15",
    )
    heard = read(
        '"For years we were told that we could not join NATO," President Volodymyr Zelenskyy '
        "said.",
        "membership_path",
        "2022-10-01",
    )
    assert (demand.side, demand.act) == ("russia", "seeks")
    assert (heard.side, heard.act) == ("ukraine", "reports")


def test_an_already_said_and_a_relative_clause_with_its_own_date() -> None:
    said = read(
        "Kyiv has already said it would accept bilateral guarantees only as a bridge to NATO "
        "membership.",
        "membership_path",
        "2023-06-20",
    )
    asked = read(
        "The Ukrainian side also asked for more air defence systems for the ports, which "
        "Russia has struck repeatedly since July.",
        "aid_volumes",
        "2023-08-22",
    )
    assert (said.side, said.act) == ("ukraine", "seeks")
    assert (asked.side, asked.act) == ("ukraine", "seeks")


def test_a_dateline_or_label_before_an_after_clause_keeps_it_background() -> None:
    claim = read(
        "KYIV, Dec 23 (Newswire) - A year after Ukraine's parliament voted to abandon the "
        "country's non-aligned status, membership of NATO seems no closer.",
        "membership_path",
        "2015-12-23",
    )
    assert (claim.holder, claim.act) == (None, "reports")


def test_a_later_verb_joined_by_and_governs_its_own_object() -> None:
    claim = read(
        "Australia signed the same day and promised $500 million in military aid for 2024.",
        "aid_volumes",
        "2024-06-13",
    )
    assert (claim.side, claim.act, claim.status) == ("other", "offers", "pledged")


def test_what_a_holder_thanks_others_for_doing_is_reported_without_an_act_word() -> None:
    claim = read(
        "The Secretary General Anders Fogh Rasmussen thanked Ukraine for being the only partner "
        "to contribute to all NATO-led operations.",
        "membership_path",
        "2011-06-20",
    )
    assert (claim.side, claim.act) == ("nato", "reports")


def test_a_right_to_decide_is_no_decision() -> None:
    claim = read(
        '"No one else has the right to decide for Ukraine, and Russia has no veto over NATO '
        'enlargement," the Secretary General Jens Stoltenberg said.',
        "membership_path",
        "2019-10-31",
    )
    assert (claim.side, claim.act) == ("nato", "offers")


def test_a_place_naming_an_event_is_no_agent() -> None:
    claim = read(
        'Vilnius summit declares Ukraine’s path to NATO membership "irreversible"',
        "membership_path",
        "2023-07-11",
    )
    assert claim.side != "ally"  # Lithuania did not declare it; the summit did


def test_has_since_is_no_since_clause_and_meanwhile_keeps_a_deed() -> None:
    asked = read(
        "Kyiv has since asked Washington for Javelin anti-tank missiles.",
        "aid_volumes",
        "2015-12-23",
    )
    deed = read(
        "Russia has meanwhile expanded its Black Sea Fleet in Crimea.", "black_sea", "2015-12-23"
    )
    assert (asked.side, asked.act) == ("ukraine", "seeks")
    assert (deed.side, deed.act) == ("russia", "decides")


def test_after_a_denied_request_the_affirmed_one_governs() -> None:
    claim = read(
        '"We do not need foreign soldiers, we need more artillery shells," Defence Minister '
        "Oleksii Reznikov told reporters.",
        "aid_volumes",
        "2023-02-14",
    )
    assert (claim.side, claim.act, claim.polarity) == ("ukraine", "seeks", "affirmed")


def test_the_recipient_offers_no_aid_to_itself_and_a_progressive_is_no_offer() -> None:
    kyiv = read(
        "President Petro Poroshenko said the Javelin anti-tank missiles in the new U.S. aid "
        "package would help Ukraine protect its territory.",
        "aid_volumes",
        "2017-12-23",
    )
    jets = read(
        "Washington said the first F-16 fighter jets for Ukraine would be flying there this "
        "summer.",
        "aid_volumes",
        "2024-07-10",
    )
    assert (kyiv.side, kyiv.act) == ("ukraine", "reports")
    assert (jets.side, jets.act) == ("ally", "reports")


def test_what_another_side_asks_for_with_no_word_for_ukraine_it_asks_for_itself() -> None:
    claim = read(
        '"We want legally binding guarantees that the Alliance will not move further east," '
        "Kremlin spokesman Dmitry Peskov said.",
        "security_guarantees",
        "2021-12-17",
    )
    assert (claim.side, claim.act, claim.target) == ("russia", "seeks", "other")


def test_a_demand_that_kyiv_drop_its_nato_plans_asks_for_neutrality() -> None:
    # the codebook's "demands" and "Ukraine should stay neutral": Moscow asks for the floor
    claim = read(
        "Kremlin spokesman Dmitry Peskov said Kyiv must formally drop its plans to join NATO.",
        "membership_path",
        "2024-07-15",
    )
    assert (claim.side, claim.act, claim.rung) == ("russia", "seeks", "non_aligned")


def test_a_pages_own_account_of_an_earlier_act_in_a_relative_clause_reports_it() -> None:
    text = (
        "Norway and Ukraine sign a security agreement\n\n"
        "The agreement builds on the G7 Joint Declaration of Support for Ukraine, which "
        "Norway later joined.\n\n"
        "Norway signed the agreement in Kyiv today.\n"
    )
    doc = make_document(
        "no", text, date=dt.date(2024, 4, 3), source="Government of Norway (press release)"
    )
    claims = track(Corpus([doc])).claims
    earlier = claims[claims["sentence"].str.startswith("The agreement builds")].iloc[0]
    assert (earlier["side"], earlier["act"]) == ("ally", "reports")
    today = claims[claims["sentence"].str.startswith("Norway signed")].iloc[0]
    assert (today["side"], today["act"]) == ("ally", "decides")


@pytest.mark.parametrize(
    ("sentence", "dimension", "expected"),
    [
        # a possibility or a wish about the act itself hedges it
        (
            "Officials in Brussels said a European reassurance force could be stationed in "
            "Ukraine.",
            "security_guarantees",
            ("hedged",),
        ),
        (
            "I expect Allies to reaffirm that Ukraine will become a member of NATO, the "
            "Secretary General told reporters.",
            "membership_path",
            ("hedged",),
        ),
        # a hedge word after the act, in a clause of its own, hedges nothing
        (
            "Chancellor Olaf Scholz refused to supply long-range missiles to Ukraine, arguing "
            "that they could draw Germany into the war.",
            "aid_volumes",
            ("firm",),
        ),
        # "possible" before a noun, "should" in a demand, "would" of a plan: firm
        (
            "Kremlin spokesman Dmitry Peskov said Ukraine's possible membership of NATO was a "
            "red line for Moscow.",
            "membership_path",
            ("firm",),
        ),
        (
            "President Volodymyr Zelenskyy said the Alliance should give Ukraine a Membership "
            "Action Plan.",
            "membership_path",
            ("firm",),
        ),
        ("Canada said it would donate 40 armoured vehicles to Ukraine.", "aid_volumes", ("firm",)),
        # expecting something is asking for it; expecting others to act is a forecast
        (
            '"We expect a clear signal on membership at the summit," Dmytro Kuleba said.',
            "membership_path",
            ("firm",),
        ),
    ],
)
def test_only_a_hedge_on_the_act_hedges_a_claim(
    sentence: str, dimension: str, expected: tuple[str]
) -> None:
    assert (read(sentence, dimension).modality,) == expected


def test_a_red_line_against_possible_membership_is_russias_position() -> None:
    text = (
        "Kremlin warns Kyiv\n\n"
        "Kremlin spokesman Dmitry Peskov said Ukraine's possible membership of NATO was a red "
        "line for Moscow.\n"
    )
    doc = make_document("kremlin", text, date=dt.date(2021, 6, 15))
    positions = track(Corpus([doc])).positions
    russia = positions[positions["side"] == "russia"].iloc[0]
    assert (russia["act"], russia["position"]) == ("rejects", "open_door")


def test_a_capital_before_an_event_noun_names_the_event_not_the_state() -> None:
    claim = read(
        "The Bucharest promise that Georgia will one day become a member still stands, the "
        "analyst wrote.",
        "membership_path",
        "2015-05-01",
    )
    assert claim.side != "ally"


def test_an_act_in_a_closed_relative_clause_is_background_and_the_main_verb_acts() -> None:
    claim = read(
        "President Maia Sandu, who had pressed for a Membership Action Plan before the summit, "
        "said Moldova deserved more than warm words.",
        "membership_path",
        "2021-06-15",
    )
    # the asking in the relative clause is background; the reported words are the act
    assert claim.how == "reported" and claim.holder is not None
    claim = read(
        "Georgia, which was promised eventual membership at the 2008 summit, has urged allies "
        "to grant it a Membership Action Plan.",
        "membership_path",
        "2016-05-19",
    )
    assert (claim.holder, claim.act) == ("Georgia", "seeks")


def test_an_aside_before_the_verb_neither_dates_nor_hides_the_speakers_act() -> None:
    claim = read(
        "Ukrainian Defence Minister Rustem Umerov, at his first NATO meeting since taking "
        "office last month, urged allies to send more air defence systems to Ukraine.",
        "aid_volumes",
        "2023-10-12",
    )
    assert (claim.holder, claim.side, claim.act) == ("Rustem Umerov", "ukraine", "seeks")


def test_states_listed_together_act_together() -> None:
    claim = read(
        "Denmark, Sweden and Norway have promised Ukraine's navy two more minehunters this year.",
        "black_sea",
        "2025-03-27",
    )
    assert (claim.holder, claim.side, claim.act) == (
        "Denmark, Sweden and Norway",
        "ally",
        "offers",
    )


def test_a_resolution_speaks_for_the_parliament_that_adopted_it() -> None:
    text = (
        "Rada ties NATO entry to a referendum\n\n"
        "KYIV, March 6 (Wire) - Ukraine's parliament on Thursday adopted a resolution on the "
        "country's foreign policy.\n\n"
        "The resolution states that Ukraine can join a military alliance only if voters approve "
        "it in a referendum.\n"
    )
    doc = make_document("rada", text, date=dt.date(2008, 3, 6))
    claims = track(Corpus([doc])).claims
    row = claims[claims["sentence"].str.startswith("The resolution states")].iloc[0]
    assert (row["side"], row["act"], row["rung"]) == ("ukraine", "seeks", "open_door")


def test_leaders_named_on_another_sides_page_are_not_that_sides() -> None:
    # "Leaders" on a Kremlin page about a NATO summit are NATO's, not Moscow's: a bare group
    # takes no side from the page's voice
    text = "Comment on the NATO summit in Warsaw\n\nLeaders agreed that Ukraine will join NATO.\n"
    doc = make_document(
        "mfa", text, date=dt.date(2016, 7, 12), source="Russian Ministry of Foreign Affairs"
    )
    claims = track(Corpus([doc])).claims
    row = claims[claims["sentence"].str.startswith("Leaders agreed")].iloc[0]
    assert row["side"] != "russia"


def test_an_act_in_a_closing_appositive_does_not_govern_the_sentence() -> None:
    claim = read(
        "Norway's parliament on Tuesday called on the government to send more air defence "
        "systems to Ukraine, a turn for a country that refused to export weapons to war zones.",
        "aid_volumes",
        "2022-05-10",
    )
    assert (claim.side, claim.act, claim.status) == ("ally", "seeks", "requested")


def test_moscow_speaking_well_of_ukraines_neutrality_wants_it() -> None:
    claim = read(
        '"A neutral Ukraine would be the best guarantee of calm in the region," Kremlin '
        "spokesman Dmitry Peskov said.",
        "membership_path",
        "2021-12-10",
    )
    assert (claim.side, claim.act, claim.rung) == ("russia", "seeks", "non_aligned")


@pytest.mark.parametrize(
    ("sentence", "dimension", "act"),
    [
        (
            '"We do not want to be in NATO," Viktor Yanukovych told reporters.',
            "membership_path",
            "rejects",
        ),
        (
            "Foreign Minister Kostyantyn Hryshchenko said Ukraine was not going to ask for a "
            "Membership Action Plan in Chicago.",
            "membership_path",
            "rejects",
        ),
    ],
)
def test_not_wanting_and_not_going_to_ask_are_refusals(
    sentence: str, dimension: str, act: str
) -> None:
    assert read(sentence, dimension, "2012-05-01").act == act


def test_a_past_when_clause_opening_the_sentence_is_background() -> None:
    claim = read(
        "When Romania closed its ports to the warships in March 2022, few expected the ban "
        "to last.",
        "black_sea",
        "2024-01-10",
    )
    assert claim.act == "reports"


def test_a_call_in_a_commentary_authors_voice_is_the_authors() -> None:
    text = (
        "Opinion: the Alliance owes Kyiv a date\n\n"
        "By Anna Novak, senior fellow\n\n"
        "Ukraine should be invited to join NATO at the next summit.\n\n"
        "NATO should not seek a permanent naval presence in the Black Sea.\n"
    )
    doc = make_document("op", text, date=dt.date(2023, 6, 1), source="Policy blog (opinion)")
    claims = track(Corpus([doc])).claims
    invite = claims[claims["sentence"].str.startswith("Ukraine should")].iloc[0]
    assert (invite["holder"], invite["side"], invite["act"]) == ("Anna Novak", "other", "seeks")
    naval = claims[claims["sentence"].str.startswith("NATO should not")].iloc[0]
    assert (naval["holder"], naval["act"], naval["polarity"]) == (
        "Anna Novak",
        "rejects",
        "affirmed",
    )


def test_ukraine_stating_its_own_status_stands_by_it() -> None:
    claim = read(
        '"Non-bloc status is our answer, not our question," Foreign Minister Kostyantyn '
        "Hryshchenko told the interviewer.",
        "membership_path",
        "2012-05-10",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "offers", "non_aligned")


def test_what_an_announced_package_will_provide_is_decided() -> None:
    text = (
        "Ottawa announces new aid for Ukraine\n\n"
        "Canada today announced a new military aid package for Ukraine worth $500 million.\n\n"
        "The package will provide armoured vehicles, drones and artillery ammunition.\n"
    )
    doc = make_document(
        "ca", text, date=dt.date(2023, 6, 10), source="Government of Canada (news release)"
    )
    claims = track(Corpus([doc])).claims
    row = claims[claims["sentence"].str.startswith("The package will")].iloc[0]
    assert (row["side"], row["act"], row["status"]) == ("ally", "decides", "committed")


def test_the_rung_of_a_relative_clause_does_not_outrank_the_one_asked_for() -> None:
    text = (
        "Tbilisi presses again\n\n"
        "Georgia has asked for a Membership Action Plan since the 2008 summit, where Allies "
        "promised it eventual membership.\n"
    )
    doc = make_document("ge", text, date=dt.date(2016, 5, 19))
    claims = track(Corpus([doc])).claims
    row = claims[claims["sentence"].str.startswith("Georgia has asked")].iloc[0]
    assert (row["act"], row["rung"]) == ("seeks", "map")


def test_a_bid_named_as_a_noun_is_no_request_of_the_speakers() -> None:
    claim = read(
        "Prime Minister Dmitry Medvedev wrote that a bid for NATO membership would make "
        "Georgia an adversary in Moscow's eyes.",
        "membership_path",
        "2014-12-23",
    )
    assert claim.act != "seeks"
