"""Long database work with a progress dialog the user can cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog

from skolgrupp.core.progress import Cancelled, Progress

if TYPE_CHECKING:
    from skolgrupp.core.workspace import Workspace
    from skolgrupp.gui.main_window import MainWindow

SHOW_AFTER_MS = 400  # quick work finishes without a dialog flashing by


class _Reports(QObject):
    """Carries the database thread's reports to the dialog on the main thread."""

    reported = Signal(int, int)


def run_with_progress(
    window: MainWindow,
    label: str,
    work: Callable[[Workspace, Progress], Any],
    done: Callable[[Any], None],
) -> QProgressDialog:
    """Run ``work(workspace, progress)`` on the database thread with a dialog that shows how
    far it has come and offers to cancel it. A cancelled run ends with a note in the status
    bar; any other error goes to the window's error handling."""
    dialog = QProgressDialog(window)
    dialog.setWindowTitle("Skolgrupp")
    dialog.setLabelText(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setRange(0, 0)  # until the first report says how much there is
    reports = _Reports(dialog)
    progress = Progress(reports.reported.emit)

    def reported(finished: int, total: int) -> None:
        if not progress.cancelled:
            dialog.setRange(0, total)
            dialog.setValue(finished)

    def cancel() -> None:
        progress.cancel()
        dialog.setLabelText(window.tr("Stopping…"))

    def end() -> None:
        dialog.reset()
        dialog.close()
        dialog.deleteLater()

    def succeeded(result: Any) -> None:
        end()
        done(result)

    def failed(error: BaseException) -> None:
        end()
        if isinstance(error, Cancelled):
            window.statusBar().showMessage(window.tr("Cancelled; nothing was changed."), 5000)
        else:
            window.report_error(error)

    reports.reported.connect(reported)
    dialog.canceled.connect(cancel)
    window.database.call(lambda workspace: work(workspace, progress), succeeded, failed)
    return dialog
