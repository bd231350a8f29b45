"""Quotations: which words of a sentence are quoted, and one quotation across sentences.

:func:`scan_quotes` masks a sentence's quoted words; :class:`Quotation` follows a quotation
opened in one sentence to the one where it closes, giving all of them the same speaker.
Single quotation marks are not treated as quotations (they double as apostrophes).
"""

from __future__ import annotations

import re
from collections.abc import MutableSequence
from dataclasses import dataclass

from .grammar import QMARK
from .model import Attribution, carried

_OPEN_QUOTES = "“„«"
_CLOSE_QUOTES = "”»"
_QUOTE_CHARS = _OPEN_QUOTES + _CLOSE_QUOTES + '"'
_QUOTE_CHAR = re.compile(f"[{_QUOTE_CHARS}]")
_OPENING_CONTEXT = " \t\n([{—–-/"


@dataclass(frozen=True)
class Quotes:
    """A sentence's quoted words.

    Attributes
    ----------
    masked : str
        The sentence with each quoted stretch replaced by one :data:`.grammar.QMARK`.
    has_quote : bool
        Any quoted words in the sentence (including a continued quotation).
    starts_quoted : bool
        The sentence opens with a quote mark (or continues a quotation).
    open_at_end : bool
        A quotation is still open after the sentence.
    """

    masked: str
    has_quote: bool
    starts_quoted: bool
    open_at_end: bool


def _opens(sentence: str, i: int, inside: bool) -> bool:
    """Whether the quote mark at ``i`` opens a quotation (rather than closing one)."""
    ch = sentence[i]
    if ch in _OPEN_QUOTES:
        return True
    if ch in _CLOSE_QUOTES:
        return False
    # a straight quote: opening after a space or bracket, closing before one
    before = sentence[i - 1] if i else " "
    after = sentence[i + 1] if i + 1 < len(sentence) else " "
    if before in _OPENING_CONTEXT:
        return True
    if after.isspace() or not after.isalnum():
        return False
    return not inside


def scan_quotes(sentence: str, in_quote: bool) -> Quotes:
    """Find the quoted stretches of a sentence, given whether a quotation is already open."""
    starts = in_quote or sentence.lstrip()[:1] in _QUOTE_CHARS
    if not in_quote and _QUOTE_CHAR.search(sentence) is None:
        return Quotes(sentence, False, False, False)
    out: list[str] = [QMARK] if in_quote else []
    inside = in_quote
    has_quote = in_quote
    last = 0
    for m in _QUOTE_CHAR.finditer(sentence):
        i = m.start()
        opening = _opens(sentence, i, inside)
        if opening and not inside:
            out.append(sentence[last:i])
            out.append(QMARK)
            inside = has_quote = True
        elif not opening and inside:
            inside = False
            last = i + 1
        elif not opening:
            # a closing mark with no opening one: the quotation began before the sentence
            out = [QMARK]
            has_quote = starts = True
            last = i + 1
    if not inside:
        out.append(sentence[last:])
    return Quotes("".join(out), has_quote, starts, inside)


class Quotation:
    """A quotation followed across a document's sentences.

    A quotation opened in one sentence and attributed where it closes gives every sentence
    from its opening to there that speaker; one left open after a reporting verb ("X
    stressed: “…") carries that speaker to the sentences it spans; one standing alone right
    after another attributed quotation takes its speaker. A quotation is followed for
    ``limit`` sentences at most.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.open = False  # a quotation is open before the next sentence
        self._start = 0  # the sentence that opened it
        self._carry: Attribution | None = None  # speaker of the quotation just before it
        self._pending: Attribution | None = None  # speaker introducing it
        self._previous: Attribution | None = None  # speaker of the last sentence's quotation

    def scan(self, sentence: str) -> Quotes:
        """Find the next sentence's quoted words (see :func:`scan_quotes`)."""
        return scan_quotes(sentence, self.open)

    def reset(self) -> None:
        """Forget any quotation (a transcript label starts afresh)."""
        self.open, self._pending, self._previous = False, None, None

    def place(
        self,
        out: MutableSequence[Attribution | None],
        i: int,
        q: Quotes,
        att: Attribution | None,
        *,
        quoted: bool,
    ) -> None:
        """Attribute sentence ``i`` (and the quotation it closes) from its own speaker ``att``.

        ``quoted`` tells that ``att`` was found after the sentence's closing quote mark.
        """
        if quoted and att is not None:
            lo = self._start if self.open else i
            for k in range(lo, i + 1):
                out[k] = att
            self.open, self._pending = False, None
        elif self.open:
            out[i] = att or self._pending
            if not q.open_at_end:
                if self._pending is None:
                    carry = carried(self._carry)
                    for k in range(self._start, i + 1):
                        out[k] = out[k] or carry
                self.open, self._pending = False, None
            elif i - self._start + 1 >= self.limit:
                self.open, self._pending = False, None
        else:
            out[i] = att
            if q.open_at_end:
                self.open, self._start, self._pending = True, i, att
                self._carry = self._previous if q.starts_quoted else None
            elif q.has_quote and att is None and q.starts_quoted:
                out[i] = carried(self._previous)

    def remember(self, q: Quotes, att: Attribution | None) -> None:
        """Note who a sentence's quotation was attributed to, for a quotation after it."""
        if q.has_quote and att is not None and att.speaker is not None:
            self._previous = att
        elif not q.has_quote:
            self._previous = None
