"""The workspace file as a whole: create it, open it (migrating an older one after a backup
copy), copy it consistently, check it, and close it as one self-contained file."""

from __future__ import annotations

import glob
import shutil
import sqlite3
import uuid
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils

from skolgrupp.core.atomic import replacing, scratch_folder
from skolgrupp.core.clock import utc_now
from skolgrupp.core.errors import (
    AlteredWorkspace,
    DamagedWorkspace,
    NeedsRecovery,
    NewerFormat,
    NotAWorkspace,
    ReadOnlyWorkspace,
    WorkspaceError,
    WorkspaceExists,
    WorkspaceLocked,
)
from skolgrupp.core.i18n import translate
from skolgrupp.core.progress import Progress, reporting
from skolgrupp.core.store import schema
from skolgrupp.core.store.checks import schema_problems
from skolgrupp.core.store.connection import (
    Header,
    connect,
    has_hot_journal,
    is_writable,
    journal_of,
    read_header,
    translate_errors,
)


@dataclass
class OpenedFile:
    conn: sqlite3.Connection
    version: tuple[int, int]
    read_only: bool
    read_only_error: Exception | None
    backup: Path | None = None
    # An older file opened read-only is migrated on a private copy, removed on close.
    private_copy: Path | None = None


def create(path: Path) -> None:
    """Make a new, empty workspace file at ``path`` (which must not hold anything yet)."""
    if path.exists() and path.stat().st_size > 0:
        raise WorkspaceExists(path)
    conn = connect(path, read_only=False)
    try:
        with translate_errors(path):
            db = sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)
            schema.migrations.apply(db)
            with db.atomic():
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [("workspace_id", str(uuid.uuid4())), ("created_at", utc_now())],
                )
    finally:
        conn.close()


def open_file(path: Path, *, read_only: bool = False) -> OpenedFile:
    """Open an existing workspace, refusing what is not ours and migrating what is older.

    A change a crash interrupted is rolled back first, as SQLite would: only then is the file
    judged. Its schema must be exactly the one its format version has before a table is read,
    so nothing a file's schema says (a view, a trigger) runs here."""
    if has_hot_journal(path):
        read_header(path, whole=False)  # ours, before SQLite rolls anything back
        _recover_after_crash(path)
    header = read_header(path)
    if header is not None and header.wal:
        _leave_wal_mode(path)
        header = read_header(path)  # what the log held may have changed it
    if header is None:
        raise NotAWorkspace.for_path(path, translate("errors", "The file is empty."))
    version = header.version
    if version[0] < 1:
        raise DamagedWorkspace(path, translate("errors", "It has no format version."))
    newest = schema.FORMAT_VERSION
    ro_error: Exception | None = None
    if version[0] > newest[0]:
        ro_error = NewerFormat(path, schema.version_text(version))
    elif not read_only and not is_writable(path):
        ro_error = ReadOnlyWorkspace(path)
    if ro_error is not None:
        read_only = True
    conn = connect(path, read_only=read_only)
    try:
        with translate_errors(path):
            problems = schema_problems(conn, version)
            if problems:
                raise AlteredWorkspace(path, problems)
            if version < newest:
                if read_only:
                    return _open_migrated_copy(conn, path, header, ro_error)
                backup = _migrate(conn, path, header)
                return OpenedFile(conn, newest, False, None, backup)
    except BaseException:
        conn.close()
        raise
    return OpenedFile(conn, version, read_only, ro_error)


def _open_migrated_copy(
    conn: sqlite3.Connection, path: Path, header: Header, ro_error: Exception | None
) -> OpenedFile:
    """Show an older file that must not be written: migrate a private copy and read that."""
    folder = scratch_folder("copy")
    copy = folder / path.name
    try:
        copy_to(conn, copy)
        conn.close()
        conn = connect(copy, read_only=False)
        _migrate_in_place(conn, path)
        return OpenedFile(
            conn,
            schema.FORMAT_VERSION,
            True,
            ro_error,
            private_copy=copy,
        )
    except BaseException:
        conn.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _recover_after_crash(path: Path) -> None:
    """Roll back a change that a crash interrupted, as SQLite does on a writable connection;
    a read-only connection cannot, and would refuse to read the file."""
    if not is_writable(path):
        raise NeedsRecovery(path)
    conn = connect(path, read_only=False)
    try:
        with translate_errors(path):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()
    if has_hot_journal(path):  # another program holds the file in the middle of a change
        raise WorkspaceLocked(path)


def remove_cold_journal(conn: sqlite3.Connection, path: Path) -> None:
    """Remove a journal that SQLite ignores (a change killed before its journal was complete
    leaves one), so that the workspace is again one file that can be copied alone. Only
    while holding the write lock: then no other program can be writing that journal."""
    journal = journal_of(path)
    if conn.in_transaction or not journal.is_file() or has_hot_journal(path):
        return
    # Housekeeping: when another program is writing (its journal is not complete yet either),
    # leave it, without waiting.
    waits = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(waits)}")
    try:
        if not has_hot_journal(path):
            with suppress(OSError):
                journal.unlink(missing_ok=True)
    finally:
        conn.execute("COMMIT")


def _leave_wal_mode(path: Path) -> None:
    """A workspace another program left in write-ahead-log mode: its log is written into the
    file and the file made one self-contained file again, as Skolgrupp keeps it, before it
    is read (reading it as it is would leave files beside it)."""
    if not is_writable(path):
        raise NeedsRecovery(path)
    conn = connect(path, read_only=False)  # which sets the rollback journal Skolgrupp uses
    conn.close()


def _migrate(conn: sqlite3.Connection, path: Path, header: Header) -> Path:
    """Bring an older file up to the current format, after a backup copy of it."""
    db = sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)
    if not schema.migrations.pending(db):
        # An older version number with every migration applied: not a file we made.
        raise DamagedWorkspace(path, translate("errors", "Its format version is wrong."))
    old_version = schema.version_text(header.version)
    backup = _backup_made_before(conn, path, old_version)
    if backup is None:
        backup = backup_path(path, old_version)
        try:
            copy_to(conn, backup)
        except DamagedWorkspace as e:  # the copy found the damage: the user's file has it
            raise DamagedWorkspace(path) from e
    _migrate_in_place(conn, path)
    return backup


def _backup_made_before(conn: sqlite3.Connection, path: Path, old_version: str) -> Path | None:
    """The backup copy a migration that was cut off made of this very file: the same
    workspace with the same newest stamp (every saved change takes a new one) holds the
    same records. Kept rather than a second copy beside it."""
    ours = _identity(conn)
    prefix = f"{path.stem} (backup v{old_version} "
    for candidate in sorted(path.parent.glob(f"{glob.escape(prefix)}*{path.suffix}")):
        try:
            other = connect(candidate, read_only=True)
        except WorkspaceError:
            continue
        try:
            if _identity(other) == ours:
                return candidate
        except sqlite3.Error:
            continue
        finally:
            other.close()
    return None


def _identity(conn: sqlite3.Connection) -> dict[str, str]:
    rows = conn.execute("SELECT key, value FROM meta WHERE key IN ('workspace_id', 'hlc')")
    return dict(rows.fetchall())


def _migrate_in_place(conn: sqlite3.Connection, path: Path) -> None:
    db = sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)
    if not schema.migrations.pending(db):
        raise DamagedWorkspace(path, translate("errors", "Its format version is wrong."))
    with db.atomic():  # all of them or none: a crash never leaves a format in between
        schema.migrations.apply(db)
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if schema.decode_version(found) != schema.FORMAT_VERSION:
        raise DamagedWorkspace(path, translate("errors", "Its format version is wrong."))


def backup_path(path: Path, old_version: str) -> Path:
    """A new name beside the file for its backup copy; never one that is taken."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem} (backup v{old_version} {stamp}){path.suffix}")
    number = 2
    while candidate.exists():
        candidate = path.with_name(
            f"{path.stem} (backup v{old_version} {stamp} {number}){path.suffix}"
        )
        number += 1
    return candidate


COPY_STEP_PAGES = 1024  # pages copied between two progress reports (4 MB)
CHECK_STEP_INSTRUCTIONS = 100_000  # how often the check of a copy asks whether to go on


def copy_to(
    conn: sqlite3.Connection,
    target: Path,
    *,
    source: Path | None = None,
    not_over: Path | None = None,
    progress: Progress | None = None,
) -> None:
    """Write a consistent copy of the open workspace with SQLite's backup API.

    The copy is written under a temporary name, checked, flushed to disk and only then given
    its final name, so an interrupted or cancelled copy never leaves a half-written file behind.
    It is never written over ``source`` (the file copied) or ``not_over`` (the open workspace).
    ``progress`` hears of the pages copied and may cancel the copy until it has been checked.
    """
    progress = reporting(progress)
    with replacing(target, not_over=(source, not_over)) as temporary, translate_errors(target):
        out = sqlite3.connect(temporary)
        try:
            conn.backup(
                out,
                pages=COPY_STEP_PAGES,
                progress=lambda _status, remaining, total: progress.report(
                    total - remaining, total
                ),
            )
            out.execute("PRAGMA journal_mode = DELETE")
            out.set_progress_handler(lambda: progress.cancelled, CHECK_STEP_INSTRUCTIONS)
            try:
                result = out.execute("PRAGMA quick_check").fetchone()[0]
            except sqlite3.OperationalError:
                progress.check()  # interrupted because the user cancelled
                raise
            if result != "ok":
                raise DamagedWorkspace(target, result)
            progress.check()
        finally:
            out.close()


def close(conn: sqlite3.Connection, private_copy: Path | None = None) -> None:
    """Close the connection; the file is left whole, with no journal beside it."""
    try:
        if conn.in_transaction:
            conn.rollback()
    finally:
        conn.close()
        if private_copy is not None:
            shutil.rmtree(private_copy.parent, ignore_errors=True)
