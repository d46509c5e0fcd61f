"""Opening editors: one at a time, each from data read just before it opens, and deleted when
closed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from skolgrupp.gui.database import Database

if TYPE_CHECKING:
    from skolgrupp.core.domain import Record


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


def show_problem(parent: QWidget, text: str) -> None:
    """Tell the user why a form cannot be saved yet, as plain text."""
    box = QMessageBox(QMessageBox.Icon.Warning, parent.windowTitle(), text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def fill_goals(goals_list: QListWidget, goals: list[dict[str, Any]], linked: set[str]) -> None:
    """The goals a record can serve, each with a box ticked when it is linked already."""
    for goal in goals:
        item = QListWidgetItem(f"{goal['code']} {goal['title']}".strip())
        item.setData(Qt.ItemDataRole.UserRole, goal["id"])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(
            Qt.CheckState.Checked if goal["id"] in linked else Qt.CheckState.Unchecked
        )
        goals_list.addItem(item)


def goal_link_changes(
    goals_list: QListWidget, links: dict[str, Record], make: Callable[[str], Record]
) -> list[tuple[Record | None, Record | None]]:
    """Links to make for goals newly ticked (``make(goal_id)``) and to delete for goals no
    longer ticked; ``links`` are the existing ones by goal id."""
    changes: list[tuple[Record | None, Record | None]] = []
    for i in range(goals_list.count()):
        goal = goals_list.item(i)
        goal_id = goal.data(Qt.ItemDataRole.UserRole)
        checked = goal.checkState() == Qt.CheckState.Checked
        if checked and goal_id not in links:
            changes.append((None, make(goal_id)))
        elif not checked and goal_id in links:
            changes.append((links[goal_id], None))
    return changes


def choose_save_path(
    parent: QWidget, title: str, suggested: Path, file_filter: str, owner: Any
) -> Path | None:
    """Ask where to save, starting from ``suggested``; its extension is added to a name
    without it, asking then before replacing a file the save dialog did not ask about."""
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != suggested.suffix.lower():
        target = target.with_name(target.name + suggested.suffix)
        if target.exists() and not may_replace(parent, title, target, owner):
            return None
    return target


def may_replace(parent: QWidget, title: str, target: Path, owner: Any) -> bool:
    """Ask before writing over ``target``, which a save dialog did not ask about (it was
    given a name without the extension added after). The question is ``owner.question``
    while it is open."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        QApplication.translate(
            "dialogs", "{name} already exists. Do you want to replace it?"
        ).format(name=target.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    owner.question = box
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        owner.question = None
        box.deleteLater()


def notice_bar(parent: QWidget) -> tuple[QWidget, QHBoxLayout, QLabel]:
    """A hidden bar in the palette's tool-tip colours for a notice above the page, its row
    for buttons and its plain-text label, which takes the room the buttons leave."""
    bar = QWidget(parent)
    bar.setAutoFillBackground(True)
    bar.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
    row = QHBoxLayout(bar)
    row.setContentsMargins(6, 4, 6, 4)
    text = QLabel(bar)
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.setWordWrap(True)
    text.setForegroundRole(QPalette.ColorRole.ToolTipText)
    row.addWidget(text, 1)
    bar.hide()
    return bar, row, text
