"""The package's front door: what ``dir(nato_diff)`` and tab completion offer."""

from __future__ import annotations

import nato_diff


def test_dir_lists_the_lazy_plotting_and_report_functions() -> None:
    names = dir(nato_diff)
    for name in ("build_report", "plot_overview", "plot_positions", "plot_salience"):
        assert name in names
    assert set(nato_diff.__all__) <= set(names)
    assert callable(nato_diff.plot_overview)
