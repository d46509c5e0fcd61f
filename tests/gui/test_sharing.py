"""File › Share group…: the privacy check shown before anything is written, a passphrase
suggested for a special-support group, and the new file."""

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from skolgrupp.core.domain import Decision, Group, Session
from skolgrupp.core.foreign import open_foreign
from skolgrupp.core.workspace import Workspace
from tests.gui.conftest import open_and_wait, when_shown


def choose_group(qtbot, window, subject):
    row = next(
        r
        for r in range(window.groups.rowCount())
        if window.groups.row_at(window.groups.index(r))["subject"] == subject
    )
    window.group_list.setCurrentIndex(window.groups.index(row))
    group_id = window.groups.row_at(window.groups.index(row))["id"]
    qtbot.waitUntil(lambda: window.group_page.group_id == group_id)
    return group_id


def save_to(monkeypatch, target):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "*.skolgrupp"))


def test_a_special_support_group_is_shared_locked_after_the_privacy_check(
    qtbot, window, demo_copy, monkeypatch, tmp_path
):
    with Workspace.open(demo_copy) as ws:
        group = next(g for g in ws.find(Group) if g.subject == "special_support")
        session = ws.find(Session, group_id=group.id)[0]
        ws.add(Decision(session_id=session.id, text="Kalle Svensson får bildstöd."))
    open_and_wait(qtbot, window, demo_copy)
    choose_group(qtbot, window, "special_support")
    target = tmp_path / "stöd.skolgrupp"
    save_to(monkeypatch, target)
    seen = {}

    def look_and_lock(dialog):
        ui = dialog.ui
        found = ui.findings.ui.list.topLevelItem(0)
        seen["found"] = (found.text(1), found.text(2)) if found else None
        seen["locked"] = ui.lockBox.isChecked()
        ok = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ui.passphraseEdit.setText("kort")
        seen["short refused"] = not ok.isEnabled()
        ui.passphraseEdit.setText("Vi ses på biblioteket kl 15")
        ui.againEdit.setText("Vi ses på biblioteket kl 16")
        seen["different refused"] = not ok.isEnabled()
        ui.againEdit.setText("Vi ses på biblioteket kl 15")
        seen["ok"] = ok.isEnabled()

    when_shown(window.sharing, "dialog", look_and_lock)
    window.share_action.trigger()
    qtbot.waitUntil(target.exists, timeout=10_000)
    assert seen == {
        "found": ("Namn", "Kalle Svensson"),  # the core speaks Swedish
        "locked": True,  # suggested for a special-support group
        "short refused": True,
        "different refused": True,
        "ok": True,
    }
    with open_foreign(target, "Vi ses på biblioteket kl 15") as theirs, theirs.reading():
        assert [g.id for g in theirs.store.find(Group)] == [group.id]
    qtbot.waitUntil(lambda: "stöd.skolgrupp" in window.statusBar().currentMessage())
    assert not window.errors


def test_another_group_is_shared_open_unless_the_user_locks_it(
    qtbot, window, demo_copy, monkeypatch, tmp_path
):
    open_and_wait(qtbot, window, demo_copy)
    group_id = choose_group(qtbot, window, "maths")
    target = tmp_path / "matte"  # the extension is added
    save_to(monkeypatch, target)
    seen = {}

    def look(dialog):
        seen["locked"] = dialog.ui.lockBox.isChecked()
        seen["list shown"] = dialog.ui.findings.isVisibleTo(dialog)

    when_shown(window.sharing, "dialog", look)
    window.share_action.trigger()
    written = tmp_path / "matte.skolgrupp"
    qtbot.waitUntil(written.exists, timeout=10_000)
    assert seen == {"locked": False, "list shown": False}
    with open_foreign(written) as theirs, theirs.reading():
        assert [g.id for g in theirs.store.find(Group)] == [group_id]


def test_cancelling_shares_nothing(qtbot, window, demo_copy, monkeypatch, tmp_path):
    open_and_wait(qtbot, window, demo_copy)
    choose_group(qtbot, window, "maths")
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: asked.append(a) or ("", ""))
    shown = []
    when_shown(window.sharing, "dialog", shown.append, close="reject")
    window.share_action.trigger()
    qtbot.waitUntil(lambda: bool(shown) and window.sharing.dialog is None)
    assert not asked


def test_a_locked_file_opens_with_its_passphrase_as_a_new_workspace(
    qtbot, window, demo_copy, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QInputDialog

    from skolgrupp.core.search import search
    from skolgrupp.core.share import share_group

    with Workspace.open(demo_copy) as ws:
        group = ws.find(Group)[0]
        session = ws.find(Session, group_id=group.id)[0]
        ws.add(Decision(session_id=session.id, text="Vi prövar läsfixering"))
        arrived = tmp_path / "post"
        arrived.mkdir()
        locked = arrived / "från Bo.skolgrupp"
        share_group(ws, group.id, locked, passphrase="Vi ses på biblioteket kl 15")
    open_and_wait(qtbot, window, demo_copy)
    answers = iter(["kort", "fel fras, helt fel", "Vi ses på biblioteket kl 15"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args: (next(answers), True))
    suggested = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: suggested.append(args[2]) or (args[2], "")
    )
    window.open_file(locked)  # too short to be anyone's passphrase: said at once
    assert "Lösenfrasen öppnar inte" in str(window.errors.pop()) and not suggested
    window.open_file(locked)  # wrong: said once it has been tried
    qtbot.waitUntil(lambda: bool(window.errors), timeout=10_000)
    assert "Lösenfrasen öppnar inte" in str(window.errors.pop())
    # Kept beside the workspaces, not where the shared file arrived.
    unlocked = tmp_path / "från Bo (unlocked).skolgrupp"
    assert suggested == [str(unlocked)] and not unlocked.exists()
    open_and_wait(qtbot, window, locked)
    assert window.path == unlocked and not window.errors
    qtbot.waitUntil(lambda: window.groups.rowCount() == 1)
    assert window.groups.row_at(window.groups.index(0))["id"] == group.id
    assert locked.read_bytes().startswith(b"Skolgrupp sealed")  # the shared file is untouched
    with Workspace.open(unlocked, read_only=True) as ws:
        assert search(ws, "läsfixering")  # searchable like any workspace
