"""Track stage: run extraction over a corpus and assemble the :class:`Tracking` tables.

- :mod:`.run`: :func:`track`, the conductor: extract each document, then hand the tables to
  the change stage;
- :mod:`.engine`: the local engine (this process or worker processes);
- :mod:`.tables`: the timeline and positions tables, built from mentions;
- :mod:`.tracking`: :class:`Tracking`, the result object.
"""

from __future__ import annotations

from .run import track
from .tables import POSITION_COLUMNS, TIMELINE_COLUMNS
from .tracking import TABLES, Tracking

__all__ = ["POSITION_COLUMNS", "TABLES", "TIMELINE_COLUMNS", "Tracking", "track"]
