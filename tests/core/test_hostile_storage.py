"""A hostile environment - locks, read-only files and folders, a full disk: each gives a
clear message and loses nothing."""

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from skolgrupp.core.domain import Group
from skolgrupp.core.errors import (
    DiskFull,
    ReadOnlyWorkspace,
    WorkspaceLocked,
)
from skolgrupp.core.workspace import Workspace
from tests.conftest import TEST_INSTALLATION
from tests.core.hostile import (
    RAW_SQLITE,
    assert_clear,
    digest,
    folder_listing,
    make_workspace,
)

pytestmark = pytest.mark.usefixtures("english", "short_busy_timeout")

# -- locks ------------------------------------------------------------------------------------


@pytest.fixture
def holder():
    """Another program's connection; each test takes the lock it needs."""
    conns = []

    def connect(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None)
        conns.append(conn)
        return conn

    yield connect
    for conn in conns:
        conn.close()


@pytest.mark.parametrize("read_only", [False, True], ids=["for-writing", "read-only"])
def test_exclusively_locked_file_cannot_be_opened(read_only, tmp_path, holder):
    path = make_workspace(tmp_path / "låst.skolgrupp")
    before = digest(path)
    other = holder(path)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(WorkspaceLocked) as caught:
        Workspace.open(path, read_only=read_only)
    assert_clear(caught.value, path)
    assert "another program" in str(caught.value)
    other.execute("ROLLBACK")
    assert digest(path) == before
    with Workspace.open(path) as ws:  # once the other program lets go, it opens
        assert ws.count(Group) == 1


def test_an_open_workspace_locked_by_another_program_says_so_when_read(tmp_path, holder):
    path = make_workspace(tmp_path / "låst.skolgrupp")
    with Workspace.open(path) as ws:
        other = holder(path)
        other.execute("BEGIN EXCLUSIVE")
        with pytest.raises(WorkspaceLocked):
            ws.find(Group)
        with pytest.raises(WorkspaceLocked):
            ws.add(Group(name="Ny grupp"))
        other.execute("ROLLBACK")
        assert [g.name for g in ws.find(Group)] == ["Matematiklyftet"]


def test_file_another_program_writes_to_can_be_read_but_not_written(tmp_path, holder):
    path = make_workspace(tmp_path / "upptagen.skolgrupp")
    before = digest(path)
    other = holder(path)
    other.execute("BEGIN IMMEDIATE")
    with Workspace.open(path) as ws:
        assert [g.name for g in ws.find(Group)] == ["Matematiklyftet"]
        with pytest.raises(WorkspaceLocked) as caught:
            ws.add(Group(name="Ny grupp"))
        assert_clear(caught.value, path)
        assert ws.count(Group) == 1
        other.execute("ROLLBACK")
        assert digest(path) == before
        ws.add(Group(name="Ny grupp"))  # the failed change left the workspace usable
        assert ws.count(Group) == 2


# -- read-only files and folders --------------------------------------------------------------


@pytest.fixture
def restore_modes():
    """Give paths back their write permission so tmp_path can be cleaned up."""
    changed: list[tuple[Path, int]] = []

    def chmod(path: Path, mode: int) -> None:
        changed.append((path, path.stat().st_mode))
        path.chmod(mode)

    yield chmod
    for path, mode in reversed(changed):
        path.chmod(mode)


def assert_read_only(path: Path) -> None:
    before = digest(path)
    listing = folder_listing(path)
    with Workspace.open(path, installation_id=TEST_INSTALLATION) as ws:
        assert ws.read_only
        assert path.name in ws.read_only_reason and "read-only" in ws.read_only_reason
        assert [g.name for g in ws.find(Group)] == ["Matematiklyftet"]
        with pytest.raises(ReadOnlyWorkspace) as caught:
            ws.add(Group(name="Ny grupp"))
        assert_clear(caught.value, path)
        assert ws.check() == []
    with Workspace.open(path, read_only=True) as ws:
        assert ws.count(Group) == 1
    assert digest(path) == before
    assert folder_listing(path) == listing


def test_read_only_file_opens_for_reading_and_refuses_changes(tmp_path, restore_modes):
    # Tests may run as root, which may write anyway: the missing write bits are what count.
    path = make_workspace(tmp_path / "skrivskyddad.skolgrupp")
    restore_modes(path, 0o444)
    assert_read_only(path)


def test_file_in_a_read_only_folder_opens_for_reading_and_refuses_changes(tmp_path, restore_modes):
    # A change needs a journal beside the file, so the folder must be writable too.
    folder = tmp_path / "skrivskyddad-mapp"
    folder.mkdir()
    path = make_workspace(folder / "grupp.skolgrupp")
    restore_modes(folder, 0o555)
    assert_read_only(path)


# -- a full disk ------------------------------------------------------------------------------


def test_full_disk_keeps_what_was_saved_before(tmp_path):
    path = make_workspace(tmp_path / "full.skolgrupp")
    with Workspace.open(path, installation_id=TEST_INSTALLATION) as ws:
        group = ws.find(Group)[0]
        group.description = "Vi läser om taluppfattning."
        ws.update(group)
        counts = ws.counts()
        conn = ws.store.conn
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk fills up here
        with pytest.raises(DiskFull) as caught:
            ws.add(Group(name="Stor grupp", description="text " * 50_000))
        assert "disk is full" in str(caught.value)
        for raw in RAW_SQLITE:
            assert raw not in str(caught.value)
        assert ws.counts() == counts
    assert folder_listing(path) == ["full.skolgrupp"]
    with Workspace.open(path) as ws:
        assert ws.counts() == counts
        assert ws.find(Group)[0].description == "Vi läser om taluppfattning."
        assert ws.check() == []


@pytest.mark.parametrize("target_exists", [False, True], ids=["new-copy", "over-old-copy"])
def test_full_disk_while_saving_a_copy_leaves_no_half_written_file(
    target_exists, tmp_path, monkeypatch
):
    path = make_workspace(tmp_path / "grupp.skolgrupp")
    copies = tmp_path / "kopior"
    copies.mkdir()
    target = copies / "kopia.skolgrupp"
    if target_exists:
        target.write_bytes(b"the previous copy")
    before = digest(path)

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with Workspace.open(path, installation_id=TEST_INSTALLATION) as ws:
        with monkeypatch.context() as m, pytest.raises(DiskFull) as caught:
            m.setattr(os, "fsync", disk_full)
            ws.save_copy(target)
        assert "disk is full" in str(caught.value)
        assert ws.count(Group) == 1
    expected = ["kopia.skolgrupp"] if target_exists else []
    assert sorted(p.name for p in copies.iterdir()) == expected
    if target_exists:
        assert target.read_bytes() == b"the previous copy"
    assert digest(path) == before


def test_a_change_that_cannot_be_saved_leaves_the_record_as_it_was(tmp_path, monkeypatch):
    from skolgrupp.core.domain import Person, Reflection
    from skolgrupp.core.store import search_index

    path = make_workspace(tmp_path / "full.skolgrupp")
    with Workspace.open(path, installation_id=TEST_INSTALLATION) as ws:
        group = ws.find(Group)[0]
        anna = ws.add(Person(name="Anna"))
        note = ws.add(
            Reflection(
                group_id=group.id, author_id=anna.id, written_on="2026-09-01", text="Min text"
            )
        )
        saved = dict(vars(note))

        def full_disk(*args, **kwargs):
            raise sqlite3.OperationalError("database or disk is full")

        monkeypatch.setattr(search_index, "reindex", full_disk)
        note.text = "Ändrad text"
        with pytest.raises(DiskFull):
            ws.update(note)
        assert note.text == "Ändrad text" and note.hlc == saved["hlc"]  # the edit is not lost
        note.text = "Min text"
        with pytest.raises(DiskFull):
            ws.delete(note)
        assert vars(note) == saved  # not marked deleted, text not blanked
        assert vars(ws.get(Reflection, note.id)) == saved
