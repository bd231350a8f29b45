"""Claims: what reported speech tells, verdicts, packages, standing decisions, subjects."""

from __future__ import annotations

import datetime as dt

from nato_diff.extract import load_actors
from nato_diff.extract.agents import find_agent
from nato_diff.extract.claim_rules import load_claim_rules

from .test_claims import read
from .test_claims_grammar import _claims, _row


def test_a_decision_told_in_the_past_perfect_of_reported_speech_is_reported() -> None:
    # backshifted reported speech tells an earlier decision: the minister's account of it
    claim = read(
        "The minister informed the Allies that the Cabinet had approved the Annual National "
        "Programme for the coming year.",
        "membership_path",
        "2011-12-07",
    )
    assert (claim.rung, claim.act) == ("partnership", "reports")


def test_a_verdict_in_the_past_perfect_stays_a_rejection() -> None:
    claim = read(
        "Sergei Lavrov said the old neutrality law had failed to protect anyone in the region.",
        "membership_path",
        "2015-02-11",
    )
    assert (claim.side, claim.act) == ("russia", "rejects")


def test_deleting_the_provision_on_non_alignment_rejects_it() -> None:
    claim = read(
        "The Verkhovna Rada deleted the provision on non-aligned status from the law on "
        "foreign policy.",
        "membership_path",
        "2014-12-23",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "rejects", "non_aligned")


def test_seeing_no_grounds_and_saying_the_time_has_not_come_refuse() -> None:
    grain = read(
        "Sergei Lavrov said Moscow saw no grounds for extending the Black Sea grain deal.",
        "black_sea",
        "2023-07-14",
    )
    assert (grain.side, grain.act) == ("russia", "rejects")
    plan = read(
        "A German diplomat said this was not the moment for a Membership Action Plan for Kyiv.",
        "membership_path",
        "2008-03-20",
    )
    assert (plan.side, plan.act, plan.rung) == ("ally", "rejects", "map")


def test_no_reason_to_fear_is_no_refusal() -> None:
    claim = read(
        "Kurt Volker said the missiles were purely defensive and that Moscow had no reason to "
        "fear the weapons.",
        "aid_volumes",
        "2017-12-28",
    )
    assert claim.act != "rejects"


def test_a_verdict_on_a_ministrys_page_is_the_ministrys() -> None:
    # the Alliance is named inside the words judged: the verdict is the page's, not NATO's act
    text = (
        "Comment by the Information and Press Department\n\n"
        "Talk in Brussels that the Alliance's door stays open to Kiev only encourages further "
        "bloodshed.\n"
    )
    claims = _claims(text, dt.date(2023, 4, 5), "Ministry of Foreign Affairs of Russia")
    row = _row(claims, "Talk in Brussels", "membership_path")
    assert (row["side"], row["act"], row["rung"]) == ("russia", "rejects", "open_door")


def test_the_package_a_donor_presents_is_its_decision() -> None:
    text = (
        "New security assistance for Ukraine\n\n"
        "This package includes additional rounds for HIMARS, Stinger missiles and armoured "
        "ambulances.\n"
        "This package, provided under drawdown authority, will be drawn from existing stocks.\n"
    )
    claims = _claims(text, dt.date(2024, 5, 10), "U.S. Department of Defense")
    for start in ("This package includes", "This package, provided"):
        row = _row(claims, start, "aid_volumes")
        assert (row["side"], row["act"]) == ("ally", "decides"), start


def test_a_running_total_of_the_package_stays_a_total() -> None:
    text = (
        "New security assistance for Ukraine\n\n"
        "This package brings the total U.S. assistance committed to Ukraine since 2014 to "
        "$3 billion.\n"
    )
    claims = _claims(text, dt.date(2021, 9, 1), "U.S. Department of Defense")
    assert _row(claims, "This package brings", "aid_volumes")["act"] != "decides"


def test_noting_that_reports() -> None:
    claim = read(
        "We note that the decision to grant Ukraine a Membership Action Plan was not taken in "
        "Bucharest.",
        "membership_path",
        "2008-04-05",
    )
    assert claim.act == "reports"


def test_an_act_in_an_open_question_or_after_a_ceasefire_is_not_the_holders() -> None:
    join = read(
        "Whether Ukraine joins the Alliance is for Ukrainians to decide, the Secretary General "
        "said.",
        "membership_path",
        "2008-04-04",
    )
    assert join.act != "decides"
    force = read(
        "Britain and France are leading a group of states that plans a reassurance force, to "
        "be deployed only after a ceasefire is agreed.",
        "security_guarantees",
        "2025-04-01",
    )
    assert force.act != "decides"


def test_a_surname_after_a_titled_first_mention_keeps_the_side() -> None:
    text = (
        "Parliamentary delegation in Brussels\n\n"
        "Opening the session, the head of the Rada delegation, Ostap Melnychuk, said that "
        "Kyiv wanted closer ties with the Alliance.\n"
        '"We are asking for a Membership Action Plan, and we will keep asking," Melnychuk '
        "said.\n"
    )
    row = _row(_claims(text, dt.date(2019, 5, 27)), '"We are asking', "membership_path")
    assert (row["holder"], row["side"], row["act"]) == ("Ostap Melnychuk", "ukraine", "seeks")


def test_knocking_on_the_door_asks_and_not_knocking_refuses() -> None:
    asks = read(
        "Ukraine is knocking on NATO's door, Foreign Minister Dmytro Kuleba said.",
        "membership_path",
        "2021-04-08",
    )
    assert (asks.side, asks.act) == ("ukraine", "seeks")


def test_a_total_in_a_relative_clause_does_not_make_the_offer_background() -> None:
    claim = read(
        "Turkey has offered to lead a mine-clearing group in the Black Sea with Romania and "
        "Bulgaria, which have patrolled the western coast since January 2024.",
        "black_sea",
        "2025-07-01",
    )
    assert (claim.holder, claim.act) == ("Türkiye", "offers")


def test_wanting_to_thank_is_no_wish() -> None:
    claim = read(
        "I want to thank Allies for the decision that our path to membership is "
        "irreversible, Zelensky said.",
        "membership_path",
        "2024-07-11",
    )
    assert claim.act != "seeks" or claim.cue.split(" | ")[0] != "want"


def test_a_headlines_present_deed_decides() -> None:
    claim = read(
        "Norway steps up military support to Ukraine with new air defence funds",
        "aid_volumes",
        "2024-03-01",
    )
    assert (claim.side, claim.act) == ("ally", "decides")


def test_a_pronoun_right_before_the_verb_is_its_subject() -> None:
    # "the alliance" is named before, but "it" is what needs the guarantees: Ukraine
    text = (
        "Zelenskyy at the summit\n\n"
        "President Volodymyr Zelenskyy said Ukraine wanted an invitation.\n"
        "He added that as long as Ukraine stays outside the alliance it needs firm security "
        "guarantees from its partners.\n"
    )
    row = _row(_claims(text, dt.date(2024, 7, 10)), "He added", "security_guarantees")
    assert (row["side"], row["act"], row["rung"]) == ("ukraine", "seeks", "guarantees")


def test_a_pronoun_after_said_is_the_sayer() -> None:
    claim = read(
        "Denmark said it would give all of its Caesar howitzers to Ukraine.",
        "aid_volumes",
        "2023-01-20",
    )
    assert (claim.holder, claim.act) == ("Denmark", "offers")


def test_a_top_priority_and_a_proposal_ask() -> None:
    priority = read(
        "More air defence systems for Ukraine remain our top priority, Defence Minister "
        "Rustem Umerov said.",
        "aid_volumes",
        "2024-09-06",
    )
    assert (priority.side, priority.act) == ("ukraine", "seeks")
    proposal = read(
        "Foreign Minister Dmytro Kuleba proposed that Ukraine and the Allies deepen "
        "cooperation on maritime security in the Black Sea.",
        "black_sea",
        "2021-06-14",
    )
    assert (proposal.side, proposal.act) == ("ukraine", "seeks")


def test_a_ministry_named_with_its_state_in_brackets_is_the_pages_voice() -> None:
    text = (
        "Further support for Ukraine\n\n"
        "Since February 2022 Germany has delivered 60 armoured vehicles and two air defence "
        "systems to Ukraine.\n"
        "The Federal Government pledged a further 20 infantry fighting vehicles.\n"
    )
    claims = _claims(text, dt.date(2023, 3, 3), "Federal Ministry of Defence (Germany)")
    row = _row(claims, "The Federal Government", "aid_volumes")
    assert (row["holder"], row["side"], row["act"]) == ("Germany", "ally", "offers")


def test_what_is_to_be_delivered_is_offered() -> None:
    text = (
        "Further support for Ukraine\n\n"
        "The infantry fighting vehicles are to be delivered by the end of the second quarter.\n"
    )
    claims = _claims(text, dt.date(2023, 3, 3), "Federal Ministry of Defence (Germany)")
    row = _row(claims, "The infantry fighting vehicles", "aid_volumes")
    assert (row["side"], row["act"]) == ("ally", "offers")


def test_a_decision_said_to_stand_is_restated() -> None:
    claim = read(
        "At Bucharest in 2008 Allies decided that Ukraine will become a member, and that "
        "decision stands, the Secretary General said.",
        "membership_path",
        "2022-06-29",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "will_join")


def test_the_subject_of_will_be_is_what_the_holder_offers() -> None:
    claim = read(
        "Once they are members, Finland and Sweden will be covered by Article 5, the "
        "Secretary General said.",
        "security_guarantees",
        "2022-06-29",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "collective_defence")


def test_opposition_words_that_name_a_stance() -> None:
    against = read(
        "Maria Zakharova said Moscow was categorically against Ukraine's membership in NATO.",
        "membership_path",
        "2018-11-29",
    )
    assert (against.side, against.act) == ("russia", "rejects")
    resisted = read(
        "The United States has resisted Kyiv's calls for lethal weapons, a senior official said.",
        "aid_volumes",
        "2015-02-05",
    )
    assert resisted.act == "rejects"
    helped = read(
        "Germany will send more weapons to help Ukraine resist Russian missile attacks.",
        "aid_volumes",
        "2023-06-01",
    )
    assert (helped.side, helped.act) == ("ally", "offers")


def test_what_peace_must_come_with_and_what_it_is_time_for_are_asked() -> None:
    peace = read(
        "The European Council said a durable peace has to come with credible security "
        "guarantees for Ukraine.",
        "security_guarantees",
        "2025-03-06",
    )
    assert (peace.side, peace.act) == ("eu", "seeks")


def test_a_denied_breach_answers_a_charge() -> None:
    claim = read(
        "Maria Zakharova: Russia has not violated the Budapest Memorandum.",
        "security_guarantees",
        "2018-11-29",
    )
    assert (claim.side, claim.act) == ("russia", "reports")


def test_an_opponents_own_council_with_the_alliance_is_not_ukraines_partnership() -> None:
    claim = read(
        "Maria Zakharova said the Russia-NATO Council had met only at the level of "
        "ambassadors since the Alliance froze practical cooperation.",
        "membership_path",
        "2018-11-29",
    )
    assert claim.target == "other"


def test_what_an_opponents_page_says_another_body_decided_is_its_account() -> None:
    text = (
        "Comment on the results of the summit\n\n"
        "According to the final communique, the Alliance's leaders have decided that Kiev "
        "will be invited to join when conditions are met.\n"
    )
    claims = _claims(text, dt.date(2023, 7, 12), "Ministry of Foreign Affairs of Russia")
    row = _row(claims, "According to the final communique", "membership_path")
    assert (row["side"], row["act"]) == ("russia", "reports")


def test_a_rung_named_only_in_the_question_is_no_offer() -> None:
    claim = read(
        "Asked about a Membership Action Plan, Jens Stoltenberg said only that Allies had not "
        "discussed the issue.",
        "membership_path",
        "2019-10-31",
    )
    assert claim.act == "reports"


def test_an_earlier_request_in_the_past_perfect_is_background() -> None:
    claim = read(
        "Ukraine's government had asked its partners for hundreds of Western tanks for months.",
        "aid_volumes",
        "2023-01-25",
    )
    assert (claim.holder, claim.act) == (None, "reports")


def test_a_counterfactual_asks_for_nothing() -> None:
    claim = read(
        '"If Ukraine had had such guarantees in 2014, Russia would not have dared to attack," '
        "Zelensky said.",
        "security_guarantees",
        "2024-01-12",
    )
    assert (claim.side, claim.act) == ("ukraine", "reports")


def test_expecting_another_to_keep_a_rule_asks_for_it() -> None:
    claim = read(
        "Maria Zakharova: We expect Ankara to observe the Montreux Convention strictly.",
        "black_sea",
        "2021-06-24",
    )
    assert (claim.side, claim.act) == ("russia", "seeks")


def test_funds_obligated_are_decided() -> None:
    text = (
        "Security assistance for Ukraine\n\n"
        "The remaining funds for Ukraine's military aid are now being obligated.\n"
    )
    claims = _claims(text, dt.date(2020, 6, 12), "U.S. Department of Defense")
    assert _row(claims, "The remaining funds", "aid_volumes")["act"] == "decides"


def test_doing_all_one_can_to_prevent_it_rejects() -> None:
    claim = read(
        "Sergei Lavrov warned that Georgia's membership would provoke a conflict and said "
        "Moscow would do all it could to prevent it.",
        "membership_path",
        "2019-09-30",
    )
    assert (claim.side, claim.act) == ("russia", "rejects")


def test_the_act_words_before_a_joined_speech_tag_are_not_the_speakers() -> None:
    claim = read(
        "Ukraine was not invited to the talks, and its foreign ministry said it would not "
        "clear the mines at its ports.",
        "black_sea",
        "2022-06-08",
    )
    assert claim.holder == "its foreign ministry"
    assert "invited" not in claim.cue  # the narrator's clause, not the ministry's act


def test_no_new_decision_taken_is_a_denied_decision() -> None:
    claim = read(
        "The Secretary General said that Allies had not taken any new decision on a "
        "Membership Action Plan for Ukraine.",
        "membership_path",
        "2009-08-21",
    )
    assert (claim.side, claim.act, claim.polarity) == ("nato", "decides", "negated")


def test_what_must_reach_ukraine_is_asked_for() -> None:
    claim = read(
        "Zelenskyy said that the promised air defence systems must reach Ukraine within weeks.",
        "aid_volumes",
        "2022-09-09",
    )
    assert (claim.side, claim.act) == ("ukraine", "seeks")


def test_wanting_to_with_nothing_after_it_is_no_wish() -> None:
    claim = read(
        "The Nordic accessions showed that the Allies can move on membership quickly when "
        "they want to.",
        "membership_path",
        "2024-03-08",
    )
    assert claim.act != "seeks" and "want" not in claim.cue


def test_what_an_agreement_provides_is_what_it_lays_down() -> None:
    text = (
        "Canada and Ukraine sign an agreement on security cooperation\n\n"
        "It also provides that, in the event of a future armed attack, Canada and Ukraine "
        "will consult within 24 hours.\n"
    )
    claims = _claims(text, dt.date(2024, 2, 24), "Prime Minister of Canada")
    assert _row(claims, "It also provides", "security_guarantees")["act"] == "offers"


def test_warning_that_arms_would_undermine_an_accord_rejects_them() -> None:
    text = (
        "Comment by the Information and Press Department\n\n"
        "If lethal arms are supplied to Ukraine, this will seriously undermine the Minsk "
        "agreements and lead to escalation.\n"
    )
    claims = _claims(text, dt.date(2015, 3, 27), "Ministry of Foreign Affairs of Russia")
    row = _row(claims, "If lethal arms", "aid_volumes")
    assert (row["side"], row["act"]) == ("russia", "rejects")


def test_welcoming_a_declared_wish_to_join_is_the_alliances_offer() -> None:
    claim = read(
        "NATO leaders said: We welcome the declared wish of Ukraine to join the Alliance.",
        "membership_path",
        "2008-04-03",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "open_door")


def test_confirming_support_stands_by_it() -> None:
    claim = read(
        "Poland's Foreign Minister Radosław Sikorski confirmed Poland's support for Ukraine's "
        "Euro-Atlantic aspirations.",
        "membership_path",
        "2009-12-03",
    )
    assert (claim.side, claim.act) == ("ally", "offers")


def test_who_after_a_titled_name_stands_for_that_name() -> None:
    s = (
        "The minister held talks with the Minister of Foreign Affairs of Poland Radosław "
        "Sikorski, who confirmed his country's support."
    )
    found = find_agent(
        s, s.find("confirmed"), load_actors(), dt.date(2009, 12, 3), load_claim_rules()
    )
    assert found is not None and (found.name, found.side) == ("Radosław Sikorski", "ally")


def test_a_signed_analysis_speaks_in_its_authors_voice() -> None:
    text = (
        "Twenty-five years after Budapest\n\n"
        "By Iryna Koval\n\n"
        "In my view, Kyiv should pursue bilateral security commitments from individual "
        "allies.\n"
    )
    doc_claims = _claims(text, dt.date(2019, 12, 5), "Kyiv Policy Review (long-form analysis)")
    row = _row(doc_claims, "In my view", "security_guarantees")
    assert (row["holder"], row["side"], row["act"]) == ("Iryna Koval", "other", "seeks")


def test_calling_off_a_step_and_not_planning_it_refuse() -> None:
    called_off = read(
        "Washington quietly called off the planned passage of two destroyers into the Black Sea.",
        "black_sea",
        "2021-04-15",
    )
    assert (called_off.side, called_off.act) == ("ally", "rejects")
    not_planned = read(
        "Jens Stoltenberg: NATO is not planning to deploy naval escorts in the Black Sea.",
        "black_sea",
        "2022-06-29",
    )
    assert (not_planned.side, not_planned.act) == ("nato", "rejects")


def test_what_a_body_takes_note_of_is_reported() -> None:
    text = (
        "Conclusions of the European Council\n\n"
        "The European Council takes note of the work under way among several Member States "
        "on a coalition of countries willing to contribute security guarantees for Ukraine.\n"
    )
    claims = _claims(text, dt.date(2025, 3, 6), "European Council")
    row = _row(claims, "The European Council takes note", "security_guarantees")
    assert (row["side"], row["act"]) == ("eu", "reports")


def test_a_person_unknown_to_the_actors_file_speaks_for_the_pages_side() -> None:
    text = (
        "Parliament adopts the law on non-bloc status\n\n"
        "Mykola Bilous, a former deputy minister, said that Ukraine must keep the aim of "
        "joining NATO.\n"
    )
    claims = _claims(text, dt.date(2010, 7, 1), "Verkhovna Rada of Ukraine")
    row = _row(claims, "Mykola Bilous", "membership_path")
    assert (row["holder"], row["side"], row["act"]) == ("Mykola Bilous", "ukraine", "seeks")


def test_an_office_unknown_to_the_actors_file_speaks_for_the_pages_side() -> None:
    text = (
        "Parliament adopts the law on non-bloc status\n\n"
        "Presenting the bill, a representative of the Ministry of Foreign Affairs told "
        "deputies that non-bloc status would strengthen stability in the region.\n"
    )
    claims = _claims(text, dt.date(2010, 6, 3), "Verkhovna Rada of Ukraine")
    assert _row(claims, "Presenting the bill", "membership_path")["side"] == "ukraine"


def test_a_text_that_defines_a_status_decides_it() -> None:
    text = (
        "Parliament adopts the law on non-bloc status\n\n"
        "The law defines Ukraine as a European non-bloc state.\n"
    )
    claims = _claims(text, dt.date(2010, 7, 1), "Verkhovna Rada of Ukraine")
    row = _row(claims, "The law defines", "membership_path")
    assert (row["side"], row["act"], row["rung"]) == ("ukraine", "decides", "non_aligned")


def test_the_recipient_ready_to_buy_weapons_asks_for_them() -> None:
    claim = read(
        "President Volodymyr Zelenskyy said Kyiv was ready to buy American weapons worth "
        "$90 billion, paid for by European partners.",
        "aid_volumes",
        "2025-08-19",
    )
    assert (claim.side, claim.act) == ("ukraine", "seeks")


def test_partners_on_a_recipients_page_are_not_the_page() -> None:
    text = (
        "Ramstein: air defence remains the priority\n\n"
        "So far, partners have delivered to Ukraine more than 50 air defence systems.\n"
    )
    claims = _claims(text, dt.date(2024, 9, 6), "Ministry of Defence of Ukraine")
    assert _row(claims, "So far, partners", "aid_volumes")["side"] != "ukraine"


def test_a_participle_with_its_agent_describes_a_noun() -> None:
    claim = read(
        "The leaders also discussed the Black Sea ceasefire announced by Washington on Tuesday.",
        "black_sea",
        "2025-03-27",
    )
    assert claim.act == "reports"


def test_not_asking_now_refuses() -> None:
    claim = read(
        '"We are not knocking on NATO\'s door," Deputy Prime Minister Vasyl Koval said.',
        "membership_path",
        "2010-05-20",
    )
    assert claim.act == "rejects"


def test_expecting_another_to_lift_its_block_asks() -> None:
    claim = read(
        "Ukraine's Foreign Minister Dmytro Kuleba said Kyiv expected Budapest to lift its "
        "block on the NATO-Ukraine Commission.",
        "membership_path",
        "2023-02-09",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "seeks", "partnership")
