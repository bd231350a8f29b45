"""Tests for nato_diff.dimensions.quanteda: quanteda dictionaries as dimensions."""

from __future__ import annotations

from pathlib import Path

import pytest

from nato_diff.dimensions.quanteda import import_quanteda
from nato_diff.errors import DimensionError

from .conftest import write


def test_import_quanteda_nested_dictionary(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "Policy Dict.yml",
        """\
        economy:
          positive: [growth, "job*"]
          negative:
            - recession
            - "unemploy*"
        security:
          - "border control"
          - "arm?"
        """,
    )
    dim = import_quanteda(path)
    assert dim.id == "policy_dict"
    assert dim.label == "Policy Dict"
    assert dim.version == "quanteda"
    assert dim.facet_ids == ("economy.positive", "economy.negative", "security")
    assert all(t.valuetype == "glob" for f in dim.facets for t in f.terms)
    hit = dim.scan("Unemployment fell and new jobs came, said the Border  Control office.")
    assert hit is not None
    assert hit.facets == ("economy.positive", "economy.negative", "security")
    assert hit.terms == ("Unemployment", "jobs", "Border  Control")
    assert dim.scan("The army is armed.") is not None  # arm? = arm + one character
    slashed = import_quanteda(path, id="policy", label="Policy", separator="/")
    assert (slashed.id, slashed.label) == ("policy", "Policy")
    assert slashed.facet_ids[0] == "economy/positive"
    bad = write(tmp_path, "bad.yml", "economy: {positive: [growth, 5]}\n")
    with pytest.raises(DimensionError, match=r"bad\.yml:1: economy\.positive\[1\]: a term must"):
        import_quanteda(bad)
