"""The dimension file format: the keys of each section, and reading a file into a Dimension.

The sections below are the tables of ``docs/dimensions.md``: a section's allowed keys (in the
documented order) and its required ones. :func:`~.fields.check_keys` checks every mapping
against its section; the readers here then turn the values into model objects.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from .dimension import Dimension
from .fields import (
    Context,
    Section,
    check_duplicates,
    check_keys,
    describe,
    flag,
    ident,
    text,
    valuetype,
)
from .model import FIGURE_KINDS, Cue, Facet, FigureSettings, Position
from .patterns import term_body
from .terms import TERM, term, term_list
from .yamlfile import line_of

__all__ = [
    "CUE",
    "DIMENSION",
    "FACET",
    "FIGURES",
    "POSITION",
    "dimension_from_data",
]

#: The top level of a dimension file.
DIMENSION = Section(
    allowed=(
        "id",
        "label",
        "description",
        "version",
        "valuetype",
        "case_insensitive",
        "lists",
        "facets",
        "exclude",
        "positions",
        "negated_position",
        "figures",
    ),
    required=("id", "label", "version", "facets"),
)
#: A facet (``facets.<id>``); a bare list stands for its ``terms``.
FACET = Section(
    allowed=("description", "terms", "exclude", "requires", "rung"), required=("terms",)
)
#: A position (an item of ``positions``).
POSITION = Section(
    allowed=("id", "rank", "description", "label", "cues"), required=("id", "rank", "cues")
)
#: A cue written as a mapping: a term with conditions.
CUE = Section(allowed=(*TERM.allowed, "requires", "unless", "denies"), required=("pattern",))
#: The ``figures`` entry.
FIGURES = Section(allowed=("kinds",), required=("kinds",))


def _lists(ctx: Context, value: Any, *, line: int | None) -> dict[str, str]:
    """Read the top-level ``lists``: names of phrase lists that regex patterns may use."""
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise ctx.error(
            f"'lists' must be a mapping of list names to phrases, found {describe(value)}",
            entry="lists",
            line=line,
            hint="Write e.g. 'lists: {allies: [Poland, the Baltic states]}'.",
        )
    check_duplicates(ctx, value, entry="lists", what="list name")
    return {name: _phrase_list(ctx, value, name) for name in value}


def _phrase_list(ctx: Context, lists: Mapping[Any, Any], name: Any) -> str:
    """Check one named list and return it as a regex alternation of fixed phrases."""
    entry = f"lists.{name}"
    ident(ctx, name, what="list name", entry=entry, line=line_of(lists, name))
    phrases = lists[name]
    if isinstance(phrases, str):
        phrases = [phrases]
    if not isinstance(phrases, list) or not phrases:
        raise ctx.error(
            f"a list must be a non-empty list of phrases, found {describe(phrases)}",
            entry=entry,
            line=line_of(lists, name),
            hint="Write one phrase per line, each starting with '- '.",
        )
    for i, phrase in enumerate(phrases):
        if not isinstance(phrase, str) or not phrase.strip():
            raise ctx.error(
                f"a phrase must be non-empty text, found {describe(phrase)}",
                entry=f"{entry}[{i}]",
                line=line_of(phrases, i) or line_of(lists, name),
                hint="Put numbers and other literal values in quotes.",
            )
    # Fixed phrases, longest first, so that "North Macedonia" wins over "Macedonia".
    bodies = [term_body(p.strip(), "fixed") for p in sorted(phrases, key=len, reverse=True)]
    return "(?:" + "|".join(bodies) + ")"


def _facets(ctx: Context, value: Any, *, line: int | None) -> tuple[Facet, ...]:
    if not isinstance(value, Mapping) or not value:
        raise ctx.error(
            f"'facets' must be a mapping of facet ids to terms, found {describe(value)}",
            entry="facets",
            line=line,
            hint="Write at least one facet, e.g. 'facets: {ports: {terms: [port, harbour]}}'.",
        )
    check_duplicates(ctx, value, entry="facets", what="facet id")
    return tuple(_facet(ctx, fid, fdata, line=line_of(value, fid)) for fid, fdata in value.items())


def _facet(ctx: Context, facet_id: Any, data: Any, *, line: int | None) -> Facet:
    entry = f"facets.{facet_id}"
    ident(ctx, facet_id, what="facet id", entry=entry, line=line)
    if isinstance(data, list):  # shorthand: a facet given as a plain list of terms
        data = {"terms": data}
    check_keys(ctx, data, FACET, entry=entry, line=line)
    return Facet(
        id=facet_id,
        terms=term_list(ctx, data, "terms", entry=entry, required=True),
        exclude=term_list(ctx, data, "exclude", entry=entry, required=False),
        description=text(ctx, data, "description", entry=entry),
        requires=term_list(ctx, data, "requires", entry=entry, required=False),
        rung=text(ctx, data, "rung", entry=entry) or None,
    )


def _facet_rungs(ctx: Context, top: Any, facets: tuple[Facet, ...], positions: Any) -> None:
    """Check that every facet's ``rung`` names a position of the ladder."""
    ids = [p.id for p in positions]
    for facet in facets:
        if facet.rung is not None and facet.rung not in ids:
            raise ctx.error(
                f"rung {facet.rung!r} is not one of the positions "
                f"({', '.join(ids) or 'the dimension has none'})",
                entry=f"facets.{facet.id}.rung",
                line=line_of(top, "facets"),
                hint="Name a position id of the ladder, or leave rung out.",
            )


def _cue(ctx: Context, data: Any, *, entry: str, line: int | None) -> Cue:
    if isinstance(data, str):
        found = term(ctx, data, entry=entry, line=line)
        return Cue(found.pattern, found.valuetype, found.case_insensitive)
    check_keys(ctx, data, CUE, entry=entry, line=line)
    found = term(ctx, {k: v for k, v in data.items() if k in TERM.allowed}, entry=entry, line=line)
    return Cue(
        found.pattern,
        found.valuetype,
        found.case_insensitive,
        requires=term_list(ctx, data, "requires", entry=entry, required=False),
        unless=term_list(ctx, data, "unless", entry=entry, required=False),
        denies=flag(ctx, data, "denies", False, entry=entry),
    )


def _positions(ctx: Context, value: Any, *, line: int | None) -> tuple[Position, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ctx.error(
            f"'positions' must be a list, found {describe(value)}",
            entry="positions",
            line=line,
            hint="Write one '- id: ...' entry per rung, lowest rank first.",
        )
    positions: list[Position] = []
    seen: dict[str, str] = {}  # position id -> its entry
    for i, item in enumerate(value):
        positions.append(_position(ctx, item, i, positions, seen, line=line_of(value, i) or line))
    return tuple(positions)


def _position(
    ctx: Context,
    item: Any,
    i: int,
    below: list[Position],
    seen: dict[str, str],
    *,
    line: int | None,
) -> Position:
    """Read item ``i`` of ``positions``; ``below`` are the rungs read so far."""
    pid = item.get("id") if isinstance(item, Mapping) else None
    entry = f"positions[{i}]" + (f" ({pid})" if isinstance(pid, str) else "")
    check_keys(ctx, item, POSITION, entry=entry, line=line)
    ident(ctx, pid, what="position id", entry=entry, line=line_of(item, "id"))
    pid = cast(str, pid)
    if pid in seen:
        raise ctx.error(
            f"duplicate position id {pid!r} (first at {seen[pid]})",
            entry=entry,
            line=line_of(item, "id"),
            hint="Give each position its own id.",
        )
    seen[pid] = entry
    rank = _rank(ctx, item, i, below[-1] if below else None, entry=entry)
    cues = item["cues"]
    cues_line = line_of(item, "cues")
    if isinstance(cues, str):
        cues = [cues]
    if not isinstance(cues, list) or not cues:
        raise ctx.error(
            f"'cues' must be a non-empty list, found {describe(cues)}",
            entry=f"{entry}.cues",
            line=cues_line,
            hint="Write one cue pattern per line, each starting with '- '.",
        )
    return Position(
        id=pid,
        rank=rank,
        description=text(ctx, item, "description", entry=entry),
        label=text(ctx, item, "label", entry=entry) or pid.replace("_", " "),
        cues=tuple(
            _cue(ctx, c, entry=f"{entry}.cues[{j}]", line=line_of(cues, j) or cues_line)
            for j, c in enumerate(cues)
        ),
    )


def _rank(
    ctx: Context, item: Mapping[Any, Any], i: int, previous: Position | None, *, entry: str
) -> int:
    """Read a position's rank: a whole number above the previous position's."""
    rank = item["rank"]
    if isinstance(rank, bool) or not isinstance(rank, int):
        raise ctx.error(
            f"'rank' must be a whole number, found {describe(rank)}",
            entry=entry,
            line=line_of(item, "rank"),
            hint="Write e.g. 'rank: 3'.",
        )
    if previous is not None and rank <= previous.rank:
        raise ctx.error(
            f"rank {rank} is not above the previous position's rank {previous.rank} "
            f"(positions[{i - 1}] ({previous.id}))",
            entry=entry,
            line=line_of(item, "rank"),
            hint="List positions from lowest to highest with strictly increasing ranks.",
        )
    return rank


def _figures(ctx: Context, value: Any, *, line: int | None) -> FigureSettings | None:
    if value is None:
        return None
    data = check_keys(ctx, value, FIGURES, entry="figures", line=line)
    kinds = data["kinds"]
    kinds_line = line_of(data, "kinds")
    if isinstance(kinds, str):
        kinds = [kinds]
    if not isinstance(kinds, list) or not kinds:
        raise ctx.error(
            f"'kinds' must be a non-empty list, found {describe(kinds)}",
            entry="figures.kinds",
            line=kinds_line,
            hint=f"Choose from: {', '.join(FIGURE_KINDS)}.",
        )
    for i, kind in enumerate(kinds):
        if kind not in FIGURE_KINDS or kinds.index(kind) != i:
            problem = "repeated" if kind in FIGURE_KINDS else "unknown"
            raise ctx.error(
                f"{problem} figure kind {kind!r}",
                entry=f"figures.kinds[{i}]",
                line=line_of(kinds, i) or kinds_line,
                hint=f"Choose each of {', '.join(FIGURE_KINDS)} at most once.",
            )
    return FigureSettings(tuple(kinds))


def _file_context(ctx: Context, top: Mapping[Any, Any]) -> Context:
    """Read the file-wide defaults for terms: ``valuetype``, ``case_insensitive``, ``lists``."""
    return Context(
        ctx.where,
        valuetype=valuetype(ctx, top, "valuetype", "fixed", entry=None),
        case_insensitive=flag(ctx, top, "case_insensitive", True, entry=None),
        lists=_lists(ctx, top.get("lists"), line=line_of(top, "lists")),
    )


def _required_text(ctx: Context, top: Mapping[Any, Any]) -> tuple[str, str]:
    """Read the ``label`` and the ``version``, neither of which may be empty."""
    label = text(ctx, top, "label", entry=None)
    version = text(ctx, top, "version", entry=None)
    for key, value in (("label", label), ("version", version)):
        if not value:
            raise ctx.error(
                f"'{key}' is empty", entry=None, line=line_of(top, key), hint=f"Write a {key}."
            )
    return label, version


def _negated_position(
    ctx: Context, top: Mapping[Any, Any], positions: tuple[Position, ...]
) -> str | None:
    negated = top.get("negated_position")
    if negated is not None and negated not in [p.id for p in positions]:
        raise ctx.error(
            f"negated_position {negated!r} is not one of the positions "
            f"({', '.join(p.id for p in positions) or 'none'})",
            entry="negated_position",
            line=line_of(top, "negated_position"),
            hint="Name a position id of the ladder (e.g. a rejection rung), or leave it out.",
        )
    return cast("str | None", negated)


def dimension_from_data(data: Any, *, where: str, source: str, sha256: str) -> Dimension:
    """Validate a parsed dimension file and build the dimension.

    Parameters
    ----------
    data : Any
        The file as :func:`~.yamlfile.parse_yaml` gives it.
    where : str
        The file path or built-in name that errors report.
    source : str
        The dimension's ``source``.
    sha256 : str
        The hash of the file's bytes.

    Returns
    -------
    Dimension
        The dimension, its patterns compiled.

    Raises
    ------
    DimensionError
        At the first problem, naming the file, the line and the entry.
    """
    ctx = Context(where)
    if data is None:
        raise ctx.error(
            "the file is empty",
            entry=None,
            line=None,
            hint="Write a dimension (see docs/dimensions.md).",
        )
    top = check_keys(ctx, data, DIMENSION, entry=None, line=1)
    dim_id = ident(ctx, top["id"], what="dimension id", entry="id", line=line_of(top, "id"))
    ctx = _file_context(ctx, top)
    label, version = _required_text(ctx, top)
    facets = _facets(ctx, top["facets"], line=line_of(top, "facets"))
    positions = _positions(ctx, top.get("positions"), line=line_of(top, "positions"))
    negated = _negated_position(ctx, top, positions)
    _facet_rungs(ctx, top, facets, positions)
    return Dimension(
        id=dim_id,
        label=label,
        description=text(ctx, top, "description", entry=None),
        version=version,
        facets=facets,
        positions=positions,
        figures=_figures(ctx, top.get("figures"), line=line_of(top, "figures")),
        source=source,
        sha256=sha256,
        exclude=term_list(ctx, top, "exclude", entry="", required=False),
        negated_position=negated,
    )
