"""Runs in a process of its own for the benchmark: shows a window and prints timings as JSON.

``floor``: a bare PySide6 main window. ``app FILE``: Skolgrupp's main window on FILE, then
search as you type, keystroke by keystroke.
"""

import json
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget


class FirstPaint(QObject):
    """Notes the moment the window is first painted: from then on the user sees it."""

    def __init__(self, window: QWidget, result: dict) -> None:
        super().__init__(window)
        self.result = result
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.result.setdefault("window", time.time())
        return False


def floor() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Skolgrupp"))
    window.resize(1100, 720)
    result: dict = {}
    FirstPaint(window, result)
    window.show()

    def shown() -> None:
        if "window" not in result:  # not painted yet: the next turn of the event loop
            QTimer.singleShot(0, shown)
            return
        result["shown"] = result["window"]
        result["peak_rss_mb"] = peak_memory_mb()
        report(result)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()


def skolgrupp(path: str, cycle: tuple[str, str] | None = None) -> None:
    from pathlib import Path

    from PySide6.QtCore import QSettings

    from skolgrupp.gui.app import make_application
    from skolgrupp.gui.main_window import MainWindow

    app = make_application(sys.argv[:1])
    window = MainWindow(QSettings(str(Path(path).with_suffix(".ini")), QSettings.Format.IniFormat))
    window.search.timer.setInterval(0)  # measure the search itself, not the typing pause
    result: dict = {}
    FirstPaint(window, result)
    window.show()
    typed = "högläsning elever"
    latencies: list[float] = []

    def ready() -> None:
        if "shown" in result:
            return
        result["shown"] = time.time()  # the workspace's content is on the screen
        # Then another group's session list, as a leader would open it.
        page = window.group_page
        page.setCurrentIndex(1)
        result["sessions_start"] = time.perf_counter()
        page.sessions_shown.connect(sessions_shown)
        window.group_list.setCurrentIndex(window.groups.index(window.groups.rowCount() - 1))

    def sessions_shown() -> None:
        if "sessions_ms" in result:
            return
        result["sessions_ms"] = round(1000 * (time.perf_counter() - result["sessions_start"]), 2)
        window.searched.connect(next_key)
        QTimer.singleShot(0, next_key)

    def next_key() -> None:
        if latencies and len(latencies) <= len(typed):
            latencies[-1] = time.perf_counter() - latencies[-1]
        if len(latencies) == len(typed):
            result["keystrokes_ms"] = [round(1000 * x, 2) for x in latencies]
            window.searched.disconnect(next_key)
            if cycle is None:
                finish()
            else:
                QTimer.singleShot(0, open_group_of_cycle)
            return
        latencies.append(time.perf_counter())
        window.search_field.setText(typed[: len(latencies)])

    def finish() -> None:
        result["peak_rss_mb"] = peak_memory_mb()
        report(result)
        window.close()
        app.quit()

    def open_group_of_cycle() -> None:
        """The group's cycles tab, as a leader opens it; then the cycle measured."""
        assert cycle is not None
        window.search_field.clear()
        page = window.group_page
        page.setCurrentWidget(page.cycles)
        page.cycles_shown.connect(board_shown)
        row = next(
            r
            for r in range(window.groups.rowCount())
            if window.groups.row_at(window.groups.index(r))["id"] == cycle[0]
        )
        window.group_list.setCurrentIndex(window.groups.index(row))

    def board_shown() -> None:
        page = window.group_page
        page.cycles_shown.disconnect(board_shown)
        page.cycles_shown.connect(cycle_shown)
        result["cycle_start"] = time.perf_counter()
        # As a click on the cycle on the board does (also when it is the one chosen already).
        page.cycles.chosen.emit(cycle[1])

    def cycle_shown() -> None:
        page = window.group_page
        page.cycles_shown.disconnect(cycle_shown)
        app.processEvents()  # the tab's tables and chart painted
        result["cycle_ms"] = round(1000 * (time.perf_counter() - result["cycle_start"]), 2)
        finish()

    window.ready.connect(ready)
    window.open_file(Path(path))
    app.exec()


def peak_memory_mb() -> float:
    """The process's own peak resident memory (VmHWM starts afresh at exec, unlike ru_maxrss,
    which a child started from a large benchmark process inherits)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def report(values: dict) -> None:
    print(json.dumps(values), flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "floor":
        floor()
    else:
        skolgrupp(sys.argv[2], (sys.argv[3], sys.argv[4]) if len(sys.argv) > 4 else None)
