"""The list of groups to navigate by, each with its subject's icon."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from skolgrupp.gui.rows_model import HandedRows
from skolgrupp.resources import resource_path

GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBJECTS = ("reading", "maths", "special_support", "other")


@cache
def subject_icon(subject: str) -> QIcon:
    name = subject if subject in SUBJECTS else "other"
    return QIcon(str(resource_path("icons", f"subject-{name}.svg")))


class GroupListModel(HandedRows, QAbstractListModel):
    """Plain rows of groups (id, name, subject, ...)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row["name"]
        if role == Qt.ItemDataRole.DecorationRole:
            return subject_icon(row["subject"])
        if role == GROUP_ID_ROLE:
            return row["id"]
        return None

    def row_of(self, group_id: str) -> int:
        for i, row in enumerate(self._rows):
            if row["id"] == group_id:
                return i
        return -1
