"""A group's reflections, narrowed by who wrote them, the session, a goal and a period."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QWidget

from skolgrupp.core.labels import label
from skolgrupp.gui.forms.ui_reflections_view import Ui_ReflectionsView
from skolgrupp.gui.rows_model import HandedRows

REFLECTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ANY = None  # the filter value that narrows nothing


class ReflectionTableModel(HandedRows, QAbstractTableModel):
    """Plain rows of reflections."""

    COLUMNS = ("written_on", "author", "visibility", "session", "text")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        return (
            self.tr("Date"),
            self.tr("Written by"),
            self.tr("Who can read it"),
            self.tr("Session"),
            self.tr("Reflection"),
        )[section]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == REFLECTION_ID_ROLE:
            return row["id"]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        name = self.COLUMNS[index.column()]
        value = row.get(name) or ""
        if name == "visibility":
            return label(value)
        return " ".join(str(value).split())


class ReflectionsView(QWidget):
    """The list and its filters; the window fills the filters and reads them."""

    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReflectionsView()
        self.ui.setupUi(self)
        self.model = ReflectionTableModel(self)
        self.has_choices = False
        self.ui.list.setModel(self.model)
        for combo in (self.ui.authorFilter, self.ui.sessionFilter, self.ui.goalFilter):
            combo.currentIndexChanged.connect(lambda _: self.filters_changed.emit())
        for edit in (self.ui.fromDate, self.ui.toDate):
            edit.dateChanged.connect(lambda _: self.filters_changed.emit())

    def set_choices(self, people, sessions, goals, first: QDate, last: QDate) -> None:
        """Offer what the group's reflections can be narrowed by, keeping nothing narrowed."""
        ui = self.ui
        everyone = self.tr("Everyone")
        for combo, rows, text, key, all_text in (
            (ui.authorFilter, people, lambda p: p["name"], "person_id", everyone),
            (
                ui.sessionFilter,
                sessions,
                lambda s: f"{s['date']}  {s['title']}",
                "id",
                self.tr("All sessions"),
            ),
            (
                ui.goalFilter,
                goals,
                lambda g: f"{g['code']} {g['title']}".strip(),
                "id",
                self.tr("All goals"),
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, ANY)
            for row in rows:
                combo.addItem(text(row), row[key])
            combo.blockSignals(False)
        for edit, day in ((ui.fromDate, first), (ui.toDate, last)):
            edit.blockSignals(True)
            edit.setDate(day)
            edit.blockSignals(False)
        self.has_choices = True

    def filters(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "author_id": ui.authorFilter.currentData(),
            "session_id": ui.sessionFilter.currentData(),
            "goal_id": ui.goalFilter.currentData(),
            "first": ui.fromDate.date().toString("yyyy-MM-dd"),
            "last": ui.toDate.date().toString("yyyy-MM-dd"),
        }

    def show_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        view = self.ui.list
        for column in range(self.model.columnCount() - 2):  # date, author, who can read it
            view.resizeColumnToContents(column)
        # The session's title gets a fair share; the reflection's text takes the rest.
        fair = view.fontMetrics().averageCharWidth() * 32
        view.setColumnWidth(3, min(view.sizeHintForColumn(3), fair))
