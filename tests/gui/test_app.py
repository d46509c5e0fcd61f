"""The application's setup: Swedish first, its own font, and a picture on request."""

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
        assert menus == ["&Arkiv", "&Hjälp"]
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
        assert i18n.language() == "sv"
        swedish.database.shutdown()
        swedish.deleteLater()
    finally:
        for translator in qapp.findChildren(type(gui_app.QTranslator())):
            QApplication.removeTranslator(translator)


def test_the_programs_own_font_is_registered(qapp):
    font = qapp.font()
    gui_app.install_font(qapp)
    try:
        assert "DejaVu Sans" in QFontDatabase.families()
        assert qapp.font().family() == "DejaVu Sans"
    finally:
        qapp.setFont(font)
