"""One thread for the workspace: every database call runs there, and its result or error
comes back on the main thread (as in Anki's taskman), so the window never waits on the disk.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

if TYPE_CHECKING:
    from skolgrupp.core.workspace import Workspace

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]
SHUTDOWN_WAIT_MS = 30_000  # finishing a large copy may take this long; then we stop waiting


class NoWorkspace(Exception):
    """Work was asked of the workspace after it was closed."""


class _Worker(QObject):
    """Lives on the database thread and owns the open workspace."""

    finished = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.workspace: Workspace | None = None

    @Slot(int, object)
    def run(self, ticket: int, job: Callable[[_Worker], Any]) -> None:
        try:
            result = job(self)
        except BaseException as error:  # handed to the caller's failure handler
            self.failed.emit(ticket, self._for_user(error))
        else:
            self.finished.emit(ticket, result)

    def _for_user(self, error: BaseException) -> BaseException:
        """A problem of the file (damaged text, a full disk) as the message it deserves, even
        when it surfaced in a read that did not expect it; anything else is left a bug."""
        from skolgrupp.core.workspace import user_error

        return user_error(error, self.workspace.path if self.workspace is not None else None)

    def close_workspace(self) -> None:
        if self.workspace is not None:
            workspace, self.workspace = self.workspace, None
            workspace.close()


class Database(QObject):
    """The open workspace, reached only through ``call``.

    Answers that arrive after another workspace was opened are dropped: they are about a
    file the window no longer shows.
    """

    _submit = Signal(int, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("database")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._pending: dict[int, tuple[int, Done | None, Failed | None]] = {}
        self._tickets = itertools.count(1)
        self._generation = 0  # counts the workspaces opened
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def call(
        self,
        work: Callable[[Workspace], Any],
        done: Done | None = None,
        failed: Failed | None = None,
        *,
        always: bool = False,
    ) -> None:
        """Run ``work(workspace)`` on the database thread; then ``done(result)`` or
        ``failed(error)`` on the main thread. The answer is dropped when another workspace was
        opened (or this one closed) in the meantime, unless ``always`` is given: work that shows
        a dialog of its own must hear how it ended."""

        def job(worker: _Worker) -> Any:
            if worker.workspace is None:
                raise NoWorkspace
            return work(worker.workspace)

        self._queue(job, done, failed, always=always)

    def open(self, opener: Callable[[], Workspace], done: Done, failed: Failed) -> None:
        """Open another workspace with ``opener()``; the open one is closed once it has.
        From now on, answers to work asked of the workspace open before are dropped."""

        def job(worker: _Worker) -> Any:
            new = opener()
            worker.close_workspace()
            worker.workspace = new
            return new.path, new.read_only_reason

        self._generation += 1
        self._queue(job, done, failed)

    def close(self, done: Done, failed: Failed) -> None:
        """Close the open workspace; answers still on their way are dropped."""

        def job(worker: _Worker) -> None:
            worker.close_workspace()

        self._generation += 1
        self._queue(job, done, failed)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def shutdown(self) -> None:
        """Close the workspace after the work already queued, and stop the thread. Calling it
        again does nothing."""
        if not self._thread.isRunning():
            return

        main_thread = self.thread()

        def last(worker: _Worker) -> None:
            worker.close_workspace()
            worker.moveToThread(main_thread)  # so that it is deleted where Python runs
            QThread.currentThread().quit()  # after this job: nothing queued is skipped

        self._submit.emit(0, last)
        self._thread.wait(SHUTDOWN_WAIT_MS)
        self._pending.clear()

    def _queue(
        self,
        job: Callable[[_Worker], Any],
        done: Done | None,
        failed: Failed | None,
        *,
        always: bool = False,
    ) -> None:
        ticket = next(self._tickets)
        generation = -1 if always else self._generation
        self._pending[ticket] = (generation, done, failed)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._submit.emit(ticket, job)

    def _settle(self, ticket: int) -> tuple[Done | None, Failed | None]:
        generation, done, failed = self._pending.pop(ticket, (-2, None, None))
        if not self._pending:
            self.busy_changed.emit(False)
        if generation not in (-1, self._generation):
            return None, lambda error: None  # about a workspace no longer shown
        return done, failed

    @Slot(int, object)
    def _on_finished(self, ticket: int, result: Any) -> None:
        done, _ = self._settle(ticket)
        if done is not None:
            done(result)

    @Slot(int, object)
    def _on_failed(self, ticket: int, error: BaseException) -> None:
        _, failed = self._settle(ticket)
        if failed is not None:
            failed(error)
        elif ticket:
            raise error
