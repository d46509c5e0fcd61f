"""Plan and document a research lesson: when and by whom, its phases with the group's
predictions per case pupil, who observes whom, the case-pupil interviews afterwards, and the
test results. Everything is saved together as one step the user can undo."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from skolgrupp.core.domain import (
    CasePupil,
    ClassResult,
    Interview,
    LessonPhase,
    Observation,
    ObserverAssignment,
    Prediction,
    Record,
    ResearchLesson,
    TestItem,
    TestKind,
    TestScore,
)
from skolgrupp.core.labels import label
from skolgrupp.gui.dialogs import show_problem
from skolgrupp.gui.forms.ui_lesson_editor import Ui_LessonEditor
from skolgrupp.gui.privacy_watch import Known, PrivacyWatch

ID_ROLE = Qt.ItemDataRole.UserRole
Change = tuple[Record | None, Record | None]


@dataclass
class LessonForm:
    cycle_title: str
    lesson: ResearchLesson
    is_new: bool
    phases: list[LessonPhase]  # for a new lesson: copied from the lesson before, not saved yet
    pupils: list[CasePupil]
    members: list[dict[str, Any]]  # person_id, name
    predictions: list[Prediction]
    assignments: list[ObserverAssignment]
    interviews: list[Interview]
    items: list[TestItem]
    scores: list[TestScore]
    class_results: list[ClassResult]
    observations: list[Observation]  # deleted with a phase, and back with it on undo
    known: Known = dataclasses.field(default_factory=Known)


def _cell(text: str, record_id: str | None = None, *, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if record_id is not None:
        item.setData(ID_ROLE, record_id)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


_DECIMAL = re.compile(r"[0-9]{1,4}([.,][0-9]{1,2})?")
_WHOLE = re.compile(r"[0-9]{1,4}")


def _number(text: str) -> float | None:
    """A score like 1, 0.5 or 1,5 (a Swedish decimal comma too); None when it is not one."""
    text = text.strip()
    return float(text.replace(",", ".")) if _DECIMAL.fullmatch(text) else None


def _whole(text: str) -> int | None:
    """A count or a number of minutes: digits only, at most four."""
    text = text.strip()
    return int(text) if _WHOLE.fullmatch(text) else None


class LessonEditor(QDialog):
    def __init__(self, form: LessonForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_LessonEditor()
        ui.setupUi(self)
        self.form = form
        self.lesson = dataclasses.replace(form.lesson)
        self.phases = {p.id: dataclasses.replace(p) for p in form.phases}
        lesson = self.lesson
        self.setWindowTitle(
            self.tr("Research lesson {n}: {cycle}").format(
                n=lesson.iteration, cycle=form.cycle_title
            )
        )
        if lesson.date:
            day = date.fromisoformat(lesson.date)
            ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        else:
            ui.dateEdit.setDate(QDate.currentDate())
        ui.teacherCombo.addItem(self.tr("Not decided yet"), None)
        for member in form.members:
            ui.teacherCombo.addItem(member["name"], member["person_id"])
        ui.teacherCombo.setCurrentIndex(max(ui.teacherCombo.findData(lesson.teacher_id), 0))
        ui.classEdit.setText(lesson.class_name)
        ui.planEdit.setPlainText(lesson.plan)
        ui.revisionEdit.setPlainText(lesson.revision)
        ui.discussionEdit.setPlainText(lesson.discussion)
        self._fill_plan()
        self._fill_observers()
        self._fill_interviews()
        for test in TestKind:
            ui.testCombo.addItem(label(test), test)
        self.scores = {s.id: s for s in form.scores}
        self.class_results = {r.id: r for r in form.class_results}
        self._entered: dict[str, dict[tuple[int, int], str]] = {}  # test -> cell -> text
        self._fill_scores()
        self._shown_test = self._test()
        ui.testCombo.currentIndexChanged.connect(lambda _: self._switch_test())
        ui.phaseAddButton.clicked.connect(self._add_phase)
        ui.phaseRemoveButton.clicked.connect(lambda: self._remove_row(ui.planTable))
        ui.phaseUpButton.clicked.connect(lambda: self._move_phase(-1))
        ui.phaseDownButton.clicked.connect(lambda: self._move_phase(1))
        ui.interviewAddButton.clicked.connect(self._add_interview)
        ui.interviewRemoveButton.clicked.connect(lambda: self._remove_row(ui.interviewsTable))
        self.privacy = watch = PrivacyWatch(self, ui.mainLayout, form.known)
        predicted = (self.tr("Predictions"), watch.check_for("prediction", "text"))
        watch.watch_table(
            ui.planTable,
            {
                0: (self.tr("Phases"), watch.check_for("lesson_phase", "title")),
                **{c: predicted for c in range(2, ui.planTable.columnCount())},
            },
        )
        interviews = self.tr("Interviews")
        watch.watch_table(
            ui.interviewsTable,
            {
                1: (interviews, watch.check_for("interview", "question")),
                2: (interviews, watch.check_for("interview", "answer")),
            },
        )
        for edit, buddy, name in (
            (ui.planEdit, ui.planLabel, "plan"),
            (ui.revisionEdit, ui.revisionLabel, "revision"),
            (ui.discussionEdit, ui.discussionLabel, "discussion"),
        ):
            watch.watch_field(edit, buddy, "research_lesson", name)
        watch.start()

    def show_record(self, kind: str, record_id: str, field_name: str) -> None:
        """Show the tab and cell that hold a record's text (a privacy finding leads here)."""
        ui = self.ui
        if kind == "interview":
            ui.tabs.setCurrentWidget(ui.interviewsTab)
            table, column = ui.interviewsTable, 2 if field_name == "answer" else 1
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                if item is not None and item.data(ID_ROLE) == record_id:
                    table.setCurrentCell(row, column)
                    table.setFocus()
            return
        if kind in ("lesson_phase", "prediction"):
            ui.tabs.setCurrentWidget(ui.planTab)
            table = ui.planTable
            for row in range(table.rowCount()):
                phase_id = table.item(row, 0).data(ID_ROLE) if table.item(row, 0) else None
                if kind == "lesson_phase" and phase_id == record_id:
                    table.setCurrentCell(row, 0)
                for column, pupil in enumerate(self.form.pupils, start=2):
                    if phase_id and Prediction.id_for(phase_id, pupil.id) == record_id:
                        table.setCurrentCell(row, column)
            table.setFocus()
            return
        ui.tabs.setCurrentWidget(ui.lessonTab)
        edits = {"plan": ui.planEdit, "revision": ui.revisionEdit}
        edits.get(field_name, ui.discussionEdit).setFocus()

    # -- plan and predictions ---------------------------------------------------------------

    def _fill_plan(self) -> None:
        table, form = self.ui.planTable, self.form
        headers = [self.tr("Phase"), self.tr("Minutes")] + [p.label for p in form.pupils]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        predicted = {(p.phase_id, p.pupil_id): p.text for p in form.predictions}
        for phase in form.phases:
            row = table.rowCount()
            table.insertRow(row)
            table.setItem(row, 0, _cell(phase.title, phase.id))
            table.setItem(row, 1, _cell(str(phase.duration_min)))
            for column, pupil in enumerate(form.pupils, start=2):
                table.setItem(row, column, _cell(predicted.get((phase.id, pupil.id), "")))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(0, 200)
        table.setColumnWidth(1, 70)
        for column in range(2, table.columnCount()):
            table.setColumnWidth(column, 180)
        table.verticalHeader().setVisible(False)
        table.resizeRowsToContents()

    def _add_phase(self) -> None:
        table = self.ui.planTable
        phase = LessonPhase(lesson_id=self.lesson.id, title=self.tr("New phase"), duration_min=10)
        self.phases[phase.id] = phase
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, _cell(phase.title, phase.id))
        table.setItem(row, 1, _cell("10"))
        for column in range(2, table.columnCount()):
            table.setItem(row, column, _cell(""))
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))

    def _move_phase(self, step: int) -> None:
        table = self.ui.planTable
        row = table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        items = [table.takeItem(row, c) for c in range(table.columnCount())]
        others = [table.takeItem(target, c) for c in range(table.columnCount())]
        for column, (mine, theirs) in enumerate(zip(items, others, strict=True)):
            table.setItem(target, column, mine)
            table.setItem(row, column, theirs)
        table.setCurrentCell(target, table.currentColumn())

    @staticmethod
    def _remove_row(table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    # -- observers --------------------------------------------------------------------------

    def _fill_observers(self) -> None:
        table, form = self.ui.observersTable, self.form
        table.setColumnCount(len(form.pupils))
        table.setHorizontalHeaderLabels([p.label for p in form.pupils])
        table.setRowCount(len(form.members))
        table.setVerticalHeaderLabels([m["name"] for m in form.members])
        watching = {(a.person_id, a.pupil_id) for a in form.assignments}
        for row, member in enumerate(form.members):
            for column, pupil in enumerate(form.pupils):
                cell = _cell("", editable=False)
                cell.setFlags(cell.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                checked = (member["person_id"], pupil.id) in watching
                cell.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                cell.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    self.tr("{observer} watches {pupil}").format(
                        observer=member["name"], pupil=pupil.label
                    ),
                )
                table.setItem(row, column, cell)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    # -- interviews -------------------------------------------------------------------------

    def _fill_interviews(self) -> None:
        table = self.ui.interviewsTable
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels(
            [self.tr("Case pupil"), self.tr("Question"), self.tr("Answer")]
        )
        for interview in self.form.interviews:
            self._interview_row(
                interview.pupil_id, interview.question, interview.answer, interview.id
            )
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)

    def _interview_row(
        self, pupil_id: str, question: str, answer: str, record_id: str | None
    ) -> int:
        table = self.ui.interviewsTable
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox(table)
        combo.setAccessibleName(self.tr("Case pupil"))
        for pupil in self.form.pupils:
            combo.addItem(pupil.label, pupil.id)
        combo.setCurrentIndex(max(combo.findData(pupil_id), 0))
        table.setCellWidget(row, 0, combo)
        table.setItem(row, 0, _cell("", record_id, editable=False))
        table.setItem(row, 1, _cell(question))
        table.setItem(row, 2, _cell(answer))
        return row

    def _add_interview(self) -> None:
        if not self.form.pupils:
            return
        table = self.ui.interviewsTable
        current = table.currentRow()
        pupil_id = self.form.pupils[0].id
        if current >= 0:
            combo = table.cellWidget(current, 0)
            if isinstance(combo, QComboBox):
                pupil_id = combo.currentData()
        row = self._interview_row(pupil_id, self.tr("How did you think?"), "", None)
        table.setCurrentCell(row, 1)
        table.editItem(table.item(row, 1))

    # -- test results -----------------------------------------------------------------------

    def _test(self) -> str:
        return str(self.ui.testCombo.currentData() or TestKind.PRE)

    def _fill_scores(self) -> None:
        table, form = self.ui.scoresTable, self.form
        test = self._test()
        headers = [p.label for p in form.pupils] + [
            self.tr("Class: solved"),
            self.tr("Class: pupils"),
        ]
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(form.items))
        table.setVerticalHeaderLabels([f"{item.text} ({item.max_score:g})" for item in form.items])
        entered = self._entered.get(test, {})
        for row, item in enumerate(form.items):
            for column, pupil in enumerate(form.pupils):
                score = self.scores.get(TestScore.id_for(self.lesson.id, item.id, pupil.id, test))
                text = f"{score.score:g}" if score else ""
                table.setItem(row, column, _cell(entered.get((row, column), text)))
            result = self.class_results.get(ClassResult.id_for(self.lesson.id, item.id, test))
            base = len(form.pupils)
            for offset, value in enumerate((result.correct, result.pupils) if result else ("", "")):
                cell = (row, base + offset)
                table.setItem(row, base + offset, _cell(entered.get(cell, str(value))))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def _remember_scores(self, test: str) -> None:
        table = self.ui.scoresTable
        self._entered[test] = {
            (row, column): table.item(row, column).text()
            for row in range(table.rowCount())
            for column in range(table.columnCount())
            if table.item(row, column) is not None
        }

    def _switch_test(self) -> None:
        self._remember_scores(self._shown_test)
        self._shown_test = self._test()
        self._fill_scores()

    # -- saving -----------------------------------------------------------------------------

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            show_problem(self, problem)
            return
        if self.privacy.confirm_save():
            super().accept()

    def _all_entered(self) -> dict[str, dict[tuple[int, int], str]]:
        self._remember_scores(self._test())
        return self._entered

    def _problem(self) -> str:
        table = self.ui.planTable
        for row in range(table.rowCount()):
            minutes = table.item(row, 1).text().strip() if table.item(row, 1) else ""
            if minutes and _whole(minutes) is None:
                self.ui.tabs.setCurrentIndex(1)
                return self.tr("Minutes must be a whole number: {text}").format(text=minutes)
        pupils = len(self.form.pupils)
        for test, cells in self._all_entered().items():
            for (row, column), text in cells.items():
                value = _number(text) if column < pupils else _whole(text)
                if text.strip() and value is None:
                    self.ui.tabs.setCurrentIndex(4)
                    return self.tr("{text} is not a number ({test}).").format(
                        text=text, test=label(test)
                    )
                most = self.form.items[row].max_score
                if value is not None and column < pupils and value > most:
                    self.ui.tabs.setCurrentIndex(4)
                    return self.tr(
                        "{value:g} is more than the item's {most:g} points ({test})."
                    ).format(value=value, most=most, test=label(test))
            for row in range(len(self.form.items)):
                solved = _whole(cells.get((row, pupils), ""))
                of = _whole(cells.get((row, pupils + 1), ""))
                if (solved is None) != (of is None) or (
                    solved is not None and of is not None and solved > of
                ):
                    self.ui.tabs.setCurrentIndex(4)
                    return self.tr(
                        "Give both how many solved the item and how many pupils took the test, "
                        "no more solving it than took it ({test})."
                    ).format(test=label(test))
        return ""

    def changes(self) -> list[Change]:
        ui, form, lesson = self.ui, self.form, self.lesson
        qdate = ui.dateEdit.date()
        lesson.date = date(qdate.year(), qdate.month(), qdate.day()).isoformat()
        lesson.teacher_id = ui.teacherCombo.currentData()
        lesson.class_name = ui.classEdit.text().strip()
        lesson.plan = ui.planEdit.toPlainText().strip()
        lesson.revision = ui.revisionEdit.toPlainText().strip()
        lesson.discussion = ui.discussionEdit.toPlainText().strip()
        changes: list[Change] = []
        before = None if form.is_new else form.lesson
        if before != lesson:
            changes.append((before, lesson))
        saved_phases = {} if form.is_new else {p.id: p for p in form.phases}

        # Phases and their predictions.
        predictions = {p.id: p for p in form.predictions}
        table = ui.planTable
        kept: set[str] = set()
        for row in range(table.rowCount()):
            phase = dataclasses.replace(self.phases[table.item(row, 0).data(ID_ROLE)])
            phase.title = table.item(row, 0).text().strip() or self.tr("Phase")
            phase.duration_min = _whole(table.item(row, 1).text()) or 0
            phase.position = float(row + 1)
            kept.add(phase.id)
            if saved_phases.get(phase.id) != phase:
                changes.append((saved_phases.get(phase.id), phase))
            for column, pupil in enumerate(form.pupils, start=2):
                text = table.item(row, column).text().strip() if table.item(row, column) else ""
                record_id = Prediction.id_for(phase.id, pupil.id)
                old = predictions.get(record_id)
                if text and (old is None or old.text != text):
                    new = Prediction(phase_id=phase.id, pupil_id=pupil.id, text=text)
                    if old is not None:
                        new = dataclasses.replace(old, text=text)
                    changes.append((old, new))
                elif not text and old is not None:
                    changes.append((old, None))
        for phase in saved_phases.values():
            if phase.id not in kept:  # what it held first, so that an undo brings it back
                changes += [(o, None) for o in form.observations if o.phase_id == phase.id]
                changes += [(p, None) for p in form.predictions if p.phase_id == phase.id]
                changes.append((phase, None))

        # Observers.
        assigned = {a.id: a for a in form.assignments}
        obs = ui.observersTable
        for row, member in enumerate(form.members):
            for column, pupil in enumerate(form.pupils):
                checked = obs.item(row, column).checkState() == Qt.CheckState.Checked
                record_id = ObserverAssignment.id_for(lesson.id, member["person_id"], pupil.id)
                if checked and record_id not in assigned:
                    changes.append(
                        (
                            None,
                            ObserverAssignment(
                                lesson_id=lesson.id,
                                person_id=member["person_id"],
                                pupil_id=pupil.id,
                            ),
                        )
                    )
                elif not checked and record_id in assigned:
                    changes.append((assigned[record_id], None))

        # Interviews.
        interviews = {i.id: i for i in form.interviews}
        table = ui.interviewsTable
        kept = set()
        for row in range(table.rowCount()):
            combo = table.cellWidget(row, 0)
            pupil_id = combo.currentData() if isinstance(combo, QComboBox) else None
            question = table.item(row, 1).text().strip()
            answer = table.item(row, 2).text().strip() if table.item(row, 2) else ""
            record_id = table.item(row, 0).data(ID_ROLE)
            if not pupil_id or not (question or answer):
                continue
            old = interviews.get(record_id) if record_id else None
            new = (
                dataclasses.replace(old)
                if old
                else Interview(lesson_id=lesson.id, pupil_id=pupil_id, question="")
            )
            new.pupil_id, new.question, new.answer = pupil_id, question, answer
            new.position = float(row + 1)
            kept.add(new.id)
            if old != new:
                changes.append((old, new))
        changes += [(i, None) for i in form.interviews if i.id not in kept]

        # Test results.
        self._remember_scores(self._test())
        pupils = len(form.pupils)
        for test, cells in self._entered.items():
            for row, item in enumerate(form.items):
                for column, pupil in enumerate(form.pupils):
                    value = _number(cells.get((row, column), ""))
                    record_id = TestScore.id_for(lesson.id, item.id, pupil.id, test)
                    old_score = self.scores.get(record_id)
                    if value is not None and (old_score is None or old_score.score != value):
                        new_score = (
                            dataclasses.replace(old_score, score=value)
                            if old_score
                            else TestScore(
                                lesson_id=lesson.id,
                                item_id=item.id,
                                pupil_id=pupil.id,
                                test=TestKind(test),
                                score=value,
                            )
                        )
                        changes.append((old_score, new_score))
                    elif value is None and old_score is not None:
                        changes.append((old_score, None))
                solved = _whole(cells.get((row, pupils), ""))
                of = _whole(cells.get((row, pupils + 1), ""))
                record_id = ClassResult.id_for(lesson.id, item.id, test)
                old_result = self.class_results.get(record_id)
                if solved is not None and of is not None:
                    new_result = ClassResult(
                        lesson_id=lesson.id,
                        item_id=item.id,
                        test=TestKind(test),
                        correct=solved,
                        pupils=of,
                    )
                    if old_result is not None:
                        new_result = dataclasses.replace(old_result, correct=solved, pupils=of)
                    if old_result != new_result:
                        changes.append((old_result, new_result))
                elif old_result is not None:
                    changes.append((old_result, None))
        return changes
