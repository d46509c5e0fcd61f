"""A workspace: one SQLite file holding a group's (or several groups') collegial work."""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from skolgrupp.core import frameworks, paths, snapshots
from skolgrupp.core.atomic import clear_leftovers, replacing
from skolgrupp.core.domain import Record
from skolgrupp.core.errors import WorkspaceError, WorkspaceExists
from skolgrupp.core.progress import Progress
from skolgrupp.core.store import checks, files, queries, schema
from skolgrupp.core.store.connection import environment_error
from skolgrupp.core.store.records import Store

R = TypeVar("R", bound=Record)


def user_error(error: BaseException, path: Path | None) -> BaseException:
    """A problem SQLite found with the file or the disk, however deep it surfaced (damaged
    text, a full disk, a lock), as the ``WorkspaceError`` the user is shown; anything else, a
    bug, as it is."""
    if isinstance(error, sqlite3.Error):
        return environment_error(error, path) or error
    return error


class Workspace:
    """An open workspace file. Use it from the thread that opened it, and close it."""

    def __init__(self, path: Path, opened: files.OpenedFile, installation_id: str):
        self.path = path
        self.version = opened.version
        self.backup = opened.backup
        self._private_copy = opened.private_copy
        self._closed = False
        self.store = Store(
            opened.conn,
            installation_id=installation_id,
            path=path,
            read_only=opened.read_only,
            read_only_error=opened.read_only_error,
        )

    # -- opening and closing ----------------------------------------------------------------

    @classmethod
    def create(cls, path: Path | str, *, installation_id: str | None = None) -> Workspace:
        """Make a new workspace file and open it."""
        path = Path(path)
        if path.exists() and (not path.is_file() or path.stat().st_size > 0):
            raise WorkspaceExists(path)
        # Made under a temporary name, so a failure leaves nothing that looks like a workspace.
        with replacing(path) as temporary:
            files.create(temporary)
            with cls.open(temporary, installation_id=installation_id) as workspace:
                workspace.store.insert_many(frameworks.builtin_records(), stamp=False)
                workspace.store.rebuild_search_index()
        return cls.open(path, installation_id=installation_id)

    @classmethod
    @contextmanager
    def filling(cls, path: Path | str) -> Iterator[Workspace]:
        """The workspace at ``path``, open to be filled (a demo, an import). A new one is made
        and filled under a temporary name and takes its own only when the block ends well:
        a failure, or a kill half-way, never leaves a half-filled workspace under the name."""
        path = Path(path)
        if path.exists() and path.stat().st_size > 0:
            with cls.open(path) as workspace:
                yield workspace
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        with replacing(path) as temporary, cls.create(temporary) as workspace:
            yield workspace

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        create: bool = False,
        installation_id: str | None = None,
    ) -> Workspace:
        """Open a workspace file; with ``create``, make it first when it does not exist."""
        path = Path(path)
        if create and (not path.exists() or path.stat().st_size == 0):
            path.parent.mkdir(parents=True, exist_ok=True)
            return cls.create(path, installation_id=installation_id)
        opened = files.open_file(path, read_only=read_only)
        workspace = cls(path, opened, installation_id or paths.installation_id())
        try:
            if installation_id is None:
                workspace._use_own_installation()
            if not workspace.read_only:
                workspace._tidy_folder()
        except BaseException:
            workspace.close()
            raise
        return workspace

    def _tidy_folder(self) -> None:
        """Clear away what a run that was killed, or lost its power, left beside the file:
        temporary files, a journal SQLite ignores, and the snapshot of a merge that was saved
        (put in its place) or never was (removed)."""
        clear_leftovers(self.path.parent)
        files.remove_cold_journal(self.store.conn, self.path)
        snapshots.settle(self.path, self.store.get_meta("last_merge"))

    def _use_own_installation(self) -> None:
        """Give this copy of the file, on this computer, an installation id of its own: the
        first time a copy is opened elsewhere (on another computer, or under another name on
        this one) it gets a new one. Two copies of a workspace then never stamp a change
        alike, so merging them can always tell their changes apart. (A file carried back to
        a place it was changed at gets a new id too: it may not hold what was last done
        there.)"""
        store = self.store
        home = f"{paths.installation_id()} {os.path.realpath(self.path)}"
        own = store.get_meta("installation_id")
        if own and store.get_meta("installation_home") == home:
            store.installation_id = store.clock.installation_id = own
        elif not store.read_only:  # nothing is stamped in a file that is not written
            # Taken with the first change, so that opening a file never changes it.
            store.pending_installation = (str(uuid.uuid4()), home)

    @classmethod
    def open_default(cls) -> Workspace:
        """The workspace in the user's data folder, made on first use."""
        return cls.open(paths.default_workspace_path(), create=True)

    def close(self) -> None:
        """Close the file (again is harmless); it is left one self-contained file."""
        if not self._closed:
            try:
                self.store.erase_leftovers()
            except WorkspaceError:
                pass  # housekeeping only: every change is already saved
            finally:
                self._closed = True
                files.close(self.store.conn, self._private_copy)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- the file ---------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    @property
    def read_only_reason(self) -> str:
        """Why the workspace cannot be changed, in the user's language ('' when it can)."""
        return self.store.read_only_reason

    @property
    def workspace_id(self) -> str:
        return self.store.get_meta("workspace_id") or ""

    @property
    def format_version(self) -> str:
        return schema.version_text(self.version)

    def check(self) -> list[str]:
        """Problems found in the file: integrity, foreign keys, schema. Empty when healthy."""
        with self.store.reading():
            if self.read_only:
                return checks.check_copy(self.store.conn, self.version)
            return checks.check(self.store.conn, self.version)

    def save_copy(self, target: Path | str, *, progress: Progress | None = None) -> None:
        """Write a consistent, checked copy of the workspace to ``target``; ``progress`` may
        cancel it, and then nothing is written."""
        files.copy_to(self.store.conn, Path(target), source=self.path, progress=progress)

    # -- records ----------------------------------------------------------------------------

    def transaction(self):
        return self.store.transaction()

    def add(self, record: R) -> R:
        return self.store.add(record)

    def update(self, record: R) -> R:
        return self.store.update(record)

    def put(self, record: R) -> R:
        """Add a new record or write over a stored (even deleted) one."""
        return self.store.put(record)

    def delete(self, record: Record) -> None:
        self.store.delete(record)

    def held_by(self, record: Record) -> list[Record]:
        """What deleting ``record`` deletes with it."""
        return self.store.held_by(record)

    def get(self, cls: type[R], record_id: str) -> R:
        return self.store.get(cls, record_id)

    def find(self, cls: type[R], *, order_by: str | None = None, **where: Any) -> list[R]:
        return self.store.find(cls, order_by=order_by, **where)

    def count(self, cls: type[Record], **where: Any) -> int:
        return self.store.count(cls, **where)

    # -- questions about the work -----------------------------------------------------------

    def counts(self) -> dict[str, int]:
        return queries.counts(self.store)

    def members(self, group_id: str, *, on: str | None = None) -> list[dict[str, Any]]:
        """The people in a group (leaders first), with their role and dates."""
        return queries.members(self.store, group_id, on=on)
