"""Readability measures of a text, through one wrapper around textstat.

This module and its helper :mod:`._wordstats` are the only ones of nato_diff that import
textstat. It keeps its own textstat instance, set once to English (``en_US``) and to unrounded
output, so the values do not change when other code calls ``textstat.set_lang`` or
``textstat.set_rounding_points``.

- :func:`readability` — a dict of measure id → value for one text.
- :func:`readability_rows` — the same as tidy rows with word and sentence counts and a
  reliability flag.
- :func:`count_words`, :func:`count_sentences` — textstat's own counts.
- :func:`is_reliable` — whether a text is long enough for a measure.

The values are textstat's. For the textstat version it mirrors, :class:`TextStats` splits a
text once, counts each distinct word's syllables once per process and applies textstat's
formulas to the counts (several times faster, the same values); otherwise each measure is
textstat's own call.

Every formula here was calibrated on samples of about 100 words or more, so values for
shorter texts (a single sentence, a headline) are noisy; :data:`MIN_WORDS` and
:func:`is_reliable` record that.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from typing import Any, Literal

import textstat

from nato_diff.errors import ArgumentError, check_choice

from ._wordstats import AVAILABLE, TextStats

__all__ = [
    "MEASURES",
    "MIN_WORDS",
    "SMOG_MIN_SENTENCES",
    "Measure",
    "count_sentences",
    "count_words",
    "is_reliable",
    "readability",
    "readability_rows",
    "sample_text",
]

Measure = Literal[
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "gunning_fog",
    "dale_chall",
    "smog_index",
    "coleman_liau",
]

MEASURES: dict[str, str] = {
    "flesch_reading_ease": "Flesch Reading Ease",
    "flesch_kincaid_grade": "Flesch–Kincaid Grade Level",
    "gunning_fog": "Gunning Fog Index",
    "dale_chall": "Dale–Chall Readability Score",
    "smog_index": "SMOG Index",
    "coleman_liau": "Coleman–Liau Index",
}
"""Measure id → human label, in display order.

Flesch Reading Ease runs from about 0 (very hard) to 100 (very easy; it can leave that range);
the others estimate the US school grade needed to read the text (Dale–Chall on its own
scale, where 9–10 means grades 13–15).
"""

MIN_WORDS = 100
"""Fewest words (as :func:`count_words` counts them) for a value to be called reliable.

The formulas were fitted on, and are meant to be applied to, samples of about 100 words:
Flesch (1948, "A new readability yardstick", J. Applied Psychology 32) scores 100-word
samples; Dale & Chall (1948, "A formula for predicting readability", Educational Research
Bulletin 27) use 100-word samples; Gunning (1952, *The Technique of Clear Writing*) and
Coleman & Liau (1975, J. Applied Psychology 60) work on 100-word passages as well.
"""

SMOG_MIN_SENTENCES = 30
"""Fewest sentences for a reliable SMOG index: McLaughlin (1969, "SMOG grading", Journal of
Reading 12) counts polysyllables in 30 sentences (ten from the start, middle and end)."""

_METHODS: dict[str, str] = {
    "flesch_reading_ease": "flesch_reading_ease",
    "flesch_kincaid_grade": "flesch_kincaid_grade",
    "gunning_fog": "gunning_fog",
    "dale_chall": "dale_chall_readability_score",
    "smog_index": "smog_index",
    "coleman_liau": "coleman_liau_index",
}


def _english_textstat() -> Any:
    """Make a textstat instance of our own, in English and unrounded."""
    engine = type(textstat.textstat)()
    engine.set_lang("en_US")
    if hasattr(engine, "set_rounding_points"):
        engine.set_rounding_points(None)
    else:  # textstat < 0.7.6
        engine.set_rounding(False)
    return engine


_ENGINE = _english_textstat()


def _check_measures(measures: Sequence[str] | None) -> list[str]:
    if measures is None:
        return list(MEASURES)
    if isinstance(measures, str):
        measures = [measures]
    for m in measures:
        check_choice("measure", m, MEASURES)
    return list(measures)


def count_words(text: str) -> int:
    """Count the words of a text as textstat does.

    This is textstat's ``lexicon_count`` with its defaults: punctuation is removed, and
    hyphenated words and contractions count as one word.

    Parameters
    ----------
    text : str
        The text.

    Returns
    -------
    int
        Number of words; 0 for an empty or blank text.

    Examples
    --------
    >>> count_words("NATO's door is open - for Euro-Atlantic partners.")
    7
    """
    return int(_ENGINE.lexicon_count(text))


def count_sentences(text: str) -> int:
    """Count the sentences of a text as textstat does.

    This is textstat's ``sentence_count``: runs of text ending in ``.``, ``!`` or ``?``,
    not counting runs of two words or fewer ("Thank you."), and at least 1 for a text with
    words. A text without words (empty, blank or punctuation only) has 0 sentences here,
    where textstat reports 1 for any non-empty string.

    Parameters
    ----------
    text : str
        The text.

    Returns
    -------
    int
        Number of sentences.

    Examples
    --------
    >>> count_sentences("Allies met today. They agreed. Ukraine will join NATO.")
    2
    >>> count_sentences("   ")
    0
    """
    if count_words(text) == 0:
        return 0
    return int(_ENGINE.sentence_count(text))


def is_reliable(n_words: int, n_sentences: int, measure: str) -> bool:
    """Tell whether a text of this size is long enough for a measure to be meaningful.

    Parameters
    ----------
    n_words : int
        Number of words (as :func:`count_words` counts them).
    n_sentences : int
        Number of sentences.
    measure : str
        A key of :data:`MEASURES`.

    Returns
    -------
    bool
        True if the text has at least :data:`MIN_WORDS` words and one sentence, and, for
        ``"smog_index"``, at least :data:`SMOG_MIN_SENTENCES` sentences.

    Raises
    ------
    ValueError
        If ``measure`` is not a key of :data:`MEASURES`.

    Examples
    --------
    >>> is_reliable(40, 3, "flesch_reading_ease")
    False
    >>> is_reliable(250, 12, "flesch_reading_ease"), is_reliable(250, 12, "smog_index")
    (True, False)
    """
    check_choice("measure", measure, MEASURES)
    if n_words < MIN_WORDS or n_sentences < 1:
        return False
    return measure != "smog_index" or n_sentences >= SMOG_MIN_SENTENCES


def readability(text: str, *, measures: Sequence[str] | None = None) -> dict[str, float]:
    """Compute readability measures of a text with textstat, in English.

    Parameters
    ----------
    text : str
        The text (a document, a paragraph or a passage).
    measures : sequence of str, optional
        Keys of :data:`MEASURES`; all of them by default.

    Returns
    -------
    dict of str to float
        Measure id → value, in the order asked. Values are textstat's, unrounded. A text
        without words (empty, blank or punctuation only) gives NaN for every measure, where
        textstat would return 0.0, a value that reads as "very hard" on the Flesch scale.
        Check :func:`is_reliable` before reading much into the value of a short text. A text
        over :data:`SAMPLE_CHARS` characters is measured on :func:`sample_text`.

    Raises
    ------
    ValueError
        If a measure is not a key of :data:`MEASURES`.

    Examples
    --------
    >>> r = readability("The cat sat on the mat. It was happy.", measures=["flesch_reading_ease"])
    >>> round(r["flesch_reading_ease"], 1)
    108.3
    >>> readability("", measures=["gunning_fog"])
    {'gunning_fog': nan}
    """
    chosen = _check_measures(measures)
    sample = sample_text(text)
    return _values(sample, chosen, TextStats.of(sample) if AVAILABLE else None)


def _values(text: str, chosen: list[str], stats: TextStats | None) -> dict[str, float]:
    """Compute the measures of ``text`` from its counts when given, else with textstat."""
    n_words = stats.n_words if stats is not None else count_words(text)
    if n_words == 0:
        return dict.fromkeys(chosen, math.nan)
    if stats is not None:
        return {m: stats.measure(m) for m in chosen}
    out: dict[str, float] = {}
    for m in chosen:
        method: Callable[[str], float] = getattr(_ENGINE, _METHODS[m])
        out[m] = float(method(text))
    return out


SAMPLE_CHARS = 200_000
"""Above this many characters, readability is measured on an evenly spread sample.

The measures are averages (words per sentence, syllables per word, share of difficult
words), so :data:`SAMPLE_PIECES` stretches of whole sentences taken at even steps through a
long text give the same values within a small margin, in time that does not grow with the
text (textstat reads every word several times, about 20 µs a word).
"""

SAMPLE_PIECES = 40
"""How many stretches a sample of a long text is made of."""

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")


def sample_text(text: str) -> str:
    """Return ``text``, or for a text over :data:`SAMPLE_CHARS` characters an even sample.

    Parameters
    ----------
    text : str
        The text.

    Returns
    -------
    str
        The text itself, or :data:`SAMPLE_PIECES` stretches from even steps through it, each
        cut at sentence ends (at spaces when a stretch holds no sentence end), joined by blank
        lines.

    Examples
    --------
    >>> sample_text("Short texts are measured whole.")
    'Short texts are measured whole.'
    """
    if len(text) <= SAMPLE_CHARS:
        return text
    width = SAMPLE_CHARS // SAMPLE_PIECES
    step = len(text) / SAMPLE_PIECES
    pieces = []
    for i in range(SAMPLE_PIECES):
        piece = text[int(i * step) : int(i * step) + width]
        ends = [m.end() for m in _SENTENCE_END.finditer(piece)]
        if len(ends) >= 2:
            piece = piece[ends[0] : ends[-1]]
        else:  # no sentence ends: whole words only
            piece = piece[piece.find(" ") + 1 : piece.rfind(" ")]
        pieces.append(piece.strip())
    return "\n\n".join(p for p in pieces if p)


def readability_rows(
    text: str,
    *,
    n_sentences: int | None = None,
    measures: Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """Compute readability measures of a text as tidy rows with their reliability.

    Parameters
    ----------
    text : str
        The text.
    n_sentences : int, optional
        The number of sentences to judge reliability by, such as the length of a
        document's own sentence split; by default :func:`count_sentences`. The values
        themselves always use textstat's sentence count.
    measures : sequence of str, optional
        Keys of :data:`MEASURES`; all of them by default.

    Returns
    -------
    list of dict
        One dict per measure, in the order asked, with keys:

        ``measure`` (str)
            The measure id.
        ``value`` (float)
            As :func:`readability` gives it (NaN for a text without words).
        ``n_words`` (int)
            :func:`count_words` of the text.
        ``n_sentences`` (int)
            ``n_sentences`` if given, else :func:`count_sentences` of the text.
        ``reliable`` (bool)
            :func:`is_reliable` for this measure; always False for a text without words.

    Raises
    ------
    ValueError
        If a measure is not a key of :data:`MEASURES` or ``n_sentences`` is negative.

    Examples
    --------
    >>> rows = readability_rows("The cat sat on the mat.", measures=["gunning_fog"])
    >>> rows[0]["measure"], rows[0]["n_words"], rows[0]["n_sentences"], rows[0]["reliable"]
    ('gunning_fog', 6, 1, False)
    """
    if n_sentences is not None and n_sentences < 0:
        raise ArgumentError(f"n_sentences must be 0 or more; got {n_sentences!r}")
    chosen = _check_measures(measures)
    sample = sample_text(text)
    stats = TextStats.of(sample) if AVAILABLE else None
    values = _values(sample, chosen, stats)
    whole = stats if stats is not None and sample is text else None  # counts of the whole text
    n_words = whole.n_words if whole is not None else count_words(text)
    if n_sentences is not None:
        n_sent = int(n_sentences)
    elif whole is not None:
        n_sent = whole.n_sentences if n_words else 0
    else:
        n_sent = count_sentences(text)
    return [
        {
            "measure": m,
            "value": v,
            "n_words": n_words,
            "n_sentences": n_sent,
            "reliable": n_words > 0 and is_reliable(n_words, n_sent, m),
        }
        for m, v in values.items()
    ]
