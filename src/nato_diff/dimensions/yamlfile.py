"""Reading YAML data files with line numbers, so that every error can name its line.

A safe loader records where each key and list item stands and keeps repeated keys aside
for the validators to report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import DimensionError, located

__all__ = ["line_of", "parse_yaml", "read_bytes"]


class _Map(dict[Any, Any]):
    line: int = 0
    key_lines: dict[Any, int]
    duplicates: list[tuple[Any, int, int]]  # (key, line, line of the first)


class _Seq(list[Any]):
    line: int = 0
    item_lines: list[int]


class _KeyError(yaml.MarkedYAMLError):
    pass


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe YAML loader (libyaml's, when PyYAML has it) that records lines, rejects repeats."""


def _construct_map(loader: yaml.SafeLoader, node: yaml.MappingNode) -> _Map:
    n_explicit = len(node.value)
    loader.flatten_mapping(node)  # puts '<<' merged pairs first; explicit keys may override
    n_merged = len(node.value) - n_explicit
    result = _Map()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    result.duplicates = []
    for i, (key_node, value_node) in enumerate(node.value):
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise _KeyError(
                None, None, "a mapping key must be a plain value", key_node.start_mark
            ) from None
        line = key_node.start_mark.line + 1
        if key in result and i >= n_merged and result.key_lines[key] != -1:
            result.duplicates.append((key, line, result.key_lines[key]))
            continue
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line if i >= n_merged else -1
    for key, line in result.key_lines.items():
        if line == -1:
            result.key_lines[key] = result.line
    return result


def _construct_seq(loader: yaml.SafeLoader, node: yaml.SequenceNode) -> _Seq:
    result = _Seq(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def read_bytes(path: Path) -> bytes:
    """Read a data file.

    Parameters
    ----------
    path : pathlib.Path
        The file.

    Returns
    -------
    bytes
        Its contents.

    Raises
    ------
    DimensionError
        When the file does not exist or is a folder.
    """
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise DimensionError(
            located("file not found", path=path, hint="Check the path.")
        ) from None
    except IsADirectoryError:
        raise DimensionError(located("is a folder, not a file", path=path)) from None


def parse_yaml(data: bytes, where: str) -> Any:
    """Parse UTF-8 YAML, recording the line of every mapping key and list item.

    Parameters
    ----------
    data : bytes
        The file's bytes (a byte-order mark is allowed).
    where : str
        The file path or built-in name that errors report.

    Returns
    -------
    Any
        The parsed value; mappings and lists carry their lines (see :func:`line_of`), and
        mappings list their repeated keys in ``duplicates``.

    Raises
    ------
    DimensionError
        When the bytes are not UTF-8 or not YAML; the message gives the line.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_line = data[: exc.start].count(b"\n") + 1
        raise DimensionError(
            located("not UTF-8 text", path=where, line=bad_line, hint="Save the file as UTF-8.")
        ) from None
    try:
        return yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        if isinstance(exc, _KeyError):
            raise DimensionError(
                located(problem, path=where, line=line, hint="Write keys as plain words.")
            ) from None
        raise DimensionError(
            located(
                f"YAML syntax error: {problem}",
                path=where,
                line=line,
                hint="Check indentation and colons, and put patterns with punctuation in single "
                "quotes ('...'; write a quote inside as '').",
            )
        ) from None


def line_of(container: Any, key: Any) -> int | None:
    """Return the line of a key of a parsed mapping or an item of a parsed list.

    Parameters
    ----------
    container : Any
        A mapping or list from :func:`parse_yaml` (anything else has no lines).
    key : Any
        The mapping key, or the list index.

    Returns
    -------
    int or None
        The 1-based line; for a missing key, the mapping's own line; None when unknown.
    """
    if isinstance(container, _Map):
        return container.key_lines.get(key, container.line)
    if isinstance(container, _Seq) and isinstance(key, int) and key < len(container.item_lines):
        return container.item_lines[key]
    return None
