"""Claims: bare titles, spellings of Allies, refusals as a rule, and a grantor's forecasts."""

from __future__ import annotations

import datetime as dt

from .test_claims import DIMS, read
from .test_claims_grammar import _claims, _row


def test_the_minister_is_no_surname_of_a_prime_minister_in_the_headline() -> None:
    # "Minister" is a title, not the surname of the "Prime Minister" the headline names
    text = (
        "Hungary stays out of NATO training mission for Ukraine, Prime Minister agrees with "
        "Secretary General\n\n"
        "Foreign Minister Peter Szijjarto told reporters in Budapest that Hungary would send "
        "no weapons to Ukraine.\n"
        '"Security guarantees for Ukraine belong in a peace settlement, not in a war," '
        "the Minister said.\n"
    )
    claims = _claims(text, dt.date(2024, 6, 20), source="Government of Hungary (news)")
    row = _row(claims, '"Security guarantees', "security_guarantees")
    assert (row["holder"], row["side"]) == ("Péter Szijjártó", "ally")


def test_a_ministry_named_in_full_is_a_title_before_a_known_name() -> None:
    text = (
        "Talks in Budapest\n\n"
        "Minister of Foreign Affairs and Trade Peter Szijjarto told the news agency that "
        "Hungary still opposes Ukraine's membership of NATO.\n"
    )
    claims = _claims(text, dt.date(2024, 6, 20))
    row = _row(claims, "Minister of Foreign Affairs and Trade", "membership_path")
    assert (row["holder"], row["side"], row["act"]) == ("Péter Szijjártó", "ally", "rejects")


def test_turkiye_written_without_its_diacritic_is_an_ally() -> None:
    claim = read(
        "Turkiye considers that Ukraine deserves credible security guarantees after any "
        "ceasefire.",
        "security_guarantees",
        "2025-03-04",
    )
    assert (claim.holder, claim.side, claim.act) == ("Türkiye", "ally", "seeks")


def test_considering_a_bill_is_not_speaking() -> None:
    claim = read(
        "The Rada considered a bill on the non-bloc status of Ukraine on Thursday.",
        "membership_path",
        "2010-06-03",
    )
    assert claim.side is None


def test_membership_not_on_our_agenda_rejects_it() -> None:
    claim = read(
        "Joining NATO is not on our agenda at the moment, the President of Ukraine said.",
        "membership_path",
        "2010-04-27",
    )
    assert (claim.side, claim.act, claim.polarity) == ("ukraine", "rejects", "affirmed")


def test_we_do_not_support_membership_refuses_it_as_a_rule() -> None:
    claim = read(
        '"We do not support Ukraine\'s membership while the war goes on," the Slovak '
        "Prime Minister said.",
        "membership_path",
        "2024-06-25",
    )
    assert (claim.side, claim.act, claim.polarity) == ("ally", "rejects", "affirmed")


def test_a_poll_of_voters_who_do_not_support_membership_is_no_refusal() -> None:
    claim = read(
        "According to the survey, most voters do not support membership in the Alliance yet.",
        "membership_path",
        "2009-11-12",
    )
    assert claim.act != "rejects"


def test_an_unnamed_officials_words_without_an_act_word_are_the_named_state_s() -> None:
    claim = read(
        "The United States does not support an invitation for Ukraine this year, a senior "
        "official told reporters.",
        "membership_path",
        "2023-06-30",
    )
    assert (claim.holder, claim.side, claim.act) == ("United States", "ally", "rejects")


def test_ukraine_will_join_in_the_alliance_s_own_voice_is_its_promise() -> None:
    text = (
        "Deputy Secretary General visits Riga\n\n"
        "Ukraine will become a member of NATO when it meets the standards.\n"
    )
    claims = _claims(text, dt.date(2015, 10, 2), source="NATO (press release)")
    row = _row(claims, "Ukraine will become", "membership_path")
    assert (row["side"], row["act"], row["rung"]) == ("nato", "offers", "will_join")


def test_ukraine_will_join_in_narration_of_a_wire_stays_kyiv_s_wish() -> None:
    claim = read(
        "Ukraine will become a member of NATO one day, the Ukrainian President told "
        "students in Lviv.",
        "membership_path",
        "2015-10-02",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "seeks", "open_door")


def test_the_agent_of_an_as_aside_does_not_act_after_it() -> None:
    claim = read(
        "Poland, as agreed by Allies at the Vilnius summit, will keep supporting Ukraine's "
        "path to membership.",
        "membership_path",
        "2023-09-14",
    )
    assert (claim.holder, claim.side, claim.act) == ("Poland", "ally", "offers")


def test_a_lower_case_as_opens_no_clause_of_its_own() -> None:
    # "as agreed by Allies" cites the Allies' decision; the promise after it is Norway's
    text = (
        "Oslo statement\n\n"
        "Norway supports Ukraine's membership of NATO, as agreed by Allies in 2008, and will "
        "continue to support Ukraine's Euro-Atlantic path.\n"
    )
    claims = _claims(text, dt.date(2024, 2, 20))
    rows = claims[claims["dimension"] == "membership_path"]
    assert set(rows["side"]) == {"ally"}


def test_as_before_a_name_still_opens_a_clause() -> None:
    text = (
        "Air defence talks\n\n"
        "Poland pledged more air defence systems for Ukraine as Germany refused to send "
        "long-range missiles.\n"
    )
    claims = _claims(text, dt.date(2024, 2, 20))
    rows = claims[claims["dimension"] == "aid_volumes"]
    assert set(zip(rows["holder"], rows["act"], strict=True)) == {
        ("Poland", "offers"),
        ("Germany", "rejects"),
    }


def test_declining_to_say_is_no_refusal() -> None:
    claim = read(
        "The Pentagon declined to comment on whether more Patriot batteries would be sent to "
        "Ukraine this year.",
        "aid_volumes",
        "2023-07-01",
    )
    assert (claim.side, claim.act) == (None, "reports")


def test_declining_to_send_is_a_refusal() -> None:
    claim = read(
        "Germany declined to send long-range missiles to Ukraine.", "aid_volumes", "2023-07-01"
    )
    assert (claim.side, claim.act) == ("ally", "rejects")


def test_a_donor_that_names_no_recipient_gives_to_ukraine() -> None:
    claim = read(
        "Sweden announced it would send fifty armoured vehicles in the next package.",
        "aid_volumes",
        "2023-01-20",
    )
    assert (claim.holder, claim.act, claim.target) == ("Sweden", "offers", "ukraine")


def test_a_state_that_joins_is_its_own_target() -> None:
    claim = read("Finland formally joined NATO on Tuesday.", "membership_path", "2023-04-05")
    assert claim.target == "other"


def test_a_bare_title_nobody_resolves_speaks_for_the_state_it_tells_of() -> None:
    claim = read(
        "Estonia supports Ukraine's aspirations to join NATO, the minister said.",
        "membership_path",
        "2019-07-01",
    )
    assert (claim.holder, claim.side, claim.act) == ("Estonia", "ally", "offers")


def test_long_held_scepticism_rejects() -> None:
    claim = read(
        "Paris has long been sceptical about Ukraine's membership prospects.",
        "membership_path",
        "2019-07-01",
    )
    assert (claim.holder, claim.side, claim.act) == ("France", "ally", "rejects")


def test_not_being_in_favour_of_a_step_refuses_it() -> None:
    claim = read(
        "Germany is not in favour of granting Ukraine a Membership Action Plan this year.",
        "membership_path",
        "2019-07-01",
    )
    assert (claim.side, claim.act, claim.rung, claim.polarity) == (
        "ally",
        "rejects",
        "map",
        "affirmed",
    )


def test_allies_who_agree_that_ukraine_will_join_restate_it() -> None:
    # the present "agree that" is a standing agreement; "agreed that" (below) decides
    claim = read(
        "The Secretary General told the conference that all Allies agree that Ukraine will "
        "become a member of the Alliance.",
        "membership_path",
        "2023-04-05",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "will_join")


def test_allies_who_agreed_that_ukraine_will_join_decided_it() -> None:
    claim = read(
        "NATO leaders agreed that Ukraine will become a member of the Alliance.",
        "membership_path",
        "2008-04-03",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "decides", "will_join")


def test_caution_about_a_timeline_rejects() -> None:
    claim = read(
        "Washington is cautious about setting a timeline for Ukraine's accession.",
        "membership_path",
        "2023-07-01",
    )
    assert (claim.holder, claim.act) == ("United States", "rejects")


def test_holding_up_a_package_blocks_it() -> None:
    claim = read(
        "Hungary has held up the EU's 50 billion euro support package for Ukraine.",
        "aid_volumes",
        "2023-12-14",
    )
    assert (claim.holder, claim.act) == ("Hungary", "rejects")


def test_reservations_about_inviting_ukraine_reject_the_invitation() -> None:
    claim = read(
        "Washington has reservations about inviting Ukraine while the fighting goes on.",
        "membership_path",
        "2023-07-01",
    )
    assert (claim.side, claim.act, claim.rung) == ("ally", "rejects", "invitation")


def test_inviting_ukraine_to_a_summit_is_no_mention_of_membership() -> None:
    assert "membership_path" not in DIMS.scan("NATO is inviting Ukraine to the summit in Vilnius.")


def test_a_map_application_is_about_the_plan_not_an_invitation() -> None:
    claim = read(
        "Foreign ministers will review Ukraine's MAP application in December, the "
        "Secretary General said.",
        "membership_path",
        "2008-04-03",
    )
    assert claim.rung == "map"


def test_an_interview_s_answers_are_the_guest_its_lead_introduced() -> None:
    # the guest is unknown to the actors data; the lead gives the side, the labels the name
    text = (
        "Interviews\n\n"
        "Danish Defence Minister Lars Sandvik spoke to our reporter in Copenhagen on Monday.\n\n"
        "Q: Will Denmark take part in a reassurance force?\n\n"
        "Lars Sandvik: Denmark is ready to send troops to Ukraine once a ceasefire holds.\n"
    )
    claims = _claims(text, dt.date(2025, 3, 20))
    row = _row(claims, "Lars Sandvik: Denmark", "security_guarantees")
    assert (row["holder"], row["side"], row["act"]) == ("Lars Sandvik", "ally", "offers")


def test_not_supplying_weapons_as_a_rule_refuses_them() -> None:
    claim = read(
        "Canada is not supplying lethal weapons to Ukraine at present.",
        "aid_volumes",
        "2015-02-24",
    )
    assert (claim.side, claim.act, claim.polarity) == ("ally", "rejects", "affirmed")


def test_gifted_equipment_is_handed_over() -> None:
    claim = read(
        "The Netherlands has gifted winter clothing and helmets worth 2 million euros to Ukraine.",
        "aid_volumes",
        "2015-02-24",
    )
    assert (claim.act, claim.status) == ("decides", "delivered")


def test_a_union_determined_to_provide_support_offers_it() -> None:
    claim = read(
        "The European Union remains determined to provide Ukraine with military support.",
        "aid_volumes",
        "2024-02-01",
    )
    assert (claim.side, claim.act) == ("eu", "offers")


def test_conclusions_that_invite_the_council_to_act_ask_it_to() -> None:
    claim = read(
        "The European Council invites the Council to agree on a dedicated Ukraine Assistance "
        "Fund within the European Peace Facility.",
        "aid_volumes",
        "2024-02-01",
    )
    assert (claim.side, claim.act) == ("eu", "seeks")


def test_a_condition_that_guarantees_do_not_extend_is_no_refusal() -> None:
    claim = read(
        "Moscow could accept the idea, provided that the guarantees do not extend to Crimea.",
        "security_guarantees",
        "2022-03-30",
    )
    assert claim.act != "rejects"


def test_a_dateline_city_is_no_agent() -> None:
    claim = read(
        "BERLIN, July 9 (Wire) - NATO leaders meeting for the summit will tell Ukraine that its "
        "path to membership is irreversible.",
        "membership_path",
        "2024-07-09",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "irreversible")


def test_a_fronted_earlier_summit_dates_the_act_as_background() -> None:
    claim = read(
        "At the 2023 summit in Vilnius, leaders dropped the requirement for a Membership "
        "Action Plan.",
        "membership_path",
        "2024-07-09",
    )
    assert (claim.side, claim.act) == (None, "reports")


def test_an_earlier_decision_told_and_restated_is_restated() -> None:
    text = (
        "Summit declaration\n\n"
        "At the 2008 summit we agreed that Georgia will become a member of NATO, and we "
        "reaffirm that decision today.\n"
    )
    claims = _claims(text, dt.date(2014, 9, 5), source="NATO summit declaration")
    row = _row(claims, "At the 2008 summit", "membership_path")
    assert (row["side"], row["act"]) == ("nato", "offers")


def test_an_earlier_deed_with_no_act_word_is_background() -> None:
    claim = read(
        "Bulgaria proposed a joint Black Sea patrol in 2016, but nothing came of it.",
        "black_sea",
        "2019-04-03",
    )
    assert (claim.side, claim.act) == (None, "reports")


def test_membership_of_both_unions_named_together_is_a_mention() -> None:
    assert "membership_path" in DIMS.scan(
        "The Rada wrote the goal of NATO and EU membership into the Constitution."
    )
    assert "membership_path" in DIMS.scan(
        "Its national interests include membership in the European Union and NATO."
    )
    assert "membership_path" not in DIMS.scan("Ukraine's membership in the EU is a priority.")


def test_a_subject_set_off_by_dashes_is_no_dateline() -> None:
    claim = read(
        "Poland - a close neighbour - pledged $100 million in military aid to Ukraine.",
        "aid_volumes",
        "2024-06-01",
    )
    assert (claim.holder, claim.side, claim.act) == ("Poland", "ally", "offers")


def test_an_as_agreed_aside_s_year_does_not_date_a_deed() -> None:
    claim = read(
        "Romania proposed a Black Sea flotilla, as agreed by Allies in 2023.",
        "black_sea",
        "2024-06-01",
    )
    assert (claim.holder, claim.act) == ("Romania", "decides")


def test_a_condition_further_back_is_still_no_refusal() -> None:
    claim = read(
        "Moscow could accept the idea, provided that in the view of the Kremlin and of its "
        "negotiators the guarantees do not extend to Crimea.",
        "security_guarantees",
        "2022-03-30",
    )
    assert claim.act != "rejects"
