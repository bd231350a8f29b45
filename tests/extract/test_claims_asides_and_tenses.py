"""Claims: past wishes, a relative "who" that acts, conditions of joining, questions asked."""

from __future__ import annotations

from .test_claims import DIMS, read, read_all


def test_a_wish_in_the_pluperfect_is_told_not_asked() -> None:
    # what Tbilisi had hoped for before the summit is background to what it got
    claim = read(
        "The Georgian president welcomed the summit's promise, although Tbilisi had hoped to "
        "come away with a Membership Action Plan.",
        "membership_path",
        "2008-04-05",
    )
    assert (claim.act, claim.rung) == ("reports", "map")
    claim = read(
        "The Georgian president said Tbilisi hoped to come away with a Membership Action Plan.",
        "membership_path",
        "2008-04-01",
    )
    assert claim.act == "seeks"


def test_the_one_named_before_who_holds_the_stance_it_confirms() -> None:
    # a readout: the visitor's support, told in a relative clause that ends the sentence
    claims = read_all(
        "After the talks the Minister met Lithuanian Foreign Minister Gabrielius Landsbergis, "
        "who reaffirmed Lithuania's support for Ukraine's Euro-Atlantic aspirations.",
        "membership_path",
        "2021-05-20",
    )
    assert [(c.holder, c.side, c.act, c.rung) for c in claims] == [
        ("Gabrielius Landsbergis", "ally", "offers", "open_door")
    ]


def test_criteria_to_meet_before_joining_keep_the_door_open() -> None:
    # the conditions of joining are the speaker's open door; "could" in the clause of time
    # is grammar, not a hedge
    claim = read(
        "Chancellor Scholz said Ukraine would first have to end the war and carry out reforms "
        "before it could join.",
        "membership_path",
        "2023-07-01",
    )
    assert (claim.side, claim.act, claim.rung, claim.modality) == (
        "ally",
        "offers",
        "open_door",
        "firm",
    )


def test_what_a_speaker_was_asked_about_is_not_the_rung_of_the_answer() -> None:
    # "asked about Ukraine's bid": the question names an application; the answer is about
    # joining as such
    claim = read(
        "The Dutch prime minister, asked about Kyiv's application, said Ukraine would have to "
        "meet the Alliance's standards before it could be admitted.",
        "membership_path",
        "2023-07-01",
    )
    assert (claim.act, claim.rung) == ("offers", "open_door")


def test_warning_the_alliance_against_expanding_rejects_membership() -> None:
    claim = read(
        "The Russian embassy has warned the alliance against expanding further east.",
        "membership_path",
        "2021-06-14",
    )
    assert (claim.side, claim.act, claim.rung) == ("russia", "rejects", "open_door")
    # a company that expands east names no alliance
    assert "membership_path" not in DIMS.scan("The retailer plans to expand east next year.")


def test_staying_outside_as_long_as_a_need_lasts_is_no_neutrality() -> None:
    # "for as long as it remains outside the Alliance" says how long Kyiv needs protection,
    # not that it seeks to stay outside
    sentence = (
        "The foreign minister said Ukraine needs firm guarantees from its partners for as long "
        "as it remains outside the Alliance."
    )
    assert "membership_path" not in DIMS.scan(sentence)
    assert "membership_path" in DIMS.scan(
        "The foreign minister said Ukraine would remain outside military blocs."
    )
