"""File › Print and File › Export as PDF: the documents for what the window shows, built in
the background, saved where the user says or shown in the print preview."""

import tempfile
from datetime import date
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QRectF
from PySide6.QtGui import QPageRanges
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog

from skolgrupp.core.atomic import process_tag
from skolgrupp.core.workspace import Workspace
from skolgrupp.gui.documents import file_name, fitted, pages_to_print, paint_pages, school_years
from tests.gui.conftest import open_and_wait, show_cycles_of, when_shown


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


@pytest.fixture
def shown(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    window.documents.today = lambda: date(2026, 11, 25)
    return window


def save_to(monkeypatch, target):
    asked = []

    def answer(parent, caption, suggested, filter_):
        asked.append(suggested)
        return str(target), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return asked


def menu_entry(menu, document_name):
    menu.aboutToShow.emit()  # as when the user opens it
    (action,) = [a for a in menu.actions() if a.text().startswith(document_name)]
    return action


def show_sessions(qtbot, window):
    sessions = window.group_page.sessions
    window.group_page.setCurrentWidget(sessions)
    qtbot.waitUntil(lambda: sessions.chosen_id() is not None, timeout=5_000)
    return sessions


def test_the_chosen_sessions_summary_is_exported_where_the_user_says(
    qtbot, shown, monkeypatch, tmp_path
):
    sessions = show_sessions(qtbot, shown)
    title = sessions.ui.sessionsList.currentItem().text(2)
    target = tmp_path / "ut" / "sammanfattning"
    target.parent.mkdir()
    asked = save_to(monkeypatch, target)
    menu_entry(shown.export_menu, "Session summary").trigger()
    written = target.with_name("sammanfattning.pdf")  # the extension is added
    qtbot.waitUntil(written.exists, timeout=10_000)
    assert title in pdf_text(written)
    assert asked[0].endswith(file_name(f"Session summary {title}"))
    qtbot.waitUntil(lambda: "sammanfattning.pdf" in shown.statusBar().currentMessage())
    assert not shown.errors


def test_a_term_report_covers_the_period_the_user_chooses(qtbot, shown, monkeypatch, tmp_path):
    target = tmp_path / "termin.pdf"
    save_to(monkeypatch, target)

    def choose(dialog):
        # The group's own term is offered first.
        assert dialog.ui.fromDate.date() == QDate(2026, 8, 17)
        assert not dialog.ui.yearCombo.isVisibleTo(dialog)
        dialog.ui.fromDate.setDate(QDate(2026, 9, 1))
        dialog.ui.toDate.setDate(QDate(2026, 10, 31))

    when_shown(shown.documents, "options", choose)
    shown.documents.export("term")
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert "2026-09-01 – 2026-10-31" in pdf_text(target)


def test_cancelling_the_choices_writes_nothing(qtbot, shown, monkeypatch, tmp_path):
    asked = save_to(monkeypatch, tmp_path / "aldrig.pdf")
    when_shown(shown.documents, "options", lambda dialog: None, close="reject")
    shown.documents.export("year")
    qtbot.waitUntil(lambda: shown.documents.options is None)
    assert not asked
    assert not (tmp_path / "aldrig.pdf").exists()


def test_a_year_summary_for_the_chosen_school_year_and_owner(qtbot, shown, monkeypatch, tmp_path):
    target = tmp_path / "år.pdf"
    save_to(monkeypatch, target)

    def choose(dialog):
        assert dialog.ui.yearCombo.currentText() == "2026/27"
        dialog.ui.ownerCombo.setCurrentIndex(dialog.ui.ownerCombo.findData("independent"))

    when_shown(shown.documents, "options", choose)
    shown.documents.export("year")
    qtbot.waitUntil(target.exists, timeout=10_000)
    text = pdf_text(target)
    assert "2026/27" in text
    assert "Fristående skolor" in text and "Kommunala skolor" not in text


def test_an_observation_sheet_for_the_chosen_observer(
    qtbot, window, demo_copy, monkeypatch, tmp_path
):
    cycles = show_cycles_of(qtbot, window, demo_copy, "maths")
    shown = window
    qtbot.waitUntil(lambda: cycles.chosen_lesson_id() is not None, timeout=5_000)
    target = tmp_path / "observation.pdf"
    save_to(monkeypatch, target)
    observer = []

    def choose(dialog):
        combo = dialog.ui.observerCombo
        assert combo.count() > 1  # whoever observes, then the lesson's observers
        combo.setCurrentIndex(1)
        observer.append(combo.currentText())

    when_shown(shown.documents, "options", choose)
    shown.documents.export("observation")
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert observer[0] in pdf_text(target)


def test_documents_about_something_not_chosen_are_off(qtbot, window, demo_copy):
    assert not window.print_action.isEnabled()  # no workspace yet
    open_and_wait(qtbot, window, demo_copy)
    assert window.print_action.isEnabled()
    window.group_page.sessions.ui.sessionsList.setCurrentItem(None)
    assert not menu_entry(window.print_menu, "Session summary").isEnabled()
    assert menu_entry(window.print_menu, "Term report").isEnabled()
    window.documents.print_document("session")  # by a shortcut, say
    assert "Choose a session" in window.statusBar().currentMessage()


def test_print_shows_the_documents_pages_in_the_preview(qtbot, window, demo_copy):
    cycles = show_cycles_of(qtbot, window, demo_copy, "maths")
    shown = window
    title = cycles.ui.cyclesList.currentItem().text(0)
    seen = {}

    def look(dialog):
        widget = dialog.findChild(QPrintPreviewWidget)
        seen["pages"] = widget.pageCount()
        seen["title"] = dialog.windowTitle()

    when_shown(shown.documents, "preview", look, close="reject")
    shown.print_action.trigger()  # Ctrl+P on the Cycles tab: the cycle's report
    qtbot.waitUntil(lambda: "pages" in seen, timeout=15_000)
    assert title in seen["title"]
    assert seen["pages"] >= 2
    assert not shown.errors


def test_the_printer_gets_the_pages_asked_for(tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    assert pages_to_print(printer, 3) == [0, 1, 2]  # all of them unless told otherwise
    ranges = QPageRanges()
    ranges.addRange(2, 3)
    ranges.addPage(5)
    printer.setPageRanges(ranges)
    assert pages_to_print(printer, 4) == [1, 2]  # page 5 of four is none of them

    from reportlab.pdfgen.canvas import Canvas

    source = tmp_path / "fem.pdf"
    canvas = Canvas(str(source))
    for _ in range(5):
        canvas.drawString(100, 700, "sida")
        canvas.showPage()
    canvas.save()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    printer.setFullPage(True)
    pdf = pypdfium2.PdfDocument(source.read_bytes())
    try:
        assert paint_pages(pdf, printer) == 3
    finally:
        pdf.close()
    printed = PdfReader(tmp_path / "utskrift.pdf")
    assert len(printed.pages) == 3
    assert all("/XObject" in page["/Resources"] for page in printed.pages)  # each page drawn


def test_a_page_keeps_its_proportions_on_landscape_paper():
    a4 = (595.0, 842.0)
    shown = fitted(a4, QRectF(0, 0, 3508, 2480))  # A4 landscape at 300 dpi
    assert shown.height() == 2480
    assert abs(shown.width() / shown.height() - 595 / 842) < 0.001
    assert abs(shown.center().x() - 3508 / 2) < 0.5


def test_the_choices_are_about_the_workspace_open_now(qtbot, window, demo_copy, tmp_path):
    open_and_wait(qtbot, window, demo_copy)
    show_sessions(qtbot, window)
    assert window.documents.chosen("session") is not None
    window.search.field.setText("läsförståelse")  # search results on screen, not the group
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.search_results)
    assert window.documents.chosen("term") is None
    window.search.field.clear()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.group_page)
    empty = tmp_path / "tom.skolgrupp"
    Workspace.create(empty).close()
    open_and_wait(qtbot, window, empty)
    for document in ("session", "plan", "term", "cycle", "observation"):
        assert window.documents.chosen(document) is None, document
    assert window.documents.chosen("year") is not None


def test_a_print_stopped_by_closing_the_window_leaves_no_file(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    show_sessions(qtbot, window)
    # This run's own folders only: another run on the machine may be sharing meanwhile.
    mine = f"skolgrupp-*-{process_tag()}-*"
    before = set(Path(tempfile.gettempdir()).glob(mine))
    window.documents.print_document("session")
    window.documents.print_document("plan")
    # Once the privacy check has found nothing, the documents are being written.
    qtbot.waitUntil(lambda: bool(set(Path(tempfile.gettempdir()).glob(mine)) - before))
    window.close()
    assert set(Path(tempfile.gettempdir()).glob(mine)) - before == set()


def test_export_asks_before_replacing_a_file_the_dialog_did_not_ask_about(
    qtbot, shown, monkeypatch, tmp_path
):
    existing = tmp_path / "plan.pdf"
    existing.write_bytes(b"%PDF- the one from last week")
    save_to(monkeypatch, tmp_path / "plan")  # typed without .pdf
    show_sessions(qtbot, shown)
    asked = []
    when_shown(shown.documents, "question", lambda box: asked.append(box.text()), close="reject")
    menu_entry(shown.export_menu, "Session plan").trigger()
    qtbot.waitUntil(lambda: bool(asked))
    assert "plan.pdf" in asked[0]
    assert existing.read_bytes() == b"%PDF- the one from last week"


def test_a_pdf_that_cannot_be_written_says_why(qtbot, shown, monkeypatch, tmp_path):
    save_to(monkeypatch, tmp_path / "borttagen" / "plan.pdf")  # a folder removed meanwhile
    show_sessions(qtbot, shown)
    menu_entry(shown.export_menu, "Session plan").trigger()
    qtbot.waitUntil(lambda: bool(shown.errors), timeout=10_000)
    assert "plan.pdf" in shown.errors[0].message
    assert "mappen finns inte" in shown.errors[0].message.lower()
    assert not (tmp_path / "borttagen").exists()


def test_file_names_and_school_years():
    assert file_name('Plan: "Del 3" a/b <ny>?') == "Plan Del 3 a b ny.pdf"
    assert file_name("...") == "Skolgrupp.pdf"
    assert school_years(date(2026, 11, 25)) == ["2026/27", "2025/26", "2024/25"]
    assert school_years(date(2027, 3, 1))[0] == "2026/27"
