"""References back to what a dimension's term named earlier in the same document."""

from __future__ import annotations

import pandas as pd

from nato_diff import Tracking, track
from nato_diff.corpus import Corpus


def _track(*sentences: str, date: str = "2024-02-16") -> Tracking:
    frame = pd.DataFrame({"doc_id": ["doc"], "date": [date], "text": ["\n\n".join(sentences)]})
    return track(Corpus.from_frame(frame))


def _mentioned(tracking: Tracking, words: str, dimension: str) -> pd.DataFrame:
    m = tracking.mentions
    return m[m["sentence"].str.contains(words, regex=False) & (m["dimension"] == dimension)]


def test_the_agreement_named_again_is_the_same_dimension() -> None:
    t = _track(
        "Kyiv and Oslo signed a bilateral security agreement on Friday.",
        "The Kremlin said the agreement was worthless paper.",
    )
    assert len(_mentioned(t, "worthless", "security_guarantees")) == 1
    claims = t.claims[t.claims["sentence"].str.contains("worthless")]
    assert list(zip(claims["side"], claims["act"], claims["rung"], strict=True)) == [
        ("russia", "rejects", "bilateral")
    ]


def test_a_word_that_stands_for_the_head_counts_too() -> None:
    t = _track(
        "Britain and Ukraine signed a ten-year security agreement in January.",
        "Both texts promise consultations within a day of any new attack.",
    )
    assert len(_mentioned(t, "Both texts", "security_guarantees")) == 1


def test_a_reference_far_from_its_antecedent_is_not_followed() -> None:
    filler = [f"Officials met on day {i} to discuss grain exports." for i in range(12)]
    t = _track(
        "Kyiv and Oslo signed a bilateral security agreement on Friday.",
        *filler,
        "The agreement on grain was extended.",
    )
    assert _mentioned(t, "on grain was extended", "security_guarantees").empty


def test_names_of_bodies_are_not_followed() -> None:
    t = _track(
        "Ukraine wants to join the Alliance as soon as the war ends.",
        "The Alliance met in Brussels to discuss air policing.",
    )
    assert _mentioned(t, "air policing", "membership_path").empty


def test_the_head_of_a_term_stands_before_its_preposition() -> None:
    # "agreement on security cooperation" is an agreement: "the agreement" refers back to it.
    t = _track(
        "Oslo and Kyiv sign agreement on security cooperation between Norway and Ukraine",
        "The agreement, which runs for ten years, sets out Norway's long-term support.",
    )
    assert len(_mentioned(t, "runs for ten years", "security_guarantees")) == 1


def test_a_reference_keeps_its_antecedent_in_view() -> None:
    filler = [f"Officials met on day {i} to discuss grain exports." for i in range(7)]
    t = _track(
        "Kyiv and Oslo signed a bilateral security agreement on Friday.",
        *filler,
        "Under the agreement, Oslo will consult Kyiv within a day of any attack.",
        *filler,
        "Denmark signed the first such agreement in February.",
    )
    assert len(_mentioned(t, "first such agreement", "security_guarantees")) == 1


def test_a_determiner_before_a_preposition_belongs_to_the_first_noun() -> None:
    # "the Ministry of Defence" is a ministry, not "the defence" of "air defence systems".
    t = _track(
        "Berlin will deliver two more air defence systems to Ukraine.",
        "Press office of the Ministry of Defence",
    )
    assert _mentioned(t, "Press office", "aid_volumes").empty
