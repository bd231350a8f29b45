"""Corpus stage: read documents, clean them, date them and split them into sentences.

- :mod:`.document`: :class:`Document`, one immutable dated text;
- :mod:`.collection`: :class:`Corpus`, the documents ordered by (date, id);
- :mod:`.readers`: :func:`load_corpus`, :func:`load_seeds`, manifests;
- :mod:`.cleaning`: page chrome removed, every removal recorded;
- :mod:`.dating`: the publication date and its evidence;
- :mod:`.sentences`: the sentence splitter.
"""

from __future__ import annotations

from .cleaning import Removal, clean
from .collection import Corpus
from .dating import find_date
from .document import DateSource, Document
from .readers import load_corpus, load_seeds, make_document, read_text, seeds_path
from .sentences import split_sentences

__all__ = [
    "Corpus",
    "DateSource",
    "Document",
    "Removal",
    "clean",
    "find_date",
    "load_corpus",
    "load_seeds",
    "make_document",
    "read_text",
    "seeds_path",
    "split_sentences",
]
