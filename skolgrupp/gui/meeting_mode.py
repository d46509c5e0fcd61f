"""Meeting mode, for a session in progress: attendance, minutes per agenda item with a running
clock, decisions and action items, each saved as it is made; and help to structure the talk:
rotating roles and talk rounds with a timer."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDialog, QListWidgetItem, QTreeWidgetItem, QWidget

from skolgrupp.core.i18n import QT_TRANSLATE_NOOP
from skolgrupp.core.labels import label
from skolgrupp.gui.commitments_panel import CommitmentsPanel
from skolgrupp.gui.forms.ui_meeting_mode import Ui_MeetingMode
from skolgrupp.gui.privacy_watch import Known, PrivacyWatch

if TYPE_CHECKING:
    from skolgrupp.core.domain import (
        ActionItem,
        AgendaItem,
        Attendance,
        Commitment,
        Decision,
        Session,
    )
    from skolgrupp.gui.undo import Change

ID_ROLE = Qt.ItemDataRole.UserRole
ATTENDANCE = ("present", "absent", "excused")
MINUTES_PAUSE_MS = 1500  # minutes are saved after a pause in typing
ROUNDS = (
    (QT_TRANSLATE_NOOP("MeetingMode", "Alone"), 2),
    (QT_TRANSLATE_NOOP("MeetingMode", "In pairs"), 4),
    (QT_TRANSLATE_NOOP("MeetingMode", "All together"), 10),
)


@dataclass
class MeetingForm:
    session: Session
    group_name: str
    agenda: list[AgendaItem]
    attendance: list[Attendance]
    decisions: list[Decision]
    actions: list[ActionItem]
    members: list[dict[str, Any]]  # person_id, name
    open_commitments: list[Commitment] = dataclasses.field(default_factory=list)
    known: Known = dataclasses.field(default_factory=Known)


def rotating_roles(members: list[dict[str, Any]], session: Session) -> list[str]:
    """Leader, note-taker and timekeeper for this session, moving on one person a week."""
    names = sorted(m["name"] for m in members)
    if not names:
        return []
    week = date.fromisoformat(session.date).isocalendar().week
    return [names[(week + i) % len(names)] for i in range(min(3, len(names)))]


class MeetingMode(QDialog):
    def __init__(
        self,
        form: MeetingForm,
        *,
        save: Callable[[str, list[Change]], None],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingMode()
        self.ui.setupUi(self)
        self.form, self.save = form, save
        ui = self.ui
        ui.titleLabel.setText(f"{form.group_name} · {form.session.date} · {form.session.title}")
        self.privacy = PrivacyWatch(self, ui.mainLayout, form.known)
        self.agenda = {a.id: dataclasses.replace(a) for a in form.agenda}
        self.attendance = {a.person_id: a for a in form.attendance}
        self.elapsed: dict[str, int] = {}  # seconds spent on each agenda item
        self._minutes_of: str | None = None  # the item whose minutes are in the editor
        self.running = False
        self._fill_attendance()
        for item in form.agenda:
            entry = QListWidgetItem(f"{item.title} ({item.duration_min} min)")
            entry.setData(ID_ROLE, item.id)
            ui.agendaList.addItem(entry)
        for decision in form.decisions:
            ui.decisionsList.addItem(decision.text)
        self.actions = {a.id: dataclasses.replace(a) for a in form.actions}
        ui.ownerCombo.addItem(self.tr("Nobody in particular"), None)
        for member in form.members:
            ui.ownerCombo.addItem(member["name"], member["person_id"])
        ui.dueEdit.setDate(QDate(today.year, today.month, today.day).addDays(14))
        self._fill_actions()
        self.commitments = CommitmentsPanel(
            form.session, form.members, form.open_commitments, save, self
        )
        ui.rightColumn.addWidget(self.commitments)
        self._show_roles()
        for name, minutes in ROUNDS:
            ui.roundCombo.addItem(
                self.tr("{round}, {minutes} min").format(round=self.tr(name), minutes=minutes),
                minutes * 60,
            )
        self.clock = QTimer(self, interval=1000, timeout=self._tick)
        self.round_left = 0
        self.minutes_timer = QTimer(
            self, singleShot=True, interval=MINUTES_PAUSE_MS, timeout=self._save_minutes
        )
        ui.agendaList.currentItemChanged.connect(self._agenda_chosen)
        ui.minutesEdit.textChanged.connect(self.minutes_timer.start)
        ui.timerButton.clicked.connect(self._toggle_clock)
        ui.decisionButton.clicked.connect(self._add_decision)
        ui.decisionEdit.returnPressed.connect(self._add_decision)
        ui.actionButton.clicked.connect(self._add_action)
        ui.actionsList.itemChanged.connect(self._action_checked)
        ui.roundButton.clicked.connect(self._start_round)
        self.finished.connect(lambda _: (self._save_minutes(), self.clock.stop()))
        ui.minutesEdit.setTabChangesFocus(True)
        if not form.agenda:  # minutes belong to agenda items: say where to add one
            ui.minutesEdit.setEnabled(False)
            ui.minutesEdit.setPlaceholderText(
                self.tr("Minutes are kept per agenda item: add items to the session's plan.")
            )
        if ui.agendaList.count():
            ui.agendaList.setCurrentRow(0)
        self._show_clock()
        self._watch_privacy()

    def _watch_privacy(self) -> None:
        """A quiet note while minutes, decisions and actions are typed. The meeting saves as
        it goes, so the note is all there is: no question in the middle of a meeting."""
        ui = self.ui
        watch = self.privacy

        def minutes():
            for item in self.agenda.values():
                text = ui.minutesEdit.toPlainText() if item.id == self._minutes_of else item.notes
                yield text, self.tr("Minutes: {item}").format(item=item.title)

        watch.watch_texts(minutes, watch.check_for("agenda_item", "notes"))
        watch.connect(ui.minutesEdit)
        decisions = self.tr("Decisions")
        watch.watch_texts(
            lambda: [
                (ui.decisionsList.item(i).text(), decisions)
                for i in range(ui.decisionsList.count())
            ],
            watch.check_for("decision", "text"),
        )
        watch.watch_edit(ui.decisionEdit, decisions, watch.check_for("decision", "text"))
        actions = self.tr("Actions")
        acted = watch.check_for("action_item", "text")
        watch.watch_table(ui.actionsList, {1: (actions, acted)})
        watch.watch_edit(ui.actionEdit, actions, acted)
        promised = self.commitments.ui
        for edit, name in ((promised.newEdit, "text"), (promised.reportEdit, "report")):
            watch.watch_edit(edit, edit.accessibleName(), watch.check_for("commitment", name))
        watch.start()

    # -- attendance -------------------------------------------------------------------------

    def _fill_attendance(self) -> None:
        tree = self.ui.attendanceList
        combos: list[QComboBox] = []
        for member in self.form.members:
            row = QTreeWidgetItem([member["name"], ""])
            tree.addTopLevelItem(row)
            combo = QComboBox(tree)
            combo.setAccessibleName(self.tr("Attendance of {name}").format(name=member["name"]))
            combo.addItem(self.tr("not noted"), None)
            for status in ATTENDANCE:
                combo.addItem(label(status), status)
            known = self.attendance.get(member["person_id"])
            combo.setCurrentIndex(max(combo.findData(known.status if known else None), 0))
            combo.currentIndexChanged.connect(
                lambda _, c=combo, p=member["person_id"]: self._attendance_changed(p, c)
            )
            tree.setItemWidget(row, 1, combo)
            combos.append(combo)
        tree.resizeColumnToContents(0)
        # Tab goes through the attendance first, then the rest of the meeting.
        for before, after in zip(combos, combos[1:], strict=False):
            QWidget.setTabOrder(before, after)
        if combos:
            QWidget.setTabOrder(combos[-1], self.ui.agendaList)

    def _attendance_changed(self, person_id: str, combo: QComboBox) -> None:
        from skolgrupp.core.domain import Attendance

        status = combo.currentData()
        before = self.attendance.pop(person_id, None)
        if status is None:  # "not noted" again: what was noted goes
            if before is not None:
                self.save(self.tr("Attendance"), [(before, None)])
            return
        after = (
            dataclasses.replace(before, status=status)
            if before
            else Attendance(session_id=self.form.session.id, person_id=person_id, status=status)
        )
        self.attendance[person_id] = after
        self.save(self.tr("Attendance"), [(before, after)])

    # -- agenda, minutes and the clock ------------------------------------------------------

    def _current(self) -> AgendaItem | None:
        entry = self.ui.agendaList.currentItem()
        return self.agenda.get(entry.data(ID_ROLE)) if entry else None

    def _agenda_chosen(self, *_) -> None:
        self._save_minutes()  # what was typed for the item shown until now
        item = self._current()
        self._minutes_of = item.id if item else None
        self.ui.minutesEdit.blockSignals(True)
        self.ui.minutesEdit.setPlainText(item.notes if item else "")
        self.ui.minutesEdit.blockSignals(False)
        self._show_clock()

    def _save_minutes(self) -> None:
        """Save the minutes in the editor to the item they belong to, if they changed."""
        self.minutes_timer.stop()
        item = self.agenda.get(self._minutes_of or "")
        text = self.ui.minutesEdit.toPlainText()
        if item is None or text == item.notes:
            return
        after = dataclasses.replace(item, notes=text)
        self.agenda[item.id] = after
        self.save(self.tr("Minutes"), [(item, after)])

    def _current_id(self) -> str | None:
        entry = self.ui.agendaList.currentItem()
        return entry.data(ID_ROLE) if entry else None

    def _toggle_clock(self) -> None:
        self.running = not self.running
        if self.running or self.round_left:
            self.clock.start()
        self.ui.timerButton.setText(
            self.tr("&Pause the clock") if self.running else self.tr("&Start the clock")
        )

    def _tick(self) -> None:
        item_id = self._current_id()
        if self.running and item_id:
            self.elapsed[item_id] = self.elapsed.get(item_id, 0) + 1
            self._show_clock()
        if self.round_left:
            self.round_left -= 1
            self._show_round()
        if not self.running and not self.round_left:
            self.clock.stop()

    def _show_clock(self) -> None:
        item = self._current()
        if item is None:
            self.ui.timerLabel.setText("")
            return
        spent = self.elapsed.get(item.id, 0)
        text = self.tr("{spent} of {box} min").format(
            spent=f"{spent // 60}:{spent % 60:02d}", box=item.duration_min
        )
        if item.duration_min and spent > item.duration_min * 60:
            text += " – " + self.tr("over time")
        self.ui.timerLabel.setText(text)

    # -- talk -------------------------------------------------------------------------------

    def _show_roles(self) -> None:
        roles = rotating_roles(self.form.members, self.form.session)
        names = (self.tr("Leads the talk"), self.tr("Takes notes"), self.tr("Keeps time"))
        self.ui.rolesLabel.setText(
            "\n".join(f"{role}: {name}" for role, name in zip(names, roles, strict=False))
        )

    def _start_round(self) -> None:
        self.round_left = self.ui.roundCombo.currentData()
        self.clock.start()
        self._show_round()

    def _show_round(self) -> None:
        left = self.round_left
        self.ui.roundLabel.setText(
            self.tr("{left} left").format(left=f"{left // 60}:{left % 60:02d}")
            if left
            else self.tr("Time is up: next round.")
        )

    # -- decisions and actions --------------------------------------------------------------

    def _add_decision(self) -> None:
        from skolgrupp.core.domain import Decision

        text = self.ui.decisionEdit.text().strip()
        if not text:
            return
        decision = Decision(
            session_id=self.form.session.id,
            text=text,
            position=float(self.ui.decisionsList.count()),
        )
        self.ui.decisionsList.addItem(text)
        self.ui.decisionEdit.clear()
        self.save(self.tr("Decision"), [(None, decision)])

    def _fill_actions(self) -> None:
        tree = self.ui.actionsList
        tree.blockSignals(True)
        tree.clear()
        for action in self.actions.values():
            owner = self.ui.ownerCombo.itemText(
                max(self.ui.ownerCombo.findData(action.owner_id), 0)
            )
            row = QTreeWidgetItem(["", action.text, owner, action.due_on or ""])
            row.setData(0, ID_ROLE, action.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked)
            tree.addTopLevelItem(row)
        tree.blockSignals(False)
        self.privacy.check()  # the rows are new: mark them again

    def _add_action(self) -> None:
        from skolgrupp.core.domain import ActionItem

        ui = self.ui
        text = ui.actionEdit.text().strip()
        if not text:
            return
        action = ActionItem(
            session_id=self.form.session.id,
            text=text,
            owner_id=ui.ownerCombo.currentData(),
            due_on=ui.dueEdit.date().toString("yyyy-MM-dd"),
            position=float(len(self.actions)),
        )
        self.actions[action.id] = action
        ui.actionEdit.clear()
        self._fill_actions()
        self.save(self.tr("Action item"), [(None, action)])

    def _action_checked(self, row: QTreeWidgetItem, column: int) -> None:
        action = self.actions.get(row.data(0, ID_ROLE))
        done = row.checkState(0) == Qt.CheckState.Checked
        if action is None or column != 0 or action.done == done:
            return
        after = dataclasses.replace(action, done=done)
        self.actions[action.id] = after
        self.save(
            self.tr("Action item done") if done else self.tr("Action item open"), [(action, after)]
        )
