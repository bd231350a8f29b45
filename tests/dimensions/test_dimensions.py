"""Tests for nato_diff.dimensions: the built-in dimension files, loading, validation, matching."""

from __future__ import annotations

import hashlib
import re
import textwrap
from importlib import resources
from pathlib import Path

import pandas as pd
import pytest

from nato_diff.corpus import Corpus
from nato_diff.dimensions.dimensions import (
    BUILTIN_DIMENSIONS,
    Dimensions,
    _negation,
    _negation_from_data,
    import_quanteda,
    load_dimension,
    load_dimensions,
)
from nato_diff.errors import DimensionError

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dims() -> Dimensions:
    return load_dimensions()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


REFORMS = """\
    id: reforms
    label: Reforms
    description: Anti-corruption, judicial and Security Service reform.
    version: "1.0"
    facets:
      anticorruption:
        terms:
          - anti-corruption
          - {pattern: 'corrupt(ion|ed)?', type: regex}
      judiciary:
        terms: [judicial reform]
      security_service:
        terms:
          - Security Service of Ukraine
          - {pattern: SBU, case_insensitive: false}
    positions:
      - id: announced
        rank: 0
        cues: [reform plan]
      - id: drafted
        rank: 1
        cues: [draft law]
      - id: adopted
        rank: 2
        cues: [{pattern: 'law (was )?adopted', type: regex}]
    """


# --- built-ins ---------------------------------------------------------------------------------


def test_builtins_come_in_fixed_order_with_provenance(dims: Dimensions) -> None:
    assert list(dims) == list(BUILTIN_DIMENSIONS)
    prov = dims.provenance()
    assert list(prov.columns) == ["dimension", "version", "source", "sha256"]
    folder = resources.files("nato_diff").joinpath("data").joinpath("dimensions")
    expected = pd.DataFrame(
        {
            "dimension": list(BUILTIN_DIMENSIONS),
            "version": ["1.2", "1.2", "1.1", "1.2"],
            "source": [f"builtin:{name}" for name in BUILTIN_DIMENSIONS],
            "sha256": [
                hashlib.sha256(folder.joinpath(f"{name}.yaml").read_bytes()).hexdigest()
                for name in BUILTIN_DIMENSIONS
            ],
        }
    )
    pd.testing.assert_frame_equal(prov, expected)


def test_builtin_ladders_and_figures(dims: Dimensions) -> None:
    path = dims["membership_path"]
    assert path.position_ids == (
        "non_aligned",
        "partnership",
        "open_door",
        "map_sought",
        "invitation",
        "will_join",
        "irreversible",
    )
    assert [path.rank_of(p) for p in path.position_ids] == [0, 1, 2, 3, 4, 5, 6]
    assert dims["security_guarantees"].position_ids[-1] == "collective_defence"
    assert dims["aid_volumes"].figures is not None
    assert dims["aid_volumes"].figures.kinds == ("money", "count", "share")
    assert dims["black_sea"].positions == ()
    with pytest.raises(ValueError, match="position_id must be one of"):
        path.rank_of("full_member")


# Sentences quoted from the seed documents, with the membership-path rung each shows.
@pytest.mark.parametrize(
    ("sentence", "position"),
    [
        (
            "Today, the most pressing issue for Ukraine is the prospect of obtaining a NATO "
            "Membership Action Plan.",
            "map_sought",
        ),
        ("Our immediate goal is MAP.", "map_sought"),
        (
            "“First, we shortened your path to NATO from two to one step by removing the "
            "requirement for a Membership Action Plan,” he said.",
            "will_join",
        ),
        (
            "Mr Stoltenberg welcomed that all Allies have agreed that Ukraine will join NATO, and "
            "pointed to three historic decisions taken at the Vilnius Summit to help make this a "
            "reality.",
            "will_join",
        ),
        ("Ukraine deserves an invitation to NATO.", "invitation"),
        (
            "The work we are doing now puts you on an irreversible path to membership in the "
            "Alliance.",
            "irreversible",
        ),
        ("Ukraine will become a member of NATO.", "will_join"),
        ("He concluded by saying: “Ukraine’s future is in NATO.", "will_join"),
        ("I am pleased to hear that NATO's door is open for Ukraine.", "open_door"),
        (
            "The President thanked the Secretary General for supporting Ukraine's Euro-Atlantic "
            "aspirations.",
            "open_door",
        ),
        (
            "Read more: President Volodymyr Zelenskyy announced that Ukraine was applying for "
            "accelerated accession to NATO in September 2022.",
            "invitation",
        ),
        (
            "The parties discussed the strategic vectors of Ukraine's integration into NATO in "
            "the military sphere, in particular within the framework of the Enhanced "
            "Opportunities Partnership (EOP).",
            "open_door",
        ),
        (
            "Ukraine was granted a NATO Enhanced Opportunities Partner status on 12 June 2020 by "
            "a decision of the North Atlantic Council, becoming the sixth country with such a "
            "status, along with Sweden, Finland, Australia, Jordan and Georgia.",
            "partnership",
        ),
    ],
)
def test_membership_rung_of_seed_sentences(dims: Dimensions, sentence: str, position: str) -> None:
    hit = dims["membership_path"].scan(sentence)
    assert hit is not None
    assert hit.position == position
    assert hit.position_rank == dims["membership_path"].rank_of(position)
    assert hit.position_cue is not None and hit.position_cue in sentence


def test_removing_the_map_requirement_is_not_seeking_a_map(dims: Dimensions) -> None:
    sentence = (
        "“First, we shortened your path to NATO from two to one step by removing the "
        "requirement for a Membership Action Plan,” he said."
    )
    hit = dims["membership_path"].scan(sentence)
    assert hit is not None
    assert hit.position_cue == "removing the requirement for a Membership Action Plan"
    assert hit.position == "will_join"
    assert "map" in hit.facets
    for sentence in (
        "Allies scrapped the requirement for a Membership Action Plan.",
        "Ukraine can join without a MAP.",
        "The MAP requirement was removed last year.",
    ):
        found = dims["membership_path"].scan(sentence)
        assert found is not None and found.position == "will_join", sentence


def test_map_is_case_sensitive(dims: Dimensions) -> None:
    assert dims["membership_path"].scan("We want a map of the new ferry routes.") is None
    assert dims["membership_path"].scan("The ROAD MAP for the reforms was published.") is None


def test_summit_invitation_is_not_a_membership_invitation(dims: Dimensions) -> None:
    sentence = (
        "Preparation for NATO Summit in Vilnius, to which Ukraine had been invited, and "
        "security guarantees for Ukraine on its way to the Alliance were also on the agenda."
    )
    path = dims["membership_path"].scan(sentence)
    assert path is not None
    assert path.position_rank is not None and path.position_rank < path_rank(dims, "invitation")
    guarantees = dims["security_guarantees"].scan(sentence)
    assert guarantees is not None
    assert guarantees.facets == ("guarantees",)
    assert guarantees.terms == ("security guarantees",)
    celebrations = (
        "Volodymyr Zelenskyy invited Jens Stoltenberg to take part in the celebrations on the "
        "occasion of the 30th anniversary of Ukraine's independence and in the Crimean Platform "
        "Summit in August this year."
    )
    assert dims["membership_path"].scan(celebrations) is None
    # The Crimean Platform is a diplomatic forum, excluded from the Black Sea dimension.
    assert dims["black_sea"].scan(celebrations) is None


def path_rank(dims: Dimensions, position: str) -> int:
    return dims["membership_path"].rank_of(position)


def test_guarantees_alongside_membership(dims: Dimensions) -> None:
    sentence = (
        "In particular, President Zelenskyy emphasized that these security guarantees do not "
        "in any way replace or delay Ukraine’s membership in NATO, and together they will "
        "continue to uphold peace throughout Europe and the world in the future."
    )
    found = dims.scan(sentence)
    assert list(found) == ["membership_path", "security_guarantees"]
    assert found["security_guarantees"].position == "sought"
    assert found["membership_path"].facets == ("membership",)


def test_black_sea_presence(dims: Dimensions) -> None:
    sentence = (
        "He spoke in favor of expanding the Alliance's activities in the Black Sea region and "
        "noted that Ukraine is interested in increasing the presence of NATO forces in the "
        "Black Sea."
    )
    hit = dims["black_sea"].scan(sentence)
    assert hit is not None
    assert hit.facets == ("region",)
    assert hit.terms == ("Black Sea region", "Black Sea")


@pytest.mark.parametrize(
    ("sentence", "facets"),
    [
        (
            "Artillery of 155 caliber, long-range weapons, and air defense, primarily the Patriot "
            "systems.",
            ("air_defence", "artillery", "long_range", "general"),
        ),
        (
            "The Secretary General also underlined that NATO Allies continue to provide high-end "
            "capabilities to help push back the invasion, including modern tanks, sophisticated "
            "missile systems, and air defences, as well as training for F-16 pilots.",
            ("air_defence", "aviation", "armour", "missiles", "training"),
        ),
        (
            "During the press conference, President Zelenskyy appealed to the Secretary General "
            "of NATO for help overcoming partners’ reluctance to supply Ukraine with long-range "
            "weapons, modern aviation, artillery, and armored vehicles.",
            ("artillery", "long_range", "aviation", "armour", "general"),
        ),
        (
            "NATO Secretary General also added that since February 2022, NATO allies provided "
            "Ukraine with more than €150 billion in support, including €65 billion in military "
            "aid.",
            ("general",),
        ),
        (
            "Saying that “there is no defence without industry,” Mr Stoltenberg noted that NATO "
            "has been conducting joint procurement for years, and is now stepping up even more, "
            "including with major procurements of ammunition.",
            ("ammunition", "joint_production"),
        ),
        (
            "The President thanked for the decision to purchase medical equipment for Ukraine at "
            "the cost of the Alliance's trust fund.",
            ("medical_humanitarian", "general"),
        ),
    ],
)
def test_aid_categories(dims: Dimensions, sentence: str, facets: tuple[str, ...]) -> None:
    hit = dims["aid_volumes"].scan(sentence)
    assert hit is not None
    assert hit.facets == facets


# Sentences written for these tests (not from the seeds): the rules must be general.
@pytest.mark.parametrize(
    ("dimension", "sentence", "position"),
    [
        (
            "membership_path",
            "NATO membership for Ukraine is off the table, the envoy said.",
            "non_aligned",
        ),
        (
            "membership_path",
            "In 2010 parliament adopted a law on Ukraine's non-bloc status.",
            "non_aligned",
        ),
        ("membership_path", "In 2014 parliament renounced Ukraine's non-aligned status.", None),
        ("membership_path", "Ukraine will never join NATO, the Kremlin insisted.", "non_aligned"),
        (
            "membership_path",
            "Ukrainian troops reached full interoperability with Allied forces.",
            "partnership",
        ),
        ("membership_path", "NATO's door remains open.", "open_door"),
        (
            "membership_path",
            "The Alliance will offer Ukraine a Membership Action Plan this year.",
            "map_sought",
        ),
        (
            "membership_path",
            "The Alliance will not offer Ukraine a Membership Action Plan this year.",
            "non_aligned",
        ),
        (
            "membership_path",
            "Allies decided that Ukraine no longer needs a Membership Action Plan.",
            "will_join",
        ),
        (
            "membership_path",
            "We will extend an invitation to Ukraine to join the Alliance when Allies agree.",
            "invitation",
        ),
        (
            "membership_path",
            "Zelensky urged leaders to invite Ukraine to join NATO at the summit.",
            "invitation",
        ),
        (
            "membership_path",
            "Ukraine hopes to receive an invitation to the Washington summit.",
            None,
        ),
        (
            "membership_path",
            "The summit declared that Ukraine and Georgia will become members of NATO.",
            "will_join",
        ),
        ("membership_path", "Ukraine's path to membership is irreversible.", "irreversible"),
        ("membership_path", "Ukraine applied for EU membership in February 2022.", None),
        (
            "security_guarantees",
            "The UK and Ukraine signed an Agreement on Security Co-operation.",
            "bilateral",
        ),
        (
            "security_guarantees",
            "Ukraine received security assurances under the 1994 Budapest Memorandum.",
            "assurances",
        ),
        ("security_guarantees", "The Budapest Memorandum failed to protect Ukraine.", "rejected"),
        (
            "security_guarantees",
            "There will be no security guarantees without membership.",
            "rejected",
        ),
        ("security_guarantees", "Ukraine wants firm guarantees of its security.", "sought"),
        (
            "security_guarantees",
            "G7 leaders adopted a Joint Declaration of Support for Ukraine.",
            "multilateral",
        ),
        (
            "security_guarantees",
            "European countries discussed a reassurance force for Ukraine.",
            "multilateral",
        ),
        (
            "security_guarantees",
            "Leaders discussed Article 5-like guarantees for Ukraine.",
            "collective_defence",
        ),
    ],
)
def test_rungs_of_unseen_sentences(
    dims: Dimensions, dimension: str, sentence: str, position: str | None
) -> None:
    hit = dims[dimension].scan(sentence)
    assert (hit.position if hit else None) == position


@pytest.mark.parametrize(
    ("dimension", "sentence", "facets"),
    [
        (
            "black_sea",
            "Russia's Black Sea Fleet left Sevastopol after sea drone attacks.",
            ("region", "naval", "crimea"),
        ),
        (
            "black_sea",
            "Turkey closed the Bosphorus to warships under the Montreux Convention.",
            ("naval", "straits"),
        ),
        (
            "black_sea",
            "Grain ships left the port of Odesa through the corridor.",
            ("navigation", "ports"),
        ),
        ("black_sea", "The Azov Regiment defended the city for weeks.", None),
        ("black_sea", "We stood with Ukraine after the illegal annexation of Crimea.", None),
        ("black_sea", "Russia turned occupied Crimea into a base for its fleet.", ("crimea",)),
        ("black_sea", "Crimean Tatars marked the anniversary of the deportation.", None),
        (
            "aid_volumes",
            "Germany will deliver more Leopard 2 tanks and IRIS-T systems.",
            ("air_defence", "armour", "general"),
        ),
        ("aid_volumes", "The think tank published a long study.", None),
        ("aid_volumes", "Shell reported record profits in the third quarter.", None),
        ("aid_volumes", "They lay down arms and return home.", None),
        (
            "aid_volumes",
            "The package includes 155mm artillery rounds and Javelin anti-tank missiles.",
            ("artillery", "missiles", "ammunition", "general"),
        ),
    ],
)
def test_facets_of_unseen_sentences(
    dims: Dimensions, dimension: str, sentence: str, facets: tuple[str, ...] | None
) -> None:
    hit = dims[dimension].scan(sentence)
    assert (hit.facets if hit else None) == facets


def test_term_matches_give_spans_in_the_sentence(dims: Dimensions) -> None:
    sentence = "Warships patrol the Black Sea near the ports of Odesa and the Kerch Strait."
    found = dims["black_sea"].term_matches(sentence)
    assert found == [
        ("naval", "Warships", 0, 8),
        ("region", "Black Sea", 20, 29),
        ("ports", "ports of Odesa", 39, 53),
        ("crimea", "Kerch Strait", 62, 74),
    ]
    assert all(sentence[start:end] == text for _, text, start, end in found)


@pytest.mark.parametrize(
    ("pattern", "valuetype", "text", "found"),
    [
        ("join* NATO", "glob", "Ukraine is joining NATO", "joining NATO"),
        ("join* NATO", "glob", "they will rejoin NATO", None),
        ("defen?e", "glob", "air defense", "defense"),
        ("long-range", "fixed", "long range weapons", "long range"),
        ("long range", "fixed", "long-range weapons", "long-range"),
        ("Ukraine's", "fixed", "Ukraine’s future", "Ukraine’s"),
        ("port", "fixed", "support for Ukraine", None),
        ("NATO", "fixed", "NATO's door", "NATO"),
        ("air[- ]defen[cs]es?", "regex", "Air-defences arrived", "Air-defences"),
    ],
)
def test_matching_rules(
    tmp_path: Path, pattern: str, valuetype: str, text: str, found: str | None
) -> None:
    path = write(
        tmp_path,
        "rules.yaml",
        f"""\
        id: rules
        label: Rules
        version: "1"
        facets:
          one: [{{pattern: '{pattern.replace("'", "''")}', type: {valuetype}}}]
        """,
    )
    hit = load_dimension(path).scan(text)
    assert (hit.terms[0] if hit else None) == found


# --- negation, questions, exclusion (sentences written for these tests) ------------------------

# (dimension, sentence, position, cue reported)
NEGATION_CASES = [
    # A negated cue of a higher rung gives the rejection rung, reported from the negator on.
    (
        "membership_path",
        "The Allies did not invite Ukraine to join.",
        "non_aligned",
        "not invite Ukraine to join",
    ),
    (
        "membership_path",
        "Ukraine will not receive an invitation to join NATO.",
        "non_aligned",
        "not receive an invitation to join NATO",
    ),
    (
        "membership_path",
        "The summit didn’t extend an invitation to Kyiv.",
        "non_aligned",
        "didn’t extend an invitation",
    ),
    (
        "membership_path",
        "There will be no invitation to join NATO at this summit.",
        "non_aligned",
        "no invitation to join NATO",
    ),
    (
        "membership_path",
        "Moscow will never accept Ukraine's membership in NATO.",
        "non_aligned",
        "never accept Ukraine's membership in NATO",
    ),
    (
        "membership_path",
        "Kyiv should abandon its aspirations to join NATO.",
        "non_aligned",
        "abandon its aspirations to join",
    ),
    (
        "security_guarantees",
        "NATO will not extend Article 5 guarantees to Ukraine.",
        "rejected",
        "not extend Article 5",
    ),
    (
        "security_guarantees",
        "The US refused to give Ukraine security guarantees.",
        "rejected",
        "refused to give Ukraine security guarantees",
    ),
    # Negative forms written out as cues of the rejection rung.
    (
        "membership_path",
        "Ukraine's future is not in NATO.",
        "non_aligned",
        "future is not in NATO",
    ),
    (
        "membership_path",
        "The door to NATO is not open to Ukraine.",
        "non_aligned",
        "door to NATO is not open",
    ),
    (
        "membership_path",
        "Ukraine is not going to join NATO.",
        "non_aligned",
        "not going to join NATO",
    ),
    (
        "membership_path",
        "Ukraine won't become a NATO member soon, the official said.",
        "non_aligned",
        "won't become a NATO member",
    ),
    (
        "membership_path",
        "Membership of NATO was not on the agenda.",
        "non_aligned",
        "Membership of NATO was not on the agenda",
    ),
    # Cues that carry their own negation are untouched.
    ("membership_path", "NATO's door is closed to Ukraine.", "non_aligned", "door is closed"),
    (
        "membership_path",
        "There will be no membership for Ukraine.",
        "non_aligned",
        "no membership for Ukraine",
    ),
    (
        "security_guarantees",
        "There will be no security guarantees without membership.",
        "rejected",
        "no security guarantees",
    ),
    # Exceptions, clause breaks, double negatives and the window leave cues as they are.
    (
        "membership_path",
        "The question is not whether Ukraine will join NATO, but when.",
        "will_join",
        "will join NATO",
    ),
    (
        "membership_path",
        "There is no doubt that Ukraine will become a member of NATO.",
        "will_join",
        "will become a member of NATO",
    ),
    (
        "membership_path",
        "There is no alternative to Ukraine's Euro-Atlantic integration.",
        "open_door",
        "Euro-Atlantic integration",
    ),
    ("membership_path", "Ukraine has never been closer to NATO.", "open_door", "closer to NATO"),
    (
        "membership_path",
        "Ukraine cannot be secure without membership in NATO.",
        "open_door",
        "membership in NATO",
    ),
    (
        "membership_path",
        "Ukraine will never give up its aspirations to join NATO.",
        "open_door",
        "aspirations to join",
    ),
    (
        "membership_path",
        "Russia did not attack, and NATO invited Ukraine to join.",
        "invitation",
        "invited Ukraine to join",
    ),
    (
        "membership_path",
        "NATO will not invite Kyiv this year, but its door remains open.",
        "open_door",
        "door remains open",
    ),
    (
        "membership_path",
        "Ukraine is not yet a member of NATO but its future is in NATO.",
        "will_join",
        "future is in NATO",
    ),
    (
        "security_guarantees",
        "NATO rejected Russia's ultimatum and the UK signed a security agreement with Ukraine.",
        "bilateral",
        "signed a security agreement",
    ),
]


@pytest.mark.parametrize(("dimension", "sentence", "position", "cue"), NEGATION_CASES)
def test_local_negation_of_cues(
    dims: Dimensions, dimension: str, sentence: str, position: str, cue: str
) -> None:
    hit = dims[dimension].scan(sentence)
    assert hit is not None
    assert (hit.position, hit.position_cue) == (position, cue)
    assert hit.position_rank == dims[dimension].rank_of(position)
    assert cue in sentence


def negation_ladder(folder: Path, *, negated: str | None) -> Path:
    """A user dimension with a two-rung ladder, negated cues going to ``negated``."""
    return write(
        folder,
        "talks.yaml",
        f"""\
        id: talks
        label: Peace talks
        version: "1"
        facets:
          talks: [talks]
        positions:
          - id: refused
            rank: 0
            cues: [boycott]
          - id: agreed
            rank: 1
            cues: [join the talks]
        {"" if negated is None else f"negated_position: {negated}"}
        """,
    )


@pytest.mark.parametrize(
    ("sentence", "position"),
    [
        ("Kyiv will join the talks.", "agreed"),
        ("Kyiv will not join the talks.", "refused"),
        ("Kyiv will not yet formally and publicly join the talks.", "refused"),  # 3 words
        ("Kyiv will not say whether it may join the talks.", "agreed"),  # 4 words: too far
        ("Kyiv will not wait; it will join the talks.", "agreed"),  # a clause break
        ("Kyiv will not boycott the talks.", None),  # the rejection rung's own cue, negated
        ("Will Kyiv join the talks?", None),  # a question
    ],
)
def test_negation_window_and_user_negated_position(
    tmp_path: Path, sentence: str, position: str | None
) -> None:
    dim = load_dimension(negation_ladder(tmp_path, negated="refused"))
    assert dim.negated_position == "refused"
    hit = dim.scan(sentence)
    assert hit is not None and hit.facets == ("talks",)
    assert hit.position == position


def test_without_negated_position_a_negated_cue_does_not_count(tmp_path: Path) -> None:
    dim = load_dimension(negation_ladder(tmp_path, negated=None))
    assert dim.negated_position is None
    hit = dim.scan("Kyiv will not join the talks.")
    assert hit is not None and (hit.position, hit.position_cue) == (None, None)


def test_unknown_negated_position_is_an_error(tmp_path: Path) -> None:
    path = negation_ladder(tmp_path, negated="rejected")
    with pytest.raises(
        DimensionError,
        match=r"talks\.yaml:\d+: negated_position: negated_position 'rejected' is not one of "
        r"the positions \(refused, agreed\)",
    ):
        load_dimension(path)


@pytest.mark.parametrize(
    ("dimension", "sentence", "facets"),
    [
        ("membership_path", "Will Ukraine join NATO?", ("membership",)),
        (
            "membership_path",
            "Q: When will Ukraine get an invitation to join NATO",
            ("membership", "invitation"),
        ),
        (
            "membership_path",
            "“Will Ukraine become a member of NATO?”",
            ("membership",),
        ),
        (
            "security_guarantees",
            "Question: Does Ukraine need security guarantees from the US (and from Europe?)",
            ("guarantees",),
        ),
        (
            "security_guarantees",
            "Will European Allies send troops to Ukraine as a reassurance force?",
            ("reassurance",),
        ),
    ],
)
def test_questions_take_no_position(
    dims: Dimensions, dimension: str, sentence: str, facets: tuple[str, ...]
) -> None:
    hit = dims[dimension].scan(sentence)
    assert hit is not None
    assert hit.facets == facets
    assert (hit.position, hit.position_rank, hit.position_cue) == (None, None, None)
    assert dims.scan(sentence)[dimension] == hit


# Other states' accession and membership are not Ukraine's path.
@pytest.mark.parametrize(
    ("sentence", "position"),
    [
        ("Sweden's accession to NATO was ratified by Hungary.", "none"),
        ("Finland became a NATO member in April 2023.", "none"),
        ("Sweden joined NATO.", "none"),
        ("In 2023, Finland joined NATO.", "none"),
        ("Turkey and Hungary delayed Sweden’s membership bid.", "none"),
        ("Allies welcomed the accession of Finland and Sweden to the Alliance.", "none"),
        ("Ukraine and Georgia will become members of NATO.", "will_join"),
        ("Ukraine, Georgia and Moldova will become members of NATO.", "will_join"),
        ("Like Finland, Ukraine will join NATO.", "will_join"),
        ("Sweden joined NATO, and Ukraine will join NATO too.", "will_join"),
        ("Poland supports Ukraine's membership in NATO.", "open_door"),
    ],
)
def test_other_states_accession_is_not_ukraines_path(
    dims: Dimensions, sentence: str, position: str
) -> None:
    hit = dims["membership_path"].scan(sentence)
    if position == "none":
        assert hit is None
    else:
        assert hit is not None and hit.position == position


@pytest.mark.parametrize(
    ("sentence", "facets"),
    [
        # Political support is not aid ...
        ("We fully support Ukraine's right to choose its own security arrangements.", None),
        ("Allies support Ukraine's sovereignty and territorial integrity.", None),
        ("Canada provided political and diplomatic support for Kyiv's membership bid.", None),
        ("Become a member to support independent journalism.", None),
        # ... aid-like support is.
        ("Germany provided financial support to Ukraine.", ("general",)),
        ("The EU approved a new support package for Kyiv.", ("general",)),
        ("Allies gave EUR 40 billion in support last year.", ("general",)),
        ("We will continue our support for Ukraine's armed forces.", ("general",)),
        ("Allies will continue to give Ukraine the support it needs.", ("general",)),
        # Weapons in reports of attacks are not aid ...
        ("Russia launched 38 missiles and 40 drones at Kyiv overnight.", None),
        ("Air defence forces shot down 30 missiles and all 40 drones.", None),
        ("Russian missiles and drones struck the port of Izmail again.", None),
        ("A combined missile and drone attack on Kharkiv killed five people.", None),
        ("Iranian-made Shahed drones were launched at Odesa overnight.", None),
        # ... weapons sent to Ukraine are, also next to an attack.
        ("The US will send more missiles and drones to Ukraine.", ("missiles", "drones")),
        (
            "Russia fired 20 ballistic missiles at Kharkiv, and the US announced new Patriot "
            "deliveries.",
            ("air_defence", "general"),
        ),
    ],
)
def test_aid_is_not_political_support_or_an_attack(
    dims: Dimensions, sentence: str, facets: tuple[str, ...] | None
) -> None:
    hit = dims["aid_volumes"].scan(sentence)
    assert (hit.facets if hit else None) == facets


@pytest.mark.parametrize(
    ("sentence", "position"),
    [
        ("Russia demands security guarantees from NATO.", None),
        ("Moscow's demands for security guarantees were rejected.", None),
        ("Putin wants legally binding guarantees of Russia's security.", None),
        ("The West will not give Russia security guarantees.", None),
        (
            "Moscow demands guarantees, while Kyiv seeks its own security guarantees.",
            "sought",
        ),
        ("Ukraine needs security guarantees against Russia.", "sought"),
    ],
)
def test_russias_demanded_guarantees_are_not_ukraines(
    dims: Dimensions, sentence: str, position: str | None
) -> None:
    hit = dims["security_guarantees"].scan(sentence)
    assert (hit.position if hit else "no mention") == (position or "no mention")


def test_lists_and_dimension_exclude_in_a_user_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "eu.yaml",
        """\
        id: eu_path
        label: EU path
        version: "1"
        lists:
          others: [Moldova, North Macedonia, Macedonia]
        exclude:
          - {pattern: '{others}(''s|’s) (accession|membership)', type: regex}
        facets:
          accession: [accession, membership]
        """,
    )
    dim = load_dimension(path)
    assert [t.valuetype for t in dim.exclude] == ["regex"]
    assert "North" in dim.exclude[0].pattern  # the list is written out in the pattern
    assert dim.scan("North Macedonia’s accession talks opened.") is None
    hit = dim.scan("Moldova's membership and Ukraine's accession were discussed.")
    assert hit is not None and hit.terms == ("accession",)
    bad = write(tmp_path, "bad.yaml", path.read_text().replace("{others}", "{other}"))
    with pytest.raises(
        DimensionError, match=r"bad\.yaml:\d+: exclude\[0\]: pattern .* uses the list \{other\}"
    ):
        load_dimension(bad)
    empty = write(tmp_path, "empty.yaml", path.read_text().replace("[Moldova,", "[''] #"))
    with pytest.raises(DimensionError, match=r"lists\.others\[0\]: a phrase must be non-empty"):
        load_dimension(empty)


def test_builtin_negation_rules() -> None:
    rules = _negation()
    assert rules.window == 3
    assert rules.negators.search("They refused to act.") is not None
    assert rules.negator_before("We do not only hope.", len("We do not only ")) is None
    assert rules.negator_before("We did not invite them.", len("We did not ")) == len("We did ")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            {"window": -1, "negators": ["not"], "clause_breaks": [","]},
            r"negation\.yaml: window: 'window' must be a whole number of words",
        ),
        (
            {"window": 3, "negators": ["not"], "clause_breaks": ["(,"]},
            r"negation\.yaml: clause_breaks\[0\]: invalid regex pattern '\(,'",
        ),
        ({"window": 3, "negators": ["not"]}, r"missing required key 'clause_breaks'"),
    ],
)
def test_invalid_negation_rules_name_the_entry(data: dict[str, object], expected: str) -> None:
    with pytest.raises(DimensionError, match=expected):
        _negation_from_data(data, where="negation.yaml")


# Sentences that exercise exclusion, lists and negation, for the filter check below.
EXTRA_SENTENCES = [
    *(case[1] for case in NEGATION_CASES),
    "Sweden and Finland joined NATO, and Türkiye ratified the accession of Sweden.",
    "Türkiye’s accession to NATO dates from 1952.",
    "Russia launched 38 missiles and 40 drones; Allies pledged more air defence.",
    "Moscow's demands for security guarantees were rejected.",
]


def test_prefix_filter_never_changes_results(dims: Dimensions, seeds: Corpus) -> None:
    # Every seed sentence and raw line, in spellings that stress the filter's text folding.
    sentences = [s for doc in seeds for s in (*doc.sentences, *doc.raw_text.splitlines())]
    sentences += EXTRA_SENTENCES
    variants = [
        str.upper,
        lambda s: s.replace(" ", "  "),
        lambda s: s.replace("-", " "),
        lambda s: s.replace(" ", "-"),
        lambda s: s.replace(" ", "\u2013"),
        lambda s: s.replace(" ", "\u00a0"),
        lambda s: s.replace(" ", "\n"),
        lambda s: "İ " + s,
        lambda s: s.replace("s", "ſ"),
        lambda s: s.replace("'", "’"),
    ]
    every_unit = (1 << 256) - 1
    n_checked = 0
    for base in sentences:
        for sentence in [base, *(v(base) for v in variants)]:
            together = dims.scan(sentence)
            for dim in dims.values():
                unfiltered = dim._match(sentence, every_unit, None)
                assert dim.scan(sentence) == unfiltered, (dim.id, sentence)
                assert together.get(dim.id) == unfiltered, (dim.id, sentence)
            n_checked += 1
    assert n_checked > 500


# --- user files ----------------------------------------------------------------------------------


def test_user_dimension_loads_after_builtins(tmp_path: Path) -> None:
    path = write(tmp_path, "reforms.yaml", REFORMS)
    dims = load_dimensions(path)
    assert list(dims) == [*BUILTIN_DIMENSIONS, "reforms"]
    reforms = dims["reforms"]
    assert reforms.source == str(path)
    assert reforms.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    hit = reforms.scan(
        "Jens Stoltenberg noted that the draft law on reforming the Security Service of Ukraine, "
        "which is currently considered by the parliament, will help accelerate the progress on "
        "the Euro-Atlantic path."
    )
    assert hit is not None
    assert hit.facets == ("security_service",)
    assert hit.position == "drafted"
    anticorruption = reforms.scan(
        "Volodymyr Zelenskyy added that Ukraine is committed to reform the anticorruption "
        "sector and implement the essential judicial reform."
    )
    assert anticorruption is not None and anticorruption.facets == ("judiciary",)
    assert load_dimensions(path, builtins=False).provenance()["dimension"].tolist() == ["reforms"]


def test_user_file_replaces_builtin_in_place(tmp_path: Path) -> None:
    write(
        tmp_path,
        "sea.yaml",
        """\
        id: black_sea
        label: Black Sea (ports only)
        version: "2.0"
        facets:
          ports: [port, harbour]
        """,
    )
    write(tmp_path, "reforms.yml", REFORMS)
    dims = load_dimensions(tmp_path)
    assert list(dims) == [*BUILTIN_DIMENSIONS, "reforms"]
    assert dims["black_sea"].label == "Black Sea (ports only)"
    assert dims["black_sea"].version == "2.0"
    assert dims["black_sea"].scan("NATO ships in the Black Sea.") is None
    assert dims.provenance().set_index("dimension").loc["black_sea", "source"] == str(
        tmp_path / "sea.yaml"
    )


def test_two_user_files_with_one_id_are_an_error(tmp_path: Path) -> None:
    first = write(tmp_path, "a.yaml", REFORMS)
    second = write(tmp_path, "b.yaml", REFORMS)
    with pytest.raises(DimensionError, match=r"b\.yaml: id: dimension id 'reforms'") as err:
        load_dimensions(first, second)
    assert str(first) in str(err.value)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "        terms: [judicial reform]",
            "        terms: [judicial reform]\n        colour: red",
            r"reforms\.yaml:\d+: facets\.judiciary: unknown key 'colour'\. Allowed keys are",
        ),
        (
            "      - id: adopted",
            "      - id: drafted",
            r"reforms\.yaml:\d+: positions\[2\] \(drafted\): duplicate position id 'drafted'",
        ),
        (
            "'corrupt(ion|ed)?'",
            "'corrupt(ion|ed'",
            r"facets\.anticorruption\.terms\[1\]: invalid regex pattern 'corrupt\(ion\|ed': "
            r"missing \), unterminated subpattern at position 7",
        ),
        (
            "        rank: 2",
            "        rank: 1",
            r"positions\[2\] \(adopted\): rank 1 is not above the previous position's rank 1 "
            r"\(positions\[1\] \(drafted\)\)\. List positions",
        ),
        (
            "      judiciary:",
            "      anticorruption:",
            r"reforms\.yaml:10: facets\.anticorruption: facet id 'anticorruption' appears twice "
            r"\(first on line 6\)",
        ),
        (
            '    version: "1.0"\n',
            "",
            r"reforms\.yaml:1: missing required key 'version'",
        ),
        (
            'version: "1.0"',
            "version: 1.0",
            r"'version' must be text, found float 1\.0\. Write it in quotes",
        ),
        (
            "type: regex}",
            "type: regexp}",
            r"facets\.anticorruption\.terms\[1\]: 'type' must be one of fixed, glob, regex",
        ),
        (
            "        rank: 1",
            "        rank: one",
            r"positions\[1\] \(drafted\): 'rank' must be a whole number",
        ),
        (
            "id: reforms",
            "id: Reforms",
            r"id: dimension id 'Reforms' is not a valid id",
        ),
        (
            "        cues: [{pattern: 'law (was )?adopted', type: regex}]",
            "        cues: [{pattern: 'law (was )?adopted', type: regex}]\n"
            "    figures: {kinds: [money, euros]}",
            r"figures\.kinds\[1\]: unknown figure kind 'euros'",
        ),
        (
            "case_insensitive: false}",
            "case_insensitive: maybe}",
            r"facets\.security_service\.terms\[1\]: 'case_insensitive' must be true or false",
        ),
        (
            "      - id: announced",
            "      - id: announced\n        colour: red",
            r"positions\[0\] \(announced\): unknown key 'colour'",
        ),
        (
            "        terms: [judicial reform]",
            "        terms: [judicial reform\n      x: ]]",
            r"reforms\.yaml:\d+: YAML syntax error: ",
        ),
    ],
)
def test_invalid_files_name_file_entry_and_fix(
    tmp_path: Path, old: str, new: str, expected: str
) -> None:
    assert old in REFORMS
    path = write(tmp_path, "reforms.yaml", REFORMS.replace(old, new, 1))
    with pytest.raises(DimensionError, match=expected):
        load_dimensions(path)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("empty.yaml", "", r"empty\.yaml: the file is empty"),
        ("notes.txt", "id: x", r"notes\.txt: not a \.yaml or \.yml file"),
        ("list.yaml", "- a\n- b\n", r"list\.yaml:1: expected a mapping of keys, found a list"),
    ],
)
def test_invalid_paths(tmp_path: Path, name: str, text: str, expected: str) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(DimensionError, match=expected):
        load_dimensions(path)


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(DimensionError, match="no such file or folder"):
        load_dimensions(tmp_path / "nowhere.yaml")
    with pytest.raises(DimensionError, match=r"no \.yaml or \.yml files in this folder"):
        load_dimensions(tmp_path)


def test_import_quanteda_nested_dictionary(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Policy Dict.yml",
        """\
        economy:
          positive: [growth, "job*"]
          negative:
            - recession
            - "unemploy*"
        security:
          - "border control"
          - "arm?"
        """,
    )
    dim = import_quanteda(path)
    assert dim.id == "policy_dict"
    assert dim.label == "Policy Dict"
    assert dim.version == "quanteda"
    assert dim.facet_ids == ("economy.positive", "economy.negative", "security")
    assert all(t.valuetype == "glob" for f in dim.facets for t in f.terms)
    hit = dim.scan("Unemployment fell and new jobs came, said the Border  Control office.")
    assert hit is not None
    assert hit.facets == ("economy.positive", "economy.negative", "security")
    assert hit.terms == ("Unemployment", "jobs", "Border  Control")
    assert dim.scan("The army is armed.") is not None  # arm? = arm + one character
    slashed = import_quanteda(path, id="policy", label="Policy", separator="/")
    assert (slashed.id, slashed.label) == ("policy", "Policy")
    assert slashed.facet_ids[0] == "economy/positive"
    bad = write(tmp_path, "bad.yml", "economy: {positive: [growth, 5]}\n")
    with pytest.raises(DimensionError, match=r"bad\.yml:1: economy\.positive\[1\]: a term must"):
        import_quanteda(bad)


def test_docs_example_file_works(tmp_path: Path) -> None:
    doc = (ROOT / "docs" / "dimensions.md").read_text(encoding="utf-8")
    block = re.search(r"```yaml\n(# reforms\.yaml\n.*?)```", doc, re.S)
    assert block is not None
    path = tmp_path / "reforms.yaml"
    path.write_text(block.group(1), encoding="utf-8")
    dim = load_dimensions(path)["reforms"]
    hit = dim.scan("Parliament adopted the judicial reform law.")
    assert hit is not None
    assert (hit.facets, hit.position, hit.position_cue) == (
        ("judiciary",),
        "adopted",
        "adopted the judicial reform",
    )
    assert dim.scan("Protesters gathered near the SBU building.") is None


# Rejections that follow what they reject, and negators of support, place a sentence on the
# negated rung however high the rejected cue is.
@pytest.mark.parametrize(
    ("dimension", "sentence", "position"),
    [
        ("membership_path", "Ukraine's membership in NATO is impossible.", "non_aligned"),
        ("membership_path", "Ukraine's membership in NATO is unrealistic.", "non_aligned"),
        ("membership_path", "Kyiv's membership in the Alliance is not realistic.", "non_aligned"),
        ("membership_path", "Ukraine's accession to NATO is not practical today.", "non_aligned"),
        ("membership_path", "Ukraine's membership in NATO is not on the table.", "non_aligned"),
        ("membership_path", "Accession to NATO remains off the table.", "non_aligned"),
        (
            "membership_path",
            "Ukraine's future membership in NATO seems unrealistic.",
            "non_aligned",
        ),
        ("membership_path", "NATO membership for Ukraine is not realistic.", "non_aligned"),
        ("membership_path", "It is impossible to invite Ukraine to join now.", "non_aligned"),
        (
            "membership_path",
            "There is no consensus among Allies on inviting Ukraine to join NATO.",
            "non_aligned",
        ),
        (
            "membership_path",
            "The Allies stopped short of inviting Ukraine to join.",
            "non_aligned",
        ),
        (
            "membership_path",
            "The United States will not support NATO membership for Ukraine.",
            "non_aligned",
        ),
        (
            "membership_path",
            "Paris does not support an invitation to Ukraine to join NATO.",
            "non_aligned",
        ),
        ("membership_path", "Hungary opposes Ukraine's accession.", "non_aligned"),
        # A rejection in another clause leaves the open door open; a negated rejection
        # does not reject.
        ("membership_path", "The door is open, but membership is not realistic now.", "open_door"),
        ("membership_path", "NATO has not ruled out inviting Ukraine to join.", "invitation"),
        ("membership_path", "Membership in NATO is possible.", "open_door"),
        (
            "security_guarantees",
            "Article 5-like guarantees for Ukraine are unrealistic.",
            "rejected",
        ),
    ],
)
def test_rejections_beat_the_cues_they_reject(
    dims: Dimensions, dimension: str, sentence: str, position: str
) -> None:
    hit = dims[dimension].scan(sentence)
    assert hit is not None and hit.position == position


def test_rejected_cue_reports_cue_and_predicate(dims: Dimensions) -> None:
    hit = dims["membership_path"].scan("Ukraine's membership in NATO is impossible.")
    assert hit is not None
    assert hit.position_cue == "membership in NATO is impossible"


@pytest.mark.parametrize(
    ("dimension", "sentence"),
    [
        ("security_guarantees", "Without membership there are no real guarantees."),
        ("security_guarantees", "We never said there were no guarantees."),
        ("membership_path", "It is not true that the door is closed."),
    ],
)
def test_negated_lowest_rung_is_still_a_mention(
    dims: Dimensions, dimension: str, sentence: str
) -> None:
    hit = dims[dimension].scan(sentence)
    assert hit is not None
    assert (hit.position, hit.position_cue) == (None, None)


@pytest.mark.parametrize(
    ("dimension", "sentence", "expected"),
    [
        # EU accession is not NATO membership.
        ("membership_path", "The Council opened accession negotiations with Ukraine.", None),
        ("membership_path", "Ukraine's EU accession is a priority.", None),
        ("membership_path", "Ukraine started accession talks with the EU.", None),
        ("membership_path", "Accession to the Union will take years.", None),
        ("membership_path", "Finland held accession talks with NATO.", None),
        # Other states' membership, named in a list before "their".
        (
            "membership_path",
            "We welcome Estonia's and Latvia's progress and look forward to their "
            "membership in the Alliance.",
            None,
        ),
        ("membership_path", "Ukraine hopes for membership in the Alliance.", "open_door"),
        # Open doors and invitations in other words.
        ("membership_path", "The doors of the Alliance are open.", "open_door"),
        ("membership_path", "NATO's doors remain open.", "open_door"),
        ("membership_path", "The doors are not open.", "non_aligned"),
        ("membership_path", "The invitation must be given to Ukraine.", "invitation"),
        ("membership_path", "Ukraine must be invited to join NATO.", "invitation"),
        ("membership_path", "Ukraine should be invited.", "invitation"),
        ("membership_path", "Ukraine must be invited to the summit.", None),
        # Broken assurances.
        ("security_guarantees", "Those assurances proved worthless.", "rejected"),
        ("security_guarantees", "The promises turned out to be hollow.", "rejected"),
    ],
)
def test_false_friends_and_other_wordings(
    dims: Dimensions, dimension: str, sentence: str, expected: str | None
) -> None:
    hit = dims[dimension].scan(sentence)
    assert (hit.position if hit else None) == expected


@pytest.mark.parametrize(
    ("sentence", "facets"),
    [
        ("The attack on Pearl Harbor changed the war.", None),
        ("Sydney Harbour was full of yachts.", None),
        ("Ships left the harbour of Odesa.", ("ports",)),
        ("Ships left Chornomorsk Harbour.", ("ports",)),
    ],
)
def test_harbours_elsewhere_are_not_black_sea_ports(
    dims: Dimensions, sentence: str, facets: tuple[str, ...] | None
) -> None:
    hit = dims["black_sea"].scan(sentence)
    assert (hit.facets if hit else None) == facets


@pytest.mark.parametrize(
    ("sentence", "facets"),
    [
        # Weapons as instruments of an attack, whoever attacks, are not aid ...
        ("Ukrainian forces struck the cruiser with missiles.", None),
        ("The landing ship was sunk by naval drones.", None),
        ("The city came under missile and air strikes by Russian troops.", None),
        ("A missile strike on Odesa killed five people.", None),
        ("The bridge was damaged by a missile.", None),
        ("Kyiv hit the depot using long-range drones.", None),
        # ... aid is, also when it names the same weapons ...
        ("Germany will send missiles.", ("missiles",)),
        ("Deliveries of drones to Ukraine continue.", ("drones", "general")),
        ("More air defence for Ukraine is needed.", ("air_defence",)),
        ("Allies provided Ukraine with missiles.", ("missiles",)),
        # ... and so is financial aid in its usual forms.
        (
            "The Ukraine Facility of EUR 50 billion, EUR 33 billion in loans and EUR 17 "
            "billion in grants.",
            ("general",),
        ),
        ("The EU disbursed EUR 1.5 billion in macro-financial assistance.", ("general",)),
        ("Budget support continued in March.", ("general",)),
        ("Japan announced reconstruction funding of USD 4 billion.", ("general",)),
        ("The loans will be repaid from windfall profits.", ("general",)),
    ],
)
def test_aid_excludes_attack_instruments_and_counts_finance(
    dims: Dimensions, sentence: str, facets: tuple[str, ...] | None
) -> None:
    hit = dims["aid_volumes"].scan(sentence)
    assert (hit.facets if hit else None) == facets


def test_rejection_rules_are_read_from_the_negation_file() -> None:
    rules = _negation()
    assert rules.rejection_window == 5
    text = "Membership is clearly not realistic."
    assert rules.rejection_after(text, len("Membership")) == len(text) - 1
    assert rules.rejection_after("Membership, in any case, is impossible.", 10) is None


def test_invalid_rejection_window_is_an_error() -> None:
    data = {"window": 3, "negators": ["not"], "clause_breaks": [","], "rejection_window": "x"}
    with pytest.raises(DimensionError, match=r"rejection_window: 'rejection_window' must be"):
        _negation_from_data(data, where="negation.yaml")
