"""Bad files and a hostile environment: each gives a clear message and changes nothing.

The files come from ``tests/corpus`` (see its README); every test works on a copy.
"""

import errno
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from skolgrupp.core import i18n
from skolgrupp.core.domain import Group, Reflection, School
from skolgrupp.core.errors import (
    CannotOpen,
    DamagedWorkspace,
    DiskFull,
    NewerFormat,
    NotAWorkspace,
    ReadOnlyWorkspace,
    WorkspaceError,
    WorkspaceLocked,
)
from skolgrupp.core.store import connection
from skolgrupp.core.workspace import Workspace
from tests.conftest import TEST_INSTALLATION

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GROUP_NAME = "Läslyftet åk 4–6"  # what make_corpus.py puts in its real workspaces
# Words of SQLite's own errors that must never reach the user as they are.
RAW_SQLITE = ("malformed", "not a database", "disk image", "sqlite3", "Error:", "errcode")

REJECTED = {
    "random-bytes.skolgrupp": (NotAWorkspace, "not a Skolgrupp workspace"),
    "empty-other-text.skolgrupp": (NotAWorkspace, "not a Skolgrupp workspace"),
    "truncated.skolgrupp": (DamagedWorkspace, "shorter than it should be"),
    "other-program.sqlite": (NotAWorkspace, "another program"),
    "wrong-application-id.skolgrupp": (NotAWorkspace, "another program"),
}


@pytest.fixture(autouse=True)
def english():
    i18n.set_language("en")  # the conftest fixture goes back to the default afterwards


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.2)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_listing(path: Path) -> list[str]:
    """Everything in the file's folder: journals, backups and temporary copies included."""
    return sorted(p.name for p in path.parent.iterdir())


def corpus_copy(name: str, tmp_path: Path) -> Path:
    path = tmp_path / name
    shutil.copyfile(CORPUS / name, path)
    return path


def assert_clear(error: WorkspaceError, path: Path) -> None:
    message = str(error)
    assert message and message == error.message
    assert path.name in message
    for raw in RAW_SQLITE:
        assert raw not in message


def make_workspace(path: Path) -> Path:
    with Workspace.create(path, installation_id=TEST_INSTALLATION) as ws:
        ws.add(School(name="Ekbackeskolan"))
        ws.add(Group(name="Matematiklyftet"))
    return path


def test_corpus_is_complete():
    expected = {*REJECTED, "damaged.skolgrupp", "newer-major.skolgrupp", "newer-minor.skolgrupp"}
    present = {p.name for p in CORPUS.iterdir() if p.suffix in (".skolgrupp", ".sqlite")}
    assert present == expected


# -- files that are refused -------------------------------------------------------------------


@pytest.mark.parametrize("read_only", [False, True], ids=["for-writing", "read-only"])
@pytest.mark.parametrize("name", sorted(REJECTED))
def test_refused_file_gives_a_clear_error_and_stays_as_it_was(name, read_only, tmp_path):
    path = corpus_copy(name, tmp_path)
    before = digest(path)
    kind, words = REJECTED[name]
    with pytest.raises(kind) as caught:
        Workspace.open(path, read_only=read_only, installation_id=TEST_INSTALLATION)
    assert_clear(caught.value, path)
    assert words in str(caught.value)
    assert caught.value.path == path
    assert digest(path) == before
    assert folder_listing(path) == [name]


@pytest.mark.parametrize("name", sorted(REJECTED))
def test_open_with_create_does_not_replace_a_refused_file(name, tmp_path):
    path = corpus_copy(name, tmp_path)
    before = digest(path)
    with pytest.raises(REJECTED[name][0]):
        Workspace.open(path, create=True, installation_id=TEST_INSTALLATION)
    assert digest(path) == before
    assert folder_listing(path) == [name]


def test_zero_byte_file_is_not_a_workspace_and_is_not_filled_in(tmp_path):
    path = tmp_path / "tom.skolgrupp"
    path.touch()
    for read_only in (False, True):
        with pytest.raises(NotAWorkspace) as caught:
            Workspace.open(path, read_only=read_only)
        assert_clear(caught.value, path)
        assert "empty" in str(caught.value)
    assert path.stat().st_size == 0
    assert folder_listing(path) == ["tom.skolgrupp"]


def test_a_folder_given_as_the_file_cannot_be_opened(tmp_path):
    path = tmp_path / "mapp.skolgrupp"
    path.mkdir()
    with pytest.raises(CannotOpen) as caught:
        Workspace.open(path)
    assert_clear(caught.value, path)
    assert "folder" in str(caught.value)
    assert list(path.iterdir()) == []


def test_a_missing_file_cannot_be_opened_and_is_not_made(tmp_path):
    path = tmp_path / "finns-inte.skolgrupp"
    for read_only in (False, True):
        with pytest.raises(CannotOpen) as caught:
            Workspace.open(path, read_only=read_only)
        assert_clear(caught.value, path)
        assert "does not exist" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


# -- a damaged file ---------------------------------------------------------------------------


@pytest.mark.parametrize("read_only", [False, True], ids=["for-writing", "read-only"])
def test_damage_is_reported_clearly_and_the_file_is_left_alone(read_only, tmp_path):
    path = corpus_copy("damaged.skolgrupp", tmp_path)
    before = digest(path)
    # The header is sound, so the file opens; SQLite finds the damage when it reads the page.
    with Workspace.open(path, read_only=read_only, installation_id=TEST_INSTALLATION) as ws:
        assert [g.name for g in ws.find(Group)] == [GROUP_NAME]
        with pytest.raises(DamagedWorkspace) as caught:
            ws.find(Reflection)
        assert_clear(caught.value, path)
        assert "backup" in str(caught.value)
        try:
            problems = ws.check()
        except DamagedWorkspace as e:
            assert_clear(e, path)
        else:
            assert any("Integrity" in p for p in problems)
    assert digest(path) == before
    assert folder_listing(path) == ["damaged.skolgrupp"]


def test_corpus_damage_is_real(tmp_path):
    """Guard the corpus itself: SQLite must see the damaged file as corrupt."""
    path = corpus_copy("damaged.skolgrupp", tmp_path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        lines = [line for (line,) in conn.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError:
        lines = ["raised"]
    finally:
        conn.close()
    assert lines != ["ok"]
    assert connection.read_header(path) is not None  # the header is still valid


# -- files from newer versions ----------------------------------------------------------------


def test_newer_major_format_is_shown_but_not_written(tmp_path):
    path = corpus_copy("newer-major.skolgrupp", tmp_path)
    before = digest(path)
    with Workspace.open(path, installation_id=TEST_INSTALLATION) as ws:
        # Asked for writing, it opens for reading only, and says why.
        assert ws.read_only and ws.format_version == "2.0"
        assert path.name in ws.read_only_reason and "newer version" in ws.read_only_reason
        assert [g.name for g in ws.find(Group)] == [GROUP_NAME]
        group = ws.find(Group)[0]
        group.name = "Ändrad"
        for write in (
            lambda: ws.add(School(name="Ny skola")),
            lambda: ws.update(group),
            lambda: ws.delete(group),
        ):
            with pytest.raises(NewerFormat) as caught:
                write()
            assert_clear(caught.value, path)
            assert "2.0" in str(caught.value)
    assert digest(path) == before
    assert folder_listing(path) == ["newer-major.skolgrupp"]


def test_newer_major_format_opens_read_only_and_refuses_writes(tmp_path):
    path = corpus_copy("newer-major.skolgrupp", tmp_path)
    before = digest(path)
    with Workspace.open(path, read_only=True, installation_id=TEST_INSTALLATION) as ws:
        assert ws.count(Group) == 1
        with pytest.raises(NewerFormat):
            ws.add(Group(name="Ny grupp"))
    assert digest(path) == before
    assert folder_listing(path) == ["newer-major.skolgrupp"]


def test_newer_minor_format_is_read_and_written_and_keeps_what_it_added(tmp_path):
    path = corpus_copy("newer-minor.skolgrupp", tmp_path)
    with Workspace.open(path, installation_id=TEST_INSTALLATION) as ws:
        assert not ws.read_only and ws.format_version == "1.1"
        assert ws.check() == []
        ws.add(Group(name="Ny grupp"))
    assert folder_listing(path) == ["newer-minor.skolgrupp"]  # no migration backup
    with Workspace.open(path, read_only=True) as ws:
        assert sorted(g.name for g in ws.find(Group)) == [GROUP_NAME, "Ny grupp"]
        assert ws.format_version == "1.1"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM cycle_notes").fetchone()[0] == 1
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


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
