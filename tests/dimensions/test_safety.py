"""User regexes that could backtrack without end are refused when their file is loaded."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nato_diff.dimensions.builtin import builtin_names, load_builtin
from nato_diff.dimensions.loading import load_dimensions
from nato_diff.dimensions.safety import superlinear_reason
from nato_diff.errors import DimensionError

from .conftest import write

# Nested repeats that can split a long text in exponentially (or polynomially) many ways.
SUPERLINEAR = [
    r"(a+)+$",
    r"(a*)*b",
    r"(a+){2,4}$",
    r"(\w+\s?)*x",
    r"(\d+\.?)+x",
    r"((ab)+)+c",
    r"(?:x|(?:y+)+)z",
    r"(?=(a+)+)b",
    r"(?:(?:\w+)+)+",
]

# Single repeats, bounded word gaps, delimited words, possessive and atomic repeats.
LINEAR = [
    r"black sea(?: fleet)?",
    r"corrupt(ion|ed)?",
    r"long[\s-]+range",
    r"(?:foo|bar)+",
    r"guarantees? (of|for) (\S+ ){0,2}?security",
    r"( \w+){0,3}? launched",
    r"(\w+ )*x",
    r"(?:\w+,)+$",
    r"(?:a{1,3}){1,3}",
    r"(a++)+$",
    r"(?>a+)+$",
]


@pytest.mark.parametrize("pattern", SUPERLINEAR)
def test_nested_repeats_are_named(pattern: str) -> None:
    reason = superlinear_reason(pattern)
    assert reason is not None and "repeats inside a repeated part" in reason


@pytest.mark.parametrize("pattern", LINEAR)
def test_patterns_that_cannot_backtrack_without_end_pass(pattern: str) -> None:
    assert superlinear_reason(pattern) is None


def _dimension(pattern: str) -> str:
    quoted = pattern.replace("'", "''")
    return (
        "id: evil\nlabel: Evil\nversion: '1'\nfacets:\n  runs:\n    terms:\n"
        f"      - grain\n      - {{pattern: '{quoted}', type: regex}}\n"
    )


@pytest.mark.parametrize("pattern", SUPERLINEAR)
def test_loading_refuses_the_file_naming_file_line_term_and_why(
    tmp_path: Path, pattern: str
) -> None:
    path = write(tmp_path, "evil.yaml", _dimension(pattern))
    with pytest.raises(DimensionError) as err:
        load_dimensions(path, builtins=False)
    message = str(err.value)
    assert message.startswith(f"{path}:8: facets.runs.terms[1]: regex {pattern!r}")
    assert "exponentially many ways" in message
    assert "possessive" in message  # says what to do


def test_the_classic_hang_is_answered_at_load_time(tmp_path: Path) -> None:
    # (a+)+$ on 100,000 a's would never return; the file is refused before any text is read
    path = write(tmp_path, "evil.yaml", _dimension("(a+)+$"))
    with pytest.raises(DimensionError, match=r"\(a\+\)\+\$"):
        load_dimensions(path, builtins=False)


@pytest.mark.parametrize("pattern", LINEAR[:8])
def test_safe_user_patterns_still_load_and_match(tmp_path: Path, pattern: str) -> None:
    path = write(tmp_path, "fine.yaml", _dimension(pattern))
    dims = load_dimensions(path, builtins=False)
    assert dims["evil"].scan("Ships carried grain from Odesa.") is not None


def test_builtin_files_are_reviewed_rather_than_refused() -> None:
    # bounded word gaps inside repeated lists ("missiles, drones and rockets") cannot be proved
    # safe by the rule; the built-in files load, and benchmarks/hostile_bench.py times them
    assert [load_builtin(name).id for name in builtin_names()] == builtin_names()


def test_a_possessive_repeat_really_answers_at_once() -> None:
    assert re.compile(r"(a++)+$").search("a" * 100_000 + "b") is None
