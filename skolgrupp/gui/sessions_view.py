"""A group's sessions, week by week (Swedish schools plan by ISO week number)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from skolgrupp.core.labels import label
from skolgrupp.gui.forms.ui_sessions_view import Ui_SessionsView

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole


class SessionsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionsView()
        self.ui.setupUi(self)
        self.ui.sessionsList.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def show_sessions(self, rows: list[dict[str, Any]], *, today: date) -> None:
        """Sessions under their weeks; the current or next week open, the session after today
        chosen."""
        tree, locale = self.ui.sessionsList, QLocale()
        chosen = self.chosen_id()
        tree.clear()
        weeks: dict[tuple[int, int], QTreeWidgetItem] = {}
        next_item = None
        for row in rows:
            day = date.fromisoformat(row["date"])
            year, week, _ = day.isocalendar()
            parent = weeks.get((year, week))
            if parent is None:
                parent = QTreeWidgetItem(
                    [self.tr("Week {week}, {year}").format(week=week, year=year)]
                )
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                weeks[(year, week)] = parent
                tree.addTopLevelItem(parent)
            when = locale.toString(QDate(day.year, day.month, day.day), "dddd d MMMM")
            item = QTreeWidgetItem([when, row["start_time"], row["title"], label(row["status"])])
            item.setData(0, SESSION_ID_ROLE, row["id"])
            parent.addChild(item)
            if row["id"] == chosen or (chosen is None and next_item is None and day >= today):
                next_item = item
        for parent in weeks.values():
            parent.setExpanded(True)
        if next_item is not None:
            tree.setCurrentItem(next_item)
            tree.scrollToItem(next_item)
        for column in range(3):
            tree.resizeColumnToContents(column)
        self._update_buttons()

    def chosen_id(self) -> str | None:
        item = self.ui.sessionsList.currentItem()
        return item.data(0, SESSION_ID_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.chosen_id() is not None
        self.ui.editButton.setEnabled(chosen)
        self.ui.meetingButton.setEnabled(chosen)
