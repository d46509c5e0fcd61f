"""Making or changing a group: its name, subject area, term and description, and who is in it
(members join on a date and leave on a date; nobody is removed from the group's history)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from skolgrupp.core.labels import label
from skolgrupp.core.terms import term_dates
from skolgrupp.gui.forms.ui_group_editor import Ui_GroupEditor
from skolgrupp.gui.group_list import SUBJECTS, subject_icon

if TYPE_CHECKING:
    from skolgrupp.core.domain import Group, Membership, Record


@dataclass
class GroupForm:
    """What the editor starts from, read from the workspace before it opens."""

    group: Group | None  # None for a new group
    memberships: list[Membership]
    people: dict[str, str]  # person id -> name, everyone in the workspace


def valid_term(text: str) -> bool:
    if not text:
        return True
    try:
        term_dates(text)
    except ValueError:
        return False
    return True


class GroupEditor(QDialog):
    def __init__(self, form: GroupForm, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GroupEditor()
        self.ui.setupUi(self)
        self.form, self.today = form, today
        ui = self.ui
        for subject in SUBJECTS:
            ui.subjectCombo.addItem(subject_icon(subject), label(subject), subject)
        group = form.group
        if group is not None:
            ui.nameEdit.setText(group.name)
            ui.subjectCombo.setCurrentIndex(max(ui.subjectCombo.findData(group.subject), 0))
            ui.termEdit.setText(group.term)
            ui.descriptionEdit.setPlainText(group.description)
        self.members = [dataclasses.replace(m) for m in form.memberships]
        ui.memberDate.setDate(QDate(today.year, today.month, today.day))
        ui.addButton.clicked.connect(self._add_member)
        ui.leftButton.clicked.connect(self._mark_left)
        ui.nameEdit.textChanged.connect(lambda _: self._update_save())
        ui.termEdit.textChanged.connect(lambda _: self._update_save())
        ui.membersList.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._show_members()
        self._update_save()

    def _show_members(self) -> None:
        ui = self.ui
        ui.membersList.clear()
        for m in self.members:
            item = QTreeWidgetItem(
                [self.form.people.get(m.person_id, ""), label(m.role), m.joined_on, m.left_on or ""]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, m.id)
            ui.membersList.addTopLevelItem(item)
        ui.membersList.resizeColumnToContents(0)
        current = {m.person_id for m in self.members if m.left_on is None}
        ui.personCombo.clear()
        for person_id, name in sorted(self.form.people.items(), key=lambda p: p[1].casefold()):
            if person_id not in current:
                ui.personCombo.addItem(name, person_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        ui.addButton.setEnabled(ui.personCombo.count() > 0)
        chosen = self._chosen()
        ui.leftButton.setEnabled(chosen is not None and chosen.left_on is None)

    def _chosen(self) -> Membership | None:
        item = self.ui.membersList.currentItem()
        if item is None:
            return None
        member_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((m for m in self.members if m.id == member_id), None)

    def _add_member(self) -> None:
        from skolgrupp.core.domain import Membership

        person_id = self.ui.personCombo.currentData()
        if person_id is None:
            return
        role = "leader" if self.ui.leaderCheck.isChecked() else "member"
        self.members.append(
            Membership(
                group_id=self.group_id,
                person_id=person_id,
                role=role,
                joined_on=self._member_date(),
            )
        )
        self._show_members()

    def _mark_left(self) -> None:
        chosen = self._chosen()
        day = self._member_date()
        if chosen is not None and chosen.left_on is None and day >= chosen.joined_on:
            chosen.left_on = day  # never before the day they joined
            self._show_members()

    def _member_date(self) -> str:
        return self.ui.memberDate.date().toString("yyyy-MM-dd")

    def _update_save(self) -> None:
        ui = self.ui
        ok = bool(ui.nameEdit.text().strip()) and valid_term(ui.termEdit.text().strip().lower())
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    @property
    def group_id(self) -> str:
        if self.form.group is not None:
            return self.form.group.id
        if not hasattr(self, "_new_id"):
            from skolgrupp.core.domain import new_id

            self._new_id = new_id()
        return self._new_id

    def changes(self) -> list[tuple[Record | None, Record]]:
        """The records to save, each with what it was before (None when new); the group
        first."""
        from skolgrupp.core.domain import Group

        ui = self.ui
        fields = {
            "name": ui.nameEdit.text().strip(),
            "subject": ui.subjectCombo.currentData(),
            "term": ui.termEdit.text().strip().lower(),
            "description": ui.descriptionEdit.toPlainText().strip(),
        }
        before_group = self.form.group
        group = (
            dataclasses.replace(before_group, **fields)
            if before_group is not None
            else Group(id=self.group_id, **fields)
        )
        changes: list[tuple[Record | None, Record]] = (
            [(before_group, group)] if before_group != group else []
        )
        originals = {m.id: m for m in self.form.memberships}
        for member in self.members:
            original = originals.get(member.id)
            if original != member:
                changes.append((original, member))
        return changes
