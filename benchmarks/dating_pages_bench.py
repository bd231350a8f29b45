"""Dating page-like texts: how dates are printed on news, ministry and wire pages.

Each case is a short text written for this benchmark in the shapes real pages use (bylines,
toolbars, numeric and Cyrillic dates, PDF text with glued paragraph numbers, tag lines,
view counters, newswire datelines) with the publication date a reader would give it, or
None when no date can honestly be read (an ambiguous numeric date with no order given).
Prints each miss and the share right.

Run: python benchmarks/dating_pages_bench.py
"""

from __future__ import annotations

import time

from nato_diff.corpus import find_date

B = (
    "The ministers met in the capital and agreed to deepen their work on reform, training "
    "and the supply of air defence systems."
)
CASES: list[tuple[str, str | None]] = [
    ("Headline words here\n\nPublished: 05.03.2022 | 10:15\n\n" + B, "2022-03-05"),
    ("Новини\n\nОпубліковано: 25.02.2021 14:10\n\n" + B, "2021-02-25"),
    ("Заголовок новини тут\n\n24 лютого 2022, 06:30\n\n" + B, "2022-02-24"),
    ("Заголовок\n\nЧетвер, 25 лютого 2021\n\n" + B, "2021-02-25"),
    ("Title of piece\n\nBy Jane Doe | 12 March 2024\n\n" + B, "2024-03-12"),
    ("Title of piece\n\nMarch 12, 2024 at 3:45 PM EDT\n\n" + B, "2024-03-12"),
    ("Title of piece\n\n12 March 2024 / 3 min read\n\n" + B, "2024-03-12"),
    ("Title of piece\n\nMar 12 2024\n\n" + B, "2024-03-12"),
    ("Title of piece\n\n12.03.2024 14:10\n\n" + B, "2024-03-12"),
    (
        "Weather 5°C | Kyiv | Tuesday, 3 December 2024\n\nTitle of piece\n\n12.03.2024 14:10"
        "\n\n" + B,
        "2024-03-12",
    ),
    (
        "Title of piece\n\nLast updated: 14 March 2024\nFirst published: 12 March 2024\n\n" + B,
        "2024-03-12",
    ),
    ("Home | News\n\nTitle of piece\n\n2024-03-12T10:00:00Z\n\n" + B, "2024-03-12"),
    ("Title of piece\n\n12 березня 2024 р. 14:10\n\n" + B, "2024-03-12"),
    ("Заголовок\n\n12 марта 2024, 14:10\n\n" + B, "2024-03-12"),
    ("Заголовок\n\n12 марта 2024 года\n\n" + B, "2024-03-12"),
    ("Title of piece\n\nThursday 12 March 2020\n\n" + B, "2020-03-12"),
    ("Title of piece\n\n12th March, 2024\n\n" + B, "2024-03-12"),
    ("Title of piece\n\nPosted on 12/03/2024 by admin\n\n" + B, None),
    (
        "KYIV, March 12 (Newswire) - Volodymyr Zelenskyy said on Tuesday that the promise of "
        "2008 still stands, a year after Ukraine applied in September 2022.",
        "2024-03-12",
    ),
    (
        "Summit Communique\n\nPress Release (2009)044, 3 Apr. 20091. We, the leaders of the "
        "Alliance, met today in the border towns to mark sixty years of our treaty.\n\n" + B,
        "2009-04-03",
    ),
    (
        "Door stays open\n\n" + B + "\n\nMore aid would follow in the spring.\n\n"
        "6 May 2010 | moldova, alliance, reform",
        "2010-05-06",
    ),
    ("World\n\nEnvoys meet in Riga\n\nJune 14,2023 482\n\n" + B, "2023-06-14"),
    (
        "Feedback | Friday, October 18, 2024\n\nPolitics\n\nEnvoys discuss the winter package"
        "\n\n21/02/24 | 09:40 am\n\n" + B,
        "2024-02-21",
    ),
    ("Feedback | Monday, April 22, 2024\n\nHeadline\n\n" + B, None),
]


def main() -> None:
    right = 0
    find_date(CASES[-6][0])  # load the dating rules and the actors' terms once
    started = time.perf_counter()
    for text, want in CASES:
        found = find_date(text)
        got = found.date.isoformat() if found else None
        right += got == want
        if got != want:
            print(f"miss: {text[:50]!r}: expected {want}, got {got}")
    per_case = (time.perf_counter() - started) / len(CASES)
    print(f"{right}/{len(CASES)} right ({right / len(CASES):.0%}), {per_case * 1e3:.2f} ms a text")


if __name__ == "__main__":
    main()
