"""Reading the package's data files and users' YAML files, with errors that say where."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import Any

import yaml

from .errors import DimensionError, located

__all__ = ["builtin_path", "read_builtin_yaml", "read_yaml"]

# libyaml's safe loader when PyYAML was built with it: the same documents, several times faster
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_TWICE = "appears twice in one mapping"


class _UniqueKeyLoader(_SafeLoader):  # type: ignore[valid-type,misc]
    """The safe loader, refusing a key written twice in one mapping.

    YAML keeps the last of two equal keys and drops the first without a word; in a rules or
    dimension file that silently loses a whole list.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                twice = key in seen
            except TypeError:  # an unhashable key; the constructor below reports it
                continue
            if twice:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} {_TWICE}", key_node.start_mark
                )
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


@lru_cache(maxsize=64)  # asked for at every load of a rules file, which is cached itself
def builtin_path(name: str) -> Path:
    """Return the path of a data file shipped in ``nato_diff/data``.

    Parameters
    ----------
    name : str
        Path relative to the package's ``data`` folder, e.g. ``"cleaning.yaml"``.

    Returns
    -------
    pathlib.Path
        A real file-system path (the package is installed unzipped).
    """
    return Path(str(resources.files("nato_diff") / "data" / name))


def read_yaml(path: str | PathLike[str], *, error: type[Exception] = DimensionError) -> Any:
    """Parse a YAML file, turning syntax errors into ``error`` naming the file and line.

    Parameters
    ----------
    path : str or path-like
        The file.
    error : type of Exception, optional
        The exception class to raise.

    Returns
    -------
    Any
        The parsed document.

    Raises
    ------
    error
        When the file cannot be read or is not valid YAML.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise error(located("file not found", path=p)) from None
    except UnicodeDecodeError as exc:
        raise error(
            located(
                f"not UTF-8 text ({exc.reason} at byte {exc.start})",
                path=p,
                hint="Save the file as UTF-8.",
            )
        ) from None
    try:
        return yaml.load(text, Loader=_UniqueKeyLoader)
    except ValueError as exc:  # PyYAML raises it for impossible dates such as 2020-13-01
        raise error(
            located(
                f"invalid value: {exc}",
                path=p,
                hint="Quote the value, or write a real date as YYYY-MM-DD.",
            )
        ) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        hint = (
            "Merge the two entries into one: the later one would replace the earlier."
            if _TWICE in problem
            else "Fix the syntax (indentation, quotes, colons)."
        )
        raise error(located(f"invalid YAML: {problem}", path=p, line=line, hint=hint)) from None


def read_builtin_yaml(name: str) -> Any:
    """Parse a YAML data file shipped with the package.

    Parameters
    ----------
    name : str
        Path relative to the package's ``data`` folder.

    Returns
    -------
    Any
        The parsed document.
    """
    return read_yaml(builtin_path(name))
