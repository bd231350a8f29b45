from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nato_diff.corpus import Corpus, load_corpus
from nato_diff.extract.actors import Attribution, attribute

D = dt.date


# --- the seed documents --------------------------------------------------------------------------


def _who(seeds: Corpus, date: str, text: str) -> Attribution:
    """The attribution of the one sentence of the seed dated ``date`` that contains ``text``."""
    doc = seeds.find(date)
    hits = [i for i, s in enumerate(doc.sentences) if text in s]
    assert len(hits) == 1, f"{text!r} found in {len(hits)} sentences"
    return attribute(doc.sentences, date=doc.date)[hits[0]]


@pytest.mark.parametrize(
    ("date", "text", "speaker", "side", "how"),
    [
        # a quotation over four sentences, attributed at its end by a role phrase
        (
            "2024-04-29",
            "Ukraine will become a member of NATO.",
            "Jens Stoltenberg",
            "nato",
            "quote",
        ),
        (
            "2024-04-29",
            "The work we are doing now puts you on an irreversible path to membership in the "
            "Alliance.",
            "Jens Stoltenberg",
            "nato",
            "quote",
        ),
        (
            "2024-04-29",
            'NATO headquarters," reassured the Secretary General of the Alliance.',
            "Jens Stoltenberg",
            "nato",
            "quote",
        ),
        # "the President" resolves through "President of Ukraine Volodymyr Zelensky" named earlier
        (
            "2024-04-29",
            "Ukraine deserves an invitation to NATO.",
            "Volodymyr Zelenskyy",
            "ukraine",
            "quote",
        ),
        (
            "2024-04-29",
            "The head of state noted that",
            "Volodymyr Zelenskyy",
            "ukraine",
            "reported",
        ),
        (
            "2024-04-29",
            "He thanked all the leaders",
            "Volodymyr Zelenskyy",
            "ukraine",
            "carry_over",
        ),
        ("2024-04-29", "preparations for the NATO summit", None, None, "none"),
        # object, not speaker
        ("2024-04-29", "President Zelensky met with Jens Stoltenberg in Kyv", None, None, "none"),
        (
            "2023-09-28",
            "“First, we shortened your path to NATO from two to one step by removing the "
            "requirement for a Membership Action Plan,” he said.",
            "Jens Stoltenberg",
            "nato",
            "carry_over",
        ),
        (
            "2023-09-28",
            "“Ukrainians are fighting for their families, their future, their freedom; Moscow is "
            "fighting for imperial delusions,” said the Secretary General.",
            "Jens Stoltenberg",
            "nato",
            "quote",
        ),
        (
            "2023-09-28",
            "Mr Stoltenberg welcomed that all Allies have agreed that Ukraine will join NATO,",
            "Jens Stoltenberg",
            "nato",
            "reported",
        ),
        # a whole quotation without attribution right after one of his
        (
            "2023-09-28",
            "“Third, we strengthened our political ties",
            "Jens Stoltenberg",
            "nato",
            "carry_over",
        ),
        (
            "2023-09-28",
            "Peace at any price would be no peace at all.",
            "Jens Stoltenberg",
            "nato",
            "carry_over",
        ),
        # a quotation opened after "He concluded by saying:" and closed in the next sentence
        (
            "2023-09-28",
            "NATO will stand with Ukraine for as long as it takes.",
            "Jens Stoltenberg",
            "nato",
            "carry_over",
        ),
        ("2023-09-28", "the Secretary General laid a wreath", None, None, "none"),
        ("2021-02-25", "Our immediate goal is MAP.", "Volodymyr Zelenskyy", "ukraine", "quote"),
        (
            "2021-02-25",
            "The Secretary General of the Alliance noted that the Organization will make efforts "
            "to increase its presence in the Black Sea, and has already begun to do so.",
            "Jens Stoltenberg",
            "nato",
            "reported",
        ),
        (
            "2021-02-25",
            "The President stressed the importance of cooperation with NATO to maintain security "
            "in the Black Sea.",
            "Volodymyr Zelenskyy",
            "ukraine",
            "reported",
        ),
        (
            "2021-02-25",
            "He stressed that both NATO and Allies should increase",
            "Jens Stoltenberg",
            "nato",
            "carry_over",
        ),
        ("2021-02-25", "The parties praised the cooperation", None, None, "none"),
        (
            "2023-04-20",
            "NATO Secretary General also added that since February 2022, NATO allies provided "
            "Ukraine with more than €150 billion in support, including €65 billion in military "
            "aid.",
            "Jens Stoltenberg",
            "nato",
            "reported",
        ),
        (
            "2023-04-20",
            "In particular, President Zelenskyy emphasized that these security guarantees do not "
            "in any way replace or delay Ukraine’s membership in NATO,",
            "Volodymyr Zelenskyy",
            "ukraine",
            "reported",
        ),
        (
            "2023-04-20",
            "Providing security guarantees to Ukraine while the country is on the path to joining "
            "NATO was also discussed.",
            None,
            None,
            "none",
        ),
        # the closing quote mark is missing: "…ambitious decisions,said President Zelenskyy."
        (
            "2023-04-20",
            "a chapter of ambitious decisions,said President Zelenskyy.",
            "Volodymyr Zelenskyy",
            "ukraine",
            "quote",
        ),
        ("2023-04-20", "“Earlier today, I visited Bucha.", "Jens Stoltenberg", "nato", "quote"),
        # a role phrase naming the post precisely, two years before the document's other speakers
        (
            "2021-03-11",
            "I am convinced that the security of NATO and Ukraine",
            "Olha Stefanishyna",
            "ukraine",
            "quote",
        ),
        ("2021-03-11", ", says Olha Stefanishyna", "Olha Stefanishyna", "ukraine", "reported"),
    ],
)
def test_seed_speakers(
    seeds: Corpus, date: str, text: str, speaker: str | None, side: str | None, how: str
) -> None:
    got = _who(seeds, date, text)
    assert (got.speaker, got.side, got.how) == (speaker, side, how)


def test_seed_cues_are_the_attributing_words(seeds: Corpus) -> None:
    assert _who(seeds, "2024-04-29", "Ukraine deserves an invitation").cue == (
        "emphasized the President"
    )
    assert _who(seeds, "2024-04-29", "Ukraine will become a member").cue == (
        "reassured the Secretary General of the Alliance"
    )
    assert _who(seeds, "2024-04-29", "stabilizing the front line").cue == "said Volodymyr Zelensky"
    assert _who(seeds, "2023-09-28", "“First, we shortened").cue == "he said"


def test_narration_has_nothing(seeds: Corpus) -> None:
    got = _who(seeds, "2023-04-20", "Providing security guarantees to Ukraine")
    assert got == Attribution(None, None, None, None, "none")


def test_one_attribution_per_sentence(seeds: Corpus) -> None:
    for doc in seeds:
        got = attribute(doc.sentences, date=doc.date)
        assert len(got) == len(doc.sentences)
        assert all(isinstance(a, Attribution) for a in got)


def test_every_seed_speaker_is_known(seeds: Corpus) -> None:
    speakers = {
        a.actor_id
        for doc in seeds
        for a in attribute(doc.sentences, date=doc.date)
        if a.speaker is not None
    }
    assert speakers == {"zelenskyy", "stoltenberg", "stefanishyna"}


# --- attribution rules on small texts ------------------------------------------------------------


def _speakers(sentences: list[str], day: dt.date) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.side, a.how) for a in attribute(sentences, date=day)]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["“We will not give up,” said Olha Ivanenko."], [("Olha Ivanenko", None, "quote")]),
        (["Olha Ivanenko noted that the talks went well."], [("Olha Ivanenko", None, "reported")]),
        (
            ["Lieutenant General Roger Smith said NATO was ready."],
            [("Roger Smith", None, "reported")],
        ),
        (["“It is time,” Smith told reporters."], [("Smith", None, "quote")]),
        (["The Ministry said the talks failed."], [(None, None, "none")]),
        (["Many Allies noted the progress."], [("individual Allies", "ally", "reported")]),
        (["Zelensky met with Jens Stoltenberg in Kyiv."], [(None, None, "none")]),
        (["The so-called referendum was called illegal."], [(None, None, "none")]),
        (
            ["Ms Lee said the talks went well.", "She added that more help is coming."],
            [("Ms Lee", None, "reported"), ("Ms Lee", None, "carry_over")],
        ),
        (
            ['"We are ready.', 'We will join," Zelenskiy said.', '"It is time."'],
            [("Volodymyr Zelenskyy", "ukraine", "quote")] * 2
            + [("Volodymyr Zelenskyy", "ukraine", "carry_over")],
        ),
        (
            ["Rutte stressed: “We are ready.", "We will stay.”", "Talks went on."],
            [("Mark Rutte", "ally", "reported")] * 2 + [(None, None, "none")],
        ),
        (
            ["Joe Biden spoke with Volodymyr Zelensky.", "The President said Ukraine will win."],
            [("Joe Biden", "ally", "reported"), ("Volodymyr Zelenskyy", "ukraine", "reported")],
        ),
        (
            ["Zelensky called Joe Biden.", "“We stand with you,” the President said."],
            [("Volodymyr Zelenskyy", "ukraine", "reported"), ("Joe Biden", "ally", "quote")],
        ),
        # generic phrase with nobody named: kept as written, no side
        (["The President said Ukraine will win."], [("The President", None, "reported")]),
        (
            ["“NATO is strong,” said the Secretary General."],
            [("Jens Stoltenberg", "nato", "quote")],
        ),
        (
            ["According to Dmytro Kuleba, the decision is historic."],
            [("Dmytro Kuleba", "ukraine", "reported")],
        ),
        (
            ["Ukraine's Foreign Minister Dmytro Kuleba stated that the door is open."],
            [("Dmytro Kuleba", "ukraine", "reported")],
        ),
        (
            ["Jens Stoltenberg, in his turn, noted that NATO is united."],
            [("Jens Stoltenberg", "nato", "reported")],
        ),
        (["“This is a ‘historic’ day,” Mr. Blinken said."], [("Antony Blinken", "ally", "quote")]),
        # scare quotes are not a quotation carried over from the previous speaker
        (
            ["“We are ready,” said Rutte.", "They met in the “Ramstein” format."],
            [("Mark Rutte", "ally", "quote"), (None, None, "none")],
        ),
        # a pronoun with no speaker before it takes the first person named in the latest sentence
        (
            ["Jens Stoltenberg visited Kyiv.", "He said NATO stands with Ukraine."],
            [(None, None, "none"), ("Jens Stoltenberg", "nato", "carry_over")],
        ),
        (["He said NATO stands with Ukraine."], [(None, None, "none")]),
        # a stray opening quote does not swallow the rest of the document
        (
            ['He called it "historic.'] + ["Talks went on."] * 13 + ["Ok,” said Rutte."],
            [(None, None, "none")] * 14 + [("Mark Rutte", "ally", "quote")],
        ),
    ],
)
def test_attribution_rules(
    sentences: list[str], expected: list[tuple[str | None, str | None, str]]
) -> None:
    # Biden is President and Kuleba Foreign Minister on this day; Mark Rutte is Dutch Prime
    # Minister (side "ally"), and the Secretary General is Stoltenberg.
    assert _speakers(sentences, D(2022, 6, 1)) == expected


def test_empty_document() -> None:
    assert attribute([], date=D(2024, 1, 1)) == []


# --- realistic documents, as an analyst would load them ------------------------------------------


_TRANSCRIPT = """\
Joint press conference by NATO Secretary General Jens Stoltenberg and the President of Ukraine Volodymyr Zelenskyy

20 Apr. 2023

Jens Stoltenberg (NATO Secretary General): Good afternoon. Ukraine's rightful place is in the Euro-Atlantic family. Ukraine's rightful place is in NATO.

Volodymyr Zelenskyy (President of Ukraine): Thank you, Jens. Ukraine deserves an invitation to join NATO at the Vilnius summit.

Moderator: Next question, Reuters.

Question [Reuters]: Will Ukraine be invited to join NATO in Vilnius?

Jens Stoltenberg (NATO Secretary General): The main focus now is to ensure that Ukraine prevails. The door remains open.

NATO Spokesperson Oana Lungescu: Thank you.
"""  # noqa: E501 - paragraphs are one line each, as published


_COMMUNIQUE = """\
Vilnius Summit Communiqué
Issued by NATO Heads of State and Government participating in the meeting of the North Atlantic Council in Vilnius 11 July 2023.

11 Jul. 2023 - Press Release (2023) 001
Issued on 11 Jul. 2023

1. We, the Heads of State and Government of the North Atlantic Alliance, have met in Vilnius at a critical time for our security and for international peace and stability.

2. Russia's war of aggression against Ukraine has shattered peace and stability in the Euro-Atlantic area and gravely undermined global security. We condemn in the strongest possible terms Russia's illegal annexation of Crimea in 2014.

11. We fully support Ukraine's right to choose its own security arrangements. Ukraine's future is in NATO. We reaffirm the commitment we made at the 2008 Summit in Bucharest that Ukraine will become a member of NATO, and today we recognise that Ukraine's path to full Euro-Atlantic integration has moved beyond the need for the Membership Action Plan.

13. Allies have provided unprecedented support. Allies will continue to give Ukraine the support it needs for as long as it takes.
"""  # noqa: E501 - paragraphs are one line each, as published


_PRESSER = """\
Press conference by NATO Secretary General Mark Rutte following the meeting of NATO Ministers of Defence

13 Feb. 2025

Good afternoon.

We have just concluded a productive meeting of NATO Defence Ministers. Allies agreed that we must spend considerably more than 2% of GDP on defence.

Ukraine's path to NATO is irreversible.

Q: Secretary General, President Trump's Secretary of Defense said that NATO membership for Ukraine is not a realistic outcome of a negotiated settlement. Do you agree?

A: I never said that membership was promised as part of a peace deal. What the Secretary General has always said is that the door remains open.

The Secretary General said he expected the Allies to agree a new higher target at the Hague Summit in June.
"""  # noqa: E501 - paragraphs are one line each, as published


def _document(tmp_path: Path, name: str, text: str) -> tuple[list[str], list[Attribution]]:
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = load_corpus(path)
    return list(doc.sentences), attribute(doc.sentences, date=doc.date)


def _by_text(sentences: list[str], got: list[Attribution], text: str) -> Attribution:
    hits = [a for s, a in zip(sentences, got, strict=True) if text in s]
    assert len(hits) == 1, f"{text!r} found {len(hits)} times"
    return hits[0]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "transcript",
            _TRANSCRIPT,
            {
                "Joint press conference by": (None, None, "none"),
                "Good afternoon.": ("Jens Stoltenberg", "nato", "quote"),
                "in the Euro-Atlantic family": ("Jens Stoltenberg", "nato", "carry_over"),
                "Thank you, Jens.": ("Volodymyr Zelenskyy", "ukraine", "quote"),
                "Ukraine deserves an invitation": ("Volodymyr Zelenskyy", "ukraine", "carry_over"),
                "Next question": ("Question", None, "quote"),
                "Will Ukraine be invited": ("Question", None, "quote"),
                "The door remains open.": ("Jens Stoltenberg", "nato", "carry_over"),
                "Oana Lungescu: Thank you.": ("Oana Lungescu", "nato", "quote"),
            },
        ),
        (
            "communique",
            _COMMUNIQUE,
            {
                "Vilnius Summit Communiqué": (None, None, "none"),
                "We, the Heads of State": ("NATO", "nato", "quote"),
                "shattered peace": ("NATO", "nato", "carry_over"),
                "We fully support": ("NATO", "nato", "carry_over"),
                "Ukraine's future is in NATO.": ("NATO", "nato", "carry_over"),
                "Allies have provided": ("NATO", "nato", "carry_over"),
            },
        ),
        (
            "presser",
            _PRESSER,
            {
                "Press conference by": (None, None, "none"),
                "Good afternoon.": ("Mark Rutte", "nato", "carry_over"),
                "We have just concluded": ("Mark Rutte", "nato", "carry_over"),
                "Allies agreed that": ("NATO", "nato", "reported"),
                "path to NATO is irreversible": ("Mark Rutte", "nato", "carry_over"),
                "Q: Secretary General": ("Question", None, "quote"),
                "Do you agree?": ("Question", None, "carry_over"),
                "A: I never said": ("Mark Rutte", "nato", "quote"),
                "has always said": ("Mark Rutte", "nato", "carry_over"),
                "he expected the Allies": ("Mark Rutte", "nato", "reported"),
            },
        ),
    ],
)
def test_realistic_documents(
    tmp_path: Path, name: str, text: str, expected: dict[str, tuple[str | None, str | None, str]]
) -> None:
    sentences, got = _document(tmp_path, name, text)
    for fragment, want in expected.items():
        a = _by_text(sentences, got, fragment)
        assert (a.speaker, a.side, a.how) == want, fragment
