"""Figures drawn in two processes are the figures drawn in one, in order."""

from __future__ import annotations

import os
import sys
import time
from functools import partial

import pytest

from nato_diff.report import render
from nato_diff.report.render import render_all

two_processes = pytest.mark.skipif(
    not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2,
    reason="figures are shared with a second process only on Linux with two processors",
)


def _png(i: int) -> bytes:
    time.sleep(0.02)  # as if drawing: long enough for the second process to take some
    return f"figure {i} drawn by {os.getpid()}".encode()


def _fails_in_child(parent: int, i: int) -> bytes:
    if os.getpid() != parent:
        raise RuntimeError("the child stops")
    return f"figure {i}".encode()


def _fails(i: int) -> bytes:
    if i == 5:
        raise ValueError("figure 5 cannot be drawn")
    return b"ok"


@two_processes
def test_two_processes_share_the_figures_and_keep_their_order() -> None:
    jobs = [partial(_png, i) for i in range(40)]
    pngs = render_all(jobs)
    assert [p.split(b" drawn")[0] for p in pngs] == [f"figure {i}".encode() for i in range(40)]
    drawers = {p.split(b" by ")[1] for p in pngs}
    assert str(os.getpid()).encode() in drawers
    assert len(drawers) == 2


@two_processes
def test_figures_the_child_did_not_draw_are_drawn_here() -> None:
    jobs = [partial(_fails_in_child, os.getpid(), i) for i in range(12)]
    assert render_all(jobs) == [f"figure {i}".encode() for i in range(12)]


@two_processes
def test_an_error_while_drawing_reaches_the_caller() -> None:
    with pytest.raises(ValueError, match="figure 5"):
        render_all([partial(_fails, i) for i in range(12)])


def test_few_figures_are_drawn_in_this_process() -> None:
    pngs = render_all([partial(_png, i) for i in range(render._MIN_JOBS - 1)])
    assert {p.split(b" by ")[1] for p in pngs} == {str(os.getpid()).encode()}
