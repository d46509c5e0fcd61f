"""Meeting mode during a session: attendance, minutes, a decision and an action item, each
saved as it is made."""

from PySide6.QtCore import Qt

from skolgrupp.core.domain import ActionItem, AgendaItem, Attendance, Decision, Session
from skolgrupp.core.workspace import Workspace
from skolgrupp.gui.meeting_mode import rotating_roles
from tests.gui.conftest import open_and_wait, when_shown


def take_part(qtbot, window, act):
    """Open meeting mode for the chosen session, act in it, and close it."""
    when_shown(window.group_page.planning, "meeting", act, close="reject")
    window.group_page.planning.meeting_mode()


def test_a_meeting_is_noted_as_it_goes(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    tree = window.group_page.sessions.ui.sessionsList
    qtbot.waitUntil(lambda: tree.currentItem() is not None, timeout=10_000)
    session_id = window.group_page.sessions.chosen_id()
    seen = {}

    def act(meeting):
        ui = meeting.ui
        first = ui.attendanceList.topLevelItem(0)
        seen["absent"] = meeting.form.members[0]["person_id"]
        combo = ui.attendanceList.itemWidget(first, 1)
        combo.setCurrentIndex(combo.findData("absent"))
        ui.agendaList.setCurrentRow(1)
        ui.minutesEdit.setPlainText("Alla hade prövat exit-lappar.")
        ui.agendaList.setCurrentRow(0)  # moving on saves the minutes
        ui.decisionEdit.setText("Vi fortsätter med exit-lappar.")
        ui.decisionButton.click()
        ui.actionEdit.setText("Kopiera elevexempel")
        ui.ownerCombo.setCurrentIndex(1)
        ui.actionButton.click()
        row = ui.actionsList.topLevelItem(ui.actionsList.topLevelItemCount() - 1)
        row.setCheckState(0, Qt.CheckState.Checked)
        ui.timerButton.click()
        meeting.clock.timeout.emit()  # a second of the meeting passes
        seen["clock"] = ui.timerLabel.text()

    take_part(qtbot, window, act)
    qtbot.waitUntil(lambda: not window.database.busy, timeout=10_000)
    assert seen["clock"].startswith("0:01 of ")
    window.database.shutdown()
    with Workspace.open(demo_copy, read_only=True) as ws:
        session = ws.get(Session, session_id)
        agenda = ws.find(AgendaItem, session_id=session.id, order_by="position")
        assert agenda[1].notes == "Alla hade prövat exit-lappar."
        statuses = {a.person_id: a.status for a in ws.find(Attendance, session_id=session.id)}
        assert statuses[seen["absent"]] == "absent"
        assert "Vi fortsätter med exit-lappar." in [
            d.text for d in ws.find(Decision, session_id=session.id)
        ]
        [action] = ws.find(ActionItem, session_id=session.id, text="Kopiera elevexempel")
        assert action.done and action.owner_id


def test_roles_rotate_week_by_week():
    from skolgrupp.core.domain import Session

    members = [{"name": n} for n in ("Anna", "Bo", "Cecilia", "David")]
    week_48 = rotating_roles(members, Session(group_id="g", title="t", date="2026-11-23"))
    week_49 = rotating_roles(members, Session(group_id="g", title="t", date="2026-11-30"))
    assert len(set(week_48)) == 3 and week_49[:2] == week_48[1:]


def test_what_a_teacher_will_try_is_followed_up_at_the_next_session(qtbot, window, demo_copy):
    from skolgrupp.core.domain import Commitment

    open_and_wait(qtbot, window, demo_copy)
    tree = window.group_page.sessions.ui.sessionsList
    qtbot.waitUntil(lambda: tree.currentItem() is not None, timeout=10_000)
    seen = {}

    def commit(meeting):  # at this session: the B moment
        panel = meeting.commitments.ui
        seen["who"] = panel.personCombo.currentText()
        panel.newEdit.setText("Jag prövar tankekartor i 5A.")
        panel.newButton.click()

    take_part(qtbot, window, commit)
    overview = window.overview.ui.commitmentsList
    qtbot.waitUntil(
        lambda: any(
            overview.topLevelItem(i).text(1) == "Jag prövar tankekartor i 5A."
            for i in range(overview.topLevelItemCount())
        ),
        timeout=10_000,
    )
    # The next session: the D moment, where it is followed up.
    current = tree.currentItem()
    parent = current.parent()
    below = tree.itemBelow(current)
    while below is not None and below.parent() is None:
        below = tree.itemBelow(below)
    assert below is not None and parent is not None
    next_session = below.data(0, Qt.ItemDataRole.UserRole)
    tree.setCurrentItem(below)

    def report(meeting):
        panel = meeting.commitments.ui
        rows = [
            panel.followUpList.topLevelItem(i)
            for i in range(panel.followUpList.topLevelItemCount())
        ]
        [row] = [r for r in rows if r.text(1) == "Jag prövar tankekartor i 5A."]
        panel.followUpList.setCurrentItem(row)
        panel.reportEdit.setText("Eleverna kom igång snabbare.")
        panel.reportButton.click()

    take_part(qtbot, window, report)
    qtbot.waitUntil(lambda: not window.database.busy, timeout=10_000)
    window.database.shutdown()
    with Workspace.open(demo_copy, read_only=True) as ws:
        [done] = ws.find(Commitment, text="Jag prövar tankekartor i 5A.")
        assert done.status == "reported" and done.report == "Eleverna kom igång snabbare."
        assert done.report_session_id == next_session
