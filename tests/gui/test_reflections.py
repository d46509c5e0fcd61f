"""Writing reflections in the window: private or shared, listed, undone and redone."""

from skolgrupp.core.domain import Reflection, ReflectionAnswer
from skolgrupp.core.workspace import Workspace
from skolgrupp.gui.reflections_view import ReflectionTableModel
from tests.gui.conftest import open_and_wait, when_shown


def write_reflection(qtbot, window, *, text, shared, answer=""):
    """Open the editor from the window, fill it in as a teacher would, and save."""

    def fill(editor) -> None:
        (editor.ui.sharedRadio if shared else editor.ui.privateRadio).setChecked(True)
        editor.ui.textEdit.setPlainText(text)
        if answer:
            editor.answers[0][1].setPlainText(answer)

    when_shown(window.group_page, "editor", fill)
    window.new_reflection_action.trigger()
    qtbot.waitUntil(lambda: text in listed(window), timeout=10_000)


def listed(window):
    model = window.group_page.reflections.model
    return [model.index(row, 4).data() for row in range(model.rowCount())]


def test_a_private_and_a_shared_reflection(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    group_id = window.group_page.group_id
    write_reflection(qtbot, window, text="Min egen tanke om Elev A.", shared=False)
    write_reflection(
        qtbot, window, text="Vi såg att bildstödet hjälpte.", shared=True, answer="Det gick bra."
    )
    assert {"Min egen tanke om Elev A.", "Vi såg att bildstödet hjälpte."} <= set(listed(window))
    shared_in_overview = [
        window.overview.ui.reflectionsList.topLevelItem(i).text(2)
        for i in range(window.overview.ui.reflectionsList.topLevelItemCount())
    ]
    assert "Min egen tanke om Elev A." not in shared_in_overview
    window.database.shutdown()  # everything written is in the file
    with Workspace.open(demo_copy, read_only=True) as ws:
        saved = {r.text: r for r in ws.find(Reflection, group_id=group_id)}
        assert saved["Min egen tanke om Elev A."].visibility == "private"
        shared = saved["Vi såg att bildstödet hjälpte."]
        assert shared.visibility == "group"
        [answer] = ws.find(ReflectionAnswer, reflection_id=shared.id)
        assert answer.answer == "Det gick bra." and answer.prompt


def test_undo_and_redo_a_new_reflection(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    write_reflection(qtbot, window, text="Ångra mig.", shared=True)
    assert "Ångra mig." in listed(window)
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: "Ångra mig." not in listed(window), timeout=10_000)
    assert window.undo_stack.canRedo()
    window.undo_stack.redo()
    qtbot.waitUntil(lambda: "Ångra mig." in listed(window), timeout=10_000)


def test_the_list_narrows_by_author(qtbot, window, demo_copy):
    open_and_wait(qtbot, window, demo_copy)
    view = window.group_page.reflections
    qtbot.waitUntil(
        lambda: view.ui.authorFilter.count() > 1 and view.model.rowCount() > 0, timeout=10_000
    )
    everyone = view.model.rowCount()
    view.ui.authorFilter.setCurrentIndex(1)
    author = view.ui.authorFilter.currentText()

    def authors() -> set[str]:
        return {view.model.index(r, 1).data() for r in range(view.model.rowCount())}

    qtbot.waitUntil(lambda: authors() == {author}, timeout=10_000)
    assert view.model.rowCount() < everyone


def test_reflection_model_passes_the_model_tester(qtmodeltester):
    model = ReflectionTableModel()
    model.set_rows(
        [
            {
                "id": "r1",
                "written_on": "2026-09-01",
                "author": "Anna",
                "visibility": "private",
                "session": None,
                "text": "<b>Rad</b>\nett",
            },
        ]
    )
    qtmodeltester.check(model)
    assert model.index(0, 4).data() == "<b>Rad</b> ett"
