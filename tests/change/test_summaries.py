"""Series summaries: every summary names its evidence."""

from __future__ import annotations

from nato_diff import Tracking


def test_every_summary_names_evidence(tracking: Tracking) -> None:
    for row in tracking.summaries.itertuples(index=False):
        if "not mentioned in any" not in row.summary:
            assert row.evidence, row.summary
    for row in tracking.changes.itertuples(index=False):
        if isinstance(row.position_to, str) and row.position_from != row.position_to:
            assert row.evidence_to and row.evidence_to in row.summary
