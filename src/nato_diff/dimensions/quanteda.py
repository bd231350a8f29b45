"""Importing a quanteda-style YAML dictionary as a terms-only dimension."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Literal

from ..errors import check_choice
from .dimension import Dimension
from .fields import Context, check_duplicates, describe, ident
from .model import Facet
from .terms import term
from .yamlfile import line_of, parse_yaml, read_bytes

__all__ = ["import_quanteda"]


def import_quanteda(
    path: str | os.PathLike[str],
    *,
    id: str | None = None,  # the dimension's id, named as in the file format
    label: str | None = None,
    separator: Literal[".", "/"] = ".",
) -> Dimension:
    r"""Read a quanteda-style YAML dictionary as a terms-only dimension.

    Top-level keys (and nested keys, joined with ``separator``) become facets; the values are
    glob patterns (quanteda's default ``valuetype``), matched case-insensitively; a value with
    spaces is a phrase.

    Parameters
    ----------
    path : str or path-like
        The YAML dictionary, e.g. ``{economy: {positive: [growth, "job*"]}, war: [war*]}``.
    id : str, optional
        The dimension id; defaults to the file name in lower case with other characters
        turned into ``_``.
    label : str, optional
        The label; defaults to the file name.
    separator : {".", "/"}, default "."
        Joins nested keys into facet ids (quanteda uses ``"."``).

    Returns
    -------
    Dimension
        With one facet per list of values, no positions and no figures; ``version`` is
        ``"quanteda"``.

    Raises
    ------
    DimensionError
        When the file is not a mapping of keys to lists of text, or a value is not a valid
        glob pattern.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "Reforms.yml"
    >>> _ = f.write_text("reform:\n  courts: [judicial reform*]\n  graft: [anti-corruption]\n")
    >>> import_quanteda(f).facet_ids
    ('reform.courts', 'reform.graft')
    """
    check_choice("separator", separator, [".", "/"])
    p = Path(path)
    raw = read_bytes(p)
    data = parse_yaml(raw, str(p))
    ctx = Context(str(p), valuetype="glob", case_insensitive=True)
    dim_id = id if id is not None else _default_id(p)
    ident(ctx, dim_id, what="dimension id", entry=None, line=None)
    if not isinstance(data, Mapping) or not data:
        raise ctx.error(
            f"expected a mapping of keys to lists of patterns, found {describe(data)}",
            entry=None,
            line=1,
            hint="Write e.g. 'economy: [growth, \"job*\"]'.",
        )
    facets: list[Facet] = []
    _walk(ctx, data, "", separator, facets)
    return Dimension(
        id=dim_id,
        label=label if label is not None else p.stem,
        description=f"Imported from the quanteda dictionary {p.name}.",
        version="quanteda",
        facets=tuple(facets),
        source=str(p),
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def _default_id(path: Path) -> str:
    """Make an id of a file name: lower case, other characters ``_``, starting with a letter."""
    dim_id = re.sub(r"[^a-z0-9_]+", "_", path.stem.lower()).strip("_")
    if dim_id and not dim_id[0].isalpha():
        dim_id = f"d_{dim_id}"
    return dim_id


def _walk(
    ctx: Context, node: Mapping[Any, Any], prefix: str, separator: str, facets: list[Facet]
) -> None:
    """Add a facet per list of patterns under ``node``, nested keys joined by ``separator``."""
    check_duplicates(ctx, node, entry=prefix or None, what="key")
    for key, value in node.items():
        name = f"{prefix}{separator}{key}" if prefix else str(key)
        line = line_of(node, key)
        if isinstance(value, Mapping):
            _walk(ctx, value, name, separator, facets)
            continue
        values = [value] if isinstance(value, str) else value
        if not isinstance(values, list) or not values:
            raise ctx.error(
                f"expected a list of patterns or nested keys, found {describe(value)}",
                entry=name,
                line=line,
                hint='Write the patterns as a list, e.g. [growth, "job*"].',
            )
        terms = tuple(
            term(ctx, v, entry=f"{name}[{i}]", line=line_of(values, i) or line)
            for i, v in enumerate(values)
        )
        facets.append(Facet(id=name, terms=terms))
