from __future__ import annotations

import pytest

from nato_diff.extract.figures import extract_figures, load_figure_lexicon

from .conftest import one, only

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


def test_count_range() -> None:
    c = one("Between 10 and 20 nations sent tanks.", "count")
    assert (c.value, c.value_high, c.unit) == (10.0, 20.0, "nations")


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
