"""File › Merge from file…, Undo last merge, and Changed on two computers…: bringing a
colleague's copy in, with a plan to look at first, and resolving what both changed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from skolgrupp.core.errors import WorkspaceError
from skolgrupp.core.i18n import translate
from skolgrupp.gui import jobs
from skolgrupp.gui.forms.ui_conflicts_dialog import Ui_ConflictsDialog
from skolgrupp.gui.forms.ui_merge_dialog import Ui_MergeDialog

if TYPE_CHECKING:
    from skolgrupp.core.conflicts import RecordConflict, Side
    from skolgrupp.core.merge import MergePlan
    from skolgrupp.core.workspace import Workspace
    from skolgrupp.gui.main_window import MainWindow

_COLUMNS = ("new", "changed", "deleted", "restored", "conflict")


class MergeDialog(QDialog):
    """What merging a file would change, per kind of record; deletions need a tick."""

    def __init__(self, plan: MergePlan, parent: QWidget | None = None) -> None:
        from skolgrupp.core.merge import KIND_NAMES

        super().__init__(parent)
        self.ui = ui = Ui_MergeDialog()
        ui.setupUi(self)
        ui.summary.setText(
            self.tr("What merging {file} would change in your workspace:").format(
                file=plan.source.name
            )
        )
        for kind, counts in plan.counts().items():
            name = translate("merge", KIND_NAMES.get(kind, kind))
            cells = [str(counts.get(what, "")) for what in _COLUMNS]
            item = QTreeWidgetItem([name, *cells])
            for column in range(1, len(_COLUMNS) + 1):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            ui.changesList.addTopLevelItem(item)
        ui.changesList.resizeColumnToContents(0)
        if plan.future:
            ui.futureLabel.setText(
                self.tr(
                    "{n} changes are dated more than a day ahead of this computer's clock: the "
                    "clock of the computer they come from may be wrong. They are merged all the "
                    "same, and may show as the newest."
                ).format(n=plan.future)
            )
        else:
            ui.futureLabel.hide()
        if plan.deletions:
            ui.deleteBox.setText(
                self.tr("&Delete here too what was deleted in the other file ({n})").format(
                    n=plan.deletions
                )
            )
        else:
            ui.deleteBox.hide()
        ui.hint.setText(
            self.tr(
                "Before merging, Skolgrupp keeps a copy of your workspace as it is; "
                "File › Undo last merge brings it back."
            )
        )
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Merge"))
        ok.setEnabled(not plan.deletions)
        ui.deleteBox.toggled.connect(ok.setEnabled)


def _value(value: Any) -> str:
    if value is None or value == "":
        return "–"
    return str(value)


class ConflictsDialog(QDialog):
    """Each record changed on two computers at once: the version shown beside the other,
    and a button to keep either."""

    def __init__(self, conflicts: list[RecordConflict], parent: QWidget | None = None) -> None:
        from skolgrupp.core.merge import KIND_NAMES

        super().__init__(parent)
        self.ui = ui = Ui_ConflictsDialog()
        ui.setupUi(self)
        self.chosen: tuple[str, str] | None = None  # (record id, stamp of the version kept)
        self.pairs: list[tuple[RecordConflict, Side]] = []
        ui.intro.setText(
            self.tr(
                "These records were changed on two computers at once, and both versions are "
                "kept. Choose the one to keep; the other is then gone everywhere the choice is "
                "merged."
            )
        )
        for conflict in conflicts:
            for other in conflict.others:
                self.pairs.append((conflict, other))
                item = QTreeWidgetItem(
                    [
                        _title(conflict.shown.data),
                        translate("merge", KIND_NAMES.get(conflict.kind, conflict.kind)),
                    ]
                )
                ui.conflictsList.addTopLevelItem(item)
        ui.conflictsList.resizeColumnToContents(0)
        ui.conflictsList.currentItemChanged.connect(lambda *_: self._show())
        ui.keepShownButton.clicked.connect(lambda: self._keep(shown=True))
        ui.keepOtherButton.clicked.connect(lambda: self._keep(shown=False))
        if self.pairs:
            ui.conflictsList.setCurrentItem(ui.conflictsList.topLevelItem(0))
        self._show()

    def _pair(self) -> tuple[RecordConflict, Side] | None:
        index = self.ui.conflictsList.indexOfTopLevelItem(self.ui.conflictsList.currentItem())
        return self.pairs[index] if 0 <= index < len(self.pairs) else None

    def _show(self) -> None:
        ui = self.ui
        pair = self._pair()
        for widget in (ui.keepShownButton, ui.keepOtherButton):
            widget.setEnabled(pair is not None)
        if pair is None:
            ui.shownText.clear()
            ui.otherText.clear()
            return
        conflict, other = pair
        fields = conflict.differing()
        ui.shownLabel.setText(self.tr("Shown now ({when})").format(when=_when(conflict.shown)))
        ui.otherLabel.setText(self.tr("The other version ({when})").format(when=_when(other)))
        ui.shownText.setPlainText(_describe(conflict.shown, fields))
        ui.otherText.setPlainText(_describe(other, fields))

    def _keep(self, *, shown: bool) -> None:
        pair = self._pair()
        if pair is None:
            return
        conflict, other = pair
        self.chosen = (conflict.record_id, conflict.shown.hlc if shown else other.hlc)
        self.accept()


def _title(data: dict[str, Any]) -> str:
    for name in ("title", "name", "label", "text", "question", "prompt"):
        value = data.get(name)
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())[:80]
    return "–"


def _when(side: Side) -> str:
    return side.updated_at[:16].replace("T", " ")


def _describe(side: Side, fields: list[str]) -> str:
    if side.deleted:
        return translate("merge", "Deleted.")
    from skolgrupp.core.conflicts import field_name

    return "\n\n".join(f"{field_name(name)}:\n{_value(side.data.get(name))}" for name in fields)


class MergeFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: MergeDialog | ConflictsDialog | None = None  # open while asking (tests)
        self.question: QMessageBox | None = None
        self.offer: QMessageBox | None = None  # a copy beside the workspace, while asked about
        self._offered: set[Path] = set()  # conflicted copies already offered for merging

    # -- merge ------------------------------------------------------------------------------

    def merge_from_file(self, source: Path | None = None) -> None:
        window = self.window
        if source is None:
            name, _ = QFileDialog.getOpenFileName(
                window,
                self.tr("Merge from file"),
                str(window.path.parent if window.path else Path.home()),
                self.tr("Skolgrupp workspaces (*.skolgrupp);;All files (*)"),
            )
            if not name:
                return
            source = Path(name)
        from skolgrupp.core.sealed import is_sealed

        passphrase = None
        if is_sealed(source):
            passphrase, ok = QInputDialog.getText(
                window,
                self.tr("Merge from file"),
                self.tr("{name} is locked. Its passphrase:").format(name=source.name),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        window.database.call(
            lambda ws: _plan(ws, source, passphrase), self._ask, window.report_error
        )

    def _ask(self, plan: MergePlan) -> None:
        window = self.window
        if plan.empty:
            window.statusBar().showMessage(
                self.tr("{file} holds nothing new.").format(file=plan.source.name), 8000
            )
            return
        dialog = MergeDialog(plan, window)
        self.dialog = dialog
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
        finally:
            self.dialog = None
            dialog.deleteLater()
        from skolgrupp.core.merge import apply_merge
        from skolgrupp.gui.progress import LongWork

        LongWork(
            window,
            self.tr("Merging {file}…").format(file=plan.source.name),
            lambda ws, progress: apply_merge(ws, plan, progress=progress),
            self._merged,
        )

    def _merged(self, snapshot: Path) -> None:
        window = self.window
        window.undo_stack.clear()  # its steps were about the records before the merge
        window.statusBar().showMessage(
            self.tr("Merged. Your workspace as it was before is kept as {file}.").format(
                file=snapshot.name
            ),
            10000,
        )
        window.reload_groups(window.group_page.group_id)
        window.database.call(_conflicts, window.show_conflict_banner, window.report_error)

    def offer_conflict_copies(self) -> None:
        """Offer to merge the copies a sync service left beside the workspace, each once."""
        from skolgrupp.core.placement import conflict_copies

        window = self.window
        if window.path is None:
            return
        for copy in conflict_copies(window.path):
            if copy in self._offered:
                continue
            self._offered.add(copy)
            box = QMessageBox(window)
            box.setWindowTitle(self.tr("A copy beside the workspace"))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(
                self.tr(
                    "{copy} lies beside {name}: a sync service made it when the workspace was "
                    "changed on two computers at once. Merge its changes into the workspace?"
                ).format(copy=copy.name, name=window.path.name)
            )
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            self.offer = box
            try:
                merge = box.exec() == QMessageBox.StandardButton.Yes
            finally:
                self.offer = None
                box.deleteLater()
            if merge:
                self.merge_from_file(copy)
                return  # one at a time; the others are offered next time it opens

    # -- undo -------------------------------------------------------------------------------

    def undo_last_merge(self) -> None:
        from skolgrupp.core.merge import can_undo_merge

        self.window.database.call(can_undo_merge, self._confirm_undo, self.window.report_error)

    def _confirm_undo(self, possible: bool) -> None:
        window = self.window
        box = QMessageBox(window)
        box.setWindowTitle(self.tr("Undo last merge"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        if not possible:
            box.setText(
                self.tr(
                    "The last merge cannot be undone: there was none, or the workspace has "
                    "changed since."
                )
            )
            box.exec()
            return
        box.setText(self.tr("Put the workspace back as it was before the last merge?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.question = box
        try:
            if box.exec() != QMessageBox.StandardButton.Yes or window.path is None:
                return
        finally:
            self.question = None
        path = window.path
        window.close_then(lambda: self._undo(path))

    def _undo(self, path: Path) -> None:
        from skolgrupp.core.merge import undo_merge

        try:
            undo_merge(path)
        except WorkspaceError as error:
            self.window.report_error(error)
        self.window.open_file(path)

    # -- conflicts --------------------------------------------------------------------------

    def resolve_conflicts(self) -> None:
        self.window.database.call(_conflicts, self._show_conflicts, self.window.report_error)

    def _show_conflicts(self, conflicts: list[RecordConflict]) -> None:
        window = self.window
        window.show_conflict_banner(conflicts)
        if not conflicts:
            window.statusBar().showMessage(
                self.tr("No records were changed on two computers at once."), 8000
            )
            return
        dialog = ConflictsDialog(conflicts, window)
        self.dialog = dialog
        try:
            dialog.exec()
            chosen = dialog.chosen  # None when closed without choosing
            if chosen is None:
                return
        finally:
            self.dialog = None
            dialog.deleteLater()
        from skolgrupp.core.conflicts import resolve_conflict

        def resolve(ws: Workspace) -> list[RecordConflict]:
            resolve_conflict(ws, *chosen)
            return _conflicts(ws)

        window.database.call(resolve, self._resolved, window.report_error)

    def _resolved(self, conflicts: list[RecordConflict]) -> None:
        window = self.window
        window.undo_stack.clear()
        window.show_conflict_banner(conflicts)
        window.reload_groups(window.group_page.group_id)
        if conflicts:
            self._show_conflicts(conflicts)  # the next one


def _plan(workspace: Workspace, source: Path, passphrase: str | None) -> MergePlan:
    from skolgrupp.core.merge import preview_merge

    return preview_merge(workspace, source, passphrase)


def _conflicts(workspace: Workspace) -> list[RecordConflict]:
    return jobs.conflicts(workspace)
