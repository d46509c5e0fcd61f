"""Errors shown to the user: storage problems as a clear message, anything else as a bug
report the user can copy. Neither ever shows or logs what the user wrote."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from skolgrupp.core.errors import WorkspaceError, bug_report


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong: a plain message for a storage problem, a report to
    copy for a bug."""
    if isinstance(error, WorkspaceError):
        box = QMessageBox(QMessageBox.Icon.Warning, "Skolgrupp", error.message, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
    else:
        show_bug_report(parent, error)


def show_bug_report(parent: QWidget | None, error: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Skolgrupp", "", parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QApplication.translate(
            "errors",
            "Something went wrong in Skolgrupp. Your workspace is safe: everything saved before "
            "is still there. Please send the report below to whoever supports Skolgrupp for you.",
        )
    )
    box.setDetailedText(bug_report(error))
    box.exec()


def install_excepthook(parent_of_dialog) -> None:
    """Show unexpected errors from Qt's event loop as a bug report instead of losing them."""

    def hook(kind, error, tb) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        show_error(parent_of_dialog(), error)

    sys.excepthook = hook
