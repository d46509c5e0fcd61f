"""Opening editors: one at a time, each from data read just before it opens, and deleted when
closed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog

from skolgrupp.gui.database import Database


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` and wait for it; True when the user saved. The dialog is deleted after."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


class OneAtATime:
    """Asks the database for an editor's data and opens the editor, ignoring further requests
    until it is closed: two editors started from the same data would undo each other's work."""

    def __init__(self) -> None:
        self._busy = False

    def open(
        self,
        database: Database,
        read: Callable[[Any], Any],
        show: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        if self._busy:
            return
        self._busy = True

        def done(data: Any) -> None:
            try:
                show(data)
            finally:
                self._busy = False

        def error(exception: BaseException) -> None:
            self._busy = False
            failed(exception)

        database.call(read, done, error)
