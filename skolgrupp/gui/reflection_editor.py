"""Writing a reflection: for oneself only, or shared with the group, with the standard
questions, free text, and the goals it concerns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from skolgrupp.gui.forms.ui_reflection_editor import Ui_ReflectionEditor
from skolgrupp.gui.privacy_watch import Known, PrivacyWatch

if TYPE_CHECKING:
    from skolgrupp.core.domain import Record


@dataclass
class ReflectionChoices:
    """What the editor offers, read from the workspace before it opens."""

    groups: list[dict[str, Any]]
    members: dict[str, list[dict[str, Any]]]  # by group id
    sessions: dict[str, list[dict[str, Any]]]  # by group id
    goals: list[dict[str, Any]]
    prompts: list[str] = field(default_factory=list)
    cycles: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by group id
    known: Known = field(default_factory=Known)


class ReflectionEditor(QDialog):
    def __init__(
        self,
        choices: ReflectionChoices,
        *,
        group_id: str,
        author_id: str | None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReflectionEditor()
        self.ui.setupUi(self)
        self.choices = choices
        ui = self.ui
        for group in choices.groups:
            ui.groupCombo.addItem(group["name"], group["id"])
        ui.groupCombo.setCurrentIndex(max(ui.groupCombo.findData(group_id), 0))
        ui.dateEdit.setDate(QDate(today.year, today.month, today.day))
        self.answers: list[tuple[str, QPlainTextEdit]] = []
        for prompt in choices.prompts:
            label = QLabel(prompt, self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(prompt)
            edit.setMaximumHeight(70)
            label.setBuddy(edit)
            ui.promptsLayout.addWidget(label)
            ui.promptsLayout.addWidget(edit)
            self.answers.append((prompt, edit))
        for goal in choices.goals:
            item = QListWidgetItem(f"{goal['code']} {goal['title']}".strip())
            item.setData(Qt.ItemDataRole.UserRole, goal["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.goalsList.addItem(item)
        ui.groupCombo.currentIndexChanged.connect(lambda _: self._group_changed(author_id))
        self._group_changed(author_id)
        for edit in [ui.textEdit, *(e for _, e in self.answers)]:
            edit.textChanged.connect(self._update_save)
        ui.authorCombo.currentIndexChanged.connect(lambda _: self._update_save())
        self._update_save()
        self.privacy = watch = PrivacyWatch(self, ui.mainLayout, choices.known)
        watch.watch_edit(ui.textEdit, self.tr("Reflection"), watch.check_for("reflection", "text"))
        for prompt, edit in self.answers:
            watch.watch_edit(edit, prompt, watch.check_for("reflection_answer", "answer"))
        watch.start()

    def accept(self) -> None:
        if self.privacy.confirm_save():
            super().accept()

    def _group_changed(self, author_id: str | None) -> None:
        ui = self.ui
        group_id = ui.groupCombo.currentData()
        ui.authorCombo.clear()
        for member in self.choices.members.get(group_id, []):
            ui.authorCombo.addItem(member["name"], member["person_id"])
        if author_id is not None and ui.authorCombo.findData(author_id) >= 0:
            ui.authorCombo.setCurrentIndex(ui.authorCombo.findData(author_id))
        ui.sessionCombo.clear()
        ui.sessionCombo.addItem(self.tr("No particular session"), None)
        for session in self.choices.sessions.get(group_id, []):
            ui.sessionCombo.addItem(f"{session['date']}  {session['title']}", session["id"])
        ui.cycleCombo.clear()
        ui.cycleCombo.addItem(self.tr("No cycle"), None)
        for cycle in self.choices.cycles.get(group_id, []):
            ui.cycleCombo.addItem(cycle["title"], cycle["id"])
        ui.cycleCombo.setEnabled(ui.cycleCombo.count() > 1)

    def _update_save(self) -> None:
        written = self.ui.textEdit.toPlainText().strip() or any(
            e.toPlainText().strip() for _, e in self.answers
        )
        has_author = self.ui.authorCombo.currentData() is not None
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            bool(written) and has_author
        )

    @property
    def author_id(self) -> str | None:
        return self.ui.authorCombo.currentData()

    def records(self) -> list[Record]:
        """The reflection, its answers and its goal links, ready to be saved."""
        from skolgrupp.core.domain import Reflection, ReflectionAnswer, ReflectionGoal

        ui = self.ui
        reflection = Reflection(
            group_id=ui.groupCombo.currentData(),
            author_id=ui.authorCombo.currentData(),
            session_id=ui.sessionCombo.currentData(),
            cycle_id=ui.cycleCombo.currentData(),
            written_on=ui.dateEdit.date().toString("yyyy-MM-dd"),
            visibility="group" if ui.sharedRadio.isChecked() else "private",
            text=ui.textEdit.toPlainText().strip(),
        )
        records: list[Record] = [reflection]
        for position, (prompt, edit) in enumerate(self.answers):
            answer = edit.toPlainText().strip()
            if answer:
                records.append(
                    ReflectionAnswer(
                        reflection_id=reflection.id,
                        position=float(position),
                        prompt=prompt,
                        answer=answer,
                    )
                )
        for row in range(ui.goalsList.count()):
            item = ui.goalsList.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                records.append(
                    ReflectionGoal(
                        reflection_id=reflection.id, goal_id=item.data(Qt.ItemDataRole.UserRole)
                    )
                )
        return records
