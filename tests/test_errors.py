"""The shared error wording."""

from __future__ import annotations

import pytest

from nato_diff.errors import CorpusError, NatoDiffError, check_choice, located


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"path": "a.yaml"}, "a.yaml: bad"),
        ({"path": "a.yaml", "line": 3}, "a.yaml:3: bad"),
        ({"path": "a.yaml", "entry": "facets.x"}, "a.yaml: facets.x: bad"),
        ({"entry": "facets.x", "hint": "Fix it."}, "facets.x: bad. Fix it."),
        ({}, "bad"),
    ],
)
def test_located(kwargs: dict[str, object], expected: str) -> None:
    assert located("bad", **kwargs) == expected  # type: ignore[arg-type]


def test_check_choice() -> None:
    check_choice("kind", "money", ["money", "count"])
    with pytest.raises(ValueError, match="kind must be one of 'money', 'count'; got 'x'"):
        check_choice("kind", "x", ["money", "count"])


def test_errors_are_value_errors() -> None:
    assert issubclass(CorpusError, NatoDiffError)
    assert issubclass(NatoDiffError, ValueError)
