"""Render the blocks as Markdown (figures linked from ``figures/``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .blocks import _Block, _Bullets, _cell, _Heading, _Para, _Quote, _Table

_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")


def _md_inline(text: str) -> str:
    """Escape what Markdown would read as markup or raw HTML (document text stays text)."""
    out = text.replace("\\", "\\\\")
    for ch in "`*[]|":
        out = out.replace(ch, "\\" + ch)
    out = out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    out = _MD_UNDERSCORE.sub(r"\\_", out)
    if out.startswith("#"):
        out = "\\" + out
    return out.replace("\n", " ")


def _render_md(blocks: Sequence[_Block]) -> str:
    lines: list[str] = []
    for b in blocks:
        if isinstance(b, _Heading):
            lines += ["#" * b.level + " " + _md_inline(b.text), ""]
        elif isinstance(b, _Para):
            lines += [_md_inline(b.text), ""]
        elif isinstance(b, _Bullets):
            lines += [f"- {_md_inline(item)}" for item in b.items] + [""]
        elif isinstance(b, _Table):
            if b.caption:
                lines += [f"*{_md_inline(b.caption)}*", ""]
            cols = [str(c) for c in b.frame.columns]
            lines.append("| " + " | ".join(_md_inline(c) for c in cols) + " |")
            lines.append("|" + "|".join("---" for _ in cols) + "|")
            for row in b.frame.itertuples(index=False):
                cells = [_md_inline(_cell(v)) for v in row]
                lines.append("| " + " | ".join(cells) + " |")
            lines.append("")
        elif isinstance(b, _Quote):
            lines += [f"> {_md_inline(b.text)}", ">", f"> — {_md_inline(b.cite)}", ""]
        else:
            lines += [f"![{_md_inline(b.alt)}]({b.name})", ""]
    return "\n".join(lines).rstrip("\n") + "\n"
