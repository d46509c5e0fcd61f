"""Opening a workspace file safely: look at its header before SQLite does, connect with the
settings every connection needs, and turn SQLite's environment errors into ``WorkspaceError``.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from skolgrupp.core import sealed
from skolgrupp.core.atomic import require_regular_file
from skolgrupp.core.errors import (
    CannotOpen,
    DamagedWorkspace,
    DiskFull,
    NeedsRecovery,
    NotAWorkspace,
    ReadOnlyWorkspace,
    WorkspaceError,
    WorkspaceLocked,
)
from skolgrupp.core.i18n import translate
from skolgrupp.core.store.schema import APPLICATION_ID, decode_version

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 2.0
MAX_VALUE_BYTES = 8 * 1024**2  # the longest text or value a workspace may hold


@dataclass(frozen=True)
class Header:
    """What the first 100 bytes of a workspace file say about it."""

    application_id: int
    user_version: int
    wal: bool = False  # left in write-ahead-log mode by another program

    @property
    def version(self) -> tuple[int, int]:
        return decode_version(self.user_version)


def read_header(path: Path, *, whole: bool = True) -> Header | None:
    """Read and check a file's SQLite header without letting SQLite near it.

    Returns None for an empty file (a new workspace). Raises ``NotAWorkspace`` for anything that
    is not a Skolgrupp workspace and ``DamagedWorkspace`` for one that is visibly cut short.
    With ``whole=False`` the length is not judged: a crash in the middle of a commit leaves a
    file that is short until SQLite rolls back its journal.
    """
    require_regular_file(path)
    try:
        with open(path, "rb") as f:
            raw = f.read(100)
            size = os.fstat(f.fileno()).st_size
    except IsADirectoryError as e:
        raise CannotOpen(path, translate("errors", "It is a folder.")) from e
    except FileNotFoundError as e:
        raise CannotOpen(path, translate("errors", "The file does not exist.")) from e
    except PermissionError as e:
        raise CannotOpen(path, translate("errors", "You have no permission to read it.")) from e
    except OSError as e:
        raise CannotOpen(path, e.strerror or "") from e
    if size == 0:
        return None
    if raw.startswith(sealed.MAGIC):
        raise sealed.NeedsPassphrase(path)
    if len(raw) < 100 or not raw.startswith(SQLITE_MAGIC):
        raise NotAWorkspace.for_path(path)
    (page_size,) = struct.unpack(">H", raw[16:18])
    page_size = 65536 if page_size == 1 else page_size
    write_version, read_version = raw[18], raw[19]
    (change_counter,) = struct.unpack(">I", raw[24:28])
    (page_count,) = struct.unpack(">I", raw[28:32])
    (valid_for,) = struct.unpack(">I", raw[92:96])
    (user_version,) = struct.unpack(">I", raw[60:64])
    (application_id,) = struct.unpack(">I", raw[68:72])
    if page_size < 512 or page_size & (page_size - 1):
        raise NotAWorkspace.for_path(path)
    if application_id != APPLICATION_ID:
        raise NotAWorkspace.for_path(path, translate("errors", "It may belong to another program."))
    # The page count in the header holds only when written by a program that keeps it
    # current, and a WAL file may hold pages the main file does not have yet.
    wal = write_version == 2 or read_version == 2
    if (
        whole
        and change_counter == valid_for
        and page_count
        and not wal
        and size < page_count * page_size
    ):
        raise DamagedWorkspace(path, translate("errors", "The file is shorter than it should be."))
    return Header(application_id, user_version, wal)


def journal_of(path: Path) -> Path:
    return Path(f"{path}-journal")


def has_hot_journal(path: Path) -> bool:
    """Whether a change to the file was interrupted and left its rollback journal beside it.
    What is not an ordinary file there is refused: SQLite would open it as the journal."""
    journal = journal_of(path)
    for companion in (journal, Path(f"{path}-wal")):
        if companion.is_symlink() or (companion.exists() and not companion.is_file()):
            raise CannotOpen(
                path,
                translate(
                    "errors", "Beside it is {name}, which is not an ordinary file: remove it."
                ).format(name=companion.name),
            )
    try:
        with open(journal, "rb") as f:
            first = f.read(1)
    except OSError:
        return False
    # SQLite writes a journal's header with its first bytes zero until the journal is
    # complete, and zeroes them again at some commits: such a journal is not hot, and SQLite
    # ignores it. Only one it would roll back counts.
    return first not in (b"", b"\x00")


_WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


def is_writable(path: Path) -> bool:
    """Whether we should write to this file: it and its folder are writable and neither is
    marked read-only (which even an administrator's account respects here)."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return False
    # Windows gives folders a read-only attribute for other reasons; only POSIX modes count.
    if os.name == "posix" and not folder.stat().st_mode & _WRITE_BITS:
        return False
    if not path.exists():
        return True
    return bool(path.stat().st_mode & _WRITE_BITS) and os.access(path, os.W_OK)


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """Open a connection with the settings every workspace connection has."""
    name = path.absolute().as_posix()
    if name.startswith("//"):  # POSIX allows it; in a URI it would name a host
        name = "/" + name.lstrip("/")
    uri = f"file:{quote(name, safe='/:')}?mode={'ro' if read_only else 'rwc'}"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as e:
        raise (environment_error(e, path) or e) from e
    try:
        # No text Skolgrupp writes comes near this; a file holding a larger value (which
        # would stall a document or a window) says so where it is read.
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        with translate_errors(path):
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA trusted_schema = OFF")
            # Overwrite deleted content, so an edited or deleted note leaves no old copy in
            # the file's free pages.
            conn.execute("PRAGMA secure_delete = ON")
            # Sorts and statement journals in memory, never in the system's temporary folder:
            # no note of a pupil lands in a file there, or stays there after a crash.
            conn.execute("PRAGMA temp_store = MEMORY")
            if not read_only:
                # A rollback journal (not WAL) keeps the workspace one self-contained file
                # between transactions, and works on network shares and USB sticks.
                conn.execute("PRAGMA journal_mode = DELETE")
                # EXTRA also flushes the folder once the journal is deleted: that deletion is
                # the commit, and without the flush a power cut can bring the journal back and
                # roll back a change the user was told was saved.
                conn.execute("PRAGMA synchronous = EXTRA")
    except BaseException:
        conn.close()
        raise
    return conn


def environment_error(error: BaseException, path: Path | None) -> WorkspaceError | None:
    """The user-facing error for an SQLite or OS error, or None when it is a bug."""
    if isinstance(error, WorkspaceError):
        return error
    if isinstance(error, OSError):
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFull(path)
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyWorkspace(path)
        return None
    if not isinstance(error, sqlite3.Error):
        return None
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return WorkspaceLocked(path)
    if name == "SQLITE_READONLY_ROLLBACK":
        return NeedsRecovery(path)
    if name.startswith("SQLITE_READONLY") or "readonly database" in text:
        return ReadOnlyWorkspace(path)
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return DiskFull(path)
    if name.startswith("SQLITE_NOTADB") or "not a database" in text:
        return NotAWorkspace.for_path(path) if path else NotAWorkspace("")
    if name == "SQLITE_TOOBIG" or "too big" in text:
        return DamagedWorkspace(
            path, translate("errors", "It holds a value far larger than Skolgrupp writes.")
        )
    if "could not decode" in text:  # text that is not UTF-8, written by another program
        return DamagedWorkspace(path, translate("errors", "Some of its text cannot be read."))
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return DamagedWorkspace(path)
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM")) and path:
        return CannotOpen(path)
    return None


@contextmanager
def translate_errors(path: Path | None) -> Iterator[None]:
    """Turn environment errors inside the block into ``WorkspaceError``; let bugs through."""
    try:
        yield
    except (sqlite3.Error, OSError) as e:
        mapped = environment_error(e, path)
        if mapped is None:
            raise
        raise mapped from e
