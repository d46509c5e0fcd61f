"""A sample of the power-cut harness: the two negative controls must be caught, and a few of
Skolgrupp's commands, one through a temporary file and rename, one through the workspace
itself, must survive every cut (``python -m tests.faults power`` tries every command)."""

from __future__ import annotations

import shutil

from tests.faults import power_cuts

SAMPLE = ("share", "merge")
CUTS = 40  # with the controls' own cuts, about half a minute on two cores


def test_power_cuts_leave_whole_files_before_or_after(tmp_path):
    assert shutil.which("strace"), (
        "strace is not installed; the power-cut harness records writes through it "
        "(Debian package strace)"
    )
    figures = power_cuts.run(tmp_path, count=CUTS, seed=1, commands=SAMPLE)
    assert figures.tried.get("commands") == len(SAMPLE)
    assert figures.tried.get("cuts") == CUTS
    for control in ("SQLite with synchronous=OFF", "temporary file renamed without fsync"):
        found = figures.tried.get(f"found by control: {control}", 0)
        assert found > 0, f"the harness found no damage in the negative control: {control}"
    assert figures.ok, "\n".join(figures.failures)
