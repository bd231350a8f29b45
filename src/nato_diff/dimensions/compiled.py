"""The compiled form of a dimension: units with bits, their patterns, and the prefix filter.

Every facet, every cue and every exclude pattern of a dimension is a *unit* with a bit.
Each facet's terms are compiled into one alternation per case-sensitivity (at each place in a
sentence the longest term wins), and the prefix filter (:mod:`.prefilter`) is built at the
same time, once, when the dimension is created. :class:`SharedSearch` shares one prefix search
among all loaded dimensions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from ..errors import DimensionError, located
from .model import Cue, Facet, Position, Term
from .negation import Negation, builtin_negation
from .patterns import compile_term, compile_terms
from .prefilter import closure, fold, hits, prefix_regex, realign, required_prefixes

__all__ = [
    "CompiledCue",
    "CompiledFacet",
    "Matcher",
    "Places",
    "SharedSearch",
    "compile_matcher",
]

_Pattern = re.Pattern[str]
#: ``(start, bits)`` places where units may match; None for anywhere.
Places = list[tuple[int, int]] | None


@dataclass(frozen=True)
class CompiledCue:
    """A position cue, compiled: its unit bit, its pattern, and its conditions."""

    bit: int
    pattern: _Pattern
    requires: tuple[_Pattern, ...]
    unless: tuple[_Pattern, ...]
    denies: bool = False


@dataclass(frozen=True)
class CompiledFacet:
    """A facet, compiled: its unit bit, its id, and its terms and exclude patterns."""

    bit: int
    id: str
    patterns: tuple[_Pattern, ...]
    exclude: tuple[_Pattern, ...]
    requires: tuple[_Pattern, ...] = ()


@dataclass(frozen=True)
class Matcher:
    """The compiled form of a dimension, built once when the dimension is created.

    Every facet and every cue is a *unit* with a bit. ``prefixes`` finds, at word starts in
    the folded sentence, the strings that the units' matches must start with; ``masks`` maps
    each string found to the bits of the units that may match there. Units whose patterns
    give no such strings are in ``always``. Only units with their bit set are run, and only
    at the places found (when the folded sentence lines up with the sentence).
    """

    prefixes: _Pattern | None
    direct: Mapping[str, int]
    masks: Mapping[str, int]
    always: int
    facets: tuple[CompiledFacet, ...]
    positions: tuple[tuple[Position, tuple[CompiledCue, ...]], ...]
    cue_bits: tuple[int, ...]  # per position, the bits of its cues
    exclude: tuple[tuple[int, _Pattern], ...]  # the dimension's exclude units: (bit, pattern)
    exclude_bits: int
    all_cue_bits: int
    negated: Position | None  # the rung that negated cues of higher rungs give
    negation: Negation

    def candidates(self, sentence: str) -> tuple[int, Places]:
        """Return the bits of the units to run and the ``(start, bits)`` places to try.

        The places are None when they cannot be mapped back to ``sentence``.

        Parameters
        ----------
        sentence : str
            One sentence.

        Returns
        -------
        tuple of (int, list or None)
            The unit bits, and the places.
        """
        if self.prefixes is None:
            return self.always, None
        found, aligned = _found(self.prefixes, sentence)
        return self.collect(found, aligned, self.masks)

    def collect(
        self, found: Iterable[tuple[int, str]], aligned: bool, masks: Mapping[str, int]
    ) -> tuple[int, Places]:
        """Turn prefix hits ``(start, string)`` into unit bits and places.

        Parameters
        ----------
        found : iterable of (int, str)
            The hits of a prefix search.
        aligned : bool
            Whether the folded sentence lines up with the sentence.
        masks : mapping of str to int
            The unit bits of each string the search may report.

        Returns
        -------
        tuple of (int, list or None)
            The unit bits, and the places (None when not aligned).
        """
        mask = self.always
        places = []
        for start, text in found:
            bits = masks[text]
            if bits:
                mask |= bits
                places.append((start, bits))
        return mask, (places if aligned else None)

    def starts(self, places: Places, bit: int) -> list[int] | None:
        """Where unit ``bit`` may match, or None for anywhere.

        Parameters
        ----------
        places : list or None
            From :meth:`candidates`.
        bit : int
            The unit.

        Returns
        -------
        list of int or None
            The starts to try.
        """
        if places is None or self.always >> bit & 1:
            return None
        return [start for start, bits in places if bits >> bit & 1]


def _found(prefixes: re.Pattern[str], sentence: str) -> tuple[list[tuple[int, str]], bool]:
    """Prefix hits with places in ``sentence`` where possible, and whether they line up."""
    folded, aligned = fold(sentence)
    found = hits(prefixes, folded)
    if not aligned and found:
        moved = realign(sentence, folded, found)
        if moved is not None:
            return moved, True
    return found, aligned


def _or_bits(bits: Iterable[int]) -> int:
    mask = 0
    for bit in bits:
        mask |= 1 << bit
    return mask


def _negated_rung(
    positions: tuple[Position, ...], negated_position: str | None, source: str
) -> Position | None:
    """Return the position that ``negated_position`` names."""
    if negated_position is None:
        return None
    negated = next((p for p in positions if p.id == negated_position), None)
    if negated is None:
        raise DimensionError(
            located(
                f"negated_position {negated_position!r} is not one of the positions "
                f"({', '.join(p.id for p in positions) or 'none'})",
                path=source or None,
                entry="negated_position",
                hint="Name a position id of the ladder, or leave negated_position out.",
            )
        )
    return negated


def _unit_prefixes(units: Sequence[Sequence[Term | Cue]]) -> tuple[int, dict[str, int]]:
    """Return the bits of units always tried, and each prefix string's unit bits."""
    always = 0
    direct: dict[str, int] = {}
    for bit, terms in enumerate(units):
        for term in terms:
            prefixes = required_prefixes(term)
            if not prefixes:
                always |= 1 << bit
                break
            for prefix in prefixes:
                direct[prefix] = direct.get(prefix, 0) | 1 << bit
    return always, direct


def compile_matcher(
    facets: Sequence[Facet],
    positions: tuple[Position, ...],
    exclude: Sequence[Term],
    *,
    negated_position: str | None,
    source: str,
) -> Matcher:
    """Compile a dimension's facets, ladder and exclude patterns.

    Parameters
    ----------
    facets : sequence of Facet
        The facets, in order.
    positions : tuple of Position
        The ladder, lowest rank first.
    exclude : sequence of Term
        The dimension's exclude patterns.
    negated_position : str or None
        The id of the rung negated cues give.
    source : str
        The dimension's file, for errors.

    Returns
    -------
    Matcher
        The compiled form.

    Raises
    ------
    DimensionError
        When ``negated_position`` is not one of the positions.
    """
    units: list[Sequence[Term | Cue]] = []  # a unit's bit is its place in this list
    compiled_facets = []
    for facet in facets:
        units.append(facet.terms)
        compiled_facets.append(
            CompiledFacet(
                len(units) - 1,
                facet.id,
                compile_terms(facet.terms),
                compile_terms(facet.exclude),
                compile_terms(facet.requires),
            )
        )
    ladder = []
    for position in positions:
        cues = []
        for cue in position.cues:
            units.append((cue,))
            cues.append(
                CompiledCue(
                    len(units) - 1,
                    compile_term(cue),
                    compile_terms(cue.requires),
                    compile_terms(cue.unless),
                    cue.denies,
                )
            )
        ladder.append((position, tuple(cues)))
    # Each exclude pattern is a unit of its own, so that it runs only where it may match and
    # overlapping matches of two patterns are all found.
    vetoes = []
    for veto in exclude:
        units.append((veto,))
        vetoes.append((len(units) - 1, compile_term(veto)))
    always, direct = _unit_prefixes(units)
    negated = _negated_rung(positions, negated_position, source)
    return Matcher(
        prefixes=prefix_regex(direct) if direct else None,
        direct=direct,
        masks=closure(direct, direct),
        always=always,
        facets=tuple(compiled_facets),
        positions=tuple(ladder),
        cue_bits=tuple(_or_bits(c.bit for c in cues) for _, cues in ladder),
        exclude=tuple(vetoes),
        exclude_bits=_or_bits(bit for bit, _ in vetoes),
        all_cue_bits=_or_bits(c.bit for _, cues in ladder for c in cues),
        negated=negated,
        negation=builtin_negation(),
    )


# The shared searches built lately, by their matchers (the built-in dimensions' matchers are
# the same objects in every Dimensions of a process, so each track() call finds its search).
_SHARED_MAX = 8
_SHARED: dict[tuple[int, ...], tuple[tuple[Matcher, ...], SharedSearch]] = {}


@dataclass(frozen=True)
class SharedSearch:
    """One prefix search shared by several dimensions' matchers.

    Attributes
    ----------
    prefixes : re.Pattern or None
        The search for every matcher's prefix strings (None when there are none).
    matchers : tuple of (Matcher, dict of str to int)
        Each matcher, with the unit bits of each string the shared search may report.
    """

    prefixes: _Pattern | None
    matchers: tuple[tuple[Matcher, dict[str, int]], ...]

    @classmethod
    def of(cls, matchers: Sequence[Matcher]) -> SharedSearch:
        """Build the shared search for some matchers.

        Parameters
        ----------
        matchers : sequence of Matcher
            The matchers, in order.

        Returns
        -------
        SharedSearch
            The search.
        """
        key = tuple(map(id, matchers))
        known = _SHARED.get(key)
        if known is not None and all(a is b for a, b in zip(known[0], matchers, strict=True)):
            return known[1]
        strings = {s for m in matchers for s in m.direct}
        search = cls(
            prefix_regex(strings) if strings else None,
            tuple((m, closure(m.direct, strings)) for m in matchers),
        )
        if len(_SHARED) >= _SHARED_MAX:
            _SHARED.clear()
        _SHARED[key] = (tuple(matchers), search)  # the matchers are kept: ids are not reused
        return search

    def candidates(self, sentence: str) -> Iterator[tuple[int, Places]]:
        """Search a sentence once; give each matcher's unit bits and places, in order.

        Parameters
        ----------
        sentence : str
            One sentence.

        Yields
        ------
        tuple of (int, list or None)
            What :meth:`Matcher.candidates` would give, per matcher.
        """
        found: list[tuple[int, str]] = []
        aligned = True
        if self.prefixes is not None:
            found, aligned = _found(self.prefixes, sentence)
        for matcher, masks in self.matchers:
            yield matcher.collect(found, aligned, masks)
