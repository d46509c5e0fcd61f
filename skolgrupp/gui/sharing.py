"""File › Share group…: the privacy check (with a way to each finding, and to say one is
not a pupil), a passphrase when wanted, and the new file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from skolgrupp.core.sealed import MIN_PASSPHRASE
from skolgrupp.gui.dialogs import choose_save_path
from skolgrupp.gui.forms.ui_share_dialog import Ui_ShareDialog
from skolgrupp.gui.privacy_findings import SHOW

if TYPE_CHECKING:
    from skolgrupp.core.privacy_scan import Finding
    from skolgrupp.core.workspace import Workspace
    from skolgrupp.gui.main_window import MainWindow


@dataclass
class ShareForm:
    group_id: str
    name: str
    special_support: bool
    warnings: list[Finding]


def read_form(workspace: Workspace, group_id: str) -> ShareForm:
    from skolgrupp.core.domain import Group, Subject

    group = workspace.get(Group, group_id)
    return ShareForm(
        group_id,
        group.name,
        group.subject == Subject.SPECIAL_SUPPORT,
        read_findings(workspace, group_id),
    )


def read_findings(workspace: Workspace, group_id: str) -> list[Finding]:
    """The privacy check of what sharing the group would write."""
    from skolgrupp.core.share import privacy_warnings

    return privacy_warnings(workspace, group_id)


class ShareDialog(QDialog):
    def __init__(self, form: ShareForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ShareDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Share {name}").format(name=form.name))
        ui.intro.setText(
            self.tr(
                "A new file with the group {name}: its members, sessions with everything "
                "recorded at them, shared reflections, cycles and goals. Private reflections "
                "are never shared. A colleague can open it or merge it into their workspace."
            ).format(name=form.name)
        )
        self.chosen: Finding | None = None  # the finding to go to, with the result SHOW
        ui.findings.show_requested.connect(self._go_to)
        self.show_findings(form.warnings)
        if form.special_support:
            ui.lockHint.setText(
                self.tr(
                    "Recommended: the notes of a special-support group may concern pupils. "
                    "Tell the passphrase to your colleague another way than the file."
                )
            )
        else:
            ui.lockHint.setText(
                self.tr("Tell the passphrase to your colleague another way than the file.")
            )
        ui.lockBox.setChecked(form.special_support)
        ui.lockBox.toggled.connect(self._update)
        ui.passphraseEdit.textChanged.connect(self._update)
        ui.againEdit.textChanged.connect(self._update)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Share…"))
        self._update()

    def show_findings(self, findings: list[Finding]) -> None:
        ui = self.ui
        if findings:
            ui.privacyHint.setText(
                self.tr(
                    "The privacy check found text that may be about pupils. If it is, choose "
                    "Show to go there and change it to a pseudonym (such as \u201cElev A\u201d). "
                    "If it is not, say so: the check remembers."
                )
            )
        else:
            ui.privacyHint.setText(
                self.tr("The privacy check found no names or personal identity numbers.")
            )
        ui.findings.set_findings(findings)
        ui.findings.setVisible(bool(findings))

    def _go_to(self, finding: Finding) -> None:
        self.chosen = finding
        self.done(SHOW)

    def passphrase(self) -> str | None:
        return self.ui.passphraseEdit.text() if self.ui.lockBox.isChecked() else None

    def _update(self) -> None:
        ui = self.ui
        locked = ui.lockBox.isChecked()
        for widget in (ui.passphraseLabel, ui.passphraseEdit, ui.againLabel, ui.againEdit):
            widget.setEnabled(locked)
        ok = True
        status = ""
        if locked:
            first, again = ui.passphraseEdit.text(), ui.againEdit.text()
            if len(first.strip()) < MIN_PASSPHRASE:
                ok = False
                status = self.tr(
                    "At least {n} characters; a short sentence is easy to say and hard to guess."
                ).format(n=MIN_PASSPHRASE)
            elif first != again:
                ok = False
                status = self.tr("Write the same passphrase twice.")
        ui.passphraseStatus.setText(status)
        ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)


class Sharing(QObject):
    """Share the group on screen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: ShareDialog | None = None  # open while the user chooses (tests)
        self.question: QMessageBox | None = None

    def share_group(self) -> None:
        window = self.window
        page = window.group_page
        group_id = page.group_id
        if (
            window.path is None
            or window.pages.currentWidget() is not page
            or group_id is None
            or window.groups.row_of(group_id) < 0
        ):
            window.statusBar().showMessage(self.tr("Choose a group first."), 5000)
            return
        page.dialogs.open(
            window.database,
            lambda ws: read_form(ws, group_id),
            self._ask,
            window.report_error,
        )

    def _ask(self, form: ShareForm) -> None:
        from skolgrupp.gui.privacy_findings import offer_acknowledging

        dialog = ShareDialog(form, self.window)
        self.dialog = dialog
        offer_acknowledging(
            self.window,
            dialog.ui.findings,
            lambda ws: read_findings(ws, form.group_id),
            dialog.show_findings,
        )
        try:
            result = dialog.exec()
            passphrase = dialog.passphrase()
        finally:
            self.dialog = None
            dialog.deleteLater()
        if result == SHOW and dialog.chosen is not None:
            from skolgrupp.gui.places import show_finding

            show_finding(self.window, dialog.chosen)
        if result != QDialog.DialogCode.Accepted:
            return
        folder = self.window.path.parent if self.window.path else Path.home()
        target = choose_save_path(
            self.window,
            self.tr("Share {name}").format(name=form.name),
            folder / f"{form.name}.skolgrupp",
            self.tr("Skolgrupp workspaces (*.skolgrupp)"),
            self,
        )
        if target is not None:
            self.write(form, target, passphrase)

    def write(self, form: ShareForm, target: Path, passphrase: str | None) -> None:
        from skolgrupp.core.share import share_group
        from skolgrupp.gui.progress import LongWork

        def done(_result) -> None:
            message = (
                self.tr("Shared {name} as {file}, locked with its passphrase.")
                if passphrase
                else self.tr("Shared {name} as {file}.")
            )
            self.window.statusBar().showMessage(
                message.format(name=form.name, file=target.name), 8000
            )

        LongWork(
            self.window,
            self.tr("Sharing {name}…").format(name=form.name),
            lambda ws, progress: share_group(
                ws, form.group_id, target, passphrase=passphrase, progress=progress
            ),
            done,
        )


def open_locked(window: MainWindow, path: Path, owner: Any) -> bool:
    """Open a shared file locked with a passphrase: asked for its passphrase and where to
    keep the workspace it holds (by default beside the user's workspaces, not where shared
    files travel), the file is checked as any colleague's file is, written there unlocked,
    and opened. False when the user cancelled."""
    from skolgrupp.core import paths
    from skolgrupp.core.sealed import MIN_PASSPHRASE, WrongPassphrase

    passphrase, ok = QInputDialog.getText(
        window,
        QApplication.translate("sharing", "Open locked file"),
        QApplication.translate(
            "sharing",
            "{name} is a shared file locked with a passphrase. Its passphrase:",
        ).format(name=path.name),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return False
    if len(passphrase.strip()) < MIN_PASSPHRASE:  # no file is locked with one this short
        window.report_error(WrongPassphrase(path))
        return False
    folder = window.path.parent if window.path else paths.default_workspace_path().parent
    name = QApplication.translate("sharing", "{name} (unlocked)").format(name=path.stem)
    target = choose_save_path(
        window,
        QApplication.translate("sharing", "Keep the unlocked workspace as"),
        folder / f"{name}{paths.WORKSPACE_SUFFIX}",
        QApplication.translate("sharing", "Skolgrupp workspaces (*.skolgrupp)"),
        owner,
    )
    if target is None:
        return False
    shown = window.path
    window.open_with(lambda: _unlocked(path, passphrase, target, shown))
    return True


def _unlocked(path: Path, passphrase: str, target: Path, shown: Path | None) -> Workspace:
    from skolgrupp.core.share import unlock
    from skolgrupp.core.workspace import Workspace

    return Workspace.open(unlock(path, passphrase, target, not_over=shown))
