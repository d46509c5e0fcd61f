from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer

from skolgrupp.core.demo import fill_demo
from skolgrupp.core.workspace import Workspace
from skolgrupp.gui.main_window import MainWindow
from tests.conftest import TEST_INSTALLATION


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """A small demo workspace, made once; tests open copies of it."""
    path = tmp_path_factory.mktemp("demo") / "demo.skolgrupp"
    with Workspace.create(path, installation_id=TEST_INSTALLATION) as ws:
        fill_demo(ws, scale=1, seed=3, term="ht2026", today=date(2026, 11, 25))
    return path


@pytest.fixture
def demo_copy(demo_file, tmp_path):
    copy = tmp_path / "grupp.skolgrupp"
    copy.write_bytes(demo_file.read_bytes())
    return copy


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    """The main window, with errors collected instead of shown in a dialog."""
    win = MainWindow(settings)
    win.group_page.today = lambda: date(2026, 11, 25)  # the demo's day, whatever today is
    win.errors = []
    win.report_error = win.errors.append
    yield win
    # Close and delete the window now, while Python and Qt are both still there.
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_and_wait(qtbot, window, path):
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.open_file(path)


def when_shown(owner, attribute: str, act, *, close: str = "accept") -> None:
    """Once ``owner.<attribute>`` is a dialog on screen, run ``act(dialog)`` and close it with
    ``close`` ("accept" saves, "reject" cancels). Dialogs wait in exec(), so this runs from the
    event loop while the code under test waits for the user."""
    setattr(owner, attribute, None)

    def attempt() -> None:
        dialog = getattr(owner, attribute)
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, attempt)
            return
        try:
            act(dialog)
        finally:  # a failed check must not leave the test waiting on an open dialog
            getattr(dialog, close)()

    QTimer.singleShot(0, attempt)


def show_cycles_of(qtbot, window, demo_copy, subject: str):
    """Open the demo and show the Cycles tab of the group working on ``subject``."""
    open_and_wait(qtbot, window, demo_copy)
    page = window.group_page
    page.setCurrentWidget(page.cycles)
    row = next(
        r
        for r in range(window.groups.rowCount())
        if window.groups.row_at(window.groups.index(r))["subject"] == subject
    )
    with qtbot.waitSignal(page.cycles_shown, timeout=10_000):
        window.group_list.setCurrentIndex(window.groups.index(row))
    return page.cycles
