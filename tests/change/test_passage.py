from __future__ import annotations

import pytest

from nato_diff.change.alignment import diff_sentences
from nato_diff.change.passage import PassageDiff


def test_to_text_renders_each_op():
    a = ["Intro line here.", "Allies sent 5 tanks to the front.", "Old point."]
    b = ["Intro line here.", "New point.", "Allies sent 7 tanks to the front."]
    d = diff_sentences(a, b, a_label="doc1 (2023-04-20)", b_label="doc2 (2023-09-28)")
    assert d.to_text().splitlines() == [
        "--- doc1 (2023-04-20)",
        "+++ doc2 (2023-09-28)",
        f"@@ 1 equal, 1 reworded, 1 dropped, 1 added; similarity {d.ratio:.2f} @@",
        "  Intro line here.",
        "+ New point.",
        "~ Allies sent [-5-]{+7+} tanks to the front.",
        "- Old point.",
    ]


def test_passage_diff_is_frozen():
    d = diff_sentences(["A b c."], ["A b c."])
    assert isinstance(d, PassageDiff)
    with pytest.raises(AttributeError):
        d.a_label = "x"  # type: ignore[misc]
