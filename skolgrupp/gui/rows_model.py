"""What the item models share: they show rows handed to them and never query anything, so they
are tested without a database (as Vorta's models are)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex


class HandedRows:
    """Mixed into a Qt item model before the Qt class: ``set_rows`` and the row count."""

    _rows: list[Any]

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()  # type: ignore[attr-defined]
        self._rows = list(rows)
        self.endResetModel()  # type: ignore[attr-defined]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, index: QModelIndex | QPersistentModelIndex) -> Any | None:
        """The row an index points to, or None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]
