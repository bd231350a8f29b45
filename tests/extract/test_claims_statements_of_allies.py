"""Claims: what the Alliance's statements undertake, restate and refuse, and Moscow's verdicts."""

from __future__ import annotations

import datetime as dt

from .test_claims import DIMS, read, read_all
from .test_claims_grammar import _claims, _row


def test_ministers_who_undertake_to_support_offer_it() -> None:
    text = (
        "Chair's statement\n\n"
        "Ministers undertook to keep supporting Ukraine's armed forces with equipment and "
        "training for as long as it takes.\n"
    )
    claims = _claims(text, dt.date(2022, 11, 30), source="NATO (chair's statement)")
    row = _row(claims, "Ministers undertook", "aid_volumes")
    assert (row["side"], row["act"]) == ("nato", "offers")


def test_a_decision_told_and_restated_in_one_sentence_is_restated() -> None:
    text = (
        "Summit declaration\n\n"
        "At the 2008 summit we agreed that Georgia will become a member of NATO, and we "
        "reiterate all elements of that decision.\n"
    )
    claims = _claims(text, dt.date(2012, 5, 20), source="NATO summit declaration")
    row = _row(claims, "At the 2008 summit", "membership_path")
    assert (row["side"], row["act"], row["rung"], row["target"]) == (
        "nato",
        "offers",
        "will_join",
        "other",
    )


def test_not_prejudging_a_decision_tells_of_a_text() -> None:
    claim = read(
        "The NATO spokesperson said the new status does not prejudge any decision on "
        "Ukraine's membership of the Alliance.",
        "membership_path",
        "2020-06-12",
    )
    assert claim.act == "reports"


def test_what_the_secretary_general_says_ukraine_needs_he_asks_for() -> None:
    claim = read(
        "The Secretary General said Ukraine needs more air defence systems before the winter.",
        "aid_volumes",
        "2024-10-01",
    )
    assert (claim.side, claim.act) == ("nato", "seeks")


def test_doing_nothing_for_security_is_an_opponents_verdict() -> None:
    claim = read(
        "Maria Zakharova said the presence of Western warships in the Black Sea does not "
        "contribute to regional security.",
        "black_sea",
        "2021-06-24",
    )
    assert (claim.side, claim.act) == ("russia", "rejects")


def test_nobody_closing_the_door_keeps_it_open() -> None:
    claim = read(
        '"Nobody is closing the door on Ukraine," the Secretary General told reporters.',
        "membership_path",
        "2010-07-02",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "open_door")
    assert "membership_path" not in DIMS.scan("The shop closed its doors at six.")
    assert "membership_path" in DIMS.scan(
        "The spokesperson said it was the right of every nation to choose its own security "
        "arrangements."
    )


def test_article_5_applying_to_members_and_nothing_more_refuses_it() -> None:
    claim = read(
        "The Deputy Secretary General said Article 5 applies to members of the Alliance.",
        "security_guarantees",
        "2014-05-12",
    )
    assert (claim.act, claim.rung, claim.target) == ("rejects", "collective_defence", "ukraine")
    claim = read(
        "The Secretary General said Article 5 applies to all members of the Alliance.",
        "security_guarantees",
        "2014-05-12",
    )
    assert claim.act != "rejects"


def test_a_relative_who_with_a_list_still_acts_for_its_antecedent() -> None:
    claims = read_all(
        "Ministers met with Foreign Minister Dmytro Kuleba, who asked Allies to speed up "
        "deliveries of air defence systems, generators and transformers.",
        "aid_volumes",
        "2022-11-30",
    )
    assert ("Dmytro Kuleba", "ukraine", "seeks") in [(c.holder, c.side, c.act) for c in claims]


def test_moscow_condemning_the_end_of_neutrality_asks_for_it() -> None:
    claim = read(
        "The Russian Foreign Ministry condemned the vote to abandon Ukraine's non-aligned status.",
        "membership_path",
        "2014-12-23",
    )
    assert (claim.side, claim.act, claim.rung) == ("russia", "seeks", "non_aligned")
