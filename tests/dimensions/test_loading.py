"""Tests for nato_diff.dimensions.loading: user files next to the built-ins, and bad paths."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from nato_diff.dimensions.builtin import BUILTIN_DIMENSIONS
from nato_diff.dimensions.loading import load_dimensions
from nato_diff.errors import DimensionError

from .conftest import REFORMS, write


def test_user_dimension_loads_after_builtins(tmp_path: Path) -> None:
    path = write(tmp_path, "reforms.yaml", REFORMS)
    dims = load_dimensions(path)
    assert list(dims) == [*BUILTIN_DIMENSIONS, "reforms"]
    reforms = dims["reforms"]
    assert reforms.source == str(path)
    assert reforms.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    hit = reforms.scan(
        "Jens Stoltenberg noted that the draft law on reforming the Security Service of Ukraine, "
        "which is currently considered by the parliament, will help accelerate the progress on "
        "the Euro-Atlantic path."
    )
    assert hit is not None
    assert hit.facets == ("security_service",)
    assert hit.position == "drafted"
    anticorruption = reforms.scan(
        "Volodymyr Zelenskyy added that Ukraine is committed to reform the anticorruption "
        "sector and implement the essential judicial reform."
    )
    assert anticorruption is not None and anticorruption.facets == ("judiciary",)
    assert load_dimensions(path, builtins=False).provenance()["dimension"].tolist() == ["reforms"]


def test_user_file_replaces_builtin_in_place(tmp_path: Path) -> None:
    write(
        tmp_path,
        "sea.yaml",
        """\
        id: black_sea
        label: Black Sea (ports only)
        version: "2.0"
        facets:
          ports: [port, harbour]
        """,
    )
    write(tmp_path, "reforms.yml", REFORMS)
    dims = load_dimensions(tmp_path)
    assert list(dims) == [*BUILTIN_DIMENSIONS, "reforms"]
    assert dims["black_sea"].label == "Black Sea (ports only)"
    assert dims["black_sea"].version == "2.0"
    assert dims["black_sea"].scan("NATO ships in the Black Sea.") is None
    assert dims.provenance().set_index("dimension").loc["black_sea", "source"] == str(
        tmp_path / "sea.yaml"
    )


def test_two_user_files_with_one_id_are_an_error(tmp_path: Path) -> None:
    first = write(tmp_path, "a.yaml", REFORMS)
    second = write(tmp_path, "b.yaml", REFORMS)
    with pytest.raises(DimensionError, match=r"b\.yaml: id: dimension id 'reforms'") as err:
        load_dimensions(first, second)
    assert str(first) in str(err.value)


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("empty.yaml", "", r"empty\.yaml: the file is empty"),
        ("notes.txt", "id: x", r"notes\.txt: not a \.yaml or \.yml file"),
        ("list.yaml", "- a\n- b\n", r"list\.yaml:1: expected a mapping of keys, found a list"),
    ],
)
def test_invalid_paths(tmp_path: Path, name: str, text: str, expected: str) -> None:
    path = write(tmp_path, name, text)
    with pytest.raises(DimensionError, match=expected):
        load_dimensions(path)


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(DimensionError, match="no such file or folder"):
        load_dimensions(tmp_path / "nowhere.yaml")
    with pytest.raises(DimensionError, match=r"no \.yaml or \.yml files in this folder"):
        load_dimensions(tmp_path)
