"""The command line, run in-process."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from nato_diff import __version__, cli
from nato_diff.cli import main

from .conftest import SEED_IDS
from .tracking.test_run import REFORMS


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(argv), out=out)
    return code, out.getvalue()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_corpus_lists_the_seeds_with_dates() -> None:
    code, out = run("corpus", "--format", "csv")
    assert code == 0
    frame = pd.read_csv(io.StringIO(out))
    assert list(frame["date"]) == list(SEED_IDS)
    assert frame.loc[frame["date"] == "2023-04-20", "date_source"].item() == "inferred"


def test_corpus_of_a_bad_folder_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "x.txt").write_text("No date here at all.", encoding="utf-8")
    code, _ = run("corpus", str(tmp_path))
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("nato-diff: error: ")
    assert "x.txt" in err and "manifest.csv" in err
    assert "Traceback" not in err


def test_dimensions_lists_builtins_and_user_files(tmp_path: Path) -> None:
    (tmp_path / "reforms.yaml").write_text(REFORMS, encoding="utf-8")
    code, out = run("dimensions", "--dimensions", str(tmp_path), "--format", "csv")
    assert code == 0
    frame = pd.read_csv(io.StringIO(out))
    assert list(frame["dimension"]) == [
        "membership_path",
        "security_guarantees",
        "black_sea",
        "aid_volumes",
        "reforms",
    ]
    ladder = frame.set_index("dimension").loc["membership_path", "positions"]
    assert ladder.startswith("non_aligned <") and ladder.endswith("< irreversible")


def test_broken_dimension_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.yaml").write_text(
        "id: bad\nlabel: Bad\nversion: '1'\nfacets: {}\nx: 1\n", encoding="utf-8"
    )
    code, _ = run("dimensions", "--dimensions", str(tmp_path / "bad.yaml"))
    assert code == 2
    assert "bad.yaml" in capsys.readouterr().err


def test_track_writes_tables_with_a_user_dimension(tmp_path: Path) -> None:
    (tmp_path / "reforms.yaml").write_text(REFORMS, encoding="utf-8")
    code, _ = run(
        "track", "--dimensions", str(tmp_path / "reforms.yaml"), "--out", str(tmp_path / "out")
    )
    assert code == 0
    timeline = pd.read_csv(tmp_path / "out" / "timeline.csv")
    assert "reforms" in set(timeline["dimension"])
    figures = pd.read_csv(tmp_path / "out" / "figures.csv")
    assert 1.5e11 in set(figures["value"])


def test_track_parquet_streams_the_tables_of_a_folder(tmp_path: Path, seeds_copy: Path) -> None:
    pytest.importorskip("pyarrow")
    out = tmp_path / "out"
    code, text = run("track", str(seeds_copy), "--parquet", "--out", str(out), "--jobs", "2")
    assert code == 0
    assert f"wrote {out / 'claims.parquet'}" in text
    claims = pd.read_parquet(out / "claims.parquet")
    offered = claims[(claims["date"] == pd.Timestamp("2024-04-29")) & (claims["act"] == "offers")]
    assert "irreversible" in set(offered["rung"])
    changes = pd.read_parquet(out / "changes.parquet")
    assert len(changes) == 4 * 4  # four dimensions, four consecutive pairs of the five seeds


def test_track_never_overwrites_a_users_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "mentions.csv").write_text("my own notes\n", encoding="utf-8")
    code, _ = run("track", "--out", str(out))
    assert code == 3  # an output that cannot be written (was 2 before exit codes were split)
    assert "mentions.csv" in capsys.readouterr().err
    assert (out / "mentions.csv").read_text(encoding="utf-8") == "my own notes\n"


@pytest.mark.parametrize("order", ["path first", "dimensions first"])
def test_track_reads_path_and_dimensions_in_either_order(
    tmp_path: Path, seeds_copy: Path, order: str
) -> None:
    extra = tmp_path / "extra.yaml"
    extra.write_text(REFORMS, encoding="utf-8")
    (seeds_copy / f"{SEED_IDS['2021-03-11']}.txt").unlink()  # so this folder is not the seeds
    dims, corpus = ["--dimensions", str(extra)], [str(seeds_copy)]
    argv = [*corpus, *dims] if order == "path first" else [*dims, *corpus]
    code, _ = run("track", *argv, "--out", str(tmp_path / "out"))
    assert code == 0
    timeline = pd.read_csv(tmp_path / "out" / "timeline.csv")
    assert "reforms" in set(timeline["dimension"])
    assert set(timeline["date"]) == set(SEED_IDS) - {"2021-03-11"}


def test_two_dimension_files_one_flag_each(tmp_path: Path) -> None:
    (tmp_path / "reforms.yaml").write_text(REFORMS, encoding="utf-8")
    (tmp_path / "ports.yaml").write_text(
        'id: ports\nlabel: Ports\nversion: "1"\nfacets: {ports: {terms: [port, harbour]}}\n',
        encoding="utf-8",
    )
    code, out = run(
        "dimensions",
        "--dimensions",
        str(tmp_path / "reforms.yaml"),
        "--dimensions",
        str(tmp_path / "ports.yaml"),
        "--format",
        "csv",
    )
    assert code == 0
    listed = set(pd.read_csv(io.StringIO(out))["dimension"])
    assert {"reforms", "ports", "membership_path"} <= listed


def test_a_dimension_file_where_the_documents_go_says_how_to_fix_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(REFORMS, encoding="utf-8")
    # The former `--dimensions a.yaml b.yaml`: b.yaml is now read as the PATH of documents.
    code, _ = run("track", "--dimensions", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    assert code == 2
    err = capsys.readouterr().err
    assert "b.yaml: is a dimension file, not a folder of documents" in err
    assert "--dimensions a.yaml --dimensions b.yaml" in err
    assert not (tmp_path / "nato-diff-tables").exists()


def test_figures_prints_the_money() -> None:
    code, out = run("figures", "--format", "csv")
    assert code == 0
    frame = pd.read_csv(io.StringIO(out))
    money = frame[frame["kind"] == "money"]
    assert sorted(money["value"]) == [6.5e10, 1.0e11, 1.5e11]


def test_changes_prints_summaries() -> None:
    code, out = run("changes")
    assert code == 0
    assert "== Black Sea ==" in out
    assert "decides that Ukraine will join (2023-09-28) → offers an irreversible path" in out


def test_diff_by_dates_with_html(tmp_path: Path) -> None:
    page = tmp_path / "d.html"
    code, out = run(
        "diff", "2023-04-20", "2023-09-28", "--dimension", "aid_volumes", "--html", str(page)
    )
    assert code == 0
    assert out.count("\n- ") >= 1 and out.count("\n+ ") >= 1
    assert "<table" in page.read_text(encoding="utf-8")


def test_diff_takes_the_folder_as_path_like_every_command(seeds_copy: Path) -> None:
    a, b = "2023-04-20", "2023-09-28"
    code, positional = run("diff", a, b, str(seeds_copy), "--dimension", "aid_volumes")
    assert code == 0
    _, after_options = run("diff", a, b, "--dimension", "aid_volumes", str(seeds_copy))
    _, old_option = run("diff", a, b, "--path", str(seeds_copy), "--dimension", "aid_volumes")
    assert positional == after_options == old_option
    assert "€65 bn" in positional or "65" in positional


def test_diff_of_a_missing_folder_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run("diff", "2023-04-20", "2023-09-28", str(tmp_path / "nowhere"))
    assert code == 2
    assert "nowhere: no such file or folder" in capsys.readouterr().err


def test_diff_unknown_document(capsys: pytest.CaptureFixture[str]) -> None:
    code, _ = run("diff", "1999-01-01", "2023-09-28")
    assert code == 2
    assert "1999-01-01" in capsys.readouterr().err


def test_report_writes_files(tmp_path: Path) -> None:
    code, _ = run("report", "--out", str(tmp_path / "rep"))
    assert code == 0
    assert (tmp_path / "rep" / "report.md").is_file()
    assert (tmp_path / "rep" / "report.html").is_file()
    assert (tmp_path / "rep" / "tables" / "changes.csv").is_file()


def test_report_without_out_writes_beside_the_user_and_drops_its_stale_figures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "reforms.yaml").write_text(REFORMS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out = run("report", "--dimensions", "reforms.yaml")
    assert code == 0
    rep = tmp_path / "nato-diff-report"
    assert f"open {Path('nato-diff-report') / 'report.html'}" in out
    before = {p.name for p in (rep / "figures").glob("*.png")}
    mine = rep / "figures" / "my_reforms_sketch.png"
    mine.write_bytes(b"my own drawing")
    # Without the custom dimension its figures are no longer drawn: they go, mine stays.
    code, _ = run("report")
    assert code == 0
    after = {p.name for p in (rep / "figures").glob("*.png")}
    gone = before - after
    assert gone and all("reforms" in name for name in gone)
    assert "facets_membership_path.png" in after
    assert mine.read_bytes() == b"my own drawing"
    assert not (tmp_path / "docs").exists()
    ledger = (rep / ".nato-diff-outputs").read_text(encoding="utf-8").splitlines()
    assert not any("reforms" in name for name in ledger)


@pytest.mark.parametrize(
    ("command", "default"),
    [("report", "./nato-diff-report"), ("track", "./nato-diff-tables")],
)
def test_help_says_where_output_goes(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    default: str,
) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # no line break inside the folder's name
    with pytest.raises(SystemExit):
        main([command, "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert f"(default: {default}, inside the folder you run nato-diff from)" in text
    assert "--dimensions FILE" in text and "PATH" in text


# Two claims of the 2024-04-29 seed, coded by hand; the library finds 10 mentions there.
SEED_GOLD = (
    "doc_id,sentence,dimension,side,act,rung\n"
    f"{SEED_IDS['2024-04-29']},Ukraine deserves an invitation to NATO.,"
    "membership_path,ukraine,seeks,invitation\n"
    f'{SEED_IDS["2024-04-29"]},"The work we are doing now puts you on an irreversible path '
    'to membership in the Alliance.",membership_path,nato,offers,irreversible\n'
)


def test_evaluate_prints_the_scores_table(tmp_path: Path) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text(SEED_GOLD, encoding="utf-8")
    code, out = run("evaluate", str(gold))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "measure",
        "n_gold",
        "n_predicted",
        "n_paired",
        "precision",
        "recall",
        "f1",
        "accuracy",
        "kappa",
    ]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:]}
    assert list(rows) == ["mention", "side", "act", "rung", "position", "direction"]
    # 2 gold mentions, 10 found in that document, both gold ones among them: P = 2/10.
    assert rows["mention"][:2] == ["2", "10"]
    assert rows["mention"][3:5] == ["0.20", "1.0"]


def test_evaluate_as_csv_with_disagreements(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text(SEED_GOLD, encoding="utf-8")
    target = tmp_path / "out" / "disagreements.csv"
    code, out = run("evaluate", str(gold), "--format", "csv", "--disagreements", str(target))
    assert code == 0
    scores = pd.read_csv(io.StringIO(out)).set_index("measure")
    assert scores.loc["mention", "precision"] == pytest.approx(0.2)
    assert scores.loc["position", "accuracy"] == 1.0  # both sides' positions agree
    assert str(target) in capsys.readouterr().err  # the note stays off the CSV output
    d = pd.read_csv(target)
    assert list(d.columns) == [
        "doc_id",
        "sentence_id",
        "sentence",
        "dimension",
        "field",
        "gold",
        "predicted",
    ]
    # The 8 mentions the gold table does not list, nothing else.
    assert len(d) == 8
    assert set(d["field"]) == {"mention"}
    assert set(zip(d["gold"], d["predicted"], strict=True)) == {("no", "yes")}
    # A second run may replace the file it wrote.
    assert run("evaluate", str(gold), "--disagreements", str(target))[0] == 0


def test_evaluate_never_overwrites_a_users_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "gold.csv"
    gold.write_text(SEED_GOLD, encoding="utf-8")
    mine = tmp_path / "notes.csv"
    mine.write_text("my own notes\n", encoding="utf-8")
    code, _ = run("evaluate", str(gold), "--disagreements", str(mine))
    assert code == 3  # the output cannot be written (README: When things go wrong)
    assert "notes.csv" in capsys.readouterr().err
    assert mine.read_text(encoding="utf-8") == "my own notes\n"


def test_evaluate_a_malformed_gold_file_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = tmp_path / "coded.csv"
    gold.write_text(SEED_GOLD.replace(",seeks,", ",asks,"), encoding="utf-8")
    code, out = run("evaluate", str(gold))
    assert code == 2
    assert out == ""
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"nato-diff: error: {gold}:2: unknown act 'asks'")
    assert "Traceback" not in err


# Exit codes and error messages: one line, no traceback, the documented status.


@pytest.mark.parametrize("jobs", ["0", "-2", "two"])
def test_bad_jobs_is_refused_before_any_work(
    jobs: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["corpus", "--jobs", jobs])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--jobs" in err and "Traceback" not in err


def test_unknown_dimension_is_refused_before_reading_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text("No date, and never read.", encoding="utf-8")
    code, _ = run("diff", "a", "b", "--path", str(tmp_path), "--dimension", "nope")
    assert code == 2
    err = capsys.readouterr().err
    assert "no dimension 'nope'" in err and "black_sea" in err  # not the undatable a.txt


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["corpus", "{tmp}/missing"], "missing: no such file or folder"),
        (["corpus", "--manifest", "{tmp}/m.csv"], "m.csv: manifest not found"),
        (["dimensions", "--dimensions", "{tmp}/d.yaml"], "d.yaml: no such dimension file"),
    ],
)
def test_missing_paths_are_named_before_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], named: str
) -> None:
    code, _ = run(*[a.format(tmp=tmp_path) for a in argv])
    assert code == 2
    assert named in capsys.readouterr().err


def test_out_that_is_a_file_is_an_output_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out").write_text("mine", encoding="utf-8")
    code, _ = run("track", "--out", str(tmp_path / "out"))
    assert code == 3
    assert "out: is a file, not a folder" in capsys.readouterr().err


def test_a_refused_write_is_exit_3_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:

    real_open = os.open

    def refuse(path: str, flags: int, mode: int = 0o777) -> int:
        if str(path).endswith(".tmp"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, mode)

    monkeypatch.setattr(os, "open", refuse)
    code, _ = run("track", "--out", str(tmp_path / "out"))
    assert code == 3
    err = capsys.readouterr().err
    assert err.startswith("nato-diff: error: ") and "Permission denied" in err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_an_internal_error_is_exit_1_and_debug_shows_the_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli, "load_dimensions", broken)
    code, _ = run("dimensions")
    assert code == 1
    err = capsys.readouterr().err
    assert "internal error (ZeroDivisionError" in err and "--debug" in err
    assert "Traceback" not in err
    with pytest.raises(ZeroDivisionError):
        main(["--debug", "dimensions"])


def test_every_nato_diff_error_maps_to_its_documented_status() -> None:
    from nato_diff.cli import _exit_status
    from nato_diff.errors import (
        ArgumentError,
        CorpusError,
        DimensionError,
        OutputError,
        UndatableDocumentError,
        UnknownIdError,
    )

    for cls in (ArgumentError, CorpusError, DimensionError, UndatableDocumentError):
        assert _exit_status(cls("x"))[0] == 2
    assert _exit_status(UnknownIdError("no document 'x'")) == (2, "no document 'x'")
    assert _exit_status(OutputError("x"))[0] == 3
    assert _exit_status(OSError(28, "No space left on device", "out/a.csv")) == (
        3,
        "out/a.csv: No space left on device",
    )


def test_a_file_name_that_is_not_utf8_reaches_the_tables_escaped(
    tmp_path: Path, seeds_copy: Path
) -> None:

    source = next(seeds_copy.glob("001_*.txt"))
    target = os.fsencode(seeds_copy) + b"/caf\xe9.txt"
    with open(target, "wb") as handle:  # noqa: PTH123 - a bytes name on purpose
        handle.write(source.read_bytes())
    source.unlink()
    code, out = run("track", str(seeds_copy), "--out", str(tmp_path / "out"))
    assert code == 0, out
    documents = (tmp_path / "out" / "documents.csv").read_text(encoding="utf-8")
    assert "caf\\xe9" in documents  # the byte that is not UTF-8, as an escape


def _files(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def _fresh_cli(*argv: str) -> subprocess.CompletedProcess[str]:
    """Run the command line in a new interpreter, where the report's modules are not loaded."""
    return subprocess.run(
        [sys.executable, "-m", "nato_diff.cli", *argv], capture_output=True, text=True, check=False
    )


def test_report_of_a_fresh_process_is_the_report_made_here(tmp_path: Path) -> None:
    # A new process, its collector spared, writes the same files.
    done = _fresh_cli("report", "--out", str(tmp_path / "fresh"))
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    code, _ = run("report", "--out", str(tmp_path / "here"))
    assert code == 0
    fresh, here = _files(tmp_path / "fresh"), _files(tmp_path / "here")
    assert len(fresh) == 28
    assert fresh == here


def test_report_error_of_a_fresh_process_is_said_once(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("No date here at all.", encoding="utf-8")
    done = _fresh_cli("report", str(tmp_path), "--out", str(tmp_path / "rep"))
    assert done.returncode == 2
    assert done.stderr.count("nato-diff: error: ") == 1
    assert "x.txt" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "rep").exists()
