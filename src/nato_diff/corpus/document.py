"""The document: one dated, cleaned and sentence-split text, immutable."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from .cleaning import Removal

__all__ = ["WORD", "DateSource", "Document"]

DateSource = Literal["manifest", "metadata", "text", "inferred"]
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")


@dataclass(frozen=True)
class Document:
    """One dated, cleaned and sentence-split document. Immutable.

    Attributes
    ----------
    doc_id : str
        The file name without its extension.
    date : datetime.date
        Publication date.
    date_source : {"manifest", "metadata", "text", "inferred"}
        Where the date came from: a manifest or a table's date column, a web page's
        metadata, the text, or the text with an inferred year.
    date_evidence : str
        The text the date was read from (the manifest cell, or the words in the document).
    title, source, url : str
        From the manifest, else the headline found in the text (title) or "" .
    raw_text : str
        The file's content exactly as read (BOM stripped, line ends kept); for a web page,
        its HTML.
    text : str
        The cleaned text the analysis runs on.
    sentences : tuple of str
        The cleaned text split into sentences; a sentence id is its index here.
    removed : tuple of Removal
        What cleaning took out, each with its reason (for a web page, also the blocks the
        extractor dropped and its scripts and styles, with their HTML lines).
    cut_sentences : tuple of int
        Ids of the sentences that are pieces of a span longer than the splitter's
        ``max_sentence_chars`` without a sentence stop (``data/sentences.yaml``): they were cut
        at a semicolon, colon, comma or space, not at the end of a sentence of the source.
    path : str
        Where the document was read from.
    metadata : mapping
        Any further manifest columns.
    """

    doc_id: str
    date: dt.date
    date_source: DateSource
    date_evidence: str
    title: str
    source: str
    raw_text: str
    text: str
    sentences: tuple[str, ...]
    removed: tuple[Removal, ...] = ()
    cut_sentences: tuple[int, ...] = ()
    url: str = ""
    path: str = ""
    metadata: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def n_sentences(self) -> int:
        """Number of sentences."""
        return len(self.sentences)

    @cached_property
    def n_words(self) -> int:
        """Number of words in the cleaned text (runs of letters or digits), counted once."""
        return len(WORD.findall(self.text))
