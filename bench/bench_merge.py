"""Merging two copies of a workspace, each with a tenth of its records edited (some of them
on both sides), beside a floor: plain sqlite3 attaching the other file and copying over the
rows whose stamps differ with ``INSERT OR REPLACE … SELECT``. Ours is all the user waits for:
the preview reads the other file through its checked private copy and plans; the merge
writes the snapshot, the records, their vectors and conflicts, and the search index."""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from skolgrupp.core.domain import BY_KIND, AgendaItem, Decision, Reflection, Session
from skolgrupp.core.merge import apply_merge, preview_merge
from skolgrupp.core.workspace import Workspace

SHARE = 0.10  # of the records of the kinds edited, on each side
EDITED = (Reflection, Session, AgendaItem, Decision)
ANNA = "00000000-0000-4000-8000-0000000000a1"
BO = "00000000-0000-4000-8000-0000000000b2"


def edit_share(path: Path, installation: str, start: float) -> int:
    """Edit ``SHARE`` of the records of the kinds in ``EDITED``, from ``start`` of their
    order on: the two sides overlap by half, where both changed the same records."""
    count = 0
    with Workspace.open(path, installation_id=installation) as ws, ws.transaction():
        for kind in EDITED:
            records = ws.store.find(kind, order_by="id")
            first = int(len(records) * start)
            for record in records[first : first + int(len(records) * SHARE)]:
                for name in ("text", "title", "notes"):
                    if hasattr(record, name):
                        setattr(record, name, f"{getattr(record, name)} ({installation[-2:]})")
                        break
                ws.store.update(record)
                count += 1
    return count


def floor_merge(ours: Path, theirs: Path) -> None:
    conn = sqlite3.connect(ours)
    try:
        conn.execute("ATTACH DATABASE ? AS other", [str(theirs)])
        with conn:
            for cls in BY_KIND.values():
                table = cls.table
                conn.execute(
                    f"INSERT OR REPLACE INTO main.{table} SELECT o.* FROM other.{table} o "  # noqa: S608
                    f"LEFT JOIN main.{table} m ON m.id = o.id "
                    "WHERE m.hlc IS NULL OR m.hlc != o.hlc"
                )
        conn.execute("DETACH DATABASE other")
    finally:
        conn.close()


REPEAT = 3  # each measure is the median of this many runs: the disk makes single runs vary


def seconds(fn: Callable[[], object], before: Callable[[], object] = lambda: None) -> float:
    """The median time of ``fn``, each run after ``before`` and with the files written so
    far on disk, so that setting up is not counted."""
    times = []
    for _ in range(REPEAT):
        before()
        os.sync()
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_merge(demo: Path, folder: Path, report: Callable[..., None], scale: int) -> None:
    edited_anna, bo = folder / f"anna-{scale}.skolgrupp", folder / f"bo-{scale}.skolgrupp"
    shutil.copy(demo, edited_anna)
    shutil.copy(demo, bo)
    edited = edit_share(edited_anna, ANNA, 0.0) + edit_share(bo, BO, SHARE / 2)
    anna = folder / f"anna-merging-{scale}.skolgrupp"
    floor = seconds(lambda: floor_merge(anna, bo), lambda: shutil.copy(edited_anna, anna))
    plans = []

    def preview() -> None:
        with Workspace.open(anna, installation_id=ANNA) as ws:
            plans.append(preview_merge(ws, bo))

    def merge() -> None:
        with Workspace.open(anna, installation_id=ANNA) as ws:
            apply_merge(ws, plans[0])

    def fresh_copy() -> None:
        shutil.copy(edited_anna, anna)
        for snapshot in folder.glob(f"{anna.stem} (*"):
            snapshot.unlink()

    fresh_copy()
    planned = seconds(preview)
    report(scale, "merge preview (s)", planned, floor, target="<= 2 s")
    merged = seconds(merge, fresh_copy)
    report(scale, "merge applied (s)", merged, floor, target="<= 5 s")
    counts = plans[0].counts()
    report(scale, "records edited, both sides", edited, edited)
    conflicts = sum(c.get("conflict", 0) for c in counts.values())
    report(scale, "kept as conflicts", conflicts, conflicts)
