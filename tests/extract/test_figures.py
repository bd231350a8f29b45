from __future__ import annotations

import datetime as dt
import itertools
import math
import random
import re
from pathlib import Path

import pandas as pd
import pytest
from text_to_num import text2num

from nato_diff.errors import DimensionError, NatoDiffError
from nato_diff.extract.figures import (
    FIGURE_COLUMNS,
    SERIES_COLUMNS,
    Figure,
    describe_figure,
    extract_figures,
    figure_records,
    figure_series,
    load_figure_lexicon,
    normalize_donor,
    number_from_words,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
LEXICON = Path(__file__).resolve().parents[2] / "src" / "nato_diff" / "data" / "figures.yaml"

# Seed sentences, quoted as they stand in the documents.
SUPPORT_150 = (
    "NATO Secretary General also added that since February 2022, NATO allies provided Ukraine "
    "with more than €150 billion in support, including €65 billion in military aid."
)
NEARLY_100 = (
    "“This is a collective effort by all NATO Allies,” he said, noting that of nearly one "
    "hundred billion euros in military support committed to Ukraine since last year, around "
    "half has come from European NATO Allies and Canada."
)
FIFTY_NATIONS = (
    "He welcomed that Ukraine has strong backing from all NATO Allies and many partners in the "
    "Ukraine Defence Contact Group – with more than 50 nations providing support and supplies."
)
CALIBER = (
    "Artillery of 155 caliber, long-range weapons, and air defense, primarily the Patriot systems."
)
THIRD_VISIT = (
    "This is Jens Stoltenberg's third visit to Ukraine since the start of full-scale Russian "
    "invasion."
)
UN_NATIONS = (
    "He further noted that over 140 nations stood up for Ukraine’s sovereignty at the United "
    "Nations."
)
DOC_002 = dt.date(2023, 4, 20)  # NATO Secretary General Jens Stoltenberg visited Ukraine
DOC_004 = dt.date(2023, 9, 28)  # Secretary General visits Kyiv


def only(figures: list[Figure], kind: str) -> list[Figure]:
    return [f for f in figures if f.kind == kind]


def none(x: object) -> object:
    """Read a missing table value (None or NaN) as None."""
    return None if x is None or (isinstance(x, float) and math.isnan(x)) else x


def one(text: str, kind: str = "money", **kw: object) -> Figure:
    found = only(extract_figures(text, **kw), kind)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------------------------------
# Facts from the seed documents
# ---------------------------------------------------------------------------------------


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


# ---------------------------------------------------------------------------------------
# Money: currencies, scales, number words, ranges
# ---------------------------------------------------------------------------------------

MONEY = [
    # text, value, value_high, currency
    ("EUR 5.5 billion", 5.5e9, None, "EUR"),
    ("UAH 40 billion", 4.0e10, None, "UAH"),
    ("€1.5bn", 1.5e9, None, "EUR"),
    ("$1–2 billion", 1e9, 2e9, "USD"),
    ("£2.3 million", 2.3e6, None, "GBP"),
    ("1,000 hryvnias", 1000.0, None, "UAH"),
    ("half a billion dollars", 5e8, None, "USD"),
    ("40 billion hryvnia", 4.0e10, None, "UAH"),
    ("₴40 bn", 4.0e10, None, "UAH"),
    ("65 €", 65.0, None, "EUR"),
    ("5 billion USD", 5e9, None, "USD"),
    ("GBP 300 million", 3e8, None, "GBP"),
    ("US$2.5 billion", 2.5e9, None, "USD"),
    ("C$500 million", 5e8, None, "CAD"),
    ("500 million Canadian dollars", 5e8, None, "CAD"),
    ("300 million pounds", 3e8, None, "GBP"),
    ("€2 mln", 2e6, None, "EUR"),
    ("$20k", 2e4, None, "USD"),
    ("€1 trillion", 1e12, None, "EUR"),
    ("one hundred billion euros", 1e11, None, "EUR"),
    ("two and a half million euros", 2.5e6, None, "EUR"),
    ("a billion dollars", 1e9, None, "USD"),
    ("twenty-five million pounds sterling", 2.5e7, None, "GBP"),
    ("between 10 and 20 million euros", 1e7, 2e7, "EUR"),
    ("€1bn–€2bn", 1e9, 2e9, "EUR"),
    ("1 to 2 billion dollars", 1e9, 2e9, "USD"),
    ("$1.2-1.5 billion", 1.2e9, 1.5e9, "USD"),
    ("$5-billion", 5e9, None, "USD"),
    ("A$5 billion", 5e9, None, "AUD"),
    ("USD500m", 5e8, None, "USD"),
]


@pytest.mark.parametrize(("text", "value", "high", "currency"), MONEY)
def test_money_forms(text: str, value: float, high: float | None, currency: str) -> None:
    f = one(f"Allies pledged {text} last week.")
    assert f.value == pytest.approx(value)
    assert f.value_high == (pytest.approx(high) if high is not None else None)
    assert f.currency == currency
    assert f.text == text


@pytest.mark.parametrize(
    "text",
    [
        "5,000 pounds of explosives",  # weight, not sterling
        "a 5 m wall",  # five metres: scale abbreviations need a currency
        "the euro area grew by 5 billion",  # no currency next to the amount
    ],
)
def test_not_money(text: str) -> None:
    assert only(extract_figures(text), "money") == []


def test_a_spaced_dollar_is_not_australian() -> None:
    f = one("A $5-billion package of military aid.")
    assert (f.text, f.currency, f.value, f.scope) == ("$5-billion", "USD", 5e9, "military")


EUROPEAN_AND_OTHER_CURRENCIES = [
    ("NOK 75 billion", "NOK"),
    ("75 billion Norwegian kroner", "NOK"),
    ("NKr 2bn", "NOK"),
    ("SEK 5 billion", "SEK"),
    ("5 billion kronor", "SEK"),
    ("5 billion Swedish krona", "SEK"),
    ("SKr 5 billion", "SEK"),
    ("5 billion krona", "SEK"),  # the default of the shared name "krona"
    ("DKK 1.3 billion", "DKK"),
    ("1.3 billion Danish kroner", "DKK"),
    ("DKr 1.3bn", "DKK"),
    ("ISK 1 billion", "ISK"),
    ("PLN 2 billion", "PLN"),
    ("2 billion złoty", "PLN"),
    ("2 billion zlotys", "PLN"),
    ("CZK 1 billion", "CZK"),
    ("1 billion Czech korunas", "CZK"),
    ("CHF 5 million", "CHF"),
    ("5 million Swiss francs", "CHF"),
    ("CAD 500 million", "CAD"),
    ("JPY 100 billion", "JPY"),
    ("100 billion yen", "JPY"),
    ("¥100 billion", "JPY"),
    ("AUD 100 million", "AUD"),
    ("100 million Australian dollars", "AUD"),
]


@pytest.mark.parametrize(("text", "currency"), EUROPEAN_AND_OTHER_CURRENCIES)
def test_european_and_other_currencies(text: str, currency: str) -> None:
    f = one(f"They pledged {text} last week.")
    assert (f.text, f.currency) == (text, currency)


@pytest.mark.parametrize(
    ("sentence", "currencies"),
    [
        ("Norway promised NOK 75 billion, i.e. 15 billion kroner a year.", ["NOK", "NOK"]),
        ("Denmark will give 1.3 billion kroner.", ["DKK"]),
        ("Sweden pledged 5 billion crowns.", ["SEK"]),
        ("The Czech government gave 1 billion crowns.", ["CZK"]),
        ("Iceland gave 500 million krona.", ["ISK"]),
        ("Switzerland gave 5 million francs.", ["CHF"]),
        ("The fund holds 15 billion kroner.", []),  # no hint: left out, not guessed
        ("Norway and Denmark gave 1 billion kroner each.", []),  # two hints
    ],
)
def test_shared_currency_names_follow_the_sentence(sentence: str, currencies: list[str]) -> None:
    assert [f.currency for f in only(extract_figures(sentence), "money")] == currencies


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("one hundred billion", 1e11),
        ("two and a half million", 2.5e6),
        ("one and a half", 1.5),
        ("half a billion", 5e8),
        ("a quarter of a million", 2.5e5),
        ("a million", 1e6),
        ("two dozen", 24.0),
        ("twenty-five", 25.0),
        ("two hundred and fifty million", 2.5e8),
        ("one million two hundred thousand", 1.2e6),
        ("1.5 billion", 1.5e9),
        ("1,000", 1000.0),
        ("", None),
        ("half", None),
        ("third", None),
        ("two three", None),
        ("fifty nations", None),
    ],
)
def test_number_from_words(text: str, value: float | None) -> None:
    assert number_from_words(text) == (pytest.approx(value) if value is not None else None)


@pytest.mark.parametrize("words", ["one hundred", "fifty-five", "nine hundred ninety", "twelve"])
def test_number_from_words_agrees_with_text2num(words: str) -> None:
    assert number_from_words(words) == float(text2num(words, "en"))


# ---------------------------------------------------------------------------------------
# Qualifiers and bounds
# ---------------------------------------------------------------------------------------

QUALIFIERS = [
    ("more than", "lower"),
    ("over", "lower"),
    ("at least", "lower"),
    ("in excess of", "lower"),
    ("nearly", "upper"),
    ("almost", "upper"),
    ("up to", "upper"),
    ("under", "upper"),
    ("less than", "upper"),
    ("around", "approx"),
    ("about", "approx"),
    ("approximately", "approx"),
    ("some", "approx"),
    ("roughly", "approx"),
    ("an estimated", "approx"),
]


@pytest.mark.parametrize(("qualifier", "bound"), QUALIFIERS)
def test_qualifiers(qualifier: str, bound: str) -> None:
    f = one(f"The allies provided {qualifier} €3 billion in aid.")
    assert (f.qualifier, f.bound, f.value) == (qualifier, bound, 3e9)
    assert f.text == f"{qualifier} €3 billion"
    c = one(f"{qualifier.capitalize()} 30 nations joined.", "count")
    assert (c.qualifier, c.bound) == (qualifier, bound)


@pytest.mark.parametrize(
    ("text", "qualifier", "bound"),
    [
        ("€5bn or more in loans", "or more", "lower"),
        ("50+ nations", "+", "lower"),
        ("$2 billion or so", "or so", "approx"),
        ("€3 billion", None, "exact"),
    ],
)
def test_qualifiers_after(text: str, qualifier: str | None, bound: str) -> None:
    f = extract_figures(text)[0]
    assert (f.qualifier, f.bound) == (qualifier, bound)


# ---------------------------------------------------------------------------------------
# Counts, shares, percentages
# ---------------------------------------------------------------------------------------

COUNTS = [
    ("more than 50 nations", 50.0, "nations", "lower"),
    ("four Patriot systems", 4.0, "systems", "exact"),
    ("over 20 countries", 20.0, "countries", "lower"),
    ("18 Leopard 2 tanks", 18.0, "tanks", "exact"),
    ("61 F-16 jets", 61.0, "jets", "exact"),
    ("some 11,000 troops", 11000.0, "troops", "approx"),
    ("1 million shells", 1e6, "shells", "exact"),
    ("a quarter of a million shells", 2.5e5, "shells", "exact"),
    ("2000 soldiers", 2000.0, "soldiers", "exact"),
    ("all 32 Allies", 32.0, "allies", "exact"),
    ("ten air defence systems", 10.0, "systems", "exact"),
    ("at least 25 Patriot batteries", 25.0, "batteries", "lower"),
    ("50 or more nations", 50.0, "nations", "lower"),
]


@pytest.mark.parametrize(("text", "value", "unit", "bound"), COUNTS)
def test_counts(text: str, value: float, unit: str, bound: str) -> None:
    c = one(f"He said {text} were ready.", "count")
    assert (c.value, c.unit, c.bound) == (value, unit, bound)
    assert c.currency is None


SHARES = [
    ("around half has come from Europe", "around half", 0.5, "approx"),
    ("a third came from Germany", "a third", 1 / 3, "exact"),
    ("two-thirds of it came from Europe", "two-thirds", 2 / 3, "exact"),
    ("nearly three quarters of the total", "nearly three quarters", 0.75, "upper"),
    ("40% of the aid came from the US", "40%", 0.4, "exact"),
    ("about 60 percent of the support", "about 60 percent", 0.6, "approx"),
    ("one in three shells", "one in three", 1 / 3, "exact"),
]


@pytest.mark.parametrize(("text", "span", "value", "bound"), SHARES)
def test_shares(text: str, span: str, value: float, bound: str) -> None:
    s = one(text, "share")
    assert (s.text, s.bound) == (span, bound)
    assert s.value == pytest.approx(value)


def test_share_of_a_following_amount_is_part_of_it() -> None:
    figs = extract_figures("Two-thirds of the €60 billion came from Europe.")
    assert [(f.kind, f.part_of) for f in figs] == [("share", 1), ("money", None)]


def test_percent_of_gdp_is_a_rate_never_aid() -> None:
    lex = load_figure_lexicon()
    f = one("Allies agreed to spend at least 2% of GDP on defence.", "percent")
    assert (f.value, f.unit, f.bound) == (pytest.approx(0.02), "percent of GDP", "lower")
    assert f.scope in (None, "defence spending")
    assert f.scope not in lex.aid_scopes
    assert f.period_start is None


def test_percent_without_of_is_a_percent() -> None:
    f = one("Inflation fell to 5.1% in May 2024.", "percent")
    assert f.value == pytest.approx(0.051)


# ---------------------------------------------------------------------------------------
# Numbers that are not volumes
# ---------------------------------------------------------------------------------------

NOT_VOLUMES = [
    "We stood with you after the annexation of Crimea in 2014.",
    "The plan for 2022 was agreed.",
    "Ukraine was granted the status on 12 June 2020 by a decision of the Council.",
    "They discussed the meeting on April 21 and the summit.",
    "The meeting on April 21, 2023 was short.",
    "posted 11 March 2021 13:00",
    "25 February 2021 - 14:42",
    "This was Mr Stoltenberg’s fifth trip to Ukraine, and his second since the invasion.",
    "This is the first visit since the war.",
    "the celebrations on the occasion of the 30th anniversary of Ukraine's independence",
    "we shortened your path to NATO from two to one step",
    "he pointed to three historic decisions taken at the summit",
    "training for F-16 pilots",
    "cooperation in overcoming the COVID-19 pandemic",
    "Article 5 of the Washington Treaty",
    "I welcome President Zelenskyy’s ten-point plan.",
    "The EU adopted its 14th package of sanctions.",
    "It was a third visit.",
    "in the first half of 2023",
    "half of the year",
    "millions of people",
]


@pytest.mark.parametrize("text", NOT_VOLUMES)
def test_not_volumes(text: str) -> None:
    figs = extract_figures(text)
    assert [f for f in figs if f.kind in ("money", "count", "share")] == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("155mm shells", 155.0, "mm"),
        ("155-mm artillery shells", 155.0, "mm"),
        ("Artillery of 155 caliber", 155.0, "caliber"),
        ("a 300 km range", 300.0, "km"),
    ],
)
def test_measures_are_not_counts(text: str, value: float, unit: str) -> None:
    figs = extract_figures(text)
    assert [(f.kind, f.value, f.unit) for f in figs] == [("measure", value, unit)]


# ---------------------------------------------------------------------------------------
# Scope, period, parts
# ---------------------------------------------------------------------------------------

SCOPES = [
    ("€65 billion in military aid", "military"),
    ("$50 billion in security assistance", "military"),
    ("€150 billion in support", "total"),
    ("€5 billion in aid", "total"),
    ("€2 billion in assistance", "total"),
    ("€1.5 billion in macro-financial assistance", "financial"),
    ("$20 billion in budget support", "financial"),
    ("€3 billion in financial support", "financial"),
    ("€2 billion in humanitarian aid", "humanitarian"),
    ("€5 billion in military and financial support", "total"),
    ("a humanitarian aid package worth $5 million", "humanitarian"),
    ("€100 billion on defence", "defence spending"),
    ("$30 billion", None),
]


@pytest.mark.parametrize(("text", "scope"), SCOPES)
def test_scope(text: str, scope: str | None) -> None:
    assert one(f"The allies gave {text}.").scope == scope


def test_scope_stays_in_its_clause() -> None:
    figs = extract_figures(
        "The EU has provided €1.5 bn in macro-financial assistance and €2 billion in "
        "humanitarian aid."
    )
    assert [f.scope for f in figs] == ["financial", "humanitarian"]


ATTACKS_AND_LOSSES = [
    "Russia launched 38 missiles and 40 drones at Kyiv overnight, killing at least 31 people.",
    "Russia fired 40 missiles at power plants rebuilt with Western aid.",
    "Air defence forces shot down 30 drones supplied as military aid.",
    "Russia destroyed 20 tanks delivered as military aid.",
    "Ukraine has lost 12 pilots trained with Allied military support.",
    "The strike killed 12 soldiers guarding a humanitarian aid convoy.",
    "Humanitarian aid reached 2 million people.",
    "At least 31 civilians were killed, and 12 civilians were injured.",
]


@pytest.mark.parametrize("sentence", ATTACKS_AND_LOSSES)
def test_attack_and_casualty_figures_are_not_aid(sentence: str) -> None:
    figs = extract_figures(sentence)
    assert figs and all(f.kind == "count" for f in figs)
    assert [f.scope for f in figs] == [None] * len(figs)


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Allies sent 40 missiles as military aid.", "military"),
        ("The EU launched a €5 billion aid package.", "total"),  # "launched" is for counts
        ("The deal, struck last week, is worth $1 billion in aid.", "total"),
        ("Norway gave €100 million in medical aid for wounded soldiers.", "humanitarian"),
    ],
)
def test_attack_words_leave_real_aid_alone(sentence: str, scope: str) -> None:
    assert [f.scope for f in extract_figures(sentence)] == [scope]


DOMESTIC = [
    # sentence, kind, scope
    (
        "Germany set up 100 billion euros in a special fund for the Bundeswehr.",
        "money",
        "domestic",
    ),
    (
        "Ukraine allocated UAH 40 billion for drone production from the state budget.",
        "money",
        "domestic",
    ),
    (
        "The Bundestag approved €50 billion in defence funding for the Bundeswehr.",
        "money",
        "domestic",
    ),
    ("Germany will spend €80 billion on its own armed forces next year.", "money", "domestic"),
    ("The Ministry of Finance raised UAH 40 billion from war bonds.", "money", "domestic"),
    ("Germany will spend 2% of GDP on defence.", "percent", "defence spending"),
    ("Ukraine will spend €5 billion on weapons.", "money", None),  # no transfer
    ("The Ministry of Finance raised UAH 40 billion in loans.", "money", None),
    # aid stays aid
    ("Germany gave €500 million in military aid paid from the state budget.", "money", "military"),
    ("The €2 billion special fund will buy weapons for Ukraine.", "money", "military"),
    ("Allies gave €10 billion in loans.", "money", "financial"),
    ("The EU's €50 billion Ukraine Facility runs until 2027.", "money", "financial"),
    ("Ukraine will get 1.2 million rounds of ammunition.", "count", "military"),
    (SUPPORT_150, "money", "total"),
    (NEARLY_100, "money", "military"),
]


@pytest.mark.parametrize(("sentence", "kind", "scope"), DOMESTIC)
def test_domestic_spending_is_not_aid(sentence: str, kind: str, scope: str | None) -> None:
    lex = load_figure_lexicon()
    f = only(extract_figures(sentence), kind)[0]
    assert f.scope == scope
    if scope in ("domestic", "defence spending", None):
        assert f.scope not in lex.aid_scopes


OTHER_RECIPIENTS = [
    # sentence, scopes in order: aid to someone else is not aid to Ukraine
    ("The memorandum commits Washington to $3.8 billion a year for Israel.", [None]),
    ("The US gave $3.8 billion in military aid to Israel.", [None]),
    ("The EU approved €2 billion in macro-financial assistance for Moldova.", [None]),
    ("They sent $500 million in aid to Gaza.", [None]),
    ("They sent $500 million in aid to the Gaza Strip.", [None]),
    (
        "Japan pledged $4.5 billion in aid to Ukraine and $1 billion in aid to Gaza.",
        ["total", None],
    ),
    ("The US gave $1 billion in aid to Israel and $2 billion in aid to Ukraine.", [None, "total"]),
    # Ukraine stays a recipient; no recipient stays as it was
    ("Congress approved $61 billion in aid for Ukraine and Israel.", ["total"]),
    ("Germany gave €2 billion in military aid to Kyiv.", ["military"]),
    ("The EU approved €2 billion in macro-financial assistance for Ukraine.", ["financial"]),
    ("Germany gave €2 billion in military aid.", ["military"]),
    ("Germany gave €2 billion for Ukraine.", [None]),
]


@pytest.mark.parametrize(("sentence", "scopes"), OTHER_RECIPIENTS)
def test_aid_to_another_country_is_not_aid_to_ukraine(
    sentence: str, scopes: list[str | None]
) -> None:
    assert [f.scope for f in extract_figures(sentence)] == scopes


NOT_AID_SHARES_AND_COUNTS = [
    # sentence, kind: shares of what was destroyed or lost, ships and voyages
    ("About a third of the Black Sea Fleet was destroyed.", "share"),
    ("Drones given as military aid destroyed about a third of the Black Sea Fleet.", "share"),
    ("With allied support, Ukraine has damaged about half of the fleet's landing ships.", "share"),
    ("Two-thirds of the fleet's ships were sunk by drones sent as military aid.", "share"),
    ("More than 1,300 vessels have used the corridor.", "count"),
    ("More than 1,300 vessels have used the corridor opened with allied support.", "count"),
    ("Some 400 voyages carried grain under the aid corridor deal.", "count"),
    ("Over 2,000 ships carried grain under the deal supported by the UN.", "count"),
    ("Ships carried 33 million tonnes of grain supported by allied aid.", "measure"),
]


@pytest.mark.parametrize(("sentence", "kind"), NOT_AID_SHARES_AND_COUNTS)
def test_losses_and_shipping_are_not_aid(sentence: str, kind: str) -> None:
    figs = only(extract_figures(sentence), kind)
    assert len(figs) == 1
    assert figs[0].scope is None


def test_share_of_aid_without_a_loss_keeps_its_scope() -> None:
    figs = extract_figures("About a third of the €50 billion in aid went to Kharkiv.")
    assert [(f.kind, f.scope) for f in figs] == [("share", "total"), ("money", "total")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Allies provided 18 Patriot launchers and more than 100 missiles.",
            [
                ("18 Patriot launchers", 18, "launchers", "exact"),
                ("more than 100 missiles", 100, "missiles", "lower"),
            ],
        ),
        (
            "Allies sent 5 batteries and more than 200 interceptor missiles.",
            [
                ("5 batteries", 5, "batteries", "exact"),
                ("more than 200 interceptor missiles", 200, "missiles", "lower"),
            ],
        ),
        (
            "At least 10 countries and fewer than 20 partners pledged jets.",
            [
                ("At least 10 countries", 10, "countries", "lower"),
                ("fewer than 20 partners", 20, "partners", "upper"),
            ],
        ),
        # "and more", "or more" with no "than" after them still qualify the figure before
        ("Allies sent 50 tanks and more.", [("50 tanks and more", 50, "tanks", "lower")]),
        ("Allies sent 50 tanks or more.", [("50 tanks or more", 50, "tanks", "lower")]),
        ("Allies sent 50 or more tanks.", [("50 or more tanks", 50, "tanks", "lower")]),
    ],
)
def test_more_than_after_a_figure_belongs_to_the_next(
    sentence: str, expected: list[tuple[str, float, str, str]]
) -> None:
    figs = extract_figures(sentence)
    assert [(f.text, f.value, f.unit, f.bound) for f in figs] == expected


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("Lithuania has provided more than 1% of its GDP in military aid.", "military"),
        ("Denmark gives 2% of GDP in support to Ukraine.", "total"),
        ("Estonia spends 0.25% of GDP on aid to Ukraine.", "total"),
        ("Allies agreed to spend 2% of GDP on defence.", "defence spending"),
        ("Allies made a commitment to spend 2% of GDP on defence.", "defence spending"),
        ("Poland spends 4% of GDP on defence and gives aid to Ukraine.", "defence spending"),
        ("The economy grew by 5% of GDP.", None),
    ],
)
def test_percent_of_gdp_stated_as_aid_has_an_aid_scope(sentence: str, scope: str | None) -> None:
    f = one(sentence, "percent")
    assert (f.unit, f.scope) == ("percent of GDP", scope)


def test_parts_keep_their_phrase_scope_inside_an_aid_whole() -> None:
    s = "The European Union has agreed a €50bn Ukraine Facility, of which €33 billion in loans."
    assert [f.scope for f in extract_figures(s)] == ["financial", "financial"]
    s = "A $95 billion foreign aid bill, including $61 billion for Ukraine, passed."
    assert [f.scope for f in extract_figures(s)] == ["total", "total"]


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


def test_count_range() -> None:
    c = one("Between 10 and 20 nations sent tanks.", "count")
    assert (c.value, c.value_high, c.unit) == (10.0, 20.0, "nations")


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


# ---------------------------------------------------------------------------------------
# describe_figure
# ---------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------
# figure_records and figure_series
# ---------------------------------------------------------------------------------------


def table(*docs: tuple[str, dt.date, str]) -> pd.DataFrame:
    rows = []
    for doc_id, date, sentence in docs:
        figs = extract_figures(sentence, doc_date=date)
        rows += figure_records(
            figs, doc_id=doc_id, date=date, sentence_id=7, sentence=sentence, dimension="aid"
        )
    return pd.DataFrame(rows, columns=list(FIGURE_COLUMNS))


SEED_TABLE = (("002", DOC_002, SUPPORT_150), ("004", DOC_004, NEARLY_100))


def test_figure_records_columns_and_ids() -> None:
    t = table(*SEED_TABLE)
    assert tuple(t.columns) == FIGURE_COLUMNS
    assert FIGURE_COLUMNS[-1] == "donor"
    assert [None if pd.isna(d) else d for d in t["donor"]] == [
        "NATO Allies",
        "NATO Allies",
        None,
        "European Allies and Canada",
    ]
    assert list(t["figure_id"]) == ["002:7:0", "002:7:1", "004:7:0", "004:7:1"]
    assert [None if pd.isna(p) else p for p in t["part_of"]] == [
        None,
        "002:7:0",
        None,
        "004:7:0",
    ]


def test_series_links_military_money_across_seed_documents() -> None:
    s = figure_series(table(*SEED_TABLE), scope="military")
    assert tuple(s.columns) == SERIES_COLUMNS
    assert list(s["doc_id"]) == ["002", "004"]
    assert list(s["value"]) == [6.5e10, 1.0e11]
    last = s.iloc[-1]
    assert last["prev_doc_id"] == "002"
    assert last["prev_value"] == 6.5e10
    assert last["change_abs"] == pytest.approx(3.5e10)
    assert last["change_rel"] == pytest.approx(3.5e10 / 6.5e10)
    assert (last["bound"], last["prev_bound"]) == ("upper", "exact")
    assert last["label"] == "military: €65 bn (2023-04-20) → nearly €100 bn (2023-09-28)"
    assert math.isnan(s.iloc[0]["prev_value"])


def test_series_picks_the_whole_then_the_largest() -> None:
    t = table(
        (
            "a",
            dt.date(2023, 1, 1),
            "Allies gave €50 billion in aid, including €20 billion in aid.",
        ),
        ("a", dt.date(2023, 1, 1), "Separately, €10 billion in aid was promised."),
        ("b", dt.date(2023, 6, 1), "Allies gave €70 billion in aid."),
    )
    s = figure_series(t, scope="total")
    assert list(s["value"]) == [5e10, 7e10]
    assert s.iloc[0]["text"] == "€50 billion"


def test_series_never_mixes_currencies_and_converts_with_rates() -> None:
    t = table(
        *SEED_TABLE, ("005", dt.date(2024, 1, 5), "The US gave $50 billion in military aid.")
    )
    plain = figure_series(t, scope="military")
    assert sorted(set(plain["currency"])) == ["EUR", "USD"]
    usd = plain[plain["currency"] == "USD"].iloc[0]
    assert math.isnan(usd["prev_value"])  # not compared with euros
    conv = figure_series(t, scope="military", rates={"USD": 0.9}, currency="EUR", by_donor=False)
    assert list(conv["currency"]) == ["EUR", "EUR", "EUR"]
    last = conv.iloc[-1]
    assert last["value"] == pytest.approx(4.5e10)
    assert (last["original_value"], last["original_currency"], last["rate"]) == (
        5e10,
        "USD",
        0.9,
    )
    assert last["prev_value"] == 1e11


def test_series_missing_rate_is_a_clear_error() -> None:
    t = table(("005", dt.date(2024, 1, 5), "The US gave $50 billion in military aid."))
    with pytest.raises(NatoDiffError, match=r"no exchange rate for 'USD'.*rates="):
        figure_series(t, rates={"GBP": 1.1}, currency="EUR")
    with pytest.raises(NatoDiffError, match="needs currency"):
        figure_series(t, rates={"USD": 0.9})


def test_series_accepts_a_tracking_like_object_and_checks_columns() -> None:
    class Tracking:
        figures = table(*SEED_TABLE)

    assert len(figure_series(Tracking(), scope="military")) == 2
    with pytest.raises(NatoDiffError, match="lacks columns"):
        figure_series(pd.DataFrame({"value": [1.0]}))
    with pytest.raises(NatoDiffError, match="figures DataFrame"):
        figure_series(object())


def test_series_of_counts_and_empty_tables() -> None:
    s = figure_series(table(("004", DOC_004, FIFTY_NATIONS)), kind="count")
    assert list(s["label"]) == ["total: more than 50 nations (2023-09-28)"]
    empty = figure_series(table(("x", DOC_004, THIRD_VISIT)))
    assert empty.empty and tuple(empty.columns) == SERIES_COLUMNS


def test_series_missing_donor_continues_the_seed_series() -> None:
    t = table(*SEED_TABLE)
    assert pd.isna(t.loc[t["doc_id"] == "004", "donor"].iloc[0])  # the sentence names none
    s = figure_series(t, scope="military")
    assert list(s["donor"]) == ["NATO Allies", "NATO Allies"]
    assert s.iloc[-1]["prev_doc_id"] == "002"


def test_series_spellings_of_one_donor_are_one_series() -> None:
    t = table(
        ("a", dt.date(2023, 1, 1), "NATO allies gave €40 billion in military aid."),
        ("b", dt.date(2023, 6, 1), "Allies gave €50 billion in military aid."),
        ("c", dt.date(2024, 1, 1), "All NATO Allies gave €60 billion in military aid."),
    )
    s = figure_series(t)
    assert list(s["donor"]) == ["NATO Allies"] * 3
    assert list(s["prev_value"].iloc[1:]) == [4e10, 5e10]


DONOR_DOCS = (
    (
        "de1",
        dt.date(2023, 7, 11),
        "Germany announced a military aid package worth nearly €700 million.",
    ),
    ("de2", dt.date(2024, 2, 20), "Germany will give €7 billion in military aid in 2024."),
    (
        "all",
        dt.date(2025, 2, 13),
        "Allies provided more than €50 billion in military aid in 2024.",
    ),
    ("unk", dt.date(2025, 3, 1), "Nearly €60 billion in military aid was committed in 2024."),
)


def test_series_keep_donors_apart() -> None:
    s = figure_series(table(*DONOR_DOCS), scope="military")
    by = {r["doc_id"]: r for r in s.to_dict("records")}
    assert by["de2"]["prev_doc_id"] == "de1"
    assert pd.isna(by["all"]["prev_doc_id"]) and math.isnan(by["all"]["prev_value"])
    assert (by["unk"]["donor"], by["unk"]["prev_doc_id"]) == ("NATO Allies", "all")
    assert list(s["doc_id"]) == [
        "de1",
        "de2",
        "all",
        "unk",
    ]  # by series (Germany first), then date
    assert "€700 m" not in " ".join(s.loc[s["donor"] == "NATO Allies", "label"])
    chained = figure_series(table(*DONOR_DOCS), scope="military", by_donor=False)
    assert [none(d) for d in chained["prev_doc_id"]] == [None, "de1", "de2", "all"]


def test_series_missing_donor_never_joins_a_series_of_its_own_document() -> None:
    rows = []
    for doc, day, sid, sentence in [
        ("a", dt.date(2023, 1, 1), 0, "Germany gave €5 billion in military aid."),
        ("b", dt.date(2023, 6, 1), 0, "France gave €3 billion in military aid."),
        ("b", dt.date(2023, 6, 1), 1, "Another €2 billion in military aid is planned."),
        ("c", dt.date(2023, 9, 1), 0, "€9 billion in military aid was given."),
    ]:
        figs = extract_figures(sentence)
        rows += figure_records(figs, doc_id=doc, date=day, sentence_id=sid, sentence=sentence)
    s = figure_series(pd.DataFrame(rows, columns=list(FIGURE_COLUMNS)))
    # b's unnamed figure does not extend France's series, which already has b; c, named by
    # no one either, continues the latest earlier figure: b's unnamed one
    assert [
        (r["doc_id"], none(r["donor"]), none(r["prev_doc_id"])) for r in s.to_dict("records")
    ] == [
        ("b", "France", None),
        ("a", "Germany", None),
        ("b", None, None),
        ("c", None, "b"),
    ]


def test_series_leave_out_changes() -> None:
    t = table(
        ("a", dt.date(2023, 1, 1), "The UK gave £2.3 billion in military aid."),
        ("b", dt.date(2024, 1, 1), "The UK will give £2.5 billion, an increase of £200 million."),
        ("c", dt.date(2024, 6, 1), "Aid to Ukraine grew by £300 million in military aid."),
    )
    assert len(t) == 4  # the changes are in the figures table ...
    s = figure_series(t, include_unscoped=True)
    assert sorted(s["text"]) == ["£2.3 billion", "£2.5 billion"]  # ... but in no series


def test_series_accept_a_table_without_donors() -> None:
    t = table(*SEED_TABLE).drop(columns=["donor"])
    s = figure_series(t, scope="military")
    assert list(s["value"]) == [6.5e10, 1.0e11]
    assert list(s["donor"]) == [None, None]


def test_series_duplicate_rows_of_one_figure_count_once() -> None:
    t = table(*SEED_TABLE)
    doubled = pd.concat([t, t.assign(dimension="other")], ignore_index=True)
    assert len(figure_series(doubled)) == len(figure_series(t))


# ---------------------------------------------------------------------------------------
# The lexicon file
# ---------------------------------------------------------------------------------------


def test_default_lexicon_is_cached_and_complete() -> None:
    lex = load_figure_lexicon()
    assert lex is load_figure_lexicon()
    assert {"EUR", "USD", "GBP", "UAH"} <= set(lex.currencies)
    assert lex.total_scope == "total"
    assert {"military", "financial", "humanitarian", "total"} <= lex.aid_scopes
    assert "defence spending" not in lex.aid_scopes


def test_custom_lexicon_adds_a_currency(tmp_path: Path) -> None:
    text = LEXICON.read_text(encoding="utf-8").replace(
        "currencies:\n", "currencies:\n  ZAR:\n    codes: [ZAR]\n    words: [rand]\n", 1
    )
    path = tmp_path / "figures.yaml"
    path.write_text(text, encoding="utf-8")
    lex = load_figure_lexicon(path)
    f = one("South Africa gave 500 million rand in aid.", lexicon=lex)
    assert (f.currency, f.value) == ("ZAR", 5e8)
    assert describe_figure(5e8, currency="ZAR", lexicon=lex) == "ZAR 500 m"
    assert only(extract_figures("South Africa gave 500 million rand in aid."), "money") == []


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("version: 1", "version: 2", r"figures\.yaml: version: unsupported version 2"),
        ("  EUR:\n", "  euro:\n", r"currencies\.euro: currency keys must be ISO 4217"),
        ("    value: 1000\n", "    value: lots\n", r"scales\.thousand\.value: expected a number"),
        ("upper: [nearly,", "below: [nearly,", r"qualifiers\.before: unknown bound 'below'"),
        ("total_scope: total", "total_scope: total\ncolour: red", r"unknown entries colour"),
        (
            'count_breakers: [of, in, "on",',
            "count_breakers: [of, in, on,",
            r"count_breakers: item 2",
        ),
        (
            "    candidates: [NOK, DKK, SEK]\n",
            "    candidates: [NOK, XXX]\n",
            r"ambiguous_currencies\.kroner\.candidates: unknown currencies XXX",
        ),
        (
            "    currency: NOK\n",
            "    currency: XYZ\n",
            r"donors\.Norway\.currency: unknown currency",
        ),
        (
            "non_aid_units: [people, ships, voyages]",
            "non_aid_units: [ghosts]",
            r"non_aid_units: 'ghosts' is not",
        ),
        (
            "  scope: domestic\n",
            "  scope: military\n",
            r"domestic\.scope: 'military' is not a scope",
        ),
        ("    default: SEK\n", "    default: EUR\n", r"ambiguous_currencies\.krona\.default"),
    ],
)
def test_invalid_lexicon_names_file_and_entry(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    text = LEXICON.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "figures.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(DimensionError, match=message):
        load_figure_lexicon(path)


def test_missing_lexicon_file(tmp_path: Path) -> None:
    with pytest.raises(DimensionError, match=r"nope\.yaml"):
        load_figure_lexicon(tmp_path / "nope.yaml")
