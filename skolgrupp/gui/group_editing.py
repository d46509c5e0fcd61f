"""New group, Edit group, People and schools: read what the editor needs, show it, and save
its changes as one undoable step."""

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
    from skolgrupp.gui.group_editor import GroupEditor, GroupForm
    from skolgrupp.gui.main_window import MainWindow
    from skolgrupp.gui.people_editor import PeopleAndSchools, PeopleForm
    from skolgrupp.gui.people_import import PeopleImport


class GroupEditing(QObject):
    def __init__(self, window: MainWindow, saved: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.saved = saved  # told the id of the group saved, to show it
        self.editor: GroupEditor | PeopleAndSchools | PeopleImport | None = None

    def new_group(self) -> None:
        self._edit(None)

    def edit_group(self) -> None:
        group_id = self.window.group_page.group_id
        if group_id is not None:
            self._edit(group_id)

    def people_and_schools(self) -> None:
        self.window.group_page.dialogs.open(
            self.window.database,
            jobs.people_form,
            self._show_people_editor,
            self.window.report_error,
        )

    def _show_people_editor(self, form: PeopleForm) -> None:
        from skolgrupp.gui.people_editor import PeopleAndSchools  # loaded when first used

        editor = PeopleAndSchools(form, parent=self.window)
        self.editor = editor
        if not run_dialog(editor):
            return
        changes = editor.changes()
        if changes:
            self._push(self.tr("Change people and schools"), changes, None)

    def import_people(self, source: Path | None = None) -> None:
        """Add people from a spreadsheet (CSV) after a preview of every row."""
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import people"),
                str(Path.home()),
                self.tr("Spreadsheets saved as CSV (*.csv *.txt);;All files (*)"),
            )
            if not name:
                return
            source = Path(name)
        chosen = source
        self.window.group_page.dialogs.open(
            self.window.database,
            lambda ws: jobs.plan_people_import(ws, chosen),
            lambda plan: self._show_import(plan, chosen.name),
            self.window.report_error,
        )

    def _show_import(self, plan, file_name: str) -> None:
        from skolgrupp.gui.people_import import PeopleImport  # loaded when first used

        preview = PeopleImport(plan, file_name, parent=self.window)
        self.editor = preview  # for tests, which press Import
        if run_dialog(preview) and plan.people:
            changes = [(None, record) for record in [*plan.schools, *plan.people]]
            self._push(self.tr("Import people"), changes, None)

    def _push(self, text, changes, group_id: str | None) -> None:
        self.window.undo_stack.push(
            SaveRecords(
                text,
                self.window.database,
                changes,
                changed=lambda: self.saved(group_id or self.window.group_page.group_id or ""),
                failed=self.window.group_page.save_failed,
            )
        )

    def _edit(self, group_id: str | None) -> None:
        self.window.group_page.dialogs.open(
            self.window.database,
            lambda ws: jobs.group_form(ws, group_id),
            self._show_editor,
            self.window.report_error,
        )

    def _show_editor(self, form: GroupForm) -> None:
        from skolgrupp.gui.group_editor import GroupEditor  # loaded when first used

        editor = GroupEditor(form, today=self.window.group_page.today(), parent=self.window)
        editor.setWindowTitle(self.tr("New group") if form.group is None else self.tr("Group"))
        self.editor = editor  # for tests, which fill it in
        if not run_dialog(editor):
            return
        changes = editor.changes()
        if changes:
            text = self.tr("New group") if form.group is None else self.tr("Change group")
            self._push(text, changes, editor.group_id)
