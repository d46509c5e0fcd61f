"""The application's setup: Swedish first, its own font, and a picture on request."""

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from skolgrupp.core import i18n
from skolgrupp.gui import app as gui_app


def test_swedish_menus_and_qt_buttons(qapp, window):
    gui_app.install_translations(qapp, "sv")
    try:
        from skolgrupp.gui.main_window import MainWindow

        swedish = MainWindow(window.settings)
        menus = [a.text() for a in swedish.menuBar().actions()]
        swedish.database.shutdown()
        assert menus == ["&Arkiv", "&Redigera", "&Grupp", "&Inställningar", "&Hjälp"]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
        assert i18n.language() == "sv"
        swedish.deleteLater()
    finally:
        for translator in qapp.findChildren(type(gui_app.QTranslator())):
            QApplication.removeTranslator(translator)


def test_english_when_chosen_menus_buttons_and_dates(qapp, window):
    locale = QLocale()
    gui_app.install_translations(qapp, "en")
    try:
        from skolgrupp.gui.main_window import MainWindow

        english = MainWindow(window.settings)
        menus = [a.text() for a in english.menuBar().actions()]
        english.database.shutdown()
        english.deleteLater()
        assert menus == ["&File", "&Edit", "&Group", "&Settings", "&Help"]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
        assert QLocale().dayName(1) == "Monday"
        assert i18n.language() == "en"
    finally:
        QLocale.setDefault(locale)
        for translator in qapp.findChildren(type(gui_app.QTranslator())):
            QApplication.removeTranslator(translator)


def test_the_programs_own_font_is_registered(qapp):
    font = qapp.font()
    # The system may have DejaVu too: what counts is that the program's own files load.
    faces = [gui_app.install_font(qapp), *gui_app.install_other_faces()]
    try:
        assert [QFontDatabase.applicationFontFamilies(f) for f in faces] == [["DejaVu Sans"]] * 4
        assert qapp.font().family() == "DejaVu Sans"
    finally:
        qapp.setFont(font)


def test_language_from_the_command_line_wins_over_the_stored_choice(settings):
    settings.setValue("language", "sv")
    assert gui_app.language(settings) == "sv"
    i18n.set_language("en")
    assert gui_app.language(settings) == "en"


def test_a_bug_report_tells_where_but_never_what_was_written():
    from skolgrupp.core.errors import bug_report

    try:
        try:
            raise KeyError("Elev B behöver stöd")
        except KeyError as cause:
            raise ValueError("Anteckning om Elev B") from cause
    except ValueError as error:
        report = bug_report(error)
    assert "builtins.ValueError" in report and "builtins.KeyError" in report
    assert "test_app.py" in report
    assert "Elev B" not in report and "/root/" not in report


def test_signals_do_not_lose_references_to_python_constants(qapp):
    """PySide6 6.12.0 dropped a reference to True, False or None at every signal emitted from
    Python; on Python 3.11 the interpreter then aborts. Upgrade only to a release that passes."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        changed = Signal(bool)
        ping = Signal()

    emitter = Emitter()
    emitter.changed.connect(lambda value: None)
    emitter.ping.connect(lambda: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(500):
        emitter.changed.emit(True)
        emitter.ping.emit()
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before


def test_a_file_the_system_asks_to_open_is_opened(qtbot, qapp, window, demo_copy):
    """macOS's Finder sends a double-clicked workspace as an event to the running program."""
    from PySide6.QtGui import QFileOpenEvent

    from skolgrupp.gui.app import FileOpener

    opener = FileOpener(window.open_file, window)
    qapp.installEventFilter(opener)
    try:
        with qtbot.waitSignal(window.ready, timeout=10_000):
            QApplication.sendEvent(qapp, QFileOpenEvent(str(demo_copy)))
    finally:
        qapp.removeEventFilter(opener)
    assert window.path == demo_copy
