from __future__ import annotations

import math

import pytest

from nato_diff.extract.figures import describe_figure

DESCRIBE = [
    ({"value": 1.5e11, "currency": "EUR", "qualifier": "more than"}, "more than €150 bn"),
    ({"value": 1e11, "currency": "EUR", "qualifier": "nearly"}, "nearly €100 bn"),
    ({"value": 1.5e6, "currency": "USD"}, "$1.5 m"),
    ({"value": 6.5e10, "currency": "EUR"}, "€65 bn"),
    ({"value": 1e9, "currency": "USD", "value_high": 2e9}, "$1–2 bn"),
    ({"value": 1000.0, "currency": "UAH"}, "₴1,000"),
    ({"value": 5e9, "currency": "CHF"}, "CHF 5 bn"),
    ({"value": 50.0, "currency": None, "kind": "count", "unit": "nations"}, "50 nations"),
    ({"value": 2.5e6, "currency": None, "kind": "count", "unit": "shells"}, "2.5 million shells"),
    ({"value": 0.5, "currency": None, "kind": "share", "qualifier": "around"}, "around half"),
    ({"value": 2 / 3, "currency": None, "kind": "share"}, "two-thirds"),
    ({"value": 0.4, "currency": None, "kind": "share"}, "40%"),
    ({"value": 0.5, "currency": None, "kind": "percent", "qualifier": "around"}, "around 50%"),
    ({"value": 155.0, "currency": None, "kind": "measure", "unit": "mm"}, "155 mm"),
    ({"value": math.nan, "currency": "EUR"}, "n/a"),
]


@pytest.mark.parametrize(("kwargs", "text"), DESCRIBE)
def test_describe_figure(kwargs: dict[str, object], text: str) -> None:
    value = kwargs.pop("value")
    assert describe_figure(value, **kwargs) == text  # type: ignore[arg-type]


def test_describe_figure_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError, match="kind"):
        describe_figure(1.0, currency=None, kind="volume")
