"""Loading dimension files: one file, or the built-ins together with files and folders.

See ``docs/dimensions.md`` for the file format.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path

from .._regexcache import pattern_store
from ..errors import DimensionError, located
from .builtin import builtin_names, load_builtin
from .dimension import Dimension, Dimensions
from .schema import dimension_from_data
from .yamlfile import parse_yaml, read_bytes

__all__ = ["load_dimension", "load_dimensions"]

_YAML_SUFFIXES = (".yaml", ".yml")


def load_dimension(path: str | os.PathLike[str]) -> Dimension:
    r"""Load and validate one dimension file.

    Parameters
    ----------
    path : str or path-like
        A ``.yaml`` or ``.yml`` file in the dimension format (see ``docs/dimensions.md``).

    Returns
    -------
    Dimension
        The dimension, its patterns compiled; ``source`` is ``path`` and ``sha256`` the hash
        of the file's bytes.

    Raises
    ------
    DimensionError
        When the file is missing, not YAML, or not a valid dimension; the message names the
        file, the line and the entry (e.g. ``positions[3] (will_join)``) and what to do.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "ports.yaml").write_text(
    ...     'id: ports\nlabel: Ports\nversion: "1"\nfacets: {ports: {terms: [port, harbour]}}'
    ... )
    >>> load_dimension(folder / "ports.yaml").facet_ids
    ('ports',)
    """
    p = Path(path)
    data = read_bytes(p)
    return dimension_from_data(
        parse_yaml(data, str(p)),
        where=str(p),
        source=str(p),
        sha256=hashlib.sha256(data).hexdigest(),
    )


def _user_files(path: str | os.PathLike[str]) -> list[Path]:
    p = Path(path)
    if p.is_dir():
        files = sorted(
            f for f in p.iterdir() if f.suffix.lower() in _YAML_SUFFIXES and f.is_file()
        )
        if not files:
            raise DimensionError(
                located(
                    "no .yaml or .yml files in this folder",
                    path=p,
                    hint="Put dimension files here or pass a file.",
                )
            )
        return files
    if not p.exists():
        raise DimensionError(located("no such file or folder", path=p, hint="Check the path."))
    if p.suffix.lower() not in _YAML_SUFFIXES:
        raise DimensionError(
            located(
                "not a .yaml or .yml file", path=p, hint="Dimension files end in .yaml or .yml."
            )
        )
    return [p]


def load_dimensions(*paths: str | os.PathLike[str], builtins: bool = True) -> Dimensions:
    """Load the built-in dimensions and any user dimension files.

    Parameters
    ----------
    *paths : str or path-like
        Dimension files (``.yaml``/``.yml``) or folders of them (read in name order, not
        recursively).
    builtins : bool, default True
        Include the built-in dimensions (:data:`~nato_diff.dimensions.BUILTIN_DIMENSIONS`).

    Returns
    -------
    Dimensions
        Built-ins first in their fixed order, then user dimensions in the order given. A user
        dimension whose id is a built-in's replaces that built-in, in its place.

    Raises
    ------
    DimensionError
        When a path is missing, a file is invalid, or two user files share an id.

    Examples
    --------
    >>> dims = load_dimensions()
    >>> dims["aid_volumes"].figures.kinds
    ('money', 'count', 'share')
    """
    # The terms' compiled patterns are kept between runs (see nato_diff._regexcache).
    with pattern_store("dimensions"):
        return _load_dimensions(paths, builtins=builtins)


def _load_dimensions(paths: Sequence[str | os.PathLike[str]], *, builtins: bool) -> Dimensions:
    loaded: dict[str, Dimension] = {}
    if builtins:
        for name in builtin_names():
            loaded[name] = load_builtin(name)
    user_sources: dict[str, str] = {}
    for path in paths:
        for file in _user_files(path):
            dim = load_dimension(file)
            if dim.id in user_sources:
                raise DimensionError(
                    located(
                        f"dimension id {dim.id!r} is also defined in {user_sources[dim.id]}",
                        path=file,
                        entry="id",
                        hint="Give each dimension file its own id, or load only one of them.",
                    )
                )
            user_sources[dim.id] = dim.source
            loaded[dim.id] = dim  # replaces a built-in in place, else appends
    return Dimensions(loaded.values())
