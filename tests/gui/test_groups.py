"""Making and changing groups in the window."""

from skolgrupp.core.domain import Group, Membership
from skolgrupp.core.workspace import Workspace
from tests.gui.conftest import open_and_wait, when_shown


def fill_group_editor(window, fill):
    """Fill in the group editor once it is open, then save."""
    when_shown(window.group_editing, "editor", fill)


def group_names(window):
    return [window.groups.index(row).data() for row in range(window.groups.rowCount())]


def test_a_new_group_with_a_leader_is_shown_and_chosen(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)

    def fill(editor):
        ui = editor.ui
        ui.nameEdit.setText("Bråkgruppen")
        ui.subjectCombo.setCurrentIndex(ui.subjectCombo.findData("maths"))
        ui.termEdit.setText("VT2027")
        ui.leaderCheck.setChecked(True)
        ui.addButton.click()

    fill_group_editor(window, fill)
    window.group_editing.new_group()
    qtbot.waitUntil(lambda: "Bråkgruppen" in group_names(window), timeout=10_000)
    qtbot.waitUntil(lambda: window.overview.ui.titleLabel.text() == "Bråkgruppen", timeout=10_000)
    assert window.overview.ui.membersList.topLevelItemCount() == 1
    window.database.shutdown()
    with Workspace.open(demo_copy, read_only=True) as ws:
        [group] = ws.find(Group, name="Bråkgruppen")
        assert (group.subject, group.term) == ("maths", "vt2027")
        [member] = ws.find(Membership, group_id=group.id)
        assert member.role == "leader" and member.left_on is None


def test_a_member_who_leaves_keeps_a_place_in_the_history(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    group_id = window.group_page.group_id
    members_before = window.overview.ui.membersList.topLevelItemCount()

    def fill(editor):
        editor.ui.membersList.setCurrentItem(editor.ui.membersList.topLevelItem(0))
        editor.ui.leftButton.click()

    fill_group_editor(window, fill)
    window.group_editing.edit_group()
    qtbot.waitUntil(
        lambda: window.overview.ui.membersList.topLevelItemCount() == members_before - 1,
        timeout=10_000,
    )
    window.database.shutdown()
    with Workspace.open(demo_copy, read_only=True) as ws:
        memberships = ws.find(Membership, group_id=group_id)
        assert sum(1 for m in memberships if m.left_on) >= 1
        assert len(memberships) >= members_before


def test_undo_a_new_group(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    fill_group_editor(window, lambda editor: editor.ui.nameEdit.setText("Tillfällig grupp"))
    window.group_editing.new_group()
    qtbot.waitUntil(lambda: "Tillfällig grupp" in group_names(window), timeout=10_000)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "Tillfällig grupp" not in group_names(window), timeout=10_000)


def test_a_group_needs_a_name_and_a_readable_term(qtbot, window):
    from datetime import date

    from skolgrupp.gui.group_editor import GroupEditor, GroupForm

    editor = GroupEditor(GroupForm(group=None, memberships=[], people={}), today=date.today())
    qtbot.addWidget(editor)
    save = editor.ui.buttonBox.button(editor.ui.buttonBox.StandardButton.Save)
    assert not save.isEnabled()
    editor.ui.nameEdit.setText("Läsgruppen")
    assert save.isEnabled()
    editor.ui.termEdit.setText("hösten")
    assert not save.isEnabled()


def test_add_a_school_and_a_person_who_then_can_join_a_group(qtbot, window, demo_copy):
    from skolgrupp.core.domain import Person, School

    open_and_wait(qtbot, window, demo_copy)

    def fill(editor) -> None:
        ui = editor.ui
        ui.schoolsNewButton.click()
        ui.schoolName.setText("Friskolan Kometen")
        ui.schoolOwner.setCurrentIndex(ui.schoolOwner.findData("independent"))
        ui.schoolsApplyButton.click()
        ui.peopleNewButton.click()
        ui.personName.setText("Nora Nilsson")
        ui.personEmail.setText("nora@example.se")
        ui.personSchool.setCurrentIndex(ui.personSchool.findText("Friskolan Kometen"))
        ui.peopleApplyButton.click()

    editing = window.group_editing
    when_shown(editing, "editor", fill)
    editing.people_and_schools()
    qtbot.waitUntil(
        lambda: not window.database.busy and not window.undo_stack.isClean(), timeout=10_000
    )
    qtbot.waitUntil(lambda: not window.database.busy, timeout=10_000)
    window.database.shutdown()
    with Workspace.open(demo_copy, read_only=True) as ws:
        [school] = ws.find(School, name="Friskolan Kometen")
        assert school.owner == "independent"
        [nora] = ws.find(Person, name="Nora Nilsson")
        assert nora.school_id == school.id and nora.email == "nora@example.se"


def test_details_typed_but_not_kept_are_saved_too(qtbot):
    from skolgrupp.gui.people_editor import PeopleAndSchools, PeopleForm

    editor = PeopleAndSchools(PeopleForm(people=[], schools=[]))
    qtbot.addWidget(editor)
    editor.ui.peopleNewButton.click()
    editor.ui.personName.setText("Ove Ek")  # the user saves without Keep
    [(before, after)] = editor.changes()
    assert before is None and after.name == "Ove Ek"
    editor.ui.personName.clear()
    assert len(editor.changes()) == 1  # nothing more, nothing lost


def test_import_people_from_a_spreadsheet_after_a_preview(qtbot, window, demo_copy, tmp_path):
    from skolgrupp.core.domain import Person

    source = tmp_path / "lärare.csv"
    source.write_bytes(
        "Namn;E-post;Skola;Roll\nSigne Sund;signe@ekskolan.se;Nya skolan;lärare\n"
        ";utan@namn.se;;\n".encode("cp1252")
    )
    open_and_wait(qtbot, window, demo_copy)
    seen = {}

    def look(preview):
        seen["rows"] = preview.ui.rowsList.topLevelItemCount()
        seen["note"] = preview.ui.rowsList.topLevelItem(1).text(5)

    when_shown(window.group_editing, "editor", look)
    window.group_editing.import_people(source)
    qtbot.waitUntil(lambda: "rows" in seen and not window.database.busy, timeout=10_000)
    qtbot.waitUntil(lambda: not window.database.busy, timeout=10_000)
    assert seen["rows"] == 2 and seen["note"]
    window.database.shutdown()
    with Workspace.open(demo_copy, read_only=True) as ws:
        [signe] = ws.find(Person, name="Signe Sund")
        assert signe.school_id and signe.email == "signe@ekskolan.se"
