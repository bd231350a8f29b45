from __future__ import annotations

import pytest

from nato_diff.extract.figures import extract_figures

from .conftest import one

CHANGES = [
    # sentence, index of the change, text, qualifier, bound, value
    (
        "The UK will give £2.5 billion, an increase of £200 million.",
        1,
        "increase of £200 million",
        "increase of",
        "exact",
        2e8,
    ),
    (
        "Germany will provide €4 billion, up from €8 billion.",
        1,
        "up from €8 billion",
        "up from",
        "exact",
        8e9,
    ),
    ("Military aid saw a rise of $2 billion.", 0, "rise of $2 billion", "rise of", "exact", 2e9),
    ("Military aid grew by €3 billion.", 0, "by €3 billion", "by", "exact", 3e9),
    (
        "Germany raised its aid by €3 billion more than planned.",
        0,
        "by €3 billion more than",
        "by … more than",
        "exact",
        3e9,
    ),
    (
        "Denmark gave €1 billion more than Norway.",
        0,
        "€1 billion more than",
        "… more than",
        "exact",
        1e9,
    ),
    (
        "The UK pledged an increase of more than £200 million in aid.",
        0,
        "increase of more than £200 million",
        "increase of more than",
        "lower",
        2e8,
    ),
    (
        "Aid fell from $5 billion to $3 billion.",
        0,
        "fell from $5 billion",
        "fell from",
        "exact",
        5e9,
    ),
    ("Defence spending rose by 5%.", 0, "by 5%", "by", "exact", 0.05),
]


@pytest.mark.parametrize(("sentence", "idx", "text", "qualifier", "bound", "value"), CHANGES)
def test_changes_are_marked_and_not_aid(
    sentence: str, idx: int, text: str, qualifier: str, bound: str, value: float
) -> None:
    f = extract_figures(sentence)[idx]
    assert (f.text, f.qualifier, f.bound, f.scope) == (text, qualifier, bound, None)
    assert f.value == pytest.approx(value)
    assert sentence[f.start : f.end] == f.text


@pytest.mark.parametrize(
    ("sentence", "qualifier", "scope"),
    [
        ("The package, funded by €5 billion from the EU, was approved.", None, None),
        ("Allies gave €5 billion or more in aid.", "or more", "total"),
        ("Allies will give €5 billion in aid by 2027.", None, "total"),
        ("Germany will provide €4 billion in aid.", None, "total"),
    ],
)
def test_amounts_that_are_not_changes(sentence: str, qualifier: str | None, scope: str) -> None:
    f = one(sentence)
    assert (f.qualifier, f.scope) == (qualifier, scope)
