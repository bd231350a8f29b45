from __future__ import annotations

import datetime as dt

import pytest

from nato_diff.extract.actors import attribute

D = dt.date


def _speakers(sentences: list[str], day: dt.date) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.side, a.how) for a in attribute(sentences, date=day)]


# --- transcripts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "day", "expected"),
    [
        (
            [
                "Jens Stoltenberg (NATO Secretary General): Good afternoon.",
                "Ukraine's rightful place is in NATO.",
                "Volodymyr Zelenskyy (President of Ukraine): Thank you, Jens.",
                "We deserve an invitation.",
                "Moderator: Next question.",
                "Question [Reuters]: Will Ukraine be invited?",
                "Stoltenberg: The door remains open.",
                "NATO Spokesperson Oana Lungescu: Thank you.",
            ],
            D(2023, 4, 20),
            [
                ("Jens Stoltenberg", "nato", "quote"),
                ("Jens Stoltenberg", "nato", "carry_over"),
                ("Volodymyr Zelenskyy", "ukraine", "quote"),
                ("Volodymyr Zelenskyy", "ukraine", "carry_over"),
                ("Question", None, "quote"),
                ("Question", None, "quote"),
                ("Jens Stoltenberg", "nato", "quote"),
                ("Oana Lungescu", "nato", "quote"),
            ],
        ),
        # answers go to the speaker the heading names
        (
            [
                "Press conference by NATO Secretary General Mark Rutte",
                "Good afternoon.",
                "Q: Will Ukraine join NATO?",
                "Do you agree?",
                "A: The door is open.",
                "That is for Allies to decide.",
                "MODERATOR: Thank you.",
            ],
            D(2025, 2, 13),
            [
                (None, None, "none"),
                ("Mark Rutte", "nato", "carry_over"),
                ("Question", None, "quote"),
                ("Question", None, "carry_over"),
                ("Mark Rutte", "nato", "quote"),
                ("Mark Rutte", "nato", "carry_over"),
                ("Question", None, "quote"),
            ],
        ),
        # ... or to the last person who spoke before
        (
            ["Rutte said.", "Q: Will Ukraine join NATO?", "Answer: Its path is irreversible."],
            D(2025, 2, 13),
            [
                ("Mark Rutte", "nato", "reported"),
                ("Question", None, "quote"),
                ("Mark Rutte", "nato", "quote"),
            ],
        ),
        # with nobody named, an answer has an anonymous speaker
        (
            ["Q: Will Ukraine join NATO?", "A: One day."],
            D(2025, 2, 13),
            [("Question", None, "quote"), ("Answer", None, "quote")],
        ),
        # a lone label is a headline: it covers its own line only
        (
            ["Rutte: Ukraine's path to NATO is irreversible", "Russian missiles struck Kyiv."],
            D(2025, 6, 24),
            [("Mark Rutte", "nato", "quote"), (None, None, "none")],
        ),
        (
            ["Volodymyr Zelenskyy in Vilnius: We are grateful to our partners"],
            D(2023, 7, 11),
            [("Volodymyr Zelenskyy", "ukraine", "quote")],
        ),
        (
            ["Mark Rutte: Thank you.", "Ukraine's path is irreversible."],
            D(2025, 2, 13),
            [("Mark Rutte", "nato", "quote"), (None, None, "none")],
        ),
    ],
)
def test_transcripts(
    sentences: list[str], day: dt.date, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert _speakers(sentences, day) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Tags: NATO, Vilnius Summit, security guarantees",
        "From: Prime Minister's Office, 10 Downing Street",
        "Key Facts: 32 Allies meet the target.",
        "Germany: €10 billion in military aid.",
        "KYIV: Russian missiles struck the capital overnight.",
        "He concluded by saying: “Ukraine's future is in NATO.”",
        "Note: figures are rounded.",
    ],
)
def test_lines_that_are_no_labels(line: str) -> None:
    (got,) = attribute([line, "Q: Is that all?"], date=D(2024, 1, 1))[:1]
    assert got.speaker is None


def test_label_cue() -> None:
    got = attribute(
        ["Jens Stoltenberg (NATO Secretary General): Good afternoon.", "Welcome.", "Q: Why?"],
        date=D(2023, 4, 20),
    )
    assert [a.cue for a in got] == ["Jens Stoltenberg (NATO Secretary General):"] * 2 + ["Q:"]


# --- labels in capitals --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "day", "expected"),
    [
        (
            ["INTERVIEWER: Are you ready?", "ZELENSKYY: We are ready.", "We need weapons."],
            D(2024, 11, 29),
            [
                ("Question", None, "quote"),
                ("Volodymyr Zelenskyy", "ukraine", "quote"),
                ("Volodymyr Zelenskyy", "ukraine", "carry_over"),
            ],
        ),
        (
            [
                "HOST: Welcome.",
                "STOLTENBERG: Thank you.",
                "JOHN SMITH: I disagree.",
                "It is late.",
            ],
            D(2020, 1, 1),
            [
                ("Question", None, "quote"),
                ("Jens Stoltenberg", "nato", "quote"),
                ("JOHN SMITH", None, "quote"),
                ("JOHN SMITH", None, "carry_over"),
            ],
        ),
        (  # an unknown label naming nobody ends the turn
            ["Q: Why?", "Mark Rutte: Because.", "We decided.", "Photo: the summit hall."],
            D(2025, 2, 1),
            [
                ("Question", None, "quote"),
                ("Mark Rutte", "nato", "quote"),
                ("Mark Rutte", "nato", "carry_over"),
                (None, None, "none"),
            ],
        ),
        (
            ["MODERATOR: Minister?", "JOURNALIST: And Crimea?", "REPORTER: Thank you."],
            D(2024, 1, 1),
            [("Question", None, "quote")] * 3,
        ),
    ],
)
def test_labels_in_capitals(
    sentences: list[str], day: dt.date, expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert _speakers(sentences, day) == expected


# --- the voice of a document: declarations and headings ------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            [
                "Summit Declaration",
                "1. We, the Heads of State and Government of the member countries of the North "
                "Atlantic Alliance, have gathered in Washington.",
                "Russia remains the most significant threat.",
                "We reaffirm our commitment to Ukraine.",
                "Allies will keep supporting Ukraine.",
            ],
            [(None, None, "none"), ("NATO", "nato", "quote")]
            + [("NATO", "nato", "carry_over")] * 3,
        ),
        # after a speaker of another side, only first-person sentences are the voice's
        (
            [
                "We, the Foreign Ministers of NATO, met in Brussels today.",
                "“We will never accept it,” Russian President Vladimir Putin said.",
                "The meeting ended late.",
                "We condemn the attack.",
                "Allies stand with Ukraine.",
                "12. Our support will continue.",
            ],
            [
                ("NATO", "nato", "quote"),
                ("Vladimir Putin", "russia", "quote"),
                (None, None, "none"),
                ("NATO", "nato", "carry_over"),
                ("NATO", "nato", "carry_over"),
                ("NATO", "nato", "carry_over"),
            ],
        ),
        # a group that names no institution gives no voice
        (
            ["We, the undersigned scholars, call for peace.", "The war goes on."],
            [(None, None, "none")] * 2,
        ),
        # a heading naming the speaker; its own line stays narration
        (
            [
                "Statement by the North Atlantic Council on the attack",
                "The attack was unprovoked.",
                "Allies agreed to send more air defence.",
                "Russia must stop.",
            ],
            [
                (None, None, "none"),
                ("NATO", "nato", "carry_over"),
                ("NATO", "nato", "reported"),  # the same side: the voice goes on
                ("NATO", "nato", "carry_over"),
            ],
        ),
        (
            [
                "Remarks by Olha Ivanenko at the conference",
                "Thank you for coming.",
                "Ukraine is ready.",
            ],
            [(None, None, "none")] + [("Olha Ivanenko", None, "carry_over")] * 2,
        ),
        # a heading naming two speakers sets no voice
        (
            ["Joint statement by Joe Biden and Volodymyr Zelenskyy", "The talks went well."],
            [(None, None, "none")] * 2,
        ),
    ],
)
def test_voice(sentences: list[str], expected: list[tuple[str | None, str | None, str]]) -> None:
    assert _speakers(sentences, D(2024, 7, 10)) == expected


def test_voice_cue_names_the_declaration() -> None:
    got = attribute(
        ["We, the Heads of State and Government of the North Atlantic Alliance, met.", "Yes."],
        date=D(2024, 7, 10),
    )
    assert (
        got[0].cue
        == got[1].cue
        == ("We, the Heads of State and Government of the North Atlantic Alliance")
    )
