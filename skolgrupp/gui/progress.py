"""Long database work with a progress dialog the user can cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog

from skolgrupp.core.progress import Cancelled, Progress

if TYPE_CHECKING:
    from skolgrupp.core.workspace import Workspace
    from skolgrupp.gui.main_window import MainWindow

SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing by


class LongWork(QObject):
    """Runs ``work(workspace, progress)`` on the database thread with a dialog that shows how
    far it has come and offers to cancel it; then ``done(result)``. A cancelled run ends with
    a note in the status bar; any other error goes to the window's error handling. The window
    cancels whatever is still running when it closes."""

    reported = Signal(int, int)  # from the database thread: done, total

    def __init__(
        self,
        window: MainWindow,
        label: str,
        work: Callable[[Workspace, Progress], Any],
        done: Callable[[Any], None],
        ended: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.done = done
        self.ended = ended  # called however the work ended, after done or the error
        self.progress = Progress(self.reported.emit)
        self.dialog = dialog = QProgressDialog(window)
        dialog.setWindowTitle("Skolgrupp")
        dialog.setLabelText(label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setRange(0, 0)  # a moving bar until the first report says how much there is
        dialog.canceled.connect(self.cancel)
        self.reported.connect(self._reported)
        # The dialog shows itself only when told of progress: work that is slow to report
        # shows it all the same.
        self._show_timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._show_timer.timeout.connect(dialog.show)
        self._show_timer.start()
        window.long_work.add(self)
        window.database.call(
            lambda workspace: work(workspace, self.progress),
            self._succeeded,
            self._failed,
            always=True,
        )

    def cancel(self) -> None:
        if not self.progress.cancelled:
            self.progress.cancel()
            self.window.statusBar().showMessage(self.tr("Stopping…"))

    def _reported(self, finished: int, total: int) -> None:
        if not self.progress.cancelled:
            self.dialog.setRange(0, total)
            self.dialog.setValue(finished)

    def _end(self) -> None:
        self._show_timer.stop()
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
        self.window.long_work.discard(self)
        self.deleteLater()

    def _succeeded(self, result: Any) -> None:
        self._end()
        try:
            self.done(result)
        finally:
            self._ended()

    def _ended(self) -> None:
        if self.ended is not None:
            self.ended()

    def _failed(self, error: BaseException) -> None:
        self._end()
        try:
            if isinstance(error, Cancelled):
                self.window.statusBar().showMessage(
                    self.tr("Cancelled; nothing was changed."), 5000
                )
            else:
                self.window.report_error(error)
        finally:
            self._ended()
