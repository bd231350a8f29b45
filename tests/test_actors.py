from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from nato_diff.actors import Attribution, attribute, load_actors
from nato_diff.corpus import Corpus
from nato_diff.errors import DimensionError

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
    assert actors["austin"].aliases == ("Lloyd Austin",)  # "Austin" alone is too common


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
            [("Mark Rutte", "nato", "reported")] * 2 + [(None, None, "none")],
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
            [("Mark Rutte", "nato", "quote"), (None, None, "none")],
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
            [(None, None, "none")] * 14 + [("Mark Rutte", "nato", "quote")],
        ),
    ],
)
def test_attribution_rules(
    sentences: list[str], expected: list[tuple[str | None, str | None, str]]
) -> None:
    # Biden is President and Kuleba Foreign Minister on this day; the Secretary General is Rutte
    # only in the case that names him.
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
