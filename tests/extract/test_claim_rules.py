"""Tests for nato_diff.extract.claim_rules: the claims file, validated with named errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from nato_diff._data import builtin_path
from nato_diff.errors import DimensionError
from nato_diff.extract import ACTS, load_claim_rules


def test_the_package_rules() -> None:
    rules = load_claim_rules()
    assert set(rules.acts) == set(ACTS)
    assert rules.acts["reports"].search("Ministers reviewed the progress") is not None
    assert rules.acts["reports"].search("NATO welcomes the aspirations of Ukraine") is None
    assert rules.acts["offers"].search("NATO welcomes the aspirations of Ukraine") is not None
    assert rules.acts["rejects"].search("Moscow categorically opposes it") is not None
    assert rules.acts["seeks"].search("Kyiv asked allies for more") is not None
    assert rules.state_side("Sweden", dt.date(2024, 1, 1)) == ("Sweden", "other")
    assert rules.state_side("Stockholm", dt.date(2024, 6, 1)) == ("Sweden", "ally")
    assert rules.state_side("Atlantis", dt.date(2024, 6, 1)) is None


def _broken(tmp_path: Path, **changes: object) -> Path:
    data = yaml.safe_load(builtin_path("claims.yaml").read_text(encoding="utf-8"))
    data.update(changes)
    path = tmp_path / "claims.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"third_party": "argues"}, r"third_party: unknown act 'argues'"),
        ({"negators": ["(not"]}, r"negators: invalid regular expression"),
        ({"colour": "red"}, r"colour: unknown key"),
        ({"negation_window": -1}, r"negation_window: expected a whole number"),
        ({"forecast_rungs": ["will_join"]}, r"forecast_rungs: expected a mapping of rung"),
    ],
)
def test_errors_name_the_file_and_the_key(
    tmp_path: Path, changes: dict[str, object], message: str
) -> None:
    path = _broken(tmp_path, **changes)
    with pytest.raises(DimensionError, match=message) as err:
        load_claim_rules(path)
    assert str(path) in str(err.value)
