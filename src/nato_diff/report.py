"""Report stage: write a tracking as Markdown, a self-contained HTML page, figures and tables.

The report is built once as a list of blocks (headings, paragraphs, tables, quotations,
figures) and rendered twice: to ``report.md`` (renders on code-hosting sites; figures linked
from ``figures/``) and to ``report.html`` (one file: inline CSS, figures embedded as data URIs,
no network request, every piece of document text escaped). ``report.md`` and the CSVs are
byte-for-byte deterministic for the same input.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ._io import OutputFolder
from ._version import __version__
from .errors import CorpusError, located
from .extract import FIGURE_SUMMARY_COLUMNS
from .plotting import (
    plot_facets,
    plot_figures,
    plot_overview,
    plot_positions,
    plot_readability,
    plot_salience,
)
from .track import Tracking

__all__ = ["build_report"]

_MAX_QUOTES = 8


# ---------------------------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Heading:
    level: int
    text: str


@dataclass(frozen=True)
class _Para:
    text: str


@dataclass(frozen=True)
class _Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class _Table:
    frame: pd.DataFrame
    caption: str = ""


@dataclass(frozen=True)
class _Quote:
    text: str
    cite: str


@dataclass(frozen=True)
class _Image:
    name: str  # relative path under the output folder
    alt: str
    png: bytes


_Block = _Heading | _Para | _Bullets | _Table | _Quote | _Image


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return ""
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 1e6 else f"{value:.4g}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


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


_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:72rem;
margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.45}
h1{font-size:1.8rem}h2{font-size:1.4rem;border-bottom:1px solid #ccc;padding-bottom:.2rem;
margin-top:2rem}h3{font-size:1.15rem}
table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.85rem;width:100%}
th,td{border:1px solid #ccc;padding:.25rem .4rem;vertical-align:top;text-align:left}
th{background:#f2f2f2}caption{caption-side:top;text-align:left;font-style:italic;padding:.2rem 0}
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
            out.append(f"<p>{esc(b.text)}</p>")
        elif isinstance(b, _Bullets):
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in b.items) + "</ul>")
        elif isinstance(b, _Table):
            rows = ["<table>"]
            if b.caption:
                rows.append(f"<caption>{esc(b.caption)}</caption>")
            rows.append(
                "<thead><tr>"
                + "".join(f"<th>{esc(str(c))}</th>" for c in b.frame.columns)
                + "</tr></thead><tbody>"
            )
            for row in b.frame.itertuples(index=False):
                rows.append("<tr>" + "".join(f"<td>{esc(_cell(v))}</td>" for v in row) + "</tr>")
            rows.append("</tbody></table>")
            out.append("".join(rows))
        elif isinstance(b, _Quote):
            out.append(
                f"<blockquote><p>{esc(b.text)}</p><footer>— {esc(b.cite)}</footer></blockquote>"
            )
        else:
            data = base64.b64encode(b.png).decode("ascii")
            out.append(f'<img src="data:image/png;base64,{data}" alt="{esc(b.alt)}">')
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Figures
# ---------------------------------------------------------------------------------------------


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    return buf.getvalue()


def _draw(draw: Callable[[Axes], object], *, size: tuple[float, float]) -> bytes:
    fig = Figure(figsize=size, layout="constrained")
    ax = fig.subplots()
    draw(ax)
    return _png(fig)


# ---------------------------------------------------------------------------------------------
# Content
# ---------------------------------------------------------------------------------------------


def _cite(tracking: Tracking, doc_id: str, sentence_id: int, speaker: Any = None) -> str:
    doc = tracking.corpus[doc_id]
    parts = [speaker] if isinstance(speaker, str) and speaker else []
    parts.append(doc.date.isoformat())
    if doc.source:
        parts.append(doc.source)
    parts.append(f"{doc_id}#{int(sentence_id)}")
    return " · ".join(parts)


def _side_name(side: str) -> str:
    return {"nato": "NATO side", "ukraine": "Ukraine's side"}.get(side, f"{side} side")


def _overview(tracking: Tracking) -> list[_Block]:
    docs = tracking.documents[
        ["date", "doc_id", "source", "title", "date_source", "n_sentences", "n_words"]
    ].rename(columns={"date_source": "dated from"})
    n_docs = len(tracking.corpus)
    first, last = tracking.corpus[0].date, tracking.corpus[-1].date
    blocks: list[_Block] = [
        _Heading(2, "Overview"),
        _Para(
            f"{n_docs} documents from {first.isoformat()} to {last.isoformat()}, tracked on "
            f"{len(tracking.dimensions)} dimensions. Every position, figure and change below "
            "names the document and sentence it comes from (doc_id#sentence_id; sentence "
            "ids count from 0 in the cleaned document)."
        ),
        _Table(docs, "The documents, in date order"),
    ]
    blocks.append(
        _Bullets(
            tuple(
                str(s)
                for s in tracking.summaries[tracking.summaries["aspect"] == "salience"]["summary"]
            )
        )
    )
    return blocks


def _dimension_section(tracking: Tracking, dim_id: str, images: list[_Image]) -> list[_Block]:
    dim = tracking.dimensions[dim_id]
    blocks: list[_Block] = [_Heading(2, dim.label), _Para(dim.description.strip())]
    summaries = tracking.summaries[tracking.summaries["dimension"] == dim_id]
    items = [
        f"{row.summary} Evidence: {row.evidence}." if row.evidence else str(row.summary)
        for row in summaries.itertuples(index=False)
    ]
    blocks.append(_Bullets(tuple(items)))
    positions = tracking.positions[tracking.positions["dimension"] == dim_id]
    if dim.positions and not positions.empty:
        png = _draw(
            lambda ax: plot_positions(positions, dimension=dim_id, ladder=dim.position_ids, ax=ax),
            size=(9, 4.2),
        )
        img = _Image(f"figures/positions_{dim_id}.png", f"{dim.label}: positions over time", png)
        images.append(img)
        blocks.append(img)
    facets = tracking.facets[tracking.facets["dimension"] == dim_id]
    if len(dim.facets) > 1 and not facets.empty:
        png = _draw(
            lambda ax: plot_facets(
                tracking.facets, dimension=dim_id, facet_order=dim.facet_ids, ax=ax
            ),
            size=(9, 0.45 * len(dim.facets) + 1.6),
        )
        img = _Image(f"figures/facets_{dim_id}.png", f"{dim.label}: facets named", png)
        images.append(img)
        blocks.append(img)
    figures = tracking.figures[tracking.figures["dimension"] == dim_id]
    if not figures.empty:
        money = figures[figures["kind"] == "money"]
        for currency in sorted({str(c) for c in money["currency"].dropna()}):
            png = _draw(partial(_money_plot, money, currency), size=(9, 4))
            img = _Image(
                f"figures/money_{dim_id}_{currency}.png",
                f"{dim.label}: money figures in {currency}",
                png,
            )
            images.append(img)
            blocks.append(img)
        shown = figures[list(FIGURE_SUMMARY_COLUMNS)]
        blocks.append(_Table(shown, f"{dim.label}: figures, each with its sentence"))
    changes = tracking.changes[tracking.changes["dimension"] == dim_id]
    table = changes[
        [
            "from_date",
            "to_date",
            "salience_from",
            "salience_to",
            "position_from",
            "position_to",
            "similarity",
            "n_added",
            "n_dropped",
            "n_reworded",
            "facets_added",
            "facets_dropped",
        ]
    ]
    table = table.assign(
        salience_from=[f"{100 * v:.1f}%" for v in table["salience_from"]],
        salience_to=[f"{100 * v:.1f}%" for v in table["salience_to"]],
        similarity=[f"{v:.2f}" for v in table["similarity"]],
    )
    blocks.append(_Table(table, f"{dim.label}: change from each document to the next"))
    blocks.append(_Bullets(tuple(str(s) for s in changes["summary"])))
    blocks += _evidence(tracking, dim_id)
    return blocks


def _money_plot(money: pd.DataFrame, currency: str, ax: Axes) -> None:
    plot_figures(money, kind="money", currency=currency, ax=ax)


def _evidence(tracking: Tracking, dim_id: str) -> list[_Block]:
    positions = tracking.positions[tracking.positions["dimension"] == dim_id]
    quotes: list[_Block] = []
    if not positions.empty:
        for row in positions.itertuples(index=False):
            quotes.append(
                _Quote(
                    str(row.sentence),
                    f"{row.position} ({_side_name(str(row.side))}): "
                    + _cite(tracking, str(row.doc_id), int(row.sentence_id), row.speaker),
                )
            )
    else:
        mentions = tracking.mentions[tracking.mentions["dimension"] == dim_id]
        firsts = mentions.drop_duplicates("doc_id")
        for row in firsts.itertuples(index=False):
            quotes.append(
                _Quote(
                    str(row.sentence),
                    _cite(tracking, str(row.doc_id), int(row.sentence_id), row.speaker),
                )
            )
    if not quotes:
        return []
    head: list[_Block] = [_Heading(3, "Key evidence")]
    return head + quotes[:_MAX_QUOTES]


def _readability(tracking: Tracking, images: list[_Image]) -> list[_Block]:
    r = tracking.readability
    doc_rows = r[r["scope"] == "document"]
    if doc_rows.empty:
        return []
    png = _draw(lambda ax: plot_readability(r, ax=ax), size=(9, 3.6))
    img = _Image("figures/readability.png", "Flesch reading ease per document", png)
    images.append(img)
    wide = doc_rows.pivot_table(
        index=["date", "doc_id"], columns="measure", values="value", sort=False
    ).reset_index()
    wide.columns.name = None
    return [
        _Heading(2, "Readability"),
        _Para(
            "Readability of each cleaned document (textstat). Flesch reading ease runs from "
            "0 (hard) to 100 (easy); the others estimate a US school grade. Values for "
            "passages under 100 words are marked unreliable in tables/readability.csv."
        ),
        img,
        _Table(wide, "Readability per document"),
    ]


def _provenance(tracking: Tracking) -> list[_Block]:
    return [
        _Heading(2, "How this report was made"),
        _Para(
            f"Generated by nato-diff {__version__} from the dimension files below. Tables "
            "are in tables/*.csv; each row carries its document id and sentence id. "
            "Regenerate with: nato-diff report [PATH] --out DIR."
        ),
        _Table(tracking.provenance, "Dimension files"),
    ]


def _check_report_input(tracking: Tracking, out_dir: str | os.PathLike[str]) -> None:
    """Refuse an empty tracking and outputs that cannot be written, before any drawing."""
    if len(tracking.corpus) == 0:
        raise CorpusError(
            located(
                "the tracking has no documents, so there is nothing to report",
                entry="build_report",
                hint="Track a corpus with at least one document.",
            )
        )
    folder = OutputFolder(out_dir)
    folder.check("report.md", "report.html", *(f"tables/{n}.csv" for n in tracking.tables()))


def build_report(
    tracking: Tracking,
    out_dir: str | os.PathLike[str],
    *,
    title: str = "nato-diff report",
    progress: bool = False,
) -> list[Path]:
    """Write the report of a tracking into ``out_dir``.

    Parameters
    ----------
    tracking : Tracking
        The result of :func:`nato_diff.track`.
    out_dir : str or path-like
        The output folder; created if missing. Files nato-diff wrote there before are
        replaced; any other existing file with the same name stops the run (nothing the user
        owns is overwritten).
    title : str, optional
        The report's title.
    progress : bool, optional
        Show a progress bar on the terminal.

    Returns
    -------
    list of pathlib.Path
        The files written: ``report.md``, ``report.html``, ``figures/*.png`` and
        ``tables/*.csv`` (one per :class:`~nato_diff.Tracking` table).

    Raises
    ------
    CorpusError
        When the tracking has no documents.
    OutputError
        When an output would overwrite a file nato-diff did not write, or the folder cannot
        be written to; every target is checked before the first is written, and nothing is
        left behind on failure.
    """
    from tqdm.auto import tqdm

    _check_report_input(tracking, out_dir)

    images: list[_Image] = []
    steps = ["overview", *tracking.dimensions, "readability"]
    bar = tqdm(total=len(steps) + 1, desc="report", unit="part", disable=not progress)
    blocks: list[_Block] = [_Heading(1, title)]
    try:
        blocks += _overview(tracking)
        overview_fig = plot_overview(tracking)
        img = _Image(
            "figures/overview.png", "Salience and top position per dimension", _png(overview_fig)
        )
        images.append(img)
        blocks.append(img)
        png = _draw(lambda ax: plot_salience(tracking.timeline, ax=ax), size=(9, 3.4))
        sal = _Image("figures/salience.png", "Salience heat map", png)
        images.append(sal)
        blocks.append(sal)
        bar.update()
        for dim_id in tracking.dimensions:
            blocks += _dimension_section(tracking, dim_id, images)
            bar.update()
        blocks += _readability(tracking, images)
        blocks += _provenance(tracking)
        bar.update()
        with OutputFolder(out_dir) as folder:
            written = [folder.write_text("report.md", _render_md(blocks))]
            written.append(folder.write_text("report.html", _render_html(blocks, title)))
            written += [folder.write_bytes(i.name, i.png) for i in images]
            written += [
                folder.write_csv(f"tables/{name}.csv", frame)
                for name, frame in tracking.tables().items()
            ]
        bar.update()
    finally:
        bar.close()
    return written
