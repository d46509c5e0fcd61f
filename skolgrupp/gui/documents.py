"""Exporting and printing the PDF documents for what the window shows: the chosen session,
the group, the chosen cycle or research lesson, or a school year.

The documents are built by ``skolgrupp.reports`` on the database thread, with progress and
Cancel. Printing shows the very pages of the PDF in Qt's print preview: they are drawn from
the file by PDFium, so what is printed is what is exported."""

from __future__ import annotations

import math
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from skolgrupp.core.atomic import scratch_folder
from skolgrupp.core.labels import label
from skolgrupp.gui.dialogs import choose_save_path
from skolgrupp.gui.forms.ui_document_options import Ui_DocumentOptions
from skolgrupp.reports.documents import DOCUMENTS, Request

if TYPE_CHECKING:
    from skolgrupp.core.privacy_scan import Finding
    from skolgrupp.core.workspace import Workspace
    from skolgrupp.gui.main_window import MainWindow
    from skolgrupp.gui.privacy_findings import FindingsDialog
    from skolgrupp.gui.progress import LongWork

# Pages are drawn as pictures: sharp on paper at 300 dots per inch, and lighter on screen in
# the preview, which keeps every page in memory while it is open.
PRINT_DPI = 300
PREVIEW_DPI = 110
MIN_PREVIEW_DPI = 50
# Dots per inch squared times pages the preview may hold: about 150 MB of A4 pages (at three
# bytes a dot), so 40 pages at 110 dpi and a 200-page year summary at 50.
PREVIEW_BUDGET = 150e6 / (3 * 8.27 * 11.69)
SHOW_PROGRESS_AFTER_MS = 500
# Characters a file name cannot hold on one of the systems teachers use.
# Characters a file name cannot hold on one of the systems teachers use, and invisible ones
# that could make a name read differently from what it is (direction marks).
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]+')


@dataclass(frozen=True)
class Chosen:
    """What a document would be about now: its id, and a name for the file."""

    id: str
    name: str


def file_name(value: str) -> str:
    """``value`` as a file name that every system accepts."""
    cleaned = " ".join(_NOT_IN_FILE_NAMES.sub(" ", value).split()).strip(". ")
    return (cleaned[:80].rstrip(". ") or "Skolgrupp") + ".pdf"


def school_years(today: date, count: int = 3) -> list[str]:
    """This school year first (it starts in July), then the ones before: "2026/27", …"""
    first = today.year if today.month >= 7 else today.year - 1
    return [f"{year}/{(year + 1) % 100:02d}" for year in range(first, first - count, -1)]


class DocumentOptions(QDialog):
    """The choices a document needs beyond what the window shows: a term report's period, a
    year summary's school year and owner, an observation sheet's observer."""

    def __init__(self, document: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_DocumentOptions()
        ui.setupUi(self)
        self.setWindowTitle(title)
        rows = {
            "term": (ui.fromDate, ui.toDate),
            "year": (ui.yearCombo, ui.ownerCombo),
            "observation": (ui.observerCombo,),
        }
        for document_kind, fields in rows.items():
            for field in fields:
                ui.formLayout.setRowVisible(field, document_kind == document)
        ui.fromDate.dateChanged.connect(ui.toDate.setMinimumDate)
        ui.ownerCombo.addItem(self.tr("Both municipal and independent schools"), None)
        for owner in ("municipal", "independent"):
            ui.ownerCombo.addItem(label(owner), owner)
        ui.observerCombo.addItem(self.tr("Whoever observes (every case pupil)"), None)
        ui.hint.hide()

    def set_period(self, first: date, last: date) -> None:
        self.ui.fromDate.setDate(QDate(first.year, first.month, first.day))
        self.ui.toDate.setDate(QDate(last.year, last.month, last.day))

    def period(self) -> tuple[date, date]:
        first, last = self.ui.fromDate.date(), self.ui.toDate.date()
        return (
            date(first.year(), first.month(), first.day()),
            date(last.year(), last.month(), last.day()),
        )


class Documents(QObject):
    """The window's File › Print and File › Export as PDF."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.options: DocumentOptions | None = None  # open while the user chooses (tests)
        self.preview: QPrintPreviewDialog | None = None
        self.question: QMessageBox | None = None
        self.findings: FindingsDialog | None = None  # open while the user chooses (tests)
        self.today = date.today
        self._temporary: set[Path] = set()  # folders of PDFs being built to print

    def names(self) -> dict[str, str]:
        return {
            "session": self.tr("Session summary"),
            "plan": self.tr("Session plan"),
            "term": self.tr("Term report"),
            "cycle": self.tr("Cycle report"),
            "observation": self.tr("Observation sheet"),
            "year": self.tr("Year summary"),
        }

    # -- what the window shows ---------------------------------------------------------------

    def chosen(self, document: str) -> Chosen | None:
        """What ``document`` would be about now, or None when nothing it needs is chosen."""
        window = self.window
        if window.path is None:
            return None
        if document == "year":
            return Chosen("", self.names()["year"])
        page = window.group_page
        # Only a group on screen, and of the workspace open now (another may be loading).
        if (
            window.pages.currentWidget() is not page
            or page.group_id is None
            or window.groups.row_of(page.group_id) < 0
        ):
            return None
        if document in ("session", "plan"):
            item = page.sessions.ui.sessionsList.currentItem()
            if page.sessions.chosen_id() is None or item is None:
                return None
            return Chosen(page.sessions.chosen_id() or "", item.text(2))
        if document == "term":
            return Chosen(page.group_id, window.group_list.currentIndex().data() or "")
        cycle = page.cycles.ui.cyclesList.currentItem()
        if page.cycles.chosen_id() is None or cycle is None:
            return None
        if document == "cycle":
            return Chosen(page.cycles.chosen_id() or "", cycle.text(0))
        lesson = page.cycles.ui.lessonsList.currentItem()
        if page.cycles.chosen_lesson_id() is None or lesson is None:
            return None
        return Chosen(page.cycles.chosen_lesson_id() or "", f"{cycle.text(0)}, {lesson.text(0)}")

    def current_document(self) -> str:
        """The document for the tab on screen: a session's summary, a cycle's report, or the
        group's term report."""
        page = self.window.group_page
        if page.currentWidget() is page.sessions and self.chosen("session"):
            return "session"
        if page.currentWidget() is page.cycles and self.chosen("cycle"):
            return "cycle"
        return "term"

    # -- the two ways out --------------------------------------------------------------------

    def export(self, document: str) -> None:
        """Check it for pupils' personal data, ask where, then write the PDF there."""
        self._ask(document, lambda request, name: self._check(request, name, self._save_as))

    def print_document(self, document: str) -> None:
        """Check it for pupils' personal data, build the PDF, then show it in the print
        preview, where it can be printed."""
        self._ask(document, lambda request, name: self._check(request, name, self._print))

    def write(
        self,
        request: Request,
        target: Path,
        done: Callable[[Any], None],
        ended: Callable[[], None] | None = None,
    ) -> LongWork:
        from skolgrupp.gui.progress import LongWork
        from skolgrupp.reports import documents

        def work(workspace: Workspace, progress) -> None:
            documents.write(workspace, request, target, progress=progress)

        name = self.names()[request.document]
        return LongWork(
            self.window,
            self.tr("{document}: making the PDF…").format(document=name),
            work,
            done,
            ended,
        )

    # -- choices ----------------------------------------------------------------------------

    def _ask(self, document: str, go: Callable[[Request, str], None]) -> None:
        if document not in DOCUMENTS:
            raise ValueError(document)
        chosen = self.chosen(document)
        if chosen is None:
            self.window.statusBar().showMessage(self._what_to_choose(document), 5000)
            return
        title = self.names()[document]
        named = f"{title} {chosen.name}" if document != "year" else title
        if document == "term":
            self.window.database.call(
                lambda ws: _term_period(ws, chosen.id, self.today()),
                lambda period: self._ask_term(chosen, title, named, period, go),
                self.window.report_error,
            )
        elif document == "observation":
            self.window.database.call(
                lambda ws: _lesson_observers(ws, chosen.id),
                lambda people: self._ask_observer(chosen, title, named, people, go),
                self.window.report_error,
            )
        elif document == "year":
            dialog = self._options(document, title)
            for year in school_years(self.today()):
                dialog.ui.yearCombo.addItem(year)
            if self._run(dialog):
                year = dialog.ui.yearCombo.currentText()
                owner = dialog.ui.ownerCombo.currentData()
                go(Request("year", year, owner=owner), f"{title} {year.replace('/', '-')}")
        else:
            go(Request(document, chosen.id), named)

    def _what_to_choose(self, document: str) -> str:
        if self.window.path is None:
            return self.tr("Open a workspace first.")
        if document in ("session", "plan"):
            return self.tr("Choose a session in the Sessions tab first.")
        if document == "cycle":
            return self.tr("Choose a cycle in the Cycles tab first.")
        if document == "observation":
            return self.tr("Choose a research lesson of a cycle in the Cycles tab first.")
        return self.tr("Choose a group first.")

    def _options(self, document: str, title: str) -> DocumentOptions:
        self.options = DocumentOptions(document, title, self.window)
        return self.options

    def _run(self, dialog: DocumentOptions) -> bool:
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
            self.options = None

    def _ask_term(self, chosen, title, named, period, go) -> None:
        dialog = self._options("term", title)
        dialog.set_period(*period)
        if self._run(dialog):
            first, last = dialog.period()
            go(Request("term", chosen.id, first=first, last=last), named)

    def _ask_observer(self, chosen, title, named, people, go) -> None:
        dialog = self._options("observation", title)
        for person_id, name in people:
            dialog.ui.observerCombo.addItem(name, person_id)
        if self._run(dialog):
            observer = dialog.ui.observerCombo.currentData()
            go(Request("observation", chosen.id, observer=observer), named)

    # -- the privacy check -------------------------------------------------------------------

    def _check(self, request: Request, name: str, go: Callable[[Request, str], None]) -> None:
        """Go on at once when the document holds nothing that looks like a pupil's personal
        data; otherwise list what does first."""
        self.window.database.call(
            lambda ws: _findings(ws, request),
            lambda findings: (
                self._confirm(request, name, findings, go) if findings else go(request, name)
            ),
            self.window.report_error,
        )

    def _confirm(
        self, request: Request, name: str, findings: list[Finding], go: Callable[..., None]
    ) -> None:
        from skolgrupp.gui.privacy_findings import SHOW, FindingsDialog, offer_acknowledging

        printing = go == self._print
        shown = name.replace("[*]", "[ * ]")  # not the window's modified-mark placeholder
        dialog = FindingsDialog(
            (self.tr("Print {name}") if printing else self.tr("Export {name}")).format(name=shown),
            self.tr(
                "The document holds text that may be about pupils. If it does, choose Show to "
                "go there and change it to a pseudonym (such as \u201cElev A\u201d) first. If "
                "it does not, say so: the check remembers."
            ),
            self.tr("&Print anyway") if printing else self.tr("&Export anyway"),
            self.window,
        )
        dialog.set_findings(findings)
        offer_acknowledging(
            self.window,
            dialog.ui.findings,
            lambda ws: _findings(ws, request),
            dialog.set_findings,
        )
        self.findings = dialog
        try:
            result = dialog.exec()
        finally:
            self.findings = None
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            go(request, name)
        elif result == SHOW and dialog.chosen is not None:
            from skolgrupp.gui.places import show_finding

            show_finding(self.window, dialog.chosen)

    # -- export ------------------------------------------------------------------------------

    def _folder(self) -> Path:
        stored = self.window.settings.value("pdfFolder", "")
        if stored and Path(str(stored)).is_dir():
            return Path(str(stored))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _save_as(self, request: Request, name: str) -> None:
        target = choose_save_path(
            self.window,
            self.tr("Export as PDF"),
            self._folder() / file_name(name),
            self.tr("PDF documents (*.pdf)"),
            self,
        )
        if target is None:
            return
        self.window.settings.setValue("pdfFolder", str(target.parent))
        self.write(
            request,
            target,
            lambda _: self.window.statusBar().showMessage(
                self.tr("Saved {name}.").format(name=target.name), 8000
            ),
        )

    # -- print -------------------------------------------------------------------------------

    def _print(self, request: Request, name: str) -> None:
        # The PDF stays on disk only until it is read back: a folder only the user can open.
        folder = scratch_folder("print")
        self._temporary.add(folder)
        target = folder / "document.pdf"

        def built(_result: None) -> None:
            data = target.read_bytes()
            self._remove(folder)
            self.show_preview(data, name)

        self.write(request, target, built, lambda: self._remove(folder))

    def _remove(self, folder: Path) -> None:
        shutil.rmtree(folder, ignore_errors=True)
        self._temporary.discard(folder)

    def remove_temporary_files(self) -> None:
        """Remove what documents still being built to print have written: called when the
        window closes, after the database thread has stopped."""
        for folder in list(self._temporary):
            self._remove(folder)

    def show_preview(self, data: bytes, name: str) -> None:
        import pypdfium2

        pdf = pypdfium2.PdfDocument(data)
        try:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(name)
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            printer.setFullPage(True)  # the document has its own margins
            self.preview = dialog = QPrintPreviewDialog(printer, self.window)
            # "[*]" in a title would be read as the window's modified-mark placeholder.
            title = self.tr("Print {name}").format(name=name.replace("[*]", "[ * ]"))
            dialog.setWindowTitle(title)
            dialog.paintRequested.connect(lambda target: paint_pages(pdf, target, dialog))
            dialog.exec()
        finally:
            self.preview = None
            pdf.close()


def _findings(workspace: Workspace, request: Request) -> list[Finding]:
    from skolgrupp.reports.documents import document_findings

    return document_findings(workspace, request)


def _term_period(workspace: Workspace, group_id: str, today: date) -> tuple[date, date]:
    from skolgrupp.reports.documents import term_period

    return term_period(workspace, group_id, today)


def _lesson_observers(workspace: Workspace, lesson_id: str) -> list[tuple[str, str]]:
    from skolgrupp.core.cycles import observers, person_name

    people = [
        (person_id, person_name(workspace, person_id))
        for person_id in observers(workspace, lesson_id)
    ]
    return sorted(people, key=lambda p: p[1].casefold())


def pages_to_print(printer: QPrinter, count: int) -> list[int]:
    """The indexes (from 0) of the pages of a ``count``-page document the printer asks for."""
    ranges = printer.pageRanges()
    return [i for i in range(count) if ranges.isEmpty() or ranges.contains(i + 1)]


def fitted(page_size: tuple[float, float], area: QRectF) -> QRectF:
    """Where a page of ``page_size`` (width, height) goes on ``area``: as large as it fits,
    its proportions kept, centred (on landscape or Letter paper as on A4)."""
    width, height = page_size
    scale = min(area.width() / width, area.height() / height)
    shown = QRectF(0, 0, width * scale, height * scale)
    shown.moveCenter(area.center())
    return shown


def paint_pages(pdf: Any, printer: QPrinter, parent: QWidget | None = None) -> int:
    """Draw the pages of ``pdf`` (a PDFium document) the printer asks for; returns how many
    were drawn. The preview keeps every page in memory, so it gets lighter pictures the
    longer the document; paper gets sharp ones, page by page, with progress and Cancel."""
    pages = pages_to_print(printer, len(pdf))
    painter = QPainter()
    if not pages or not painter.begin(printer):
        return 0
    preview = painter.paintEngine().type() == QPaintEngine.Type.Picture
    if preview:
        dpi = max(MIN_PREVIEW_DPI, min(PREVIEW_DPI, math.sqrt(PREVIEW_BUDGET / len(pages))))
        progress = None
    else:
        dpi = min(printer.resolution(), PRINT_DPI)
        progress = QProgressDialog(parent)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setRange(0, len(pages))
        progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    drawn = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        area = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
        for index in pages:
            if progress is not None:
                progress.setLabelText(
                    QCoreApplication.translate("Documents", "Printing page {n} of {total}…").format(
                        n=drawn + 1, total=len(pages)
                    )
                )
                progress.setValue(drawn)
                QCoreApplication.processEvents()
                if progress.wasCanceled():
                    printer.abort()
                    break
            if drawn:
                printer.newPage()
            page = pdf[index]
            bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
            try:
                shown = QImage(
                    bitmap.buffer,
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB32,
                )
                # A copy of its own (the preview keeps it after PDFium's bitmap is gone), and
                # with three bytes a dot instead of four.
                painter.drawImage(
                    fitted(page.get_size(), area),
                    shown.convertToFormat(QImage.Format.Format_RGB888),
                )
            finally:
                bitmap.close()
            drawn += 1
        return drawn
    finally:
        painter.end()
        if progress is not None:
            progress.reset()
            progress.deleteLater()
