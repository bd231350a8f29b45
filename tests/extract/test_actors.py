from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nato_diff.corpus import Corpus, load_corpus
from nato_diff.errors import DimensionError
from nato_diff.extract.actors import Attribution, attribute, load_actors

D = dt.date


def _who(seeds: Corpus, date: str, text: str) -> Attribution:
    """The attribution of the one sentence of the seed dated ``date`` that contains ``text``."""
    doc = seeds.find(date)
    hits = [i for i, s in enumerate(doc.sentences) if text in s]
    assert len(hits) == 1, f"{text!r} found in {len(hits)} sentences"
    return attribute(doc.sentences, date=doc.date)[hits[0]]


# --- the seed documents -------------------------------------------------------------------


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


# --- roles over time ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "day", "actor"),
    [
        ("the Secretary General", D(2025, 1, 15), "Mark Rutte"),
        ("the Secretary General", D(2020, 1, 1), "Jens Stoltenberg"),
        ("NATO Secretary-General", D(2024, 9, 30), "Jens Stoltenberg"),
        ("NATO Secretary General", D(2024, 10, 1), "Mark Rutte"),
        ("Secretary General of the Alliance", D(2012, 5, 1), "Anders Fogh Rasmussen"),
        ("President of Ukraine", D(2019, 5, 19), "Petro Poroshenko"),
        ("President of Ukraine", D(2019, 5, 20), "Volodymyr Zelenskyy"),  # hand-over day
        ("the Ukrainian President", D(2024, 1, 1), "Volodymyr Zelenskyy"),
        ("Foreign Minister of Ukraine", D(2022, 3, 1), "Dmytro Kuleba"),
        ("Ukraine’s Foreign Minister", D(2024, 10, 1), "Andrii Sybiha"),
        (
            "Deputy Prime Minister for European and Euro-Atlantic Integration",
            D(2021, 3, 11),
            "Olha Stefanishyna",
        ),
        ("Ukrainian Defence Minister", D(2022, 6, 1), "Oleksii Reznikov"),
        ("Ukrainian Defense Minister", D(2024, 6, 1), "Rustem Umerov"),
        ("US President", D(2022, 1, 1), "Joe Biden"),
        ("US President", D(2025, 3, 1), "Donald Trump"),
        ("US President", D(2019, 3, 1), "Donald Trump"),
        ("Russian President", D(2023, 1, 1), "Vladimir Putin"),
        ("British Prime Minister", D(2023, 6, 1), "Rishi Sunak"),
        ("UK Prime Minister", D(2024, 8, 1), "Keir Starmer"),
        ("NATO Deputy Secretary General", D(2022, 1, 1), "Mircea Geoană"),
        ("Zelensky", D(2000, 1, 1), "Volodymyr Zelenskyy"),  # names need no date
        ("Mr Stoltenberg", D(2023, 1, 1), "Jens Stoltenberg"),
        ("NATO Secretary General Jens Stoltenberg", D(2030, 1, 1), "Jens Stoltenberg"),
    ],
)
def test_resolve(phrase: str, day: dt.date, actor: str) -> None:
    got = load_actors().resolve(phrase, date=day)
    assert got is not None and got.name == actor


@pytest.mark.parametrize(
    ("phrase", "context", "actor"),
    [
        ("the President", ["zelenskyy"], "Volodymyr Zelenskyy"),
        ("the President", ["zelenskyy", "biden"], "Joe Biden"),  # the most recently named
        ("the President", ["biden", "zelenskyy", "stoltenberg"], "Volodymyr Zelenskyy"),
        ("the head of state", ["macron"], "Emmanuel Macron"),
        ("the President", [], None),  # ambiguous, nobody named
        ("the President", ["stoltenberg"], None),
        ("the Secretary General", ["guterres"], "António Guterres"),
        ("the Foreign Minister", ["lavrov"], "Sergey Lavrov"),
        ("the Defence Minister", ["umerov"], "Rustem Umerov"),
        ("Ms Nobody", [], None),
    ],
)
def test_resolve_generic_phrases_by_context(
    phrase: str, context: list[str], actor: str | None
) -> None:
    got = load_actors().resolve(phrase, date=D(2024, 3, 1), context_ids=context)
    assert (got.name if got else None) == actor


def test_aliases_and_sides() -> None:
    actors = load_actors()
    z = actors["zelenskyy"]
    assert z.side == "ukraine" and z.name == "Volodymyr Zelenskyy"
    for spelling in ("Zelenskyy", "Zelensky", "Zelenskiy", "Zelenskyi", "Volodymyr Zelensky"):
        assert spelling in z.aliases
        assert actors.by_name(spelling) is z
    assert {a.side for a in actors} == {"ukraine", "nato", "russia", "ally", "eu", "other"}
    austin = actors["austin"].aliases  # "Austin" alone is too common; titled forms are his
    assert "Austin" not in austin and {"Lloyd Austin", "Secretary Austin"} <= set(austin)


def test_builtin_load_is_cached() -> None:
    assert load_actors() is load_actors()


# --- attribution rules on small texts ------------------------------------------------------


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
        (["Many Allies noted the progress."], [(None, None, "none")]),
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


def test_pronoun_without_referent_keeps_cue() -> None:
    (got,) = attribute(["He said NATO stands with Ukraine."], date=D(2024, 1, 1))
    assert got == Attribution(None, None, None, "He said", "none")


def test_empty_document() -> None:
    assert attribute([], date=D(2024, 1, 1)) == []


# --- loading user files ---------------------------------------------------------------------


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_adds_actors_and_verbs(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
reporting_verbs: [quipped]
roles:
  - id: mayor_kyiv
    phrases: [Mayor of Kyiv]
    generic: [Mayor]
actors:
  - id: klitschko
    name: Vitali Klitschko
    side: ukraine
    given_names: [Vitali, Vitaliy]
    surnames: [Klitschko, Klychko]
    roles:
      - {role: mayor_kyiv, from: 2014-06-05}
""",
    )
    actors = load_actors(path)
    assert "klitschko" in actors and "zelenskyy" in actors
    got = attribute(["“We hold,” quipped the Mayor of Kyiv."], date=D(2024, 1, 1), actors=actors)
    assert (got[0].speaker, got[0].side) == ("Vitali Klitschko", "ukraine")
    alone = load_actors(path, builtins=False)
    assert "zelenskyy" not in alone and alone.resolve("Vitaliy Klychko", date=D(2024, 1, 1))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "actors:\n  - {id: x, name: X, side: ukraine, colour: red}\n",
            "actors[0]: unknown key(s) ['colour']",
        ),
        ("actors:\n  - {id: x, name: X, side: mars}\n", "actors[0] (x): unknown side 'mars'"),
        (
            "actors:\n  - {id: x, name: X, side: nato, roles: [{role: pope, from: 2020-01-01}]}\n",
            "actors[0] (x): unknown role 'pope'",
        ),
        (
            "actors:\n  - {id: x, name: X, side: nato, roles: [{role: nato_chief,"
            " from: '2020-02-30'}]}\n",
            "actors[0] (x).roles[0]: bad date '2020-02-30'",
        ),
        (
            "actors:\n  - {id: x, name: X, side: nato, roles: [{role: nato_chief,"
            " from: 2020-13-01}]}\n",
            "invalid value: month must be in 1..12",
        ),
        (
            "actors:\n  - {id: x, name: X, side: nato, roles: [{role: nato_chief,"
            " from: 2021-01-01, to: 2020-01-01}]}\n",
            "'to' (2020-01-01) is before 'from' (2021-01-01)",
        ),
        (
            "actors:\n  - {id: stoltenberg, name: J S, side: nato}\n",
            "duplicate actor id 'stoltenberg'",
        ),
        (
            "actors:\n  - {id: a, name: A B, side: nato}\n  - {id: a, name: C D, side: nato}\n",
            "duplicate actor id 'a'",
        ),
        ("roles:\n  - {id: nato_secretary_general, phrases: [x]}\n", "duplicate role id"),
        ("actors:\n  - {id: x, name: Jens Stoltenberg, side: nato}\n", "also belongs to actor"),
        ("colour: red\n", "top level: unknown key(s) ['colour']"),
        ("pronouns: [he, 3]\n", "pronouns[1]: must be a non-empty string"),
        (
            "roles:\n  - {id: r, phrases: [NATO chief]}\n",
            "also names role 'nato_secretary_general'",
        ),
        ("actors: [\n", "invalid YAML"),
    ],
)
def test_invalid_files_name_file_and_entry(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(DimensionError) as info:
        load_actors(path)
    assert "mine.yaml" in str(info.value)
    assert message in str(info.value)


# --- institutions and collective speakers ----------------------------------------------------


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
        ("The G7 said it stands with Ukraine.", "G7", "ally", "reported"),
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
        ("Several Allies said they would send more.", None, None, "none"),  # some, not all
        ("The Washington Post reported that talks stalled.", None, None, "none"),
    ],
)
def test_institutions_speak(
    sentence: str, speaker: str | None, side: str | None, how: str
) -> None:
    (got,) = attribute([sentence], date=D(2023, 7, 11))
    assert (got.speaker, got.side, got.how) == (speaker, side, how)


def test_institution_ids_and_lookup() -> None:
    actors = load_actors()
    (got,) = attribute(["The Kremlin said NATO is a threat."], date=D(2022, 3, 1))
    assert got.actor_id == "kremlin"
    assert actors["kremlin"].kind == "institution" and actors["rutte"].kind == "person"
    assert actors.institution("the Alliance") is actors["nato"]
    assert actors.institution("allies") is actors["nato"]  # names with lower case: any case
    assert actors.institution("eu") is None  # names in capitals: as written
    assert actors.institution("EU") is actors["eu"]
    assert actors.resolve("The Kremlin", date=D(2022, 3, 1)) is actors["kremlin"]
    assert actors.by_name("Moscow") is actors["russia"]


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


# --- the voice of a document: declarations and headings ---------------------------------------


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


# --- transcripts --------------------------------------------------------------------------------


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


# --- phrasing between speaker and verb; side words before names --------------------------------


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


# --- the side of the role held on the day -------------------------------------------------------


@pytest.mark.parametrize(
    ("actor", "day", "side"),
    [
        ("rutte", D(2023, 7, 11), "ally"),  # Prime Minister of the Netherlands
        ("rutte", D(2024, 7, 2), "ally"),  # his last day
        ("rutte", D(2024, 8, 1), "nato"),  # between posts: his own side
        ("rutte", D(2025, 1, 15), "nato"),  # NATO Secretary General
        ("stoltenberg", D(2008, 4, 3), "ally"),  # Prime Minister of Norway
        ("stoltenberg", D(2020, 1, 1), "nato"),
        ("stoltenberg", D(2024, 9, 30), "nato"),
        ("stoltenberg", D(2025, 3, 1), "ally"),  # Norwegian finance minister
        ("zelenskyy", D(2015, 1, 1), "ukraine"),  # no role that day: his own side
    ],
)
def test_side_of_role_held(actor: str, day: dt.date, side: str) -> None:
    actors = load_actors()
    assert actors.side_of(actors[actor], date=day) == side
    name = actors[actor].name
    (got,) = attribute([f"{name} said Ukraine's future is in NATO."], date=day)
    assert (got.speaker, got.side) == (name, side)


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
            D(2015, 1, 1),
            "The Norwegian Prime Minister",
            "ally",
        ),
    ],
)
def test_roles_give_sides(sentence: str, day: dt.date, speaker: str, side: str) -> None:
    (got,) = attribute([sentence], date=day)
    assert (got.speaker, got.side) == (speaker, side)


# --- realistic documents, as an analyst would load them ----------------------------------------

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


# --- loading the new sections -------------------------------------------------------------------


def test_user_file_adds_institutions_and_side_words(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        """
affiliations:
  ally: [Moldovan]
institutions:
  - id: moldova
    name: Moldova
    side: ally
    names: [Chisinau, Moldovan government]
""",
    )
    actors = load_actors(path)
    got = attribute(
        ["Chisinau said it would help.", "Moldovan officials said talks went well."],
        date=D(2024, 1, 1),
        actors=actors,
    )
    assert [(a.speaker, a.side) for a in got] == [
        ("Moldova", "ally"),
        ("Moldovan officials", "ally"),
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "institutions:\n  - {id: x, name: X, side: mars}\n",
            "institutions[0] (x): unknown side 'mars'",
        ),
        (
            "institutions:\n  - {id: x, name: X, side: nato, colour: red}\n",
            "institutions[0]: unknown key(s) ['colour']",
        ),
        (
            "institutions:\n  - {id: kremlin, name: K, side: russia}\n",
            "duplicate actor id 'kremlin'",
        ),
        (
            "institutions:\n  - {id: x, name: X, side: nato, names: [the Kremlin]}\n",
            "name 'the Kremlin' also belongs to institution 'kremlin'",
        ),
        ("affiliations:\n  mars: [Martian]\n", "affiliations.mars: unknown side 'mars'"),
        ("affiliations: [Russian]\n", "affiliations: must be a mapping of side to words"),
        ("affiliations:\n  nato: [Russian]\n", "'Russian' is already a word of side 'russia'"),
        ("roles:\n  - {id: r, side: mars, phrases: [Chief Elf]}\n", "roles[0] (r): unknown side"),
        ("time_prepositions: [on]\n", "time_prepositions[0]: must be a non-empty string"),
    ],
)
def test_invalid_new_sections(tmp_path: Path, text: str, message: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(DimensionError) as info:
        load_actors(path)
    assert "mine.yaml" in str(info.value)
    assert message in str(info.value)


# --- labels in capitals, numbered paragraphs, appositives, added people ------------------------


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
