"""Claims: a second verb of the same subject, backshifted promises, the formula of choice."""

from __future__ import annotations

import datetime as dt

from .test_claims import DIMS, read, read_all
from .test_claims_grammar import _claims


def test_a_refusal_and_a_promise_of_one_subject_are_two_claims() -> None:
    # "but promised" has no subject of its own: the ministers promise as they refuse
    claims = read_all(
        "Allied foreign ministers declined on Tuesday to offer Georgia and Ukraine a "
        "Membership Action Plan, but promised the two countries they would eventually join "
        "the Alliance.",
        "membership_path",
        "2008-12-02",
    )
    assert [(c.side, c.act, c.rung) for c in claims] == [
        ("nato", "rejects", "map"),
        ("nato", "offers", "will_join"),
    ]


def test_the_promise_beside_the_refusal_is_the_position() -> None:
    # a headline of the same shape; the side's position is what it offers, not what it refuses
    text = (
        "Allies refuse membership plan for Kyiv but promise eventual entry\n\n"
        "Alliance leaders met in the Romanian capital on Thursday.\n"
    )
    tracking = _claims(text, dt.date(2008, 4, 3))
    claims = tracking[tracking["dimension"] == "membership_path"]
    assert set(zip(claims["side"], claims["act"], claims["rung"], strict=True)) >= {
        ("nato", "rejects", "map"),
        ("nato", "offers", "will_join"),
    }


def test_a_second_clause_with_its_own_subject_is_not_the_first_subjects() -> None:
    # "but Moscow warned": the clause names its own actor, so it is not an elided verb
    claims = read_all(
        "The Alliance promised that Ukraine would one day become a member, but Moscow warned "
        "against any enlargement.",
        "membership_path",
        "2008-04-04",
    )
    assert [(c.side, c.act) for c in claims] == [("nato", "offers"), ("russia", "rejects")]


def test_reported_speech_shifts_will_join_to_would_join() -> None:
    claim = read(
        "The Secretary General said Ukraine would one day become a member of the Alliance.",
        "membership_path",
        "2019-03-25",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "will_join")
    claim = read(
        "NATO restates that Ukraine will join one day, with no date for a membership plan",
        "membership_path",
        "2021-06-14",
    )
    assert (claim.side, claim.rung) == ("nato", "will_join")


def test_eventual_entry_is_the_promise_that_ukraine_will_join() -> None:
    claim = read(
        "Allied leaders pledged eventual entry to Ukraine at the summit.",
        "membership_path",
        "2008-04-03",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "will_join")


def test_the_formula_of_sovereign_choice_keeps_the_door_open() -> None:
    claim = read(
        "The Alliance's spokesperson said every nation has the right to choose its own security "
        "arrangements, and that no third country has a veto over NATO enlargement.",
        "membership_path",
        "2021-12-10",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "open_door")
    claim = read(
        "It is for Ukraine alone to decide whether to join the Alliance, the Secretary General "
        "told reporters.",
        "membership_path",
        "2022-01-12",
    )
    assert (claim.side, claim.rung) == ("nato", "open_door")


def test_a_right_to_choose_with_no_alliance_in_sight_is_no_mention() -> None:
    scan = DIMS.scan("Every citizen has the right to choose their own path in life.")
    assert "membership_path" not in scan


def test_an_alliance_official_speaks_for_nato() -> None:
    # newswire names NATO "the alliance" in lower case: its officials and diplomats
    claim = read(
        "An alliance official, speaking on condition of anonymity, said the door remained "
        "open for Kyiv.",
        "membership_path",
        "2014-12-02",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "open_door")
    claim = read(
        "A senior alliance diplomat said the door remained open for Kyiv.",
        "membership_path",
        "2014-12-02",
    )
    assert claim.side == "nato"


def test_a_member_states_possessive_names_its_side() -> None:
    # "Romania's defence minister, Ion Petrescu": an unknown official of an Ally
    claim = read(
        "Romania's defence minister, Ion Petrescu, said his country would send two minehunters "
        "to the Black Sea group.",
        "black_sea",
        "2024-01-11",
    )
    assert (claim.holder, claim.side, claim.act) == ("Ion Petrescu", "ally", "offers")


def test_a_clause_that_takes_up_the_matter_with_one_acts_on_it() -> None:
    # "argued against one": the invitation named in the clause before
    claims = read_all(
        "Baltic Allies pressed for an invitation at the summit, while France and Italy argued "
        "against one.",
        "membership_path",
        "2023-07-12",
    )
    assert (claims[-1].side, claims[-1].act, claims[-1].rung) == ("ally", "rejects", "invitation")


def test_a_source_who_asked_not_to_be_named_asks_for_nothing() -> None:
    claim = read(
        "A NATO official, who asked not to be named, said the door remained open for Kyiv.",
        "membership_path",
        "2014-12-02",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "open_door")


def test_the_guarantor_of_a_law_is_no_security_guarantee() -> None:
    scan = DIMS.scan(
        "Under the amendment, the President becomes the guarantor of the implementation of the "
        "strategic course."
    )
    assert "security_guarantees" not in scan
    scan = DIMS.scan("Kyiv wants guarantor states to defend it if Russia attacks again.")
    assert "security_guarantees" in scan


def test_a_forecast_of_joining_in_kyivs_mouth_asks_for_membership() -> None:
    # Kyiv cannot decide that it will join: its "will become a member" is its aspiration
    kyiv = read(
        "Foreign Minister Dmytro Kuleba said Ukraine will become a member of the Alliance "
        "in time.",
        "membership_path",
        "2021-02-05",
    )
    assert (kyiv.side, kyiv.act, kyiv.rung) == ("ukraine", "seeks", "open_door")
    # ... while the Alliance's own "will become a member" is the promise that it will join
    nato = read(
        "The NATO Secretary General said Ukraine will become a member of the Alliance.",
        "membership_path",
        "2021-02-05",
    )
    assert (nato.side, nato.act, nato.rung) == ("nato", "offers", "will_join")
    # ... and Kyiv asking the Allies to keep their 2008 decision asks for that decision
    honour = read(
        "Foreign Minister Dmytro Kuleba urged the Allies to honour the Bucharest commitment.",
        "membership_path",
        "2021-02-05",
    )
    assert (honour.side, honour.act, honour.rung) == ("ukraine", "seeks", "will_join")


def test_guarantee_as_a_verb_of_anything_but_security_is_no_guarantee() -> None:
    assert "security_guarantees" not in DIMS.scan(
        "He insisted that only neutrality could guarantee peace for the country."
    )
    assert "security_guarantees" in DIMS.scan(
        "The Allies said they were ready to guarantee Ukraine's security after a ceasefire."
    )


def test_a_ukrainian_party_or_faction_speaks_for_ukraine() -> None:
    claim = read(
        "The Opposition Bloc faction voted against the bill on joining NATO.",
        "membership_path",
        "2018-11-22",
    )
    assert (claim.holder, claim.side, claim.act, claim.rung) == (
        "Opposition Bloc",
        "ukraine",
        "rejects",
        "open_door",
    )
    claim = read(
        "The Party of Regions says Ukraine should stay outside any military bloc.",
        "membership_path",
        "2008-01-17",
    )
    assert (claim.holder, claim.side, claim.rung) == ("Party of Regions", "ukraine", "non_aligned")


def test_article_5_kept_for_the_members_is_refused_to_ukraine() -> None:
    claim = read(
        "Jens Stoltenberg said Article 5 applies only to Allies, not to partners such as Ukraine.",
        "security_guarantees",
        "2015-06-08",
    )
    assert (claim.side, claim.act, claim.rung, claim.target) == (
        "nato",
        "rejects",
        "collective_defence",
        "ukraine",
    )
    # the Allies' own defence, with no refusal to anyone, stays theirs
    own = read(
        "Jens Stoltenberg said in Kyiv that Article 5 protects every Ally.",
        "security_guarantees",
        "2015-06-08",
    )
    assert (own.act, own.target) == ("offers", "allies")


def test_kyiv_recalling_the_budapest_memorandum_tells_it_and_asks_for_nothing() -> None:
    claim = read(
        '"We already had the Budapest Memorandum, and we know what it was worth," President '
        "Volodymyr Zelenskyy said.",
        "security_guarantees",
        "2023-02-18",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "reports", "assurances")
    # ... while asking, with an act word, is still asking
    claim = read(
        "Volodymyr Zelenskyy called on the signatories of the Budapest Memorandum to honour "
        "their assurances.",
        "security_guarantees",
        "2023-02-18",
    )
    assert (claim.side, claim.act) == ("ukraine", "seeks")


def test_states_named_together_before_a_reporting_verb_speak_together() -> None:
    claim = read(
        "In Paris, Britain and France said the reassurance force would deploy only after a "
        "ceasefire.",
        "security_guarantees",
        "2025-03-08",
    )
    assert (claim.holder, claim.side, claim.act, claim.rung) == (
        "Britain and France",
        "ally",
        "offers",
        "multilateral",
    )
    # names the actors data does not know are no speakers
    claim = read(
        "Smith and Jones said the reassurance force would deploy only after a ceasefire.",
        "security_guarantees",
        "2025-03-08",
    )
    assert claim.side is None


def test_making_clear_and_signalling_report_speech() -> None:
    claim = read(
        "Hungary's prime minister has made clear that he will not support an invitation for "
        "Ukraine.",
        "membership_path",
        "2024-05-05",
    )
    assert (claim.side, claim.act, claim.rung) == ("ally", "rejects", "invitation")
    claim = read(
        "The Kremlin signalled on Monday that it would never accept Ukraine's membership of NATO.",
        "membership_path",
        "2024-05-05",
    )
    assert (claim.side, claim.act, claim.rung) == ("russia", "rejects", "open_door")


def test_ukraines_backers_are_not_ukraine() -> None:
    # a possessor's allies and partners are others; so are the countries backing it
    for sentence in (
        "Ukraine's allies agreed in Paris to keep planning a reassurance force.",
        "Kyiv's backers pledged to keep planning a reassurance force.",
        "Leaders from some 30 countries backing Ukraine agreed to keep planning a reassurance "
        "force.",
    ):
        claim = read(sentence, "security_guarantees", "2025-03-28")
        assert claim.side != "ukraine", sentence
    claim = read(
        "Ukraine's Western partners said they were ready to deploy a reassurance force.",
        "security_guarantees",
        "2025-03-28",
    )
    assert (claim.side, claim.act) == ("ally", "offers")


def test_a_states_officer_named_by_its_possessive_acts_for_it() -> None:
    claim = read(
        "Hungary's caretaker government blocked a meeting of the NATO-Ukraine Commission.",
        "membership_path",
        "2023-03-20",
    )
    assert (claim.side, claim.act, claim.rung) == ("ally", "rejects", "partnership")
    assert claim.holder == "Hungary's caretaker government"


def test_inviting_ukraine_is_about_an_invitation_to_join_but_not_to_a_summit() -> None:
    claim = read(
        "Foreign Minister Dmytro Kuleba urged the Allies to invite Ukraine at the Vilnius summit.",
        "membership_path",
        "2023-06-20",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "seeks", "invitation")
    scan = DIMS.scan("The Allies invited Ukraine to the summit dinner in Vilnius.")
    assert "membership_path" not in scan or scan["membership_path"].position != "invitation"


def test_championing_a_bid_backs_it_and_the_baltic_states_are_allies() -> None:
    claim = read(
        "Poland has long championed Ukraine's bid to join NATO.", "membership_path", "2023-07-20"
    )
    assert (claim.side, claim.act) == ("ally", "offers")
    claim = read(
        "The Baltic states have sent Javelin and Stinger missiles to Ukraine.",
        "aid_volumes",
        "2022-02-20",
    )
    assert (claim.holder, claim.side, claim.act) == ("Baltic states", "ally", "decides")


def test_leaving_a_deal_and_closing_the_straits_are_deeds() -> None:
    claim = read("Russia withdrew from the grain deal on Monday.", "black_sea", "2023-07-17")
    assert (claim.side, claim.act) == ("russia", "rejects")
    claim = read(
        "Turkey closed the straits to warships under the Montreux Convention on Monday.",
        "black_sea",
        "2022-02-28",
    )
    assert (claim.side, claim.act) == ("ally", "decides")


def test_a_nato_summit_named_by_its_city_speaks_for_nato() -> None:
    claim = read(
        "Washington summit declares Ukraine's path to NATO irreversible",
        "membership_path",
        "2024-07-10",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "decides", "irreversible")


def test_the_allies_citing_the_budapest_memorandum_tell_it() -> None:
    claim = read(
        "NATO foreign ministers said Russia's actions breach its commitments under the "
        "Budapest Memorandum.",
        "security_guarantees",
        "2014-04-01",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "reports", "assurances")


def test_hoping_to_get_asks_and_hoping_that_hedges() -> None:
    wish = read(
        "Ukraine hopes to receive an invitation at the summit.", "membership_path", "2023-06-20"
    )
    assert (wish.side, wish.act, wish.modality) == ("ukraine", "seeks", "firm")
    hedge = read(
        "Dmitry Peskov said Moscow hoped that Kyiv would stay out of the Alliance.",
        "membership_path",
        "2023-06-20",
    )
    assert (hedge.side, hedge.modality) == ("russia", "hedged")


def test_an_ambassador_to_a_state_speaks_for_the_sending_state() -> None:
    # "NATO membership" names what is refused, not who refuses it
    claim = read(
        "Russia's ambassador to the United States said NATO membership for Ukraine was out of "
        "the question.",
        "membership_path",
        "2023-06-20",
    )
    assert (claim.side, claim.act, claim.rung) == ("russia", "rejects", "open_door")


def test_a_neutral_state_named_as_such_is_non_alignment() -> None:
    claim = read(
        "Vladimir Putin said Ukraine must be neutral and demilitarized.",
        "membership_path",
        "2022-03-16",
    )
    assert (claim.side, claim.act, claim.rung) == ("russia", "seeks", "non_aligned")
    assert "membership_path" not in DIMS.scan("The talks were held on neutral ground in Istanbul.")


def test_casting_a_step_as_a_threat_rejects_it() -> None:
    claim = read(
        "Russia considers NATO's expansion towards its borders a direct threat.",
        "membership_path",
        "2021-12-17",
    )
    assert (claim.side, claim.act) == ("russia", "rejects")


def test_an_unnamed_source_tells_what_a_named_side_does() -> None:
    claim = read(
        "Washington will not provide a backstop for a European force, officials said.",
        "security_guarantees",
        "2025-03-20",
    )
    assert (claim.side, claim.act, claim.rung) == ("ally", "rejects", "multilateral")


def test_a_coalition_may_offer_a_force_and_too_early_refuses() -> None:
    # any state but Ukraine may offer guarantees or a force, not only the Allies
    claim = read(
        "The coalition of the willing agreed to deploy a multinational force after a ceasefire.",
        "security_guarantees",
        "2025-03-20",
    )
    assert (claim.side, claim.act, claim.rung) == ("other", "decides", "multilateral")
    claim = read(
        "Germany said it was too early to discuss sending troops to Ukraine.",
        "security_guarantees",
        "2025-03-20",
    )
    assert (claim.side, claim.act) == ("ally", "rejects")


def test_the_best_guarantee_of_stability_is_a_figure_of_speech() -> None:
    assert "security_guarantees" not in DIMS.scan(
        "We believe a neutral Ukraine would be the best guarantee of stability in the region."
    )


def test_taking_part_in_a_meeting_is_a_deed() -> None:
    claim = read(
        "Foreign Minister Dmytro Kuleba took part in the meeting of the NATO-Ukraine Council "
        "in Brussels.",
        "membership_path",
        "2023-11-29",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "decides", "partnership")


def test_what_a_speaker_says_ukraine_deserves_the_speaker_asks_for() -> None:
    claim = read(
        "President Erdogan said Ukraine deserves to be in NATO.", "membership_path", "2023-07-12"
    )
    assert (claim.side, claim.act, claim.rung) == ("ally", "seeks", "open_door")


def test_an_opponent_telling_of_guarantees_offers_none() -> None:
    # the open rungs are not an opponent's to offer: its account raises no position
    claim = read(
        "Maria Zakharova: In Istanbul in spring 2022, Kiev itself offered permanent neutrality "
        "in exchange for guarantees.",
        "security_guarantees",
        "2023-07-12",
    )
    assert claim.side == "russia"
    assert claim.act not in ("offers", "decides")


def test_criticising_others_for_failing_to_act_asks_for_the_act() -> None:
    asks = read(
        "Zelenskyy criticised the Allies for failing to set a timeline for Ukraine's membership.",
        "membership_path",
        "2023-07-12",
    )
    assert (asks.side, asks.act) == ("ukraine", "seeks")
    refuses = read(
        "Lavrov criticised NATO's enlargement towards Russia's borders.",
        "membership_path",
        "2023-07-12",
    )
    assert (refuses.side, refuses.act) == ("russia", "rejects")


def test_refusing_a_step_without_something_asks_for_it() -> None:
    claim = read(
        "Ukraine will not accept a ceasefire without security guarantees.",
        "security_guarantees",
        "2025-03-12",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "seeks", "guarantees")
