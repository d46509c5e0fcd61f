"""Bad files: each is refused or shown read-only with a clear message, and never changed.

The files come from ``tests/corpus`` (see its README); every test works on a copy.
"""

import sqlite3

import pytest

from skolgrupp.core.domain import Group, Reflection, School
from skolgrupp.core.errors import (
    CannotOpen,
    DamagedWorkspace,
    NewerFormat,
    NotAWorkspace,
)
from skolgrupp.core.store import connection
from skolgrupp.core.workspace import Workspace
from tests.conftest import TEST_INSTALLATION
from tests.core.hostile import (
    CORPUS,
    GROUP_NAME,
    assert_clear,
    corpus_copy,
    digest,
    folder_listing,
    make_workspace,
)

pytestmark = pytest.mark.usefixtures("english", "short_busy_timeout")

REJECTED = {
    "random-bytes.skolgrupp": (NotAWorkspace, "not a Skolgrupp workspace"),
    "empty-other-text.skolgrupp": (NotAWorkspace, "not a Skolgrupp workspace"),
    "truncated.skolgrupp": (DamagedWorkspace, "shorter than it should be"),
    "other-program.sqlite": (NotAWorkspace, "another program"),
    "wrong-application-id.skolgrupp": (NotAWorkspace, "another program"),
}


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
        assert not ws.read_only and ws.format_version == "1.4"
        assert ws.check() == []
        ws.add(Group(name="Ny grupp"))
    assert folder_listing(path) == ["newer-minor.skolgrupp"]  # no migration backup
    with Workspace.open(path, read_only=True) as ws:
        assert sorted(g.name for g in ws.find(Group)) == [GROUP_NAME, "Ny grupp"]
        assert ws.format_version == "1.4"
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM cycle_videos").fetchone()[0] == 1
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


@pytest.mark.parametrize("read_only", [False, True], ids=["for-writing", "read-only"])
def test_check_finds_values_that_break_the_rules(read_only, tmp_path):
    path = make_workspace(tmp_path / "regelbrott.skolgrupp")
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE groups SET subject = 'x<b>'")
    conn.commit()
    conn.close()
    before = digest(path)
    with Workspace.open(path, read_only=read_only) as ws:
        assert any("groups" in problem for problem in ws.check())
    assert digest(path) == before and folder_listing(path) == [path.name]
