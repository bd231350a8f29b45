"""Track stage: run extraction over a corpus and assemble the :class:`Tracking` tables.

- :mod:`.run`: :func:`track`, the conductor: extract each document, then hand the tables to
  the change stage;
- :mod:`.engine`: the local engine (this process or worker processes);
- :mod:`.sources`: folders, globs, lists of files and fsspec URLs into per-document jobs;
- :mod:`.dask_engine`: the same jobs as Dask tasks (imported only for ``engine="dask"``);
- :mod:`.document_tables`: the per-document tables' columns and dtypes;
- :mod:`.parquet`: the tables written to Parquet as documents are done;
- :mod:`.stream`: :func:`track_to_parquet`, a run too large to hold, written as it goes;
- :mod:`.positions`: each side's position per document and dimension, from its claims;
- :mod:`.tables`: the timeline table;
- :mod:`.result`: :class:`Tracking`, the result object.
"""

from __future__ import annotations

from .positions import POSITION_COLUMNS, eligible, position_rows, telling_claim
from .result import TABLES, Tracking
from .run import track
from .stream import track_to_parquet
from .tables import TIMELINE_COLUMNS

__all__ = [
    "POSITION_COLUMNS",
    "TABLES",
    "TIMELINE_COLUMNS",
    "Tracking",
    "eligible",
    "position_rows",
    "telling_claim",
    "track",
    "track_to_parquet",
]
