"""Synthetic corpora built from the seed documents, for scaling measurements."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from nato_diff.corpus import seeds_path


def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(seeds_path().glob("*.txt"))]


def write_corpus(folder: Path, n_docs: int, *, size_factor: int = 1, seed: int = 0) -> Path:
    """Write n_docs documents: seed bodies shuffled and repeated size_factor times, each with a
    dateline, so every document is dated from its text."""
    rng = random.Random(seed)
    texts = seed_texts()
    paragraphs = [p for t in texts for p in t.split("\n\n") if len(p) > 80]
    folder.mkdir(parents=True, exist_ok=True)
    start = dt.date(2015, 1, 1)
    for i in range(n_docs):
        day = start + dt.timedelta(days=rng.randrange(3650))
        body = "\n\n".join(rng.sample(paragraphs, k=min(8, len(paragraphs))) * size_factor)
        text = f"Statement {i}\n\n{day.day} {day:%B} {day.year} - 10:00\n\n{body}\n"
        (folder / f"doc_{i:07d}.txt").write_text(text, encoding="utf-8")
    return folder
