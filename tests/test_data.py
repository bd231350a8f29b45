"""Reading YAML data files with errors that say where."""

from __future__ import annotations

from pathlib import Path

import pytest

from nato_diff._data import builtin_path, read_builtin_yaml, read_yaml
from nato_diff.errors import DimensionError


def test_builtin_files_are_found() -> None:
    assert builtin_path("dating.yaml").is_file()
    assert read_builtin_yaml("dating.yaml")["months"][4][:2] == ["april", "apr"]


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    f = tmp_path / "x.yaml"
    f.write_text("a: 1\nb: [unclosed\nc: 2\n", encoding="utf-8")
    with pytest.raises(DimensionError, match=r"x\.yaml:\d+: invalid YAML"):
        read_yaml(f)


def test_impossible_date_is_a_clear_error(tmp_path: Path) -> None:
    f = tmp_path / "d.yaml"
    f.write_text("start: 2020-13-01\n", encoding="utf-8")
    with pytest.raises(DimensionError, match=r"d\.yaml: invalid value"):
        read_yaml(f)


def test_missing_and_non_utf8(tmp_path: Path) -> None:
    with pytest.raises(DimensionError, match="file not found"):
        read_yaml(tmp_path / "nope.yaml")
    f = tmp_path / "latin.yaml"
    f.write_bytes(b"a: caf\xe9\n")
    with pytest.raises(DimensionError, match="not UTF-8"):
        read_yaml(f)


def test_a_key_written_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    """YAML would keep the second list and drop the first without a word."""
    f = tmp_path / "rules.yaml"
    f.write_text(
        "acts:\n  offers:\n    - pledge\n  seeks:\n    - ask\n  offers:\n    - welcome\n",
        encoding="utf-8",
    )
    with pytest.raises(DimensionError, match=r"rules\.yaml:6: .*'offers' appears twice"):
        read_yaml(f)
    f.write_text("facets:\n  a: {x: 1}\n  b: {x: 1}\n", encoding="utf-8")
    assert read_yaml(f) == {"facets": {"a": {"x": 1}, "b": {"x": 1}}}
