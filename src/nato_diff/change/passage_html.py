"""HTML rendering of a passage diff: a side-by-side table with changed words marked."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import NamedTuple

from .similarity import _word_opcodes


class _Row(NamedTuple):
    """One aligned row of a passage diff."""

    op: str
    a_sentence_id: int | None
    b_sentence_id: int | None
    a_sentence: str | None
    b_sentence: str | None
    word_diff: str


_ROW_STYLE: dict[str, str] = {
    "equal": "",
    "reworded": "background:#fff8e1;",
    "added": "background:#e6ffec;",
    "dropped": "background:#ffebe9;",
}
_DEL_STYLE = "background:#ffc0c0;text-decoration:line-through;"
_INS_STYLE = "background:#abf2bc;text-decoration:none;"
_CELL = "padding:2px 6px;border-top:1px solid #ddd;vertical-align:top;"
_ID_CELL = _CELL + "color:#888;text-align:right;font-variant-numeric:tabular-nums;"


def _html_sides(a: str, b: str) -> tuple[str, str]:
    """Render both sides of a reworded pair, escaped, with changes in ``<del>`` / ``<ins>``."""
    ta, tb, opcodes = _word_opcodes(a, b)
    left: list[str] = []
    right: list[str] = []
    for tag, i1, i2, j1, j2 in opcodes:
        old, new = "".join(ta[i1:i2]), "".join(tb[j1:j2])
        if tag == "equal":
            left.append(html.escape(old))
            right.append(html.escape(new))
            continue
        if old:
            core = old.lstrip()
            left.append(old[: len(old) - len(core)])
            left.append(f'<del style="{_DEL_STYLE}">{html.escape(core)}</del>')
        if new:
            core = new.lstrip()
            right.append(new[: len(new) - len(core)])
            right.append(f'<ins style="{_INS_STYLE}">{html.escape(core)}</ins>')
    return "".join(left).lstrip(), "".join(right).lstrip()


def _html_table(rows: Iterable[_Row], *, a_label: str, b_label: str, caption: str) -> str:
    """Render the rows of a passage diff as one ``<table>``, every text escaped."""
    head = (
        '<table class="nato-diff" style="border-collapse:collapse;font-family:sans-serif;'
        'font-size:0.9em;">'
        f'<caption style="text-align:left;padding:4px 0;">{caption}</caption>'
        f'<thead><tr><th style="{_CELL}">#</th>'
        f'<th style="{_CELL}text-align:left;">{html.escape(a_label)}</th>'
        f'<th style="{_CELL}">#</th>'
        f'<th style="{_CELL}text-align:left;">{html.escape(b_label)}</th></tr></thead>'
        "<tbody>"
    )
    return head + "".join(_html_row(row) for row in rows) + "</tbody></table>"


def _html_row(row: _Row) -> str:
    """One ``<tr>``: ids and sentences of both sides, tinted by the row's op."""
    a_text = row.a_sentence or ""
    b_text = row.b_sentence or ""
    if row.op == "reworded":
        left, right = _html_sides(a_text, b_text)
    elif row.op == "dropped":
        left, right = f'<del style="{_DEL_STYLE}">{html.escape(a_text)}</del>', ""
    elif row.op == "added":
        left, right = "", f'<ins style="{_INS_STYLE}">{html.escape(b_text)}</ins>'
    else:
        left, right = html.escape(a_text), html.escape(b_text)
    a_id = "" if row.a_sentence_id is None else str(row.a_sentence_id)
    b_id = "" if row.b_sentence_id is None else str(row.b_sentence_id)
    return (
        f'<tr data-op="{row.op}" style="{_ROW_STYLE[row.op]}">'
        f'<td style="{_ID_CELL}">{a_id}</td><td style="{_CELL}">{left}</td>'
        f'<td style="{_ID_CELL}">{b_id}</td><td style="{_CELL}">{right}</td></tr>'
    )
