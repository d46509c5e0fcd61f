"""New session, Change session and Export to calendar, for the group on the page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from skolgrupp.gui import jobs
from skolgrupp.gui.dialogs import run_dialog
from skolgrupp.gui.undo import SaveRecords

if TYPE_CHECKING:
    from skolgrupp.gui.group_page import GroupPage
    from skolgrupp.gui.meeting_mode import MeetingForm, MeetingMode
    from skolgrupp.gui.session_editor import SessionEditor, SessionForm


class SessionPlanning(QObject):
    def __init__(self, page: GroupPage) -> None:
        super().__init__(page)
        self.page = page
        self.editor: SessionEditor | None = None
        self.meeting: MeetingMode | None = None

    def new_session(self) -> None:
        self._edit(None)

    def edit_session(self) -> None:
        session_id = self.page.sessions.chosen_id()
        if session_id is not None:
            self._edit(session_id)

    def open_session(self, session_id: str) -> None:
        """Open the editor of the session ``session_id`` (a privacy finding leads there)."""
        self._edit(session_id)

    def _edit(self, session_id: str | None) -> None:
        group_id = self.page.group_id
        if group_id is None:
            return
        self.page.dialogs.open(
            self.page.database,
            lambda ws: jobs.session_form(ws, group_id, session_id),
            self._show_editor,
            self.page.report_error,
        )

    def _show_editor(self, form: SessionForm) -> None:
        from skolgrupp.gui.session_editor import SessionEditor  # loaded when first used

        editor = SessionEditor(form, today=self.page.today(), parent=self.page)
        editor.setWindowTitle(
            self.tr("New session") if form.session is None else self.tr("Session")
        )
        self.editor = editor  # for tests, which fill it in
        if not run_dialog(editor):
            return
        changes = editor.changes()
        if changes:
            self.page.undo_stack.push(
                SaveRecords(
                    self.tr("New session") if form.session is None else self.tr("Change session"),
                    self.page.database,
                    changes,
                    changed=self.page.refresh,
                    failed=self.page.save_failed,
                )
            )

    def meeting_mode(self) -> None:
        session_id = self.page.sessions.chosen_id()
        if session_id is not None:
            self.open_meeting(session_id)

    def open_meeting(
        self, session_id: str, prepare: Callable[[MeetingMode], None] | None = None
    ) -> None:
        """Open meeting mode for the session ``session_id``; ``prepare`` may choose what it
        shows first (the agenda item whose minutes a privacy finding is in)."""
        self.page.dialogs.open(
            self.page.database,
            lambda ws: jobs.meeting_form(ws, session_id),
            lambda form: self._show_meeting(form, prepare),
            self.page.report_error,
        )

    def _show_meeting(
        self, form: MeetingForm, prepare: Callable[[MeetingMode], None] | None = None
    ) -> None:
        def save(text: str, changes) -> None:
            self.page.undo_stack.push(
                SaveRecords(
                    text,
                    self.page.database,
                    changes,
                    changed=self.page.refresh,
                    failed=self.page.save_failed,
                )
            )

        from skolgrupp.gui.meeting_mode import MeetingMode  # loaded when first used

        meeting = MeetingMode(form, save=save, today=self.page.today(), parent=self.page)
        self.meeting = meeting  # for tests, which take part in the meeting
        if prepare is not None:
            prepare(meeting)
        meeting.showMaximized()
        run_dialog(meeting)

    def export_calendar(self, target: Path | None = None) -> None:
        group_id = self.page.group_id
        if group_id is None:
            return
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self.page,
                self.tr("Export planned sessions"),
                str(Path.home() / self.tr("sessions.ics")),
                self.tr("Calendar files (*.ics)"),
            )
            if not name:
                return
            target = Path(name)
        chosen = target
        self.page.database.call(
            lambda ws: jobs.export_calendar(ws, group_id, chosen),
            lambda count: (
                self.page.window()
                .statusBar()
                .showMessage(
                    self.tr("Exported {count} planned sessions to {name}.").format(
                        count=count, name=chosen.name
                    ),
                    8000,
                )
            ),
            self.page.report_error,
        )
