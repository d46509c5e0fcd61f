"""Help › Privacy and pupil data: what stays on the computer, what a shared file holds, what
a locked one protects against, and what the privacy check looks for, from the privacy rules
themselves (``privacy_scan.RULES``), so that the help says what the program does.

Every word is inserted as plain text: nothing in it is read as markup."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from skolgrupp.core import privacy_scan


class PrivacyHelp(QDialog):
    """A page to read beside the work: it does not block the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Privacy and pupil data"))
        self.resize(640, 600)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setAccessibleName(self.tr("Privacy and pupil data"))
        self.text.setOpenLinks(False)
        self.text.document().setDocumentMargin(12)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self._write()

    def _write(self) -> None:
        cursor = QTextCursor(self.text.document())
        base = self.text.font()
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setFontPointSize(base.pointSizeF() * 1.15)
        body = QTextCharFormat()
        body.setFontWeight(QFont.Weight.Normal)
        body.setFontPointSize(base.pointSizeF())
        spaced = QTextBlockFormat()
        spaced.setTopMargin(base.pointSizeF() * 0.8)
        sections = [
            (
                self.tr("Your work stays on this computer"),
                self.tr(
                    "Skolgrupp keeps a workspace in one file on this computer and sends "
                    "nothing over the network. Your work leaves the computer only as a file "
                    "you make: a shared group, a copy of the workspace, or a document you "
                    "print or export as PDF."
                ),
            ),
            *((rule.title, rule.text) for rule in privacy_scan.rules()),
            (
                self.tr("Going through the findings"),
                self.tr(
                    "Before you share a group (File \u203a Share group\u2026) and before you "
                    "print or export a document, Skolgrupp lists the text that may be about "
                    "pupils: where it is, what it looks like and the text itself. Show (or "
                    "Enter, or a double-click) takes you to where it is written, to change it. "
                    "\u201cIt is not a pupil\u201d makes the check stay quiet about that text "
                    "there; Edit \u203a Undo takes that back. You decide: sharing and printing "
                    "still work with findings left."
                ),
            ),
        ]
        first = True
        for title, text in sections:
            if not first:
                cursor.insertBlock(spaced)
            first = False
            cursor.insertText(title, heading)
            cursor.insertBlock(QTextBlockFormat())
            cursor.insertText(text, body)
        self.text.moveCursor(QTextCursor.MoveOperation.Start)
