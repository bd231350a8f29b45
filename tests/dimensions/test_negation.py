"""Tests for nato_diff.dimensions.negation: negated and rejected cues, and the negation rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from nato_diff.dimensions.dimension import Dimensions
from nato_diff.dimensions.loading import load_dimension
from nato_diff.dimensions.negation import builtin_negation as _negation
from nato_diff.dimensions.negation import negation_from_data as _negation_from_data
from nato_diff.errors import DimensionError

from .conftest import write

# (dimension, sentence, rung, how the sentence holds it, cue reported). A negated cue leaves
# its rung `denied` (the claim denies it); a cue marked `denies` is a rejection of its rung
# (`rejects`); a rejection that is itself negated, or a negator out of reach, affirms it.
NEGATION_CASES = [
    (
        "membership_path",
        "The Allies did not invite Ukraine to join.",
        "invitation",
        "denied",
        "not invite Ukraine to join",
    ),
    (
        "membership_path",
        "Ukraine will not receive an invitation to join NATO.",
        "invitation",
        "denied",
        "not receive an invitation to join NATO",
    ),
    (
        "membership_path",
        "The summit didn’t extend an invitation to Kyiv.",
        "invitation",
        "denied",
        "didn’t extend an invitation",
    ),
    (
        "membership_path",
        "There will be no invitation to join NATO at this summit.",
        "invitation",
        "denied",
        "no invitation to join NATO",
    ),
    (
        "membership_path",
        "Moscow will never accept Ukraine's membership in NATO.",
        "open_door",
        "denied",
        "never accept Ukraine's membership in NATO",
    ),
    (
        "membership_path",
        "Kyiv should abandon its aspirations to join NATO.",
        "open_door",
        "rejects",
        "abandon its aspirations to join",
    ),
    (
        "security_guarantees",
        "NATO will not extend Article 5 guarantees to Ukraine.",
        "collective_defence",
        "denied",
        "not extend Article 5",
    ),
    (
        "security_guarantees",
        "The US refused to give Ukraine security guarantees.",
        "guarantees",
        "denied",
        "refused to give Ukraine security guarantees",
    ),
    (
        "membership_path",
        "Ukraine's future is not in NATO.",
        "open_door",
        "rejects",
        "future is not in NATO",
    ),
    (
        "membership_path",
        "The door to NATO is not open to Ukraine.",
        "open_door",
        "rejects",
        "door to NATO is not open",
    ),
    (
        "membership_path",
        "Ukraine is not going to join NATO.",
        "open_door",
        "rejects",
        "not going to join NATO",
    ),
    (
        "membership_path",
        "Ukraine won't become a NATO member soon, the official said.",
        "open_door",
        "rejects",
        "won't become a NATO member",
    ),
    (
        "membership_path",
        "Membership of NATO was not on the agenda.",
        "open_door",
        "rejects",
        "Membership of NATO was not on the agenda",
    ),
    (
        "membership_path",
        "NATO's door is closed to Ukraine.",
        "open_door",
        "rejects",
        "door is closed",
    ),
    (
        "membership_path",
        "There will be no membership for Ukraine.",
        "open_door",
        "rejects",
        "no membership for Ukraine",
    ),
    (
        "security_guarantees",
        "There will be no security guarantees without membership.",
        "guarantees",
        "rejects",
        "no security guarantees",
    ),
    (
        "membership_path",
        "The question is not whether Ukraine will join NATO, but when.",
        "will_join",
        "affirmed",
        "will join NATO",
    ),
    (
        "membership_path",
        "There is no doubt that Ukraine will become a member of NATO.",
        "will_join",
        "affirmed",
        "will become a member of NATO",
    ),
    (
        "membership_path",
        "There is no alternative to Ukraine's Euro-Atlantic integration.",
        "open_door",
        "affirmed",
        "Euro-Atlantic integration",
    ),
    (
        "membership_path",
        "Ukraine has never been closer to NATO.",
        "open_door",
        "affirmed",
        "closer to NATO",
    ),
    (
        "membership_path",
        "Ukraine cannot be secure without membership in NATO.",
        "open_door",
        "affirmed",
        "membership in NATO",
    ),
    (
        "membership_path",
        "Ukraine will never give up its aspirations to join NATO.",
        "open_door",
        "affirmed",
        "give up its aspirations to join",
    ),
    (
        "membership_path",
        "Russia did not attack, and NATO invited Ukraine to join.",
        "invitation",
        "affirmed",
        "invited Ukraine to join",
    ),
    (
        "membership_path",
        "NATO will not set a date for Kyiv this year, but its door remains open.",
        "open_door",
        "affirmed",
        "door remains open",
    ),
    (
        # refusing the invitation is what the sentence denies, above the open door
        "membership_path",
        "NATO will not invite Kyiv this year, but its door remains open.",
        "invitation",
        "denied",
        "not invite Kyiv",
    ),
    (
        "membership_path",
        "Ukraine is not yet a member of NATO but its future is in NATO.",
        "will_join",
        "affirmed",
        "future is in NATO",
    ),
    (
        "security_guarantees",
        "NATO rejected Russia's ultimatum and the UK signed a security agreement with Ukraine.",
        "bilateral",
        "affirmed",
        "signed a security agreement",
    ),
]


def reading(dims: Dimensions, dimension: str, sentence: str) -> tuple[str | None, str, str | None]:
    """The rung a sentence is about, whether it is affirmed, denied or rejected, and the cue."""
    hit = dims[dimension].scan(sentence)
    assert hit is not None
    dim = dims[dimension]
    if hit.position is not None and hit.rejects:
        return hit.position, "rejects", hit.position_cue
    if hit.denied is not None and (
        hit.position is None or dim.rank_of(hit.denied) > dim.rank_of(hit.position)
    ):
        return hit.denied, "denied", hit.denied_cue
    return hit.position, "affirmed", hit.position_cue


@pytest.mark.parametrize(("dimension", "sentence", "rung", "how", "cue"), NEGATION_CASES)
def test_local_negation_of_cues(
    dims: Dimensions, dimension: str, sentence: str, rung: str, how: str, cue: str
) -> None:
    assert reading(dims, dimension, sentence) == (rung, how, cue)
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


# Rejections that follow what they reject ("is impossible", "is off the table") and negators
# of support deny the rung they name; a rejection in another clause, or a negated one, does not.
@pytest.mark.parametrize(
    ("dimension", "sentence", "rung", "how"),
    [
        ("membership_path", "Ukraine's membership in NATO is impossible.", "open_door", "rejects"),
        (
            "membership_path",
            "Ukraine's membership in NATO is unrealistic.",
            "open_door",
            "rejects",
        ),
        (
            "membership_path",
            "Kyiv's membership in the Alliance is not realistic.",
            "open_door",
            "rejects",
        ),
        (
            "membership_path",
            "Ukraine's accession to NATO is not practical today.",
            "open_door",
            "rejects",
        ),
        (
            "membership_path",
            "Ukraine's membership in NATO is not on the table.",
            "open_door",
            "rejects",
        ),
        ("membership_path", "Accession to NATO remains off the table.", "open_door", "rejects"),
        (
            "membership_path",
            "Ukraine's future membership in NATO seems unrealistic.",
            "open_door",
            "rejects",
        ),
        (
            "membership_path",
            "NATO membership for Ukraine is not realistic.",
            "open_door",
            "rejects",
        ),
        (
            "membership_path",
            "It is impossible to invite Ukraine to join now.",
            "invitation",
            "denied",
        ),
        (
            "membership_path",
            "There is no consensus among Allies on inviting Ukraine to join NATO.",
            "invitation",
            "denied",
        ),
        (
            "membership_path",
            "The Allies stopped short of inviting Ukraine to join.",
            "invitation",
            "denied",
        ),
        (
            "membership_path",
            "The United States will not support NATO membership for Ukraine.",
            "open_door",
            "denied",
        ),
        (
            "membership_path",
            "Paris does not support an invitation to Ukraine to join NATO.",
            "invitation",
            "denied",
        ),
        ("membership_path", "Hungary opposes Ukraine's accession.", "open_door", "rejects"),
        (
            "membership_path",
            "The door is open, but membership is not realistic now.",
            "open_door",
            "affirmed",
        ),
        (
            "membership_path",
            "NATO has not ruled out inviting Ukraine to join.",
            "invitation",
            "affirmed",
        ),
        ("membership_path", "Membership in NATO is possible.", "open_door", "affirmed"),
        (
            "security_guarantees",
            "Article 5-like guarantees for Ukraine are unrealistic.",
            "collective_defence",
            "denied",
        ),
        (
            "security_guarantees",
            "We never said there were no guarantees.",
            "guarantees",
            "affirmed",
        ),
        ("membership_path", "It is not true that the door is closed.", "open_door", "affirmed"),
    ],
)
def test_rejections_beat_the_cues_they_reject(
    dims: Dimensions, dimension: str, sentence: str, rung: str, how: str
) -> None:
    assert reading(dims, dimension, sentence)[:2] == (rung, how)


def test_rejected_cue_reports_cue_and_predicate(dims: Dimensions) -> None:
    hit = dims["membership_path"].scan("Ukraine's membership in NATO is impossible.")
    assert hit is not None
    assert hit.position_cue == "membership in NATO is impossible"


@pytest.mark.parametrize(
    ("dimension", "sentence", "rung"),
    [
        ("security_guarantees", "We never said there were no guarantees.", "guarantees"),
        ("membership_path", "It is not true that the door is closed.", "open_door"),
    ],
)
def test_a_negated_rejection_is_no_rejection(
    dims: Dimensions, dimension: str, sentence: str, rung: str
) -> None:
    assert reading(dims, dimension, sentence)[:2] == (rung, "affirmed")


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
