"""The built-in dimensions: their names and order, read from ``nato_diff/data/dimensions``.

Each built-in file is validated and compiled once per process.
"""

from __future__ import annotations

import functools
import hashlib
from importlib import resources
from typing import TYPE_CHECKING

from ..errors import DimensionError, located
from .dimension import Dimension
from .schema import dimension_from_data
from .yamlfile import parse_yaml

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = ["BUILTIN_DIMENSIONS", "builtin_names", "load_builtin"]

#: The built-in dimensions, in the order every result lists them.
BUILTIN_DIMENSIONS: tuple[str, ...] = (
    "membership_path",
    "security_guarantees",
    "black_sea",
    "aid_volumes",
)


def _builtin_folder() -> Traversable:
    return resources.files("nato_diff").joinpath("data").joinpath("dimensions")


def builtin_names() -> list[str]:
    """List the built-in dimensions: :data:`BUILTIN_DIMENSIONS`, then any other shipped file.

    Returns
    -------
    list of str
        The names, :data:`BUILTIN_DIMENSIONS` first, then the others in name order.
    """
    folder = _builtin_folder()
    extra = sorted(
        entry.name.rsplit(".", 1)[0]
        for entry in folder.iterdir()
        if entry.name.endswith(".yaml") and entry.name.rsplit(".", 1)[0] not in BUILTIN_DIMENSIONS
    )
    return [*BUILTIN_DIMENSIONS, *extra]


def load_builtin(name: str) -> Dimension:
    """Load one built-in dimension.

    Parameters
    ----------
    name : str
        One of :func:`builtin_names`.

    Returns
    -------
    Dimension
        The dimension; its ``source`` is ``"builtin:<name>"``.

    Raises
    ------
    DimensionError
        When the file is not a valid dimension or its id is not its name.
    """
    return _builtin_from_bytes(name, _builtin_folder().joinpath(f"{name}.yaml").read_bytes())


@functools.lru_cache(maxsize=64)
def _builtin_from_bytes(name: str, data: bytes) -> Dimension:
    # Dimensions are immutable, so a built-in file is compiled once per process and content.
    source = f"builtin:{name}"
    dim = dimension_from_data(
        parse_yaml(data, source),
        where=source,
        source=source,
        sha256=hashlib.sha256(data).hexdigest(),
    )
    if dim.id != name:
        raise DimensionError(
            located(f"id {dim.id!r} differs from the file name", path=source, entry="id")
        )
    return dim
