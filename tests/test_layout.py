"""The package's shape: stages as folders, imports that flow one way, no cycles, small parts."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "nato_diff"

#: The stages, bottom to top: a module may import its own stage and the stages below it.
STAGES: tuple[tuple[str, ...], ...] = (
    ("errors", "_version", "_data", "_io", "_regexcache", "_gcpause"),
    ("corpus",),
    ("dimensions",),
    ("extract",),
    ("change",),
    ("tracking",),
    ("plotting",),
    ("report",),
    ("agreement",),
    ("cli",),
    ("__init__",),
)
RANK = {name: rank for rank, names in enumerate(STAGES) for name in names}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_package(path: Path) -> bool:
    return path.name == "__init__.py"


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    """Yield (line, absolute module) for every import of the package, wherever it stands."""
    name = _module_name(path)
    package = name if _is_package(path) else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != "nato_diff":
                continue
            # "from . import x" may name a submodule: count the submodule when it exists.
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                yield node.lineno, sub if _exists(sub) else target
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "nato_diff":
                    yield node.lineno, alias.name


def _exists(module: str) -> bool:
    rel = Path(*module.split(".")[1:])
    return (SRC / rel).with_suffix(".py").is_file() or (SRC / rel / "__init__.py").is_file()


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        graph.setdefault(_module_name(path), set()).update(m for _, m in _imports(path))
    return graph


def test_every_module_belongs_to_a_stage() -> None:
    for path in SRC.rglob("*.py"):
        assert _stage(_module_name(path)) in RANK, f"{path}: not in a known stage"


def test_no_import_goes_up_the_pipeline() -> None:
    upward = []
    for path in sorted(SRC.rglob("*.py")):
        here = _module_name(path)
        for line, target in _imports(path):
            if RANK[_stage(target)] > RANK[_stage(here)]:
                upward.append(f"{path.relative_to(SRC)}:{line} imports {target}")
    assert not upward, "imports that run up the pipeline:\n" + "\n".join(upward)


def test_stages_talk_through_their_front_doors() -> None:
    """Another stage's inner modules are private: import what its ``__init__`` exports."""
    side_doors = []
    for path in sorted(SRC.rglob("*.py")):
        here = _module_name(path)
        for line, target in _imports(path):
            parts = target.split(".")
            if _stage(target) != _stage(here) and len(parts) > 2 and here != "nato_diff":
                side_doors.append(f"{path.relative_to(SRC)}:{line} imports {target}")
    assert not side_doors, "\n".join(side_doors)


def test_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            # A package's own __init__ importing its modules is how packages work; a module
            # importing its own package's __init__ back would close a loop and is caught.
            if state.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt) :], nxt]
                pytest.fail("import cycle: " + " -> ".join(cycle))
            if state.get(nxt) is None:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if state.get(node) is None:
            visit(node)


@pytest.mark.parametrize("path", sorted(SRC.rglob("*.py")), ids=lambda p: str(p.relative_to(SRC)))
def test_modules_and_functions_read_in_one_sitting(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 800, f"{len(lines)} lines"
    for node in ast.walk(ast.parse("\n".join(lines))):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            assert length <= 100, f"{node.name} is {length} lines"
