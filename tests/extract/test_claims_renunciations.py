"""Claims: renunciations demanded and denied, other unions' membership, Article 5 for members."""

from __future__ import annotations

import datetime as dt

from .test_claims import DIMS, read
from .test_claims_grammar import _claims


def test_the_european_unions_membership_is_no_step_on_the_nato_path() -> None:
    # a sentence that names the EU and nothing of the Alliance speaks of the EU's membership
    assert "membership_path" not in DIMS.scan(
        "The Council welcomes Ukraine's reform progress and will keep supporting the country "
        "on its path to membership of the European Union."
    )
    assert "membership_path" in DIMS.scan(
        "Ukraine will pursue membership of NATO and of the European Union."
    )


def test_the_bloc_is_a_bodys_name_not_a_reference_back() -> None:
    # "the bloc" after "military blocs" is the EU named in its own sentence, not neutrality
    text = (
        "Kyiv weighs its options\n\n"
        "Ukraine's parliament voted on Tuesday to keep the country outside military blocs.\n"
        "Separately, European Union officials said the bloc would present a new partnership "
        "offer to Kyiv next week.\n"
    )
    claims = _claims(text, dt.date(2010, 6, 3))
    membership = claims[claims["dimension"] == "membership_path"]
    assert list(zip(membership["side"], membership["act"], membership["rung"], strict=True)) == [
        ("ukraine", "decides", "non_aligned")
    ]


def test_an_opponents_demand_that_kyiv_give_up_joining_asks_for_neutrality() -> None:
    claim = read(
        "A Kremlin spokesman said Kyiv had to renounce its plans to join NATO before any "
        "ceasefire could be agreed.",
        "membership_path",
        "2024-03-01",
    )
    assert (claim.side, claim.act, claim.rung, claim.polarity) == (
        "russia",
        "seeks",
        "non_aligned",
        "affirmed",
    )
    # a refusal elsewhere in the sentence does not turn the wish for neutrality around
    claim = read(
        "The Russian foreign minister said Western troops would be legitimate targets and that "
        "the neutrality of Ukraine must be part of any agreement.",
        "membership_path",
        "2025-03-01",
    )
    assert (claim.side, claim.act, claim.rung) == ("russia", "seeks", "non_aligned")
    # Moscow's plain refusal stays a refusal
    claim = read(
        "Foreign Minister Lavrov said Russia would never accept Ukraine in NATO.",
        "membership_path",
        "2024-03-01",
    )
    assert (claim.side, claim.act, claim.rung) == ("russia", "rejects", "open_door")


def test_a_renunciation_denied_is_the_holders_own_act() -> None:
    claim = read(
        "Ukraine will never abandon its goal of joining NATO, President Zelenskyy said on Friday.",
        "membership_path",
        "2023-06-02",
    )
    assert (claim.holder, claim.act, claim.rung, claim.polarity) == (
        "Volodymyr Zelenskyy",
        "seeks",
        "open_door",
        "affirmed",
    )
    # what Kyiv keeps of its own (a partnership) it stands by; the rung is the kept one
    claim = read(
        "Kyiv will stay outside military blocs for now, but it will not give up its practical "
        "cooperation with NATO, the Ukrainian foreign minister said.",
        "membership_path",
        "2010-06-03",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "offers", "partnership")
    # an opponent that will not give up its demand for neutrality asks for it
    claim = read(
        "The Kremlin said it would never give up its demand for a neutral Ukraine.",
        "membership_path",
        "2022-03-01",
    )
    assert (claim.side, claim.act, claim.rung) == ("russia", "seeks", "non_aligned")


def test_article_5_for_members_only_refuses_it_to_ukraine() -> None:
    claim = read(
        "The Polish minister said collective defence under Article 5 is for NATO members only.",
        "security_guarantees",
        "2023-05-10",
    )
    assert (claim.side, claim.act, claim.rung, claim.target) == (
        "ally",
        "rejects",
        "collective_defence",
        "ukraine",
    )
    claim = read(
        "The German minister said Article 5 applies to Allies, and until Ukraine becomes a "
        "member its security must rest on bilateral agreements.",
        "security_guarantees",
        "2024-06-01",
    )
    assert (claim.act, claim.rung, claim.target) == ("rejects", "collective_defence", "ukraine")


def test_a_guarantee_of_stability_is_a_figure_of_speech() -> None:
    assert "security_guarantees" not in DIMS.scan(
        "Moscow argued that neutral status had been a guarantee of stability in the region."
    )


def test_an_opponents_verdict_on_agreements_is_on_ukraines() -> None:
    # "worthless" judges the agreements others signed with Kyiv, not a partnership of Moscow's
    claim = read(
        "The Kremlin said the new bilateral security agreements were meaningless and would "
        "change nothing on the ground.",
        "security_guarantees",
        "2024-02-16",
    )
    assert (claim.side, claim.act, claim.rung, claim.target) == (
        "russia",
        "rejects",
        "bilateral",
        "ukraine",
    )
