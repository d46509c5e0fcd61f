"""A workspace file from someone else: untrusted input until it is proven to be exactly ours.

Before SQLite reads anything, its header must name Skolgrupp and a format this version knows.
Then it is copied into a private folder, and only the copy is ever opened: never the
colleague's file, and never attached to the user's own workspace connection. The copy is
opened with the settings for a hostile database (no trusted schema, cell checks, no memory
mapping, small limits, a time limit on every statement, an authorizer that allows reading
only); its schema must be exactly the one its format version had, and ``quick_check`` must
pass. A file of an older format is migrated, on the copy, to the current one. A file of a
newer format is refused: this version cannot know what it holds.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import sqlite_utils

from skolgrupp.core import sealed
from skolgrupp.core.atomic import require_regular_file, scratch_folder
from skolgrupp.core.errors import DamagedWorkspace, RefusedFile, WorkspaceError
from skolgrupp.core.i18n import translate
from skolgrupp.core.progress import Progress
from skolgrupp.core.store import files, schema
from skolgrupp.core.store.connection import (
    MAX_VALUE_BYTES,
    Header,
    environment_error,
    has_hot_journal,
    read_header,
)
from skolgrupp.core.store.records import Store

# A workspace at the largest scale measured (100,000 reflections) is about 400 MB.
MAX_FILE_BYTES = 2 * 1024**3
# Every statement on the file must finish in this time (generous for a large file on a slow
# computer, short enough that a file made to hang Skolgrupp does not).
STATEMENT_SECONDS = 60.0
PROGRESS_STEP = 10_000  # SQLite instructions between two looks at the clock

_LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_VALUE_BYTES,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
    sqlite3.SQLITE_LIMIT_COLUMN: 100,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 100,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 10,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 8,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1_000,
    sqlite3.SQLITE_LIMIT_TRIGGER_DEPTH: 1,
}
# What a reader may do: read tables and the schema, call functions, and ask SQLite to check
# the file. Everything else (writing, creating, attaching, other pragmas) is denied.
_ALLOWED_ACTIONS = {sqlite3.SQLITE_READ, sqlite3.SQLITE_SELECT, sqlite3.SQLITE_FUNCTION}
_ALLOWED_PRAGMAS = {"quick_check", "user_version", "application_id"}


def _reader_only(action: int, arg1: str | None, arg2: str | None, *_: Any) -> int:
    if action in _ALLOWED_ACTIONS:
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _ALLOWED_PRAGMAS:
        return sqlite3.SQLITE_OK if arg2 is None else sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_DENY


class ForeignWorkspace:
    """A colleague's workspace, read from a checked private copy. Close it when done: the
    copy is then removed."""

    def __init__(self, path: Path, folder: Path, conn: sqlite3.Connection, version: tuple):
        self.path = path
        self.version = version  # the format it came in; its copy has the current one
        self._conn = conn
        self._deadline = 0.0
        # Should close() never be called, the copy still goes when this object does, or
        # when the program ends.
        self._remove_copy = weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)
        self.store = Store(conn, installation_id="", path=path, read_only=True)
        conn.set_authorizer(_reader_only)
        conn.set_progress_handler(self._too_long, PROGRESS_STEP)

    def _too_long(self) -> int:
        return int(time.monotonic() > self._deadline)

    @contextmanager
    def reading(self) -> Iterator[None]:
        """Read inside this block: each statement gets its time limit, and whatever SQLite
        refuses to read becomes a clear ``RefusedFile``."""
        self._deadline = time.monotonic() + STATEMENT_SECONDS
        try:
            yield
        except sqlite3.Error as e:
            raise _refusal(self.path, e) from e

    def workspace_id(self) -> str:
        with self.reading():
            return self.store.get_meta("workspace_id") or ""

    def save_copy(
        self, target: Path, *, not_over: Path | None = None, progress: Progress | None = None
    ) -> None:
        """Write the checked copy (in this version's format) to ``target``, never over the
        colleague's file or ``not_over``: whole, checked and flushed to disk, or not at all."""
        files.copy_to(self._conn, target, source=self.path, not_over=not_over, progress=progress)

    def close(self) -> None:
        try:
            self._conn.close()
        finally:
            self._remove_copy()

    def __enter__(self) -> ForeignWorkspace:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def _refusal(path: Path, error: sqlite3.Error) -> WorkspaceError:
    text = str(error).lower()
    if "interrupted" in text:
        return RefusedFile(path, translate("errors", "Reading it took far too long."))
    if "too big" in text:
        return RefusedFile(
            path, translate("errors", "It holds a value far larger than Skolgrupp writes.")
        )
    if "not authorized" in text or "prohibited" in text:
        return RefusedFile(
            path, translate("errors", "It is not a workspace exactly as Skolgrupp writes it.")
        )
    found = environment_error(error, path)
    if found is not None:
        return found
    return RefusedFile(path, translate("errors", "It is damaged."))


def open_foreign(path: Path | str, passphrase: str | None = None) -> ForeignWorkspace:
    """Open a colleague's workspace file for reading, or raise a ``WorkspaceError`` that says
    why it cannot be used. The file itself is only ever read, and only as bytes. A file
    sealed with a passphrase needs it (``NeedsPassphrase``, ``WrongPassphrase``)."""
    path = Path(path)
    require_regular_file(path)  # a pipe or a device could keep a read waiting forever
    locked = sealed.is_sealed(path)
    if locked and passphrase is None:
        raise sealed.NeedsPassphrase(path)
    if not locked:
        header = _header_of_finished_file(path)
        if header is None:
            raise RefusedFile(path, translate("errors", "The file is empty."))
        _require_known_version(path, header.version)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise RefusedFile(path, translate("errors", "It is far larger than a workspace gets."))
    folder = scratch_folder("foreign")
    try:
        copy = folder / "colleague.skolgrupp"
        try:
            if locked:
                copy.write_bytes(sealed.unseal(path.read_bytes(), passphrase or "", path))
            else:
                shutil.copyfile(path, copy)
        except OSError as e:
            raise environment_error(e, path) or e from e
        # Checked again on the copy: the file may have changed since its header was read.
        header = read_header(copy)
        if header is None:
            raise RefusedFile(path, translate("errors", "The file is empty."))
        _require_known_version(path, header.version)
        if _in_wal_mode(copy):
            raise RefusedFile(
                path, translate("errors", "It is not a workspace exactly as Skolgrupp writes it.")
            )
        _check(path, copy, header.version)
        if header.version < schema.FORMAT_VERSION:
            _migrate_copy(path, copy)
            _check(path, copy, schema.FORMAT_VERSION)
        conn = _hardened(copy)
        return ForeignWorkspace(path, folder, conn, header.version)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _header_of_finished_file(path: Path) -> Header | None:
    """The header of a colleague's file that no program is still writing. A file still being
    copied, downloaded or saved (a journal beside it, or shorter than its header says) is
    not damaged: it is not finished yet."""
    unfinished = RefusedFile(
        path,
        translate(
            "errors",
            "It is still being written by another program, or its writing was interrupted. "
            "Wait until it is done and try again; if this goes on, ask for a new copy.",
        ),
    )
    try:
        if has_hot_journal(path) or Path(f"{path}-wal").exists():
            raise unfinished
        return read_header(path)
    except DamagedWorkspace as e:
        raise unfinished from e


def _require_known_version(path: Path, version: tuple[int, int]) -> None:
    if version > schema.FORMAT_VERSION:
        raise RefusedFile(
            path,
            translate(
                "errors",
                "It was made by a newer version of Skolgrupp (file format {found}). Update "
                "Skolgrupp to use it.",
            ).format(found=schema.version_text(version)),
        )
    if schema.schema_for(version) is None:
        raise RefusedFile(path, translate("errors", "Its format version is wrong."))


def _in_wal_mode(copy: Path) -> bool:
    with open(copy, "rb") as f:
        raw = f.read(20)
    return raw[18] == 2 or raw[19] == 2


def _limit(conn: sqlite3.Connection) -> None:
    """The settings for someone else's database: small limits, no trusted schema, cell
    checks, no memory mapping."""
    for limit, value in _LIMITS.items():
        conn.setlimit(limit, value)
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")
    conn.execute("PRAGMA mmap_size = 0")


def _hardened(copy: Path) -> sqlite3.Connection:
    # Opened on one thread and read on another by ``merge.preview_merge``, never at once.
    conn = sqlite3.connect(f"file:{copy.as_posix()}?mode=ro", uri=True, check_same_thread=False)
    try:
        _limit(conn)
        conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _with_time_limit(conn: sqlite3.Connection) -> Callable[[], None]:
    deadline = time.monotonic() + STATEMENT_SECONDS
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), PROGRESS_STEP)
    return lambda: conn.set_progress_handler(None, 0)


def _check(path: Path, copy: Path, version: tuple[int, int]) -> None:
    """Refuse a copy whose schema is not exactly that of ``version``, or that SQLite finds
    damaged. The schema is compared before any table is read: a view or trigger posing as a
    table, or an extra one, never runs."""
    conn = _hardened(copy)
    try:
        conn.set_authorizer(_reader_only)
        _with_time_limit(conn)
        try:
            found = frozenset(schema.schema_of(conn))
            if found != schema.schema_for(version):
                raise RefusedFile(
                    path,
                    translate("errors", "It is not a workspace exactly as Skolgrupp writes it."),
                )
            application_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if application_id != schema.APPLICATION_ID:
                raise RefusedFile(path, translate("errors", "It may belong to another program."))
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.Error as e:
            raise _refusal(path, e) from e
        if result != "ok":
            raise RefusedFile(path, translate("errors", "It is damaged."))
    finally:
        conn.close()


def _migrate_copy(path: Path, copy: Path) -> None:
    """Bring the private copy of an older file up to the current format."""
    conn = sqlite3.connect(copy)
    try:
        # The schema was compared with ours before this, but the copy is still someone
        # else's file: the same limits apply while it is migrated.
        _limit(conn)
        _with_time_limit(conn)
        db = sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)
        try:
            schema.migrations.apply(db)
        except sqlite3.Error as e:
            raise _refusal(path, e) from e
        found = schema.decode_version(conn.execute("PRAGMA user_version").fetchone()[0])
        if found != schema.FORMAT_VERSION:
            raise RefusedFile(path, translate("errors", "Its format version is wrong."))
    finally:
        conn.close()
