"""New cycle, Change cycle, research lessons and observing, for the group on the page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from skolgrupp.gui import jobs
from skolgrupp.gui.dialogs import run_dialog
from skolgrupp.gui.undo import SaveRecords

if TYPE_CHECKING:
    from skolgrupp.gui.cycle_editor import CycleEditor, CycleForm
    from skolgrupp.gui.group_page import GroupPage
    from skolgrupp.gui.lesson_editor import LessonEditor, LessonForm
    from skolgrupp.gui.observation_mode import ObservationForm, ObservationMode


class CyclePlanning(QObject):
    def __init__(self, page: GroupPage) -> None:
        super().__init__(page)
        self.page = page
        self.editor: CycleEditor | None = None  # for tests, which fill it in
        self.focus: tuple[str, str, str] | None = None  # where the next editor opens at
        view = page.cycles.ui
        view.newButton.clicked.connect(self.new_cycle)
        view.editButton.clicked.connect(self.edit_cycle)
        page.cycles.ui.cyclesList.itemActivated.connect(
            lambda *_: self.edit_cycle() if page.editable else None
        )
        self.lesson_editor: LessonEditor | None = None  # for tests, which fill it in
        view.lessonButton.clicked.connect(self.new_lesson)
        view.editLessonButton.clicked.connect(self.edit_lesson)
        self.observation: ObservationMode | None = None  # for tests, which observe
        view.observeButton.clicked.connect(self.observe)
        view.lessonsList.itemActivated.connect(
            lambda *_: self.edit_lesson() if page.editable else None
        )

    def new_cycle(self) -> None:
        self._edit(None)

    def edit_cycle(self) -> None:
        cycle_id = self.page.cycles.chosen_id()
        if cycle_id is not None:
            self._edit(cycle_id)

    def open_cycle(self, cycle_id: str, *, focus: tuple[str, str, str] | None = None) -> None:
        """Open the editor of the cycle ``cycle_id`` (a privacy finding leads there), at the
        record and field ``focus`` names."""
        self.focus = focus
        self._edit(cycle_id)

    def _edit(self, cycle_id: str | None) -> None:
        group_id = self.page.group_id
        if group_id is None:
            return
        self.page.dialogs.open(
            self.page.database,
            lambda ws: jobs.cycle_form(ws, group_id, cycle_id),
            self._show_editor,
            self.page.report_error,
        )

    def _show_editor(self, form: CycleForm) -> None:
        from skolgrupp.gui.cycle_editor import CycleEditor  # loaded when first used

        editor = CycleEditor(form, parent=self.page)
        editor.setWindowTitle(self.tr("New cycle") if form.cycle is None else self.tr("Cycle"))
        self.editor = editor
        focus, self.focus = self.focus, None
        if focus is not None:
            editor.show_record(*focus)
        if not run_dialog(editor):
            return
        self.save(
            self.tr("New cycle") if form.cycle is None else self.tr("Change cycle"),
            editor.changes(),
        )

    def new_lesson(self) -> None:
        cycle_id = self.page.cycles.chosen_id()
        if cycle_id is not None:
            self._edit_lesson(cycle_id, None)

    def edit_lesson(self) -> None:
        cycle_id = self.page.cycles.chosen_id()
        lesson_id = self.page.cycles.chosen_lesson_id()
        if cycle_id is not None and lesson_id is not None:
            self._edit_lesson(cycle_id, lesson_id)

    def open_lesson(
        self, cycle_id: str, lesson_id: str, *, focus: tuple[str, str, str] | None = None
    ) -> None:
        """Open the editor of a research lesson (a privacy finding leads there), at the
        record and field ``focus`` names."""
        self.focus = focus
        self._edit_lesson(cycle_id, lesson_id)

    def _edit_lesson(self, cycle_id: str, lesson_id: str | None) -> None:
        self.page.dialogs.open(
            self.page.database,
            lambda ws: jobs.lesson_form(ws, cycle_id, lesson_id),
            self._show_lesson_editor,
            self.page.report_error,
        )

    def _show_lesson_editor(self, form: LessonForm) -> None:
        from skolgrupp.gui.lesson_editor import LessonEditor  # loaded when first used

        editor = LessonEditor(form, parent=self.page)
        self.lesson_editor = editor
        focus, self.focus = self.focus, None
        if focus is not None:
            editor.show_record(*focus)
        if not run_dialog(editor):
            return
        self.save(
            self.tr("New research lesson") if form.is_new else self.tr("Change research lesson"),
            editor.changes(),
        )

    def observe(self) -> None:
        lesson_id = self.page.cycles.chosen_lesson_id()
        if lesson_id is not None:
            self.observe_lesson(lesson_id)

    def observe_lesson(self, lesson_id: str, observer_id: str | None = None) -> None:
        """Observe the research lesson ``lesson_id``, as ``observer_id`` (whose notes a privacy
        finding is in) or as whoever writes reflections on this computer."""
        self.page.dialogs.open(
            self.page.database,
            lambda ws: jobs.observation_form(ws, lesson_id),
            lambda form: self._show_observation(form, observer_id),
            self.page.report_error,
        )

    def _show_observation(self, form: ObservationForm, observer_id: str | None = None) -> None:
        from skolgrupp.gui.observation_mode import ObservationMode  # loaded when first used

        # Whoever writes reflections on this computer is most likely the one observing.
        me = observer_id or self.page.settings.value("reflectionAuthor")
        mode = ObservationMode(form, observer_id=str(me) if me else None, parent=self.page)
        self.observation = mode
        if run_dialog(mode):
            self.save(self.tr("Observations"), mode.changes())

    def save(self, text: str, changes) -> None:
        if changes:
            self.page.undo_stack.push(
                SaveRecords(
                    text,
                    self.page.database,
                    changes,
                    changed=self.page.refresh,
                    failed=self.page.save_failed,
                )
            )
