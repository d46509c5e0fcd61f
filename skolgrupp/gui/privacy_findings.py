"""The privacy check's findings as the user meets them before a file or a paper leaves the
computer: where each is, what it looks like and the text; Show goes there to change it, and
"It is not a pupil" makes the check stay quiet about it, as a step the user can undo.

``FindingsList`` is the list with its two buttons, in the share dialog and in
``FindingsDialog``, which asks before a document with findings is printed or exported."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTreeWidgetItem,
    QWidget,
)

from skolgrupp.core.privacy_scan import Finding, finding_name
from skolgrupp.gui.forms.ui_findings_list import Ui_FindingsList

if TYPE_CHECKING:
    from skolgrupp.core.workspace import Workspace
    from skolgrupp.gui.main_window import MainWindow

FINDING_ROLE = Qt.ItemDataRole.UserRole
SHOW = 2  # a dialog's result when the user chose to go to a finding


class FindingsList(QWidget):
    """Findings, one a row; several can be chosen to say none is a pupil."""

    show_requested = Signal(object)  # the Finding to go to
    acknowledge_requested = Signal(list)  # the Findings that are not about a pupil

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_FindingsList()
        ui.setupUi(self)
        ui.list.itemActivated.connect(lambda item, _column: self._show(item))
        ui.list.itemSelectionChanged.connect(self._update_buttons)
        ui.showButton.clicked.connect(lambda: self._show(ui.list.currentItem()))
        ui.acknowledgeButton.clicked.connect(self._acknowledge)
        # Enter on a row goes there, and only there: the dialog's default button must not
        # take the key too.
        ui.list.installEventFilter(self)
        self.can_acknowledge = True
        self._update_buttons()

    def set_findings(self, findings: Sequence[Finding]) -> None:
        tree = self.ui.list
        tree.clear()
        for finding in findings:
            item = QTreeWidgetItem(
                [
                    finding.where,
                    finding_name(finding.kind, finding.certain),
                    " ".join(finding.text.split()),  # one line, whatever was typed
                ]
            )
            item.setData(0, FINDING_ROLE, finding)
            tree.addTopLevelItem(item)
        for column in range(2):
            tree.resizeColumnToContents(column)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        self._update_buttons()

    def findings(self) -> list[Finding]:
        tree = self.ui.list
        return [tree.topLevelItem(i).data(0, FINDING_ROLE) for i in range(tree.topLevelItemCount())]

    def set_can_acknowledge(self, allowed: bool) -> None:
        """Offer "It is not a pupil" only where the workspace can be changed."""
        self.can_acknowledge = allowed
        self.ui.acknowledgeButton.setVisible(allowed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.ui.list
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # type: ignore[attr-defined]
        ):
            self._show(self.ui.list.currentItem())
            return True
        return super().eventFilter(watched, event)

    def _chosen(self) -> list[Finding]:
        return [item.data(0, FINDING_ROLE) for item in self.ui.list.selectedItems()]

    def _update_buttons(self) -> None:
        chosen = bool(self.ui.list.selectedItems())
        self.ui.showButton.setEnabled(chosen)
        self.ui.acknowledgeButton.setEnabled(chosen)

    def _show(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.show_requested.emit(item.data(0, FINDING_ROLE))

    def _acknowledge(self) -> None:
        chosen = self._chosen()
        if chosen and self.can_acknowledge:
            self.acknowledge_requested.emit(chosen)


class FindingsDialog(QDialog):
    """Before a document with findings is printed or exported: go on anyway (the default,
    to keep it quick), go to a finding, say a finding is not a pupil, or cancel (Escape)."""

    def __init__(self, title: str, hint: str, go_on: str, parent: QWidget | None = None) -> None:
        from skolgrupp.gui.forms.ui_privacy_findings import Ui_PrivacyFindings

        super().__init__(parent)
        self.ui = ui = Ui_PrivacyFindings()
        ui.setupUi(self)
        self.setWindowTitle(title)
        self._hint = hint
        self.go_on: QPushButton = ui.buttons.addButton(
            go_on, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go_on.setDefault(True)
        self.go_on.clicked.connect(self.accept)
        self.chosen: Finding | None = None  # the finding to go to, with the result SHOW
        ui.findings.show_requested.connect(self._go_to)

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.ui.findings.set_findings(findings)
        self.ui.hint.setText(
            self._hint
            if findings
            else self.tr("Nothing left that looks like a pupil's name or personal identity number.")
        )
        self.ui.findings.setVisible(bool(findings))

    def _go_to(self, finding: Finding) -> None:
        self.chosen = finding
        self.done(SHOW)


def offer_acknowledging(
    window: MainWindow,
    findings: FindingsList,
    reread: Callable[[Workspace], list[Finding]],
    show: Callable[[list[Finding]], None],
) -> None:
    """Let the user say findings in ``findings`` are not about a pupil (where the workspace
    can be changed); once that is saved, the check runs again (``reread``, on the database
    thread) and ``show`` gets what it finds, while the dialog with the list is still open."""
    findings.set_can_acknowledge(not window.read_only_reason)

    def open_() -> bool:
        return shiboken6.isValid(findings) and findings.window().isVisible()

    def refresh() -> None:
        if open_():  # an undo after the dialog is closed changes nothing there
            window.database.call(
                reread, lambda found: show(found) if open_() else None, window.report_error
            )

    findings.acknowledge_requested.connect(lambda chosen: acknowledge(window, chosen, refresh))


def acknowledge(window: MainWindow, findings: Sequence[Finding], then: Callable[[], None]) -> None:
    """Remember that ``findings`` are not about a pupil, as one step the user can undo (Edit ›
    Undo); ``then`` runs once it is saved, and again after an undo or a redo."""
    from skolgrupp.core.domain import PrivacyAcknowledgement
    from skolgrupp.gui.undo import SaveRecords

    acknowledgements = {}
    for finding in findings:
        record = PrivacyAcknowledgement(
            record_kind=finding.record_kind,
            record_id=finding.record_id,
            field_name=finding.field,
            text=finding.text,
        )
        acknowledgements[record.id] = record  # the same text twice in a field: once
    window.undo_stack.push(
        SaveRecords(
            QCoreApplication.translate("privacy_findings", "It is not a pupil"),
            window.database,
            [(None, record) for record in acknowledgements.values()],
            changed=then,
            failed=window.group_page.save_failed,
        )
    )
