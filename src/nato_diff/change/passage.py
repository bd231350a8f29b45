"""The difference between two passages: :class:`PassageDiff`, its counts and renderings."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

import pandas as pd

from .passage_html import _html_table, _Row
from .similarity import _normalise_space, sentence_ratio

__all__ = ["PassageDiff"]

Op = Literal["equal", "reworded", "added", "dropped"]


@dataclass(frozen=True, eq=False)
class PassageDiff:
    """The sentence-by-sentence difference between two passages.

    Made by :func:`diff_sentences`. Equality is identity: compare ``table`` to compare diffs.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per sentence of either passage, in document order (the order of ``a``, with
        sentences only in ``b`` inserted where they fall; within a changed stretch, dropped
        sentences come before added ones). Columns:

        ``op`` (object: str)
            ``"equal"`` (same sentence, up to whitespace), ``"reworded"`` (a sentence of ``a``
            paired with a similar one of ``b``), ``"dropped"`` (only in ``a``) or ``"added"``
            (only in ``b``).
        ``a_sentence_id``, ``b_sentence_id`` (Int64)
            The sentence's id in ``a`` / ``b``; ``<NA>`` where the row has no sentence there.
        ``a_sentence``, ``b_sentence`` (object)
            The sentence text as given; ``None`` where absent.
        ``ratio`` (float)
            :func:`sentence_ratio` of the two sentences: 1.0 for equal rows, 0.0 for added and
            dropped rows.
        ``word_diff`` (object: str)
            :func:`word_diff` of the two sentences: the sentence itself for equal rows,
            ``"[-…-]"`` for dropped and ``"{+…+}"`` for added rows.
    a_label, b_label : str
        Names of the two passages (document ids, dates …) used in headings.
    """

    table: pd.DataFrame
    a_label: str = "a"
    b_label: str = "b"

    def _rows(self) -> list[_Row]:
        t = self.table
        return [
            _Row(
                str(op),
                None if pd.isna(ai) else int(ai),
                None if pd.isna(bi) else int(bi),
                None if a is None else _normalise_space(str(a)),
                None if b is None else _normalise_space(str(b)),
                str(wd),
            )
            for op, ai, bi, a, b, wd in zip(
                t["op"].tolist(),
                t["a_sentence_id"].tolist(),
                t["b_sentence_id"].tolist(),
                t["a_sentence"].tolist(),
                t["b_sentence"].tolist(),
                t["word_diff"].tolist(),
                strict=True,
            )
        ]

    @cached_property
    def _counts(self) -> Counter[str]:
        return Counter(str(op) for op in self.table["op"])

    def _count(self, op: Op) -> int:
        return self._counts[op]

    @property
    def n_equal(self) -> int:
        """Number of sentences found unchanged."""
        return self._count("equal")

    @property
    def n_reworded(self) -> int:
        """Number of sentence pairs classified as reworded."""
        return self._count("reworded")

    @property
    def n_added(self) -> int:
        """Number of sentences only in ``b``."""
        return self._count("added")

    @property
    def n_dropped(self) -> int:
        """Number of sentences only in ``a``."""
        return self._count("dropped")

    @property
    def ratio(self) -> float:
        """Overall similarity of the two passages, in ``[0.0, 1.0]``.

        :func:`sequence_ratio` of the word lists (as :func:`sentence_ratio` makes them) of the
        two passages' sentences joined in order. Both passages empty gives 1.0; one empty and
        the other not gives 0.0. A passage compared with itself gives 1.0; two unrelated
        paragraphs of 100–200 words on different subjects score about 0.1.
        """
        a = " ".join(s for s in self.table["a_sentence"] if s is not None)
        b = " ".join(s for s in self.table["b_sentence"] if s is not None)
        return sentence_ratio(a, b)

    def to_text(self) -> str:
        """Render the diff as readable plain text, one sentence per line.

        Returns
        -------
        str
            A header (``--- a_label``, ``+++ b_label`` and a summary line), then one line per
            row of :attr:`table` prefixed ``"  "`` (equal), ``"- "`` (dropped), ``"+ "``
            (added) or ``"~ "`` (reworded, shown as its :func:`word_diff`).

        Examples
        --------
        >>> from nato_diff.change import diff_sentences
        >>> d = diff_sentences(["Hi.", "Allies sent 5 tanks."], ["Hi.", "Allies sent 7 tanks."])
        >>> print(d.to_text())
        --- a
        +++ b
        @@ 1 equal, 1 reworded, 0 dropped, 0 added; similarity 0.80 @@
          Hi.
        ~ Allies sent [-5-]{+7+} tanks.
        """
        lines = [
            f"--- {self.a_label}",
            f"+++ {self.b_label}",
            f"@@ {self.n_equal} equal, {self.n_reworded} reworded, {self.n_dropped} dropped, "
            f"{self.n_added} added; similarity {self.ratio:.2f} @@",
        ]
        for row in self._rows():
            if row.op == "equal":
                lines.append(f"  {row.a_sentence}")
            elif row.op == "dropped":
                lines.append(f"- {row.a_sentence}")
            elif row.op == "added":
                lines.append(f"+ {row.b_sentence}")
            else:
                lines.append(f"~ {row.word_diff}")
        return "\n".join(lines)

    def to_html(self) -> str:
        """Render the diff as a self-contained side-by-side HTML table.

        All document text and both labels are escaped with :func:`html.escape`; styles are
        inline, so the fragment can be embedded in any page, notebook or e-mail.

        Returns
        -------
        str
            A ``<table>`` with sentence ids and sentences of ``a`` on the left and of ``b`` on
            the right; dropped words are in ``<del>``, added words in ``<ins>``, and rows are
            tinted by ``op`` (red dropped, green added, yellow reworded).

        Examples
        --------
        >>> from nato_diff.change import diff_sentences
        >>> d = diff_sentences(["Allies sent 5 tanks."], ["Allies sent 7 tanks."])
        >>> "<del" in d.to_html() and "<ins" in d.to_html()
        True
        """
        caption = (
            f"similarity {self.ratio:.2f}: {self.n_equal} equal, {self.n_reworded} reworded, "
            f"{self.n_dropped} dropped, {self.n_added} added"
        )
        return _html_table(
            self._rows(), a_label=self.a_label, b_label=self.b_label, caption=caption
        )

    def _repr_html_(self) -> str:
        return self.to_html()
