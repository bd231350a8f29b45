"""Report stage: write a tracking as Markdown, a self-contained HTML page, figures and tables.

The report is built once as a list of blocks (headings, paragraphs, tables, quotations,
figures) and rendered twice: to ``report.md`` (renders on code-hosting sites; figures linked
from ``figures/``) and to ``report.html`` (one file: inline CSS, figures embedded as data URIs,
no network request, every piece of document text escaped). ``report.md`` and the CSVs are
byte-for-byte deterministic for the same input.

- :mod:`.blocks`: the blocks; :mod:`.format`: numbers, headers and quotations for people;
- :mod:`.markdown` and :mod:`.html`: the two renderings;
- :mod:`.tables`: the change, version and figure tables; :mod:`.sections`: the sections;
- :mod:`.build`: :func:`build_report`, which writes the files.
"""

from __future__ import annotations

from .build import build_report

__all__ = ["build_report"]
