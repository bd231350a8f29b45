"""Direction of change: each side's movement from one gold position to the next."""

from __future__ import annotations

import datetime as dt
import io

import pandas as pd
import pytest

from nato_diff import evaluate, track
from nato_diff.agreement.direction import direction_steps
from nato_diff.corpus import Corpus, make_document

MAP = "Ukraine asks the Allies for a Membership Action Plan."
INVITE = "Kyiv asks the Allies for an invitation to join NATO."
AGAIN = "Ukraine again asks the Allies for an invitation to join NATO."


def test_steps_follow_each_sides_gold_positions_in_date_order() -> None:
    order = {"a": 0, "b": 1, "c": 2, "d": 3}
    key = "membership_path"
    truth = {("a", key, "ukraine"): 2, ("c", key, "ukraine"): 3, ("d", key, "ukraine"): 3}
    # the library misses the first document and agrees on the others
    found = {("c", key, "ukraine"): 3, ("d", key, "ukraine"): 3, ("b", key, "ukraine"): 1}
    steps = direction_steps(truth, found, order)
    assert [(s["doc_from"], s["doc_to"], s["gold"], s["predicted"]) for s in steps] == [
        ("a", "c", "up", ""),
        ("c", "d", "same", "same"),
    ]


def test_evaluate_scores_the_direction_of_ukraines_path() -> None:
    docs = [
        make_document(d, f"Letter from Kyiv\n\n{text}", date=dt.date(2021, m, 1))
        for d, text, m in (("one", MAP, 2), ("two", INVITE, 6), ("three", AGAIN, 9))
    ]
    tracking = track(Corpus(docs))
    gold = pd.read_csv(
        io.StringIO(
            "doc_id,sentence,dimension,mentioned,holder,side,act,rung\n"
            f"one,{MAP},membership_path,yes,Ukraine,ukraine,seeks,map\n"
            f"two,{INVITE},membership_path,yes,Kyiv,ukraine,seeks,invitation\n"
            f"three,{AGAIN},membership_path,yes,Ukraine,ukraine,seeks,invitation\n"
        ),
        dtype=str,
        keep_default_na=False,
    )
    row = evaluate(tracking, gold).scores.set_index("measure").loc["direction"]
    # two steps: a MAP up to an invitation, then the same invitation again
    assert (row["n_gold"], row["n_paired"]) == (2, 2)
    assert row["accuracy"] == pytest.approx(1.0)
