"""File › Open and File › Merge in the window, over a sample of the hostile files: each is
refused with a clear message (never the bug report's dialog, never an exception escaping to
Qt), runs none of its schema, and leaves the file and the open workspace as they were.

The command line meets every hostile file in ``hostile_files.py``; the window has paths of
its own (a database thread, dialogs), so it meets a sample here.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from skolgrupp.core.errors import WorkspaceError
from skolgrupp.gui import merge_flow
from skolgrupp.gui.main_window import MainWindow
from tests.core.hostile import RAW_SQLITE
from tests.faults import hostile_corpus as corpus
from tests.faults.common import content
from tests.faults.hostile_files import canary_rows, cases, clone, recovered_content, state

# Set by ``python -m tests.faults hostile``: the window meets every hostile file, not a sample.
EVERY_FILE = "SKOLGRUPP_FAULTS_EVERY_FILE"
WAIT_MS = 60_000  # a file that keeps the window waiting forever; a minute tells it from load
# One or two of each family the window could trip on: pipes and links, bad bytes, hostile
# schema, JSON where a version vector belongs, bad text, crashes left behind.
OPENED = [
    "fifo.skolgrupp",
    "folder.skolgrupp",
    "symlink-loop.skolgrupp",
    "symlink-dev-zero.skolgrupp",
    "zero-bytes.skolgrupp",
    "corpus-random-bytes.skolgrupp",
    "corpus-truncated.skolgrupp",
    "corpus-damaged.skolgrupp",
    "header-pages-too-few.skolgrupp",
    "groups-view-marker.skolgrupp",
    "sessions-view-endless.skolgrupp",
    "reflections-trigger.skolgrupp",
    "meta-trigger.skolgrupp",
    "groups-extra-column.skolgrupp",
    "format-newer-minor-trigger.skolgrupp",
    "older-version-number.skolgrupp",
    "groups-invalid-utf8.skolgrupp",
    "reflections-invalid-utf8.skolgrupp",
    "versions-vv-deep-arrays.skolgrupp",
    "conflicts-data-deep-arrays.skolgrupp",
    "conflicts-unknown-kind.skolgrupp",
    "meta-huge-hlc.skolgrupp",
    "format-newer-major-marker.skolgrupp",
    "hot-journal.skolgrupp",
    "wal-mode.skolgrupp",
    "journal-fifo.skolgrupp",
    "wal-with-changes.skolgrupp",
    "control-good.skolgrupp",
]
MERGED = [
    *[name for name in OPENED if name != "hot-journal.skolgrupp"],
    "sealed-damaged-body.skolgrupp",
    "sealed-trigger-inside.skolgrupp",
    "conflicts-vv-deep-unclosed.skolgrupp",
]
CASES = {case.name: case for case in cases()}
if os.environ.get(EVERY_FILE):  # ./dev.sh faults hostile: every hostile workspace file
    MERGED = sorted(name for name, case in CASES.items() if not case.json)
    # A locked file opened asks for its passphrase and where to keep the workspace in a
    # dialog of its own: locked files meet File > Merge here, and unlock on the command line.
    OPENED = [name for name in MERGED if not name.startswith("sealed-")]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The sampled cases, built once: (sources, {name: folder holding the case})."""
    folder = tmp_path_factory.mktemp("hostile-gui")
    sources = corpus.make_sources(folder / "sources")
    templates = {
        name: corpus.build(CASES[name], folder / "corpus" / name, sources).parent
        for name in sorted({*OPENED, *MERGED})
    }
    return sources, templates


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    """The main window, with what it would show the user collected instead of shown."""
    win = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win.group_page.today = lambda: date(2026, 12, 7)
    win.errors = []
    win.report_error = win.errors.append
    win.boxes = []
    win.merge_dialogs = 0

    def box_shown(box):  # any message box, the bug report's included, is seen, not waited on
        win.boxes.append(box)
        return QMessageBox.StandardButton.No

    def merge_dialog_shown(dialog):
        win.merge_dialogs += 1
        return QDialog.DialogCode.Rejected  # the plan was made: seen, not applied

    monkeypatch.setattr(QMessageBox, "exec", box_shown)
    monkeypatch.setattr(merge_flow.MergeDialog, "exec", merge_dialog_shown)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: (corpus.PASSPHRASE, True))
    yield win
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _case_copy(built, name, tmp_path):
    _, templates = built
    folder = tmp_path / "in"
    clone(templates[name], folder)
    return folder / name


def _unplug_pipes(folder) -> None:
    """Give any pipe a reader waits on an end, so a hang found does not hang the tests."""
    for item in folder.iterdir():
        if item.is_fifo():
            with contextlib.suppress(OSError):  # nobody reading: nothing waits
                os.close(os.open(item, os.O_WRONLY | os.O_NONBLOCK))


def _wait(qtbot, window, done, folder) -> bool:
    try:
        qtbot.waitUntil(lambda: done() or bool(window.errors), timeout=WAIT_MS)
    except qtbot.TimeoutError:
        _unplug_pipes(folder)
        return False
    qtbot.waitUntil(lambda: not window.database.busy, timeout=WAIT_MS)
    return True


def _judge(window, case, path, before, opened, sources) -> list[str]:
    """What went wrong, in the words of the command-line harness."""
    found = []
    for error in window.errors:
        if not isinstance(error, WorkspaceError):
            found.append(f"crash report: the bug report's dialog for {type(error).__name__}")
        elif any(raw in error.message for raw in RAW_SQLITE) or not error.message:
            found.append(f"unclear message: {error.message!r}")
        elif case.recoverable and "damaged" in error.message:
            found.append(f"unclear message: calls a recoverable crash damage: {error.message!r}")
    for box in window.boxes:
        if box.icon() == QMessageBox.Icon.Critical:
            found.append(f"crash report: a dialog saying {box.text()[:80]!r}")
    if opened and case.foreign_schema:
        found.append("schema code run: opened a file whose schema is not Skolgrupp's")
    names = [
        window.groups.row_at(window.groups.index(r))["name"]
        for r in range(window.groups.rowCount())
    ]
    if any(corpus.MARKER in str(name) for name in names):
        found.append("schema code run: shows what the file's view made up")
    if canary_rows(path) > 0:
        found.append("schema code run: a trigger in the file fired")
    if state(path) != before:
        if not case.recoverable:
            found.append("workspace changed: the hostile file changed")
        elif content(path) != recovered_content(case, sources):
            found.append("workspace changed: recovery did not give back the workspace as it was")
    return found


@pytest.mark.parametrize("name", OPENED)
def test_file_open_refuses_a_hostile_file_clearly(qtbot, window, built, tmp_path, name):
    case = CASES[name]
    path = _case_copy(built, name, tmp_path)
    before = state(path)
    opened = []
    window.ready.connect(lambda: opened.append(True))
    window.open_file(path)
    finished = _wait(qtbot, window, lambda: bool(opened), path.parent)
    found = [] if finished else [f"hang: not opened nor refused after {WAIT_MS} ms"]
    found += _judge(window, case, path, before, bool(opened), built[0])
    assert not found, f"{name} × File › Open: " + "; ".join(found)


@pytest.mark.parametrize("name", MERGED)
def test_file_merge_refuses_a_hostile_file_clearly(qtbot, window, built, tmp_path, name):
    sources, _ = built
    case = CASES[name]
    mine = tmp_path / "mine" / "mine.skolgrupp"
    mine.parent.mkdir()
    shutil.copyfile(sources.mine, mine)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.open_file(mine)
    qtbot.waitUntil(lambda: not window.database.busy, timeout=WAIT_MS)
    mine_before = content(mine)
    path = _case_copy(built, name, tmp_path)
    before = state(path)
    window.merge_flow.merge_from_file(path)

    def planned() -> bool:
        # The plan in its dialog, or "<file> holds nothing new" in the status bar.
        return window.merge_dialogs > 0 or path.name in window.statusBar().currentMessage()

    finished = _wait(qtbot, window, planned, path.parent)
    found = [] if finished else [f"hang: no plan nor refusal after {WAIT_MS} ms"]
    found += _judge(window, case, path, before, planned(), sources)
    if content(mine) != mine_before:
        found.append("workspace changed: the open workspace changed though nothing was merged")
    assert not found, f"{name} × File › Merge: " + "; ".join(found)
