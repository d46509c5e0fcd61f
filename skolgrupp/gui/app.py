"""Starting the desktop program: the application, its language and font, the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFileOpenEvent, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from skolgrupp import __version__
from skolgrupp.core import i18n
from skolgrupp.core.errors import WorkspaceError, bug_report
from skolgrupp.gui.errors import install_excepthook
from skolgrupp.resources import resource_path

FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)


DESKTOP_ID = "se.skolgrupp.Skolgrupp"


def settings() -> QSettings:
    return QSettings("Skolgrupp", "Skolgrupp")


def language(stored: QSettings) -> str:
    """The language asked for on the command line, else the one chosen in the program, else
    the environment's (Swedish unless it is English)."""
    if i18n.chosen_language() is not None:
        return i18n.language()
    value = stored.value("language")
    return value if value in i18n.LANGUAGES else i18n.language()


def install_translations(app: QApplication, code: str) -> None:
    """Our messages and Qt's own (standard buttons, dialogs) in the user's language; dates and
    weekdays follow the same choice."""
    i18n.set_language(code)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Swedish if code == "sv" else QLocale.Language.English,
            QLocale.Country.Sweden,
        )
    )
    if code == i18n.SOURCE_LANGUAGE:
        return
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"skolgrupp_{code}.qm"))):
        app.installTranslator(ours)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{code}", qt_folder):
        app.installTranslator(qt)


def install_font(app: QApplication) -> int:
    """The program's own font, so that it renders (Swedish letters included) on a bare system.
    The regular face is there for the first paint; the others follow a moment later. Returns
    the regular face's id in Qt's font database (-1 when it could not be loaded)."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", FONT_FILES[0])))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if families:
        font = app.font()
        font.setFamily(families[0])
        app.setFont(font)
    QTimer.singleShot(0, install_other_faces)
    return font_id


def install_other_faces() -> list[int]:
    return [
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        for name in FONT_FILES[1:]
    ]


def make_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Skolgrupp")
    app.setOrganizationName("Skolgrupp")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "skolgrupp.svg"))))
    # Its menu entry (packaging/linux): a desktop shows the window under that entry's name
    # and icon.
    QGuiApplication.setDesktopFileName(DESKTOP_ID)
    install_font(app)
    install_translations(app, language(settings()))
    return app


def run(file: Path | None, *, screenshot: Path | None = None, view: str = "overview") -> int:
    """Open the main window on ``file`` (or the last or default workspace) and run until it
    closes. With ``screenshot``, save a picture of the window once it shows its content, and
    exit."""
    from skolgrupp.gui.main_window import MainWindow

    app = make_application(sys.argv[:1])
    if screenshot is None:
        window = MainWindow(settings())
        install_excepthook(lambda: window)
        # macOS hands a double-clicked file to the program as an event, not an argument.
        opener = FileOpener(window.open_file, app)
        app.installEventFilter(opener)
    else:
        from skolgrupp.core.sealed import NeedsPassphrase, is_sealed

        if file is not None and is_sealed(file):  # no one is there to type its passphrase
            print(f"skolgrupp: {NeedsPassphrase(file).message}", file=sys.stderr)
            return 1
        # A picture for a script: nothing it opens goes into the user's recent files, and
        # any error ends the run with a message instead of a dialog nobody sees.
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="skolgrupp-screenshot-")
        window = MainWindow(QSettings(f"{scratch.name}/settings.ini", QSettings.Format.IniFormat))
        # The window at its usual size, however small the screen it is drawn for.
        window.resize(1100, 720)
        window.report_error = lambda error: _fail(error, app)
        sys.excepthook = lambda kind, error, tb: _fail(error, app)
        page = window.group_page
        shown = {
            "sessions": page.sessions_shown,
            "reflections": page.reflections_shown,
            "cycles": page.cycles_shown,
        }
        page.setCurrentIndex({"sessions": 1, "reflections": 2, "cycles": 3}.get(view, 0))
        shown.get(view, window.ready).connect(
            lambda: QTimer.singleShot(100, lambda: _save(window, screenshot, app))
        )
        QTimer.singleShot(20_000, lambda: app.exit(1))  # never hang a script
    app.aboutToQuit.connect(window.database.shutdown)
    window.show()
    window.open_initial(file, view=view)
    return app.exec()


class FileOpener(QObject):
    """Opens the files the system asks the program to open while it runs (a document
    double-clicked in macOS's Finder)."""

    def __init__(self, open_file: Callable[[Path], None], parent: QObject) -> None:
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        opened = isinstance(event, QFileOpenEvent) and event.type() == QEvent.Type.FileOpen
        if opened and event.file():
            self._open_file(Path(event.file()))
            return True
        return super().eventFilter(watched, event)


def _fail(error: BaseException, app: QApplication) -> None:
    message = error.message if isinstance(error, WorkspaceError) else bug_report(error)
    print(f"skolgrupp: {message}", file=sys.stderr)
    app.exit(1)


def _save(window, target: Path, app: QApplication) -> None:
    app.processEvents()
    ok = window.grab().save(str(target))
    app.exit(0 if ok else 1)
