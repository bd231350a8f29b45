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


def test_a_clause_before_a_joined_speech_tag_is_narration() -> None:
    claim = read(
        "Bulgaria, where drone debris has fallen twice this year, has asked allies for more "
        "air defence, and NATO has said that an attack on any ally would trigger Article 5.",
        "aid_volumes",
        "2024-09-10",
    )
    assert (claim.holder, claim.side, claim.act) == ("Bulgaria", "ally", "seeks")


def test_what_a_state_received_is_no_deed_of_its() -> None:
    claim = read(
        "Ukraine received its first Leopard tanks from Poland in late February.",
        "aid_volumes",
        "2023-03-10",
    )
    assert claim.act == "reports"


def test_states_listed_after_a_preposition_do_not_act() -> None:
    text = (
        "Summit statement\n\n"
        "We, the Heads of State and Government of the Alliance, met today in Vilnius.\n"
        "Our battlegroups in Slovakia, Hungary, Bulgaria and Romania will make clear that an "
        "attack on one Ally is an attack on all.\n"
    )
    doc = make_document("decl", text, date=dt.date(2023, 7, 11), source="NATO")
    row = _row(track(Corpus([doc])).claims, "Our battlegroups", "security_guarantees")
    assert (row["side"], row["act"]) == ("nato", "offers")


def test_the_demands_named_as_a_noun_are_not_the_speakers_request() -> None:
    claim = read(
        "The Turkish minister called the Ukrainian requests fair and said Turkey would "
        "continue to apply the Montreux Convention to all warships.",
        "black_sea",
        "2022-06-08",
    )
    assert (claim.side, claim.act) == ("ally", "offers")


def test_a_running_total_given_together_is_decided() -> None:
    claim = read(
        "The members of the contact group have together committed more than $40 billion in "
        "security assistance, the State Department said.",
        "aid_volumes",
        "2023-12-01",
    )
    assert (claim.side, claim.act) == ("ally", "decides")


def test_raising_what_one_does_is_a_deed_but_a_raised_thing_is_not() -> None:
    deed = read(
        "NATO Secretary General Jens Stoltenberg said NATO has increased air patrols over the "
        "Black Sea.",
        "black_sea",
        "2023-10-12",
    )
    adjective = read(
        '"We will keep giving Ukraine practical support, including through a strengthened '
        'Comprehensive Assistance Package," Stoltenberg said.',
        "aid_volumes",
        "2023-10-12",
    )
    assert (deed.side, deed.act) == ("nato", "decides")
    assert (adjective.side, adjective.act) == ("nato", "offers")


def test_according_to_her_names_the_speaker_not_the_agent_inside() -> None:
    text = (
        "Committee hearing\n\n"
        "Deputy Minister Olena Kovalchuk briefed the committee on Tuesday.\n"
        "According to her, Allied ministers had agreed to step up support for Ukraine in the "
        "Black Sea region.\n"
    )
    row = _row(_claims(text, dt.date(2019, 1, 22)), "According to her", "black_sea")
    assert row["holder"] == "Olena Kovalchuk"


def test_without_and_its_noun_deny_no_later_verb() -> None:
    claim = read(
        "Sergei Lavrov said security guarantees signed without Russia would never work.",
        "security_guarantees",
        "2025-08-20",
    )
    assert (claim.side, claim.act) == ("russia", "rejects")


def test_casting_a_step_as_making_an_enemy_rejects_it() -> None:
    claim = read(
        "Dmitry Medvedev wrote that joining NATO would make Ukraine a direct military "
        "adversary of Russia.",
        "membership_path",
        "2014-12-24",
    )
    assert (claim.side, claim.act) == ("russia", "rejects")


def test_what_must_not_be_done_is_demanded() -> None:
    claim = read(
        "Russian Foreign Ministry spokeswoman Maria Zakharova said the Black Sea corridor must "
        "not be used to ship weapons.",
        "black_sea",
        "2022-10-01",
    )
    assert (claim.side, claim.act) == ("russia", "seeks")


def test_a_participle_right_after_the_noun_describes_it() -> None:
    text = (
        "Statement\n\n"
        "The shipping corridor set up under the July agreements must not be used for military "
        "purposes.\n"
    )
    doc = make_document(
        "mfa", text, date=dt.date(2022, 10, 1), source="Russian Ministry of Foreign Affairs"
    )
    row = _row(track(Corpus([doc])).claims, "The shipping corridor", "black_sea")
    assert (row["side"], row["act"]) == ("russia", "seeks")


def test_a_closing_participle_of_harm_describes_what_precedes_it() -> None:
    claim = read(
        "Turkey, Romania and Bulgaria launched a joint naval task group on Monday to clear "
        "drifting mines in the Black Sea, threatening ships bound for Odesa.",
        "black_sea",
        "2024-07-01",
    )
    assert (claim.side, claim.act) == ("ally", "decides")


def test_the_one_named_among_others_speaks_for_them() -> None:
    claim = read(
        "Others, including Foreign Minister Dmytro Kuleba, say the only protection worth "
        "having is NATO membership itself.",
        "membership_path",
        "2022-03-20",
    )
    assert (claim.holder, claim.side, claim.how, claim.act) == (
        "Dmytro Kuleba",
        "ukraine",
        "reported",
        "seeks",
    )


def test_a_leaders_office_speaks_on_the_leaders_side() -> None:
    claim = read(
        "Zelenskyy's office replied that Ukraine's Euro-Atlantic course was a sovereign choice.",
        "membership_path",
        "2021-04-02",
    )
    assert (claim.holder, claim.side, claim.act) == ("Zelenskyy's office", "ukraine", "seeks")


def test_a_rung_denied_with_no_act_word_is_reported() -> None:
    claim = read(
        '"Today Ukraine is not ready for membership," President Petro Poroshenko said.',
        "membership_path",
        "2015-10-01",
    )
    assert (claim.side, claim.act, claim.polarity) == ("ukraine", "reports", "negated")


def test_a_rung_whose_words_hold_a_negation_is_not_refused() -> None:
    claim = read(
        "The Alliance also decided that Ukraine would not need a Membership Action Plan.",
        "membership_path",
        "2023-07-12",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "decides", "will_join")


def test_a_group_acting_on_an_opponents_page_gives_the_page_no_position() -> None:
    # a Kremlin comment on a NATO summit: the summit is NATO's, and the page tells of its
    # decision (a report), taking no position of its own
    text = (
        "Comment on the outcome of the NATO summit\n\n"
        "The summit took place on 9-11 July.\n"
        "The Washington summit also endorsed a NATO-Ukraine Council for consultations.\n"
    )
    doc = make_document(
        "mfa", text, date=dt.date(2024, 7, 12), source="Russian Ministry of Foreign Affairs"
    )
    tracking = track(Corpus([doc]))
    row = _row(tracking.claims, "The Washington summit", "membership_path")
    assert (row["side"], row["act"]) == ("russia", "reports")
    assert "russia" not in set(tracking.positions["side"])


def test_taking_note_of_statements_reports_them() -> None:
    text = (
        "Comment of the Ministry\n\n"
        "We have taken note of new statements by officials in Kiev about a referendum on "
        "joining NATO.\n"
    )
    doc = make_document(
        "mfa", text, date=dt.date(2015, 6, 4), source="Russian Ministry of Foreign Affairs"
    )
    row = _row(track(Corpus([doc])).claims, "We have taken note", "membership_path")
    assert (row["side"], row["act"]) == ("russia", "reports")


def test_concern_provocation_and_reluctance_reject() -> None:
    concern = read(
        "Maria Zakharova said Moscow noted with concern the growing activity of NATO warships "
        "in the Black Sea.",
        "black_sea",
        "2021-04-15",
    )
    provocative = read(
        '"The naval drills planned near Odesa are another provocative step," Maria Zakharova '
        "said.",
        "black_sea",
        "2021-04-15",
    )
    reluctant = read(
        "Italy and Spain remain reluctant to grant Ukraine a Membership Action Plan.",
        "membership_path",
        "2008-03-28",
    )
    assert (concern.side, concern.act) == ("russia", "rejects")
    assert (provocative.side, provocative.act) == ("russia", "rejects")
    assert (reluctant.side, reluctant.act) == ("ally", "rejects")


def test_pausing_aid_or_deciding_not_to_extend_rejects() -> None:
    paused = read(
        "Washington has paused deliveries of military aid to Ukraine.",
        "aid_volumes",
        "2025-03-04",
    )
    not_extend = read(
        "Vladimir Putin said Russia had decided not to extend the Black Sea grain deal.",
        "black_sea",
        "2023-07-18",
    )
    assert (paused.side, paused.act) == ("ally", "rejects")
    assert (not_extend.side, not_extend.act) == ("russia", "rejects")


def test_will_submit_a_programme_offers_it() -> None:
    claim = read(
        "Foreign Minister Dmytro Kuleba said Kyiv would submit its Annual National Programme "
        "before the end of the year.",
        "membership_path",
        "2021-03-11",
    )
    assert (claim.side, claim.act) == ("ukraine", "offers")


def test_a_closing_participles_date_does_not_date_the_act() -> None:
    claim = read(
        "KYIV (Newswire) - Ukraine's parliament on Thursday voted to make NATO membership a "
        "foreign policy objective, reversing a course set seven years ago.",
        "membership_path",
        "2017-06-08",
    )
    assert (claim.holder, claim.side, claim.act) == ("Ukraine", "ukraine", "seeks")


def test_a_year_that_opens_the_sentence_dates_the_act() -> None:
    claim = read(
        "In 2010 parliament had adopted a law that declared Ukraine a non-bloc state and "
        "removed the goal of NATO membership from legislation.",
        "membership_path",
        "2017-06-08",
    )
    assert (claim.holder, claim.act) == (None, "reports")


def test_no_veto_over_a_choice_affirms_it() -> None:
    claim = read(
        "Foreign Minister Pavlo Klimkin said no third country had a veto over Ukraine's choice "
        "of alliances.",
        "membership_path",
        "2014-12-24",
    )
    assert (claim.side, claim.act) == ("ukraine", "seeks")


def test_will_consult_after_an_attack_offers_the_agreements_clause() -> None:
    claim = read(
        "Under the agreement, in the event of a new armed attack, Denmark and Ukraine will "
        "consult within 24 hours to decide on next steps.",
        "security_guarantees",
        "2024-02-23",
    )
    assert (claim.holder, claim.side, claim.act, claim.rung) == (
        "Denmark and Ukraine",
        "ally",
        "offers",
        "bilateral",
    )


def test_an_opening_phrase_ends_at_its_comma() -> None:
    # "by Russia, Finland and Ukraine": no list runs across the opening phrase's comma
    claim = read(
        "In the event of a future armed attack by Russia, Finland and Ukraine will consult "
        "within 24 hours.",
        "security_guarantees",
        "2024-04-03",
    )
    assert (claim.holder, claim.side, claim.act) == ("Finland and Ukraine", "ally", "offers")


def test_writing_a_course_into_law_is_a_deed_not_speech() -> None:
    claim = read(
        "On Thursday the Rada wrote the goal of NATO membership into the Constitution.",
        "membership_path",
        "2019-03-14",
    )
    wrote = read(
        "Medvedev wrote on Telegram that Ukraine's membership would mean a war.",
        "membership_path",
        "2024-07-12",
    )
    assert (claim.side, claim.act, claim.how) == ("ukraine", "seeks", "agent")
    assert (wrote.holder, wrote.how) == ("Dmitry Medvedev", "reported")


def test_an_act_in_a_closing_after_clause_is_background() -> None:
    claim = read(
        "Members of the two parliaments met in Kyiv on Friday, three months after the Rada "
        "wrote the country's non-bloc status into law.",
        "membership_path",
        "2010-10-22",
    )
    assert (claim.holder, claim.act) == (None, "reports")


def test_the_title_of_a_statement_reports_its_topic() -> None:
    text = (
        "Statement by the Ministry of Foreign Affairs on Kiev's request for accelerated "
        "accession to NATO\n\n"
        "We regard this step as a provocation.\n"
    )
    doc = make_document(
        "mfa", text, date=dt.date(2022, 10, 1), source="Russian Ministry of Foreign Affairs"
    )
    row = _row(track(Corpus([doc])).claims, "Statement by the Ministry", "membership_path")
    assert (row["side"], row["act"]) == ("russia", "reports")


def test_doing_what_it_takes_to_receive_asks_for_it() -> None:
    claim = read(
        "Prime Minister Irakli Garibashvili said Georgia would do everything necessary to "
        "receive a Membership Action Plan.",
        "membership_path",
        "2021-06-14",
    )
    assert (claim.act, claim.rung) == ("seeks", "map")


def test_a_partner_joined_to_a_grantor_leaves_the_act_to_the_grantor() -> None:
    signed = read(
        "Ukraine and Spain signed a bilateral security agreement on Monday.",
        "security_guarantees",
        "2024-05-27",
    )
    applicants = read(
        '"Ukraine and Georgia will be members of this Alliance," NATO Secretary General Jens '
        "Stoltenberg said.",
        "membership_path",
        "2019-03-25",
    )
    assert (signed.holder, signed.side, signed.act) == ("Ukraine and Spain", "ally", "decides")
    assert (applicants.side, applicants.act) == ("nato", "offers")


def test_a_subject_that_names_no_one_denies_the_act() -> None:
    claim = read(
        "No European government has offered to fight for Ukraine.",
        "security_guarantees",
        "2025-02-20",
    )
    doubt = read(
        "There is no doubt that Britain would fight for Ukraine.",
        "security_guarantees",
        "2025-02-20",
    )
    assert claim.polarity == "negated"
    assert doubt.polarity == "affirmed"


def test_few_without_a_names_almost_no_one_and_denies_the_act() -> None:
    few = read(
        "Officials in Brussels say few governments would support an invitation for Ukraine "
        "this year.",
        "membership_path",
        "2024-05-01",
    )
    some = read(
        "A few allies have offered Ukraine bilateral security guarantees.",
        "security_guarantees",
        "2024-05-01",
    )
    assert (few.rung, few.polarity) == ("invitation", "negated")
    assert (some.act, some.polarity) == ("offers", "affirmed")


def test_what_falls_far_from_a_guarantee_is_no_guarantee() -> None:
    none_of = read(
        "Critics note that none of these agreements amounts to a security guarantee for Ukraine.",
        "security_guarantees",
        "2024-05-01",
    )
    far = read(
        "The new compact is a long way from a security guarantee for Ukraine, the analyst wrote.",
        "security_guarantees",
        "2024-05-01",
    )
    assert (none_of.rung, none_of.polarity) == ("guarantees", "negated")
    assert (far.rung, far.polarity) == ("guarantees", "negated")


def test_a_hedge_after_words_in_quotes_hedges_them() -> None:
    # the closing quote mark ends the words, not the clause: "could" still hedges them
    claim = read(
        'The French president said a "stabilisation force" of several thousand troops could '
        "be deployed to Ukraine after a ceasefire.",
        "security_guarantees",
        "2025-03-01",
    )
    assert (claim.side, claim.rung, claim.modality) == ("ally", "multilateral", "hedged")


def test_a_question_for_the_future_is_a_hedge() -> None:
    claim = read(
        "Kuleba said that membership remained a question for the future.",
        "membership_path",
        "2016-05-01",
    )
    assert (claim.holder, claim.side, claim.modality) == ("Dmytro Kuleba", "ukraine", "hedged")


def test_a_joint_act_on_a_mutual_rung_is_each_partys() -> None:
    text = (
        "Lisbon and Kyiv sign security pact\n\n"
        "LISBON, June 3 (Wire) - Portugal and Ukraine signed a bilateral security agreement "
        "in Lisbon on Tuesday.\n"
    )
    claims = _claims(text, dt.date(2024, 6, 4))
    signed = claims[claims["sentence"].str.startswith("LISBON")]
    parties = set(
        zip(signed["holder"], signed["side"], signed["act"], signed["rung"], strict=True)
    )
    assert parties == {
        ("Portugal", "ally", "decides", "bilateral"),
        ("Ukraine", "ukraine", "decides", "bilateral"),
    }
    positions = track(
        Corpus([make_document("doc", text, date=dt.date(2024, 6, 4), source="Wire")])
    ).positions
    assert set(positions.loc[positions["dimension"] == "security_guarantees", "side"]) >= {
        "ally",
        "ukraine",
    }


def test_an_opponents_page_retells_the_other_sides_acts() -> None:
    # in Moscow's statement, the Western deliveries are Moscow's account, not the West's act
    text = (
        "Comment on the Western arms deliveries to Kiev\n\n"
        "This week Washington sent Kiev another batch of long-range missiles worth 400 "
        "million dollars.\n"
        "We regard these deliveries as a direct threat to the security of Russia.\n"
    )
    doc = make_document(
        "mfa", text, date=dt.date(2024, 5, 10), source="Russian Ministry of Foreign Affairs"
    )
    claims = track(Corpus([doc])).claims
    sent = _row(claims, "This week Washington", "aid_volumes")
    assert (sent["side"], sent["act"], sent["how"]) == ("russia", "reports", "voice")


def test_a_report_in_narration_is_the_narrators_not_the_agents() -> None:
    # the narrator tells of Moldova's contribution: no act of Moldova's on the ladder
    claim = read(
        "Moldova currently sends a small contingent to the NATO-led mission in Kosovo.",
        "membership_path",
        "2024-05-01",
    )
    assert (claim.holder, claim.side, claim.act, claim.how) == (None, None, "reports", "none")


def test_a_decision_told_as_a_possibility_is_an_offer() -> None:
    claim = read(
        "The Allies might well agree to send more air defence systems to Ukraine.",
        "aid_volumes",
        "2023-05-02",
    )
    assert (claim.side, claim.act, claim.modality, claim.status) == (
        "nato",
        "offers",
        "hedged",
        "pledged",
    )


def test_a_group_the_actors_name_in_lower_case_keeps_its_side() -> None:
    # "allies" is the Alliance's, not the side of the Kremlin spokesman named just before
    text = (
        "Summit ends with naval pledge\n\n"
        "Kremlin spokesman Dmitry Peskov said on Monday that Moscow would watch the summit "
        "closely and would defend its interests in the Black Sea.\n"
        "At the close of the meeting, allies said they would keep more warships in the Black "
        "Sea this summer.\n"
    )
    row = _row(_claims(text, dt.date(2021, 6, 15)), "At the close", "black_sea")
    assert (row["side"], row["act"]) == ("nato", "offers")


def test_he_stands_for_the_subject_just_named_not_an_earlier_speaker() -> None:
    text = (
        "NATO chief visits Kyiv\n\n"
        "KYIV, June 2 (Wire) - President Volodymyr Zelenskyy told reporters that Ukraine "
        "wanted an invitation to join NATO this year.\n"
        "Jens Stoltenberg, who met Zelenskyy in the morning, was more careful.\n"
        '"The door of the Alliance remains open to Ukraine," he said.\n'
    )
    row = _row(_claims(text, dt.date(2023, 6, 2)), '"The door', "membership_path")
    assert (row["holder"], row["side"], row["act"]) == ("Jens Stoltenberg", "nato", "offers")


def test_once_again_is_no_condition_and_no_background() -> None:
    claim = read(
        "President Poroshenko once again called on partners to supply Ukraine with anti-tank "
        "weapons.",
        "aid_volumes",
        "2015-02-01",
    )
    assert (claim.side, claim.act, claim.status) == ("ukraine", "seeks", "requested")


def test_what_a_holder_thanks_for_is_reported_whatever_the_figure() -> None:
    claim = read(
        "Zelenskyy thanked Chancellor Scholz for the package of EUR 2.7 billion announced on "
        "Saturday.",
        "aid_volumes",
        "2023-05-14",
    )
    assert (claim.side, claim.act) == ("ukraine", "reports")


def test_once_the_criteria_are_met_and_as_long_as_set_conditions() -> None:
    once = read(
        "The minister said Ukraine would hold a referendum on joining NATO once the country "
        "meets the membership criteria.",
        "membership_path",
        "2016-02-11",
    )
    as_long = read(
        "Zelenskyy said that as long as Ukraine stays outside NATO it needs security "
        "guarantees from its partners.",
        "security_guarantees",
        "2023-06-01",
    )
    for_as_long = read(
        "Canada will provide Ukraine with military aid for as long as it takes, the minister "
        "said.",
        "aid_volumes",
        "2023-06-01",
    )
    assert once.modality == "conditional"
    assert as_long.modality == "conditional"
    assert for_as_long.modality == "firm"


def test_no_plans_and_nobody_discussing_refuse() -> None:
    plans = read(
        '"We have no plans for a permanent naval presence in the Black Sea," the Secretary '
        "General said.",
        "black_sea",
        "2013-06-20",
    )
    nobody = read(
        '"Frankly, nobody around the table is discussing a Membership Action Plan today," the '
        "Secretary General said.",
        "membership_path",
        "2013-06-20",
    )
    assert (plans.side, plans.act, plans.polarity) == ("nato", "rejects", "affirmed")
    assert (nobody.side, nobody.act, nobody.rung) == ("nato", "rejects", "map")


def test_handing_in_ones_own_application_asks() -> None:
    filed = read(
        "Montenegro formally submitted its application for NATO membership on Friday.",
        "membership_path",
        "2009-11-06",
    )
    named = read(
        "Moscow said Ukraine's application for NATO membership was a provocation.",
        "membership_path",
        "2022-10-01",
    )
    assert (filed.holder, filed.act, filed.rung, filed.target) == (
        "Montenegro",
        "seeks",
        "invitation",
        "other",
    )
    assert (named.side, named.act) == ("russia", "rejects")


def test_headline_verbs_and_the_membership_plan() -> None:
    against = read(
        "France digs in against Georgia membership plan before ministers meet",
        "membership_path",
        "2008-11-20",
    )
    eyes = read("Kyiv eyes membership plan at December meeting", "membership_path", "2008-11-20")
    assert (against.side, against.act, against.rung) == ("ally", "rejects", "map")
    assert (eyes.side, eyes.act, eyes.rung) == ("ukraine", "seeks", "map")


def test_what_a_holder_notes_others_did_is_reported() -> None:
    text = (
        "Comment on the summit\n\n"
        "We have also noted the establishment of a new NATO-Ukraine Council in Vilnius.\n"
    )
    doc = make_document(
        "mfa", text, date=dt.date(2023, 7, 12), source="Russian Ministry of Foreign Affairs"
    )
    row = _row(track(Corpus([doc])).claims, "We have also noted", "membership_path")
    assert (row["side"], row["act"], row["rung"]) == ("russia", "reports", "partnership")


def test_a_peoples_right_to_decide_is_no_decision() -> None:
    claim = read(
        "NATO respects the right of the people of Ukraine to decide on membership of the "
        "Alliance, the Secretary General said.",
        "membership_path",
        "2014-04-01",
    )
    assert (claim.side, claim.act) == ("nato", "offers")
