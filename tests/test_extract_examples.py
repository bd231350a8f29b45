"""The examples in the extraction modules' docstrings run and print what they say."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import nato_diff.extract

_MODULES = sorted(
    m.name for m in pkgutil.walk_packages(nato_diff.extract.__path__, "nato_diff.extract.")
)


@pytest.mark.parametrize("name", _MODULES)
def test_the_docstring_examples_hold(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples fail"
