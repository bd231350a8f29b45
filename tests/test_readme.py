"""The README's commands and example are the ones CI runs and that work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _bash_blocks(text: str) -> list[str]:
    return re.findall(r"```bash\n(.*?)```", text, flags=re.S)


def test_quickstart_is_two_commands_and_ci_runs_the_test_one() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quickstart", 1)[1].split("\n## ", 1)[0]
    commands = [b.strip() for b in _bash_blocks(quick)]
    assert len(commands) == 2
    assert all("\n" not in c for c in commands)
    assert "nato-diff" in commands[0]
    assert "pytest" in commands[1]
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert commands[1] in ci.splitlines()


def test_python_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = re.search(r"## In Python\n+```python\n(.*?)```", readme, flags=re.S)
    assert example is not None
    exec(compile(example.group(1), "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert "2023-04-20" in out and "inferred" in out
    assert "irreversible" in out and "seeks" in out and "offers" in out
    assert "delivered" in out and "committed" in out  # €65 bn provided, €100 bn committed


def test_when_things_go_wrong_lists_every_error_class_and_exit_status() -> None:
    import nato_diff.cli as cli
    import nato_diff.errors as errors

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## When things go wrong", 1)[1].split("\n## ", 1)[0]
    classes = [
        name
        for name in errors.__all__
        if isinstance(getattr(errors, name), type) and name != "NatoDiffError"
    ]
    for name in classes:
        assert f"`{name}`" in section, name
    statuses = {getattr(cli, n) for n in cli.__all__ if n.startswith("EXIT_")}
    for status in statuses:
        assert f"| {status} |" in section, status
