"""The cycles tab: the board, the chosen cycle's results and the post-lesson comparison."""

from PySide6.QtCore import Qt

from skolgrupp.core.privacy import NAME
from skolgrupp.core.privacy_scan import finding_name
from tests.gui.conftest import show_cycles_of, when_shown


def texts(tree, column):
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def test_the_board_shows_each_cycle_and_where_it_is(qtbot, window, demo_copy):
    view = show_cycles_of(qtbot, window, demo_copy, "maths")
    board = view.ui.cyclesList
    assert texts(board, 0) == ["Bråk som tal på tallinjen"]
    assert texts(board, 1) == ["learning study"]
    assert texts(board, 3) == ["Fördröjt eftertest"]  # the phase in progress
    assert "5 of 7 phases done" in board.topLevelItem(0).toolTip(2)
    about = view.ui.aboutText.toPlainText()
    assert "Att kunna placera och jämföra bråk på tallinjen" in about
    assert "Elev A" in about and "Nämnaren anger" in about
    assert texts(view.ui.lessonsList, 0) == ["Research lesson 1", "Research lesson 2"]


def test_results_per_case_pupil_and_aspect_as_table_and_chart(qtbot, window, demo_copy):
    view = show_cycles_of(qtbot, window, demo_copy, "maths")
    tree = view.ui.resultsList
    pupils = tree.topLevelItem(0)
    assert pupils.text(0) == "Case pupils (all items)"
    rows = [[pupils.child(i).text(c) for c in range(5)] for i in range(pupils.childCount())]
    assert [r[0] for r in rows] == ["Elev A", "Elev A", "Elev B", "Elev B", "Elev C", "Elev C"]
    assert all(r[2].endswith("%") and r[3].endswith("%") for r in rows)
    assert all(r[4].endswith("points") for r in rows)
    per_aspect = tree.topLevelItem(1)
    assert per_aspect.text(0) == "Case pupils, per critical aspect"
    first = per_aspect.child(0).text(0)
    assert first.startswith("Elev A · ")  # then the critical aspect's text
    assert first.removeprefix("Elev A · ") in view.ui.aboutText.toPlainText()
    chart = view.ui.resultsChart.rows
    assert [b.name for b in chart][:3] == ["Elev A", "Elev B", "Elev C"]
    assert "Aspect 1" in [b.name for b in chart]
    assert all(len(b.lessons) == 2 for b in chart)


def test_the_post_lesson_discussion_puts_predictions_beside_observations(qtbot, window, demo_copy):
    view = show_cycles_of(qtbot, window, demo_copy, "reading")
    assert view.ui.discussionLessonCombo.currentText() == "Research lesson 1"
    tree = view.ui.comparisonList
    assert tree.topLevelItemCount() == 4 * 3  # lesson phases × case pupils
    assert all(text for text in texts(tree, 2))  # every prediction
    observed = [t for t in texts(tree, 3) if t]
    assert observed and all(":" in t for t in observed)  # "observer: what they saw"


def test_a_group_without_cycles_shows_an_empty_board(qtbot, window, demo_copy):
    view = show_cycles_of(qtbot, window, demo_copy, "special_support")
    assert view.ui.cyclesList.topLevelItemCount() == 0
    assert not view.ui.editButton.isEnabled() and view.ui.newButton.isEnabled()
    assert view.ui.aboutText.toPlainText() == ""


def test_a_new_lesson_study_with_aspects_items_and_pseudonymous_case_pupils(
    qtbot, window, demo_copy
):
    view = show_cycles_of(qtbot, window, demo_copy, "special_support")
    planning = window.group_page.cycle_planning

    def fill(editor):
        ui = editor.ui
        ui.titleEdit.setText("Läsa mellan raderna")
        ui.typeCombo.setCurrentIndex(0)  # lesson study
        phases = [ui.phasesList.topLevelItem(i).text(0) for i in range(7)]
        assert phases[:2] == ["Studera och planera", "Forskningslektion 1"]
        pupils = [ui.pupilsList.topLevelItem(i).text(0) for i in range(3)]
        assert pupils == ["Elev A", "Elev B", "Elev C"]
        ui.aspectAddButton.click()
        ui.aspectsList.topLevelItem(0).setText(0, "Svaret står mellan raderna")
        ui.itemAddButton.click()
        item_row = ui.itemsList.topLevelItem(0)
        item_row.setText(0, "Varför var hon rädd?")
        ui.itemsList.itemWidget(item_row, 1).setCurrentIndex(1)
        ui.pupilsList.topLevelItem(0).setText(0, "Maja Svensson")
        editor.privacy.check()
        assert f"{finding_name(NAME)}: Maja Svensson (Case pupils)" in editor.privacy.note.text()
        ui.pupilsList.topLevelItem(0).setText(0, "Elev A")
        editor.privacy.check()
        assert not editor.privacy.note.isVisibleTo(editor)

    when_shown(planning, "editor", fill)
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        planning.new_cycle()
    assert texts(view.ui.cyclesList, 0) == ["Läsa mellan raderna"]
    assert "Svaret står mellan raderna" in view.ui.aboutText.toPlainText()
    assert "Elev A" in view.ui.aboutText.toPlainText()
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        window.undo_stack.undo()
    assert view.ui.cyclesList.topLevelItemCount() == 0
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        window.undo_stack.redo()
    assert texts(view.ui.cyclesList, 0) == ["Läsa mellan raderna"]


def test_changing_a_cycle_renames_and_advances_its_phases(qtbot, window, demo_copy):
    view = show_cycles_of(qtbot, window, demo_copy, "reading")
    planning = window.group_page.cycle_planning

    def change(editor):
        ui = editor.ui
        assert not ui.typeCombo.isEnabled()  # the type of a cycle under way stays
        revise = ui.phasesList.topLevelItem(3)
        assert revise.text(0) == "Revidera"
        ui.phasesList.itemWidget(revise, 3).setCurrentIndex(2)  # done
        second = ui.phasesList.topLevelItem(4)
        second.setText(0, "Forskningslektion 2 i 4B")
        ui.phasesList.itemWidget(second, 3).setCurrentIndex(1)  # in progress
        ui.pupilsList.setCurrentItem(ui.pupilsList.topLevelItem(2))
        ui.pupilRemoveButton.click()

    when_shown(planning, "editor", change)
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        planning.edit_cycle()
    assert texts(view.ui.cyclesList, 3) == ["Forskningslektion 2 i 4B"]
    about = view.ui.aboutText.toPlainText()
    assert "Elev B" in about and "Elev C" not in about


def test_a_cycle_without_a_title_or_with_a_bad_date_is_not_saved(qtbot, window, demo_copy):
    show_cycles_of(qtbot, window, demo_copy, "reading")
    planning = window.group_page.cycle_planning
    seen = []

    def bad_date(editor):
        ui = editor.ui
        ui.phasesList.topLevelItem(0).setText(1, "14/9")
        assert editor._problem().startswith("14/9 ")
        ui.titleEdit.clear()
        seen.append(editor._problem())

    when_shown(planning, "editor", bad_date, close="reject")
    planning.edit_cycle()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen and seen[0] and "14/9" not in seen[0]  # the title is asked for first


def test_a_research_lesson_gets_predictions_observers_interviews_and_test_results(
    qtbot, window, demo_copy
):
    view = show_cycles_of(qtbot, window, demo_copy, "special_support")
    planning = window.group_page.cycle_planning

    def make_cycle(editor):
        ui = editor.ui
        ui.titleEdit.setText("Läsa mellan raderna")
        ui.aspectAddButton.click()
        ui.aspectsList.topLevelItem(0).setText(0, "Svaret står mellan raderna")
        ui.itemAddButton.click()
        ui.itemsList.topLevelItem(0).setText(0, "Varför var hon rädd?")
        ui.itemsList.topLevelItem(0).setText(2, "2")
        ui.itemsList.itemWidget(ui.itemsList.topLevelItem(0), 1).setCurrentIndex(1)

    when_shown(planning, "editor", make_cycle)
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        planning.new_cycle()

    def plan(editor):
        ui = editor.ui
        assert editor.windowTitle().startswith("Research lesson 1")
        ui.classEdit.setText("4B")
        ui.phaseAddButton.click()
        ui.planTable.item(0, 0).setText("Bildpromenad")
        ui.planTable.item(0, 2).setText("Tittar bara på bilderna.")  # Elev A
        ui.observersTable.item(0, 0).setCheckState(Qt.CheckState.Checked)
        ui.interviewAddButton.click()
        ui.interviewsTable.item(0, 2).setText("Jag tänkte på hennes ansikte.")
        ui.scoresTable.item(0, 0).setText("1")  # Elev A, pre-test
        ui.scoresTable.item(0, 3).setText("6")  # the class: solved
        ui.scoresTable.item(0, 4).setText("24")  # the class: pupils
        ui.testCombo.setCurrentIndex(1)  # post-test
        ui.scoresTable.item(0, 0).setText("2")
        ui.scoresTable.item(0, 3).setText("18")
        ui.scoresTable.item(0, 4).setText("24")
        assert editor._problem() == ""

    when_shown(planning, "lesson_editor", plan)
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        planning.new_lesson()
    assert texts(view.ui.lessonsList, 3) == ["4B"]
    pupils = view.ui.resultsList.topLevelItem(0)
    assert [pupils.child(0).text(c) for c in (0, 2, 3)] == ["Elev A", "50 %", "100 %"]
    assert "+50" in pupils.child(0).text(4)
    assert texts(view.ui.comparisonList, 2)[0] == "Tittar bara på bilderna."

    problems = []

    def too_many_points(editor):
        editor.ui.scoresTable.item(0, 0).setText("3")  # the item gives at most 2
        problems.append(editor._problem())

    when_shown(planning, "lesson_editor", too_many_points, close="reject")
    planning.edit_lesson()
    qtbot.waitUntil(lambda: bool(problems))
    assert problems[0].startswith("3 is more than the item's 2 points")
    qtbot.waitUntil(lambda: not window.group_page.dialogs._busy)

    def next_one(editor):
        assert editor.windowTitle().startswith("Research lesson 2")
        assert editor.ui.planTable.item(0, 0).text() == "Bildpromenad"  # the plan carries over
        assert editor.ui.planTable.item(0, 2).text() == ""  # predictions are made anew

    when_shown(planning, "lesson_editor", next_one)
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        planning.new_lesson()
    assert texts(view.ui.lessonsList, 0) == ["Research lesson 1", "Research lesson 2"]


def test_observing_case_pupil_by_case_pupil_and_seeing_it_in_the_discussion(
    qtbot, window, demo_copy
):
    view = show_cycles_of(qtbot, window, demo_copy, "reading")
    planning = window.group_page.cycle_planning
    view.ui.lessonsList.setCurrentItem(view.ui.lessonsList.topLevelItem(1))  # still to come
    chosen = {}

    def observe(mode):
        ui = mode.ui
        observer = ui.observerCombo.currentText()
        first_tab = ui.pupilTabs.tabText(0)
        assert "(not yours)" not in first_tab  # the observer's own case pupils first
        pupil = next(p for p in mode.form.pupils if p.label == first_tab)
        phase = mode.form.phases[0]
        mode.field(pupil.id, phase.id).setPlainText("Frågade om bilden direkt.")
        chosen.update(observer=observer, pupil=pupil.label)
        # Another observer's notes are kept apart, also when switching back and forth.
        ui.observerCombo.setCurrentIndex(1)
        assert mode.field(pupil.id, phase.id).toPlainText() == ""
        ui.observerCombo.setCurrentIndex(0)
        assert mode.field(pupil.id, phase.id).toPlainText() == "Frågade om bilden direkt."
        # Ctrl+Page Down from inside a field goes on to the next case pupil (a shortcut of
        # the dialog: it works once the dialog is the active window, as for a user).
        mode.activateWindow()
        qtbot.waitUntil(mode.isActiveWindow, timeout=5_000)
        qtbot.keyClick(
            mode.field(pupil.id, phase.id), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
        )
        assert ui.pupilTabs.currentIndex() == 1

    when_shown(planning, "observation", observe)
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        planning.observe()
    combo = view.ui.discussionLessonCombo
    combo.setCurrentIndex(1)
    observed = texts(view.ui.comparisonList, 3)
    assert f"{chosen['observer']}: Frågade om bilden direkt." in observed
    assert texts(view.ui.lessonsList, 4)[1] == "1"
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        window.undo_stack.undo()
    assert texts(view.ui.lessonsList, 4)[1] == "0"


def test_a_session_and_a_reflection_linked_to_a_cycle_show_with_it(qtbot, window, demo_copy):
    view = show_cycles_of(qtbot, window, demo_copy, "reading")
    page = window.group_page
    cycle_title = texts(view.ui.cyclesList, 0)[0]

    def plan(editor):
        ui = editor.ui
        ui.titleEdit.setText("Planera forskningslektion 2")
        ui.cycleCombo.setCurrentIndex(ui.cycleCombo.findText(cycle_title))

    when_shown(page.planning, "editor", plan)
    with qtbot.waitSignal(page.cycles_shown, timeout=10_000):
        page.planning.new_session()
    assert "Planera forskningslektion 2" in view.ui.aboutText.toPlainText()

    def write(editor):
        ui = editor.ui
        ui.textEdit.setPlainText("Frågekorten hjälpte Elev B.")
        ui.sharedRadio.setChecked(True)
        ui.cycleCombo.setCurrentIndex(ui.cycleCombo.findText(cycle_title))

    when_shown(page, "editor", write)
    with qtbot.waitSignal(page.cycles_shown, timeout=10_000):
        page.new_reflection()
    assert "shared reflections are about the cycle" in view.ui.aboutText.toPlainText()


def test_undoing_the_removal_of_a_case_pupil_brings_back_what_was_noted_about_them(
    qtbot, window, demo_copy
):
    view = show_cycles_of(qtbot, window, demo_copy, "reading")
    planning = window.group_page.cycle_planning
    before = texts(view.ui.lessonsList, 4)[0]  # observations in research lesson 1
    observed_c = [
        t
        for t, pupil in zip(
            texts(view.ui.comparisonList, 3), texts(view.ui.comparisonList, 1), strict=True
        )
        if pupil == "Elev C" and t
    ]
    assert observed_c

    def remove_c(editor):
        tree = editor.ui.pupilsList
        tree.setCurrentItem(tree.topLevelItem(2))
        editor.ui.pupilRemoveButton.click()

    when_shown(planning, "editor", remove_c)
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        planning.edit_cycle()
    assert int(texts(view.ui.lessonsList, 4)[0]) < int(before)
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        window.undo_stack.undo()
    assert texts(view.ui.lessonsList, 4)[0] == before
    assert "Elev C" in texts(view.ui.comparisonList, 1)
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        window.undo_stack.redo()  # and away again
    assert int(texts(view.ui.lessonsList, 4)[0]) < int(before)


def test_a_lesson_is_always_edited_with_its_own_cycles_case_pupils(qtbot, window, demo_copy):
    from skolgrupp.core.domain import CasePupil, Cycle, ResearchLesson
    from skolgrupp.core.workspace import Workspace
    from skolgrupp.gui import jobs

    view = show_cycles_of(qtbot, window, demo_copy, "reading")
    assert view.chosen_lesson_id() is not None
    # Choosing another cycle empties what was shown of the first at once: no lesson of it is
    # left to be opened with the new cycle's case pupils.
    view.ui.cyclesList.currentItemChanged.emit(None, view.ui.cyclesList.currentItem())
    assert view.chosen_lesson_id() is None and not view.ui.lessonsList.topLevelItemCount()
    window.close_workspace()
    qtbot.waitUntil(lambda: window.path is None)
    with Workspace.open(demo_copy) as ws:
        lesson = ws.find(ResearchLesson)[0]
        other = next(c for c in ws.find(Cycle) if c.id != lesson.cycle_id)
        form = jobs.lesson_form(ws, other.id, lesson.id)
        assert {p.cycle_id for p in form.pupils} == {lesson.cycle_id}
        assert {p.id for p in form.pupils} == {
            p.id for p in ws.find(CasePupil, cycle_id=lesson.cycle_id)
        }


def test_numbers_in_a_lesson_are_checked_before_anything_is_saved(qtbot, window, demo_copy):
    view = show_cycles_of(qtbot, window, demo_copy, "maths")
    planning = window.group_page.cycle_planning
    problems = {}

    def check(editor):
        ui = editor.ui
        ui.planTable.item(0, 1).setText("²")
        problems["minutes"] = editor._problem()
        ui.planTable.item(0, 1).setText("12")
        ui.scoresTable.item(0, 3).setText("inf")
        problems["class"] = editor._problem()
        ui.scoresTable.item(0, 3).setText("2.5")
        problems["half a pupil"] = editor._problem()
        ui.scoresTable.item(0, 3).setText("7")
        ui.scoresTable.item(0, 0).setText("0,5")  # a Swedish decimal comma
        problems["fine"] = editor._problem()
        ui.testCombo.setCurrentIndex(2)  # the delayed post-test
        ui.scoresTable.item(0, 0).setText("1")

    when_shown(planning, "lesson_editor", check)
    with qtbot.waitSignal(window.group_page.cycles_shown, timeout=10_000):
        planning.edit_lesson()
    assert problems["minutes"].startswith("Minutes must be a whole number")
    assert problems["class"].startswith("inf is not a number")
    assert problems["half a pupil"].startswith("2.5 is not a number")
    assert problems["fine"] == ""
    delayed = [
        view.ui.resultsList.topLevelItem(0).child(i).text(5)
        for i in range(view.ui.resultsList.topLevelItem(0).childCount())
    ]
    assert any(text.endswith("%") for text in delayed)  # the delayed post-test is shown
