"""Planning a session: from a template, with its agenda in order (drag to reorder), time boxes
and their sum, who leads each item, preparation material and the goals it serves."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from skolgrupp.core.labels import label
from skolgrupp.core.templates import TEMPLATES, agenda_from, template_name
from skolgrupp.gui.dialogs import fill_goals, goal_link_changes
from skolgrupp.gui.forms.ui_session_editor import Ui_SessionEditor
from skolgrupp.gui.privacy_watch import Known, PrivacyWatch

if TYPE_CHECKING:
    from skolgrupp.core.domain import AgendaItem, Record, Session, SessionGoal

ID_ROLE = Qt.ItemDataRole.UserRole
STATUSES = ("planned", "held", "cancelled")


@dataclass
class SessionForm:
    group_id: str
    session: Session | None  # None for a new session
    agenda: list[AgendaItem]
    goal_links: list[SessionGoal]
    members: list[dict[str, Any]]  # who can lead an item
    goals: list[dict[str, Any]]
    cycles: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    known: Known = dataclasses.field(default_factory=Known)


class SessionEditor(QDialog):
    def __init__(self, form: SessionForm, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SessionEditor()
        self.ui.setupUi(self)
        self.form = form
        ui = self.ui
        self.session = self._start_session(form, today)
        self.items: dict[str, AgendaItem] = {a.id: dataclasses.replace(a) for a in form.agenda}
        for template in TEMPLATES:
            ui.templateCombo.addItem(template_name(template), template.format)
        ui.templateCombo.setEnabled(form.session is None)  # a template starts a new plan only
        for status in STATUSES:
            ui.statusCombo.addItem(label(status), status)
        ui.cycleCombo.addItem(self.tr("No cycle"), None)
        for cycle in form.cycles:
            ui.cycleCombo.addItem(cycle["title"], cycle["id"])
        ui.cycleCombo.setEnabled(bool(form.cycles))
        ui.leaderCombo.addItem(self.tr("Nobody in particular"), None)
        for member in form.members:
            ui.leaderCombo.addItem(member["name"], member["person_id"])
        fill_goals(ui.goalsList, form.goals, {link.goal_id for link in form.goal_links})
        self._show_session()
        self._show_agenda(sorted(self.items.values(), key=lambda a: a.position))
        ui.templateCombo.currentIndexChanged.connect(lambda _: self._use_template())
        ui.addItemButton.clicked.connect(self._add_item)
        ui.removeItemButton.clicked.connect(self._remove_item)
        ui.agendaList.installEventFilter(self)  # Alt+Up and Alt+Down reorder without a mouse
        ui.leaderCombo.activated.connect(lambda _: self._set_leader())
        ui.agendaList.currentItemChanged.connect(lambda *_: self._show_leader())
        ui.agendaList.itemChanged.connect(lambda *_: self._update_sum())
        ui.agendaList.model().rowsMoved.connect(lambda *_: self._update_sum())
        ui.durationSpin.valueChanged.connect(lambda _: self._update_sum())
        ui.titleEdit.textChanged.connect(lambda _: self._update_save())
        if form.session is None:
            self._use_template()
        self._update_sum()
        self._update_save()
        self.privacy = watch = PrivacyWatch(self, ui.mainLayout, form.known)
        watch.watch_table(
            ui.agendaList, {0: (self.tr("Agenda"), watch.check_for("agenda_item", "title"))}
        )
        watch.watch_field(ui.preparationEdit, ui.preparationLabel, "session", "preparation")
        watch.start()

    def accept(self) -> None:
        if self.privacy.confirm_save():
            super().accept()

    @staticmethod
    def _start_session(form: SessionForm, today: date) -> Session:
        from skolgrupp.core.domain import Session, SessionFormat

        if form.session is not None:
            return dataclasses.replace(form.session)
        return Session(
            group_id=form.group_id,
            title="",
            date=today.isoformat(),
            start_time="15:00",
            duration_min=90,
            format=SessionFormat.FOUR_PART,  # the programmes' usual session
        )

    def _show_session(self) -> None:
        ui, session = self.ui, self.session
        ui.titleEdit.setText(session.title)
        ui.dateEdit.setDate(QDate.fromString(session.date, "yyyy-MM-dd"))
        ui.timeEdit.setTime(QTime.fromString(session.start_time or "15:00", "HH:mm"))
        ui.durationSpin.setValue(session.duration_min)
        ui.placeEdit.setText(session.place)
        ui.statusCombo.setCurrentIndex(max(ui.statusCombo.findData(session.status), 0))
        ui.cycleCombo.setCurrentIndex(max(ui.cycleCombo.findData(session.cycle_id), 0))
        ui.templateCombo.setCurrentIndex(max(ui.templateCombo.findData(session.format), 0))
        ui.preparationEdit.setPlainText(session.preparation)

    # -- the agenda -------------------------------------------------------------------------

    def _show_agenda(self, items: list[AgendaItem]) -> None:
        tree = self.ui.agendaList
        tree.blockSignals(True)
        tree.clear()
        for item in items:
            tree.addTopLevelItem(self._row(item))
        tree.blockSignals(False)
        tree.resizeColumnToContents(0)

    def _row(self, item: AgendaItem) -> QTreeWidgetItem:
        leader = self.ui.leaderCombo.itemText(max(self.ui.leaderCombo.findData(item.leader_id), 0))
        row = QTreeWidgetItem([item.title, str(item.duration_min), leader])
        row.setData(0, ID_ROLE, item.id)
        row.setData(2, ID_ROLE, item.leader_id)
        # Editable in place; dropped between items, never into one.
        row.setFlags((row.flags() | Qt.ItemFlag.ItemIsEditable) & ~Qt.ItemFlag.ItemIsDropEnabled)
        return row

    def _use_template(self) -> None:
        """A new session takes the template's format, and its name and agenda as long as the
        user has not written their own."""
        template = TEMPLATES[self.ui.templateCombo.currentIndex()]
        previous = next((t for t in TEMPLATES if t.format == self.session.format), None)
        title = self.ui.titleEdit.text().strip()
        if not title or (previous is not None and title == template_name(previous)):
            self.ui.titleEdit.setText(template_name(template))
        untouched = previous is None or self._shown_agenda() == [
            (a.title, str(a.duration_min)) for a in agenda_from(previous, self.session)
        ]
        self.session.format = template.format
        if untouched or not self.items:
            self.items = {a.id: a for a in agenda_from(template, self.session)}
            self._show_agenda(list(self.items.values()))
        self._update_sum()

    def _shown_agenda(self) -> list[tuple[str, str]]:
        tree = self.ui.agendaList
        return [
            (tree.topLevelItem(i).text(0), tree.topLevelItem(i).text(1))
            for i in range(tree.topLevelItemCount())
        ]

    def _add_item(self) -> None:
        from skolgrupp.core.domain import AgendaItem

        item = AgendaItem(session_id=self.session.id, title=self.tr("New item"), duration_min=10)
        self.items[item.id] = item
        row = self._row(item)
        self.ui.agendaList.addTopLevelItem(row)
        self.ui.agendaList.setCurrentItem(row)
        self.ui.agendaList.editItem(row, 0)
        self._update_sum()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if (
            watched is self.ui.agendaList
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self._move_item(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        return super().eventFilter(watched, event)

    def _move_item(self, step: int) -> None:
        tree = self.ui.agendaList
        row = tree.currentItem()
        if row is None:
            return
        index = tree.indexOfTopLevelItem(row)
        target = index + step
        if 0 <= target < tree.topLevelItemCount():
            tree.takeTopLevelItem(index)
            tree.insertTopLevelItem(target, row)
            tree.setCurrentItem(row)

    def _remove_item(self) -> None:
        row = self.ui.agendaList.currentItem()
        if row is not None:
            self.items.pop(row.data(0, ID_ROLE), None)
            self.ui.agendaList.takeTopLevelItem(self.ui.agendaList.indexOfTopLevelItem(row))
            self._update_sum()

    def _show_leader(self) -> None:
        row = self.ui.agendaList.currentItem()
        index = self.ui.leaderCombo.findData(row.data(2, ID_ROLE)) if row else 0
        self.ui.leaderCombo.setCurrentIndex(max(index, 0))

    def _set_leader(self) -> None:
        row = self.ui.agendaList.currentItem()
        if row is not None:
            row.setText(2, self.ui.leaderCombo.currentText())
            row.setData(2, ID_ROLE, self.ui.leaderCombo.currentData())

    def _minutes(self, row: QTreeWidgetItem) -> int:
        try:
            return max(int(row.text(1).strip() or 0), 0)
        except ValueError:
            return 0

    def _update_sum(self) -> None:
        tree = self.ui.agendaList
        total = sum(self._minutes(tree.topLevelItem(i)) for i in range(tree.topLevelItemCount()))
        self.ui.sumLabel.setText(
            self.tr("{sum} of {length} min").format(sum=total, length=self.ui.durationSpin.value())
        )

    def _update_save(self) -> None:
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(self.ui.titleEdit.text().strip())
        )

    # -- the result -------------------------------------------------------------------------

    def changes(self) -> list[tuple[Record | None, Record | None]]:
        """The session, its agenda in the order shown, and its goal links, each with what it
        was before (None when new); removed items and unchecked goals are deleted."""
        from skolgrupp.core.domain import SessionGoal

        ui, session = self.ui, self.session
        session.title = ui.titleEdit.text().strip()
        session.date = ui.dateEdit.date().toString("yyyy-MM-dd")
        session.start_time = ui.timeEdit.time().toString("HH:mm")
        session.duration_min = ui.durationSpin.value()
        session.place = ui.placeEdit.text().strip()
        session.status = ui.statusCombo.currentData()
        session.cycle_id = ui.cycleCombo.currentData()
        session.preparation = ui.preparationEdit.toPlainText().strip()
        changes: list[tuple[Record | None, Record | None]] = []
        if self.form.session != session:
            changes.append((self.form.session, session))
        originals = {a.id: a for a in self.form.agenda}
        tree = ui.agendaList
        kept = set()
        for position in range(tree.topLevelItemCount()):
            row = tree.topLevelItem(position)
            item = dataclasses.replace(self.items[row.data(0, ID_ROLE)])
            item.title = row.text(0).strip() or self.tr("Item")
            item.duration_min = self._minutes(row)
            item.position = float(position)
            item.leader_id = row.data(2, ID_ROLE)
            kept.add(item.id)
            if originals.get(item.id) != item:
                changes.append((originals.get(item.id), item))
        changes += [(a, None) for a in self.form.agenda if a.id not in kept]
        changes += goal_link_changes(
            ui.goalsList,
            {link.goal_id: link for link in self.form.goal_links},
            lambda goal_id: SessionGoal(session_id=session.id, goal_id=goal_id),
        )
        return changes
