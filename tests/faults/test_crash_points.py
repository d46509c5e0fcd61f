"""A sample of the crash-point harness: a few kills spread over every command that writes
(``python -m tests.faults crash`` tries them all)."""

from __future__ import annotations

from tests.faults import crash_points, crash_trace

SAMPLE = 20  # about half a minute on two cores


def test_killed_writes_leave_the_state_before_or_after(tmp_path):
    assert crash_trace.available(), (
        "strace is not installed; the crash-point harness kills commands through it "
        "(Debian package strace)"
    )
    figures = crash_points.run(tmp_path, count=SAMPLE, seed=1)
    assert figures.tried.get("kills") == SAMPLE
    assert figures.ok, "\n".join(figures.failures)
