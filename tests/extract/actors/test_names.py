from __future__ import annotations

import datetime as dt

import pytest

from nato_diff.extract.actors import Attribution, attribute

D = dt.date


# --- institutions and collective speakers --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker", "side", "how"),
    [
        ("The Kremlin said Ukraine must remain neutral.", "Kremlin", "russia", "reported"),
        ("Moscow said the talks had failed.", "Russia", "russia", "reported"),
        ("Allied leaders agreed that Ukraine's future is in NATO.", "NATO", "nato", "reported"),
        ("NATO Allies said the door remains open.", "NATO", "nato", "reported"),
        ("The Allies reiterated the Bucharest decision.", "NATO", "nato", "reported"),
        ("The North Atlantic Council decided to extend the mission.", "NATO", "nato", "reported"),
        ("NATO reaffirmed its commitment to the open door.", "NATO", "nato", "reported"),
        ("NATO declared that Ukraine will become a member.", "NATO", "nato", "reported"),
        ("NATO leaders agree path for Ukraine", "NATO", "nato", "reported"),  # a headline
        (
            "The Russian Foreign Ministry said the move was hostile.",
            "Russian Ministry of Foreign Affairs",
            "russia",
            "reported",
        ),
        (
            "Ukraine's foreign ministry said the summit was a success.",
            "Ministry of Foreign Affairs of Ukraine",
            "ukraine",
            "reported",
        ),
        (
            "The Ministry of Foreign Affairs of Ukraine stated that the summit was a success.",
            "Ministry of Foreign Affairs of Ukraine",
            "ukraine",
            "reported",
        ),
        (
            "The Office of the President said talks would go on.",
            "Office of the President of Ukraine",
            "ukraine",
            "reported",
        ),
        ("Kyiv said it would not cede territory.", "Ukraine", "ukraine", "reported"),
        ("The White House said the aid would arrive.", "White House", "ally", "reported"),
        (
            "The State Department said the aid was approved.",
            "US Department of State",
            "ally",
            "reported",
        ),
        ("Washington said it would send more.", "United States", "ally", "reported"),
        ("The Pentagon said the package was ready.", "Pentagon", "ally", "reported"),
        (
            "The European Commission proposed new sanctions.",
            "European Commission",
            "eu",
            "reported",
        ),
        ("The EU said on Monday it would keep sanctions.", "European Union", "eu", "reported"),
        ("The G7 said it stands with Ukraine.", "G7", "other", "reported"),
        (
            "The coalition of the willing said it was ready to send a force.",
            "Coalition of the willing",
            "other",
            "reported",
        ),
        ("“We will respond,” the Kremlin said.", "Kremlin", "russia", "quote"),
        ("According to the Kremlin, the talks failed.", "Kremlin", "russia", "reported"),
        # bodies named by their side word
        (
            "Russian officials said the strikes would go on.",
            "Russian officials",
            "russia",
            "reported",
        ),
        ("Ukraine's navy said the corridor is open.", "Ukraine's navy", "ukraine", "reported"),
        ("A senior NATO official said a decision was near.", "NATO official", "nato", "reported"),
        ("German officials said the tanks would arrive.", "German officials", "ally", "reported"),
        # an institution that is not the subject of a reporting verb does not speak
        ("Zelensky met with NATO in Brussels.", None, None, "none"),
        ("The minister thanked NATO Allies for their support.", None, None, "none"),
        ("According to NATO standards, the equipment is compatible.", None, None, "none"),
        ("Russia launched 38 missiles at Ukrainian cities.", None, None, "none"),
        ("NATO has stepped up its presence in the Black Sea.", None, None, "none"),
        # some Allies, not the Alliance: each of them an Ally
        ("Several Allies said they would send more.", "individual Allies", "ally", "reported"),
        ("The Washington Post reported that talks stalled.", None, None, "none"),
    ],
)
def test_institutions_speak(
    sentence: str, speaker: str | None, side: str | None, how: str
) -> None:
    (got,) = attribute([sentence], date=D(2023, 7, 11))
    assert (got.speaker, got.side, got.how) == (speaker, side, how)


# --- pronouns ------------------------------------------------------------------------------------


def _speakers(sentences: list[str], day: dt.date) -> list[tuple[str | None, str | None, str]]:
    return [(a.speaker, a.side, a.how) for a in attribute(sentences, date=day)]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # "it" takes the last institution, "he" the last person
        (
            ["The Kremlin said NATO is a threat.", "It added that talks were possible."],
            [("Kremlin", "russia", "reported"), ("Kremlin", "russia", "carry_over")],
        ),
        (
            [
                "Jens Stoltenberg said NATO is united.",
                "The Kremlin said NATO is a threat.",
                "He added that Allies will help.",
            ],
            [
                ("Jens Stoltenberg", "nato", "reported"),
                ("Kremlin", "russia", "reported"),
                ("Jens Stoltenberg", "nato", "carry_over"),
            ],
        ),
    ],
)
def test_pronouns_for_people_and_institutions(
    sentences: list[str], expected: list[tuple[str | None, str | None, str]]
) -> None:
    assert _speakers(sentences, D(2022, 3, 1)) == expected


def test_pronoun_without_referent_keeps_cue() -> None:
    (got,) = attribute(["He said NATO stands with Ukraine."], date=D(2024, 1, 1))
    assert got == Attribution(None, None, None, "He said", "none")


# --- roles, side words and appositives give sides ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "day", "speaker", "side"),
    [
        ("The Dutch Prime Minister said jets would follow.", D(2023, 7, 11), "Mark Rutte", "ally"),
        (
            "The Dutch Prime Minister said jets would follow.",
            D(2025, 1, 15),
            "Dick Schoof",
            "ally",
        ),
        ("The Secretary General said jets would follow.", D(2025, 1, 15), "Mark Rutte", "nato"),
        ("Mr Rutte said jets would follow.", D(2023, 7, 11), "Mark Rutte", "ally"),
        # a role phrase nobody in the data held that day keeps the role's side
        (
            "The Norwegian Prime Minister said jets would follow.",
            D(1990, 1, 1),
            "The Norwegian Prime Minister",
            "ally",
        ),
    ],
)
def test_roles_give_sides(sentence: str, day: dt.date, speaker: str, side: str) -> None:
    (got,) = attribute([sentence], date=day)
    assert (got.speaker, got.side) == (speaker, side)


@pytest.mark.parametrize(
    ("sentence", "day", "speaker", "side"),
    [
        ("Klimkin said Ukraine wants NATO.", D(2016, 1, 1), "Pavlo Klimkin", "ukraine"),
        ("The Foreign Minister of Ukraine said so.", D(2019, 12, 1), "Vadym Prystaiko", "ukraine"),
        ("The Defence Minister of Ukraine said so.", D(2017, 1, 1), "Stepan Poltorak", "ukraine"),
        (
            "The Defence Minister of Ukraine said so.",
            D(2019, 12, 1),
            "Andriy Zagorodniuk",
            "ukraine",
        ),
        ("The Defence Minister of Ukraine said so.", D(2022, 6, 1), "Oleksii Reznikov", "ukraine"),
        ("The Defence Minister of Ukraine said so.", D(2024, 6, 1), "Rustem Umerov", "ukraine"),
        ("Lloyd J. Austin III said aid would continue.", D(2023, 2, 1), "Lloyd Austin", "ally"),
        ("“We stand firm,” Secretary Austin said.", D(2023, 2, 1), "Lloyd Austin", "ally"),
        ("Defense Secretary Lloyd Austin said so.", D(2023, 2, 1), "Lloyd Austin", "ally"),
        ("The US Defense Secretary said so.", D(2025, 3, 1), "Pete Hegseth", "ally"),
        ("Secretary Blinken said so.", D(2023, 2, 1), "Antony Blinken", "ally"),
        ("Türkiye said the straits stay closed.", D(2024, 3, 1), "Türkiye", "ally"),
        ("Fidan said Ankara backs Ukraine.", D(2024, 3, 1), "Hakan Fidan", "ally"),
        ("Erdoğan said the straits stay closed.", D(2024, 3, 1), "Recep Tayyip Erdoğan", "ally"),
    ],
)
def test_added_people(sentence: str, day: dt.date, speaker: str, side: str) -> None:
    (got,) = attribute([sentence], date=day)
    assert (got.speaker, got.side) == (speaker, side)


@pytest.mark.parametrize(
    ("sentence", "speaker", "side"),
    [
        (
            "The fleet left, the spokesman of Ukraine's Navy, Captain Third Rank Olek Marenko, "
            "said on Friday.",
            "Olek Marenko",
            "ukraine",
        ),
        ("Ukraine's navy spokesman Olek Marenko said the fleet left.", "Olek Marenko", "ukraine"),
        (
            "Ivan Petrov, a spokesman for the Russian Foreign Ministry, said talks were over.",
            "Ivan Petrov",
            "russia",
        ),
    ],
)
def test_side_from_appositive(sentence: str, speaker: str, side: str) -> None:
    (got,) = attribute([sentence], date=D(2024, 3, 29))
    assert (got.speaker, got.side) == (speaker, side)
