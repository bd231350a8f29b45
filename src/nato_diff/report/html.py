"""Render the blocks as one self-contained HTML page whose tables fit the text column."""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Sequence

from .blocks import _Block, _Bullets, _cell, _Heading, _Para, _Quote, _Table

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:72rem;
margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.8rem}h2{font-size:1.4rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;
margin-top:2rem}h3{font-size:1.15rem}
.table{max-width:100%;overflow-x:auto;margin:.5rem 0 1rem}
table{border-collapse:collapse;font-size:.85rem;width:100%}
th,td{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top;text-align:left;
overflow-wrap:break-word}td.id{overflow-wrap:anywhere}
th{background:#f2f2f2;overflow-wrap:normal}td.nw,span.nw{white-space:nowrap}td.num{text-align:right;
white-space:nowrap}caption{caption-side:top;text-align:left;font-style:italic;padding:.2rem 0}
blockquote{border-left:4px solid #8aa;margin:.6rem 0;padding:.2rem .8rem;background:#f7f9f9}
blockquote footer{font-size:.85rem;color:#555}
img{max-width:100%;height:auto;display:block;margin:.5rem 0 1rem}
@media print{body{max-width:none;margin:0}h2{page-break-after:avoid}
img,table,blockquote{page-break-inside:avoid}}
""".strip()


def _render_html(blocks: Sequence[_Block], title: str) -> str:
    esc = html.escape
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        # no request may leave the page: images are inline, nothing else is loaded
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "img-src data:; style-src 'unsafe-inline'\">",
        f"<title>{esc(title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
    ]
    for b in blocks:
        if isinstance(b, _Heading):
            out.append(f"<h{b.level}>{esc(b.text)}</h{b.level}>")
        elif isinstance(b, _Para):
            out.append(f"<p>{_prose(b.text)}</p>")
        elif isinstance(b, _Bullets):
            out.append("<ul>" + "".join(f"<li>{_prose(i)}</li>" for i in b.items) + "</ul>")
        elif isinstance(b, _Table):
            out.append(_html_table(b))
        elif isinstance(b, _Quote):
            out.append(
                f"<blockquote><p>{esc(b.text)}</p><footer>— {_prose(b.cite)}</footer></blockquote>"
            )
        else:
            data = base64.b64encode(b.png).decode("ascii")
            out.append(f'<img src="data:image/png;base64,{data}" alt="{esc(b.alt)}">')
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _prose(text: str) -> str:
    """Escape running text for HTML; dates in it never break across lines."""
    return _DATE_LIKE.sub(lambda m: f'<span class="nw">{m.group()}</span>', html.escape(text))


_NUMBER_LIKE = re.compile(
    r"(at least |up to |about )?[-+]?([€$£]|[A-Z]{3} )?\d[\d,.–]*( ?(%|bn|m|tn))?"
)
#: A cell that is one long token (a document id, evidence): it may break anywhere.
_TOKEN_LIKE = re.compile(r"\S{16,}")


def _td(text: str) -> str:
    """One table cell; dates and numbers never wrap (and numbers sit right)."""
    if _DATE_LIKE.fullmatch(text):
        kind = ' class="nw"'
    elif _NUMBER_LIKE.fullmatch(text):
        kind = ' class="num"'
    elif _TOKEN_LIKE.search(text):
        kind = ' class="id"'
    else:
        kind = ""
    return f"<td{kind}>{html.escape(text)}</td>"


def _html_table(table: _Table) -> str:
    """Render a table inside a scroller of the column's width (the page itself never scrolls)."""
    rows = ['<div class="table"><table>']
    if table.caption:
        rows.append(f"<caption>{html.escape(table.caption)}</caption>")
    rows.append(
        "<thead><tr>"
        + "".join(f"<th>{html.escape(str(c))}</th>" for c in table.frame.columns)
        + "</tr></thead><tbody>"
    )
    for row in table.frame.itertuples(index=False):
        rows.append("<tr>" + "".join(_td(_cell(v)) for v in row) + "</tr>")
    rows.append("</tbody></table></div>")
    return "".join(rows)
