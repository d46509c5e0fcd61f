"""The privacy check's findings where the user meets them, before a file or a paper leaves
the computer: each leads to where it is written, one that is no pupil's can be said to be so
(and taken back with Undo), and a document with findings asks before it is printed."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from skolgrupp.core import i18n
from skolgrupp.core.domain import (
    AgendaItem,
    CasePupil,
    Cycle,
    Decision,
    Group,
    LessonPhase,
    Prediction,
    Reflection,
    ResearchLesson,
    Session,
)
from skolgrupp.core.workspace import Workspace
from tests.gui.conftest import open_and_wait, when_shown

NAME = "Kalle Svensson"


@pytest.fixture(autouse=True)
def english():
    """The core's words in English too, as the window's are without a translator."""
    i18n.set_language("en")  # the root conftest goes back to the default afterwards


def group_of(ws, subject):
    return next(g for g in ws.find(Group) if g.subject == subject)


def choose_group(qtbot, window, subject):
    row = next(
        r
        for r in range(window.groups.rowCount())
        if window.groups.row_at(window.groups.index(r))["subject"] == subject
    )
    window.group_list.setCurrentIndex(window.groups.index(row))
    group_id = window.groups.row_at(window.groups.index(row))["id"]
    qtbot.waitUntil(lambda: window.group_page.group_id == group_id)
    qtbot.waitUntil(lambda: window.group_page.sessions.chosen_id() is not None, timeout=10_000)


def rows(findings_list):
    tree = findings_list.ui.list
    return [
        tuple(tree.topLevelItem(i).text(c) for c in range(3))
        for i in range(tree.topLevelItemCount())
    ]


def test_a_case_pupils_real_name_leads_from_the_share_dialog_to_the_cycle_editor(
    qtbot, window, demo_copy
):
    with Workspace.open(demo_copy) as ws:
        cycle = ws.find(Cycle, group_id=group_of(ws, "maths").id)[0]
        pupil = ws.add(CasePupil(cycle_id=cycle.id, label=NAME, position=9))
    open_and_wait(qtbot, window, demo_copy)
    choose_group(qtbot, window, "maths")
    page = window.group_page
    page.setCurrentWidget(page.overview)
    seen = {}

    def show(dialog):
        (row,) = rows(dialog.ui.findings)
        seen["listed"] = row
        dialog.ui.findings.ui.showButton.click()

    def look(editor):
        seen["editor"] = editor.form.cycle.id
        tree = editor.ui.pupilsList
        seen["tab"] = editor.ui.tabs.currentWidget().isAncestorOf(tree)
        seen["row"] = tree.currentItem().data(0, Qt.ItemDataRole.UserRole)

    when_shown(window.sharing, "dialog", show, close="hide")
    when_shown(page.cycle_planning, "editor", look, close="reject")
    window.share_action.trigger()
    qtbot.waitUntil(lambda: "editor" in seen, timeout=10_000)
    assert seen["editor"] == cycle.id
    assert seen["listed"] == (f"a case pupil ({cycle.title})", "Name", NAME)
    assert seen["tab"] and seen["row"] == pupil.id  # the very row, on its tab
    assert page.currentWidget() is page.cycles
    assert page.cycles.chosen_id() == cycle.id
    assert not window.errors


def test_it_is_not_a_pupil_quiets_a_finding_until_the_user_undoes_it(qtbot, window, demo_copy):
    with Workspace.open(demo_copy) as ws:
        session = ws.find(Session, group_id=group_of(ws, "special_support").id)[0]
        ws.add(Decision(session_id=session.id, text=f"{NAME} får bildstöd."))
        ws.add(Decision(session_id=session.id, text="Personnumret 900101-1239 står i akten."))
    open_and_wait(qtbot, window, demo_copy)
    choose_group(qtbot, window, "special_support")
    seen = {}

    def acknowledge(dialog):
        findings = dialog.ui.findings
        seen["before"] = sorted(row[2] for row in rows(findings))
        tree = findings.ui.list
        (item,) = [tree.topLevelItem(i) for i in range(2) if tree.topLevelItem(i).text(2) == NAME]
        tree.setCurrentItem(item)
        findings.ui.acknowledgeButton.click()
        qtbot.waitUntil(lambda: len(rows(findings)) == 1, timeout=10_000)
        seen["after"] = rows(findings)

    when_shown(window.sharing, "dialog", acknowledge, close="reject")
    window.share_action.trigger()
    qtbot.waitUntil(lambda: "after" in seen, timeout=10_000)
    assert seen["before"] == sorted([NAME, "900101-1239"])
    (number,) = seen["after"]
    assert number[1:] == ("Personal identity number", "900101-1239")  # its check digit is right
    assert window.undo_stack.undoText() == "It is not a pupil"

    qtbot.waitUntil(lambda: window.sharing.dialog is None)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: not window.database.busy, timeout=10_000)
    again = {}
    look = lambda d: again.update(rows=rows(d.ui.findings))  # noqa: E731
    when_shown(window.sharing, "dialog", look, close="reject")
    window.share_action.trigger()
    qtbot.waitUntil(lambda: "rows" in again, timeout=10_000)
    assert sorted(row[2] for row in again["rows"]) == sorted([NAME, "900101-1239"])
    assert not window.errors


def test_a_document_with_findings_asks_first_and_escape_prints_nothing(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    page = window.group_page
    qtbot.waitUntil(lambda: page.sessions.chosen_id() is not None, timeout=10_000)
    session_id = page.sessions.chosen_id()
    with Workspace.open(demo_copy) as ws:  # beside the window, as a colleague's merge would
        ws.add(Decision(session_id=session_id, text=f"{NAME} får bildstöd."))
    page.setCurrentWidget(page.sessions)
    seen = {}

    def escape(dialog):
        seen["title"] = dialog.windowTitle()
        seen["rows"] = rows(dialog.ui.findings)
        seen["default"] = dialog.go_on.text(), dialog.go_on.isDefault()
        QTest.keyClick(dialog, Qt.Key.Key_Escape)

    when_shown(window.documents, "findings", escape, close="hide")
    window.documents.print_document("session")
    qtbot.waitUntil(lambda: "rows" in seen and window.documents.findings is None, timeout=10_000)
    assert seen["title"].startswith("Print Session summary")
    assert [row[1:] for row in seen["rows"]] == [("Name", NAME)]
    assert seen["default"] == ("&Print anyway", True)
    qtbot.wait(200)
    assert window.documents.preview is None  # nothing printed

    previewed = []
    when_shown(window.documents, "findings", lambda d: d.go_on.click(), close="hide")
    when_shown(window.documents, "preview", previewed.append, close="reject")
    window.documents.print_document("session")
    qtbot.waitUntil(lambda: bool(previewed), timeout=10_000)
    assert not window.errors


def test_enter_on_a_finding_in_the_minutes_opens_meeting_mode_at_that_item(
    qtbot, window, demo_copy
):
    open_and_wait(qtbot, window, demo_copy)
    page = window.group_page
    qtbot.waitUntil(lambda: page.sessions.chosen_id() is not None, timeout=10_000)
    session_id = page.sessions.chosen_id()
    with Workspace.open(demo_copy) as ws:
        item = ws.find(AgendaItem, session_id=session_id, order_by="position")[1]
        item.notes = f"{NAME} ville inte läsa högt."
        ws.update(item)
    page.setCurrentWidget(page.overview)
    seen = {}

    def enter(dialog):
        QTest.keyClick(dialog.ui.findings.ui.list, Qt.Key.Key_Return)

    def look(meeting):
        seen["minutes"] = meeting.ui.minutesEdit.toPlainText()

    when_shown(window.documents, "findings", enter, close="hide")
    when_shown(page.planning, "meeting", look, close="reject")
    window.documents.export("session")
    qtbot.waitUntil(lambda: "minutes" in seen, timeout=10_000)
    assert seen["minutes"] == f"{NAME} ville inte läsa högt."
    assert page.currentWidget() is page.sessions
    assert page.sessions.chosen_id() == session_id
    assert window.documents.preview is None  # Enter went to the text, not on to the document
    assert not window.errors


def test_a_finding_in_another_groups_prediction_leads_to_that_groups_lesson(
    qtbot, window, demo_copy
):
    with Workspace.open(demo_copy) as ws:
        group = group_of(ws, "maths")
        cycle = ws.find(Cycle, group_id=group.id)[0]
        lesson = ws.find(ResearchLesson, cycle_id=cycle.id, order_by="iteration")[-1]
        phase = ws.find(LessonPhase, lesson_id=lesson.id)[0]
        pupil = ws.find(CasePupil, cycle_id=cycle.id)[0]
        pupils = [p.id for p in ws.find(CasePupil, cycle_id=cycle.id, order_by="position")]
        prediction = ws.find(Prediction, phase_id=phase.id, pupil_id=pupil.id)
        if prediction:
            prediction[0].text = f"Ritar som {NAME} brukar."
            ws.update(prediction[0])
        else:
            ws.add(Prediction(phase_id=phase.id, pupil_id=pupil.id, text=f"Som {NAME}."))
    open_and_wait(qtbot, window, demo_copy)
    choose_group(qtbot, window, "reading")
    page = window.group_page
    seen = {}

    def show(dialog):
        tree = dialog.ui.findings.ui.list
        (item,) = [
            tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())
            if tree.topLevelItem(i).text(2) == NAME
        ]
        tree.setCurrentItem(item)
        dialog.ui.findings.ui.showButton.click()

    def look(editor):
        seen["lesson"] = editor.form.lesson.id
        table = editor.ui.planTable
        seen["cell"] = (editor.ui.tabs.currentWidget() is editor.ui.planTab, table.currentColumn())

    when_shown(window.documents, "options", lambda d: None)  # the school year offered
    when_shown(window.documents, "findings", show, close="hide")
    when_shown(page.cycle_planning, "lesson_editor", look, close="reject")
    window.documents.print_document("year")
    qtbot.waitUntil(lambda: "lesson" in seen, timeout=15_000)
    assert seen["lesson"] == lesson.id
    assert seen["cell"] == (True, 2 + pupils.index(pupil.id))  # the prediction's own cell
    assert page.group_id == group.id
    assert page.currentWidget() is page.cycles
    assert page.cycles.chosen_lesson_id() == lesson.id
    assert not window.errors


def test_a_reflection_hidden_by_the_filters_is_shown_and_chosen(qtbot, window, demo_copy):
    with Workspace.open(demo_copy) as ws:
        group = group_of(ws, "maths")
        reflection = ws.find(Reflection, group_id=group.id, visibility="group")[0]
        reflection.text = f"{NAME} räknade på tallinjen."
        reflection.written_on = "2025-01-10"  # long before the term the list shows
        ws.update(reflection)
    open_and_wait(qtbot, window, demo_copy)
    choose_group(qtbot, window, "maths")
    page = window.group_page

    def show(dialog):
        tree = dialog.ui.findings.ui.list
        (item,) = [
            tree.topLevelItem(i)
            for i in range(tree.topLevelItemCount())
            if tree.topLevelItem(i).text(2) == NAME
        ]
        tree.setCurrentItem(item)
        dialog.ui.findings.ui.showButton.click()

    when_shown(window.sharing, "dialog", show, close="hide")
    with qtbot.waitSignal(page.place_shown, timeout=15_000):
        window.share_action.trigger()
    from skolgrupp.gui.reflections_view import REFLECTION_ID_ROLE

    assert page.currentWidget() is page.reflections
    chosen = page.reflections.ui.list.currentIndex()
    assert chosen.data(REFLECTION_ID_ROLE) == reflection.id
    assert not window.errors


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no stacking
def test_the_privacy_help_gives_every_rule_as_plain_text(qtbot, window, monkeypatch):
    from skolgrupp.core import privacy_scan

    rules = [
        *privacy_scan.rules(),
        privacy_scan.Rule("<b>Not bold</b>", '<img src="x.png"> & <a href="y">no link</a>'),
    ]
    monkeypatch.setattr(privacy_scan, "rules", lambda: rules)
    window.privacy_help_action.trigger()
    page = window.privacy_help
    assert page is not None and page.isVisible()
    text = page.text.toPlainText()
    for rule in rules:
        assert rule.title in text and rule.text in text
    # Nothing was read as markup: no picture, no link, and the tags are there as typed.
    formats = page.text.document().allFormats()
    assert not any(f.isImageFormat() or f.toCharFormat().isAnchor() for f in formats)
    assert "Private reflections stay on this computer" in text
    window.privacy_help_action.trigger()  # asked for again: the same page, in front
    assert window.privacy_help is page
