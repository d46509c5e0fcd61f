"""The people and schools of a workspace: add them, and correct their details."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTreeWidget, QTreeWidgetItem, QWidget

from skolgrupp.core.labels import label
from skolgrupp.gui.forms.ui_people_and_schools import Ui_PeopleAndSchools

if TYPE_CHECKING:
    from skolgrupp.core.domain import Person, Record, School

OWNERS = ("municipal", "independent")
STAGES = ("preschool", "compulsory", "upper_secondary", "adapted")
ROLES = ("teacher", "leader", "principal", "support", "other")


@dataclass
class PeopleForm:
    people: list[Person]
    schools: list[School]


def _choices(combo, values, *, none: str | None = None) -> None:
    combo.clear()
    if none is not None:
        combo.addItem(none, None)
    for value in values:
        combo.addItem(label(value), value)


class PeopleAndSchools(QDialog):
    def __init__(self, form: PeopleForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PeopleAndSchools()
        self.ui.setupUi(self)
        self.originals: dict[str, Record] = {r.id: r for r in [*form.people, *form.schools]}
        self.people = [dataclasses.replace(p) for p in form.people]
        self.schools = [dataclasses.replace(s) for s in form.schools]
        ui = self.ui
        _choices(ui.schoolOwner, OWNERS)
        _choices(ui.schoolStage, STAGES)
        _choices(ui.personRole, ROLES)
        ui.peopleList.currentItemChanged.connect(lambda *_: self._show_person())
        ui.schoolsList.currentItemChanged.connect(lambda *_: self._show_school())
        ui.peopleNewButton.clicked.connect(lambda: self._start_new(ui.peopleList, ui.personName))
        ui.schoolsNewButton.clicked.connect(lambda: self._start_new(ui.schoolsList, ui.schoolName))
        ui.peopleApplyButton.clicked.connect(self._keep_person)
        ui.schoolsApplyButton.clicked.connect(self._keep_school)
        ui.personName.textChanged.connect(lambda _: self._update_buttons())
        ui.schoolName.textChanged.connect(lambda _: self._update_buttons())
        self._fill_lists()

    # -- lists ------------------------------------------------------------------------------

    def _fill_lists(self, select: str | None = None) -> None:
        """Show both lists again, each keeping its choice, or choosing ``select``."""
        ui = self.ui
        choices = []
        for tree, records in ((ui.schoolsList, self.schools), (ui.peopleList, self.people)):
            chosen = self._chosen(tree, records)
            ids = {r.id for r in records}
            choices.append(select if select in ids else (chosen.id if chosen else None))
        schools = {s.id: s.name for s in self.schools}
        _fill(
            ui.schoolsList,
            [(s.id, [s.name, label(s.owner), label(s.stage)]) for s in self.schools],
            choices[0],
        )
        _fill(
            ui.peopleList,
            [
                (p.id, [p.name, schools.get(p.school_id or "", ""), label(p.role), p.email])
                for p in self.people
            ],
            choices[1],
        )
        chosen_school = ui.personSchool.currentData()
        ui.personSchool.blockSignals(True)
        ui.personSchool.clear()
        ui.personSchool.addItem(self.tr("No school"), None)
        for school in self.schools:
            ui.personSchool.addItem(school.name, school.id)
        ui.personSchool.setCurrentIndex(max(ui.personSchool.findData(chosen_school), 0))
        ui.personSchool.blockSignals(False)
        self._update_buttons()

    def _pending(self, tree: QTreeWidget, records) -> bool:
        """Whether the details shown differ from the chosen record (or are for a new one)."""
        chosen = self._chosen(tree, records)
        if chosen is None:
            return True
        if tree is self.ui.peopleList:
            ui = self.ui
            return (chosen.name, chosen.email, chosen.school_id, chosen.role) != (
                ui.personName.text().strip(),
                ui.personEmail.text().strip(),
                ui.personSchool.currentData(),
                ui.personRole.currentData(),
            )
        ui = self.ui
        return (chosen.name, chosen.owner, chosen.stage) != (
            ui.schoolName.text().strip(),
            ui.schoolOwner.currentData(),
            ui.schoolStage.currentData(),
        )

    def _chosen(self, tree: QTreeWidget, records):
        item = tree.currentItem()
        record_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return next((r for r in records if r.id == record_id), None)

    def _start_new(self, tree: QTreeWidget, name_field) -> None:
        tree.setCurrentItem(None)
        name_field.clear()
        name_field.setFocus()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.peopleApplyButton.setEnabled(bool(ui.personName.text().strip()))
        ui.schoolsApplyButton.setEnabled(bool(ui.schoolName.text().strip()))

    # -- people -----------------------------------------------------------------------------

    def _show_person(self) -> None:
        person = self._chosen(self.ui.peopleList, self.people)
        if person is None:
            return
        ui = self.ui
        ui.personName.setText(person.name)
        ui.personEmail.setText(person.email)
        ui.personSchool.setCurrentIndex(max(ui.personSchool.findData(person.school_id), 0))
        ui.personRole.setCurrentIndex(max(ui.personRole.findData(person.role), 0))

    def _keep_person(self) -> None:
        from skolgrupp.core.domain import Person

        ui = self.ui
        fields = {
            "name": ui.personName.text().strip(),
            "email": ui.personEmail.text().strip(),
            "school_id": ui.personSchool.currentData(),
            "role": ui.personRole.currentData(),
        }
        person = self._chosen(ui.peopleList, self.people)
        if person is None:
            person = Person(**fields)
            self.people.append(person)
        else:
            for name, value in fields.items():
                setattr(person, name, value)
        self._fill_lists(select=person.id)

    # -- schools ----------------------------------------------------------------------------

    def _show_school(self) -> None:
        school = self._chosen(self.ui.schoolsList, self.schools)
        if school is None:
            return
        ui = self.ui
        ui.schoolName.setText(school.name)
        ui.schoolOwner.setCurrentIndex(max(ui.schoolOwner.findData(school.owner), 0))
        ui.schoolStage.setCurrentIndex(max(ui.schoolStage.findData(school.stage), 0))

    def _keep_school(self) -> None:
        from skolgrupp.core.domain import School

        ui = self.ui
        fields = {
            "name": ui.schoolName.text().strip(),
            "owner": ui.schoolOwner.currentData(),
            "stage": ui.schoolStage.currentData(),
        }
        school = self._chosen(ui.schoolsList, self.schools)
        if school is None:
            school = School(**fields)
            self.schools.append(school)
        else:
            for name, value in fields.items():
                setattr(school, name, value)
        self._fill_lists(select=school.id)

    def changes(self) -> list[tuple[Record | None, Record]]:
        """New and changed records (schools first, which people point to), each with what it
        was before (None when new). Details typed but not yet kept are kept first."""
        ui = self.ui
        if ui.schoolName.text().strip() and self._pending(ui.schoolsList, self.schools):
            self._keep_school()
        if ui.personName.text().strip() and self._pending(ui.peopleList, self.people):
            self._keep_person()
        return [
            (self.originals.get(record.id), record)
            for record in [*self.schools, *self.people]
            if self.originals.get(record.id) != record
        ]


def _fill(tree: QTreeWidget, rows, select: str | None) -> None:
    tree.blockSignals(True)
    tree.clear()
    for record_id, texts in rows:
        item = QTreeWidgetItem(texts)
        item.setData(0, Qt.ItemDataRole.UserRole, record_id)
        tree.addTopLevelItem(item)
        if record_id == select:
            tree.setCurrentItem(item)
    tree.blockSignals(False)
    tree.resizeColumnToContents(0)
