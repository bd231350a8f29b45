"""Sentence splitting on the seeds and on hand-written cases."""

from __future__ import annotations

import pytest

from nato_diff.corpus import Corpus
from nato_diff.corpus.sentences import split_sentences

from ..conftest import SEED_IDS


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr Stoltenberg spoke. Mr. Smith agreed.",
            ["Mr Stoltenberg spoke.", "Mr. Smith agreed."],
        ),
        (
            "Training for F-16 pilots began. It is key.",
            ["Training for F-16 pilots began.", "It is key."],
        ),
        (
            "Artillery of 155 caliber is needed. Now.",
            ["Artillery of 155 caliber is needed.", "Now."],
        ),
        (
            "Allies gave €65 billion. Also €1.5 bn more.",
            ["Allies gave €65 billion.", "Also €1.5 bn more."],
        ),
        (
            "“We will help. It is time,” said Ms Lee. Talks went on.",
            ["“We will help.", "It is time,” said Ms Lee.", "Talks went on."],
        ),
        (
            "“Ukraine will join NATO.” Stoltenberg said. Leaders met.",
            ["“Ukraine will join NATO.” Stoltenberg said.", "Leaders met."],
        ),
        (
            "Heading without stop\nFirst sentence here.",
            ["Heading without stop", "First sentence here."],
        ),
        ("• first item,\n• second item.", ["first item,", "second item."]),
        (
            "Moscow is fighting; Kyiv is defending. End.",
            ["Moscow is fighting; Kyiv is defending.", "End."],
        ),
        (
            "The U.S. and the U.K. agreed. J. Smith said so.",
            ["The U.S. and the U.K. agreed.", "J. Smith said so."],
        ),
        (
            "a line that was\nhard-wrapped in the middle.",
            ["a line that was hard-wrapped in the middle."],
        ),
        (
            "1. We, the Heads of State, met. 2. We agreed.",
            ["1. We, the Heads of State, met.", "2. We agreed."],
        ),
        ("", []),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert list(split_sentences(text)) == expected


def test_seed_sentences_are_whole(seeds: Corpus) -> None:
    every = [s for doc in seeds for s in doc.sentences]
    for s in every:
        # no sentence starts in the middle of a name, a number or an attribution
        assert not s.startswith(("Stoltenberg", "16 ", "65 billion", "said", "he said")), s
    # only the items of the one bulleted list start in lower case
    lower = [s.split()[0] for s in every if s[0].islower()]
    assert lower == ["faster", "maximum", "exchange", "appointment"]
    assert "Mr Stoltenberg paid tribute" in next(s for s in every if "paid tribute" in s)


def test_quotation_sentences_and_attributions(seeds: Corpus) -> None:
    sents = seeds[SEED_IDS["2021-02-25"]].sentences
    assert "Our immediate goal is MAP." in sents
    assert (
        "We are serious about the reforms, as they are first of all enhancing our defense "
        "sector,” Volodymyr Zelenskyy said."
    ) in sents
    later = seeds[SEED_IDS["2024-04-29"]].sentences
    assert "Ukraine will become a member of NATO." in [s.lstrip('"') for s in later]
    assert any(s.endswith("reassured the Secretary General of the Alliance.") for s in later)
    money = seeds[SEED_IDS["2023-04-20"]].sentences[-1]
    assert money.endswith("including €65 billion in military aid.")
    assert "F-16 pilots." in " ".join(seeds[SEED_IDS["2023-09-28"]].sentences)


def test_bullet_list_items_are_sentences(seeds: Corpus) -> None:
    sents = seeds[SEED_IDS["2021-03-11"]].sentences
    assert any(s.startswith("faster achievement of interoperability") for s in sents)
    assert any(s.startswith("appointment of Ukrainian representatives") for s in sents)


def test_seed_sentence_counts(seeds: Corpus) -> None:
    assert [len(d.sentences) for d in seeds] == [30, 19, 17, 25, 24]
