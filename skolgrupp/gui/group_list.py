"""The list of groups to navigate by, each with its subject's icon."""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from skolgrupp.resources import resource_path

GROUP_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBJECTS = ("reading", "maths", "special_support", "other")


@cache
def subject_icon(subject: str) -> QIcon:
    name = subject if subject in SUBJECTS else "other"
    return QIcon(str(resource_path("icons", f"subject-{name}.svg")))


class GroupListModel(QAbstractListModel):
    """Plain rows of groups (id, name, subject, ...); it never queries anything itself."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
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
