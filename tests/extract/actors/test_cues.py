from __future__ import annotations

import datetime as dt

import pytest

from nato_diff.corpus import Corpus
from nato_diff.extract.actors import attribute

D = dt.date


# --- phrasing between speaker and verb; side words before names ----------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "side", "cue"),
    [
        (
            "Stoltenberg on Tuesday said Ukraine will become a member.",
            "Jens Stoltenberg",
            "nato",
            "Stoltenberg on Tuesday said",
        ),
        (
            "NATO chief Jens Stoltenberg on Tuesday said Ukraine will become a member.",
            "Jens Stoltenberg",
            "nato",
            "NATO chief Jens Stoltenberg on Tuesday said",
        ),
        (
            "Zelensky has said Ukraine deserves an invitation.",
            "Volodymyr Zelenskyy",
            "ukraine",
            "Zelensky has said",
        ),
        (
            "Zelensky has repeatedly said Ukraine deserves an invitation.",
            "Volodymyr Zelenskyy",
            "ukraine",
            "Zelensky has repeatedly said",
        ),
        (
            "Zelensky had earlier said Ukraine deserves an invitation.",
            "Volodymyr Zelenskyy",
            "ukraine",
            "Zelensky had earlier said",
        ),
        (
            "Zelenskiy told reporters that Ukraine is ready.",
            "Volodymyr Zelenskyy",
            "ukraine",
            "Zelenskiy told",
        ),
        (
            "Zelensky said on Tuesday that Ukraine is ready.",
            "Volodymyr Zelenskyy",
            "ukraine",
            "Zelensky said",
        ),
        (
            "Zelensky wrote on Telegram that Ukraine is ready.",
            "Volodymyr Zelenskyy",
            "ukraine",
            "Zelensky wrote",
        ),
        (
            "Zelensky wrote on X that Ukraine is ready.",
            "Volodymyr Zelenskyy",
            "ukraine",
            "Zelensky wrote",
        ),
        (
            "Lavrov on Thursday evening warned that NATO was a threat.",
            "Sergey Lavrov",
            "russia",
            "Lavrov on Thursday evening warned",
        ),
        (
            "The Kremlin in a statement on 14 June said NATO was a threat.",
            "Kremlin",
            "russia",
            "The Kremlin in a statement on 14 June said",
        ),
        (
            "Ukraine will join NATO, Zelensky said on Tuesday.",
            "Volodymyr Zelenskyy",
            "ukraine",
            "Zelensky said on Tuesday",
        ),
        # titles and side words before a known name
        (
            "Ukrainian Deputy Prime Minister Olha Stefanishyna said reforms continue.",
            "Olha Stefanishyna",
            "ukraine",
            "Ukrainian Deputy Prime Minister Olha Stefanishyna said",
        ),
        (
            "Dutch Prime Minister Mark Rutte said the Netherlands would send jets.",
            "Mark Rutte",
            "ally",
            "Dutch Prime Minister Mark Rutte said",
        ),
        # unknown people get their side from the side word, role or appositive
        (
            "Russian Deputy Foreign Minister Sergei Ryabkov said the talks failed.",
            "Sergei Ryabkov",
            "russia",
            "Russian Deputy Foreign Minister Sergei Ryabkov said",
        ),
        (
            "NATO spokesperson Farah Dakhlallah said Allies are united.",
            "Farah Dakhlallah",
            "nato",
            "NATO spokesperson Farah Dakhlallah said",
        ),
        (
            "“We are united,” NATO spokesperson Farah Dakhlallah said on Monday.",
            "Farah Dakhlallah",
            "nato",
            "NATO spokesperson Farah Dakhlallah said",
        ),
        (
            "Russian Defence Ministry spokesman Igor Konashenkov said the attack failed.",
            "Igor Konashenkov",
            "russia",
            "Russian Defence Ministry spokesman Igor Konashenkov said",
        ),
        (
            "Andriy Yermak, head of the Presidential Office, said Ukraine needs guarantees.",
            "Andriy Yermak",
            "ukraine",
            "Andriy Yermak, head of the Presidential Office, said",
        ),
        (
            "Foreign Minister Jane Doe said the talks failed.",
            "Jane Doe",
            None,
            "Foreign Minister Jane Doe said",
        ),
    ],
)
def test_phrasing_and_side_words(sentence: str, speaker: str, side: str | None, cue: str) -> None:
    (got,) = attribute([sentence], date=D(2023, 2, 21))
    assert (got.speaker, got.side, got.cue) == (speaker, side, cue)
    assert got.how in ("reported", "quote")


# --- numbered paragraphs -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "side"),
    [
        ("5. The European Council recalls that aid continues.", "European Council", "eu"),
        ("23. NATO welcomes the aspirations of Ukraine.", "NATO", "nato"),
        ("(5) Allies reaffirm their support.", "NATO", "nato"),
        ("IV. The European Council condemns the attack.", "European Council", "eu"),
    ],
)
def test_numbered_paragraphs(sentence: str, speaker: str, side: str) -> None:
    (got,) = attribute([sentence], date=D(2024, 2, 1))
    assert (got.speaker, got.side, got.how) == (speaker, side, "reported")


# --- the word tests before the cue patterns never change an attribution -------------------------


def test_skipping_cues_whose_words_are_missing_changes_no_attribution(seeds: Corpus) -> None:
    import copy
    from dataclasses import replace

    from nato_diff.extract.actors import load_actors

    actors = load_actors()
    cues = actors._patterns.cues
    assert cues.verb_first is not None and "said" in cues.verb_first
    assert cues.source_words == (("according", "to"), ("in", "the", "words", "of"))
    untested = copy.copy(actors)
    untested._patterns = replace(
        actors._patterns, cues=replace(cues, verb_first=None, source_words=None)
    )
    extra = [
        "The weapons arrived in spring, according to the Ukrainian Defence Ministry.",
        "In the words of Jens Stoltenberg, the door is open.",
        "Within the words of the treaty, in short, nobody spoke - Jens Stoltenberg",
        "The talks continued in Brussels – NATO Secretary General Jens Stoltenberg",
        "“We will stand with Ukraine,” Stoltenberg SAID in Vilnius.",
    ]
    n = 0
    for doc in seeds:
        for sentences in (doc.sentences, [s.lower() for s in doc.sentences], extra):
            fast = attribute(sentences, date=doc.date, actors=actors)
            slow = attribute(sentences, date=doc.date, actors=untested)
            assert fast == slow
            n += sum(a.speaker is not None for a in fast)
    assert n > 50
