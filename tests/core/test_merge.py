"""Merging real workspace files: a plan first, then all of it at once after a snapshot; the
same file twice changes nothing; files passed around A→B→C→A end the same everywhere; no
text two people wrote at once is lost; an edit after a delete brings the record back."""

import json
import shutil

import pytest

from skolgrupp.core.domain import Decision, Group, Reflection, Session
from skolgrupp.core.errors import RefusedFile
from skolgrupp.core.foreign import open_foreign
from skolgrupp.core.merge import (
    CHANGED,
    CONFLICT,
    DELETED,
    NEW,
    RESTORED,
    apply_merge,
    can_undo_merge,
    plan_merge,
    undo_merge,
)
from skolgrupp.core.search import search
from skolgrupp.core.workspace import Workspace
from tests.core.merge_copies import merge_file, opened


def both_change_the_decision(copies):
    """Anna and Bo change the same decision, neither seeing the other's change."""
    for who, text in (("anna", "Vi läser högt varje dag."), ("bo", "Vi läser högt i par.")):
        with opened(copies[who], who) as ws:
            decision = ws.find(Decision)[0]
            decision.text = text
            ws.update(decision)


def contents(path):
    with Workspace.open(path, read_only=True) as ws:
        rows = {
            cls.__name__: sorted(
                (r.id, r.hlc, r.deleted) for r in ws.store.find(cls, include_deleted=True)
            )
            for cls in (Group, Session, Decision, Reflection)
        }
        return rows, sorted((c.id, c.data) for c in ws.store.conflicts())


def test_a_change_arrives_and_the_same_file_twice_changes_nothing(copies):
    with opened(copies["bo"], "bo") as ws:
        session = ws.find(Session)[0]
        session.title = "Textsamtal om skönlitteratur"
        ws.update(session)
        ws.add(Decision(session_id=session.id, text="Nästa gång: faktatext."))
    plan = merge_file(copies["anna"], "anna", copies["bo"])
    assert plan.counts() == {"session": {CHANGED: 1}, "decision": {NEW: 1}}
    with Workspace.open(copies["anna"], read_only=True) as ws:
        assert ws.find(Session)[0].title == "Textsamtal om skönlitteratur"
        assert "Nästa gång: faktatext." in {d.text for d in ws.find(Decision)}
        assert search(ws, "faktatext")  # the search index knows the new text
    assert merge_file(copies["anna"], "anna", copies["bo"]).empty


def test_files_passed_around_end_the_same_everywhere(copies):
    with opened(copies["anna"], "anna") as ws:
        ws.add(Decision(session_id=ws.find(Session)[0].id, text="Annas beslut"))
    with opened(copies["bo"], "bo") as ws:
        group = ws.find(Group)[0]
        group.name = "Läsgruppen Ekbacken"
        ws.update(group)
    with opened(copies["cecilia"], "cecilia") as ws:
        ws.delete(ws.find(Decision)[0])
    merge_file(copies["bo"], "bo", copies["anna"])  # A → B
    merge_file(copies["cecilia"], "cecilia", copies["bo"])  # B → C
    merge_file(copies["anna"], "anna", copies["cecilia"])  # C → A
    merge_file(copies["bo"], "bo", copies["anna"])  # and back to B
    assert contents(copies["anna"]) == contents(copies["bo"]) == contents(copies["cecilia"])
    with Workspace.open(copies["anna"], read_only=True) as ws:
        assert ws.find(Group)[0].name == "Läsgruppen Ekbacken"
        assert {d.text for d in ws.find(Decision)} == {"Annas beslut"}


def test_two_people_changing_the_same_text_keep_both(copies):
    both_change_the_decision(copies)
    plan = merge_file(copies["anna"], "anna", copies["bo"])
    assert plan.counts() == {"decision": {CONFLICT: 1}}
    with Workspace.open(copies["anna"], read_only=True) as ws:
        shown = ws.find(Decision)[0].text
        (kept,) = ws.store.conflicts()
        other = json.loads(kept.data)["text"]
    assert {shown, other} == {"Vi läser högt varje dag.", "Vi läser högt i par."}
    # Bo merging Anna's file ends with the same: the same shown, the same kept.
    merge_file(copies["bo"], "bo", copies["anna"])
    assert contents(copies["bo"]) == contents(copies["anna"])


@pytest.mark.parametrize("shown_is", ["anna", "bo"])
def test_changing_a_text_in_conflict_keeps_the_other_version_until_resolved(copies, shown_is):
    """Whichever version is shown, changing it is not choosing: the other one, even this
    computer's own, stays as a conflict here and wherever the change is merged."""
    first, second = ("bo", "anna") if shown_is == "anna" else ("anna", "bo")
    for who, text in ((first, f"{first}s text"), (second, f"{second}s text")):
        with opened(copies[who], who) as ws:
            decision = ws.find(Decision)[0]
            decision.text = text
            ws.update(decision)
    merge_file(copies["anna"], "anna", copies["bo"])
    with opened(copies["anna"], "anna") as ws:
        decision = ws.find(Decision)[0]
        assert decision.text == f"{shown_is}s text"
        decision.text = "ändrad"
        ws.update(decision)
    merge_file(copies["bo"], "bo", copies["anna"])
    merge_file(copies["cecilia"], "cecilia", copies["anna"])
    hidden = "bos text" if shown_is == "anna" else "annas text"
    for who in ("anna", "bo", "cecilia"):
        with opened(copies[who], who) as ws:
            assert ws.find(Decision)[0].text == "ändrad"
            assert [json.loads(c.data)["text"] for c in ws.store.conflicts()] == [hidden]


def test_an_edit_made_after_a_delete_brings_the_record_back(copies):
    with opened(copies["anna"], "anna") as ws:
        ws.delete(ws.find(Decision)[0])
    merge_file(copies["bo"], "bo", copies["anna"])
    with opened(copies["bo"], "bo") as ws:
        (gone,) = ws.store.find(Decision, include_deleted=True)
        gone.deleted_at = None
        gone.text = "Vi läser högt, ändå."
        ws.update(gone)
    plan = merge_file(copies["anna"], "anna", copies["bo"])
    assert plan.counts() == {"decision": {RESTORED: 1}}
    with Workspace.open(copies["anna"], read_only=True) as ws:
        assert [d.text for d in ws.find(Decision)] == ["Vi läser högt, ändå."]


def test_a_deletion_is_listed_for_confirmation(copies):
    with opened(copies["bo"], "bo") as ws:
        ws.delete(ws.find(Decision)[0])
    with opened(copies["anna"], "anna") as ws, open_foreign(copies["bo"]) as theirs:
        plan = plan_merge(ws, theirs)
    assert plan.deletions == 1 and plan.counts() == {"decision": {DELETED: 1}}


def test_the_last_merge_can_be_undone_while_nothing_else_changed(copies):
    with opened(copies["bo"], "bo") as ws:
        ws.add(Decision(session_id=ws.find(Session)[0].id, text="Bos beslut"))
    merge_file(copies["anna"], "anna", copies["bo"])
    with opened(copies["anna"], "anna") as ws:
        assert can_undo_merge(ws)
    undo_merge(copies["anna"])
    with Workspace.open(copies["anna"], read_only=True) as ws:
        assert "Bos beslut" not in {d.text for d in ws.find(Decision)}
    merge_file(copies["anna"], "anna", copies["bo"])
    with opened(copies["anna"], "anna") as ws:
        ws.add(Decision(session_id=ws.find(Session)[0].id, text="Annas senare beslut"))
        assert not can_undo_merge(ws)  # undoing now would lose Anna's later change


def test_a_file_whose_kept_versions_are_not_records_is_refused(copies):
    with opened(copies["bo"], "bo") as ws:
        decision = ws.find(Decision)[0]
        ws.store.conn.execute(
            "INSERT INTO conflicts VALUES (?, 'decision', ?, 'x', '{}', '{\"id\": 1}')",
            [f"{decision.id}@x", decision.id],
        )
        ws.store.conn.commit()
    before = copies["anna"].read_bytes()
    with pytest.raises(RefusedFile):
        merge_file(copies["anna"], "anna", copies["bo"])
    assert copies["anna"].read_bytes() == before


def test_a_resolved_conflict_ends_everywhere_the_resolution_is_merged(copies):
    from skolgrupp.core.conflicts import record_conflicts, resolve_conflict

    both_change_the_decision(copies)
    merge_file(copies["anna"], "anna", copies["bo"])
    with opened(copies["anna"], "anna") as ws:
        (conflict,) = record_conflicts(ws)
        assert conflict.differing() == ["text"]
        bos = next(o for o in conflict.others + [conflict.shown] if "par" in o.data["text"])
        resolve_conflict(ws, conflict.record_id, bos.hlc)
        assert record_conflicts(ws) == []
        assert ws.find(Decision)[0].text == "Vi läser högt i par."
    assert merge_file(copies["anna"], "anna", copies["bo"]).empty  # nothing comes back
    merge_file(copies["bo"], "bo", copies["anna"])
    with Workspace.open(copies["bo"], read_only=True) as ws:
        assert ws.store.conflicts() == []
        assert ws.find(Decision)[0].text == "Vi läser högt i par."


def test_a_plan_made_before_a_change_here_merges_nothing(copies):
    from skolgrupp.core.merge import MergeOutdated

    both_change_the_decision(copies)
    with opened(copies["anna"], "anna") as ws, open_foreign(copies["bo"]) as theirs:
        plan = plan_merge(ws, theirs)
        decision = ws.find(Decision)[0]
        decision.text = "Annas senare ändring, medan planen visades"
        ws.update(decision)
        with pytest.raises(MergeOutdated):
            apply_merge(ws, plan)
        assert ws.find(Decision)[0].text == "Annas senare ändring, medan planen visades"
        assert ws.store.conflicts() == []


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE decisions SET hlc = 'garbage'",
        "UPDATE decisions SET hlc = '999999999999999.99999.00000000-0000-4000-8000-00000000000b'",
        'UPDATE versions SET vv = \'{"00000000-0000-4000-8000-00000000000a": "~"}\'',
    ],
)
def test_a_file_with_stamps_we_never_write_is_refused(copies, statement):
    with opened(copies["bo"], "bo") as ws:
        ws.add(Decision(session_id=ws.find(Session)[0].id, text="Bos beslut"))
        ws.store.conn.execute(statement)
        ws.store.conn.commit()
    before = copies["anna"].read_bytes()
    with pytest.raises(RefusedFile):
        merge_file(copies["anna"], "anna", copies["bo"])
    assert copies["anna"].read_bytes() == before


def test_a_record_that_would_push_out_another_of_ours_is_refused(copies):
    """An attendance under an id of its own, for a person and session we already have one
    for: taking it would silently delete ours."""
    from skolgrupp.core.domain import Attendance, Person

    with opened(copies["anna"], "anna") as ws:
        session = ws.find(Session)[0]
        person = ws.add(Person(name="Cecilia Berg"))
        ws.add(Attendance(session_id=session.id, person_id=person.id))
    shutil.copy(copies["anna"], copies["bo"])
    with opened(copies["bo"], "bo") as ws:
        (mark,) = ws.find(Attendance)
        ws.store.conn.execute(
            "UPDATE attendance SET id = ?, hlc = ? WHERE id = ?",
            [
                "00000000-0000-4000-8000-0000000000ff",
                mark.hlc.replace(".0000", ".0009", 1),
                mark.id,
            ],
        )
        ws.store.conn.commit()
    with pytest.raises(RefusedFile):
        merge_file(copies["anna"], "anna", copies["bo"])
    with Workspace.open(copies["anna"], read_only=True) as ws:
        assert [a.id for a in ws.find(Attendance)] == [mark.id]


def test_a_preview_stopped_midway_leaves_no_copy_of_the_colleagues_file(
    copies, monkeypatch, tmp_path
):
    """Ctrl+C while the other file is still being copied and checked beside it: the private
    copy made of it goes as soon as it is made."""
    import os
    import signal
    import tempfile
    import threading
    import time

    from skolgrupp.core import merge

    private = tmp_path / "temporary"
    private.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private))
    opening, made = merge.open_foreign, threading.Event()

    def slow(*args):
        time.sleep(1.0)
        try:
            return opening(*args)
        finally:
            made.set()

    monkeypatch.setattr(merge, "open_foreign", slow)
    threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT)).start()
    with opened(copies["anna"], "anna") as ws, pytest.raises(KeyboardInterrupt):
        merge.preview_merge(ws, copies["bo"])
    assert made.wait(10)
    deadline = time.monotonic() + 3
    while list(private.iterdir()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert list(private.iterdir()) == []
