"""Retention in the window: the Cycles tab offers to erase a finished cycle's case-pupil
details, says exactly what goes and stays with Cancel as the default, and shows the day once
done; a quiet notice names the cycles due, and the setting says when they are."""

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from skolgrupp.core.domain import CasePupil, Cycle, CyclePhase, Group, Observation
from skolgrupp.core.workspace import Workspace
from skolgrupp.gui.retention import SETTING
from tests.gui.conftest import open_and_wait, show_cycles_of, when_shown

READING = "reading"  # the demo's lesson study, with predictions and observations


def finish(path, *, ended="2026-10-01"):
    """Mark every phase of the reading group's cycle done, the last ending on ``ended``."""
    with Workspace.open(path) as ws:
        group = next(g for g in ws.find(Group) if g.subject == READING)
        (cycle,) = ws.find(Cycle, group_id=group.id)
        phases = ws.find(CyclePhase, cycle_id=cycle.id, order_by="position")
        for phase in phases:
            phase.status = "done"
            phase.starts_on = phase.ends_on = min(phase.ends_on or ended, ended)
            ws.update(phase)
        return cycle


def agree(box):
    (erase,) = [
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ]
    erase.click()


def test_a_finished_cycles_pupil_details_are_erased_from_the_cycles_tab(qtbot, window, demo_copy):
    cycle = finish(demo_copy)
    view = show_cycles_of(qtbot, window, demo_copy, READING)
    button = view.findChild(QPushButton, "erasePupilDetailsButton")
    label = view.findChild(QLabel, "pupilDetailsErasedLabel")
    assert button.isEnabled() and not button.isHidden() and label.isHidden()
    window.undo_stack.push(QUndoCommand("an earlier step"))
    seen = {}

    def look(box):
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        seen["text"] = box.text() + "\n" + box.informativeText()
        agree(box)

    when_shown(window.retention, "question", look)
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        button.click()
    assert seen["default"]
    assert cycle.title in seen["text"]
    for words in ("observations", "Stays: the test results", "cannot be undone", "backups"):
        assert words in seen["text"]
    assert not label.isHidden() and label.text() == "Pupil details erased 2026-11-25"
    assert not button.isEnabled()
    assert window.undo_stack.count() == 0  # no step can write the erased text back
    assert "Elev 1" in view.ui.aboutText.toPlainText()
    with Workspace.open(demo_copy, read_only=True) as ws:
        assert ws.get(Cycle, cycle.id).pupil_data_erased_on == "2026-11-25"
        pupils = {p.id for p in ws.find(CasePupil, cycle_id=cycle.id)}
        assert pupils and not [o for o in ws.find(Observation) if o.pupil_id in pupils]
    assert window.errors == []


def test_a_cycle_going_on_is_not_offered_and_cancel_changes_nothing(qtbot, window, demo_copy):
    view = show_cycles_of(qtbot, window, demo_copy, READING)
    button = view.findChild(QPushButton, "erasePupilDetailsButton")
    assert not button.isEnabled() and "finished" in button.toolTip()
    window.close_then(lambda: None)
    qtbot.waitUntil(lambda: window.path is None)
    finish(demo_copy)
    view = show_cycles_of(qtbot, window, demo_copy, READING)
    assert button.isEnabled()
    when_shown(window.retention, "question", lambda box: None, close="reject")
    button.click()
    qtbot.waitUntil(
        lambda: window.group_page.dialogs._busy is False and window.retention.question is None
    )
    with Workspace.open(demo_copy, read_only=True) as ws:
        assert not any(c.pupil_data_erased_on for c in ws.find(Cycle))


def test_a_notice_names_the_cycles_due_and_the_setting_says_when(
    qtbot, window, demo_copy, settings
):
    cycle = finish(demo_copy, ended="2025-06-10")  # more than a school year before the demo's day
    notice = window.retention.notice
    open_and_wait(qtbot, window, demo_copy)
    qtbot.waitUntil(lambda: not notice.isHidden())
    text = window.retention.notice_text.text()
    assert cycle.title in text and "a school year" in text
    assert window.retention.setting_actions[365].isChecked()

    window.retention.setting_actions[730].trigger()
    qtbot.waitUntil(notice.isHidden)
    assert int(settings.value(SETTING)) == 730
    window.retention.setting_actions[182].trigger()
    qtbot.waitUntil(lambda: not notice.isHidden())
    assert "half a school year" in window.retention.notice_text.text()

    later = next(b for b in notice.findChildren(QPushButton) if b.text() == "Not now")
    later.click()
    assert notice.isHidden()
    window.retention.check_due()  # another group shown: still quiet
    qtbot.wait(200)
    assert notice.isHidden()

    window.retention._dismissed = None
    window.retention.check_due()
    qtbot.waitUntil(lambda: not notice.isHidden())
    when_shown(window.retention, "question", agree)
    window.retention.notice_button.click()
    qtbot.waitUntil(notice.isHidden, timeout=10_000)
    with Workspace.open(demo_copy, read_only=True) as ws:
        assert ws.get(Cycle, cycle.id).pupil_data_erased_on == "2026-11-25"
    assert window.errors == []
