"""Searching the workspace from the window, as you type."""

from PySide6.QtCore import Qt

from skolgrupp.core.search import Hit
from skolgrupp.gui.search_view import HEADING_ROLE, SEGMENTS_ROLE, SearchResultModel
from tests.gui.conftest import open_and_wait


def type_and_wait(qtbot, window, text):
    with qtbot.waitSignal(window.searched, timeout=10_000):
        window.search_field.insert(text)  # QTest types only ASCII


def test_typing_shows_hits_with_the_matches_marked(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    type_and_wait(qtbot, window, "högläs")
    results = window.search_results.results
    assert window.pages.currentWidget() is window.search_results
    assert results.rowCount() > 0
    pieces = results.index(0).data(SEGMENTS_ROLE)
    assert any(match and text.lower().startswith("högläs") for text, match in pieces)
    assert window.statusBar().currentMessage() == f"{results.rowCount()} hits"


def test_escape_clears_the_search_and_goes_back_to_the_group(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    type_and_wait(qtbot, window, "elev")
    with qtbot.waitSignal(window.searched, timeout=10_000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    assert window.pages.currentWidget() is window.group_page


def test_only_the_latest_search_is_shown(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    window.search.timer.setInterval(60_000)  # the test starts each search itself
    window.search_field.setText("elev")
    window.search.search()  # its answer arrives after the user typed more...
    window.search_field.setText("bildstöd")
    with qtbot.waitSignal(window.searched, timeout=10_000):
        window.search.search()
    qtbot.waitUntil(lambda: not window.database.busy, timeout=10_000)
    hits = [
        window.search_results.results.index(i).data(SEGMENTS_ROLE)
        for i in range(window.search_results.results.rowCount())
    ]
    assert hits and all(
        any(match and "bildstöd" in text.lower() for text, match in pieces) for pieces in hits
    )


def test_a_private_hit_says_so(qtmodeltester):
    model = SearchResultModel()
    hit = Hit(
        kind="reflection",
        record_id="r",
        group_id="g",
        group_name="Läsgruppen",
        session_id=None,
        session_title="",
        visibility="private",
        date="2026-09-01",
        title="",
        snippet="Min \x02tanke\x03 <b>om</b> gruppen",
        score=-1.0,
    )
    model.set_rows([hit])
    qtmodeltester.check(model)
    assert model.index(0).data(HEADING_ROLE) == "2026-09-01 · reflektion · privat · Läsgruppen"
    assert model.index(0).data(SEGMENTS_ROLE) == [
        ("Min ", False),
        ("tanke", True),
        (" <b>om</b> gruppen", False),
    ]
