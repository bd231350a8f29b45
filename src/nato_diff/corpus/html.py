"""Saved web pages: the article's text, the page's own date and title, and what was dropped.

A page (``.html``/``.htm``, or HTML saved as ``.txt``) is read in four steps:

1. The page's *visible text* is laid out one block per line, each with the line of the HTML
   it starts on; ``<script>``, ``<style>`` and the other ``skip_tags`` of ``data/html.yaml``
   are left out, so no date or title is ever read from them.
2. The *article's text* comes from trafilatura's main-text extractor (chosen over jusText,
   see ``benchmarks/html_bench.py``). Every visible block the extractor did not keep is
   recorded as a :class:`~nato_diff.corpus.cleaning.Removal` (rule ``html_boilerplate``) with
   its HTML line. When the extractor finds nothing (a page of a few lines), all the visible
   text is kept and the usual cleaning rules judge it.
3. The *date* comes from the page's metadata (``<meta>`` tags such as
   ``article:published_time``, JSON-LD ``datePublished``, a ``<time>`` marked as the
   publication date), never from a modification date;
   without metadata the caller dates the visible text from the title on (the byline).
4. The *title* is ``og:title``, else the first ``<h1>``, else ``<title>``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .._data import read_builtin_yaml
from ..errors import CorpusError, located
from .cleaning import Removal
from .dating import parse_date_value

__all__ = ["HtmlPage", "looks_like_html", "read_html"]

_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_TAG = re.compile(r"</?(?:p|div|span|a|script|style|meta|li|h[1-6]|br)\b[^>]*>", re.I)


@dataclass(frozen=True)
class HtmlPage:
    """What a saved web page holds for the corpus.

    Attributes
    ----------
    text : str
        The article's text, one paragraph per line, paragraphs separated by a blank line.
    lines : tuple of int
        For each line of ``text``, the HTML line it came from (0 when unknown).
    title : str
        The page's title (``og:title``, ``<h1>`` or ``<title>``), or "".
    date : datetime.date or None
        The publication date in the page's metadata, if any.
    date_evidence : str
        The metadata the date was read from.
    visible_text : str
        The page's visible text from its title on (no scripts or styles), for dating from the
        byline when the metadata gives no date.
    removed : tuple of Removal
        The visible blocks the extractor dropped, with their HTML lines.
    """

    text: str
    lines: tuple[int, ...]
    title: str
    date: dt.date | None
    date_evidence: str
    visible_text: str
    removed: tuple[Removal, ...]


@dataclass(frozen=True)
class _Settings:
    date_meta: tuple[str, ...]
    date_jsonld: tuple[str, ...]
    title_meta: tuple[str, ...]
    skip_tags: frozenset[str]
    block_tags: frozenset[str]


@lru_cache(maxsize=1)
def _settings() -> _Settings:
    raw: dict[str, Any] = read_builtin_yaml("html.yaml")
    return _Settings(
        date_meta=tuple(str(k).lower() for k in raw["date_meta"]),
        date_jsonld=tuple(str(k) for k in raw["date_jsonld"]),
        title_meta=tuple(str(k).lower() for k in raw["title_meta"]),
        skip_tags=frozenset(str(t) for t in raw["skip_tags"]),
        block_tags=frozenset(str(t) for t in raw["block_tags"]),
    )


def looks_like_html(text: str) -> bool:
    """Tell whether ``text`` is an HTML page rather than plain text.

    Parameters
    ----------
    text : str
        A document's content.

    Returns
    -------
    bool
        True when it opens with a doctype, ``<html>``, ``<head>`` or ``<body>``, or when its
        first 5,000 characters hold at least 10 common tags.

    Examples
    --------
    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("The ministers met in <Brussels>.")
    False
    """
    return bool(_HTML_START.match(text)) or len(_TAG.findall(text[:5000])) >= 10


def _parse(html: str, where: str) -> Any:
    from lxml import etree
    from lxml import html as lxml_html

    try:
        # bytes, so that an encoding declaration in the page does not stop the parser
        return lxml_html.document_fromstring(html.encode("utf-8"), parser=_parser())
    except (etree.ParserError, ValueError) as exc:
        raise CorpusError(
            located(f"cannot read the HTML ({exc})", path=where, hint="Save the page again.")
        ) from None


@lru_cache(maxsize=1)
def _parser() -> Any:
    from lxml import html as lxml_html

    return lxml_html.HTMLParser(encoding="utf-8", remove_comments=True)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _visible_blocks(root: Any, settings: _Settings) -> tuple[list[tuple[int, str]], list[Removal]]:
    """Return the page's visible text blocks (HTML line, text) and its script/style blocks."""
    blocks: list[tuple[int, str]] = []
    skipped: list[Removal] = []
    parts: list[str] = []
    start = [0]

    def flush() -> None:
        text = _squash("".join(parts))
        if text:
            blocks.append((start[0], text))
        parts.clear()

    def add(piece: str | None, line: int) -> None:
        if piece:
            if not "".join(parts).strip():
                start[0] = line
            parts.append(piece)

    def walk(el: Any) -> None:
        block = el.tag in settings.block_tags
        if block:
            flush()
        add(el.text, el.sourceline or 0)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in settings.skip_tags:
                body = _squash(child.text_content() or child.get("src", ""))
                if body and tag in ("script", "style"):
                    reason = "script or style block (never read)"
                    skipped.append(Removal(child.sourceline or 0, body[:200], reason, "html_code"))
            elif tag:
                walk(child)
            add(child.tail, child.sourceline or 0)
        if block:
            flush()

    walk(root.find("body") if root.find("body") is not None else root)
    flush()
    return blocks, skipped


def _meta(root: Any) -> dict[str, str]:
    """Return the page's <meta> tags: lower-cased property, name or itemprop -> content."""
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop") or ""
        content = el.get("content") or ""
        if key and content.strip():
            out.setdefault(key.strip().lower(), content.strip())
    return out


def _jsonld(root: Any) -> Iterator[dict[str, Any]]:
    """Yield the page's JSON-LD objects (metadata, not code), nested @graph items too."""
    for el in root.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                stack.extend(graph if isinstance(graph, list) else [])


def _metadata_date(root: Any, settings: _Settings) -> tuple[dt.date | None, str]:
    meta = _meta(root)
    for key in settings.date_meta:
        if key in meta:
            day = parse_date_value(meta[key])
            if day is not None:
                return day, f'page metadata <meta {key}="{meta[key]}">'
    for item in _jsonld(root):
        for key in settings.date_jsonld:
            value = item.get(key)
            day = parse_date_value(value) if isinstance(value, str) else None
            if day is not None:
                return day, f'page metadata (JSON-LD {key}: "{value}")'
    for el in root.iter("time"):
        marks = " ".join([el.get("itemprop") or "", el.get("class") or ""]).lower()
        stamp = el.get("datetime") or ""
        if stamp and (el.get("pubdate") is not None or "published" in marks or "pubdate" in marks):
            day = parse_date_value(stamp)
            if day is not None:
                return day, f'page metadata <time datetime="{stamp}"> ({marks.strip()})'
    return None, ""


def _title(root: Any, settings: _Settings) -> str:
    meta = _meta(root)
    for key in settings.title_meta:
        if key in meta:
            return _squash(meta[key])
    for tag in ("h1", "title"):
        el = next(root.iter(tag), None)
        if el is not None and _squash(el.text_content()):
            return _squash(el.text_content())
    return ""


def _extract(html: str) -> list[str]:
    """Return the article's paragraphs by trafilatura (precision first, no comments)."""
    import trafilatura

    text = trafilatura.extract(
        html,
        output_format="txt",
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        with_metadata=False,
    )
    return [_squash(line) for line in (text or "").splitlines() if line.strip()]


def _locate(paragraphs: list[str], blocks: list[tuple[int, str]]) -> list[int | None]:
    """For each extracted paragraph, the index of the visible block it came from."""
    found: list[int | None] = []
    at = 0
    for para in paragraphs:
        hit = next(
            (i for i in range(at, len(blocks)) if para in blocks[i][1] or blocks[i][1] in para),
            None,
        )
        if hit is None:  # out of order: search from the top
            hit = next((i for i, b in enumerate(blocks) if para in b[1]), None)
        found.append(hit)
        at = hit + 1 if hit is not None else at
    return found


def read_html(html: str, *, where: str = "") -> HtmlPage:
    """Read a saved web page: its article text, date and title, and what was dropped.

    Parameters
    ----------
    html : str
        The page's HTML.
    where : str, optional
        The file (for messages).

    Returns
    -------
    HtmlPage
        The article text with its HTML lines, metadata date and title, the visible text from
        the title on, and the removals.

    Raises
    ------
    CorpusError
        When the HTML cannot be parsed.
    """
    settings = _settings()
    root = _parse(html, where or "<html>")
    blocks, code = _visible_blocks(root, settings)
    # a page too short for the extractor keeps all its visible text for cleaning to judge
    paragraphs = _extract(html) or [text for _, text in blocks]
    homes = _locate(paragraphs, blocks)
    kept = {i for i in homes if i is not None}
    reason = "not part of the article (page boilerplate)"
    dropped = [
        Removal(line, text, reason, "html_boilerplate")
        for i, (line, text) in enumerate(blocks)
        if i not in kept
    ]
    date, evidence = _metadata_date(root, settings)
    title = _title(root, settings)
    first = next((i for i, (_, t) in enumerate(blocks) if title and t == title), None)
    if first is None:
        first = max(0, min(kept, default=0) - 3)
    return HtmlPage(
        text="\n\n".join(paragraphs),
        lines=tuple(x for h in homes for x in (blocks[h][0] if h is not None else 0, 0))[:-1],
        title=title,
        date=date,
        date_evidence=evidence,
        visible_text="\n".join(t for _, t in blocks[first:]),
        removed=tuple(sorted(code + dropped, key=lambda r: r.line)),
    )
