"""Building one document: clean, date and split a text (plain or HTML) into a Document.

Each document is built on its own, so loading parallelises across processes; readers for
folders (:mod:`.readers`) and tables (:mod:`.tables`) both end here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence

from ..errors import CorpusError, located
from .cleaning import Cleaned, CleaningRules, Removal, clean, load_cleaning_rules
from .dating import find_date, undatable_error
from .document import WORD, DateSource, Document
from .html import looks_like_html, read_html
from .sentences import split_marked
from .sniff import has_words

__all__ = ["make_document"]

_TITLE_MAX_WORDS = 30


_NOT_A_TITLE = re.compile(r"^(issued|published|posted|updated|by|from|press release)\b", re.I)


def _title_from(sentences: Sequence[str], removed: Sequence[Removal]) -> str:
    """Pick a headline: a repeated title line, else the longest early line without a stop.

    Candidates are among the first three sentences: 3 to 30 words, no final stop, mostly
    words (not a reference number such as "Press Release (2008) 049") and no byline or
    publication line. The longest wins, so a headline beats a site name above it.
    """
    for r in removed:
        if r.rule == "repeated_line":
            return r.text.strip()
    candidates = []
    for sentence in sentences[:3]:
        words = WORD.findall(sentence)
        letters = [w for w in words if not w.isdigit()]
        if (
            3 <= len(words) <= _TITLE_MAX_WORDS
            and len(letters) >= max(3, 0.6 * len(words))
            and not re.search(r"[.!?:;,\"”]$", sentence)
            and not _NOT_A_TITLE.match(sentence)
        ):
            candidates.append(sentence)
    if candidates:
        return max(candidates, key=len)  # the first of the longest
    if not sentences:
        return ""
    first = sentences[0]
    return first if len(first) <= 100 else first[:99].rsplit(" ", 1)[0] + "…"


def make_document(
    doc_id: str,
    raw_text: str,
    *,
    path: str = "",
    date: dt.date | None = None,
    date_evidence: str = "",
    title: str = "",
    source: str = "",
    url: str = "",
    metadata: Mapping[str, str] | None = None,
    cleaning: CleaningRules | None = None,
    dayfirst: bool | None = None,
) -> Document:
    """Clean, date and split one text into a :class:`Document`.

    Parameters
    ----------
    doc_id : str
        The document's id.
    raw_text : str
        Its text as read: plain text, or a saved web page (HTML is recognised by its content,
        see :func:`~nato_diff.corpus.html.looks_like_html`; the article's text is extracted,
        the page's metadata date and title kept, and what was dropped recorded in
        ``removed``).
    path : str, optional
        Where it came from (for messages).
    date : datetime.date, optional
        A known date (from a manifest); otherwise it is found in the text.
    date_evidence : str, optional
        Where ``date`` came from (e.g. the manifest cell).
    title, source, url : str, optional
        Known metadata; a missing title is taken from the text.
    metadata : mapping, optional
        Further metadata to keep.
    cleaning : CleaningRules, optional
        Cleaning rules; the package's by default.
    dayfirst : bool, optional
        The order of ambiguous numeric dates in the text ("05/03/2022"); see
        :func:`~nato_diff.corpus.find_date`.

    Returns
    -------
    Document
        The document.

    Raises
    ------
    CorpusError
        When nothing is left after cleaning.
    UndatableDocumentError
        When no date is given and none can be found in the text.
    """
    where = path or doc_id
    if looks_like_html(raw_text):
        return _html_document(
            doc_id,
            raw_text,
            path=path,
            date=date,
            date_evidence=date_evidence,
            title=title,
            source=source,
            url=url,
            metadata=metadata,
            cleaning=cleaning,
            dayfirst=dayfirst,
        )
    cleaned = _cleaned(raw_text, cleaning, where)
    sentences, cut = split_marked(cleaned.text)
    date_source: DateSource
    if date is not None:
        date_source, evidence = "manifest", date_evidence or date.isoformat()
    else:
        blocks = cleaned.removed_lines(rules=_block_rule_ids(cleaning))
        found = find_date(raw_text, skip_lines=blocks, dayfirst=dayfirst)
        if found is None:
            raise undatable_error(where, cleaned.text, raw=raw_text)
        date, date_source, evidence = found.date, found.source, found.evidence
    return Document(
        doc_id=doc_id,
        date=date,
        date_source=date_source,
        date_evidence=evidence,
        title=title or _title_from(sentences, cleaned.removed),
        source=source,
        raw_text=raw_text,
        text=cleaned.text,
        sentences=sentences,
        removed=cleaned.removed,
        cut_sentences=cut,
        url=url,
        path=path,
        metadata=dict(metadata or {}),
    )


def _block_rule_ids(rules: CleaningRules | None) -> list[str]:
    rules = rules or load_cleaning_rules()
    return [r.id for r in rules.block_rules]


def _cleaned(text: str, rules: CleaningRules | None, where: str) -> Cleaned:
    """Clean a text; refuse it when no sentence with a letter or digit is left."""
    cleaned = clean(text, rules=rules)
    if not has_words(cleaned.text):
        raise CorpusError(
            located(
                f"nothing is left after cleaning{_removed_summary(cleaned.removed)}",
                path=where,
                hint="Check the removals with nato_diff.corpus.clean() or pass other rules.",
            )
        )
    return cleaned


def _removed_summary(removed: Sequence[Removal]) -> str:
    """Say what cleaning removed, e.g. `` (removed: 2 lines as section label)``."""
    if not removed:
        return " (no sentence with a letter or digit in it)"
    counts: dict[str, int] = {}
    for r in removed:
        counts[r.reason] = counts.get(r.reason, 0) + 1
    parts = [f"{n} line{'s' if n > 1 else ''} as {reason}" for reason, n in counts.items()]
    return f" (removed: {', '.join(parts)})"


def _html_document(
    doc_id: str,
    raw_text: str,
    *,
    path: str,
    date: dt.date | None,
    date_evidence: str,
    title: str,
    source: str,
    url: str,
    metadata: Mapping[str, str] | None,
    cleaning: CleaningRules | None,
    dayfirst: bool | None,
) -> Document:
    """Build a document from a saved web page (see :mod:`.html`)."""
    where = path or doc_id
    page = read_html(raw_text, where=where)
    if not page.text.strip():
        raise CorpusError(
            located(
                "no article text found in the web page",
                path=where,
                hint="Check that the page was saved whole, or save its text as .txt.",
            )
        )
    cleaned = _cleaned(page.text, cleaning, where)
    # cleaning's line numbers are the extracted text's; report the page's HTML lines instead
    removed = page.removed + tuple(
        Removal(page.lines[r.line - 1], r.text, r.reason, r.rule) for r in cleaned.removed
    )
    date_source: DateSource
    if date is not None:
        date_source, evidence = "manifest", date_evidence or date.isoformat()
    elif page.date is not None:
        date, date_source, evidence = page.date, "metadata", page.date_evidence
    else:
        found = find_date(page.visible_text, dayfirst=dayfirst)
        if found is None:
            raise undatable_error(where, page.visible_text)
        date, date_source, evidence = found.date, found.source, found.evidence
    sentences, cut = split_marked(cleaned.text)
    return Document(
        doc_id=doc_id,
        date=date,
        date_source=date_source,
        date_evidence=evidence,
        title=title or page.title or _title_from(sentences, cleaned.removed),
        source=source,
        raw_text=raw_text,
        text=cleaned.text,
        sentences=sentences,
        removed=tuple(sorted(removed, key=lambda r: r.line)),
        cut_sentences=cut,
        url=url,
        path=path,
        metadata=dict(metadata or {}),
    )
