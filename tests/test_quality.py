"""Lint, format and type checks run with the tests, so CI enforces them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src" / "nato_diff"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, check=False)


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[test]')")
    return found


def test_ruff_check() -> None:
    result = _run(_tool("ruff"), "check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format() -> None:
    result = _run(_tool("ruff"), "format", "--check", "src", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    result = _run(sys.executable, "-m", "mypy", "--strict", str(SRC))
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_ships_its_data() -> None:
    shipped = {p.relative_to(SRC).as_posix() for p in (SRC / "data").rglob("*.yaml")}
    assert {
        "data/cleaning.yaml",
        "data/dating.yaml",
        "data/actors.yaml",
        "data/dimensions/membership_path.yaml",
    } <= shipped
    assert (SRC / "py.typed").is_file()


def test_no_term_lists_in_code() -> None:
    """Vocabularies live in data files: no module holds a long list of quoted words."""
    for py in SRC.rglob("*.py"):
        text = py.read_text(encoding="utf-8")
        for line in text.splitlines():
            assert line.count('", "') < 8, f"{py.name}: {line.strip()[:80]}"
