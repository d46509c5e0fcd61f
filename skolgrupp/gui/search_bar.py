"""The search field: it searches after a pause in typing and shows only the newest answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QToolBar

from skolgrupp.gui import jobs

if TYPE_CHECKING:
    from skolgrupp.gui.main_window import MainWindow

SEARCH_DELAY_MS = 150  # wait for a pause in typing before searching
SEARCH_LIMIT = 100


class SearchBar(QObject):
    searched = Signal()  # the hits for the latest typed text are shown (or none are wanted)

    def __init__(self, window: MainWindow, *, leave: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.leave = leave  # back to what was shown before searching
        self.field = QLineEdit(window)
        self.field.setPlaceholderText(self.tr("Search the workspace…"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setClearButtonEnabled(True)
        self.field.setMaximumWidth(420)
        self.field.setAcceptDrops(False)  # a file dropped here opens, as anywhere
        self.field.textChanged.connect(lambda _: self.timer.start())
        toolbar = QToolBar(self.tr("Search"), window)
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(self.field)
        window.addToolBar(toolbar)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self._searches = 0  # only the answer to the latest search is shown
        find = QAction(window)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(lambda: self.field.setFocus(Qt.FocusReason.ShortcutFocusReason))
        window.addAction(find)

    @property
    def active(self) -> bool:
        return bool(self.field.text().strip())

    def search(self) -> None:
        text, window = self.field.text(), self.window
        self._searches += 1
        number = self._searches
        if not text.strip() or window.path is None:
            self.leave()
            window.statusBar().clearMessage()
            self.searched.emit()
            return
        window.database.call(
            lambda ws: jobs.search(ws, text, limit=SEARCH_LIMIT),
            lambda hits: self._show_hits(number, hits),
            window.report_error,
        )

    def _show_hits(self, number: int, hits) -> None:
        if number != self._searches:
            return  # the user has typed more since
        window = self.window
        window.search_results.results.set_rows(hits)
        window.pages.setCurrentWidget(window.search_results)
        window.statusBar().showMessage(self.tr("{count} hits").format(count=len(hits)))
        self.searched.emit()
