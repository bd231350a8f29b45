"""Shared by the change tests: the seed tracking, seed sentences and rewordings of them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from nato_diff import Tracking, track
from nato_diff.corpus import Corpus

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed_paragraphs(name: str) -> list[str]:
    (path,) = SEEDS.glob(f"{name}_*.txt")
    text = path.read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n") if p.strip()]


def split(paragraph: str) -> list[str]:
    return re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", paragraph.strip())


# Rewordings of seed sentences (tense, swapped words, changed figures, cut clauses).
REWORDINGS = [
    (
        "The parties praised the cooperation between Ukraine and NATO in overcoming the "
        "COVID-19 pandemic.",
        "The parties welcomed cooperation between Ukraine and NATO in fighting the COVID-19 "
        "pandemic.",
    ),
    (
        "Jens Stoltenberg said he would insist on that.",
        "Jens Stoltenberg says he will insist on it.",
    ),
    (
        "The Russian army is preparing for further offensive actions.",
        "The Russian army is preparing new offensive operations.",
    ),
    ("Ukraine deserves an invitation to NATO.", "Ukraine deserves an invitation to join NATO."),
    (
        "This is Jens Stoltenberg's third visit to Ukraine since the start of full-scale Russian "
        "invasion.",
        "This is Jens Stoltenberg's fourth visit to Ukraine since the start of the full-scale "
        "Russian invasion.",
    ),
    (
        "This is the first visit of Jens Stoltenberg to Ukraine since the beginning of Russia’s "
        "full-scale war against Ukraine.",
        "It was the first visit by Jens Stoltenberg to Ukraine since Russia's full-scale war "
        "began.",
    ),
    (
        "He further noted that over 140 nations stood up for Ukraine’s sovereignty at the United "
        "Nations.",
        "He also noted that more than 140 nations stand up for Ukraine's sovereignty at the UN.",
    ),
    (
        "During the meeting, preparations for the NATO summit, which will take place in "
        "Washington in July, were also discussed.",
        "During the meeting, they also discussed preparations for the NATO summit in Washington "
        "in July.",
    ),
    (
        "NATO allies provided €65 billion in military aid.",
        "NATO allies provided nearly €100 billion in military aid.",
    ),
]


@pytest.fixture(scope="session")
def tracking(seeds: Corpus) -> Tracking:
    return track(seeds)
