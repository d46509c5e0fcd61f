"""Going to where a text is written: its group in the list, the tab, the row, and the editor
that holds the text, so that the user can change what the privacy check found.

The group's lists are read on the database thread; each step waits for the list it needs to
be shown, and gives up quietly after a few answers that do not have it (deleted meanwhile)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QTreeWidgetItemIterator

from skolgrupp.core import places
from skolgrupp.core.places import Place

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from skolgrupp.core.privacy_scan import Finding
    from skolgrupp.core.workspace import Workspace
    from skolgrupp.gui.group_page import GroupPage
    from skolgrupp.gui.main_window import MainWindow
    from skolgrupp.gui.meeting_mode import MeetingMode

ID_ROLE = Qt.ItemDataRole.UserRole  # where every list of the page keeps its ids
ATTEMPTS = 4  # answers to wait through for a list to show what is looked for
Focus = tuple[str, str, str]  # the kind, id and field of the record whose text is looked for


def show_finding(window: MainWindow, finding: Finding) -> None:
    """Go to where ``finding`` is written; say so when it is gone since."""
    record_kind, record_id = finding.record_kind, finding.record_id

    def shown(place: Place | None) -> None:
        if place is None:
            window.statusBar().showMessage(
                QCoreApplication.translate("places", "That text is no longer in the workspace."),
                8000,
            )
        else:
            show_place(window, place, focus=(record_kind, record_id, finding.field))

    window.database.call(
        lambda ws: places.locate(ws, record_kind, record_id), shown, window.report_error
    )


def show_place(window: MainWindow, place: Place, *, focus: Focus | None = None) -> None:
    """Show ``place``: choose its group, the tab and the row, and open the editor that holds
    its text (in a workspace that can be changed), at the record and field ``focus`` names."""
    row = window.groups.row_of(place.group_id)
    if row < 0:
        return
    page = window.group_page
    page.places_asked += 1  # a place asked for before this one is no longer wanted
    asked = page.places_asked

    def when(signal: SignalInstance, wait: bool, then: Callable[[], None]) -> None:
        _when(signal, wait, lambda: then() if page.places_asked == asked else None)

    if window.search.active:
        window.search.field.clear()  # the search results give way to the group
    switching = page.group_id != place.group_id
    if switching:
        window.group_list.selectionModel().setCurrentIndex(
            window.groups.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
    window.pages.setCurrentWidget(page)
    view = place.view
    if view == places.GROUP:
        page.setCurrentWidget(page.overview)
        if page.editable:
            window.group_editing.edit_group()
    elif view in (places.SESSION, places.MEETING):
        page.setCurrentWidget(page.sessions)
        when(page.sessions_shown, switching, lambda: _show_session(page, place))
    elif view == places.REFLECTION:
        page.setCurrentWidget(page.reflections)
        when(page.reflections_shown, switching, lambda: _show_reflection(window, page, place))
    else:
        page.setCurrentWidget(page.cycles)
        when(
            page.cycles_shown,
            switching,
            lambda: _show_cycle(page, place, asked, ATTEMPTS, focus),
        )


def _when(signal: SignalInstance, wait: bool, then: Callable[[], None]) -> None:
    """Run ``then`` now, or once ``signal`` is next emitted when ``wait``."""
    if not wait:
        then()
        return

    def once(*_: Any) -> None:
        signal.disconnect(once)
        then()

    signal.connect(once)


def _find(tree: QTreeWidget, record_id: str | None) -> QTreeWidgetItem | None:
    found = QTreeWidgetItemIterator(tree)
    while found.value() is not None:
        item = found.value()
        if item.data(0, ID_ROLE) == record_id:
            return item
        found += 1
    return None


def _choose(tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.setCurrentItem(item)
    tree.scrollToItem(item)
    tree.setFocus()


# -- sessions and meetings --------------------------------------------------------------------


def _show_session(page: GroupPage, place: Place) -> None:
    tree = page.sessions.ui.sessionsList
    item = _find(tree, place.session_id)
    if item is None or place.session_id is None:
        return
    _choose(tree, item)
    page.place_shown.emit()
    if not page.editable:
        return
    if place.view == places.SESSION:
        page.planning.open_session(place.session_id)
    else:
        page.planning.open_meeting(place.session_id, lambda mode: _in_meeting(mode, place))


def _in_meeting(meeting: MeetingMode, place: Place) -> None:
    """Meeting mode opens at the agenda item whose minutes, or the commitment whose report,
    holds the text."""
    agenda = meeting.ui.agendaList
    for row in range(agenda.count()):
        if agenda.item(row).data(ID_ROLE) == place.agenda_item_id:
            agenda.setCurrentRow(row)
    if place.commitment_id is not None:
        commitment = _find(meeting.commitments.ui.followUpList, place.commitment_id)
        if commitment is not None:
            meeting.commitments.ui.followUpList.setCurrentItem(commitment)


# -- cycles and research lessons --------------------------------------------------------------


def _show_cycle(
    page: GroupPage, place: Place, asked: int, attempts: int, focus: Focus | None = None
) -> None:
    """Once the cycle's detail is shown (its research lessons listed), choose the lesson and
    open the editor; until then, choose the cycle and wait for its detail."""
    if page.places_asked != asked:
        return
    cycles = page.cycles
    detail = cycles.detail
    if detail is None or detail.cycle.id != place.cycle_id:
        if attempts > 0:
            _when(
                page.cycles_shown,
                True,
                lambda: _show_cycle(page, place, asked, attempts - 1, focus),
            )
            item = _find(cycles.ui.cyclesList, place.cycle_id)
            if item is not None and cycles.chosen_id() != place.cycle_id:
                _choose(cycles.ui.cyclesList, item)  # its detail is read, then shown
        return
    lesson = _find(cycles.ui.lessonsList, place.lesson_id)
    if lesson is not None:
        _choose(cycles.ui.lessonsList, lesson)
    page.place_shown.emit()
    if not page.editable or place.cycle_id is None:
        return
    if place.view == places.CYCLE:
        page.cycle_planning.open_cycle(place.cycle_id, focus=focus)
    elif place.lesson_id is not None and place.view == places.LESSON:
        page.cycle_planning.open_lesson(place.cycle_id, place.lesson_id, focus=focus)
    elif place.lesson_id is not None:
        page.cycle_planning.observe_lesson(place.lesson_id, place.observer_id)


# -- reflections ------------------------------------------------------------------------------


def _show_reflection(window: MainWindow, page: GroupPage, place: Place) -> None:
    """Choose the reflection in the list; if the filters hide it, show every reflection of
    its period first."""
    if _choose_reflection(page, place.reflection_id):
        page.place_shown.emit()
        return
    reflection_id, asked = place.reflection_id, page.places_asked

    def written_on(ws: Workspace) -> str:
        from skolgrupp.core.domain import Reflection

        found = ws.find(Reflection, id=reflection_id)
        return found[0].written_on if found else ""

    def widen(day: str) -> None:
        if not day or page.places_asked != asked:
            return
        ui = page.reflections.ui
        shown = QDate.fromString(day, "yyyy-MM-dd")
        widgets = (ui.authorFilter, ui.sessionFilter, ui.goalFilter, ui.fromDate, ui.toDate)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in widgets[:3]:
            combo.setCurrentIndex(0)  # everyone, every session, every goal
        ui.fromDate.setDate(min(ui.fromDate.date(), shown))
        ui.toDate.setDate(max(ui.toDate.date(), shown))
        for widget in widgets:
            widget.blockSignals(False)

        def chosen() -> None:
            if page.places_asked == asked and _choose_reflection(page, reflection_id):
                page.place_shown.emit()

        _when(page.reflections_shown, True, chosen)
        page.reflections.filters_changed.emit()  # read once, with every filter changed

    window.database.call(written_on, widen, window.report_error)


def _choose_reflection(page: GroupPage, reflection_id: str | None) -> bool:
    from skolgrupp.gui.reflections_view import REFLECTION_ID_ROLE

    view, model = page.reflections.ui.list, page.reflections.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index, REFLECTION_ID_ROLE) == reflection_id:
            view.setCurrentIndex(index)
            view.scrollTo(index)
            view.setFocus()
            return True
    return False
