"""Write a tracking as report.md, report.html, figures and tables."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from nato_diff._io import OutputFolder, progress_bar
from nato_diff.errors import CorpusError, located
from nato_diff.plotting import (
    plot_overview,
    plot_salience,
)
from nato_diff.tracking import Tracking

from .blocks import _Block, _Heading, _Image
from .html import _render_html
from .markdown import _render_md
from .render import render_all
from .sections import (
    _dimension_section,
    _draw,
    _how_to_read,
    _labels,
    _limits,
    _overview,
    _png,
    _provenance,
    _readability,
    _what_moved,
)

__all__ = ["build_report"]


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
        replaced, and its earlier figures and tables that this run no longer writes are
        removed; any other existing file with the same name stops the run (nothing the user
        owns is overwritten or removed).
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
    _check_report_input(tracking, out_dir)

    images: list[_Image] = []
    steps = ["overview", *tracking.dimensions, "readability"]
    bar = progress_bar(total=len(steps) + 1, desc="report", unit="part", enabled=progress)
    blocks: list[_Block] = [_Heading(1, title)]
    try:
        blocks += _what_moved(tracking)
        blocks += _overview(tracking)
        img = _Image(
            "figures/overview.png",
            "Salience and top position per dimension",
            partial(_overview_png, tracking),
        )
        images.append(img)
        blocks.append(img)
        job = _draw(
            lambda ax: plot_salience(tracking.timeline, labels=_labels(tracking), ax=ax),
            size=(9, 3.4),
        )
        sal = _Image("figures/salience.png", "Salience heat map", job)
        images.append(sal)
        blocks.append(sal)
        blocks += _how_to_read()
        bar.update()
        for dim_id in tracking.dimensions:
            blocks += _dimension_section(tracking, dim_id, images)
            bar.update()
        blocks += _readability(tracking, images)
        blocks += _limits()
        blocks += _provenance(tracking)
        for image, png in zip(images, render_all([i.draw for i in images]), strict=True):
            image.png = png
        bar.update()
        with OutputFolder(out_dir, prune=("figures/*.png", "tables/*.csv")) as folder:
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


def _overview_png(tracking: Tracking) -> bytes:
    return _png(plot_overview(tracking, labels=_labels(tracking)))
