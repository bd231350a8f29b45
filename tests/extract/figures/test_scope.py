from __future__ import annotations

import pytest

from nato_diff.extract.figures import extract_figures, load_figure_lexicon

from .conftest import NEARLY_100, SUPPORT_150, one, only

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
