from __future__ import annotations

import datetime as dt
from pathlib import Path

from nato_diff.extract.actors import attribute, load_actors

D = dt.date


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_load_is_cached() -> None:
    assert load_actors() is load_actors()


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
