"""The workspace as it was before its last merge, kept beside it so that the merge can be
undone.

The snapshot and the record of it are one fact: the snapshot is written under a hidden name,
checked and marked with the merge's id before the merge's commit names that id, and only then
takes its visible name. Whatever a crash interrupts, undoing finds the snapshot of the last
merge, under either name, or none; never the snapshot of an earlier merge.
"""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

from skolgrupp.core.atomic import maker_gone, process_tag, sync_folder
from skolgrupp.core.errors import WorkspaceError
from skolgrupp.core.i18n import translate
from skolgrupp.core.store.connection import connect, translate_errors

MARK_KEY = "snapshot_of_merge"


def snapshot_path(path: Path) -> Path:
    """Where the workspace as it was before the last merge is kept."""
    name = translate("merge", "{name} (before merge)").format(name=path.stem)
    return path.with_name(f"{name}{path.suffix}")


def pending_path(path: Path) -> Path:
    """Where this run writes a merge's snapshot until the merge is saved: a name of its own,
    so that another Skolgrupp opening the workspace meanwhile can tell it is being used."""
    snapshot = snapshot_path(path)
    return snapshot.with_name(f".{snapshot.name}.{process_tag()}.new")


def _pending(path: Path, *, suffix: str = ".new") -> list[tuple[Path, str]]:
    """Every snapshot a merge is writing, or a killed one left, with its maker's mark (with
    ``suffix=".new-journal"``, the journals of marking them)."""
    snapshot = snapshot_path(path)
    prefix, found = f".{snapshot.name}.", []
    try:
        names = [p for p in path.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return []
    for candidate in names:
        if candidate.name.endswith(suffix) and candidate.is_file():
            found.append((candidate, candidate.name[len(prefix) : -len(suffix)]))
    return found


def _set_mark(copy: Path, merge_id: str | None) -> None:
    conn = connect(copy, read_only=False)
    try:
        with translate_errors(copy), conn:
            if merge_id is None:
                conn.execute("DELETE FROM meta WHERE key = ?", [MARK_KEY])
            else:
                conn.execute(
                    "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [MARK_KEY, merge_id]
                )
    finally:
        conn.close()


def mark(copy: Path, merge_id: str) -> None:
    """Mark a snapshot as the one of the merge ``merge_id``."""
    _set_mark(copy, merge_id)


def unmark(copy: Path) -> None:
    """Take the mark off a snapshot brought back as the workspace."""
    _set_mark(copy, None)


def mark_of(copy: Path) -> str | None:
    """The merge a snapshot belongs to; None for a file that is not a marked snapshot."""
    try:
        conn = connect(copy, read_only=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = ?", [MARK_KEY]).fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, WorkspaceError):
        return None
    return row[0] if row else None


def put_in_place(path: Path, pending: Path | None = None) -> Path:
    """Give the snapshot of a saved merge its visible name, durably."""
    snapshot = snapshot_path(path)
    os.replace(pending or pending_path(path), snapshot)
    sync_folder(snapshot.parent)
    return snapshot


def find(path: Path, merge_id: str | None) -> Path | None:
    """The snapshot of the merge ``merge_id`` beside the workspace at ``path``, or None. One
    that a crash left under its hidden name is put in its place first (or used where it is,
    when the folder cannot be written). Without an id (a merge by an earlier version of
    Skolgrupp, which did not mark its snapshots) the snapshot is taken by its name."""
    snapshot = snapshot_path(path)
    if merge_id is None:
        return snapshot if snapshot.is_file() else None
    for pending, _ in _pending(path):
        if mark_of(pending) == merge_id:
            try:
                return put_in_place(path, pending)
            except OSError:
                return pending if pending.is_file() else _marked(snapshot, merge_id)
    return _marked(snapshot, merge_id)


def _marked(snapshot: Path, merge_id: str) -> Path | None:
    return snapshot if snapshot.is_file() and mark_of(snapshot) == merge_id else None


def settle(path: Path, last_merge: str | None) -> None:
    """After a run that was killed mid-merge or mid-undo: the snapshot of the merge the
    workspace says it saved is put in its place; one of a merge that was never saved, or was
    undone already, is removed (undo could never take it). What a merge still running in
    another Skolgrupp is writing is left alone, and so is a snapshot an earlier version of
    Skolgrupp made (it carries no mark)."""
    try:
        merge_id = json.loads(last_merge or "{}").get("merge")
    except (ValueError, RecursionError, AttributeError):
        merge_id = None
    try:
        running = False
        for pending, tag in _pending(path):
            if merge_id is not None and mark_of(pending) == merge_id:
                put_in_place(path, pending)
            elif maker_gone(pending, tag):
                pending.unlink()
            else:
                running = True
        for journal, tag in _pending(path, suffix=".new-journal"):
            if maker_gone(journal, tag):  # marking was cut off; its snapshot is gone above
                journal.unlink()
        snapshot = snapshot_path(path)
        if not running and snapshot.is_file():
            mark = mark_of(snapshot)
            if mark is not None and mark != merge_id:
                snapshot.unlink()
    except OSError:
        pass  # housekeeping only: undo finds the snapshot under either name
