"""The quiet privacy note in the editors: what may identify a pupil is named while it is
typed, marked on its cell, and asked about once on saving."""

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from skolgrupp.core import privacy
from skolgrupp.core.privacy import NAME, PERSONAL_NUMBER
from skolgrupp.core.privacy_scan import finding_name
from skolgrupp.gui.cycle_editor import CycleEditor, CycleForm
from skolgrupp.gui.privacy_watch import DELAY_MS, Known
from skolgrupp.gui.reflection_editor import ReflectionChoices, ReflectionEditor

GROUP = "00000000-0000-4000-8000-0000000000a1"
ADULTS = Known(privacy.Adults.from_names(["Fatima Ali", "Anna Johansson"]))


def new_cycle_editor(qtbot, known: Known = ADULTS) -> CycleEditor:
    form = CycleForm(
        group_id=GROUP,
        cycle=None,
        phases=[],
        aspects=[],
        pupils=[],
        items=[],
        goal_links=[],
        goals=[],
        known=known,
    )
    editor = CycleEditor(form)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_a_personal_number_is_named_while_it_is_typed_in_a_cell(qtbot):
    editor = new_cycle_editor(qtbot)
    tree = editor.ui.pupilsList
    editor.ui.tabs.setCurrentWidget(editor.ui.pupilsList.parentWidget())
    tree.setCurrentItem(tree.topLevelItem(0), 0)
    tree.editItem(tree.topLevelItem(0), 0)
    cell = tree.findChild(QLineEdit)
    assert cell is not None
    cell.selectAll()
    qtbot.keyClicks(cell, "120314-1234")  # not yet committed to the row
    qtbot.waitUntil(lambda: editor.privacy.note.isVisible(), timeout=2000)
    note = editor.privacy.note.text()
    assert f"{finding_name(PERSONAL_NUMBER, False)}: 120314-1234 (Case pupils)" in note
    qtbot.wait(DELAY_MS * 2)
    assert cell.text() == "120314-1234"  # the note never takes back what is being typed
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tree.topLevelItem(0).text(0) == "120314-1234", timeout=2000)
    qtbot.waitUntil(lambda: "120314-1234" in tree.topLevelItem(0).toolTip(0), timeout=2000)
    assert not tree.topLevelItem(0).icon(0).isNull()  # a warning sign, row not selected


def test_every_usual_form_of_a_number_is_found_and_an_adults_genitive_is_not(qtbot):
    editor = new_cycle_editor(qtbot)
    rows = editor.ui.pupilsList
    rows.topLevelItem(0).setText(0, "20120314-1234")
    rows.topLevelItem(1).setText(0, "1203141234")
    rows.topLevelItem(2).setText(1, "Läser som Fatimas grupp gör")
    editor.privacy.check()
    note = editor.privacy.note.text()
    assert "20120314-1234" in note and "1203141234" in note
    assert "Fatima" not in note
    assert rows.topLevelItem(2).icon(1).isNull()


def test_an_acknowledged_text_stays_quiet(qtbot):
    plain = new_cycle_editor(qtbot)
    plain.ui.pupilsList.topLevelItem(0).setText(1, "Som Maja  Berg i fjol")
    plain.privacy.check()
    assert "Maja  Berg" in plain.privacy.note.text()  # found where no one said otherwise
    known = Known(ADULTS.adults, frozenset({"maja berg"}))
    editor = new_cycle_editor(qtbot, known)
    editor.ui.pupilsList.topLevelItem(0).setText(1, "Som Maja  Berg i fjol")
    editor.privacy.check()
    assert not editor.privacy.note.isVisibleTo(editor)


def answer_summary(qtbot, button_text: str, seen: list[str]) -> None:
    """Answer the summary on saving with the button named ``button_text``."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, attempt)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, attempt)


def reflection_editor(qtbot) -> ReflectionEditor:
    choices = ReflectionChoices(
        groups=[{"id": GROUP, "name": "Läsgruppen"}],
        members={GROUP: [{"person_id": "p1", "name": "Anna Johansson"}]},
        sessions={},
        goals=[],
        known=ADULTS,
    )
    editor = ReflectionEditor(choices, group_id=GROUP, author_id="p1", today=date(2026, 11, 25))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_saving_something_new_asks_once_with_a_summary_and_can_go_back(qtbot):
    editor = reflection_editor(qtbot)
    editor.ui.textEdit.setPlainText("Anna Johanssons grupp: Maja Berg läste högt idag.")
    seen: list[str] = []
    answer_summary(qtbot, "Keep editing", seen)
    editor.accept()
    assert seen and f"{finding_name(NAME)}: Maja Berg (Reflection)" in seen[0]
    assert "Anna" not in seen[0]
    assert editor.isVisible() and editor.result() == 0  # still editing, nothing lost
    answer_summary(qtbot, "Save anyway", seen)
    editor.accept()
    assert editor.result() == 1


def test_saving_without_anything_new_does_not_ask(qtbot):
    editor = reflection_editor(qtbot)
    editor.ui.textEdit.setPlainText("Vi läste högt i par och Elev A kom igång.")
    editor.accept()
    assert editor.result() == 1


def test_meeting_minutes_and_what_members_will_try_are_watched_without_a_question(qtbot):
    from skolgrupp.core.domain import AgendaItem, Session
    from skolgrupp.gui.meeting_mode import MeetingForm, MeetingMode

    session = Session(group_id=GROUP, title="Träff 3", date="2026-11-25")
    item = AgendaItem(session_id=session.id, title="Uppföljning", duration_min=20)
    members = [{"person_id": "p1", "name": "Anna Johansson"}]
    form = MeetingForm(
        session=session,
        group_name="Läsgruppen",
        agenda=[item],
        attendance=[],
        decisions=[],
        actions=[],
        members=members,
        known=ADULTS,
    )
    saved = []
    mode = MeetingMode(
        form, save=lambda text, changes: saved.append(changes), today=date(2026, 11, 25)
    )
    qtbot.addWidget(mode)
    mode.show()
    mode.ui.minutesEdit.setPlainText("Annas elev 120314-1234 läste högt.")
    mode.commitments.ui.reportEdit.setText("Det gick bra, Maja Berg läste först")
    qtbot.waitUntil(lambda: mode.privacy.note.isVisible(), timeout=2000)
    note = mode.privacy.note.text()
    assert "120314-1234 (Minutes: Uppföljning)" in note
    assert "Maja Berg" in note and "Anna" not in note
    mode.close()  # the minutes are saved as always, with no question in between
    assert saved and saved[-1][0][1].notes == "Annas elev 120314-1234 läste högt."


def test_an_editor_is_quiet_only_about_what_was_acknowledged_in_its_own_records(tmp_path):
    from skolgrupp.core.domain import Group, Person, PrivacyAcknowledgement, Reflection
    from skolgrupp.core.workspace import Workspace
    from skolgrupp.gui.privacy_watch import known

    with Workspace.create(tmp_path / "ws.skolgrupp") as ws:
        group = ws.add(Group(name="Läsgruppen"))
        author = ws.add(Person(name="Anna Johansson"))
        here, there = (
            ws.add(Reflection(group_id=group.id, author_id=author.id, written_on="2026-11-25"))
            for _ in range(2)
        )
        ws.add(
            PrivacyAcknowledgement(
                record_kind="reflection", record_id=there.id, field_name="text", text="Maja  BERG"
            )
        )
        assert known(ws, {there.id}).acknowledged == {"maja berg"}
        assert known(ws, {here.id}).acknowledged == frozenset()
