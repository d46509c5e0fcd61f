"""One group's page: its overview, sessions and reflections, kept current as the user works."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QWidget

from skolgrupp.gui import jobs
from skolgrupp.gui.cycle_planning import CyclePlanning
from skolgrupp.gui.cycles_view import CyclesView
from skolgrupp.gui.database import Database
from skolgrupp.gui.dialogs import OneAtATime, run_dialog
from skolgrupp.gui.group_overview import GroupOverviewView
from skolgrupp.gui.reflections_view import ReflectionsView
from skolgrupp.gui.session_planning import SessionPlanning
from skolgrupp.gui.sessions_view import SessionsView
from skolgrupp.gui.undo import SaveRecords

if TYPE_CHECKING:
    from skolgrupp.core.overview import GroupOverview
    from skolgrupp.gui.reflection_editor import ReflectionChoices


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class GroupPage(QTabWidget):
    ready = Signal()  # the group's overview is shown
    reflections_shown = Signal()
    sessions_shown = Signal()
    cycles_shown = Signal()  # the board and the chosen cycle are shown
    place_shown = Signal()  # the row a privacy finding leads to is chosen (gui.places)

    def __init__(
        self,
        database: Database,
        undo_stack: QUndoStack,
        settings: QSettings,
        report_error: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.undo_stack = undo_stack
        self.settings = settings
        self.report_error = report_error
        self.group_id: str | None = None
        self.today = date.today  # the day the window works as of (tests fix it)
        self.dialogs = OneAtATime()  # shared by every editor the window opens
        self._loads = 0  # only the answers for the group shown now are used
        self.places_asked = 0  # only the place asked for last is gone to (gui.places)
        self.overview = GroupOverviewView(self)
        self.sessions = SessionsView(self)
        self.reflections = ReflectionsView(self)
        self.cycles = CyclesView(self)
        self.addTab(self.overview, self.tr("Overview"))
        self.addTab(self.sessions, self.tr("Sessions"))
        self.addTab(self.reflections, self.tr("Reflections"))
        self.addTab(self.cycles, self.tr("Cycles"))
        self.cycles.chosen.connect(self._load_cycle)
        self.cycle_planning = CyclePlanning(self)
        self.planning = SessionPlanning(self)
        self.sessions.ui.newButton.clicked.connect(self.planning.new_session)
        self.sessions.ui.editButton.clicked.connect(self.planning.edit_session)
        self.sessions.ui.meetingButton.clicked.connect(self.planning.meeting_mode)
        self.editable = True
        self.sessions.ui.sessionsList.itemActivated.connect(
            lambda *_: self.planning.edit_session() if self.editable else None
        )
        self.sessions.ui.exportButton.clicked.connect(lambda: self.planning.export_calendar())
        self.reflections.filters_changed.connect(self._load_reflections)
        self.reflections.ui.newButton.clicked.connect(self.new_reflection)

    def set_editable(self, editable: bool) -> None:
        """Offer changes only when the workspace can be changed."""
        self.editable = editable
        for button in (
            self.sessions.ui.newButton,
            self.sessions.ui.editButton,
            self.sessions.ui.meetingButton,
            self.reflections.ui.newButton,
            self.cycles.ui.newButton,
            self.cycles.ui.editButton,
            self.cycles.ui.lessonButton,
            self.cycles.ui.editLessonButton,
            self.cycles.ui.observeButton,
        ):
            button.setVisible(editable)

    def show_group(self, group_id: str) -> None:
        if group_id != self.group_id:
            self.reflections.has_choices = False  # another group: its whole term
        self.group_id = group_id
        self._loads += 1
        load = self._loads
        today = self.today()
        self.database.call(
            lambda ws: jobs.group_overview(ws, group_id, today),
            lambda overview: self._show_overview(load, overview),
            self.report_error,
        )
        self.database.call(
            lambda ws: jobs.sessions(ws, group_id),
            lambda rows: self._show_sessions(load, rows),
            self.report_error,
        )
        self.database.call(
            lambda ws: jobs.reflection_filters(ws, group_id, today),
            lambda choices: self._show_filters(load, choices),
            self.report_error,
        )
        self.database.call(
            lambda ws: jobs.cycle_board(ws, group_id),
            lambda rows: self._show_cycles(load, rows),
            self.report_error,
        )

    def refresh(self) -> None:
        """Read the group again after a change (a new reflection, an undo)."""
        if self.group_id is not None:
            self.show_group(self.group_id)

    def _show_overview(self, load: int, overview: GroupOverview) -> None:
        if load == self._loads:
            self.overview.show_overview(overview)
            self.ready.emit()

    def _show_sessions(self, load: int, rows) -> None:
        if load == self._loads:
            self.sessions.show_sessions(rows, today=self.today())
            self.sessions_shown.emit()

    def _show_cycles(self, load: int, rows) -> None:
        if load == self._loads:
            self.cycles.show_cycles(rows)
            if not rows:
                self.cycles_shown.emit()

    def _load_cycle(self, cycle_id: str) -> None:
        load = self._loads
        self.database.call(
            lambda ws: jobs.cycle_detail(ws, cycle_id),
            lambda detail: self._show_cycle(load, detail),
            self.report_error,
        )

    def _show_cycle(self, load: int, detail) -> None:
        if load == self._loads:
            self.cycles.show_detail(detail)
            self.cycles_shown.emit()

    def _show_filters(self, load: int, choices: dict[str, Any]) -> None:
        if load != self._loads:
            return
        filters = self.reflections.filters()
        first, last = _qdate(choices["first"]), _qdate(choices["last"])
        if self.reflections.has_choices:  # a refresh keeps the period the user chose
            first, last = self.reflections.ui.fromDate.date(), self.reflections.ui.toDate.date()
        people = list({p["person_id"]: p for p in choices["people"]}.values())  # once each
        self.reflections.set_choices(people, choices["sessions"], choices["goals"], first, last)
        for combo, key in (
            (self.reflections.ui.authorFilter, "author_id"),
            (self.reflections.ui.sessionFilter, "session_id"),
            (self.reflections.ui.goalFilter, "goal_id"),
        ):
            combo.setCurrentIndex(max(combo.findData(filters[key]), 0))
        self._load_reflections()

    def _load_reflections(self) -> None:
        group_id, load, filters = self.group_id, self._loads, self.reflections.filters()
        if group_id is None:
            return
        self.database.call(
            lambda ws: jobs.reflections(ws, group_id, filters),
            lambda rows: self._show_reflections(load, rows),
            self.report_error,
        )

    def _show_reflections(self, load: int, rows) -> None:
        if load == self._loads:
            self.reflections.show_rows(rows)
            self.reflections_shown.emit()

    # -- writing a reflection ---------------------------------------------------------------

    def new_reflection(self) -> None:
        if self.group_id is not None:
            self.dialogs.open(
                self.database, jobs.reflection_choices, self._write_reflection, self.report_error
            )

    def _write_reflection(self, choices: ReflectionChoices) -> None:
        from skolgrupp.gui.reflection_editor import ReflectionEditor  # loaded when first used

        author = self.settings.value("reflectionAuthor")
        editor = ReflectionEditor(
            choices,
            group_id=self.group_id or "",
            author_id=str(author) if author else None,
            today=self.today(),
            parent=self,
        )
        editor.setWindowTitle(self.tr("New reflection"))
        self.editor = editor  # for tests, which fill it in
        if not run_dialog(editor):
            return
        self.settings.setValue("reflectionAuthor", editor.author_id)
        records = editor.records()
        self.undo_stack.push(
            SaveRecords(
                self.tr("New reflection"),
                self.database,
                [(None, record) for record in records],
                changed=self.refresh,
                failed=self.save_failed,
            )
        )

    def save_failed(self, error: BaseException) -> None:
        # What the stack remembers no longer matches the file: start it afresh.
        self.undo_stack.clear()
        self.report_error(error)
