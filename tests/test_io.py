"""Output folders: atomic writes, and nothing the user owns is overwritten."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from nato_diff._io import LEDGER, OutputError, OutputFolder


def test_rewrites_its_own_files_but_not_the_users(tmp_path: Path) -> None:
    with OutputFolder(tmp_path) as folder:
        folder.write_text("a.txt", "one")
    with OutputFolder(tmp_path) as folder:
        folder.write_text("a.txt", "two")
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "two"
    (tmp_path / "mine.csv").write_text("keep", encoding="utf-8")
    with (
        pytest.raises(OutputError, match=r"mine\.csv: exists and was not written"),
        OutputFolder(tmp_path) as folder,
    ):
        folder.write_csv("mine.csv", pd.DataFrame({"x": [1]}))
    assert (tmp_path / "mine.csv").read_text(encoding="utf-8") == "keep"
    assert "a.txt" in (tmp_path / LEDGER).read_text(encoding="utf-8")


def test_no_temporary_files_are_left(tmp_path: Path) -> None:
    with OutputFolder(tmp_path / "new" / "deep") as folder:
        folder.write_bytes("figures/x.png", b"\x89PNG")
    names = sorted(p.name for p in (tmp_path / "new" / "deep").rglob("*"))
    assert names == [LEDGER, "figures", "x.png"]


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="is a file"):
        OutputFolder(tmp_path / "f")
