"""The collector waits within the block and its thresholds are set back afterwards."""

from __future__ import annotations

import gc

import pytest

from nato_diff._gcpause import collector_paused


def test_the_threshold_is_raised_inside_and_set_back_after() -> None:
    before = gc.get_threshold()
    with collector_paused(50_000):
        assert gc.get_threshold() == (max(before[0], 50_000), *before[1:])
    assert gc.get_threshold() == before


def test_the_thresholds_are_set_back_after_an_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("stop")
    assert gc.get_threshold() == before


def test_collecting_turned_off_stays_off() -> None:
    before = gc.get_threshold()
    gc.set_threshold(0, *before[1:])
    try:
        with collector_paused():
            assert gc.get_threshold()[0] == 0
    finally:
        gc.set_threshold(*before)
