"""The examples in every module's docstrings run and print what they say."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import nato_diff

_MODULES = sorted(
    ["nato_diff", *(m.name for m in pkgutil.walk_packages(nato_diff.__path__, "nato_diff."))]
)


@pytest.mark.parametrize("name", _MODULES)
def test_the_docstring_examples_hold(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples fail"
