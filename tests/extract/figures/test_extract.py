from __future__ import annotations

import datetime as dt
import itertools
import random
import re
from pathlib import Path

from nato_diff.extract.figures import extract_figures, load_figure_lexicon

from .conftest import (
    CALIBER,
    DOC_002,
    DOC_004,
    FIFTY_NATIONS,
    NEARLY_100,
    SUPPORT_150,
    THIRD_VISIT,
    UN_NATIONS,
    one,
    only,
)
from .test_amounts import MONEY

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


def test_seed_support_since_february_2022_with_military_part() -> None:
    figs = extract_figures(SUPPORT_150, doc_date=DOC_002)
    assert [f.kind for f in figs] == ["money", "money"]
    total, military = figs
    assert total.text == "more than €150 billion"
    assert (total.value, total.currency, total.qualifier, total.bound) == (
        1.5e11,
        "EUR",
        "more than",
        "lower",
    )
    assert total.scope == "total"
    assert total.period_start == dt.date(2022, 2, 1)
    assert total.part_of is None
    assert military.text == "€65 billion"
    assert (military.value, military.currency, military.bound) == (6.5e10, "EUR", "exact")
    assert military.qualifier is None
    assert military.scope == "military"
    assert military.part_of == 0


def test_seed_nearly_one_hundred_billion_and_around_half() -> None:
    figs = extract_figures(NEARLY_100, doc_date=DOC_004)
    money = only(figs, "money")
    assert len(money) == 1
    m = money[0]
    assert m.text == "nearly one hundred billion euros"
    assert (m.value, m.currency, m.qualifier, m.bound) == (1.0e11, "EUR", "nearly", "upper")
    assert m.scope == "military"
    assert m.period_start == dt.date(2022, 1, 1)  # "since last year", written in 2023
    share = one(NEARLY_100, "share", doc_date=DOC_004)
    assert share.text == "around half"
    assert (share.value, share.bound, share.qualifier) == (0.5, "approx", "around")
    assert share.part_of == figs.index(m)
    assert share.scope == "military"


def test_seed_more_than_50_nations() -> None:
    c = one(FIFTY_NATIONS, "count")
    assert (c.value, c.unit, c.bound, c.qualifier) == (50.0, "nations", "lower", "more than")
    assert only(extract_figures(FIFTY_NATIONS), "money") == []


def test_seed_calibre_is_no_volume() -> None:
    figs = extract_figures(CALIBER)
    assert only(figs, "money") == [] and only(figs, "count") == []
    assert [(f.kind, f.value, f.unit) for f in figs] == [("measure", 155.0, "caliber")]


def test_seed_third_visit_is_nothing() -> None:
    assert extract_figures(THIRD_VISIT, doc_date=dt.date(2024, 4, 29)) == []


def test_seed_nations_at_the_un_are_not_aid() -> None:
    lex = load_figure_lexicon()
    for f in extract_figures(UN_NATIONS):
        assert f.kind == "count"
        assert (f.value, f.unit, f.bound) == (140.0, "nations", "lower")
        assert f.scope is None
        assert f.scope not in lex.aid_scopes


def _seed_sentences() -> list[tuple[str, str]]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for s in re.split(r"(?<=[.!?”])\s+", line.strip()):
                if s:
                    out.append((path.stem[:3], s))
    return out


def test_whole_seed_corpus_yields_only_the_real_figures() -> None:
    """Dates, times, ranks, F-16, COVID-19, Article 5, "two to one step" … give nothing."""
    found = [
        (doc, f.kind, f.text, f.value, f.unit)
        for doc, s in _seed_sentences()
        for f in extract_figures(s)
    ]
    assert found == [
        ("001", "measure", "155 caliber", 155.0, "caliber"),
        ("002", "money", "more than €150 billion", 1.5e11, None),
        ("002", "money", "€65 billion", 6.5e10, None),
        ("004", "count", "more than 50 nations", 50.0, "nations"),
        ("004", "count", "over 140 nations", 140.0, "nations"),
        ("004", "money", "nearly one hundred billion euros", 1.0e11, None),
        ("004", "share", "around half", 0.5, None),
        ("004", "count", "over 20 countries", 20.0, "countries"),
    ]


def test_random_text_never_breaks_the_invariants() -> None:
    rng = random.Random(7)
    words = re.findall(
        r"\S+",
        "€ $ £ US$ EUR bn m billion million one two twenty - – hundred and a half third of to "
        "between more than over nearly around nations systems F 16 155 mm % GDP since last "
        "year February 2022 June 13 : 00 30th including , . aid military support euros "
        "pounds or + 1,000 5.5 0 / ( ) Leopard 2 dozen in May 9999999999",
    )
    for _ in range(2000):
        s = "".join(
            w if rng.random() < 0.3 else " " + w for w in rng.choices(words, k=rng.randint(1, 12))
        )
        figs = extract_figures(s, doc_date=dt.date(2023, 5, 5))
        for f in figs:
            assert s[f.start : f.end] == f.text
            assert f.part_of is None or 0 <= f.part_of < len(figs)
            assert f.value_high is None or f.value_high >= f.value
        assert all(a.end <= b.start for a, b in itertools.pairwise(figs))


def test_offsets_point_at_the_text() -> None:
    for s in (SUPPORT_150, NEARLY_100, FIFTY_NATIONS, CALIBER, *[m[0] for m in MONEY]):
        for f in extract_figures(s):
            assert s[f.start : f.end] == f.text
