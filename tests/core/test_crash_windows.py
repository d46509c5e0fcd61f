"""The narrow windows a dying battery, a sync client or a hostile file can hit: each closed,
each with the test that failed before it was."""

import os
import shutil
import sqlite3
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from skolgrupp.core import atomic, merge, snapshots
from skolgrupp.core.domain import Decision, Group
from skolgrupp.core.errors import (
    AlteredWorkspace,
    CannotWrite,
    DamagedWorkspace,
    RefusedFile,
    WorkspaceError,
)
from skolgrupp.core.foreign import open_foreign
from skolgrupp.core.merge import can_undo_merge, plan_merge, undo_merge
from skolgrupp.core.workspace import Workspace
from tests.conftest import TEST_INSTALLATION
from tests.core.hostile import altered, make_workspace
from tests.core.merge_copies import merge_file, opened
from tests.core.test_merge import contents

pytestmark = pytest.mark.usefixtures("english")
ROOT = Path(__file__).resolve().parents[2]


def three_change_one_decision(copies):
    """Anna, Bo and Cecilia change the same decision, none seeing the others' change."""
    for who in ("anna", "bo", "cecilia"):
        with opened(copies[who], who) as ws:
            decision = ws.find(Decision)[0]
            decision.text = f"{who} skrev detta"
            ws.update(decision)


def dead_process_tag() -> str:
    """The mark a run of this computer that has ended puts in the names of its files."""
    done = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    return f"{atomic._HOST}-{done.stdout.strip()}"


# -- undo after an interrupted merge ----------------------------------------------------------


def test_undo_after_a_crash_between_the_merge_and_its_snapshot_brings_back_the_right_past(
    copies, monkeypatch
):
    three_change_one_decision(copies)
    merge_file(copies["anna"], "anna", copies["bo"])
    between = contents(copies["anna"])  # after the first merge, before the second

    def power_cut(path, pending=None):  # the merge is saved; its snapshot has no name yet
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(snapshots, "put_in_place", power_cut)
        with pytest.raises(KeyboardInterrupt):
            merge_file(copies["anna"], "anna", copies["cecilia"])
    undo_merge(copies["anna"])
    assert contents(copies["anna"]) == between


def test_a_snapshot_of_another_merge_is_never_brought_back(copies):
    three_change_one_decision(copies)
    merge_file(copies["anna"], "anna", copies["bo"])
    earlier = snapshots.snapshot_path(copies["anna"]).read_bytes()
    merge_file(copies["anna"], "anna", copies["cecilia"])
    after = contents(copies["anna"])
    snapshots.snapshot_path(copies["anna"]).write_bytes(earlier)  # as a crash could leave it
    with opened(copies["anna"], "anna") as ws:
        assert not can_undo_merge(ws)
    with pytest.raises(merge.CannotUndoMerge):
        undo_merge(copies["anna"])
    assert contents(copies["anna"]) == after


# -- merging the same file twice ----------------------------------------------------------------


def test_merging_the_same_file_again_is_empty_and_keeps_the_undo(copies):
    three_change_one_decision(copies)
    merge_file(copies["anna"], "anna", copies["bo"])
    merge_file(copies["anna"], "anna", copies["cecilia"])  # three versions of one decision
    before_second = contents(snapshots.snapshot_path(copies["anna"]))
    assert merge_file(copies["anna"], "anna", copies["cecilia"]).empty
    assert merge_file(copies["anna"], "anna", copies["bo"]).empty
    undo_merge(copies["anna"])  # still the undo of the merge of Cecilia's file
    assert contents(copies["anna"]) == before_second


# -- a crash while a commit extends the file ----------------------------------------------------

_SPILL = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 5")  # pages go to the file before the commit
conn.execute("BEGIN")
for i in range(400):
    conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (f"k{i}", "x" * 2000))
os._exit(0)  # the battery dies: no rollback, no unlock
"""


def crash_while_growing(path: Path) -> None:
    """Leave ``path`` as a crash in the middle of a growing commit does: pages of the new
    length written, a hot journal beside it, and a header counting pages not yet written."""
    subprocess.run([sys.executable, "-c", _SPILL, str(path)], check=True)
    assert Path(f"{path}-journal").stat().st_size > 0
    with open(path, "r+b") as f:
        size = os.fstat(f.fileno()).st_size
        f.seek(28)
        f.write(struct.pack(">I", size // 4096 + 50))  # longer than the file is


@pytest.mark.parametrize("read_only", [False, True])
def test_a_file_a_crash_left_mid_commit_is_recovered_not_called_damaged(tmp_path, read_only):
    path = make_workspace(tmp_path / "arbetsyta.skolgrupp")
    before = contents(path)
    crash_while_growing(path)
    with Workspace.open(path, read_only=read_only, installation_id=TEST_INSTALLATION) as ws:
        assert ws.check() == []
    assert not Path(f"{path}-journal").exists()
    assert contents(path) == before


def test_a_colleagues_file_still_being_written_is_not_called_damaged(tmp_path):
    path = make_workspace(tmp_path / "kollega.skolgrupp")
    crash_while_growing(path)  # as a program writing it right now leaves it
    with pytest.raises(RefusedFile) as refused:
        open_foreign(path)
    assert "still being written" in refused.value.message
    assert "damaged" not in refused.value.message


# -- a full disk in the middle of a commit ------------------------------------------------------

_FILL = """
import sys
from skolgrupp.core.domain import Group, Reflection, Person
from skolgrupp.core.errors import DiskFull
from skolgrupp.core.workspace import Workspace
with Workspace.open(sys.argv[1], installation_id="00000000-0000-4000-8000-000000000001") as ws:
    group, person = ws.find(Group)[0], ws.find(Person)[0]
    try:
        with ws.transaction():
            for i in range(40):
                ws.add(Reflection(group_id=group.id, author_id=person.id,
                                  written_on="2026-12-01", text=f"{i} " + "ord " * 2000))
    except DiskFull as e:
        print(e.message)
"""


@pytest.mark.parametrize("nth_write", [1, 6, 25])
def test_a_full_disk_mid_commit_leaves_the_file_as_the_message_says(tmp_path, nth_write):
    """The disk fills up at one of the writes of a commit (strace makes that write fail):
    the message says the workspace is as it was, and the file on disk is, byte for byte,
    with no journal beside it for a copy to miss."""
    from skolgrupp.core.domain import Person

    path = make_workspace(tmp_path / "arbetsyta.skolgrupp")
    with Workspace.open(path, installation_id=TEST_INSTALLATION) as ws:
        ws.add(Person(name="Anna Berg"))
    before = path.read_bytes()
    strace = shutil.which("strace")
    assert strace, "strace is needed (./dev.sh test installs it)"
    done = subprocess.run(
        [
            strace,
            "-f",
            "-qq",
            "-o",
            os.devnull,
            "-P",
            str(path),
            "-e",
            "trace=pwrite64",
            "-e",
            f"inject=pwrite64:error=ENOSPC:when={nth_write}",
            sys.executable,
            "-c",
            _FILL,
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "SKOLGRUPP_LANG": "en"},
    )
    assert "disk is full" in done.stdout, done.stderr
    assert not Path(f"{path}-journal").exists()
    assert path.read_bytes() == before


# -- what a file's schema says never runs -------------------------------------------------------

HOSTILE_SCHEMAS = {
    "reflections as a view": [
        "ALTER TABLE reflections RENAME TO r2",
        "CREATE VIEW reflections AS SELECT * FROM r2 UNION ALL SELECT * FROM r2",
    ],
    "an extra trigger": [
        "CREATE TABLE canary (x)",
        "CREATE TRIGGER t AFTER INSERT ON meta BEGIN INSERT INTO canary VALUES (1); END",
    ],
    "an extra column": ["ALTER TABLE groups ADD COLUMN secret TEXT"],
    "a shadow table": ["CREATE TABLE reflections_shadow (x)"],
}


@pytest.mark.parametrize("read_only", [False, True])
@pytest.mark.parametrize("name", sorted(HOSTILE_SCHEMAS))
def test_a_file_whose_schema_is_not_exactly_ours_is_not_opened(tmp_path, name, read_only):
    path = altered(make_workspace(tmp_path / "arbetsyta.skolgrupp"), *HOSTILE_SCHEMAS[name])
    before = path.read_bytes()
    with pytest.raises(AlteredWorkspace) as refused:
        Workspace.open(path, read_only=read_only)
    assert "not a workspace exactly as Skolgrupp writes it" in refused.value.message
    assert path.read_bytes() == before


# -- text and history no program can read -----------------------------------------------------


def test_text_that_is_not_utf8_is_found_by_check_and_named_where_it_is_read(tmp_path):
    path = make_workspace(tmp_path / "arbetsyta.skolgrupp")
    altered(path, "UPDATE groups SET name = CAST(X'4CE4736772757070656E' AS TEXT)")  # Latin-1
    with Workspace.open(path, read_only=True) as ws:
        assert any("text that cannot be read" in p for p in ws.check())
        with pytest.raises(DamagedWorkspace):
            ws.store.find(Group)
        # Read where no one expected it (a document, a window), it is still told as damage.
        with pytest.raises(sqlite3.OperationalError) as raw:
            ws.store.conn.execute("SELECT name FROM groups").fetchall()
    from skolgrupp.core.workspace import user_error

    found = user_error(raw.value, path)
    assert isinstance(found, DamagedWorkspace)
    assert "text cannot be read" in found.message


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE versions SET vv = '{}'".format("[" * 100_000),
        "INSERT INTO conflicts SELECT id || '@0', 'group', id, '0', '{{}}', '{}' "
        "FROM groups".format("[" * 100_000),
    ],
)
def test_history_nested_too_deeply_is_found_by_check_and_refused_from_a_colleague(
    tmp_path, statement
):
    path = make_workspace(tmp_path / "kollega.skolgrupp")
    with Workspace.open(path, installation_id=TEST_INSTALLATION) as ws:
        group = ws.find(Group)[0]
        group.name = "Ändrad"
        ws.update(group)  # a version vector to spoil
    altered(path, statement)
    with Workspace.open(path, read_only=True) as ws:
        assert any("history that cannot be read" in p for p in ws.check())
    mine = make_workspace(tmp_path / "min.skolgrupp")
    with (
        Workspace.open(mine, installation_id=TEST_INSTALLATION) as ws,
        pytest.raises(WorkspaceError) as refused,
        open_foreign(path) as theirs,
    ):
        plan_merge(ws, theirs)
    assert "kollega.skolgrupp" in refused.value.message


def test_json_nested_too_deeply_is_refused_on_import(tmp_path):
    from skolgrupp.core import jsonio
    from skolgrupp.core.errors import InvalidData

    source = tmp_path / "export.json"
    source.write_text("[" * 100_000)
    with pytest.raises(InvalidData):
        jsonio.read_document(source)


# -- what the user is told, and what is left behind ---------------------------------------------


def test_a_folder_that_cannot_be_written_is_told_by_the_files_name(tmp_path, monkeypatch):
    real_open = os.open

    def refusing(path, flags, *args):
        if ".skolgrupp-" in str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args)

    source = make_workspace(tmp_path / "arbetsyta.skolgrupp")
    monkeypatch.setattr(atomic.os, "open", refusing)
    with Workspace.open(source, installation_id=TEST_INSTALLATION) as ws:
        for write in (
            lambda: ws.save_copy(tmp_path / "kopia.skolgrupp"),
            lambda: Workspace.create(tmp_path / "ny.skolgrupp"),
        ):
            with pytest.raises(CannotWrite) as refused:
                write()
            assert ".skolgrupp-" not in refused.value.message
            assert ".tmp" not in refused.value.message
            assert "permission to write there" in refused.value.message


def test_what_a_killed_write_left_is_cleared_at_the_next_run(tmp_path):
    folder = tmp_path / "delat"
    folder.mkdir()
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    living = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        host = atomic._HOST
        stray = folder / f".skolgrupp-{host}-{gone}-0123abcd.tmp"
        stray_journal = folder / f".skolgrupp-{host}-{gone}-0123abcd.tmp-journal"
        being_written = folder / f".skolgrupp-{host}-{living.pid}-4567abcd.tmp"
        old_other = folder / ".skolgrupp-0123456789ab.tmp"  # an older version's, a day old
        users_own = folder / "skolgrupp-anteckningar"
        for path in (stray, stray_journal, being_written, old_other, users_own):
            path.write_text("x")
        day_ago = time.time() - 2 * 86400
        os.utime(old_other, (day_ago, day_ago))
        os.utime(users_own, (day_ago, day_ago))
        source = make_workspace(tmp_path / "arbetsyta.skolgrupp")
        with Workspace.open(source, installation_id=TEST_INSTALLATION) as ws:
            ws.save_copy(folder / "kopia.skolgrupp")
        left = {p.name for p in folder.iterdir()}
        assert left == {being_written.name, users_own.name, "kopia.skolgrupp"}
    finally:
        living.kill()
        living.wait()


def test_a_snapshot_of_a_merge_that_was_never_saved_is_cleared_and_the_undo_kept(
    copies, monkeypatch
):
    three_change_one_decision(copies)
    merge_file(copies["anna"], "anna", copies["bo"])
    before_first = contents(snapshots.snapshot_path(copies["anna"]))
    real_mark = snapshots.mark

    def mark_then_die(copy, merge_id):  # killed after the snapshot, before the merge's commit
        real_mark(copy, merge_id)
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(snapshots, "mark", mark_then_die)
        m.setattr(Path, "unlink", lambda self, missing_ok=False: None)  # nor cleared after
        with pytest.raises(KeyboardInterrupt):
            merge_file(copies["anna"], "anna", copies["cecilia"])
    pending = snapshots.pending_path(copies["anna"])
    left = pending.with_name(pending.name.replace(atomic.process_tag(), dead_process_tag()))
    pending.rename(left)  # as the killed run named it
    with opened(copies["anna"], "anna"):
        pass  # the next run
    assert not left.exists()
    undo_merge(copies["anna"])
    assert contents(copies["anna"]) == before_first


def test_a_migration_cut_off_and_run_again_keeps_one_backup_copy(tmp_path, monkeypatch):
    from skolgrupp.core.store import files

    path = tmp_path / "arbetsyta.skolgrupp"
    shutil.copy(ROOT / "tests" / "fixtures" / "workspace-1.0.skolgrupp", path)
    before = contents(path)

    def killed(conn, path):  # after the backup copy, before the migration is saved
        raise KeyboardInterrupt

    with monkeypatch.context() as m:
        m.setattr(files, "_migrate_in_place", killed)
        with pytest.raises(KeyboardInterrupt):
            Workspace.open(path, installation_id=TEST_INSTALLATION)
    with Workspace.open(path, installation_id=TEST_INSTALLATION) as ws:
        assert ws.format_version == "1.3"
        backup = ws.backup
    backups = sorted(tmp_path.glob("arbetsyta (backup v1.0 *).skolgrupp"))
    assert backups == [backup]
    assert contents(backup) == before


def test_a_journal_sqlite_ignores_is_removed_at_the_next_opening(tmp_path):
    """A change killed before its journal was complete leaves a journal whose header is
    still zero: SQLite ignores it, and the next opening removes it, so that the workspace
    is one file again for whoever copies it."""
    path = make_workspace(tmp_path / "arbetsyta.skolgrupp")
    before = contents(path)
    journal = Path(f"{path}-journal")
    journal.write_bytes(bytes(28) + b"\x01" * 4068)  # a header not yet written, pages after
    with Workspace.open(path, read_only=True, installation_id=TEST_INSTALLATION) as ws:
        assert ws.check() == []
    assert journal.exists()  # only looked at: nothing changed
    with Workspace.open(path, installation_id=TEST_INSTALLATION):
        pass
    assert not journal.exists()
    assert contents(path) == before


def test_sorts_and_statement_journals_stay_in_memory(workspace):
    """SQLite's temporary files (which can hold notes being sorted) never land in the
    system's temporary folder, where a crash would leave them."""
    assert workspace.store.conn.execute("PRAGMA temp_store").fetchone()[0] == 2


# -- two Skolgrupps at one workspace ------------------------------------------------------------


def test_opening_the_workspace_while_a_merge_writes_its_snapshot_leaves_the_merge_undoable(
    copies, monkeypatch
):
    three_change_one_decision(copies)
    merge_file(copies["anna"], "anna", copies["bo"])
    before_second = contents(copies["anna"])
    real_mark = snapshots.mark

    def mark_then_another_opens(copy, merge_id):  # a second window opens the workspace now
        real_mark(copy, merge_id)
        with opened(copies["anna"], "anna"):
            pass

    with monkeypatch.context() as m:
        m.setattr(snapshots, "mark", mark_then_another_opens)
        merge_file(copies["anna"], "anna", copies["cecilia"])
    undo_merge(copies["anna"])
    assert contents(copies["anna"]) == before_second


def test_a_workspace_opens_while_another_program_is_in_the_middle_of_a_change(tmp_path):
    path = make_workspace(tmp_path / "arbetsyta.skolgrupp")
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO meta (key, value) VALUES ('annat', 'program')")
        with Workspace.open(path, installation_id=TEST_INSTALLATION) as ws:
            assert ws.find(Group)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_a_file_left_in_wal_mode_is_judged_by_what_its_log_holds(tmp_path):
    """A newer format written into the log of a file left in write-ahead-log mode: once the
    log is in the file, it is a newer format, shown and never written."""
    path = make_workspace(tmp_path / "arbetsyta.skolgrupp")
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("PRAGMA user_version = 2000")
    left = tmp_path / "kvar"
    left.mkdir()
    for name in (path.name, f"{path.name}-wal"):  # as the other program left them
        shutil.copyfile(tmp_path / name, left / name)
    writer.close()
    with Workspace.open(left / path.name, installation_id=TEST_INSTALLATION) as ws:
        assert ws.read_only
        assert "2.0" in ws.read_only_reason
    assert sorted(p.name for p in left.iterdir()) == [path.name]
