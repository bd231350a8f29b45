"""Saved web pages: main-text extractors compared for accuracy and speed.

On the pages in tests/corpus/pages (news, ministry and analysis pages with navigation,
scripts, cookie notices, related-story lists, footers and metadata dates; English, Ukrainian
and Russian), counts for each extractor how many of the article's sentences it keeps, how
many pieces of page chrome it drops, and whether the date is right, and times it per page.

- trafilatura (favor_precision=True), the extractor nato_diff uses, with htmldate's date;
- jusText with the English, Ukrainian and Russian stop lists (it gives no date);
- nato_diff.corpus.make_document: trafilatura, then nato_diff's cleaning and dating.

Run: python benchmarks/html_bench.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from nato_diff.corpus import make_document

PAGES = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "pages"
REPEAT = 20


def _trafilatura(html: str) -> tuple[str, str | None]:
    import trafilatura

    text = trafilatura.extract(html, favor_precision=True, include_comments=False) or ""
    meta = trafilatura.extract_metadata(html)
    return text, (meta.date if meta is not None else None)


def _justext(html: str) -> tuple[str, str | None]:
    import justext

    stop = frozenset().union(
        *(justext.get_stoplist(x) for x in ("English", "Ukrainian", "Russian"))
    )
    paragraphs = justext.justext(html.encode("utf-8"), stop)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate), None


def _nato_diff(html: str) -> tuple[str, str | None]:
    doc = make_document("page", html)
    return doc.text, doc.date.isoformat()


def _score(name: str, extract: Callable[[str], tuple[str, str | None]], expected: Any) -> None:
    kept = dropped = dated = n_keep = n_drop = 0
    extract((PAGES / next(iter(expected))).read_text(encoding="utf-8"))  # imports, caches
    started = time.perf_counter()
    for page, want in expected.items():
        html = (PAGES / page).read_text(encoding="utf-8")
        for _ in range(REPEAT):
            text, date = extract(html)
        kept += sum(words in text for words in want["keep"])
        dropped += sum(words not in text for words in want["drop"])
        dated += str(date)[:10] == str(want["date"])
        n_keep, n_drop = n_keep + len(want["keep"]), n_drop + len(want["drop"])
    per_page = (time.perf_counter() - started) / REPEAT / len(expected)
    print(
        f"{name:<34} article kept {kept}/{n_keep}  chrome dropped {dropped}/{n_drop}  "
        f"date right {dated}/{len(expected)}  {per_page * 1e3:6.2f} ms/page"
    )


def main() -> None:
    expected = yaml.safe_load((PAGES / "pages.yaml").read_text(encoding="utf-8"))
    print(f"{len(expected)} pages, {REPEAT} runs each")
    _score("trafilatura (precision) + htmldate", _trafilatura, expected)
    _score("jusText (en+uk+ru stop lists)", _justext, expected)
    _score("nato_diff make_document", _nato_diff, expected)


if __name__ == "__main__":
    main()
