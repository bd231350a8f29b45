from __future__ import annotations

from pathlib import Path

import pytest

from nato_diff.corpus import Corpus
from nato_diff.errors import DimensionError
from nato_diff.extract.modality import Modality, load_modality_rules, modality

# (sentence, modality, conditional, negated)
CASES = [
    # seed sentences
    (
        "In particular, President Zelenskyy emphasized that these security guarantees do not in "
        "any way replace or delay Ukraine’s membership in NATO, and together they will continue "
        "to uphold peace throughout Europe and the world in the future.",
        "commitment",
        False,
        True,
    ),
    (
        "When the time is right, Ukraine will be able to become a NATO member immediately.",
        "commitment",
        True,
        False,
    ),
    ("Ukraine will become a member of NATO.", "commitment", False, False),
    # "or not" offers an alternative; it negates nothing
    ("It can be a moment of strength for the Alliance or not.", "hedge", False, False),
    (
        "Russia could lay down arms and end its war today; Ukraine does not have that option",
        "hedge",
        False,
        True,
    ),
    (
        "Ukraine’s surrender would not mean peace, it would mean brutal Russian occupation.",
        "hedge",
        False,
        True,
    ),
    ("Peace at any price would be no peace at all.", "hedge", False, True),
    (
        "Mr Stoltenberg welcomed that all Allies have agreed that Ukraine will join NATO, and "
        "pointed to three historic decisions taken at the Vilnius Summit to help make this a "
        "reality.",
        "commitment",
        False,
        False,
    ),
    (
        "Providing security guarantees to Ukraine while the country is on the path to joining "
        "NATO was also discussed.",
        None,
        False,
        False,
    ),
    # conditions
    ("If Russia stops, peace will return.", "commitment", True, False),
    ("Ukraine will join once all Allies agree and conditions are met.", "commitment", True, False),
    (
        "An invitation will follow when Allies agree and conditions are met.",
        "commitment",
        True,
        False,
    ),
    ("Ukraine can join as soon as the war ends.", None, True, False),
    ("Aid will flow provided that reforms continue.", "commitment", True, False),
    ("No deal unless Russia withdraws.", None, True, True),
    ("Once again, Allies met in Brussels.", None, False, False),  # "once" alone sets no condition
    ("Deliveries must arrive as soon as possible.", "commitment", False, False),
    ("He spoke as if nothing had happened.", None, False, True),
    # word boundaries
    ("The notion of a gift was raised.", None, False, False),
    ("Talks resumed in May.", None, False, False),  # the month, not the modal
    ("Allies may decide in July.", "hedge", False, False),
    ("Political will is what matters.", None, False, False),
    # negation forms
    ("NATO is no longer a passive observer.", None, False, True),
    ("Neither Kyiv nor Moscow commented.", None, False, True),
    ("We won’t stop.", "commitment", False, True),
    ("Allies never doubted it.", None, False, True),
    ("NATO supports not only Ukraine but the region.", None, False, False),
    ("Item No. 5 was adopted.", None, False, False),
    # precedence: a hedge wins over a commitment in the same sentence
    ("Ukraine will hopefully join, and allies should help.", "hedge", False, False),
    ("Allies pledged more support.", "commitment", False, False),
    ("We hope to see progress.", "hedge", False, False),
    ("", None, False, False),
]


@pytest.mark.parametrize(("sentence", "kind", "conditional", "negated"), CASES)
def test_modality(sentence: str, kind: str | None, conditional: bool, negated: bool) -> None:
    got = modality(sentence)
    assert (got.modality, got.conditional, got.negated) == (kind, conditional, negated)


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("Ukraine will become a member of NATO.", ("will",)),
        (
            "When the time is right, Ukraine will be able to become a NATO member immediately.",
            ("When the time is right", "will"),
        ),
        (
            "Russia could lay down arms and end its war today; Ukraine does not have that option",
            ("could", "not"),
        ),
        ("We don't know if they’ll come.", ("don't", "if", "they’ll")),
        ("", ()),
    ],
)
def test_cues_in_sentence_order(sentence: str, cues: tuple[str, ...]) -> None:
    assert modality(sentence).cues == cues


def test_every_seed_sentence_gets_a_modality(seeds: Corpus) -> None:
    kinds = [modality(s).modality for d in seeds for s in d.sentences]
    assert kinds.count("commitment") > 0 and kinds.count("hedge") > 0
    assert all(isinstance(modality(s), Modality) for s in seeds.find("2024-04-29").sentences)


def test_builtin_rules_are_cached() -> None:
    assert load_modality_rules() is load_modality_rules()
    assert load_modality_rules().precedence == ("hedge", "commitment")


MINIMAL = """
precedence: [commitment, hedge]
commitment: {words: [will]}
hedge: {words: [could]}
negation: {words: [not]}
conditional: {words: [if]}
"""


def test_user_file_and_precedence(tmp_path: Path) -> None:
    path = tmp_path / "cues.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    rules = load_modality_rules(path)
    got = modality("It could happen, and it will.", rules=rules)
    assert got.modality == "commitment"
    assert modality("It could happen, and it will.").modality == "hedge"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (MINIMAL + "colour: red\n", "top level: unknown key(s) ['colour']"),
        (
            MINIMAL.replace("{words: [will]}", "{words: [will], tone: firm}"),
            "commitment: unknown key(s) ['tone']",
        ),
        (MINIMAL.replace("conditional: {words: [if]}\n", ""), "conditional: missing"),
        (MINIMAL.replace("[not]", "[not, no]"), "negation.words[1]: must be a non-empty string"),
        (
            MINIMAL.replace("{words: [if]}", "{patterns: ['(if']}"),
            "conditional.patterns[0]: bad regular expression",
        ),
        (
            MINIMAL.replace("[commitment, hedge]", "[hedge]"),
            "precedence: must list commitment and hedge",
        ),
        (MINIMAL.replace("{words: [could]}", "{words: []}"), "hedge: needs at least one word"),
        (MINIMAL.replace("[could]", "['5 percent']"), "does not start with a letter"),
        ("commitment: [\n", "invalid YAML"),
    ],
)
def test_invalid_files_name_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "cues.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DimensionError) as info:
        load_modality_rules(path)
    assert "cues.yaml" in str(info.value)
    assert message in str(info.value)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # nouns name commitments without making one
        ("The options range from bilateral arms commitments to an Article 5-like pledge.", None),
        ("Security guarantees are needed.", None),
        ("Allies made new pledges to Ukraine.", None),
        ("A pledge to defend Ukraine was made.", None),
        # verb forms commit
        ("We pledge to support Ukraine.", "commitment"),
        ("Germany pledged €5 billion.", "commitment"),
        ("NATO commits to Ukraine's defence.", "commitment"),
        ("They guarantee Ukraine's security.", "commitment"),
        ("The treaty guarantees that members defend each other.", "commitment"),
        # "possible" as an intensifier hedges nothing
        ("The Council condemns in the strongest possible terms the attack.", None),
        ("Ukraine must be in the strongest possible position.", "commitment"),
        ("Ukraine needs the best possible position.", None),
        ("Deliveries will arrive as soon as possible.", "commitment"),
        # likelihood hedges
        ("An Article 5-style guarantee is the least likely outcome.", "hedge"),
        ("Membership is unlikely this year.", "hedge"),
    ],
)
def test_verbs_commit_nouns_do_not(sentence: str, expected: str | None) -> None:
    assert modality(sentence).modality == expected
