from __future__ import annotations

from pathlib import Path

import pytest

from nato_diff.errors import DimensionError
from nato_diff.extract.actors import load_actors


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


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
