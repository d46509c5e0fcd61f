"""Merging a colleague's copy into the workspace: first a plan of what would change, then,
when the user agrees, all of it in one transaction after a snapshot that undoes it.

The colleague's file is read through ``foreign`` (a checked private copy, never the file
itself, never attached to the workspace's connection), and both copies as ``merge_sides``
says. Each record keeps the versions that ``merging.survivors`` keeps: the newest is the one
shown, the others stay as conflicts.
"""

from __future__ import annotations

import gc
import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from skolgrupp.core import merging, retention, snapshots
from skolgrupp.core.atomic import replacing, sync_folder
from skolgrupp.core.clock import parse_hlc, wall_ms
from skolgrupp.core.domain import BY_KIND, Record
from skolgrupp.core.errors import RefusedFile, WorkspaceError
from skolgrupp.core.foreign import ForeignWorkspace, open_foreign
from skolgrupp.core.i18n import QT_TRANSLATE_NOOP, translate
from skolgrupp.core.merge_sides import Side, differing, known, read_side, read_versions
from skolgrupp.core.merging import Version
from skolgrupp.core.progress import Progress, reporting
from skolgrupp.core.store.records import Conflict, Store, json_object
from skolgrupp.core.workspace import Workspace

# Each kind of record in the plural, for listing what a merge changes.
KIND_NAMES = {
    "school": QT_TRANSLATE_NOOP("merge", "schools"),
    "person": QT_TRANSLATE_NOOP("merge", "people"),
    "group": QT_TRANSLATE_NOOP("merge", "groups"),
    "membership": QT_TRANSLATE_NOOP("merge", "memberships"),
    "framework": QT_TRANSLATE_NOOP("merge", "goal frameworks"),
    "goal": QT_TRANSLATE_NOOP("merge", "goals"),
    "cycle": QT_TRANSLATE_NOOP("merge", "cycles"),
    "session": QT_TRANSLATE_NOOP("merge", "sessions"),
    "agenda_item": QT_TRANSLATE_NOOP("merge", "agenda items"),
    "attendance": QT_TRANSLATE_NOOP("merge", "attendance marks"),
    "decision": QT_TRANSLATE_NOOP("merge", "decisions"),
    "action_item": QT_TRANSLATE_NOOP("merge", "action items"),
    "reflection": QT_TRANSLATE_NOOP("merge", "reflections"),
    "reflection_answer": QT_TRANSLATE_NOOP("merge", "answers in reflections"),
    "commitment": QT_TRANSLATE_NOOP("merge", "commitments"),
    "session_goal": QT_TRANSLATE_NOOP("merge", "goals of sessions"),
    "reflection_goal": QT_TRANSLATE_NOOP("merge", "goals of reflections"),
    "cycle_phase": QT_TRANSLATE_NOOP("merge", "cycle phases"),
    "critical_aspect": QT_TRANSLATE_NOOP("merge", "critical aspects"),
    "case_pupil": QT_TRANSLATE_NOOP("merge", "case pupils"),
    "test_item": QT_TRANSLATE_NOOP("merge", "test items"),
    "research_lesson": QT_TRANSLATE_NOOP("merge", "research lessons"),
    "lesson_phase": QT_TRANSLATE_NOOP("merge", "lesson phases"),
    "prediction": QT_TRANSLATE_NOOP("merge", "predictions"),
    "observer_assignment": QT_TRANSLATE_NOOP("merge", "observers"),
    "observation": QT_TRANSLATE_NOOP("merge", "observations"),
    "interview": QT_TRANSLATE_NOOP("merge", "interviews"),
    "test_score": QT_TRANSLATE_NOOP("merge", "test scores"),
    "class_result": QT_TRANSLATE_NOOP("merge", "class results"),
    "cycle_goal": QT_TRANSLATE_NOOP("merge", "goals of cycles"),
}
WHAT_NAMES = {
    "new": QT_TRANSLATE_NOOP("merge", "{n} new"),
    "changed": QT_TRANSLATE_NOOP("merge", "{n} changed"),
    "deleted": QT_TRANSLATE_NOOP("merge", "{n} deleted"),
    "restored": QT_TRANSLATE_NOOP("merge", "{n} brought back"),
    "conflict": QT_TRANSLATE_NOOP("merge", "{n} changed on both sides (both kept)"),
}


def describe(plan: MergePlan) -> list[str]:
    """The plan in lines of the user's language, one per kind of record."""
    lines = []
    for kind, counts in plan.counts().items():
        parts = [
            translate("merge", WHAT_NAMES[what]).format(n=n)
            for what, n in counts.items()
            if what in WHAT_NAMES
        ]
        name = translate("merge", KIND_NAMES.get(kind, kind))
        lines.append(f"{name} – {', '.join(parts)}")
    return lines


FUTURE_MS = 24 * 3_600_000  # a stamp further ahead of this computer's clock is flagged
# What a record's change is, as the plan lists it.
NEW, CHANGED, DELETED, RESTORED, CONFLICT, GONE = (
    "new",
    "changed",
    "deleted",
    "restored",
    "conflict",
    "gone",  # a deletion of something this workspace never had: applied, not listed
)


@dataclass(frozen=True)
class Change:
    kind: str
    record_id: str
    what: str


@dataclass
class MergePlan:
    """What merging a file would do; ``apply_merge`` does exactly this."""

    source: Path
    changes: list[Change] = field(default_factory=list)
    future: int = 0  # versions stamped more than a day ahead of this computer's clock
    _merged: dict[str, tuple[str, list[Version]]] = field(default_factory=dict, repr=False)
    # What our side held when the plan was made: applying it over a newer change would lose it.
    _ours: dict[str, list[str]] = field(default_factory=dict, repr=False)
    # Whether it brings a colleague's erasure of a cycle's pupil details (``retention``), and
    # the records erased, whose acknowledged findings here name what was erased.
    erasure: bool = False
    _erased: set[str] = field(default_factory=set, repr=False)

    def counts(self) -> dict[str, dict[str, int]]:
        """For each kind of record, how many of each change (``gone`` left out)."""
        out: dict[str, dict[str, int]] = {}
        for change in self.changes:
            if change.what != GONE:
                per_kind = out.setdefault(change.kind, {})
                per_kind[change.what] = per_kind.get(change.what, 0) + 1
        return out

    @property
    def empty(self) -> bool:
        return not self.changes

    @property
    def deletions(self) -> int:
        return sum(1 for c in self.changes if c.what == DELETED)


def preview_merge(
    workspace: Workspace, path: Path, passphrase: str | None = None, *, now_ms: int | None = None
) -> MergePlan:
    """What merging the colleague's file at ``path`` would change: ``open_foreign`` and
    ``plan_merge`` in one, reading this workspace while the file is copied and checked
    beside it (on a large file, most of the wait)."""
    pool = ThreadPoolExecutor(max_workers=1)
    opening = pool.submit(open_foreign, path, passphrase)
    pool.shutdown(wait=False)  # its one thread ends with this one task
    try:
        with _many_objects():
            ours = read_side(workspace.store, stamps=True)
            theirs = opening.result()
    except BaseException:
        # Interrupted or failed here: the private copy goes as soon as it is made.
        opening.add_done_callback(_close_opened)
        raise
    with _many_objects(), theirs:
        return _plan(workspace, ours, theirs, now_ms)


def _close_opened(opening: Future[ForeignWorkspace]) -> None:
    if not opening.cancelled() and opening.exception() is None:
        opening.result().close()


def plan_merge(
    workspace: Workspace, theirs: ForeignWorkspace, *, now_ms: int | None = None
) -> MergePlan:
    """What merging ``theirs`` into ``workspace`` would change, record by record."""
    with _many_objects():
        return _plan(workspace, read_side(workspace.store, stamps=True), theirs, now_ms)


@contextmanager
def _many_objects() -> Iterator[None]:
    """Python's cycle collector paused while a plan reads rows by the hundred thousand, none
    of them in a cycle: otherwise it walks them all again and again."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _plan(
    workspace: Workspace, ours: Side, theirs: ForeignWorkspace, now_ms: int | None
) -> MergePlan:
    plan = MergePlan(theirs.path)
    now = wall_ms() if now_ms is None else now_ms
    with theirs.reading():
        their_side = read_side(theirs.store, stamps=False)
        wanted = differing(ours, their_side, theirs.store, theirs.path)
    mine_by_id = {
        versions[0].record_id: versions
        for _, versions in read_versions(
            workspace.store, ours, wanted, path=workspace.path, ours=True
        )
    }
    # Of theirs, only what our versions were not made knowing: the rest changes nothing.
    unknown = {
        kind: {i for i in ids if not known(mine_by_id.get(i), their_side, kind, i)}
        for kind, ids in wanted.items()
    }
    with theirs.reading():
        incoming = list(
            read_versions(theirs.store, their_side, unknown, path=theirs.path, ours=False)
        )
    erased = retention.MergeRule(workspace, incoming)
    for kind, versions in incoming:
        record_id = versions[0].record_id
        plan.future += sum(1 for v in versions if v.hlc and parse_hlc(v.hlc)[0] > now + FUTURE_MS)
        mine = mine_by_id.get(record_id, [])
        merged = erased.keep(kind, merging.survivors([*mine, *versions]), here=bool(mine))
        if not merged or _same(merged, mine):
            continue
        plan.erasure |= kind == "cycle" and retention.erased_here(mine, merged)
        plan._merged[record_id] = (kind, merged)
        plan._ours[record_id] = sorted(v.hlc for v in mine)
        plan.changes.append(Change(kind, record_id, _what(mine, merged)))
    if plan.erasure:
        plan._erased = erased.erased
    return plan


def _same(merged: list[Version], mine: list[Version]) -> bool:
    """Whether merging leaves a record as it is here: the same version shown, the same ones
    kept beside it (which this workspace lists oldest first, the rule newest first)."""
    return (
        bool(mine)
        and merged[0].hlc == mine[0].hlc
        and {v.hlc for v in merged} == {v.hlc for v in mine}
    )


def _what(mine: list[Version], merged: list[Version]) -> str:
    shown = merged[0]
    if not mine:
        return GONE if shown.deleted else NEW
    if len(merged) > 1 and {v.hlc for v in merged} != {v.hlc for v in mine}:
        return CONFLICT
    if shown.deleted and not mine[0].deleted:
        return DELETED
    if mine[0].deleted and not shown.deleted:
        return RESTORED
    return CHANGED


def apply_merge(workspace: Workspace, plan: MergePlan, *, progress: Progress | None = None) -> Path:
    """Do what ``plan`` says, in one transaction, after a snapshot of the workspace that
    ``undo_merge`` can bring back. Returns the snapshot's path. If the workspace changed
    since the plan was made, nothing is merged (``MergeOutdated``)."""
    progress = reporting(progress)
    # Written beside it first, and marked as this merge's: the snapshot of the merge before
    # stays until this one is saved, and undo never takes the one for the other.
    merge_id = str(uuid.uuid4())
    pending = snapshots.pending_path(workspace.path)
    workspace.save_copy(pending, progress=progress)
    snapshots.mark(pending, merge_id)
    store = workspace.store
    records: list[Record] = []
    vectors: dict[str, str] = {}
    for record_id, (kind, merged) in plan._merged.items():
        shown = merged[0]
        records.append(BY_KIND[kind](**shown.data))
        vectors[record_id] = json.dumps(dict(shown.vv), sort_keys=True)
    try:
        with store.transaction():
            if _ours_now(store, plan) != plan._ours:
                raise MergeOutdated(workspace.path)
            for versions in plan._merged.values():
                for version in versions[1]:
                    store.clock.observe(version.hlc)
            moved_from = store.documents_now(records)
            store.insert_many(records, stamp=False, replace=True, versions=vectors)
            store.set_conflicts(
                {
                    record_id: [
                        Conflict(
                            f"{record_id}@{v.hlc}",
                            kind,
                            record_id,
                            v.hlc,
                            json.dumps(dict(v.vv), sort_keys=True),
                            json.dumps(dict(v.data), sort_keys=True),
                        )
                        for v in merged[1:]
                    ]
                    for record_id, (kind, merged) in plan._merged.items()
                }
            )
            store.reindex(records, also=moved_from)
            if plan.erasure:
                retention.forget_acknowledgements(workspace, plan._erased)
            store.set_meta(
                "last_merge",
                json.dumps(
                    {
                        "hlc": store.clock.last,
                        "snapshot": snapshots.snapshot_path(workspace.path).name,
                        "merge": merge_id,
                    }
                ),
            )
    except sqlite3.IntegrityError as e:  # a value our tables refuse: nothing was changed
        pending.unlink(missing_ok=True)
        raise RefusedFile(
            plan.source, translate("errors", "It holds values a workspace does not allow.")
        ) from e
    except BaseException:
        pending.unlink(missing_ok=True)
        raise
    try:
        snapshot = snapshots.put_in_place(workspace.path, pending)
    except OSError:  # saved all the same; undo finds the snapshot (another run moved it)
        snapshot = snapshots.snapshot_path(workspace.path)
    if plan.erasure:  # the erased words go from this file now too, not at closing
        retention.erase_leftovers(workspace)
    return snapshot


class MergeOutdated(WorkspaceError):
    def __init__(self, path: Path):
        super().__init__(
            translate(
                "errors",
                "The workspace changed while the merge was being looked at, so nothing was "
                "merged. Merge the file again to see what it would change now.",
            ),
            path,
        )


class CannotUndoMerge(WorkspaceError):
    def __init__(self, path: Path):
        super().__init__(
            translate(
                "errors",
                "The last merge cannot be undone: there was none, or the workspace has "
                "changed since.",
            ),
            path,
        )


def _ours_now(store: Store, plan: MergePlan) -> dict[str, list[str]]:
    """For the records the plan changes, the stamps of our versions as they are now."""
    by_kind: dict[str, list[str]] = {}
    for record_id, (kind, _) in plan._merged.items():
        by_kind.setdefault(kind, []).append(record_id)
    now: dict[str, list[str]] = {}
    for kind, ids in by_kind.items():
        for row in store.dicts_by_id(BY_KIND[kind], ids):
            now[row["id"]] = [row["hlc"]]
    for conflict in store.conflicts():
        if conflict.record_id in now:
            now[conflict.record_id].append(conflict.hlc)
    return {i: sorted(now.get(i, [])) for i in plan._merged}


def _last_merge(workspace: Workspace) -> dict[str, Any]:
    try:
        return json_object(workspace.store.get_meta("last_merge") or "{}")
    except ValueError:
        return {}


def can_undo_merge(workspace: Workspace) -> bool:
    """Whether the last merge is the last change: undoing it then loses nothing else."""
    last = _last_merge(workspace)
    merge_id = last.get("merge")
    if snapshots.find(workspace.path, merge_id if isinstance(merge_id, str) else None) is None:
        return False
    # The newest stamp the file holds is still the one the merge left.
    return last.get("hlc") == workspace.store.get_meta("hlc")


def undo_merge(path: Path) -> None:
    """Put the workspace at ``path`` back as it was before its last merge, if that is still
    the last change (checked here, with the file closed to everyone else)."""
    with Workspace.open(path) as workspace:
        if not can_undo_merge(workspace):
            raise CannotUndoMerge(path)
        merge_id = _last_merge(workspace).get("merge")
        snapshot = snapshots.find(path, merge_id if isinstance(merge_id, str) else None)
        workspace_id = workspace.workspace_id
    if snapshot is None:
        raise CannotUndoMerge(path)
    with Workspace.open(snapshot, read_only=True) as before:
        if before.workspace_id != workspace_id:  # not this workspace's snapshot
            raise CannotUndoMerge(path)
    with replacing(path) as temporary:
        shutil.copyfile(snapshot, temporary)
        snapshots.unmark(temporary)
    snapshot.unlink()
    sync_folder(path.parent)
