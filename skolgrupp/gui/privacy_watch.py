"""A quiet note in an editor while the user types something that may identify a pupil.

Every editor where text about pupils is written (case pupils, predictions, observations,
interviews, minutes, action items, reflections) keeps one note above its buttons. It names
what looks like a personal identity number or a pupil's name and where it is, as the user
types, without a dialog and without selecting anything; cells of a table that hold such text
carry a warning sign with the finding in their tool tip. Saving with something new in the
note asks once, with a summary, whether to save anyway.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from skolgrupp.core import privacy

if TYPE_CHECKING:
    from skolgrupp.core.privacy_scan import Checker
    from skolgrupp.core.workspace import Workspace

# How long typing may pause before the note follows: quick enough to feel live, slow enough
# not to check every key of a fast typist.
DELAY_MS = 250
# Lines of the note before the rest is counted only.
SHOWN = 4

Check = Callable[[str], list[privacy.Finding]]
Item = QTableWidgetItem | QTreeWidgetItem


@dataclass(frozen=True)
class Known:
    """What an editor's check knows of the workspace, read before the editor opens: the
    adults, whose names are no pupils', and texts a user has said are not about a pupil."""

    adults: privacy.Adults = privacy.NO_ADULTS
    acknowledged: frozenset[str] = field(default_factory=frozenset)  # case-folded


def known(workspace: Workspace, record_ids: set[str]) -> Known:
    """The workspace's people, and the texts acknowledged in the records ``record_ids``: an
    acknowledgement quiets its text there only, as in every other check (on the database
    thread)."""
    from skolgrupp.core.domain import PrivacyAcknowledgement
    from skolgrupp.core.privacy_scan import adults_of

    return Known(
        adults_of(workspace),
        frozenset(
            _folded(a.text)
            for a in workspace.find(PrivacyAcknowledgement)
            if a.record_id in record_ids
        ),
    )


def _folded(text: str) -> str:
    """A text as acknowledgements match it: case and spacing aside."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class Seen:
    """A finding in one place of the editor."""

    where: str  # the field or column, in the user's words
    finding: privacy.Finding

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.where, self.finding.kind, self.finding.text.casefold())


@dataclass
class _Source:
    texts: Callable[[], Iterable[tuple[str, str, _Cell | None]]]  # (text, where, cell)
    check: Check


class PrivacyWatch(QObject):
    """Watches an editor's fields and tables and keeps its privacy note, placed in
    ``layout`` above the dialog's buttons, up to date."""

    def __init__(self, editor: QWidget, layout: QBoxLayout, known: Known | None = None) -> None:
        super().__init__(editor)
        self.editor = editor
        known = known or Known()
        self.adults = known.adults
        self.acknowledged = known.acknowledged
        self._checker: Checker | None = None
        self.note = QLabel(editor)
        self.note.setObjectName("privacyNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Privacy note"))
        icon = editor.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.icon = icon
        self.note.setStyleSheet("QLabel#privacyNote { padding: 4px; }")
        self.note.hide()
        _insert_above_buttons(layout, self.note)
        self.sources: list[_Source] = []
        self.live: dict[tuple[int, int, int], str] = {}  # (table, row, column) -> typed text
        self.editing: set[tuple[int, int, int]] = set()  # cells with an editor open
        self.marked: dict[tuple[int, int], _Cell] = {}
        self.found: list[Seen] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.check)
        self.before: set[tuple[str, str, str]] | None = None

    # -- what is watched --------------------------------------------------------------------

    def check_for(self, kind: str, field_name: str) -> Check:
        """How a field of a kind of record is checked: exactly as the privacy check of the
        workspace checks it (``privacy_scan``), so that the note and the lists agree."""
        if self._checker is None:
            from skolgrupp.core.privacy_scan import Checker

            self._checker = Checker(self.adults)
        checker = self._checker
        return lambda text: checker.check(kind, field_name, text)

    def watch_edit(self, edit: QLineEdit | QPlainTextEdit, where: str, check: Check) -> None:
        """A one-line or multi-line field."""
        text = edit.text if isinstance(edit, QLineEdit) else edit.toPlainText
        self.connect(edit)
        self.sources.append(_Source(lambda: [(text(), where, None)], check))

    def watch_field(
        self, edit: QLineEdit | QPlainTextEdit, label: QLabel, kind: str, field_name: str
    ) -> None:
        """A form's field of a record, named where it is by its label ("&Plan:" as "Plan")."""
        where = label.text().rstrip(":").replace("&", "")
        self.watch_edit(edit, where, self.check_for(kind, field_name))

    def watch_texts(self, texts: Callable[[], Iterable[tuple[str, str]]], check: Check) -> None:
        """Texts the editor keeps itself, or fields that come and go, as (text, where); call
        ``connect`` for such a field, or ``check`` when the texts change."""
        self.sources.append(
            _Source(lambda: [(text, where, None) for text, where in texts()], check)
        )

    def connect(self, edit: QPlainTextEdit | QLineEdit) -> None:
        """Check again after typing pauses in ``edit`` (a field ``watch_texts`` reads)."""
        edit.textChanged.connect(self.timer.start)

    def watch_table(
        self,
        table: QTableWidget | QTreeWidget,
        columns: dict[int, tuple[str, Check]],
    ) -> None:
        """Columns of a table: ``columns`` maps a column to where it is, in the user's
        words, and how it is checked. A cell being typed in counts with what is typed so
        far, before the cell takes it."""
        table.itemChanged.connect(lambda *_: self.timer.start())
        delegate = _TypingDelegate(self, table)
        for column, (where, check) in columns.items():
            table.setItemDelegateForColumn(column, delegate)

            def texts(column: int = column, where: str = where) -> list:
                out = []
                for row, item in _rows(table, column):
                    key = (id(table), row, column)
                    typed = self.live.get(key)
                    text = typed if typed is not None else _text(item, column)
                    out.append((text, where, _Cell(table, item, column, key in self.editing)))
                return out

            self.sources.append(_Source(texts, check))

    # -- checking ---------------------------------------------------------------------------

    def check(self) -> None:
        """Look at everything watched now and show what was found."""
        self.timer.stop()
        found: list[Seen] = []
        flagged: dict[tuple[int, int], tuple[_Cell, list[str]]] = {}
        busy: set[tuple[int, int]] = set()
        for source in self.sources:
            for text, where, cell in source.texts():
                if cell is not None and cell.editing:
                    busy.add(cell.key)
                if not text:
                    continue
                for finding in source.check(text):
                    if _folded(finding.text) in self.acknowledged:
                        continue
                    seen = Seen(where, finding)
                    found.append(seen)
                    if cell is not None:
                        flagged.setdefault(cell.key, (cell, []))[1].append(describe(finding))
        self.found = found
        self._mark(flagged, busy)
        self._show_note()

    def _mark(
        self, flagged: dict[tuple[int, int], tuple[_Cell, list[str]]], busy: set[tuple[int, int]]
    ) -> None:
        """A warning sign and the findings as tool tip on the cells that hold them; a cell
        being typed in keeps its sign until the typing is done."""
        for key, cell in list(self.marked.items()):
            if key not in flagged and key not in busy:
                cell.mark(None, "")
                del self.marked[key]
        for key, (cell, lines) in flagged.items():
            if key not in busy:
                cell.mark(self.icon, "\n".join(lines))
                self.marked[key] = cell

    def _show_note(self) -> None:
        if not self.found:
            self.note.hide()
            self.note.clear()
            return
        lines = [f"• {describe(s.finding)} ({s.where})" for s in self.found[:SHOWN]]
        if len(self.found) > SHOWN:
            lines.append(self.tr("…and {n} more").format(n=len(self.found) - SHOWN))
        self.note.setText(
            "\n".join(
                [
                    self.tr(
                        "This may identify a pupil. Use a pseudonym such as “Elev A” and no "
                        "personal identity numbers:"
                    ),
                    *lines,
                ]
            )
        )
        self.note.show()

    def start(self) -> None:
        """Check what the editor opened with: the findings in it are not new."""
        self.check()
        self.before = {seen.key for seen in self.found}

    def remember(self) -> None:
        """Count what is found now as there from the start (fields shown anew)."""
        self.before = (self.before or set()) | {seen.key for seen in self.found}

    def new_findings(self) -> list[Seen]:
        """What was found that was not there when the editor opened."""
        self.check()
        before = self.before or set()
        return [seen for seen in self.found if seen.key not in before]

    def confirm_save(self) -> bool:
        """Whether to save: at once when nothing new was found, otherwise as the user says
        after a summary. Escape goes back to editing."""
        new = self.new_findings()
        if not new:
            return True
        box = QMessageBox(self.editor)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Text that may identify a pupil"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("What you wrote may identify a pupil:")
            + "\n\n"
            + "\n".join(f"• {describe(s.finding)} ({s.where})" for s in new[:8])
            + ("\n" + self.tr("…and {n} more").format(n=len(new) - 8) if len(new) > 8 else "")
        )
        box.setInformativeText(
            self.tr(
                "Case pupils are written about under pseudonyms. If this is not about a pupil, "
                "save anyway."
            )
        )
        save = box.addButton(self.tr("Save anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is save


def describe(finding: privacy.Finding) -> str:
    """A finding in a few words, as the share dialog and the command line put it."""
    from skolgrupp.core.privacy_scan import finding_name

    return f"{finding_name(finding.kind, finding.certain)}: {finding.text}"


class _TypingDelegate(QStyledItemDelegate):
    """Lets the watch see a cell's text while it is typed, before the cell takes it."""

    def __init__(self, watch: PrivacyWatch, table: QAbstractItemView) -> None:
        super().__init__(table)
        self.watch = watch
        self.table = table

    def createEditor(  # noqa: N802
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            key = (id(self.table), index.row(), index.column())
            watch = self.watch
            watch.editing.add(key)

            def typed(text: str) -> None:
                watch.live[key] = text
                watch.timer.start()

            def closed(*_) -> None:  # taken by the cell, or given up with Escape
                watch.live.pop(key, None)
                watch.editing.discard(key)
                watch.timer.start()

            editor.textEdited.connect(typed)
            editor.destroyed.connect(closed)
        return editor


def _insert_above_buttons(layout: QBoxLayout, note: QLabel) -> None:
    """Put the note just above the dialog's buttons, or last when there are none."""
    for index in range(layout.count()):
        widget = layout.itemAt(index).widget()
        if isinstance(widget, QDialogButtonBox):
            layout.insertWidget(index, note)
            return
    layout.addWidget(note)


@dataclass(frozen=True)
class _Cell:
    """A cell of a table or tree, which a finding can be marked on."""

    view: QTableWidget | QTreeWidget
    item: Item
    column: int
    # An open editor would take a changed cell's text back: such a cell is marked later.
    editing: bool = False

    @property
    def key(self) -> tuple[int, int]:
        return (id(self.item), self.column)

    def mark(self, icon: QIcon | None, tip: str) -> None:
        # Quietly: the table's own handlers of changed cells are not about a warning sign.
        blocked = self.view.blockSignals(True)
        try:
            if isinstance(self.item, QTreeWidgetItem):
                self.item.setIcon(self.column, icon or QIcon())
                self.item.setToolTip(self.column, tip)
            else:
                self.item.setIcon(icon or QIcon())
                self.item.setToolTip(tip)
        finally:
            self.view.blockSignals(blocked)


def _rows(table: QTableWidget | QTreeWidget, column: int) -> Iterable[tuple[int, Item]]:
    if isinstance(table, QTreeWidget):
        for row in range(table.topLevelItemCount()):
            yield row, table.topLevelItem(row)
    else:
        for row in range(table.rowCount()):
            item = table.item(row, column)
            if item is not None:
                yield row, item


def _text(item: Item, column: int) -> str:
    return item.text(column) if isinstance(item, QTreeWidgetItem) else item.text()
