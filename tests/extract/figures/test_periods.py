from __future__ import annotations

import datetime as dt

import pytest

from .conftest import one

PERIODS = [
    ("since February 2022", dt.date(2023, 4, 20), dt.date(2022, 2, 1)),
    ("since 24 February 2022", None, dt.date(2022, 2, 24)),
    ("since February 24, 2022", None, dt.date(2022, 2, 24)),
    ("since 2014", None, dt.date(2014, 1, 1)),
    ("since last year", dt.date(2023, 9, 28), dt.date(2022, 1, 1)),
    ("since last year", None, None),
    ("since the beginning of the year", dt.date(2024, 7, 1), dt.date(2024, 1, 1)),
    ("since January", dt.date(2024, 7, 1), dt.date(2024, 1, 1)),
    ("since November", dt.date(2024, 7, 1), dt.date(2023, 11, 1)),
    ("since the start of Russia's full-scale invasion", None, dt.date(2022, 2, 24)),
    ("in 2023", dt.date(2024, 1, 1), None),
]


@pytest.mark.parametrize(("phrase", "doc_date", "start"), PERIODS)
def test_period_start(phrase: str, doc_date: dt.date | None, start: dt.date | None) -> None:
    f = one(
        f"{phrase[0].upper()}{phrase[1:]}, allies provided €10 billion in aid.", doc_date=doc_date
    )
    assert f.period_start == start
