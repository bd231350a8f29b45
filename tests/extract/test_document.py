"""Per-document extraction: figures, facets and readability in the tracking tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
import textstat

from nato_diff import Tracking, figure_series, load_corpus, load_dimensions, track
from nato_diff.corpus import Corpus
from nato_diff.extract.document import extract_document, join_values

from ..conftest import SEED_IDS

D = SEED_IDS


@pytest.fixture(scope="module")
def tracking(seeds: Corpus) -> Tracking:
    return track(seeds)


def _figures(t: Tracking, date: str, kind: str | None = None) -> pd.DataFrame:
    f = t.figures[t.figures["doc_id"] == D[date]]
    return f if kind is None else f[f["kind"] == kind]


def test_april_2023_money_figures(tracking: Tracking) -> None:
    money = _figures(tracking, "2023-04-20", "money").reset_index(drop=True)
    assert len(money) == 2
    total, military = money.iloc[0], money.iloc[1]
    assert (
        total["value"],
        total["currency"],
        total["qualifier"],
        total["bound"],
        total["scope"],
    ) == (1.5e11, "EUR", "more than", "lower", "total")
    assert total["period_start"] == pd.Timestamp(dt.date(2022, 2, 1))
    assert (military["value"], military["currency"], military["bound"], military["scope"]) == (
        6.5e10,
        "EUR",
        "exact",
        "military",
    )
    assert military["part_of"] == total["figure_id"]
    assert total["speaker"] == "Jens Stoltenberg"


def test_september_2023_figures(tracking: Tracking) -> None:
    f = _figures(tracking, "2023-09-28")
    money = f[f["kind"] == "money"]
    assert len(money) == 1
    m = money.iloc[0]
    assert (m["value"], m["currency"], m["bound"], m["scope"]) == (
        1.0e11,
        "EUR",
        "upper",
        "military",
    )
    assert m["text"] == "nearly one hundred billion euros"
    assert m["period_start"].year == 2022
    share = f[f["kind"] == "share"].iloc[0]
    assert (share["value"], share["bound"]) == (0.5, "approx")
    count = f[(f["kind"] == "count") & (f["unit"] == "nations")].iloc[0]
    assert (count["value"], count["bound"]) == (50.0, "lower")


@pytest.mark.parametrize("date", ["2021-02-25", "2021-03-11", "2024-04-29"])
def test_no_money_figures(tracking: Tracking, date: str) -> None:
    assert _figures(tracking, date, "money").empty


def test_non_volumes_are_not_aid_figures(tracking: Tracking) -> None:
    f = tracking.figures
    assert not f["text"].str.contains("155").any()  # a calibre, not an amount
    assert not f["text"].str.contains("third").any()
    un = f[f["sentence"].str.contains("United Nations", regex=False)]
    assert un.empty or not un["scope"].notna().any()


def test_every_figure_points_to_its_sentence(tracking: Tracking) -> None:
    for row in tracking.figures.itertuples(index=False):
        sentence = tracking.corpus[row.doc_id].sentences[row.sentence_id]
        assert sentence == row.sentence
        assert row.text in sentence


def test_military_series(tracking: Tracking) -> None:
    """€65 bn provided (delivered) and nearly €100 bn committed are two series, not a rise."""
    s = figure_series(tracking, kind="money", scope="military").set_index("text")
    assert s.loc["€65 billion", "value"] == 6.5e10
    assert s.loc["nearly one hundred billion euros", "value"] == pytest.approx(1.0e11)
    assert s.loc["nearly one hundred billion euros", "qualifier"] == "nearly"
    assert s["prev_doc_id"].isna().all()
    assert s.loc["€65 billion", "label"] == "military: €65 bn (2023-04-20)"


def test_facet_rows_carry_their_evidence(tracking: Tracking) -> None:
    f = tracking.facets
    row = f[(f["doc_id"] == D["2024-04-29"]) & (f["facet"] == "air_defence")].iloc[0]
    sid = row["sentence_ids"][0]
    assert "Patriot" in tracking.corpus[row["doc_id"]].sentences[sid]
    assert "Patriot" in row["terms"] or "air defense" in row["terms"]


def test_categories_do_not_come_from_page_chrome(seeds: Corpus) -> None:
    # the Odessa page's unrelated headlines name drones and the defence industry
    ex = extract_document(seeds[D["2024-04-29"]], load_dimensions())
    facets = {r["facet"] for r in ex.facets if r["dimension"] == "aid_volumes"}
    assert "drones" not in facets


def test_readability_matches_textstat(tracking: Tracking, seeds: Corpus) -> None:
    r = tracking.readability
    for doc in seeds:
        rows = r[(r["doc_id"] == doc.doc_id) & (r["scope"] == "document")].set_index("measure")
        assert rows.loc["flesch_reading_ease", "value"] == pytest.approx(
            textstat.flesch_reading_ease(doc.text)
        )
        assert rows.loc["gunning_fog", "value"] == pytest.approx(textstat.gunning_fog(doc.text))
        assert rows.loc["dale_chall", "value"] == pytest.approx(
            textstat.dale_chall_readability_score(doc.text)
        )
        assert rows.loc["flesch_kincaid_grade", "value"] == pytest.approx(
            textstat.flesch_kincaid_grade(doc.text)
        )
        assert bool(rows.loc["flesch_reading_ease", "reliable"]) is True


def test_short_passages_are_unreliable(tracking: Tracking) -> None:
    r = tracking.readability
    bs = r[(r["doc_id"] == D["2021-02-25"]) & (r["scope"] == "black_sea")]
    assert (bs["n_words"] < 100).all()
    assert not bs["reliable"].any()


def test_join_values() -> None:
    assert join_values([]) == ""
    assert join_values(["a", "b"]) == "a; b"


def test_manifest_voice_for_narration(tmp_path: Path) -> None:
    (tmp_path / "pr.txt").write_text(
        "Press release\n\nposted 14 June 2021 10:00\n\n"
        "Allies reaffirmed that Ukraine will become a member of the Alliance.\n\n"
        "\u201cWe will continue our support,\u201d said President Volodymyr Zelenskyy.\n",
        encoding="utf-8",
    )
    (tmp_path / "manifest.csv").write_text(
        "file,speaker,side\npr.txt,NATO,nato\n", encoding="utf-8"
    )
    doc = load_corpus(tmp_path)[0]
    rows = extract_document(doc, load_dimensions()).mentions
    join = next(r for r in rows if "will become a member" in r["sentence"])
    assert join["side"] == "nato" and join["position"] == "will_join"
    quoted = [r for r in rows if "continue our support" in r["sentence"]]
    assert all(r["side"] == "ukraine" for r in quoted)
