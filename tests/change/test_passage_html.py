from __future__ import annotations

import re

from nato_diff.change.alignment import diff_sentences


def test_to_html_escapes_document_text():
    evil = "The page said <script>alert(1)</script> & more."
    d = diff_sentences(["Intro.", evil], ["Intro.", evil.replace("more", "less")])
    d2 = diff_sentences([evil], [], a_label="<b>label</b>")
    for html in (d.to_html(), d2.to_html()):
        assert "&lt;script&gt;" in html
        assert "<script" not in html
    assert "&lt;b&gt;label&lt;/b&gt;" in d2.to_html()
    assert "&amp; <del" in d.to_html()


def test_to_html_marks_changes_side_by_side():
    d = diff_sentences(
        ["NATO allies provided €65 billion in military aid.", "Dropped one."],
        ["NATO allies provided nearly €100 billion in military aid."],
        a_label="before",
        b_label="after",
    )
    html = d.to_html()
    assert html.startswith("<table") and html.endswith("</table>")
    assert re.search(r"<del[^>]*>65</del>", html)
    assert re.search(r"<ins[^>]*>100</ins>", html)
    assert re.search(r"<ins[^>]*>nearly</ins>", html)
    assert re.search(r"<del[^>]*>Dropped one\.</del>", html)
    assert html.count("<tr data-op=") == 2
    assert ">before<" in html and ">after<" in html
    assert d._repr_html_() == html
