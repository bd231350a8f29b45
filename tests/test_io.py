"""Output folders: atomic writes, and nothing the user owns is overwritten."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from nato_diff._io import LEDGER, OutputError, OutputFolder, neutralise_formulas


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


def _all_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def test_outputs_honour_the_umask(tmp_path: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        with OutputFolder(tmp_path / "out") as folder:
            folder.write_text("a.txt", "one")
            folder.write_bytes("figures/x.png", b"\x89PNG")
    finally:
        os.umask(old)
    for name in ("a.txt", "figures/x.png", LEDGER):
        assert (tmp_path / "out" / name).stat().st_mode & 0o777 == 0o644


def test_nothing_is_written_when_one_target_belongs_to_the_user(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "tables").mkdir(parents=True)
    (out / "tables" / "mentions.csv").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match=r"tables/mentions\.csv: exists"), OutputFolder(out) as f:
        f.write_text("report.md", "# Report")
        f.write_bytes("figures/overview.png", b"\x89PNG")
        f.write_csv("tables/mentions.csv", pd.DataFrame({"x": [1]}))
    assert _all_files(out) == ["tables", "tables/mentions.csv"]  # no report, no ledger


def test_a_failing_run_leaves_nothing_behind(tmp_path: Path) -> None:
    out = tmp_path / "new"
    with pytest.raises(RuntimeError), OutputFolder(out) as folder:
        folder.write_text("a.txt", "one")
        raise RuntimeError("the run fails after its first output")
    assert not out.exists()


def test_a_read_only_folder_is_an_output_error_and_leaves_no_temporary_file(
    tmp_path: Path,
) -> None:
    import os

    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o500)
    try:
        if os.access(out, os.W_OK):
            pytest.skip("running with permissions that ignore the folder's mode")
        denied = r"cannot write here \(Permission denied\)"
        with pytest.raises(OutputError, match=denied), OutputFolder(out) as folder:
            folder.write_text("a.txt", "one")
        with pytest.raises(OutputError, match=denied), OutputFolder(out / "sub") as folder:
            folder.write_text("a.txt", "one")
    finally:
        out.chmod(0o700)
    assert _all_files(out) == []


def test_a_refusing_file_system_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    real_open = os.open
    calls: list[str] = []

    def refuse_the_second(path: str, flags: int, mode: int = 0o777) -> int:
        calls.append(str(path))
        if len(calls) == 2:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", refuse_the_second)
    out = tmp_path / "out"
    denied = r"cannot write here \(Permission denied\)"
    with pytest.raises(OutputError, match=denied), OutputFolder(out) as folder:
        folder.write_text("a.txt", "one")
        folder.write_text("tables/b.csv", "two")
    assert len(calls) == 2
    assert not out.exists()  # the staged file and the new folders are gone


def test_file_names_that_are_not_utf8_are_written_escaped(tmp_path: Path) -> None:
    name = b"caf\xe9.txt".decode("utf-8", "surrogateescape")
    with OutputFolder(tmp_path) as folder:
        folder.write_csv("documents.csv", pd.DataFrame({"path": [name]}, dtype=object))
    text = (tmp_path / "documents.csv").read_text(encoding="utf-8")
    assert "caf\\udce9.txt" in text


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x","click")', "'=HYPERLINK"),
        ("+1 555 0100", "'+1 555 0100"),
        ("-cmd|' /C calc'!A0", "'-cmd"),
        ("@SUM(A1:A2)", "'@SUM"),
        ("NATO summit", "NATO summit"),
        ("-12.5", "-12.5"),
    ],
)
def test_csv_cells_that_would_run_as_formulas_are_made_inert(cell: str, written: str) -> None:
    frame = neutralise_formulas(pd.DataFrame({"title": [cell], "value": [-3]}))
    assert str(frame.loc[0, "title"]).startswith(written)
    assert frame.loc[0, "value"] == -3


def test_every_csv_written_is_neutralised(tmp_path: Path) -> None:
    with OutputFolder(tmp_path) as folder:
        folder.write_csv("documents.csv", pd.DataFrame({"title": ["=1+1"], "n": [-1]}))
    assert (tmp_path / "documents.csv").read_text(encoding="utf-8") == "title,n\n'=1+1,-1\n"


def test_a_full_rerun_removes_only_its_own_stale_outputs(tmp_path: Path) -> None:
    with OutputFolder(tmp_path, prune=("figures/*.png",)) as folder:
        folder.write_bytes("figures/a.png", b"a")
        folder.write_bytes("figures/old.png", b"old")
        folder.write_text("notes.txt", "kept: not in the pruned set")
    (tmp_path / "figures" / "mine.png").write_bytes(b"the user's")
    (tmp_path / "outside.png").write_bytes(b"outside the folder")
    ledger = tmp_path / LEDGER
    ledger.write_text(
        ledger.read_text(encoding="utf-8") + "figures/../outside.png\n", encoding="utf-8"
    )
    with OutputFolder(tmp_path, prune=("figures/*.png",)) as folder:
        folder.write_bytes("figures/a.png", b"a2")
    assert not (tmp_path / "figures" / "old.png").exists()
    assert (tmp_path / "figures" / "a.png").read_bytes() == b"a2"
    assert (tmp_path / "figures" / "mine.png").read_bytes() == b"the user's"
    assert (tmp_path / "notes.txt").is_file()
    assert (tmp_path / "outside.png").is_file()
    assert "figures/old.png" not in ledger.read_text(encoding="utf-8").splitlines()
