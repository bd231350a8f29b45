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
