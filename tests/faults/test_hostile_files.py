"""A sample of the hostile-file harness: hostile files of every family through the entries
that read a file, each in a process of its own (``python -m tests.faults hostile`` runs every
file through every entry)."""

from __future__ import annotations

from tests.faults import hostile_files

SAMPLE = 80  # twenty to forty seconds on two cores


def test_hostile_files_are_refused_clearly_and_change_nothing(tmp_path, monkeypatch):
    # A hang here is a run that never ends (a pipe read forever): a minute tells it from a
    # busy machine. How long the entries take is measured by ./dev.sh faults, not here.
    monkeypatch.setattr(hostile_files, "TIMEOUT", 60.0)
    figures = hostile_files.run(tmp_path, count=SAMPLE, seed=1)
    assert figures.tried.get("runs") == SAMPLE
    assert figures.tried.get("hostile files", 0) >= SAMPLE // 2  # spread over many files
    assert figures.ok, "\n".join(
        [
            f"{len(figures.failures)} failures:",
            *figures.failures,
            *hostile_files.breakdown(figures, zeros=False),
        ]
    )
