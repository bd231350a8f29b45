"""Dating: nato_diff's rules against dateparser.search_dates on the seed documents.

Counts, for each seed, the dates a parser proposes and how many of them are not the
publication date (false positives), and the time per document.
Needs the `bench` extra: pip install -e ".[bench]".

Run: python benchmarks/dating_bench.py
"""

from __future__ import annotations

import time

from nato_diff import load_seeds
from nato_diff.corpus import find_date


def main() -> None:
    corpus = load_seeds()
    truth = {d.doc_id: d.date for d in corpus}
    print("nato_diff.find_date")
    t = time.perf_counter()
    for doc in corpus:
        found = find_date(doc.raw_text)
        ok = found is not None and found.date == truth[doc.doc_id]
        print(f"  {doc.doc_id}: {found.date if found else None} ({'ok' if ok else 'WRONG'})")
    per_doc = (time.perf_counter() - t) / len(corpus)
    print(f"  {per_doc * 1e3:.2f} ms per document (first call includes loading the rules)")
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser is not installed; pip install -e '.[bench]' to compare")
        return
    for label, kwargs in [
        ("dateparser.search_dates, default settings", {}),
        (
            "dateparser.search_dates, languages=['en'], strict",
            {
                "languages": ["en"],
                "settings": {
                    "STRICT_PARSING": True,
                    "REQUIRE_PARTS": ["day", "month", "year"],
                    "PREFER_DATES_FROM": "past",
                },
            },
        ),
    ]:
        print(label)
        total, wrong, elapsed = 0, 0, 0.0
        for doc in corpus:
            t = time.perf_counter()
            found = search_dates(doc.raw_text, **kwargs) or []  # type: ignore[arg-type]
            elapsed += time.perf_counter() - t
            dates = [(text, d.date()) for text, d in found]
            bad = [(text, d) for text, d in dates if d != truth[doc.doc_id]]
            total += len(dates)
            wrong += len(bad)
            shown = ", ".join(f"{text!r}->{d}" for text, d in bad[:4])
            print(
                f"  {doc.doc_id}: {len(dates)} dates, {len(bad)} not the publication date"
                + (f": {shown}" if shown else "")
            )
        print(
            f"  total {total} dates proposed, {wrong} false positives; "
            f"{elapsed / len(corpus) * 1e3:.1f} ms per document"
        )


if __name__ == "__main__":
    main()
