"""User regexes that could backtrack without end are refused when their file is loaded."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from nato_diff.dimensions.builtin import builtin_names, load_builtin
from nato_diff.dimensions.loading import load_dimensions
from nato_diff.dimensions.safety import _constants, _parser, superlinear_reason
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
    # a list of weapons with words between them, as the built-in attack patterns were written
    r"((?:drones|missiles)(,| and) (\S+ ){0,2}?)*(?:drones|missiles)",
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


def _unbounded_group_repeats(items: list[Any]) -> list[str]:
    """Repeats without an upper bound whose body is more than one character class."""
    found: list[str] = []
    for op, av in items:
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
            body = list(av[2])
            if av[1] == _constants.MAXREPEAT and not (
                len(body) == 1 and body[0][0] in (_constants.IN, _constants.LITERAL)
            ):
                found.append(str(body)[:60])
            found += _unbounded_group_repeats(body)
        elif op == _constants.SUBPATTERN:
            found += _unbounded_group_repeats(list(av[-1]))
        elif op == _constants.BRANCH:
            for branch in av[1]:
                found += _unbounded_group_repeats(list(branch))
    return found


def test_builtin_attack_patterns_repeat_their_lists_a_bounded_number_of_times() -> None:
    # "drones and drones and ..." once took time quadratic in the run: every word of it began
    # a list that ran to the run's end; with bounded lists each word costs a bounded time
    patterns = [t.pattern for t in load_builtin("aid_volumes").exclude if t.regex]
    assert len(patterns) >= 8
    for pattern in patterns:
        assert _unbounded_group_repeats(list(_parser.parse(pattern, re.I))) == [], pattern


def test_the_bounded_attack_lists_still_veto_a_real_report() -> None:
    aid = load_builtin("aid_volumes")
    text = (
        "Overnight Russian missiles, drones and rockets struck Odesa, and air defence shot "
        "down 30 missiles."
    )
    assert aid.scan(text) is None
    assert aid.scan("Germany will send more missiles and drones to Ukraine.") is not None
