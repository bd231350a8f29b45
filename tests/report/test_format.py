"""Numbers, headers and quotations as the report writes them for people."""

from __future__ import annotations

import pytest

from nato_diff.report.format import _amount, _closed_quote, _header, _number, _percent


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (1.5e11, "150 bn"),
        (2.5e9, "2.5 bn"),
        (4.2e6, "4.2 m"),
        (1.2e12, "1.2 tn"),
        (576.0, "576"),
        (12345.0, "12,345"),
        (0.125, "0.125"),
    ],
)
def test_numbers_for_people(value: float, written: str) -> None:
    assert _number(value) == written


@pytest.mark.parametrize(
    ("args", "written"),
    [
        ((1.5e11, None, "EUR", "lower"), "at least €150 bn"),
        ((6.5e10, None, "EUR", "exact"), "€65 bn"),
        ((1e11, None, "EUR", "approx"), "about €100 bn"),
        ((3e9, 3.5e9, "USD", None), "$3–3.5 bn"),
        ((2e8, None, "NOK", "upper"), "up to NOK 200 m"),
    ],
)
def test_amounts_as_a_reader_says_them(args: tuple[object, ...], written: str) -> None:
    assert _amount(*args) == written


def test_percentages_and_headers() -> None:
    assert [_percent(v) for v in (0.68, 0.125, 0.004, 0.0, None)] == [
        "68%",
        "12%",
        "0.4%",
        "0%",
        "",
    ]
    assert [_header(c) for c in ("doc_id", "n_words", "date_source", "from_date")] == [
        "Document",
        "Words",
        "Dated from",
        "From",
    ]


@pytest.mark.parametrize(
    ("sentence", "closed"),
    [
        (
            "“Ukraine will join the Alliance, he said.",
            "“Ukraine will join the Alliance, he said.”",
        ),
        ("the bridge is irreversible,” he said.", "“the bridge is irreversible,” he said."),
        ("“The door is open,” she said.", "“The door is open,” she said."),
        ('He called it "a historic day.', 'He called it "a historic day."'),
    ],
)
def test_quotations_always_close(sentence: str, closed: str) -> None:
    assert _closed_quote(sentence) == closed
