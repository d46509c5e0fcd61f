"""Errors shown to the user: storage problems as a clear message, anything else as a bug
report the user can copy. Neither ever shows or logs what the user wrote."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from skolgrupp import __version__
from skolgrupp.core.errors import WorkspaceError


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user what went wrong: a plain message for a storage problem, a report to
    copy for a bug."""
    if isinstance(error, WorkspaceError):
        box = QMessageBox(QMessageBox.Icon.Warning, "Skolgrupp", error.message, parent=parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
    else:
        show_bug_report(parent, error)


def bug_report(error: BaseException) -> str:
    """Where in the program the error happened, without the error's message: a message can
    quote what the user wrote, a traceback's file and line numbers cannot."""
    import platform
    import traceback

    lines = [f"Skolgrupp {__version__}, Python {platform.python_version()}, {platform.platform()}"]
    seen: BaseException | None = error
    for _ in range(5):  # the error and what caused it
        if seen is None:
            break
        lines.append(f"{type(seen).__module__}.{type(seen).__qualname__}")
        for frame in traceback.extract_tb(seen.__traceback__):
            # Only the file's place in the program: a full path can hold the user's name.
            where = frame.filename.replace("\\", "/").rsplit("/skolgrupp/", 1)[-1]
            lines.append(
                f"  {where.rsplit('/', 1)[-1] if where == frame.filename else where}"
                f":{frame.lineno} in {frame.name}"
            )
        seen = seen.__cause__ or seen.__context__
    return "\n".join(lines)


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
