from __future__ import annotations

import pytest

from nato_diff.extract.figures import extract_figures

from .conftest import SUPPORT_150


def test_share_of_a_following_amount_is_part_of_it() -> None:
    figs = extract_figures("Two-thirds of the €60 billion came from Europe.")
    assert [(f.kind, f.part_of) for f in figs] == [("share", 1), ("money", None)]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        (SUPPORT_150, [None, 0]),
        (
            "Japan pledged $4.5 billion in support, of which $1 billion is for reconstruction.",
            [None, 0],
        ),
        (
            "Allies gave €150 billion, including €65 billion in military aid and €30 billion "
            "in financial aid.",
            [None, 0, 0],
        ),
        ("Allies gave €10 billion in loans and €5 billion in grants.", [None, None]),
        ("Total aid exceeds $100bn, with the US providing about half.", [None, 0]),
    ],
)
def test_part_of(sentence: str, parts: list[int | None]) -> None:
    assert [f.part_of for f in extract_figures(sentence)] == parts
