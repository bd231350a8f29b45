"""track(): the tables an analyst reads, checked against facts of the seed corpus."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from nato_diff import Tracking, load_dimensions, track
from nato_diff.corpus import Corpus
from nato_diff.errors import DimensionError
from nato_diff.extract.document import MENTION_COLUMNS
from nato_diff.tracking import POSITION_COLUMNS, TABLES, TIMELINE_COLUMNS

from ..conftest import SEED_IDS

D = {date: doc_id for date, doc_id in SEED_IDS.items()}

REFORMS = """\
id: reforms
label: Domestic reforms
description: Anti-corruption, judicial and security-service reform.
version: "0.1"
facets:
  anti_corruption:
    terms: [anti-corruption, anticorruption, {pattern: "corrupt*", type: glob}]
  judicial:
    terms: [judicial reform, {pattern: "judicia*", type: glob}]
  security_service:
    terms: [Security Service, SBU]
"""


@pytest.fixture(scope="module")
def tracking(seeds: Corpus) -> Tracking:
    return track(seeds)


def _timeline(tracking: Tracking, dimension: str) -> pd.DataFrame:
    t = tracking.timeline
    return t[t["dimension"] == dimension].set_index("doc_id")


def _position(tracking: Tracking, date: str, dimension: str, side: str) -> pd.Series:
    p = tracking.positions
    rows = p[(p["doc_id"] == D[date]) & (p["dimension"] == dimension) & (p["side"] == side)]
    assert len(rows) == 1, (date, dimension, side)
    return rows.iloc[0]


def _mention(tracking: Tracking, date: str, dimension: str, words: str) -> pd.Series:
    m = tracking.mentions
    rows = m[
        (m["doc_id"] == D[date])
        & (m["dimension"] == dimension)
        & m["sentence"].str.contains(words, regex=False)
    ]
    assert len(rows) == 1, (date, dimension, words)
    return rows.iloc[0]


def test_table_columns(tracking: Tracking) -> None:
    assert tuple(tracking.mentions.columns) == MENTION_COLUMNS
    assert tuple(tracking.timeline.columns) == TIMELINE_COLUMNS
    assert tuple(tracking.positions.columns) == POSITION_COLUMNS
    assert list(tracking.tables()) == list(TABLES)


def test_timeline_has_every_document_and_dimension(tracking: Tracking) -> None:
    assert len(tracking.timeline) == 5 * 4
    zero = tracking.timeline[tracking.timeline["n_mentions"] == 0]
    assert (zero["salience"] == 0).all()


def test_black_sea(tracking: Tracking) -> None:
    bs = _timeline(tracking, "black_sea")
    first = D["2021-02-25"]
    assert bs.loc[first, "n_mentions"] >= 3
    assert bs["salience"].idxmax() == first
    for date in ("2021-03-11", "2023-09-28", "2024-04-29"):
        assert bs.loc[D[date], "n_mentions"] == 0, date


def test_membership_path_everywhere_and_rising_on_the_nato_side(tracking: Tracking) -> None:
    mp = _timeline(tracking, "membership_path")
    assert (mp["n_mentions"] > 0).all()
    # 2021-02-25: Stoltenberg says a law "will help accelerate the progress on the
    # Euro-Atlantic path" (the passive "is currently considered by the parliament" in its
    # relative clause hedges nothing): the open door
    early = _position(tracking, "2021-02-25", "membership_path", "nato")
    assert (early["act"], early["position"]) == ("offers", "open_door")
    assert "Euro-Atlantic path" in early["sentence"]
    mid = _position(tracking, "2023-09-28", "membership_path", "nato")
    late = _position(tracking, "2024-04-29", "membership_path", "nato")
    assert mid["position"] == "will_join"
    assert late["position"] == "irreversible"
    assert early["position_rank"] < mid["position_rank"] < late["position_rank"]
    assert late["speaker"] == "Jens Stoltenberg"
    assert "irreversible path" in late["sentence"]


def test_membership_path_ukraine_side(tracking: Tracking) -> None:
    early = _position(tracking, "2021-02-25", "membership_path", "ukraine")
    assert (early["act"], early["position"]) == ("seeks", "map")
    assert early["speaker"] == "Volodymyr Zelenskyy"
    late = _position(tracking, "2024-04-29", "membership_path", "ukraine")
    assert (late["act"], late["position"]) == ("seeks", "invitation")
    assert late["sentence"] == "Ukraine deserves an invitation to NATO."
    assert late["speaker"] == "Volodymyr Zelenskyy"


def test_positions_in_their_sense(tracking: Tracking) -> None:
    goal = _mention(tracking, "2021-02-25", "membership_path", "Our immediate goal is MAP")
    assert goal["position"] == "map"
    assert goal["speaker"] == "Volodymyr Zelenskyy" and goal["side"] == "ukraine"
    removed = _mention(
        tracking,
        "2023-09-28",
        "membership_path",
        "removing the requirement for a Membership Action Plan",
    )
    assert removed["position"] == "will_join"
    summit = _mention(tracking, "2023-04-20", "membership_path", "Summit in Vilnius")
    assert summit["position"] != "invitation"


def test_attribution_after_the_quotation(tracking: Tracking) -> None:
    join = _mention(tracking, "2024-04-29", "membership_path", "Ukraine will become a member")
    assert (join["speaker"], join["side"]) == ("Jens Stoltenberg", "nato")
    assert join["position"] == "will_join"
    path = _mention(tracking, "2024-04-29", "membership_path", "irreversible path")
    assert (path["speaker"], path["side"]) == ("Jens Stoltenberg", "nato")
    first = _mention(tracking, "2023-09-28", "membership_path", "First, we shortened")
    assert (first["speaker"], first["side"]) == ("Jens Stoltenberg", "nato")


def test_security_guarantees(tracking: Tracking) -> None:
    sg = _timeline(tracking, "security_guarantees")
    assert sg["salience"].idxmax() == D["2023-04-20"]
    assert sg.loc[D["2021-02-25"], "n_mentions"] == 0
    replace = _mention(
        tracking, "2023-04-20", "security_guarantees", "do not in any way replace or delay"
    )
    assert bool(replace["negated"]) is True
    assert replace["speaker"] == "Volodymyr Zelenskyy"


def test_unattributed_narration_has_no_speaker(tracking: Tracking) -> None:
    row = _mention(
        tracking, "2023-04-20", "security_guarantees", "Providing security guarantees to Ukraine"
    )
    assert row["speaker"] is None or pd.isna(row["speaker"])
    assert row["side"] is None or pd.isna(row["side"])


def test_every_position_has_its_evidence_sentence(tracking: Tracking) -> None:
    for row in tracking.positions.itertuples(index=False):
        doc = tracking.corpus[row.doc_id]
        assert doc.sentences[row.sentence_id] == row.sentence
    for row in tracking.mentions.itertuples(index=False):
        assert tracking.corpus[row.doc_id].sentences[row.sentence_id] == row.sentence


def test_facets_of_aid(tracking: Tracking) -> None:
    f = tracking.facets[tracking.facets["dimension"] == "aid_volumes"]

    def named(date: str) -> set[str]:
        return set(f.loc[f["doc_id"] == D[date], "facet"])

    assert {"artillery", "long_range", "air_defence"} <= named("2024-04-29")
    assert {"armour", "missiles", "air_defence", "aviation", "ammunition"} <= named("2023-09-28")
    assert {"medical_humanitarian", "training"} <= named("2021-02-25")


def test_provenance_names_the_dimension_files(tracking: Tracking) -> None:
    prov = tracking.provenance.set_index("dimension")
    assert list(prov.index) == [
        "membership_path",
        "security_guarantees",
        "black_sea",
        "aid_volumes",
    ]
    assert prov["sha256"].str.len().eq(64).all()


def test_user_dimension_is_tracked(seeds: Corpus, tmp_path: Path) -> None:
    (tmp_path / "reforms.yaml").write_text(REFORMS, encoding="utf-8")
    t = track(seeds, load_dimensions(tmp_path))
    reforms = _timeline(t, "reforms")
    assert reforms.loc[D["2021-02-25"], "n_mentions"] >= 2
    facets = t.facets[
        (t.facets["dimension"] == "reforms") & (t.facets["doc_id"] == D["2021-02-25"])
    ]
    assert {"anti_corruption", "judicial", "security_service"} <= set(facets["facet"])
    assert "reforms" in set(t.provenance["dimension"])


def test_broken_user_dimension_names_file_and_entry(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text(
        REFORMS.replace("terms: [Security", "term: [Security"), encoding="utf-8"
    )
    with pytest.raises(DimensionError, match=r"broken\.yaml.*security_service"):
        load_dimensions(tmp_path)


def test_parallel_tracking_matches(seeds: Corpus, tracking: Tracking) -> None:
    parallel = track(seeds, n_jobs=2)
    pd.testing.assert_frame_equal(parallel.mentions, tracking.mentions)
    pd.testing.assert_frame_equal(parallel.changes, tracking.changes)


def test_to_csv_writes_every_table(tracking: Tracking, tmp_path: Path) -> None:
    written = tracking.to_csv(tmp_path / "out")
    assert sorted(p.name for p in written) == sorted(f"{t}.csv" for t in TABLES)
    timeline = pd.read_csv(tmp_path / "out" / "timeline.csv")
    assert len(timeline) == 20
