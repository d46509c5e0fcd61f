"""The main window as a group leader meets it: the groups, a group's overview, files."""

import shutil
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton

from skolgrupp.core.domain import Group
from skolgrupp.core.errors import NotAWorkspace
from skolgrupp.core.workspace import Workspace
from skolgrupp.gui.group_list import GROUP_ID_ROLE
from tests.gui.conftest import open_and_wait

CORPUS = Path(__file__).parent.parent / "corpus"


def texts(tree):
    return [
        [tree.topLevelItem(i).text(c) for c in range(tree.columnCount())]
        for i in range(tree.topLevelItemCount())
    ]


def test_opening_a_workspace_shows_its_groups_and_the_first_groups_overview(
    qtbot, window, demo_copy
):
    open_and_wait(qtbot, window, demo_copy)
    assert window.groups.rowCount() == 4
    assert window.windowTitle() == "grupp – Skolgrupp"
    first = window.groups.index(0).data()
    ui = window.overview.ui
    assert ui.titleLabel.text() == first
    assert len(texts(ui.membersList)) >= 3
    assert all(row[0].startswith("w. ") for row in texts(ui.upcomingList))
    assert texts(ui.goalsList)
    assert not window.banner.isVisibleTo(window)


def test_a_workspace_asked_for_as_the_window_first_shows_opens_once_it_is_painted(
    qtbot, settings, demo_copy
):
    # The window paints first and builds its pages and opens the workspace right after.
    from skolgrupp.gui.main_window import MainWindow

    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.ready, timeout=10_000):
        win.open_file(demo_copy)
    assert win.pages.currentWidget() is win.group_page
    assert win.overview.ui.titleLabel.text() == win.groups.index(0).data()
    win.database.shutdown()


def test_choosing_another_group_shows_its_overview(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.group_list.setCurrentIndex(window.groups.index(2))
    assert window.overview.ui.titleLabel.text() == window.groups.index(2).data()


def test_only_shared_reflections_appear_in_the_overview(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    group_id = window.groups.index(0).data(GROUP_ID_ROLE)
    with Workspace.open(demo_copy, read_only=True) as ws:
        from skolgrupp.core.domain import Reflection

        private = {
            r.text[:40] for r in ws.find(Reflection, group_id=group_id, visibility="private")
        }
    shown = {row[2][:40] for row in texts(window.overview.ui.reflectionsList)}
    assert shown and not shown & private


def test_user_text_is_shown_as_text_never_as_markup(qtbot, window, tmp_path):
    path = tmp_path / "markup.skolgrupp"
    name = "<b>Fet</b><img src='/etc/passwd'> & co"
    with Workspace.create(path) as ws:
        ws.add(Group(name=name, subject="reading", description="<i>kursiv</i>"))
    open_and_wait(qtbot, window, path)
    assert window.overview.ui.titleLabel.text() == name
    assert window.overview.ui.titleLabel.textFormat() == Qt.TextFormat.PlainText
    assert window.groups.index(0).data() == name


def test_a_newer_file_is_shown_with_a_banner_and_the_title_says_read_only(qtbot, window, tmp_path):
    path = tmp_path / "nyare.skolgrupp"
    shutil.copy(CORPUS / "newer-major.skolgrupp", path)
    open_and_wait(qtbot, window, path)
    assert window.banner.isVisibleTo(window)
    assert "2.0" in window.banner.text() and "nyare.skolgrupp" in window.banner.text()
    assert window.windowTitle().endswith("[read-only]")


def test_a_bad_file_gives_a_clear_error_and_keeps_the_open_workspace(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    window.open_file(CORPUS / "random-bytes.skolgrupp")
    qtbot.waitUntil(lambda: bool(window.errors), timeout=10_000)
    assert isinstance(window.errors[0], NotAWorkspace)
    assert window.path == demo_copy and window.groups.rowCount() == 4


def test_recent_files_and_the_last_workspace_are_remembered(qtbot, window, demo_copy, settings):
    open_and_wait(qtbot, window, demo_copy)
    assert window.recent_files() == [str(demo_copy)]
    assert settings.value("lastWorkspace") == str(demo_copy)


def test_a_workspace_file_dropped_on_the_window_opens(qtbot, window, demo_copy, tmp_path):
    other = tmp_path / "annan.skolgrupp"
    Workspace.create(other).close()
    open_and_wait(qtbot, window, demo_copy)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.dropEvent(event)
    assert window.path == other and window.groups.rowCount() == 0


def test_the_default_workspace_opens_when_no_other_was_used_last(
    qtbot, window, demo_copy, settings
):
    open_and_wait(qtbot, window, demo_copy)
    window._make_default()
    assert settings.value("defaultWorkspace") == str(demo_copy)
    settings.remove("lastWorkspace")
    from skolgrupp.gui.main_window import MainWindow

    again = MainWindow(settings)
    try:
        with qtbot.waitSignal(again.ready, timeout=10_000):
            again.open_initial(None)
        assert again.path == demo_copy
    finally:
        again.database.shutdown()
        again.deleteLater()


def test_a_file_that_cannot_be_changed_offers_no_changes(qtbot, window, tmp_path):
    path = tmp_path / "nyare.skolgrupp"
    shutil.copy(CORPUS / "newer-major.skolgrupp", path)
    open_and_wait(qtbot, window, path)
    assert not any(
        action.isEnabled() for action in window.group_menu.actions() if not action.isSeparator()
    )
    assert window.group_page.reflections.ui.newButton.isHidden()


def test_long_work_shows_a_moving_bar_and_the_window_stays_responsive(qtbot, window, demo_copy):
    import time

    open_and_wait(qtbot, window, demo_copy)
    window.show()
    finished = []
    window.database.call(lambda ws: time.sleep(0.8), finished.append)
    qtbot.waitUntil(window.busy_bar.isVisible, timeout=5_000)
    assert not finished  # the bar shows while the work goes on, and the window answers
    qtbot.waitUntil(lambda: bool(finished), timeout=5_000)
    # showing the window may have queued reads of its own behind ours: the bar goes when all
    # work has ended
    qtbot.waitUntil(lambda: not window.database.busy, timeout=5_000)
    assert not window.busy_bar.isVisible()


def test_save_a_copy_writes_a_workspace_that_opens_with_the_same_groups(
    qtbot, window, demo_copy, tmp_path
):
    open_and_wait(qtbot, window, demo_copy)
    target = tmp_path / "kopia.skolgrupp"
    window.write_copy(target)
    qtbot.waitUntil(lambda: "kopia.skolgrupp" in window.statusBar().currentMessage())
    with Workspace.open(target) as copy:
        assert len(list(copy.find(Group))) == window.groups.rowCount()
    assert not window.errors


@pytest.mark.parametrize("how", ["button", "escape"])
def test_long_work_shows_its_progress_and_cancelling_it_changes_nothing(
    qtbot, window, demo_copy, how
):
    from skolgrupp.gui.progress import LongWork

    open_and_wait(qtbot, window, demo_copy)
    finished = []

    def work(workspace, progress):  # reports until the user cancels (or gives up after a while)
        time.sleep(0.6)  # slow to report at first: the dialog shows all the same
        for step in range(2000):
            progress.report(step % 100, 100)
            time.sleep(0.005)
        return "done"

    dialog = LongWork(window, "Arbetar…", work, finished.append).dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.maximum() == 0  # a moving bar: nothing reported yet
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=5000)
    assert dialog.maximum() == 100
    if how == "button":
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: "nothing was changed" in window.statusBar().currentMessage())
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert not finished and not window.errors and not window.long_work


def test_long_work_hears_how_it_ended_even_when_another_workspace_opened_meanwhile(
    qtbot, window, demo_copy, tmp_path
):
    open_and_wait(qtbot, window, demo_copy)
    other = tmp_path / "annan.skolgrupp"
    shutil.copy(demo_copy, other)
    window.write_copy(tmp_path / "kopia.skolgrupp")
    open_and_wait(qtbot, window, other)
    qtbot.waitUntil(lambda: not window.long_work)
    assert (tmp_path / "kopia.skolgrupp").exists()
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def test_opening_then_closing_at_once_ends_with_no_workspace(qtbot, window, demo_copy, tmp_path):
    open_and_wait(qtbot, window, demo_copy)
    other = tmp_path / "annan.skolgrupp"
    shutil.copy(demo_copy, other)
    window.open_file(other)
    window.close_workspace()
    qtbot.waitUntil(lambda: window.windowTitle() == "Skolgrupp")
    qtbot.wait(200)  # nothing that was on its way changes that
    assert window.path is None and window.groups.rowCount() == 0
    assert window.pages.currentWidget() is window.no_workspace and not window.errors


def test_closing_then_opening_at_once_ends_with_the_new_workspace(
    qtbot, window, demo_copy, tmp_path
):
    open_and_wait(qtbot, window, demo_copy)
    other = tmp_path / "annan.skolgrupp"
    shutil.copy(demo_copy, other)
    window.close_workspace()
    open_and_wait(qtbot, window, other)
    assert window.path == other and window.windowTitle() == "annan – Skolgrupp"
    assert window.groups.rowCount() == 4 and not window.errors


def test_a_first_workspace_that_fails_to_open_leaves_a_window_that_says_what_to_do(
    qtbot, window, tmp_path
):
    bad = tmp_path / "trasig.skolgrupp"
    bad.write_bytes(b"inte en arbetsyta")
    window.open_file(bad)
    qtbot.waitUntil(lambda: bool(window.errors))
    assert isinstance(window.errors[0], NotAWorkspace)
    assert window.pages.currentWidget() is window.no_workspace
    assert not window.search_field.isEnabled() and not window.close_action.isEnabled()


def test_closing_the_workspace_leaves_an_empty_window_ready_for_another(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    window.close_action.trigger()
    qtbot.waitUntil(lambda: window.windowTitle() == "Skolgrupp")
    assert window.groups.rowCount() == 0
    assert window.pages.currentWidget() is window.no_workspace
    assert "File menu" in window.no_workspace.text()
    assert not window.save_copy_action.isEnabled() and not window.close_action.isEnabled()
    assert not window.search_field.isEnabled()
    assert not any(a.isEnabled() for a in window.group_menu.actions() if not a.isSeparator())
    open_and_wait(qtbot, window, demo_copy)
    assert window.groups.rowCount() == 4 and window.close_action.isEnabled()
    assert window.pages.currentWidget() is window.group_page


def test_on_a_small_screen_the_window_starts_within_it(window):
    """A 1024×600 laptop (here the offscreen screen, smaller than the usual window): the
    whole window fits on first start, title bar included, so the status bar can be read."""
    available = window.screen().availableGeometry()
    assert available.width() < 1100 or available.height() < 720  # a small screen indeed
    assert window.width() <= available.width()
    assert window.height() <= available.height() - 30
    assert available.contains(window.geometry().topLeft())
