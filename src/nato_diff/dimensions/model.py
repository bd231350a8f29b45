"""The parts of a dimension as a file gives them: terms, facets, cues, positions, figures.

Also the result of matching one sentence (:class:`SentenceMatch`). All are frozen values.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .patterns import ValueType, term_regex

__all__ = [
    "FIGURE_KINDS",
    "Cue",
    "Facet",
    "FigureSettings",
    "Position",
    "SentenceMatch",
    "Term",
]

#: The kinds of figure a dimension may ask for.
FIGURE_KINDS: tuple[str, ...] = ("money", "count", "share")


@dataclass(frozen=True)
class Term:
    """One pattern to look for in a sentence.

    Attributes
    ----------
    pattern : str
        The pattern as written in the dimension file.
    valuetype : {"fixed", "glob", "regex"}
        How ``pattern`` is read (see :mod:`nato_diff.dimensions.patterns`).
    case_insensitive : bool
        Whether letter case is ignored.
    """

    pattern: str
    valuetype: ValueType = "fixed"
    case_insensitive: bool = True

    def regex(self) -> str:
        """Return the regular expression this term compiles to (without case flags).

        Returns
        -------
        str
            The expression, anchored on word boundaries.

        Examples
        --------
        >>> import re
        >>> re.search(Term("join* NATO", "glob").regex(), "Kyiv hopes to join NATO soon")
        <re.Match object; span=(14, 23), match='join NATO'>
        """
        return term_regex(self.pattern, self.valuetype)


@dataclass(frozen=True)
class Facet:
    """A named group of terms within a dimension.

    Attributes
    ----------
    id : str
        The facet id (the key in the file's ``facets`` mapping).
    terms : tuple of Term
        A sentence mentions the facet when one of these matches ...
    exclude : tuple of Term
        ... and that match does not overlap a match of one of these (false friends).
    description : str
        What the facet covers.
    requires : tuple of Term
        When not empty, the facet counts only in a sentence where one of these also matches
        (weapons count as aid only where the sentence speaks of giving, asking or refusing).
    rung : str or None
        The position a mention of this facet is about when no cue of the ladder says more
        (a sentence on "the invitation" is about the invitation rung).
    """

    id: str
    terms: tuple[Term, ...]
    exclude: tuple[Term, ...] = ()
    description: str = ""
    requires: tuple[Term, ...] = ()
    rung: str | None = None


@dataclass(frozen=True)
class Cue:
    """A phrase that places a sentence on a rung of a dimension's ladder.

    Attributes
    ----------
    pattern : str
        The pattern as written.
    valuetype : {"fixed", "glob", "regex"}
        How ``pattern`` is read.
    case_insensitive : bool
        Whether letter case is ignored.
    requires : tuple of Term
        When not empty, at least one of these must also match somewhere in the sentence.
    unless : tuple of Term
        The cue does not count when one of these matches anywhere in the sentence.
    denies : bool
        The cue is a rejection of its rung ("membership is off the table", "opposes
        Ukraine's accession"): the sentence is about that rung, and its claim rejects it.
    """

    pattern: str
    valuetype: ValueType = "fixed"
    case_insensitive: bool = True
    requires: tuple[Term, ...] = ()
    unless: tuple[Term, ...] = ()
    denies: bool = False

    def regex(self) -> str:
        """Return the regular expression the cue pattern compiles to (without case flags).

        Returns
        -------
        str
            The expression, anchored on word boundaries.

        Examples
        --------
        >>> import re
        >>> re.search(Cue("door is open").regex(), "The door  is open.").group()
        'door  is open'
        """
        return term_regex(self.pattern, self.valuetype)


@dataclass(frozen=True)
class Position:
    """One rung of a dimension's ladder of positions.

    Attributes
    ----------
    id : str
        The position id.
    rank : int
        Its place on the ladder; higher is further along.
    description : str
        What a sentence at this rung says.
    cues : tuple of Cue
        Phrases that place a sentence on this rung.
    label : str
        The rung in words, as the object of an act ("a Membership Action Plan": Ukraine
        seeks a Membership Action Plan); the id with spaces when the file gives none.
    """

    id: str
    rank: int
    description: str
    cues: tuple[Cue, ...]
    label: str = ""


@dataclass(frozen=True)
class FigureSettings:
    """Which figures (amounts) to extract from sentences that mention a dimension.

    Attributes
    ----------
    kinds : tuple of str
        Figure kinds, each one of :data:`FIGURE_KINDS` (``"money"``, ``"count"``, ``"share"``).
    """

    kinds: tuple[str, ...]


@dataclass(frozen=True)
class SentenceMatch:
    """What a dimension found in one sentence.

    Attributes
    ----------
    facets : tuple of str
        Ids of the facets whose terms matched, in the dimension's facet order.
    terms : tuple of str
        The matched term text as written in the sentence, without repeats, in sentence order.
    position : str or None
        The highest-ranked position with a cue that counts (``requires``/``unless``
        obeyed, not overlapping an ``exclude`` match, not negated; a negated cue of a higher
        rung counts for the dimension's ``negated_position``). None for questions.
    position_rank : int or None
        That position's rank.
    position_cue : str or None
        The sentence text the cue matched; for a negated cue, from the negator on
        (``"not invite Ukraine to join"``).
    denied : str or None
        The highest rung whose cue matched but was negated or rejected ("did not invite
        Ukraine to join": ``"invitation"``), whatever ``position`` says; claims read it as
        the rung of a denied act.
    denied_cue : str or None
        The denying text, from the negator on (or up to the rejecting predicate).
    rejects : bool
        The position's cue is a rejection of its rung (a cue with ``denies: true``).
    term_matches : tuple of (str, str, int, int)
        Every facet term match, as :meth:`Dimension.term_matches` lists them (found by the
        same scan; not compared, not shown).
    """

    facets: tuple[str, ...]
    terms: tuple[str, ...]
    position: str | None = None
    position_rank: int | None = None
    position_cue: str | None = None
    denied: str | None = None
    denied_cue: str | None = None
    rejects: bool = False
    term_matches: tuple[tuple[str, str, int, int], ...] = field(
        default=(), compare=False, repr=False
    )
