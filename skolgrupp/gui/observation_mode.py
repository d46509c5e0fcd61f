"""Observing a research lesson on a laptop: one tab per case pupil, one field per phase of the
lesson with the group's prediction above it, so an observer writes down quickly what the pupil
did. The observer's own case pupils come first. Everything is saved together when the lesson
is over, as one step the user can undo."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from skolgrupp.core.domain import (
    CasePupil,
    LessonPhase,
    Observation,
    ObserverAssignment,
    Prediction,
    Record,
    ResearchLesson,
)
from skolgrupp.gui.forms.ui_observation_mode import Ui_ObservationMode
from skolgrupp.gui.privacy_watch import Known, PrivacyWatch

Change = tuple[Record | None, Record | None]


@dataclass
class ObservationForm:
    cycle_title: str
    lesson: ResearchLesson
    phases: list[LessonPhase]
    pupils: list[CasePupil]
    members: list[dict[str, Any]]  # person_id, name
    predictions: list[Prediction]
    assignments: list[ObserverAssignment]
    observations: list[Observation]
    known: Known = dataclasses.field(default_factory=Known)


class ObservationMode(QDialog):
    def __init__(
        self, form: ObservationForm, *, observer_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ObservationMode()
        ui.setupUi(self)
        self.form = form
        self.setWindowTitle(
            self.tr("Observe research lesson {n}: {cycle}").format(
                n=form.lesson.iteration, cycle=form.cycle_title
            )
        )
        self.saved = {o.id: o for o in form.observations}
        # What is written, by (observer, case pupil, phase); starts from what was saved.
        self.notes: dict[tuple[str, str, str], str] = {
            (o.observer_id, o.pupil_id, o.phase_id): o.text for o in form.observations
        }
        self.predicted = {(p.phase_id, p.pupil_id): p.text for p in form.predictions}
        self.fields: dict[tuple[str, str], QPlainTextEdit] = {}  # (pupil, phase) -> field
        watchers = {a.person_id for a in form.assignments}
        for member in sorted(form.members, key=lambda m: m["person_id"] not in watchers):
            ui.observerCombo.addItem(member["name"], member["person_id"])
        chosen = ui.observerCombo.findData(observer_id) if observer_id else -1
        ui.observerCombo.setCurrentIndex(max(chosen, 0))
        self.observer_id: str | None = ui.observerCombo.currentData()
        ui.observerCombo.currentIndexChanged.connect(lambda _: self._change_observer())
        if self.observer_id is None:  # nobody in the group to observe: nothing can be noted
            ui.hint.setText(self.tr("The group has no members to observe the lesson."))
            ui.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self.privacy = PrivacyWatch(self, ui.mainLayout, form.known)
        self._build_tabs()
        pupils = {p.id: p.label for p in form.pupils}
        phases = {p.id: p.title for p in form.phases}
        self.privacy.watch_texts(
            lambda: (
                (
                    field.toPlainText(),
                    self.tr("Observation of {pupil}, {phase}").format(
                        pupil=pupils.get(pupil_id, ""), phase=phases.get(phase_id, "")
                    ),
                )
                for (pupil_id, phase_id), field in self.fields.items()
            ),
            self.privacy.check_for("observation", "text"),
        )
        self.privacy.start()
        # From one case pupil to the next without leaving the keyboard, also from inside a
        # field (which would otherwise take the keys for itself).
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+PgUp", -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self._next_pupil(step))

    def _watched(self, observer_id: str | None) -> set[str]:
        return {a.pupil_id for a in self.form.assignments if a.person_id == observer_id}

    def _build_tabs(self) -> None:
        """A tab per case pupil, the observer's own first."""
        ui = self.ui
        ui.pupilTabs.clear()
        self.fields.clear()
        watched = self._watched(self.observer_id)
        for pupil in sorted(self.form.pupils, key=lambda p: p.id not in watched):
            page = QWidget()
            layout = QVBoxLayout(page)
            if pupil.typifies:
                about = QLabel(pupil.typifies, page)
                about.setTextFormat(Qt.TextFormat.PlainText)
                about.setWordWrap(True)
                layout.addWidget(about)
            for phase in self.form.phases:
                heading = QLabel(
                    self.tr("{phase} ({minutes} min)").format(
                        phase=phase.title.replace("&", "&&"),  # a buddy's & marks a shortcut
                        minutes=phase.duration_min,
                    ),
                    page,
                )
                heading.setTextFormat(Qt.TextFormat.PlainText)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                layout.addWidget(heading)
                prediction = self.predicted.get((phase.id, pupil.id), "")
                if prediction:
                    guess = QLabel(self.tr("Predicted: {text}").format(text=prediction), page)
                    guess.setTextFormat(Qt.TextFormat.PlainText)
                    guess.setWordWrap(True)
                    layout.addWidget(guess)
                field = QPlainTextEdit(page)
                field.setTabChangesFocus(True)
                field.setAccessibleName(
                    self.tr("What {pupil} did in {phase}").format(
                        pupil=pupil.label, phase=phase.title
                    )
                )
                field.setPlaceholderText(self.tr("What did {pupil} do?").format(pupil=pupil.label))
                field.setFixedHeight(field.fontMetrics().lineSpacing() * 4 + 14)
                field.setPlainText(self.notes.get((self.observer_id or "", pupil.id, phase.id), ""))
                heading.setBuddy(field)
                layout.addWidget(field)
                self.fields[(pupil.id, phase.id)] = field
                self.privacy.connect(field)
            layout.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            title = (
                pupil.label
                if pupil.id in watched
                else self.tr("{pupil} (not yours)").format(pupil=pupil.label)
            )
            ui.pupilTabs.addTab(scroll, title.replace("&", "&&"))  # & would mark a shortcut

    def _next_pupil(self, step: int) -> None:
        tabs = self.ui.pupilTabs
        if tabs.count():
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
            first = tabs.currentWidget().findChild(QPlainTextEdit)
            if first is not None:
                first.setFocus()

    def _keep_written(self) -> None:
        if self.observer_id is None:
            return
        for (pupil_id, phase_id), field in self.fields.items():
            self.notes[(self.observer_id, pupil_id, phase_id)] = field.toPlainText()

    def _change_observer(self) -> None:
        self._keep_written()
        self.observer_id = self.ui.observerCombo.currentData()
        self._build_tabs()
        self.privacy.check()
        self.privacy.remember()  # another observer's notes as they were: not new

    def accept(self) -> None:
        if self.privacy.confirm_save():
            super().accept()

    def field(self, pupil_id: str, phase_id: str) -> QPlainTextEdit:
        return self.fields[(pupil_id, phase_id)]

    def changes(self) -> list[Change]:
        """Observations written, changed or emptied, by every observer chosen meanwhile."""
        self._keep_written()
        changes: list[Change] = []
        for (observer_id, pupil_id, phase_id), text in self.notes.items():
            text = text.strip()
            record_id = Observation.id_for(phase_id, pupil_id, observer_id)
            old = self.saved.get(record_id)
            if text and (old is None or old.text != text):
                new = (
                    dataclasses.replace(old, text=text)
                    if old
                    else Observation(
                        phase_id=phase_id, pupil_id=pupil_id, observer_id=observer_id, text=text
                    )
                )
                changes.append((old, new))
            elif not text and old is not None:
                changes.append((old, None))
        return changes
