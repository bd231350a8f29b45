"""The Dimension object and the Dimensions collection: compiled on creation, matched in text.

A *dimension* is one policy question followed through the documents (Ukraine's membership
path, security guarantees, the Black Sea, aid). *Facets* list the terms that make a sentence
a mention, an optional ordered *ladder of positions* lists cue phrases for each rung, and an
optional ``figures`` entry asks for amounts to be extracted. The heavy work lives in
:mod:`.compiled` and :mod:`.matching`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import pandas as pd

from ..errors import DimensionError, UnknownIdError, check_choice, located
from .compiled import Matcher, SharedSearch, compile_matcher
from .matching import match_sentence, term_matches
from .model import Facet, FigureSettings, Position, SentenceMatch, Term

__all__ = ["Dimension", "Dimensions"]


@dataclass(frozen=True)
class Dimension:
    """One policy dimension: facets of terms, an optional ladder of positions, figure kinds.

    Create dimensions with :func:`~nato_diff.dimensions.load_dimension`,
    :func:`~nato_diff.dimensions.load_dimensions` or
    :func:`~nato_diff.dimensions.import_quanteda`; the patterns are compiled once, on creation.

    Attributes
    ----------
    id : str
        The dimension id (``[a-z][a-z0-9_]*``).
    label : str
        A short human-readable name.
    description : str
        What the dimension tracks.
    version : str
        The file's version string, recorded with every result.
    facets : tuple of Facet
        The facets, in file order.
    positions : tuple of Position
        The ladder, lowest rank first (may be empty).
    figures : FigureSettings or None
        The figure kinds to extract for this dimension, if any.
    source : str
        The file path, or ``"builtin:<id>"`` for a built-in.
    sha256 : str
        SHA-256 of the file's bytes (hex).
    exclude : tuple of Term
        Patterns for false friends of the whole dimension: a facet term or a position cue
        whose match overlaps one of their matches does not count.
    negated_position : str or None
        The id of the rung (usually a rejection) on which a negated cue of a higher rung
        places a sentence; None when negated cues simply do not count.

    Raises
    ------
    DimensionError
        When ``negated_position`` is not one of the positions.

    Examples
    --------
    >>> from nato_diff.dimensions import load_dimensions
    >>> dim = load_dimensions()["membership_path"]
    >>> dim.scan("NATO's door remains open to Ukraine.").position
    'open_door'
    """

    id: str
    label: str
    description: str
    version: str
    facets: tuple[Facet, ...]
    positions: tuple[Position, ...] = ()
    figures: FigureSettings | None = None
    source: str = ""
    sha256: str = ""
    exclude: tuple[Term, ...] = ()
    negated_position: str | None = None
    _matcher: Matcher = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        matcher = compile_matcher(
            self.facets,
            self.positions,
            self.exclude,
            negated_position=self.negated_position,
            source=self.source,
        )
        object.__setattr__(self, "_matcher", matcher)

    @property
    def position_ids(self) -> tuple[str, ...]:
        """The position ids, lowest rank first."""
        return tuple(p.id for p in self.positions)

    @property
    def facet_ids(self) -> tuple[str, ...]:
        """The facet ids, in file order."""
        return tuple(f.id for f in self.facets)

    def rank_of(self, position_id: str) -> int:
        """Return the rank of a position.

        Parameters
        ----------
        position_id : str
            One of :attr:`position_ids`.

        Returns
        -------
        int
            The position's rank.

        Raises
        ------
        ValueError
            When the dimension has no such position.

        Examples
        --------
        >>> from nato_diff.dimensions import load_dimensions
        >>> load_dimensions()["membership_path"].rank_of("open_door")
        2
        """
        for p in self.positions:
            if p.id == position_id:
                return p.rank
        check_choice("position_id", position_id, self.position_ids)
        raise AssertionError  # pragma: no cover - check_choice raised

    def term_matches(self, sentence: str, *, context: str = "") -> list[tuple[str, str, int, int]]:
        """List every facet term match in a sentence.

        Parameters
        ----------
        sentence : str
            The text to search.
        context : str, optional
            The sentence before, where a facet's ``requires`` may also be met.

        Returns
        -------
        list of (str, str, int, int)
            ``(facet, text, start, end)`` per match, ordered by ``start`` then facet order;
            ``sentence[start:end] == text``. Matches overlapping a facet's ``exclude`` are left
            out.

        Examples
        --------
        >>> from nato_diff.dimensions import load_dimensions
        >>> dim = load_dimensions()["black_sea"]
        >>> dim.term_matches("Warships patrol the Black Sea.")
        [('naval', 'Warships', 0, 8), ('region', 'Black Sea', 20, 29)]
        """
        return term_matches(self._matcher, sentence, context)

    def scan(self, sentence: str) -> SentenceMatch | None:
        """Say which facets and which position a sentence shows.

        Parameters
        ----------
        sentence : str
            One sentence.

        Returns
        -------
        SentenceMatch or None
            ``None`` when neither a facet term nor a position cue matches. A position cue
            alone makes the sentence a mention (with no facets). A question (a sentence that
            ends with "?", perhaps before closing quotes or brackets, or starts with "Q:" or
            "Question:") takes no position: its cues are not looked at, so it is a mention
            only through facet terms.

        Examples
        --------
        >>> from nato_diff.dimensions import load_dimensions
        >>> dim = load_dimensions()["membership_path"]
        >>> hit = dim.scan("Allies agreed that Ukraine will become a member of NATO.")
        >>> hit.position, hit.facets
        ('will_join', ('membership',))
        >>> dim.scan("The weather was fine.") is None
        True
        >>> hit = dim.scan("The Allies did not invite Ukraine to join.")
        >>> hit.position, hit.denied
        (None, 'invitation')
        >>> dim.scan("Will Ukraine become a member of NATO?").position is None
        True
        """
        mask, places = self._matcher.candidates(sentence)
        return self._match(sentence, mask, places)

    def _match(
        self,
        sentence: str,
        mask: int,
        places: list[tuple[int, int]] | None,
        context: str = "",
        read: list[bool] | None = None,
    ) -> SentenceMatch | None:
        return match_sentence(self._matcher, sentence, mask, places, context, read)


class Dimensions(Mapping[str, Dimension]):
    """An ordered, read-only collection of dimensions keyed by id.

    Built-in dimensions come first, in the order of
    :data:`~nato_diff.dimensions.BUILTIN_DIMENSIONS`, then user dimensions in the order they
    were loaded. A user dimension that replaces a built-in takes the built-in's place.

    Parameters
    ----------
    dimensions : iterable of Dimension
        The dimensions, in order; ids must be unique.

    Raises
    ------
    DimensionError
        When two dimensions share an id.

    Examples
    --------
    >>> from nato_diff.dimensions import load_dimensions
    >>> dims = load_dimensions()
    >>> list(dims)
    ['membership_path', 'security_guarantees', 'black_sea', 'aid_volumes']
    """

    def __init__(self, dimensions: Iterable[Dimension] = ()) -> None:
        index: dict[str, Dimension] = {}
        for dim in dimensions:
            if dim.id in index:
                raise DimensionError(
                    located(
                        f"dimension id {dim.id!r} is defined twice "
                        f"(also in {index[dim.id].source})",
                        path=dim.source or None,
                        entry="id",
                        hint="Give each dimension file its own id.",
                    )
                )
            index[dim.id] = dim
        self._index = index
        self._search: SharedSearch | None = None
        self._scans = _ScanCache()

    def __getstate__(self) -> dict[str, object]:
        # The scan cache stays behind: a copy (e.g. in a worker process) starts empty.
        return {**self.__dict__, "_scans": None}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state, _scans=_ScanCache())

    def __getitem__(self, key: str) -> Dimension:
        try:
            return self._index[key]
        except KeyError:
            raise UnknownIdError(
                f"no dimension {key!r}; loaded dimensions are: {', '.join(self._index)}"
            ) from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __repr__(self) -> str:
        return f"Dimensions({list(self._index)!r})"

    def scan(self, sentence: str, *, context: str = "") -> dict[str, SentenceMatch]:
        """Scan one sentence with every dimension (faster than one :meth:`Dimension.scan` each).

        Parameters
        ----------
        sentence : str
            One sentence.
        context : str, optional
            The sentence before it: a facet's ``requires`` may be met there too (a list of
            weapons that continues a request made in the sentence before).

        Returns
        -------
        dict of str to SentenceMatch
            The dimensions that match, in collection order, each with its match; the same
            as ``Dimension.scan`` gives.

        Examples
        --------
        >>> from nato_diff.dimensions import load_dimensions
        >>> dims = load_dimensions()
        >>> list(dims.scan("NATO ships patrol the Black Sea; Ukraine's door is open."))
        ['membership_path', 'black_sea']
        """
        known = self._scans.get(sentence, context)
        if known is not None:
            return dict(known)
        if self._search is None:
            self._search = SharedSearch.of([d._matcher for d in self._index.values()])
        found = {}
        read: list[bool] = []  # whether a facet's requires looked at the context
        candidates = self._search.candidates(sentence)
        for dim, (mask, places) in zip(self._index.values(), candidates, strict=True):
            match = dim._match(sentence, mask, places, context, read)
            if match is not None:
                found[dim.id] = match
        self._scans.put(sentence, context, bool(read), tuple(found.items()))
        return found

    def provenance(self) -> pd.DataFrame:
        """Say which file and version each dimension came from.

        Returns
        -------
        pandas.DataFrame
            One row per dimension, in order, with columns

            * ``dimension`` -- the dimension id;
            * ``version`` -- the file's ``version``;
            * ``source`` -- the file path, or ``"builtin:<id>"``;
            * ``sha256`` -- SHA-256 of the file's bytes.

        Examples
        --------
        >>> from nato_diff.dimensions import load_dimensions
        >>> load_dimensions().provenance()["source"].tolist()[0]
        'builtin:membership_path'
        """
        frame: pd.DataFrame = pd.DataFrame(
            {
                "dimension": [d.id for d in self.values()],
                "version": [d.version for d in self.values()],
                "source": [d.source for d in self.values()],
                "sha256": [d.sha256 for d in self.values()],
            },
            columns=["dimension", "version", "source", "sha256"],
        )
        return frame


_Found = tuple[tuple[str, SentenceMatch], ...]


class _ScanCache:
    """The last scans of a collection, by sentence (and by context where it mattered).

    Press releases repeat sentences (boilerplate, standing phrases), and a scan depends only
    on the sentence and, when a facet's ``requires`` had to be looked for there, the
    sentence before it. Each table holds at most :data:`_SCANS_KEPT` entries and is emptied
    when full.
    """

    def __init__(self) -> None:
        # sentence -> its matches when the context did not matter, None when it did
        self.free: dict[str, _Found | None] = {}
        self.bound: dict[tuple[str, str], _Found] = {}  # (sentence, context) -> matches

    def get(self, sentence: str, context: str) -> _Found | None:
        """Return the matches of an earlier scan of the sentence in this context, if any."""
        try:
            found = self.free[sentence]
        except KeyError:
            return None
        return self.bound.get((sentence, context)) if found is None else found

    def put(self, sentence: str, context: str, read: bool, found: _Found) -> None:
        """Keep a scan's matches; ``read`` says whether the context was looked at."""
        if len(self.free) >= _SCANS_KEPT:
            self.free.clear()
        self.free[sentence] = None if read else found
        if read:
            if len(self.bound) >= _SCANS_KEPT:
                self.bound.clear()
            self.bound[(sentence, context)] = found


_SCANS_KEPT = 2048
