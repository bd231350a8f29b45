"""Tests for nato_diff.extract.agents: who does a narrated act."""

from __future__ import annotations

import datetime as dt

import pytest

from nato_diff.extract import load_actors, load_claim_rules
from nato_diff.extract.agents import find_agent, opens_sentence

ACTORS = load_actors()
RULES = load_claim_rules()
DAY = dt.date(2024, 6, 1)


def agent_of(sentence: str, verb: str, recent: tuple[tuple[str, str, str], ...] = ()) -> tuple:
    found = find_agent(sentence, sentence.index(verb), ACTORS, DAY, RULES, recent)
    return None if found is None else (found.name, found.side)


@pytest.mark.parametrize(
    ("sentence", "verb", "side"),
    [
        ("The Verkhovna Rada approved the bill on Thursday.", "approved", "ukraine"),
        ("Allies agreed on a new package.", "agreed", "nato"),
        ("Russian troops stormed the base.", "stormed", "russia"),
        ("Berlin refused to send the missiles.", "refused", "ally"),
        ("Canada pledged more help.", "pledged", "ally"),
        # a word that starts like a connector ("formally", "forces") ends a name
        ("KYIV, May 2 (Wire) - Canada formally pledged more help.", "pledged", "ally"),
    ],
)
def test_the_subject_before_the_verb_acts(sentence: str, verb: str, side: str) -> None:
    found = agent_of(sentence, verb)
    assert found is not None and found[1] == side


def test_possessives_and_objects_are_not_agents() -> None:
    # "Ukraine's" and "in NATO" name no one who acts; Moscow, the subject, does.
    found = agent_of("Moscow said Ukraine's membership in NATO is a red line.", "red line")
    assert found is None or found[1] != "ukraine"


def test_a_state_joins_the_alliance_on_its_day() -> None:
    before = find_agent("Finland applied.", 8, ACTORS, dt.date(2022, 5, 18), RULES)
    after = find_agent("Finland welcomed it.", 8, ACTORS, dt.date(2023, 5, 1), RULES)
    assert before is not None and before.side == "other"
    assert after is not None and after.side == "ally"


def test_pronouns_and_texts_take_the_latest_holder() -> None:
    recent = (("Petro Poroshenko", "ukraine", "poroshenko"),)
    assert agent_of("The law removes the old status.", "removes", recent) == (
        "Petro Poroshenko",
        "ukraine",
    )


def test_only_the_opening_subject_acts_without_an_act_word() -> None:
    sentence = "KYIV, June 1 (Wire) - Ukraine marked the day."
    assert opens_sentence(sentence, sentence.index("Ukraine"))
    later = "Preparation for the summit, to which Ukraine was invited, went on."
    assert not opens_sentence(later, later.index("Ukraine"))


@pytest.mark.parametrize(
    ("text", "searched"),
    [
        ("Western leaders agreed on the package", True),
        ("the foreign ministers of the Baltic states", True),
        ("Russian MILITIAMEN seized the port", True),
        ("a Kremlin spokeswoman said", True),
        ("Ukraine asked for tanks", False),  # no group noun: the search is skipped
        ("the ſtates of the region", True),  # a long s matches "s" when case is ignored
        ("Die Verbündeten und die Regierung", True),  # not ASCII: always searched
    ],
)
def test_the_group_search_is_skipped_only_where_it_finds_nothing(
    text: str, searched: bool
) -> None:
    from nato_diff.extract.agents import _COLLECTIVE, _may_name_a_group

    assert _may_name_a_group(text) is searched
    assert searched or _COLLECTIVE.search(text) is None
