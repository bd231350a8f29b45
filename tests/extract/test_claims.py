"""Tests for nato_diff.extract.claims: who seeks, offers, decides, rejects or reports what."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from nato_diff import Tracking, figure_series, load_dimensions, track
from nato_diff.corpus import Corpus
from nato_diff.extract import ClaimReader, attribute, load_actors, modality
from nato_diff.extract.claim_reader import figure_measure
from nato_diff.extract.claim_rules import load_claim_rules
from nato_diff.extract.claims import Claim, act_cues

from ..conftest import SEED_IDS as D

DIMS = load_dimensions()
ACTORS = load_actors()


@pytest.fixture(scope="module")
def tracking(seeds: Corpus) -> Tracking:
    return track(seeds)


def read(sentence: str, dimension: str, date: str = "2024-06-01") -> Claim:
    """Read one sentence on its own, as the first of a document dated ``date``."""
    day = dt.date.fromisoformat(date)
    match = DIMS.scan(sentence)[dimension]
    who = attribute([sentence], date=day, actors=ACTORS)[0]
    reader = ClaimReader(DIMS, actors=ACTORS, date=day)
    return reader.read(sentence, dimension, match, who, modality(sentence))


def claim_of(tracking: Tracking, date: str, dimension: str, words: str) -> pd.Series:
    c = tracking.claims
    rows = c[
        (c["doc_id"] == D[date])
        & (c["dimension"] == dimension)
        & c["sentence"].str.contains(words, regex=False)
    ]
    assert len(rows) == 1, rows
    return rows.iloc[0]


def position_of(tracking: Tracking, date: str, dimension: str, side: str) -> pd.Series:
    p = tracking.positions
    rows = p[(p["doc_id"] == D[date]) & (p["dimension"] == dimension) & (p["side"] == side)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


# --- The seeds ----------------------------------------------------------------------------


def test_zelenskyy_seeks_a_map_in_2021(tracking: Tracking) -> None:
    goal = claim_of(tracking, "2021-02-25", "membership_path", "Our immediate goal is MAP")
    assert (goal["holder"], goal["side"], goal["act"], goal["rung"]) == (
        "Volodymyr Zelenskyy",
        "ukraine",
        "seeks",
        "map",
    )
    pos = position_of(tracking, "2021-02-25", "membership_path", "ukraine")
    assert (pos["act"], pos["position"]) == ("seeks", "map")


def test_allies_decided_ukraine_will_join_and_the_map_was_removed(tracking: Tracking) -> None:
    agreed = claim_of(tracking, "2023-09-28", "membership_path", "all Allies have agreed")
    assert (agreed["holder"], agreed["side"]) == ("Jens Stoltenberg", "nato")
    assert (agreed["act"], agreed["rung"]) in {("decides", "will_join"), ("reports", "will_join")}
    removed = claim_of(tracking, "2023-09-28", "membership_path", "removing the requirement")
    assert (removed["act"], removed["rung"]) == ("decides", "will_join")  # not a MAP sought
    c = tracking.claims
    day = c[(c["doc_id"] == D["2023-09-28"]) & (c["dimension"] == "membership_path")]
    assert not ((day["rung"] == "map") & (day["act"] == "seeks")).any()
    pos = position_of(tracking, "2023-09-28", "membership_path", "nato")
    assert (pos["act"], pos["position"]) == ("decides", "will_join")


def test_stoltenberg_offers_the_irreversible_path(tracking: Tracking) -> None:
    path = claim_of(tracking, "2024-04-29", "membership_path", "irreversible path")
    assert (path["holder"], path["act"], path["rung"]) == (
        "Jens Stoltenberg",
        "offers",
        "irreversible",
    )
    pos = position_of(tracking, "2024-04-29", "membership_path", "nato")
    assert (pos["act"], pos["position"]) == ("offers", "irreversible")


def test_an_invitation_asked_for_is_never_one_received(tracking: Tracking) -> None:
    ask = claim_of(tracking, "2024-04-29", "membership_path", "deserves an invitation")
    assert (ask["holder"], ask["side"], ask["act"], ask["rung"]) == (
        "Volodymyr Zelenskyy",
        "ukraine",
        "seeks",
        "invitation",
    )
    pos = position_of(tracking, "2024-04-29", "membership_path", "ukraine")
    assert (pos["act"], pos["position"]) == ("seeks", "invitation")
    given = tracking.claims[
        (tracking.claims["rung"] == "invitation") & tracking.claims["act"].isin(["decides"])
    ]
    assert given.empty


def test_a_job_title_is_no_claim(tracking: Tracking) -> None:
    c = tracking.claims
    titles = c[
        (c["doc_id"] == D["2021-03-11"])
        & c["sentence"].str.startswith("Deputy Prime Minister for European")
    ]
    assert titles.empty


def test_weapons_zelenskyy_asks_for_are_requested_aid(tracking: Tracking) -> None:
    ask = claim_of(tracking, "2023-04-20", "aid_volumes", "appealed to the Secretary General")
    assert (ask["side"], ask["act"], ask["status"]) == ("ukraine", "seeks", "requested")


def test_provided_and_committed_aid_are_different_series(tracking: Tracking) -> None:
    series = figure_series(tracking, kind="money")
    military = series[series["scope"] == "military"].set_index("text")
    assert military.loc["€65 billion", "status"] == "delivered"
    assert military.loc["nearly one hundred billion euros", "status"] == "committed"
    assert pd.isna(military.loc["nearly one hundred billion euros", "prev_value"])


# --- Sentences written for these tests ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "dimension", "side", "act", "rung"),
    [
        # Demands: asking is not getting.
        (
            "Ukraine deserves a clear invitation to NATO.",
            "membership_path",
            "ukraine",
            "seeks",
            "invitation",
        ),
        (
            "Kyiv urged allies to send more air defence systems.",
            "aid_volumes",
            "ukraine",
            "seeks",
            None,
        ),
        # Opposition: a rejection names what it rejects.
        (
            "Russia categorically opposes Ukraine's membership in NATO.",
            "membership_path",
            "russia",
            "rejects",
            "open_door",
        ),
        (
            "The Kremlin said Ukraine's membership of NATO is a red line for Moscow.",
            "membership_path",
            "russia",
            "rejects",
            "open_door",
        ),
        (
            "Hungary opposes Ukraine's accession.",
            "membership_path",
            "ally",
            "rejects",
            "open_door",
        ),
        # Narration of acts: the agent of the verb holds the claim.
        (
            "President Poroshenko signed the law abolishing the non-aligned status.",
            "membership_path",
            "ukraine",
            "rejects",
            "non_aligned",
        ),
        (
            "The Rada approved a bill barring the country from joining NATO.",
            "membership_path",
            "ukraine",
            "rejects",
            "open_door",
        ),
        (
            "NATO dropped the requirement for a Membership Action Plan.",
            "membership_path",
            "nato",
            "decides",
            "will_join",
        ),
        (
            "Canada pledged 500 million dollars in military aid.",
            "aid_volumes",
            "ally",
            "offers",
            None,
        ),
        # Offers and decisions of the granting side.
        (
            "NATO's door remains open to Ukraine, the Secretary General said.",
            "membership_path",
            "nato",
            "offers",
            "open_door",
        ),
        (
            "Allies agreed to extend an invitation to Ukraine when conditions are met.",
            "membership_path",
            "nato",
            "decides",
            "invitation",
        ),
        # Speakers the actors data does not list: a group named by its states.
        (
            "Defence ministers of Poland, Estonia and Lithuania said in a joint letter that "
            "Ukraine must receive firm security guarantees.",
            "security_guarantees",
            "ally",
            "seeks",
            "guarantees",
        ),
        # An unlisted spokesperson, placed by the city the sentence opens with.
        (
            "In Moscow, Foreign Ministry spokeswoman Irina Volkova said Russia opposes "
            "Ukraine's membership in NATO.",
            "membership_path",
            "russia",
            "rejects",
            "open_door",
        ),
        # A headline's subject stands inside its cue.
        (
            "UK to send more drones to Ukraine",
            "aid_volumes",
            "ally",
            "offers",
            None,
        ),
        # A demand that something be respected, not a forecast.
        (
            "Moscow said it expects the basing agreements in Crimea to be strictly respected.",
            "black_sea",
            "russia",
            "seeks",
            None,
        ),
    ],
)
def test_acts_of_unseen_sentences(
    sentence: str, dimension: str, side: str, act: str, rung: str | None
) -> None:
    claim = read(sentence, dimension)
    assert (claim.side, claim.act, claim.rung) == (side, act, rung)


def test_an_unlisted_group_takes_the_side_of_the_latest_holder() -> None:
    day = dt.date(2019, 5, 2)
    first = "Hungary opposes Ukraine's accession."
    second = "Of the new radars, ten will be delivered before winter, officials said."
    reader = ClaimReader(DIMS, actors=ACTORS, date=day)
    whos = attribute([first, second], date=day, actors=ACTORS)
    reader.read(
        first, "membership_path", DIMS.scan(first)["membership_path"], whos[0], modality(first)
    )
    claim = reader.read(
        second, "aid_volumes", DIMS.scan(second)["aid_volumes"], whos[1], modality(second)
    )
    assert (claim.holder, claim.side, claim.how) == ("officials", "ally", "reported")


def test_a_denied_veto_is_no_rejection() -> None:
    claim = read(
        "No outside power can veto Kyiv's decision to join NATO, the president said.",
        "membership_path",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "seeks", "open_door")


def test_welcoming_what_others_did_is_a_comment() -> None:
    claim = read(
        "NATO's Secretary General said he welcomed the bilateral security agreements that "
        "several Allies have signed with Kyiv.",
        "security_guarantees",
    )
    assert (claim.side, claim.act) == ("nato", "reports")


def test_an_unlisted_speaker_is_named_by_the_name_after_the_title() -> None:
    claim = read(
        '"Our sailors keep the grain corridor in the Black Sea open," navy spokesman '
        "Taras Boyko said.",
        "black_sea",
    )
    assert (claim.holder, claim.how) == ("Taras Boyko", "reported")


def test_a_state_joining_acts_as_a_candidate_on_its_accession_day() -> None:
    claim = read("Sweden formally joined NATO on Thursday.", "membership_path", date="2024-03-07")
    assert (claim.side, claim.act, claim.target) == ("other", "decides", "other")
    later = read(
        "Sweden pledged new air defence systems for Ukraine.", "aid_volumes", date="2024-03-08"
    )
    assert later.side == "ally"


def test_the_g7_is_not_one_ally() -> None:
    claim = read(
        "G7 leaders pledged long-term security commitments to Ukraine.",
        "security_guarantees",
        date="2023-07-12",
    )
    assert claim.side == "other"


def test_a_running_total_is_the_narrators() -> None:
    claim = read(
        "Canada has provided more than 4 billion dollars in military aid to Ukraine since 2022.",
        "aid_volumes",
    )
    assert (claim.holder, claim.side, claim.act, claim.status) == (
        None,
        None,
        "reports",
        "delivered",
    )


def test_another_states_possessive_names_the_target() -> None:
    claim = read(
        "Turkey's parliament ratified Finland's accession protocol on Thursday.",
        "membership_path",
        date="2023-03-31",
    )
    assert (claim.side, claim.target) == ("ally", "other")
    own = read("Ukraine's path to membership is irreversible, Allies said.", "membership_path")
    assert own.target == "ukraine"


def test_the_alliances_own_defence_is_the_allies_even_with_ukraine_named() -> None:
    claim = read(
        "Ukraine's accession would strengthen NATO's collective defence on the eastern flank.",
        "security_guarantees",
    )
    assert claim.target == "allies"


def test_a_forecast_is_no_demand() -> None:
    claim = read("I expect Allies to agree a new package of support for Ukraine.", "aid_volumes")
    assert claim.act != "seeks"


def test_a_negated_offer_is_denied_not_affirmed() -> None:
    claim = read("The Allies did not invite Ukraine to join.", "membership_path")
    assert (claim.side, claim.rung, claim.polarity) == ("nato", "invitation", "negated")


def test_a_question_takes_no_act() -> None:
    claim = read("Q: Will NATO invite Ukraine to join at the summit?", "membership_path")
    assert (claim.modality, claim.act) == ("question", "reports")


def test_a_condition_is_kept() -> None:
    claim = read(
        "Allies agreed to extend an invitation to Ukraine when conditions are met.",
        "membership_path",
    )
    assert claim.modality == "conditional"


def test_other_states_accession_has_another_target() -> None:
    claim = read("Finland joined NATO on Tuesday.", "membership_path", "2023-04-04")
    assert claim.target == "other"
    claim = read("Allies agreed that Ukraine will join NATO.", "membership_path")
    assert claim.target == "ukraine"


def test_aid_asked_for_and_aid_delivered() -> None:
    asked = read("Zelenskyy asked partners for more tanks and artillery.", "aid_volumes")
    assert (asked.act, asked.status) == ("seeks", "requested")
    delivered = read(
        "The first Leopard tanks delivered by Germany arrived in Ukraine.", "aid_volumes"
    )
    assert delivered.status == "delivered"
    refused = read("Berlin refused to send Taurus missiles to Kyiv.", "aid_volumes")
    assert (refused.side, refused.act, refused.status) == ("ally", "rejects", "withheld")


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Allies have provided €40 billion since 2022.", "cumulative"),
        ("The UK will give £3 billion every year.", "annual"),
        ("A new package worth $250 million was announced.", "package"),
    ],
)
def test_figure_measures(sentence: str, measure: str) -> None:
    text = next(w for w in ("€40 billion", "£3 billion", "$250 million") if w in sentence)
    assert figure_measure(sentence, text) == measure


def test_no_opponent_or_negation_raises_a_position(seeds: Corpus) -> None:
    """Opposition and denial never give a side a positive position."""
    from nato_diff.corpus import make_document

    text = (
        "Russia says no to Ukraine in NATO\n\n"
        "MOSCOW, 12 January 2022 - Russia categorically opposes Ukraine's membership in NATO. "
        "Moscow will never accept Ukraine in NATO, the Kremlin said. "
        "The Allies did not invite Ukraine to join."
    )
    doc = make_document("moscow", text)
    t = track(Corpus([doc]))
    russia = t.positions[t.positions["side"] == "russia"]
    assert set(russia["act"]) <= {"rejects"}
    nato = t.positions[t.positions["side"] == "nato"]
    assert nato.empty  # the denied invitation raises nothing


def read_all(sentence: str, dimension: str, date: str = "2023-01-10") -> list[Claim]:
    """Every claim of one sentence, clause by clause."""
    day = dt.date.fromisoformat(date)
    who = attribute([sentence], date=day, actors=ACTORS)[0]
    reader = ClaimReader(DIMS, actors=ACTORS, date=day)
    match = DIMS.scan(sentence)[dimension]
    return reader.read_all(sentence, dimension, match, who, modality(sentence))


def test_two_holders_in_one_sentence_give_two_claims() -> None:
    claims = read_all(
        "Poland pledged new air defence systems for Ukraine, but Hungary refused to send any "
        "weapons.",
        "aid_volumes",
    )
    assert [(c.holder, c.side, c.act) for c in claims] == [
        ("Poland", "ally", "offers"),
        ("Hungary", "ally", "rejects"),
    ]


def test_a_narrated_report_and_a_veto_are_separate_claims() -> None:
    claims = read_all(
        "Two Balkan states were invited to join the alliance, while Greece blocked an "
        "invitation to Skopje.",
        "membership_path",
        date="2008-04-03",
    )
    assert [(c.side, c.act, c.rung) for c in claims] == [
        (None, "reports", "invitation"),
        ("ally", "rejects", "invitation"),
    ]


def test_a_closing_tag_covers_every_clause() -> None:
    claims = read_all(
        "Kyiv wants an invitation, and Allies are ready to help, officials in Vilnius said.",
        "membership_path",
    )
    assert len(claims) == 1


def test_a_bare_title_stands_for_the_latest_person_named() -> None:
    day = dt.date(2010, 7, 2)
    first = (
        "Foreign Minister Kostyantyn Hryshchenko said Ukraine would keep its partnership "
        "with NATO."
    )
    second = '"Our partnership with NATO will continue," the Minister stressed.'
    whos = attribute([first, second], date=day, actors=ACTORS)
    reader = ClaimReader(DIMS, actors=ACTORS, date=day)
    reader.read(
        first, "membership_path", DIMS.scan(first)["membership_path"], whos[0], modality(first)
    )
    claim = reader.read(
        second,
        "membership_path",
        DIMS.scan(second)["membership_path"],
        whos[1],
        modality(second),
    )
    assert claim.side == "ukraine"


def test_a_group_word_never_stands_for_one_person() -> None:
    from nato_diff.extract.agents import referent

    recent = [("NATO", "nato", "nato"), ("Dmitry Peskov", "russia", "peskov")]
    rules = load_claim_rules()
    assert referent("they", recent, ACTORS, rules) == ("NATO", "nato")
    assert referent("he", recent, ACTORS, rules) == ("Dmitry Peskov", "russia")


def test_an_office_page_speaks_for_its_office() -> None:
    frame = pd.DataFrame(
        {
            "doc_id": ["rada_news"],
            "date": ["2016-03-02"],
            "source": ["Verkhovna Rada of Ukraine (news service)"],
            "text": [
                "Deputies back the course toward NATO\n\n"
                "Kyiv, 2 March 2016\n\n"
                "The deepening of cooperation with NATO becomes a priority of foreign policy "
                "under the adopted resolution."
            ],
        }
    )
    claims = track(Corpus.from_frame(frame)).claims
    body = claims[claims["sentence"].str.startswith("The deepening")]
    assert set(body["side"]) == {"ukraine"}
    assert set(body["how"]) == {"voice"}


def test_a_renunciation_named_as_a_noun_is_a_rejection() -> None:
    claim = read(
        "President Poroshenko signed the law on the renunciation of the non-aligned status.",
        "membership_path",
        date="2014-12-29",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "rejects", "non_aligned")


def test_a_bare_title_on_an_office_page_takes_the_office_side() -> None:
    frame = pd.DataFrame(
        {
            "doc_id": ["mfa"],
            "date": ["2019-06-12"],
            "source": ["Russian Ministry of Foreign Affairs (press release)"],
            "text": [
                "Comment on the talks\n\n"
                "The Minister added that Ukraine's membership in NATO remains a red line."
            ],
        }
    )
    claims = track(Corpus.from_frame(frame)).claims
    row = claims[claims["sentence"].str.startswith("The Minister added")].iloc[0]
    assert (row["side"], row["act"], row["rung"]) == ("russia", "rejects", "open_door")


@pytest.mark.parametrize(
    ("sentence", "dimension", "side"),
    [
        (
            "The Dutch defence minister said the Netherlands will not send troops to Ukraine.",
            "security_guarantees",
            "ally",
        ),
        (
            "A NATO official said Allies are not ready to grant Ukraine a Membership Action Plan.",
            "membership_path",
            "nato",
        ),
        (
            "A French diplomat said Ukraine would not be invited to join this year.",
            "membership_path",
            "ally",
        ),
        (
            "NATO Secretary General Jens Stoltenberg said NATO as such does not provide "
            "weapons to Ukraine.",
            "aid_volumes",
            "nato",
        ),
        (
            "German Chancellor Olaf Scholz said he did not see NATO membership for Ukraine "
            "as realistic.",
            "membership_path",
            "ally",
        ),
    ],
)
def test_a_refusal_of_what_one_will_do_is_a_rejection(
    sentence: str, dimension: str, side: str
) -> None:
    claim = read(sentence, dimension)
    assert (claim.side, claim.act, claim.polarity) == (side, "rejects", "affirmed")


def test_a_denied_past_act_keeps_its_act() -> None:
    claim = read(
        "Allies did not grant Ukraine a Membership Action Plan in 2008.",
        "membership_path",
        "2008-04-05",
    )
    assert (claim.side, claim.act, claim.polarity) == ("nato", "decides", "negated")


@pytest.mark.parametrize(
    ("sentence", "dimension", "date"),
    [
        # a relative clause in the past
        (
            "Ukraine, which applied to join NATO in 2022, is still waiting.",
            "membership_path",
            "2024-03-01",
        ),
        # a subordinate clause opening the sentence
        (
            "A year after Kyiv abandoned non-alignment, few allies talk of membership.",
            "membership_path",
            "2015-12-01",
        ),
        # a past perfect outside reported speech
        (
            "By then the Rada had already scrapped the non-aligned status.",
            "membership_path",
            "2019-02-07",
        ),
        # a passive with no agent
        (
            "North Macedonia was invited to join the Alliance after years of talks.",
            "membership_path",
            "2019-02-07",
        ),
        # an act dated to a year before the document
        (
            "NATO dropped the requirement for a Membership Action Plan in 2023.",
            "membership_path",
            "2024-07-11",
        ),
    ],
)
def test_an_earlier_act_told_as_background_is_the_narrators(
    sentence: str, dimension: str, date: str
) -> None:
    claim = read(sentence, dimension, date)
    assert (claim.holder, claim.side, claim.act) == (None, None, "reports")


def test_todays_act_with_its_agent_is_the_agents() -> None:
    claim = read(
        "NATO dropped the requirement for a Membership Action Plan on Tuesday.",
        "membership_path",
        "2023-07-12",
    )
    assert (claim.side, claim.act, claim.how) == ("nato", "decides", "agent")


def test_a_restated_decision_is_an_offer_that_it_stands() -> None:
    claim = read(
        "Allied leaders reaffirmed their earlier decision that Ukraine will become a member.",
        "membership_path",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "will_join")


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        (
            "Romania signed a bilateral security agreement with Ukraine on March 30 in Bucharest.",
            "2024-04-04",
        ),
        ("Romania signed a bilateral security agreement with Ukraine in February.", "2024-04-04"),
        ("Romania signed a bilateral security agreement with Ukraine last week.", "2024-04-04"),
    ],
)
def test_an_act_dated_before_the_documents_month_is_background(sentence: str, date: str) -> None:
    claim = read(sentence, "security_guarantees", date)
    assert (claim.side, claim.act) == (None, "reports")


def test_an_act_of_the_documents_month_is_the_agents() -> None:
    claim = read(
        "Romania signed a bilateral security agreement with Ukraine on April 2 in Bucharest.",
        "security_guarantees",
        "2024-04-04",
    )
    assert (claim.side, claim.act) == ("ally", "decides")


def test_public_opinion_is_no_ones_act() -> None:
    claim = read(
        "Support for joining NATO among Ukrainians has doubled since 2014.", "membership_path"
    )
    assert claim.act == "reports"


def test_what_a_questioner_says_takes_no_act() -> None:
    claim = read("Q: Russia is threatening to walk out of the Black Sea grain deal.", "black_sea")
    assert (claim.holder, claim.side, claim.act) == ("Question", None, "reports")


def test_an_opponent_stating_neutrality_asks_for_it() -> None:
    claim = read(
        "Lavrov said Moscow regards Ukraine's neutrality as a basic condition.", "membership_path"
    )
    assert (claim.side, claim.act, claim.rung) == ("russia", "seeks", "non_aligned")


def test_a_month_still_to_come_is_no_background() -> None:
    claim = read(
        "Ukraine applied for a Membership Action Plan to be granted at the summit in April.",
        "membership_path",
        "2008-01-16",
    )
    assert (claim.side, claim.act) == ("ukraine", "seeks")


def test_a_date_inside_a_relative_clause_is_the_clauses_own() -> None:
    claim = read(
        "Yanukovych, who took office in February, has dropped his predecessor's push for "
        "NATO membership.",
        "membership_path",
        "2010-04-27",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "rejects", "open_door")


def test_an_opponents_concern_is_a_rejection() -> None:
    claim = read(
        "The Russian Foreign Ministry voiced grave concern about the promise that Ukraine "
        "will become a member of NATO.",
        "membership_path",
        "2008-04-05",
    )
    assert (claim.side, claim.act) == ("russia", "rejects")


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("Kyiv asked Allies to grant Ukraine a Membership Action Plan.", "ukraine"),
        ("Hegseth urged European countries to provide most of the future aid to Ukraine.", "ally"),
    ],
)
def test_a_speakers_own_request_is_the_speakers_act(sentence: str, side: str) -> None:
    dimension = "membership_path" if "Plan" in sentence else "aid_volumes"
    claim = read(sentence, dimension, "2025-02-12")
    assert (claim.side, claim.act) == (side, "seeks")


def test_a_headline_cue_needs_capitalised_words() -> None:
    rules = load_claim_rules()
    assert [a for *_, a in act_cues("UK to send drones to Ukraine", rules)] == ["offers"]
    sentence = "Officials expect Kyiv to grant the Rada a vote on the NATO course."
    assert "offers" not in [a for *_, a in act_cues(sentence, rules)]


def test_being_in_a_position_to_invite_is_an_offer() -> None:
    claim = read(
        "NATO leaders said they will be in a position to extend an invitation to Ukraine "
        "when conditions are met.",
        "membership_path",
    )
    assert (claim.side, claim.act, claim.rung) == ("nato", "offers", "invitation")


def test_a_donors_running_total_in_its_own_mouth_decides_and_a_new_pledge_offers() -> None:
    # codebook rule 5: aid handed over is the donor's decision in the donor's mouth
    total = read(
        "Stoltenberg said Allies have given Ukraine 40 billion euros in military aid since 2022.",
        "aid_volumes",
    )
    pledge = read(
        "Defence Secretary John Healey said Britain would provide 3 billion pounds in "
        "military aid to Ukraine this year, its largest amount so far.",
        "aid_volumes",
    )
    assert (total.side, total.act) == ("nato", "decides")
    assert (pledge.side, pledge.act) == ("ally", "offers")


def test_an_ask_since_a_year_still_goes_on() -> None:
    claim = read(
        "Kyiv has asked for a Membership Action Plan since the 2008 summit.",
        "membership_path",
        "2021-04-06",
    )
    assert (claim.side, claim.act) == ("ukraine", "seeks")


def test_a_group_with_an_adverb_before_its_verb_is_a_speaker() -> None:
    day = dt.date(2023, 7, 11)
    sentence = "The leaders also restated that Ukraine's future is in NATO."
    reader = ClaimReader(DIMS, actors=ACTORS, date=day)
    reader.recent.append(("NATO", "nato", "nato"))  # the summit named before
    who = attribute([sentence], date=day, actors=ACTORS)[0]
    match = DIMS.scan(sentence)["membership_path"]
    claim = reader.read(sentence, "membership_path", match, who, modality(sentence))
    assert (claim.holder, claim.side, claim.act) == ("leaders", "nato", "offers")


def test_what_one_will_continue_is_an_offer() -> None:
    claim = read("Kyiv will continue its partnership with NATO.", "membership_path")
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "offers", "partnership")


def test_ending_a_status_rejects_it() -> None:
    claim = read(
        "Poroshenko said he would submit a bill to end Ukraine's non-bloc status.",
        "membership_path",
        "2014-08-29",
    )
    assert (claim.side, claim.act, claim.rung) == ("ukraine", "rejects", "non_aligned")


def test_a_past_perfect_push_is_background() -> None:
    claim = read(
        "Poland had pushed hard for Ukraine to be given a Membership Action Plan.",
        "membership_path",
        "2008-04-03",
    )
    assert (claim.side, claim.act) == (None, "reports")


def test_a_bare_group_speaker_skips_the_latest_person() -> None:
    day = dt.date(2021, 6, 14)
    sentence = "Leaders also agreed that Ukraine's path to membership remains open."
    reader = ClaimReader(DIMS, actors=ACTORS, date=day)
    reader.recent.extend([("NATO", "nato", "nato"), ("Dmitry Peskov", "russia", "peskov")])
    who = attribute([sentence], date=day, actors=ACTORS)[0]
    match = DIMS.scan(sentence)["membership_path"]
    claim = reader.read(sentence, "membership_path", match, who, modality(sentence))
    assert claim.side == "nato"


def test_a_demand_that_something_be_done_is_a_request() -> None:
    claim = read(
        "The Polish minister said any security guarantee for Ukraine would have to be backed "
        "by American air power.",
        "security_guarantees",
    )
    assert (claim.side, claim.act) == ("ally", "seeks")


def test_denying_a_charge_answers_it_and_denying_a_plan_rejects_it() -> None:
    charge = read(
        "Moscow denies that it has broken its commitments under the Budapest Memorandum.",
        "security_guarantees",
        "2014-03-05",
    )
    refusal = read(
        "Allies denied Ukraine a Membership Action Plan.", "membership_path", "2008-04-03"
    )
    assert (charge.side, charge.act) == ("russia", "reports")
    assert (refusal.side, refusal.act) == ("nato", "rejects")


def test_the_country_is_another_state_when_one_is_named() -> None:
    joined = read(
        "Finland formally joined NATO on Tuesday, when its foreign minister handed over the "
        "country's instrument of accession.",
        "membership_path",
        "2023-04-04",
    )
    ours = read(
        "Kyiv said the country's course toward NATO membership is irreversible.", "membership_path"
    )
    assert (joined.target, joined.act) == ("other", "decides")
    assert ours.target == "ukraine"


def test_a_deed_of_two_agents_is_the_first_ones() -> None:
    claim = read(
        "Russian troops and pro-Russian militiamen seized a Ukrainian corvette in the Black "
        "Sea port of Sevastopol.",
        "black_sea",
        "2014-03-20",
    )
    assert (claim.side, claim.act) == ("russia", "decides")
