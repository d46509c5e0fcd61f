"""Make or change a cycle: what it is about, its phases, critical aspects, case pupils, test
items and findings. Everything is saved together as one step the user can undo."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from skolgrupp.core.cycles import new_cycle
from skolgrupp.core.domain import (
    CasePupil,
    CriticalAspect,
    Cycle,
    CycleGoal,
    CyclePhase,
    CycleType,
    PhaseStatus,
    Record,
    TestItem,
)
from skolgrupp.core.labels import label
from skolgrupp.gui.dialogs import fill_goals, goal_link_changes, show_problem
from skolgrupp.gui.forms.ui_cycle_editor import Ui_CycleEditor
from skolgrupp.gui.privacy_watch import Known, PrivacyWatch

ID_ROLE = Qt.ItemDataRole.UserRole
EDITABLE = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass
class CycleForm:
    group_id: str
    cycle: Cycle | None  # None for a new cycle
    phases: list[CyclePhase]
    aspects: list[CriticalAspect]
    pupils: list[CasePupil]
    items: list[TestItem]
    goal_links: list[CycleGoal]
    goals: list[dict[str, Any]]
    known: Known = dataclasses.field(default_factory=Known)


Change = tuple[Record | None, Record | None]


class CycleEditor(QDialog):
    def __init__(self, form: CycleForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CycleEditor()
        ui.setupUi(self)
        self.form = form
        self.privacy = watch = PrivacyWatch(self, ui.mainLayout, form.known)
        pupils = self.tr("Case pupils")
        watch.watch_table(
            ui.pupilsList,
            {
                0: (pupils, watch.check_for("case_pupil", "label")),
                1: (pupils, watch.check_for("case_pupil", "typifies")),
            },
        )
        watch.watch_field(ui.questionEdit, ui.questionLabel, "cycle", "question")
        watch.watch_field(ui.findingsEdit, ui.findingsLabel, "cycle", "findings")
        watch.watch_table(
            ui.aspectsList,
            {0: (self.tr("Critical aspects"), watch.check_for("critical_aspect", "text"))},
        )
        watch.watch_table(
            ui.itemsList, {0: (self.tr("Test items"), watch.check_for("test_item", "text"))}
        )
        self.cycle = (
            dataclasses.replace(form.cycle)
            if form.cycle
            else Cycle(group_id=form.group_id, title="", cycle_type=CycleType.LESSON_STUDY)
        )
        self.records: dict[str, Record] = {
            r.id: dataclasses.replace(r)
            for r in (*form.phases, *form.aspects, *form.pupils, *form.items)
        }
        for kind in CycleType:
            ui.typeCombo.addItem(label(kind), kind)
        ui.typeCombo.setCurrentIndex(list(CycleType).index(self.cycle.cycle_type))
        ui.typeCombo.setEnabled(form.cycle is None)  # the type sets up a new cycle only
        cycle = self.cycle
        ui.titleEdit.setText(cycle.title)
        ui.subjectEdit.setText(cycle.subject)
        ui.gradeEdit.setText(cycle.grade)
        ui.questionEdit.setPlainText(cycle.question)
        ui.learningObjectEdit.setText(cycle.learning_object)
        ui.longTermGoalEdit.setText(cycle.long_term_goal)
        ui.findingsEdit.setPlainText(cycle.findings)
        ui.sharedHowEdit.setText(cycle.shared_how)
        fill_goals(ui.goalsList, form.goals, {link.goal_id for link in form.goal_links})

        for phase in form.phases:
            self._add_phase_row(phase)
        for aspect in form.aspects:
            self._add_row(ui.aspectsList, aspect.id, [aspect.text])
        for pupil in form.pupils:
            self._add_row(ui.pupilsList, pupil.id, [pupil.label, pupil.typifies])
        for item in form.items:
            self._add_item_row(item)
        if form.cycle is None:
            self._apply_template()
            ui.typeCombo.currentIndexChanged.connect(lambda _: self._apply_template())

        ui.phaseAddButton.clicked.connect(self._new_phase)
        ui.phaseRemoveButton.clicked.connect(lambda: self._remove(ui.phasesList))
        ui.phaseUpButton.clicked.connect(lambda: self._move(-1))
        ui.phaseDownButton.clicked.connect(lambda: self._move(1))
        ui.aspectAddButton.clicked.connect(self._new_aspect)
        ui.aspectRemoveButton.clicked.connect(lambda: self._remove(ui.aspectsList))
        ui.pupilAddButton.clicked.connect(self._new_pupil)
        ui.pupilRemoveButton.clicked.connect(lambda: self._remove(ui.pupilsList))
        ui.itemAddButton.clicked.connect(self._new_item)
        ui.itemRemoveButton.clicked.connect(lambda: self._remove(ui.itemsList))
        self._size_columns()
        ui.aspectsList.itemChanged.connect(lambda *_: self._refresh_aspect_choices())
        self.privacy.start()

    def show_record(self, kind: str, record_id: str, field_name: str) -> None:
        """Show the tab and row that hold a record's text (a privacy finding leads here)."""
        ui = self.ui
        trees = {
            "cycle_phase": ui.phasesList,
            "critical_aspect": ui.aspectsList,
            "case_pupil": ui.pupilsList,
            "test_item": ui.itemsList,
        }
        tree = trees.get(kind)
        if tree is None:  # the cycle's own text
            edits = {
                "question": ui.questionEdit,
                "learning_object": ui.learningObjectEdit,
                "long_term_goal": ui.longTermGoalEdit,
                "findings": ui.findingsEdit,
                "shared_how": ui.sharedHowEdit,
            }
            edit = edits.get(field_name, ui.titleEdit)
            _show_tab(ui.tabs, edit)
            edit.setFocus()
            return
        _show_tab(ui.tabs, tree)
        for i in range(tree.topLevelItemCount()):
            row = tree.topLevelItem(i)
            if row.data(0, ID_ROLE) == record_id:
                tree.setCurrentItem(row, 1 if field_name == "typifies" else 0)
                tree.scrollToItem(row)
                tree.setFocus()
                return

    def _size_columns(self) -> None:
        """The text columns take the room; dates, status and points what they need."""
        fixed, stretch = QHeaderView.ResizeMode.Fixed, QHeaderView.ResizeMode.Stretch
        contents = QHeaderView.ResizeMode.ResizeToContents
        for tree, modes, widths in (
            (self.ui.phasesList, (stretch, contents, contents, fixed), {3: 140}),
            (self.ui.pupilsList, (fixed, stretch), {0: 160}),
            (self.ui.itemsList, (stretch, fixed, fixed), {1: 260, 2: 70}),
        ):
            header = tree.header()
            header.setStretchLastSection(False)
            for column, mode in enumerate(modes):
                header.setSectionResizeMode(column, mode)
            for column, width in widths.items():
                header.resizeSection(column, width)

    # -- rows -------------------------------------------------------------------------------

    @staticmethod
    def _add_row(tree: QTreeWidget, record_id: str, texts: list[str]) -> QTreeWidgetItem:
        row = QTreeWidgetItem(texts)
        row.setFlags(EDITABLE)
        row.setData(0, ID_ROLE, record_id)
        tree.addTopLevelItem(row)
        return row

    def _add_phase_row(self, phase: CyclePhase) -> None:
        tree = self.ui.phasesList
        row = self._add_row(
            tree, phase.id, [phase.name, phase.starts_on or "", phase.ends_on or ""]
        )
        combo = QComboBox(tree)
        combo.setAccessibleName(self.tr("Status of {phase}").format(phase=phase.name))
        for status in PhaseStatus:
            combo.addItem(label(status), status)
        combo.setCurrentIndex(list(PhaseStatus).index(phase.status))
        tree.setItemWidget(row, 3, combo)

    def _add_item_row(self, item: TestItem) -> None:
        tree = self.ui.itemsList
        points = f"{item.max_score:g}"
        row = self._add_row(tree, item.id, [item.text, "", points])
        combo = QComboBox(tree)
        combo.setAccessibleName(self.tr("Critical aspect of the item"))
        tree.setItemWidget(row, 1, combo)
        self._fill_aspects(combo, item.aspect_id)

    def _aspects_shown(self) -> list[tuple[str, str]]:
        tree = self.ui.aspectsList
        return [
            (tree.topLevelItem(i).data(0, ID_ROLE), tree.topLevelItem(i).text(0))
            for i in range(tree.topLevelItemCount())
        ]

    def _fill_aspects(self, combo: QComboBox, chosen: str | None) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("No critical aspect"), None)
        for aspect_id, text in self._aspects_shown():
            combo.addItem(text, aspect_id)
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _refresh_aspect_choices(self) -> None:
        tree = self.ui.itemsList
        for i in range(tree.topLevelItemCount()):
            combo = tree.itemWidget(tree.topLevelItem(i), 1)
            if isinstance(combo, QComboBox):
                self._fill_aspects(combo, combo.currentData())

    def _apply_template(self) -> None:
        """A new cycle's phases (and case pupils) follow its type until the user saves."""
        ui = self.ui
        kind = ui.typeCombo.currentData()
        for tree in (ui.phasesList, ui.pupilsList):
            tree.clear()
        template = new_cycle(self.form.group_id, "", kind)
        for record in template[1:]:
            if isinstance(record, CyclePhase):
                record.cycle_id = self.cycle.id
                self.records[record.id] = record
                self._add_phase_row(record)
            elif isinstance(record, CasePupil):
                record.cycle_id = self.cycle.id
                self.records[record.id] = record
                self._add_row(ui.pupilsList, record.id, [record.label, record.typifies])
        self.cycle.cycle_type = kind
        self.privacy.check()

    def _new_phase(self) -> None:
        tree = self.ui.phasesList
        phase = CyclePhase(cycle_id=self.cycle.id, name=self.tr("New phase"))
        self.records[phase.id] = phase
        self._add_phase_row(phase)
        row = tree.topLevelItem(tree.topLevelItemCount() - 1)
        tree.setCurrentItem(row)
        tree.editItem(row, 0)

    def _new_aspect(self) -> None:
        aspect = CriticalAspect(cycle_id=self.cycle.id, text=self.tr("New critical aspect"))
        self.records[aspect.id] = aspect
        row = self._add_row(self.ui.aspectsList, aspect.id, [aspect.text])
        self.ui.aspectsList.setCurrentItem(row)
        self.ui.aspectsList.editItem(row, 0)
        self._refresh_aspect_choices()

    def _new_pupil(self) -> None:
        tree = self.ui.pupilsList
        taken = {tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())}
        letter = next(
            (
                chr(ord("A") + n)
                for n in range(26)
                if self.tr("Pupil {letter}").format(letter=chr(ord("A") + n)) not in taken
            ),
            "?",
        )
        pupil = CasePupil(
            cycle_id=self.cycle.id, label=self.tr("Pupil {letter}").format(letter=letter)
        )
        self.records[pupil.id] = pupil
        row = self._add_row(tree, pupil.id, [pupil.label, ""])
        tree.setCurrentItem(row)
        tree.editItem(row, 1)

    def _new_item(self) -> None:
        item = TestItem(cycle_id=self.cycle.id, text=self.tr("New item"))
        self.records[item.id] = item
        self._add_item_row(item)
        tree = self.ui.itemsList
        row = tree.topLevelItem(tree.topLevelItemCount() - 1)
        tree.setCurrentItem(row)
        tree.editItem(row, 0)

    def _remove(self, tree: QTreeWidget) -> None:
        row = tree.currentItem()
        if row is not None:
            tree.takeTopLevelItem(tree.indexOfTopLevelItem(row))
            if tree is self.ui.aspectsList:
                self._refresh_aspect_choices()
            self.privacy.check()

    def _move(self, step: int) -> None:
        tree = self.ui.phasesList
        row = tree.currentItem()
        if row is None:
            return
        index = tree.indexOfTopLevelItem(row)
        target = index + step
        if not 0 <= target < tree.topLevelItemCount():
            return
        combo = tree.itemWidget(row, 3)
        status = combo.currentData() if isinstance(combo, QComboBox) else PhaseStatus.NOT_STARTED
        tree.takeTopLevelItem(index)
        tree.insertTopLevelItem(target, row)
        phase = dataclasses.replace(self.records[row.data(0, ID_ROLE)], status=status)
        self.records[phase.id] = phase
        # The status box went with the row's old place: give the row a new one.
        combo = QComboBox(tree)
        combo.setAccessibleName(self.tr("Status of {phase}").format(phase=row.text(0)))
        for value in PhaseStatus:
            combo.addItem(label(value), value)
        combo.setCurrentIndex(list(PhaseStatus).index(status))
        tree.setItemWidget(row, 3, combo)
        tree.setCurrentItem(row)

    # -- saving -----------------------------------------------------------------------------

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            show_problem(self, problem)
            return
        if self.privacy.confirm_save():
            super().accept()

    def _problem(self) -> str:
        if not self.ui.titleEdit.text().strip():
            self.ui.tabs.setCurrentIndex(0)
            self.ui.titleEdit.setFocus()
            return self.tr("Give the cycle a title.")
        tree = self.ui.phasesList
        for i in range(tree.topLevelItemCount()):
            row = tree.topLevelItem(i)
            for column in (1, 2):
                text = row.text(column).strip()
                if text and _date(text) is None:
                    self.ui.tabs.setCurrentIndex(1)
                    return self.tr(
                        "{text} is not a date: write it like 2026-09-14 (phase {phase})."
                    ).format(text=text, phase=row.text(0))
        tree = self.ui.itemsList
        for i in range(tree.topLevelItemCount()):
            if _points(tree.topLevelItem(i).text(2)) is None:
                self.ui.tabs.setCurrentIndex(3)
                return self.tr("An item's points must be a number above 0: {text}").format(
                    text=tree.topLevelItem(i).text(2)
                )
        return ""

    def changes(self) -> list[Change]:
        """The cycle and what it holds, each with what it was before (None when new); rows
        the user removed are deleted."""
        ui, cycle = self.ui, self.cycle
        cycle.title = ui.titleEdit.text().strip()
        cycle.cycle_type = ui.typeCombo.currentData()
        cycle.subject = ui.subjectEdit.text().strip()
        cycle.grade = ui.gradeEdit.text().strip()
        cycle.question = ui.questionEdit.toPlainText().strip()
        cycle.learning_object = ui.learningObjectEdit.text().strip()
        cycle.long_term_goal = ui.longTermGoalEdit.text().strip()
        cycle.findings = ui.findingsEdit.toPlainText().strip()
        cycle.shared_how = ui.sharedHowEdit.text().strip()
        changes: list[Change] = []
        if self.form.cycle != cycle:
            changes.append((self.form.cycle, cycle))
        originals: dict[str, Record] = {
            r.id: r for r in (*self.form.phases, *self.form.aspects, *self.form.pupils)
        }
        originals.update({r.id: r for r in self.form.items})
        kept: set[str] = set()

        def rows(tree: QTreeWidget):
            for position in range(tree.topLevelItemCount()):
                row = tree.topLevelItem(position)
                record = dataclasses.replace(self.records[row.data(0, ID_ROLE)])
                kept.add(record.id)
                yield position, row, record

        def keep(record: Record) -> None:
            if originals.get(record.id) != record:
                changes.append((originals.get(record.id), record))

        aspects: list[Record] = []
        for position, row, aspect in rows(ui.aspectsList):
            assert isinstance(aspect, CriticalAspect)
            aspect.text = row.text(0).strip() or self.tr("Critical aspect")
            aspect.position = float(position + 1)
            aspects.append(aspect)
        changes += [(originals.get(a.id), a) for a in aspects if originals.get(a.id) != a]
        for position, row, phase in rows(ui.phasesList):
            assert isinstance(phase, CyclePhase)
            phase.name = row.text(0).strip() or self.tr("Phase")
            phase.starts_on = _date(row.text(1).strip())
            phase.ends_on = _date(row.text(2).strip())
            combo = ui.phasesList.itemWidget(row, 3)
            if isinstance(combo, QComboBox):
                phase.status = combo.currentData()
            phase.position = float(position + 1)
            keep(phase)
        for position, row, pupil in rows(ui.pupilsList):
            assert isinstance(pupil, CasePupil)
            pupil.label = row.text(0).strip() or self.tr("Pupil {letter}").format(
                letter=position + 1
            )
            pupil.typifies = row.text(1).strip()
            pupil.position = float(position + 1)
            keep(pupil)
        for position, row, item in rows(ui.itemsList):
            assert isinstance(item, TestItem)
            item.text = row.text(0).strip() or self.tr("Item")
            combo = ui.itemsList.itemWidget(row, 1)
            item.aspect_id = combo.currentData() if isinstance(combo, QComboBox) else None
            item.max_score = _points(row.text(2)) or 1.0
            item.position = float(position + 1)
            keep(item)
        # Deleted last, after the items that may have pointed at a removed aspect.
        changes += [(r, None) for r in originals.values() if r.id not in kept]
        changes += goal_link_changes(
            ui.goalsList,
            {link.goal_id: link for link in self.form.goal_links},
            lambda goal_id: CycleGoal(cycle_id=cycle.id, goal_id=goal_id),
        )
        return changes


def _show_tab(tabs, widget: QWidget) -> None:
    """Make the tab that holds ``widget`` the current one."""
    page: QWidget | None = widget
    while page is not None and tabs.indexOf(page) < 0:
        page = page.parentWidget()
    if page is not None:
        tabs.setCurrentWidget(page)


def _date(text: str) -> str | None:
    try:
        return date.fromisoformat(text).isoformat() if text else None
    except ValueError:
        return None


def _points(text: str) -> float | None:
    """An item's points: a number above 0 such as 1, 2 or 0,5; None when it is not one."""
    text = text.strip()
    if not re.fullmatch(r"[0-9]{1,3}([.,][0-9]{1,2})?", text):
        return None
    value = float(text.replace(",", "."))
    return value if value > 0 else None
