"""Shared helpers of the dimension tests: the built-in dimensions, a file writer, a sample file."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from nato_diff.dimensions.dimension import Dimensions
from nato_diff.dimensions.loading import load_dimensions


@pytest.fixture(scope="module")
def dims() -> Dimensions:
    return load_dimensions()


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


REFORMS = """\
    id: reforms
    label: Reforms
    description: Anti-corruption, judicial and Security Service reform.
    version: "1.0"
    facets:
      anticorruption:
        terms:
          - anti-corruption
          - {pattern: 'corrupt(ion|ed)?', type: regex}
      judiciary:
        terms: [judicial reform]
      security_service:
        terms:
          - Security Service of Ukraine
          - {pattern: SBU, case_insensitive: false}
    positions:
      - id: announced
        rank: 0
        cues: [reform plan]
      - id: drafted
        rank: 1
        cues: [draft law]
      - id: adopted
        rank: 2
        cues: [{pattern: 'law (was )?adopted', type: regex}]
    """
