"""Corpus stage: read documents, clean them, date them and split them into sentences.

- :mod:`.document`: :class:`Document`, one immutable dated text;
- :mod:`.collection`: :class:`Corpus`, the documents ordered by (date, id);
- :mod:`.readers`: :func:`load_corpus`, :func:`load_seeds`, manifests;
- :mod:`.building`: :func:`make_document`, one text (plain or HTML) into a document;
- :mod:`.tables`: CSV, JSONL and Parquet tables and DataFrames of documents;
- :mod:`.html`: saved web pages (article text, metadata date and title);
- :mod:`.terms`: the terms of office that bound a year-less dateline's year;
- :mod:`.cleaning`: page chrome removed, every removal recorded;
- :mod:`.dating`: the publication date and its evidence;
- :mod:`.sentences`: the sentence splitter.
"""

from __future__ import annotations

from .building import make_document
from .cleaning import Removal, clean
from .collection import Corpus
from .dating import ambiguous_dates, find_date
from .document import DateSource, Document
from .html import looks_like_html, read_html
from .readers import (
    DOCUMENT_SUFFIXES,
    MANIFEST_NAME,
    DocumentJob,
    as_corpus,
    decode_text,
    document_jobs,
    load_corpus,
    load_document,
    load_seeds,
    read_text,
    seeds_path,
)
from .sentences import split_marked, split_sentences
from .tables import read_table

__all__ = [
    "DOCUMENT_SUFFIXES",
    "MANIFEST_NAME",
    "Corpus",
    "DateSource",
    "Document",
    "DocumentJob",
    "Removal",
    "ambiguous_dates",
    "as_corpus",
    "clean",
    "decode_text",
    "document_jobs",
    "find_date",
    "load_corpus",
    "load_document",
    "load_seeds",
    "looks_like_html",
    "make_document",
    "read_html",
    "read_table",
    "read_text",
    "seeds_path",
    "split_marked",
    "split_sentences",
]
