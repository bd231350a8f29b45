"""Reading and checking the hand-coded gold table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from nato_diff import NatoDiffError
from nato_diff.agreement import GOLD_COLUMNS, GoldError, read_gold


def _csv(tmp_path: Path, text: str, name: str = "gold.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_gold_error_is_a_nato_diff_error() -> None:
    assert issubclass(GoldError, NatoDiffError)


def test_a_minimal_table_gets_every_column(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "doc_id,sentence,dimension,side,act,rung\n"
        "kyiv,Ukraine deserves an invitation.,membership_path,ukraine,seeks,invitation\n"
        "kyiv,The fleet left Sevastopol.,black_sea,,,\n",
    )
    gold = read_gold(path)
    assert list(gold.columns) == [*GOLD_COLUMNS, "row"]
    assert gold["row"].tolist() == [2, 3]  # the rows' lines in the file, after the header
    assert gold["polarity"].tolist() == ["", ""]
    assert gold.loc[0, "act"] == "seeks" and gold.loc[1, "act"] == ""


def test_a_missing_column_names_the_file(tmp_path: Path) -> None:
    path = _csv(tmp_path, "doc_id,sentence,act\nkyiv,Ukraine applies.,seeks\n", "coded.csv")
    with pytest.raises(GoldError) as exc:
        read_gold(path)
    message = str(exc.value)
    assert str(path) in message
    assert "missing column(s): dimension" in message


def test_a_table_without_sentence_or_id_is_refused(tmp_path: Path) -> None:
    path = _csv(tmp_path, "doc_id,dimension\nkyiv,black_sea\n")
    with pytest.raises(GoldError, match="sentence or sentence_id"):
        read_gold(path)


def test_an_unknown_act_names_the_file_the_line_and_the_allowed_values(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "doc_id,sentence,dimension,act\n"
        "kyiv,Ukraine applies.,membership_path,seeks\n"
        "moscow,Russia objects.,membership_path,opposes\n",
    )
    with pytest.raises(GoldError) as exc:
        read_gold(path)
    message = str(exc.value)
    assert message.startswith(f"{path}:3: ")  # header is line 1, the bad row line 3
    assert "unknown act 'opposes'" in message
    assert "seeks, offers, decides, rejects, reports" in message


def test_an_unknown_side_in_a_dataframe_is_refused() -> None:
    frame = pd.DataFrame(
        {"doc_id": ["kyiv"], "sentence": ["x"], "dimension": ["black_sea"], "side": ["Kyiv"]}
    )
    with pytest.raises(GoldError) as exc:
        read_gold(frame)
    message = str(exc.value)
    assert message.startswith("gold table")
    assert "unknown side 'Kyiv'" in message
    assert "ukraine, nato, ally, eu, russia, other" in message


def test_an_empty_doc_id_is_refused_with_its_line(tmp_path: Path) -> None:
    path = _csv(tmp_path, "doc_id,sentence,dimension\nkyiv,a,black_sea\n,b,black_sea\n")
    with pytest.raises(GoldError, match=r"gold\.csv:3: doc_id and dimension must not be empty"):
        read_gold(path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match=r"nope\.csv: file not found"):
        read_gold(tmp_path / "nope.csv")


def test_mentioned_defaults_to_yes(tmp_path: Path) -> None:
    without = _csv(tmp_path, "doc_id,sentence,dimension\nkyiv,a,black_sea\n", "a.csv")
    assert read_gold(without)["mentioned"].tolist() == ["yes"]
    with_column = _csv(
        tmp_path,
        "doc_id,sentence,dimension,mentioned\nkyiv,a,black_sea,\nkyiv,b,black_sea,No\n",
        "b.csv",
    )
    assert read_gold(with_column)["mentioned"].tolist() == ["yes", "no"]


def test_sentence_id_is_read_as_nullable_integers(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        "doc_id,sentence_id,sentence,dimension\n"
        "kyiv,3,,black_sea\n"
        "kyiv,,The fleet left.,black_sea\n"
        "kyiv,0,,aid_volumes\n",
    )
    ids = read_gold(path)["sentence_id"]
    assert str(ids.dtype) == "Int64"
    assert ids.iloc[0] == 3 and ids.iloc[2] == 0
    assert ids.isna().tolist() == [False, True, False]


def test_cells_are_stripped_and_the_input_frame_is_left_alone() -> None:
    frame = pd.DataFrame(
        {"doc_id": [" kyiv "], "sentence": ["a"], "dimension": ["black_sea "], "act": [" seeks"]}
    )
    gold = read_gold(frame)
    assert gold.loc[0, ["doc_id", "dimension", "act"]].tolist() == [
        "kyiv",
        "black_sea",
        "seeks",
    ]
    assert frame.loc[0, "doc_id"] == " kyiv "
