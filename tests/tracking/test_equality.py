"""Every table of track() is the same through the fast paths and through the slow ones.

The fast paths are textstat's measures from one split of the text with syllables cached per
word, the change table's sentence counts without a PassageDiff per pair, cached word
counts, facet terms taken from the dimension scan, actor phrases parsed once, and the
compiled sequence matcher of the ``fast`` extra (when installed); and the results kept for
sentences seen before (the dimension scan, the attribution patterns' matches, a sentence's
modality, reference heads, textstat's short runs). The slow paths they replace are still in
the package (textstat's own call for every measure; :func:`diff_sentences`, whose table
holds a word diff per row; ``Dimension.term_matches``; a parse of every phrase; the
uncached functions; difflib) or are one line (the regex word count);
here they are put back and every table is compared.
"""

from __future__ import annotations

import difflib
import importlib
from collections.abc import Sequence

import pandas as pd
import pytest

from nato_diff import Tracking, load_corpus, track
from nato_diff.change import DEFAULT_THRESHOLD, PassageDiff, diff_sentences
from nato_diff.corpus import Corpus, Document
from nato_diff.corpus.document import WORD
from nato_diff.dimensions import Dimension, SentenceMatch
from nato_diff.tracking import TABLES

from ..conftest import write_press

readability_module = importlib.import_module("nato_diff.extract.readability")
changes_module = importlib.import_module("nato_diff.change.changes")
document_module = importlib.import_module("nato_diff.extract.document")
actor_index_module = importlib.import_module("nato_diff.extract.actors.index")
dimension_module = importlib.import_module("nato_diff.dimensions.dimension")
cues_module = importlib.import_module("nato_diff.extract.actors.cues")
modality_module = importlib.import_module("nato_diff.extract.modality")
references_module = importlib.import_module("nato_diff.extract.references")
wordstats_module = importlib.import_module("nato_diff.extract._wordstats")
similarity_module = importlib.import_module("nato_diff.change.similarity")


def _passage_diff(
    a: Sequence[str], b: Sequence[str], *, threshold: float = DEFAULT_THRESHOLD
) -> PassageDiff:
    return diff_sentences(a, b, threshold=threshold)


def _slow_track(corpus: Corpus, monkeypatch: pytest.MonkeyPatch) -> Tracking:
    with monkeypatch.context() as m:
        m.setattr(readability_module, "AVAILABLE", False)
        m.setattr(changes_module, "align_counts", _passage_diff)
        m.setattr(Document, "n_words", property(lambda d: len(WORD.findall(d.text))))
        m.setattr(document_module, "_term_matches", _rescanned_terms)
        m.setattr(actor_index_module, "_PARSED_MAX", 0)
        m.setattr(similarity_module, "_MATCHER", difflib.SequenceMatcher)
        _forget_seen_sentences(m)
        return track(corpus)


def _forget_seen_sentences(m: pytest.MonkeyPatch) -> None:
    """Compute everything kept per sentence afresh every time."""
    m.setattr(dimension_module._ScanCache, "get", lambda self, sentence, context: None)
    m.setattr(cues_module._Finder, "all", lambda self, text: tuple(self.pattern.finditer(text)))
    m.setattr(
        modality_module,
        "_builtin_modality",
        lambda s: modality_module._classify(s, modality_module.load_modality_rules()),
    )
    m.setattr(references_module, "_head", references_module._head.__wrapped__)
    m.setattr(wordstats_module, "_is_short", wordstats_module._is_short.__wrapped__)


def _rescanned_terms(
    dim: Dimension, match: SentenceMatch, sentence: str, before: str
) -> list[tuple[str, str, int, int]]:
    return dim.term_matches(sentence, context=before)


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Forty generated press releases from 1994 to 2025 (the benchmark's generator)."""
    folder = write_press(tmp_path_factory.mktemp("press"), 40, seed=14)
    return load_corpus(folder)


def _assert_same(fast: Tracking, slow: Tracking) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(fast, name), getattr(slow, name), obj=name)


def test_seed_tables_equal_slow_paths(seeds: Corpus, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = track(seeds)
    _assert_same(fast, _slow_track(seeds, monkeypatch))
    # The comparison covers passages that change and readability of whole documents.
    assert (fast.changes["n_added"] + fast.changes["n_dropped"] > 0).any()
    assert (fast.readability["scope"] == "document").sum() == 6 * len(seeds)


def test_generated_tables_equal_slow_paths(
    generated: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = track(generated)
    _assert_same(fast, _slow_track(generated, monkeypatch))
    assert len(fast.changes) == 4 * (len(generated) - 1)
    assert (fast.changes["n_reworded"] > 0).any()
    assert fast.figures["kind"].eq("money").any()
    assert fast.readability["value"].notna().all()
