from __future__ import annotations

import datetime as dt

import pytest

from nato_diff.extract.actors import attribute, load_actors

D = dt.date


# --- roles over time -----------------------------------------------------------------------------


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


# --- names and institutions ----------------------------------------------------------------------


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


# --- the side of the role held on the day --------------------------------------------------------


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
