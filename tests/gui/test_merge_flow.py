"""File › Merge from file…: the plan shown first, deletions ticked explicitly, conflicts shown
and resolved, and the last merge undone."""

import shutil

from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QMessageBox

from skolgrupp.core.domain import Decision, Session
from skolgrupp.core.share import share_group
from skolgrupp.core.workspace import Workspace
from tests.gui.conftest import open_and_wait, when_shown

COLLEAGUE = "00000000-0000-4000-8000-0000000000c1"


def colleague_copy(demo_copy, tmp_path, change):
    """A copy of the workspace that a colleague changed with ``change(ws)``."""
    theirs = tmp_path / "kollegans.skolgrupp"
    shutil.copy(demo_copy, theirs)
    with Workspace.open(theirs, installation_id=COLLEAGUE) as ws:
        change(ws)
    return theirs


def add_decision(ws):
    ws.add(Decision(session_id=ws.find(Session)[0].id, text="Kollegans nya beslut"))


def decisions(path):
    with Workspace.open(path, read_only=True) as ws:
        return {d.text for d in ws.find(Decision)}


def test_the_plan_is_shown_and_merged_when_the_user_agrees(qtbot, window, demo_copy, tmp_path):
    theirs = colleague_copy(demo_copy, tmp_path, add_decision)
    open_and_wait(qtbot, window, demo_copy)
    seen = {}

    def look(dialog):
        item = dialog.ui.changesList.topLevelItem(0)
        seen["row"] = [item.text(c) for c in range(3)]
        seen["merge on"] = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    when_shown(window.merge_flow, "dialog", look)
    window.merge_flow.merge_from_file(theirs)
    qtbot.waitUntil(lambda: "Kollegans nya beslut" in decisions(demo_copy), timeout=10_000)
    assert seen == {"row": ["beslut", "1", ""], "merge on": True}
    qtbot.waitUntil(lambda: "Merged" in window.statusBar().currentMessage())
    assert not window.errors


def test_deletions_need_a_tick_and_cancel_changes_nothing(qtbot, window, demo_copy, tmp_path):
    theirs = colleague_copy(demo_copy, tmp_path, lambda ws: ws.delete(ws.find(Decision)[0]))
    open_and_wait(qtbot, window, demo_copy)
    before = decisions(demo_copy)
    seen = {}

    def look(dialog):
        ok = dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        seen["before tick"] = ok.isEnabled()
        dialog.ui.deleteBox.setChecked(True)
        seen["after tick"] = ok.isEnabled()

    when_shown(window.merge_flow, "dialog", look, close="reject")
    window.merge_flow.merge_from_file(theirs)
    qtbot.waitUntil(lambda: "after tick" in seen, timeout=10_000)
    qtbot.waitUntil(lambda: window.merge_flow.dialog is None)
    assert seen == {"before tick": False, "after tick": True}
    assert decisions(demo_copy) == before


def test_both_texts_are_kept_shown_and_one_is_chosen(qtbot, window, demo_copy, tmp_path):
    def theirs_change(ws):
        decision = ws.find(Decision)[0]
        decision.text = "Kollegans version"
        ws.update(decision)

    theirs = colleague_copy(demo_copy, tmp_path, theirs_change)
    with Workspace.open(demo_copy) as ws:
        decision = ws.find(Decision)[0]
        decision.text = "Min version"
        ws.update(decision)
    open_and_wait(qtbot, window, demo_copy)
    when_shown(window.merge_flow, "dialog", lambda dialog: None)
    window.merge_flow.merge_from_file(theirs)
    qtbot.waitUntil(
        lambda: not window.conflict_bar.isHidden() or bool(window.errors), timeout=10_000
    )
    assert not window.errors, window.errors
    assert "1" in window.conflict_text.text()
    seen = {}

    def choose(dialog):
        seen["sides"] = {dialog.ui.shownText.toPlainText(), dialog.ui.otherText.toPlainText()}
        mine_shown = "Min version" in dialog.ui.shownText.toPlainText()
        button = dialog.ui.keepOtherButton if mine_shown else dialog.ui.keepShownButton
        button.click()  # keep the colleague's

    when_shown(window.merge_flow, "dialog", choose, close="reject")
    window.merge_flow.resolve_conflicts()
    qtbot.waitUntil(window.conflict_bar.isHidden, timeout=10_000)
    assert seen["sides"] == {"text:\nMin version", "text:\nKollegans version"}
    assert "Kollegans version" in decisions(demo_copy) and "Min version" not in decisions(demo_copy)


def test_the_last_merge_is_undone(qtbot, window, demo_copy, tmp_path):
    theirs = colleague_copy(demo_copy, tmp_path, add_decision)
    open_and_wait(qtbot, window, demo_copy)
    when_shown(window.merge_flow, "dialog", lambda dialog: None)
    window.merge_flow.merge_from_file(theirs)
    qtbot.waitUntil(lambda: "Kollegans nya beslut" in decisions(demo_copy), timeout=10_000)
    qtbot.waitUntil(lambda: not window.database.busy)
    when_shown(
        window.merge_flow,
        "question",
        lambda box: box.button(QMessageBox.StandardButton.Yes).click(),
        close="close",
    )
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.undo_merge_action.trigger()
    assert "Kollegans nya beslut" not in decisions(demo_copy)
    assert window.path == demo_copy and not window.errors


def test_a_locked_file_asks_for_its_passphrase(qtbot, window, demo_copy, tmp_path, monkeypatch):
    with Workspace.open(demo_copy) as ws:
        group = ws.find(Session)[0].group_id
    theirs = colleague_copy(demo_copy, tmp_path, add_decision)
    locked = tmp_path / "låst.skolgrupp"
    with Workspace.open(theirs, read_only=True) as ws:
        share_group(ws, group, locked, passphrase="Vi ses på biblioteket kl 15")
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *args: ("Vi ses på biblioteket kl 15", True)
    )
    open_and_wait(qtbot, window, demo_copy)
    when_shown(window.merge_flow, "dialog", lambda dialog: None)
    window.merge_flow.merge_from_file(locked)
    qtbot.waitUntil(lambda: "Kollegans nya beslut" in decisions(demo_copy), timeout=10_000)


def test_a_copy_a_sync_service_left_is_offered_for_merging(qtbot, window, demo_copy, tmp_path):
    copy = tmp_path / f"{demo_copy.stem} (Annas conflicted copy 2026-11-25).skolgrupp"
    shutil.copy(demo_copy, copy)
    with Workspace.open(copy, installation_id=COLLEAGUE) as ws:
        add_decision(ws)
    offered = []
    when_shown(window.merge_flow, "offer", lambda box: offered.append(box.text()), close="reject")
    open_and_wait(qtbot, window, demo_copy)
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    assert copy.name in offered[0]
    assert "Kollegans nya beslut" not in decisions(demo_copy)  # not without a yes


def test_a_workspace_in_a_sync_folder_says_so(qtbot, window, demo_copy, tmp_path):
    folder = tmp_path / "OneDrive"
    folder.mkdir()
    inside = folder / "grupp.skolgrupp"
    shutil.copy(demo_copy, inside)
    open_and_wait(qtbot, window, inside)
    assert not window.banner.isHidden() and "synktjänst" in window.banner.text()
