from __future__ import annotations

import math

import pytest

from nato_diff.extract.figures import extract_figures, normalize_donor

from .conftest import SUPPORT_150

DONORS = [
    # sentence, donor of each figure
    ("Germany pledged €500m in military aid.", ["Germany"]),
    ("The United States announced a $2.3 billion package.", ["United States"]),
    ("NATO allies provided more than €150 billion in support.", ["NATO Allies"]),
    ("Last year, European Allies gave €20 billion in aid.", ["European Allies"]),
    ("The EU has agreed a €50bn Ukraine Facility.", ["European Union"]),
    ("Ukraine received €1.5 billion from the EU.", ["European Union"]),
    ("A German €500m package was announced.", ["Germany"]),
    ("The $50bn G7 loan will be disbursed in 2025.", ["G7"]),
    ("The US and Germany gave $5 billion in aid.", ["United States and Germany"]),
    ("Germany, France and Italy gave €5 billion in aid.", ["Germany, France and Italy"]),
    ("Germany gave €5 billion and France €3 billion.", ["Germany", "France"]),
    ("Germany announced a package worth €700 million ($770 million).", ["Germany", "Germany"]),
    (
        "Allies gave €150 billion, including €65 billion from the US.",
        ["NATO Allies", "United States"],
    ),
    ("Poland spends 4.2% of GDP on defence.", ["Poland"]),
    ("Around half has come from European NATO Allies and Canada.", ["European Allies and Canada"]),
    ("the US$61bn package", [None]),  # the currency is not a donor
    ("Ukraine needs 20 billion dollars a year.", [None]),
    ("He said the package is worth €5 billion.", [None]),
    ("Russia launched 38 missiles.", [None]),
    ("The Soviet Union spent $5 billion.", [None]),
    (SUPPORT_150, ["NATO Allies", "NATO Allies"]),  # the part takes its whole's donor
]


@pytest.mark.parametrize(("sentence", "donors"), DONORS)
def test_donor(sentence: str, donors: list[str | None]) -> None:
    assert [f.donor for f in extract_figures(sentence)] == donors


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("NATO allies", "NATO Allies"),
        ("NATO Allies", "NATO Allies"),
        ("Allies", "NATO Allies"),
        ("all NATO Allies", "NATO Allies"),
        ("the EU", "European Union"),
        ("european union", "European Union"),
        ("  Germany ", "Germany"),
        ("U.S.", "United States"),
        ("Atlantis  Fund", "Atlantis Fund"),  # unknown: kept, spacing tidied
        (None, None),
        (math.nan, None),
        ("", None),
    ],
)
def test_normalize_donor(written: object, name: str | None) -> None:
    assert normalize_donor(written) == name
