"""The report's sections: overview, one per dimension, readability, how to read, limits."""

from __future__ import annotations

import io
from collections.abc import Callable
from functools import partial
from typing import Any

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from nato_diff._version import __version__
from nato_diff.plotting import (
    plot_claims,
    plot_facets,
    plot_figures,
    plot_positions,
    plot_readability,
)
from nato_diff.tracking import Tracking

from .blocks import _Block, _Bullets, _Heading, _Image, _Para, _Quote, _Table
from .claims import _rung_words, act_words, positions_table, what_moved
from .format import _closed_quote, _human, _short_evidence, _short_summary
from .tables import _change_summaries, _change_table, _figure_table, _notable, _version_table

_MAX_QUOTES = 8


def _png(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=110, bbox_inches="tight", metadata={"Software": None})
    return buf.getvalue()


def _draw(draw: Callable[[Axes], object], *, size: tuple[float, float]) -> Callable[[], bytes]:
    """Return the job drawing one figure on one Axes: a function giving its PNG."""
    return partial(_render, draw, size)


def _render(draw: Callable[[Axes], object], size: tuple[float, float]) -> bytes:
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


def _what_moved(tracking: Tracking) -> list[_Block]:
    """Open the report: each side's latest move in acts, who said it, the quote."""
    return what_moved(tracking, _cite)


def _side_name(side: str) -> str:
    return {"nato": "NATO side", "ukraine": "Ukraine's side"}.get(side, f"{side} side")


def _overview(tracking: Tracking) -> list[_Block]:
    docs = _human(
        tracking.documents[
            ["date", "title", "source", "date_source", "n_sentences", "n_words", "doc_id"]
        ]
    )
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
        f"{_short_summary(str(row.summary))} Evidence: {_short_evidence(row.evidence)}."
        if row.evidence
        else _short_summary(str(row.summary))
        for row in summaries.itertuples(index=False)
    ]
    blocks.append(_Bullets(tuple(items)))
    positions = tracking.positions[tracking.positions["dimension"] == dim_id]
    labels = _labels(tracking)
    if dim.positions and not positions.empty:
        job = _draw(
            lambda ax: plot_positions(
                positions, dimension=dim_id, ladder=dim.position_ids, labels=labels, ax=ax
            ),
            size=(9, 4.2),
        )
        img = _Image(f"figures/positions_{dim_id}.png", f"{dim.label}: positions over time", job)
        images.append(img)
        blocks.append(img)
        blocks += positions_table(tracking, dim_id)
    if (tracking.claims["dimension"] == dim_id).any():
        job = _draw(lambda ax: plot_claims(tracking, dimension=dim_id, ax=ax), size=(9, 4.2))
        img = _Image(f"figures/claims_{dim_id}.png", f"{dim.label}: claims by side", job)
        images.append(img)
        blocks.append(img)
    facets = tracking.facets[tracking.facets["dimension"] == dim_id]
    if len(dim.facets) > 1 and not facets.empty:
        job = _draw(
            lambda ax: plot_facets(
                tracking.facets,
                dimension=dim_id,
                facet_order=dim.facet_ids,
                labels=labels,
                ax=ax,
            ),
            size=(9, 0.45 * len(dim.facets) + 1.6),
        )
        img = _Image(f"figures/facets_{dim_id}.png", f"{dim.label}: facets named", job)
        images.append(img)
        blocks.append(img)
    figures = tracking.figures[tracking.figures["dimension"] == dim_id]
    if not figures.empty:
        money = figures[figures["kind"] == "money"]
        for currency in sorted({str(c) for c in money["currency"].dropna()}):
            job = _draw(partial(_money_plot, money, currency), size=(9, 4))
            img = _Image(
                f"figures/money_{dim_id}_{currency}.png",
                f"{dim.label}: money figures in {currency}",
                job,
            )
            images.append(img)
            blocks.append(img)
        blocks.append(
            _Table(_figure_table(figures), f"{dim.label}: figures, each with its sentence")
        )
    changes = tracking.changes[tracking.changes["dimension"] == dim_id]
    shown = _notable(changes)
    caption = f"{dim.label}: change from each document to the next"
    if len(shown) < len(changes):
        caption += (
            f" (the {len(shown)} largest moves of {len(changes)}; every one is in "
            "tables/changes.csv)"
        )
    blocks.append(_Table(_change_table(shown, dim), caption))
    versions = _version_table(tracking, changes)
    if not versions.empty:
        blocks.append(_Table(versions, f"{dim.label}: versions of one text, what was reworded"))
    blocks.append(_Bullets(_change_summaries(tracking, shown)))
    blocks += _evidence(tracking, dim_id)
    return blocks


def _money_plot(money: pd.DataFrame, currency: str, ax: Axes) -> None:
    plot_figures(money, kind="money", currency=currency, ax=ax)


def _evidence(tracking: Tracking, dim_id: str) -> list[_Block]:
    positions = tracking.positions[tracking.positions["dimension"] == dim_id]
    rungs = _rung_words(tracking, dim_id)
    quotes: list[_Block] = []
    if not positions.empty:
        for row in positions.itertuples(index=False):
            quotes.append(
                _Quote(
                    _closed_quote(str(row.sentence)),
                    f"{_side_name(str(row.side))} {act_words(row, rungs)}: "
                    + _cite(tracking, str(row.doc_id), int(row.sentence_id), row.speaker),
                )
            )
    else:
        mentions = tracking.mentions[tracking.mentions["dimension"] == dim_id]
        firsts = mentions.drop_duplicates("doc_id")
        for row in firsts.itertuples(index=False):
            quotes.append(
                _Quote(
                    _closed_quote(str(row.sentence)),
                    _cite(tracking, str(row.doc_id), int(row.sentence_id), row.speaker),
                )
            )
    if not quotes:
        return []
    head: list[_Block] = [_Heading(3, "Key evidence")]
    return head + quotes[:_MAX_QUOTES]


def _labels(tracking: Tracking) -> dict[str, str]:
    """Return the dimensions' labels by id, for the plots."""
    return {d: tracking.dimensions[d].label for d in tracking.dimensions}


def _how_to_read() -> list[_Block]:
    return [
        _Heading(2, "How to read this"),
        _Bullets(
            (
                "Salience is the share of a document's sentences that speak of a dimension: "
                "20% means one sentence in five. It says how much room a text gives a "
                "topic, not whether it supports it.",
                "Each sentence is read as a claim: who seeks, offers, decides, rejects or "
                "reports what (a rung of the dimension's ladder, for membership from "
                "non-aligned status to an irreversible path). A side's position is the "
                "highest rung it seeks, offers or decides in its own affirmed claims about "
                "Ukraine; a negation, a question or an opponent's words never raise it. "
                "Asking for an invitation is not receiving one.",
                "Facets are the sub-topics a document names (for aid: air defence, "
                "artillery …); figures are amounts read from the text, with their "
                "qualifier (at least, up to, about).",
                "Every row names its evidence as document#sentence: sentence ids count from "
                "0 in the cleaned document, and tables/*.csv hold every row.",
                "Change tables compare each document with the next one that is tracked. "
                "Sentence-level rewording is shown only for versions of one text (same URL, "
                "same source and title, or near-identical wording).",
            )
        ),
    ]


def _limits() -> list[_Block]:
    return [
        _Heading(2, "Limits"),
        _Bullets(
            (
                "The rules read words, not intent: irony, hypotheticals, reported views the "
                "speaker rejects and positions implied without the dimension's cue phrases "
                "are missed or misread.",
                "A side is attributed from quotation marks, speech verbs, labels, the agent "
                "of a narrated act and the document's own voice; unattributed sentences "
                "count for no side.",
                "On a hand-coded development set of 44 documents (docs/claims.md), the "
                "mentions agree with the coders at F1 0.91, the side of a claim at 0.86, "
                "its rung at 0.88 and its act at 0.70 (two coders agree on the act 0.84 of "
                "the time); a side's position per document is right about 5 times in 10. "
                "Check the act against the quoted sentence before repeating it; measure on "
                "your own documents with nato-diff evaluate.",
                "Salience depends on how a text is split into sentences and on what the "
                "page cleaning removed; short documents swing widely.",
                "Figures are only those written in the sentences that mention a dimension; "
                "scope and donor are guesses from nearby words and may be blank.",
                "Dates come from the manifest, the text, or are inferred; documents dated "
                "'inferred' in the table above deserve a check.",
                "The documents are a sample chosen by whoever assembled the corpus; a "
                "silence may be a gap in the sample, not in the policy.",
            )
        ),
    ]


def _readability(tracking: Tracking, images: list[_Image]) -> list[_Block]:
    r = tracking.readability
    doc_rows = r[r["scope"] == "document"]
    if doc_rows.empty:
        return []
    job = _draw(lambda ax: plot_readability(r, ax=ax), size=(9, 3.6))
    img = _Image("figures/readability.png", "Flesch reading ease per document", job)
    images.append(img)
    wide = doc_rows.pivot_table(
        index=["date", "doc_id"], columns="measure", values="value", sort=False
    ).reset_index()
    wide.columns.name = None
    measures = [c for c in wide.columns if c not in ("date", "doc_id")]
    wide[measures] = wide[measures].round(1)
    wide = _human(wide)
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
        _Table(_human(tracking.provenance), "Dimension files"),
    ]
