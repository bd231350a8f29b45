"""Claims: the Alliance's and its members' formulas of refusal, regret, welcome and choice."""

from __future__ import annotations

import datetime as dt

from .test_claims import read
from .test_claims_grammar import _claims, _row


def test_no_consensus_among_allies_turns_a_step_down() -> None:
    claim = read(
        "The Secretary General said there was no consensus among Allies on an invitation for "
        "Ukraine at this stage.",
        "membership_path",
        "2023-04-04",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "rejects", "invitation")


def test_being_right_to_block_is_a_block_not_a_capacity() -> None:
    # "right to" after "been" says the block was correct; "the right to" is a capacity
    claim = read(
        "The Slovak prime minister said his government had been right to block the new NATO "
        "training mission for Ukraine.",
        "aid_volumes",
        "2024-07-01",
    )
    assert (claim.side, claim.act) == ("ally", "rejects")


def test_contributing_neither_troops_nor_money_is_a_refusal() -> None:
    claim = read(
        "Hungarian Foreign Minister Peter Szijjarto said Hungary would contribute neither "
        "troops nor money to the reassurance force.",
        "security_guarantees",
        "2025-03-20",
    )
    assert (claim.side, claim.act, claim.rung) == ("ally", "rejects", "multilateral")


def test_regret_that_a_step_was_put_off_asks_for_it() -> None:
    claim = read(
        '"We regret that the decision on an invitation has been postponed," the Ukrainian '
        "foreign minister told reporters.",
        "membership_path",
        "2023-07-12",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "seeks", "invitation")


def test_the_alliance_looking_forward_to_welcoming_a_member_offers() -> None:
    claim = read(
        "The Secretary General said Allies look forward to welcoming Ukraine as a member of the "
        "Alliance once conditions are met.",
        "membership_path",
        "2024-07-11",
    )
    assert (claim.side, claim.act) == ("nato", "offers")


def test_a_meeting_finished_in_the_commission_is_a_deed() -> None:
    claim = read(
        "We have just finished a very good meeting of the NATO-Ukraine Council with the "
        "Foreign Minister of Ukraine, the Secretary General said.",
        "membership_path",
        "2024-12-04",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "decides", "partnership")


def test_not_covered_by_article_5_refuses_collective_defence() -> None:
    claim = read(
        "The Secretary General said Ukraine is not covered by Article 5 because it is not a "
        "member.",
        "security_guarantees",
        "2022-02-20",
    )
    assert (claim.side, claim.act, claim.rung, claim.target) == (
        "nato",
        "rejects",
        "collective_defence",
        "ukraine",
    )


def test_it_is_for_ukraine_and_the_allies_to_decide_keeps_the_door_open() -> None:
    # the formula names who may decide; it decides nothing
    claim = read(
        "NATO spokesperson Oana Lungescu said it was for Ukraine and the 30 Allies alone to "
        "decide when Ukraine is ready to join the Alliance.",
        "membership_path",
        "2021-12-10",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "open_door")


def test_a_resolutions_items_take_the_act_of_its_lead_in() -> None:
    # the operative verb ends its sentence with a colon; the lettered items carry it
    text = (
        "Declaration on support for Ukraine\n\n"
        "The Assembly,\n\n"
        "3. Noting that the Verkhovna Rada restored membership of NATO as a goal of "
        "Ukraine's foreign policy;\n\n"
        "4. CALLS UPON the governments of member states:\n\n"
        "a. to grant Ukraine a Membership Action Plan without further delay;\n\n"
        "b. to increase their contributions to the NATO Trust Funds for Ukraine.\n"
    )
    claims = _claims(text, dt.date(2018, 10, 8), source="NATO Parliamentary Assembly")
    noted = _row(claims, "3. Noting", "membership_path")
    assert noted["act"] == "reports"
    item = _row(claims, "a. to grant", "membership_path")
    assert (item["act"], item["rung"]) == ("seeks", "map")


def test_a_step_that_has_been_postponed_is_no_refusal_of_the_speakers() -> None:
    # the passive hides who put it off; the speaker regrets it
    claim = read(
        '"We regret that the decision on a Membership Action Plan has been postponed," the '
        "Ukrainian foreign minister told reporters.",
        "membership_path",
        "2008-12-03",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "seeks", "map")


def test_the_alliance_recalling_its_promise_restates_it() -> None:
    claim = read(
        "NATO foreign ministers recalled that Georgia will also become a member of the "
        "Alliance, as decided at Bucharest.",
        "membership_path",
        "2022-11-30",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "will_join")
