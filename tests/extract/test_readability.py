from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
import textstat

from nato_diff.corpus import Corpus
from nato_diff.extract.readability import (
    MEASURES,
    MIN_WORDS,
    SMOG_MIN_SENTENCES,
    count_sentences,
    count_words,
    is_reliable,
    readability,
    readability_rows,
)

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

# seed 000, the Black Sea paragraph (47 words, 2 sentences, 79 syllables)
BLACK_SEA = (
    "The President stressed the importance of cooperation with NATO to maintain security in the "
    "Black Sea. He spoke in favor of expanding the Alliance's activities in the Black Sea region "
    "and noted that Ukraine is interested in increasing the presence of NATO forces in the Black "
    "Sea."
)

DIRECT = {
    "flesch_reading_ease": textstat.flesch_reading_ease,
    "flesch_kincaid_grade": textstat.flesch_kincaid_grade,
    "gunning_fog": textstat.gunning_fog,
    "dale_chall": textstat.dale_chall_readability_score,
    "smog_index": textstat.smog_index,
    "coleman_liau": textstat.coleman_liau_index,
}


def seed_text(name: str) -> str:
    (path,) = SEEDS.glob(f"{name}_*.txt")
    return path.read_text(encoding="utf-8")


def seed_paragraph(name: str, index: int) -> str:
    paragraphs = [p.strip() for p in seed_text(name).split("\n") if p.strip()]
    return paragraphs[index]


def test_measures_are_the_documented_ones():
    assert list(MEASURES) == list(DIRECT)
    assert MEASURES["flesch_reading_ease"] == "Flesch Reading Ease"


@pytest.mark.parametrize("text_id", ["000:13", "003:4", "004:0"])
def test_values_equal_textstat_called_directly(text_id):
    name, index = text_id.split(":")
    text = seed_paragraph(name, int(index))
    assert count_words(text) > 60
    ours = readability(text)
    assert list(ours) == list(MEASURES)
    direct = [float(DIRECT[m](text)) for m in MEASURES]
    assert np.allclose(list(ours.values()), direct, rtol=0, atol=1e-9)


@pytest.mark.parametrize(
    ("measure", "expected"),
    [
        # by hand from textstat's counts: 47 words, 2 sentences, 79 syllables
        ("flesch_reading_ease", 206.835 - 1.015 * 47 / 2 - 84.6 * 79 / 47),
        ("flesch_kincaid_grade", 0.39 * 47 / 2 + 11.8 * 79 / 47 - 15.59),
    ],
)
def test_flesch_values_follow_the_formula(measure, expected):
    assert count_words(BLACK_SEA) == 47
    assert count_sentences(BLACK_SEA) == 2
    assert textstat.syllable_count(BLACK_SEA) == 79
    assert readability(BLACK_SEA, measures=[measure])[measure] == pytest.approx(expected)


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: p.name[:3])
def test_counts_match_textstat(path):
    text = path.read_text(encoding="utf-8")
    assert count_words(text) == textstat.lexicon_count(text)
    assert count_sentences(text) == textstat.sentence_count(text)


@pytest.mark.parametrize(
    ("text", "n_words", "n_sentences"),
    [
        ("", 0, 0),
        ("   \n\t ", 0, 0),
        ("... – !", 0, 0),
        ("Thank you.", 2, 1),
        ("Allies met today. They agreed. Ukraine will join NATO.", 9, 2),
        ("NATO's door is open - for Euro-Atlantic partners.", 7, 1),
    ],
)
def test_counts(text, n_words, n_sentences):
    assert (count_words(text), count_sentences(text)) == (n_words, n_sentences)


@pytest.mark.parametrize("text", ["", "   \n ", "?!"])
def test_text_without_words_gives_nan_and_unreliable(text):
    values = readability(text)
    assert list(values) == list(MEASURES)
    assert all(math.isnan(v) for v in values.values())
    rows = readability_rows(text)
    assert [r["measure"] for r in rows] == list(MEASURES)
    for row in rows:
        assert math.isnan(row["value"])
        assert row["reliable"] is False
        assert (row["n_words"], row["n_sentences"]) == (0, 0)


def test_forty_word_passage_is_unreliable():
    words = seed_paragraph("000", 13).split()[:40]
    text = " ".join(words) + "."
    assert count_words(text) == 40
    rows = readability_rows(text)
    assert all(not r["reliable"] for r in rows)
    assert all(math.isfinite(r["value"]) for r in rows)


def test_full_document_is_reliable_except_smog():
    text = seed_text("000")
    rows = {r["measure"]: r for r in readability_rows(text)}
    assert rows["flesch_reading_ease"]["n_words"] > MIN_WORDS
    assert rows["flesch_reading_ease"]["n_sentences"] < SMOG_MIN_SENTENCES
    assert rows["flesch_reading_ease"]["reliable"] is True
    assert rows["gunning_fog"]["reliable"] is True
    assert rows["smog_index"]["reliable"] is False


def test_rows_use_given_sentence_count_for_reliability_only():
    text = seed_text("004")
    rows = readability_rows(text, n_sentences=40, measures=["smog_index"])
    assert rows == [
        {
            "measure": "smog_index",
            "value": textstat.smog_index(text),
            "n_words": textstat.lexicon_count(text),
            "n_sentences": 40,
            "reliable": True,
        }
    ]


@pytest.mark.parametrize(
    ("n_words", "n_sentences", "measure", "expected"),
    [
        (0, 0, "flesch_reading_ease", False),
        (40, 3, "flesch_reading_ease", False),
        (MIN_WORDS - 1, 5, "dale_chall", False),
        (MIN_WORDS, 5, "dale_chall", True),
        (MIN_WORDS, 0, "gunning_fog", False),
        (500, 29, "smog_index", False),
        (500, 30, "smog_index", True),
        (500, 29, "coleman_liau", True),
    ],
)
def test_is_reliable(n_words, n_sentences, measure, expected):
    assert is_reliable(n_words, n_sentences, measure) is expected


def test_unknown_measure_is_rejected():
    with pytest.raises(ValueError, match=r"measure must be one of .*'gunning_fog'.*; got 'fog'"):
        readability("Some text here.", measures=["fog"])
    with pytest.raises(ValueError, match="got 'lix'"):
        is_reliable(200, 10, "lix")
    with pytest.raises(ValueError, match="n_sentences"):
        readability_rows("Some text here.", n_sentences=-1)


def test_measures_keep_the_order_asked():
    values = readability(BLACK_SEA, measures=["gunning_fog", "flesch_reading_ease"])
    assert list(values) == ["gunning_fog", "flesch_reading_ease"]


def test_global_textstat_settings_do_not_change_values():
    text = seed_paragraph("004", 0)
    before = readability(text)
    textstat.set_lang("de_DE")
    textstat.set_rounding_points(1)
    try:
        assert textstat.flesch_reading_ease(text) != before["flesch_reading_ease"]
        after = readability(text)
    finally:
        textstat.set_lang("en_US")
        textstat.set_rounding_points(None)
    assert after == before


OFFLINE_SCRIPT = textwrap.dedent(
    """
    import json, socket, sys

    def refuse(*args, **kwargs):
        raise OSError("network access is blocked in this test")

    socket.socket = refuse
    socket.create_connection = refuse
    socket.getaddrinfo = refuse

    import textstat
    from nato_diff.extract.readability import readability

    text = sys.argv[1]
    print(json.dumps({
        "syllables": textstat.syllable_count(text),
        "fre": readability(text, measures=["flesch_reading_ease"])["flesch_reading_ease"],
    }))
    """
)


def test_syllable_counts_work_offline(tmp_path):
    env = {**os.environ, "NLTK_DATA": str(tmp_path), "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", OFFLINE_SCRIPT, BLACK_SEA],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["syllables"] == 79
    assert result["fre"] == pytest.approx(readability(BLACK_SEA)["flesch_reading_ease"])


def test_a_long_text_is_measured_on_an_even_sample_with_the_same_values(
    seeds: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = sys.modules[readability.__module__]  # the module, not the function
    text = "\n\n".join(d.text for d in seeds) * 15  # 240,000 characters
    assert len(text) > module.SAMPLE_CHARS
    sample = module.sample_text(text)
    assert len(sample) <= module.SAMPLE_CHARS
    for piece in sample.split("\n\n"):
        assert piece in text  # whole stretches of the text, never rewritten
    sampled = module.readability(text)
    monkeypatch.setattr(module, "SAMPLE_CHARS", 10**9)
    full = module.readability(text)
    for measure, value in full.items():
        assert abs(sampled[measure] - value) <= 0.04 * abs(value) + 0.3, measure


def test_short_texts_are_measured_whole() -> None:
    from nato_diff.extract.readability import sample_text

    text = "The ministers met in Kyiv. They agreed on more air defence."
    assert sample_text(text) is text


# Texts whose words test the edges of textstat's splitting and syllable rules: contractions,
# quotes, hyphens, dotted capitals that lower-case to two characters, numbers, non-Latin words.
EDGE_TEXTS = [
    "",
    "...",
    "NATO's door isn't closed - it's 'open', they'd say; rock'n'roll.",
    "İstanbul and İzmir hosted the talks. ÇANKAYA replied. Ok.",
    "In 2023, allies gave €65 billion (USD 70.4 bn) to Ukraine's armed forces!",
    "Україна і НАТО. Переговори тривали дві години у Києві.",
    "Extraordinarily institutionalised interoperability considerations predominate.",
    # letters as textstat counts them: underscores, superscripts, fractions, Arabic digits,
    # no-break and zero-width spaces
    "Allies_and partners pledged \u00b2\u00b3 \u00bd of it\u00a0today\u200b; \u0663 drones came. "
    "Then 5,000 shells \u2014 and more \u2026 arrived!",
]


@pytest.mark.parametrize("text", EDGE_TEXTS + [seed_text(p.name[:3]) for p in SEED_FILES])
def test_one_split_values_equal_textstat_for_every_measure(text):
    # The values come from one split of the text and a per-word syllable cache; they must be
    # textstat's own to the last bit, for whole documents and awkward words alike.
    ours = readability(text)
    if count_words(text) == 0:
        assert all(math.isnan(v) for v in ours.values())
        return
    assert ours == {m: float(DIRECT[m](text)) for m in MEASURES}
