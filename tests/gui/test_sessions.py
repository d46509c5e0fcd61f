"""Planning sessions in the window: from a template, reordering the agenda, by week, and out
to a calendar."""

import icalendar
from PySide6.QtCore import QDate, Qt

from skolgrupp.core.domain import AgendaItem, Session, SessionGoal
from skolgrupp.core.workspace import Workspace
from tests.gui.conftest import open_and_wait, when_shown


def fill_session_editor(window, fill):
    when_shown(window.group_page.planning, "editor", fill)


def titles_in_list(window):
    tree = window.group_page.sessions.ui.sessionsList
    return [
        tree.topLevelItem(w).child(s).text(2)
        for w in range(tree.topLevelItemCount())
        for s in range(tree.topLevelItem(w).childCount())
    ]


def test_plan_a_four_part_session_and_reorder_its_agenda(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    group_id = window.group_page.group_id
    seen = {}

    def fill(editor):
        ui = editor.ui
        ui.templateCombo.setCurrentIndex(ui.templateCombo.findData("four_part"))
        ui.titleEdit.setText("Del 5: Läsa i alla ämnen")
        ui.dateEdit.setDate(QDate(2027, 1, 19))
        ui.placeEdit.setText("Biblioteket")
        tree = ui.agendaList
        seen["sum"] = ui.sumLabel.text()
        last = tree.takeTopLevelItem(tree.topLevelItemCount() - 1)  # as a drag to the top
        tree.insertTopLevelItem(0, last)
        seen["first"] = last.text(0)
        ui.goalsList.item(1).setCheckState(Qt.CheckState.Checked)

    fill_session_editor(window, fill)
    window.group_page.planning.new_session()
    qtbot.waitUntil(lambda: "Del 5: Läsa i alla ämnen" in titles_in_list(window), timeout=10_000)
    assert seen["sum"] == "90 of 90 min"
    window.database.shutdown()
    with Workspace.open(demo_copy, read_only=True) as ws:
        [session] = ws.find(Session, group_id=group_id, title="Del 5: Läsa i alla ämnen")
        assert (session.date, session.format, session.place) == (
            "2027-01-19",
            "four_part",
            "Biblioteket",
        )
        agenda = ws.find(AgendaItem, session_id=session.id, order_by="position")
        assert agenda[0].title == seen["first"] and len(agenda) == 5
        assert len(ws.find(SessionGoal, session_id=session.id)) == 1


def test_undo_a_new_session(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    fill_session_editor(window, lambda editor: editor.ui.titleEdit.setText("Ångras"))
    window.group_page.planning.new_session()
    qtbot.waitUntil(lambda: "Ångras" in titles_in_list(window), timeout=10_000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "Ångras" not in titles_in_list(window), timeout=10_000)


def test_sessions_are_listed_under_their_iso_weeks(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    qtbot.waitUntil(lambda: bool(titles_in_list(window)), timeout=10_000)
    tree = window.group_page.sessions.ui.sessionsList
    headings = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert all(h.startswith("Week ") for h in headings)
    assert len(headings) == len(set(headings))


def test_export_planned_sessions_to_a_calendar_file(qtbot, window, demo_copy, tmp_path):
    open_and_wait(qtbot, window, demo_copy)
    target = tmp_path / "kalender.ics"
    window.group_page.planning.export_calendar(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    assert events and all(
        str(e["summary"]).startswith(window.groups.index(0).data()) for e in events
    )


def test_switching_template_keeps_an_agenda_written_by_hand(qtbot, window, demo_copy):
    from datetime import date

    from skolgrupp.gui.session_editor import SessionEditor, SessionForm

    form = SessionForm(group_id="g", session=None, agenda=[], goal_links=[], members=[], goals=[])
    editor = SessionEditor(form, today=date(2026, 11, 25))
    qtbot.addWidget(editor)
    ui = editor.ui
    assert ui.titleEdit.text() == "Träff i fyra delar (B och D)"
    assert ui.agendaList.topLevelItemCount() == 5
    ui.templateCombo.setCurrentIndex(ui.templateCombo.findData("post_lesson"))
    assert ui.titleEdit.text() == "Eftersamtal"  # the template's name follows
    ui.addItemButton.click()
    count = ui.agendaList.topLevelItemCount()
    ui.templateCombo.setCurrentIndex(ui.templateCombo.findData("free"))
    assert ui.agendaList.topLevelItemCount() == count  # the user's own agenda stays


def test_the_agenda_can_be_reordered_from_the_keyboard(qtbot):
    from datetime import date

    from PySide6.QtCore import Qt as QtNS

    from skolgrupp.gui.session_editor import SessionEditor, SessionForm

    form = SessionForm(group_id="g", session=None, agenda=[], goal_links=[], members=[], goals=[])
    editor = SessionEditor(form, today=date(2026, 11, 25))
    qtbot.addWidget(editor)
    editor.show()
    tree = editor.ui.agendaList
    second = tree.topLevelItem(1).text(0)
    tree.setCurrentItem(tree.topLevelItem(1))
    tree.setFocus()
    qtbot.keyClick(tree, QtNS.Key.Key_Up, QtNS.KeyboardModifier.AltModifier)
    assert tree.topLevelItem(0).text(0) == second
    changes = editor.changes()
    moved = [after for _, after in changes if getattr(after, "title", None) == second]
    assert moved and moved[0].position == 0.0
