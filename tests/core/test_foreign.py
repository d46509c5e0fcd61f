"""A colleague's workspace file is untrusted input: only a file that is exactly a workspace
as Skolgrupp writes it is read, from a private copy, and the file itself is never changed."""

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from skolgrupp.core import foreign
from skolgrupp.core.atomic import process_tag
from skolgrupp.core.domain import Group, Reflection
from skolgrupp.core.errors import WorkspaceError
from skolgrupp.core.foreign import open_foreign
from tests.core.hostile import altered

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SAMPLE = FIXTURES / "workspace-1.1.skolgrupp"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def leftovers() -> set[Path]:
    return set(Path(tempfile.gettempdir()).glob(f"skolgrupp-foreign-{process_tag()}-*"))


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "kollega.skolgrupp"
    shutil.copy(SAMPLE, path)
    return path


def test_a_colleagues_file_is_read_from_a_copy_and_left_as_it_was(sample):
    before, stamp, temporary = digest(sample), os.stat(sample).st_mtime_ns, leftovers()
    with open_foreign(sample) as theirs, theirs.reading():
        assert [g.name for g in theirs.store.find(Group)] == ["Läsgruppen"]
        assert theirs.workspace_id()
    assert digest(sample) == before and os.stat(sample).st_mtime_ns == stamp
    assert not list(sample.parent.glob("kollega.skolgrupp-*"))  # no journal beside it
    assert leftovers() == temporary  # the private copy is gone


def test_a_file_of_the_older_format_is_read_as_the_current_one(tmp_path):
    path = tmp_path / "gammal.skolgrupp"
    shutil.copy(FIXTURES / "workspace-1.0.skolgrupp", path)
    before = digest(path)
    with open_foreign(path) as theirs, theirs.reading():
        assert theirs.version == (1, 0)
        assert theirs.store.find(Reflection, include_deleted=True)
        assert all(r.cycle_id is None for r in theirs.store.find(Reflection))  # added in 1.1
    assert digest(path) == before


@pytest.mark.parametrize(
    "name, words",
    [
        ("random-bytes.skolgrupp", "ingen arbetsyta"),
        ("empty-other-text.skolgrupp", "ingen arbetsyta"),
        ("truncated.skolgrupp", "skriver fortfarande"),  # or was cut off while written
        ("damaged.skolgrupp", "skadad"),
        ("other-program.sqlite", "annat program"),
        ("wrong-application-id.skolgrupp", "annat program"),
        ("newer-major.skolgrupp", "nyare version"),
        ("newer-minor.skolgrupp", "nyare version"),
    ],
)
def test_a_bad_file_is_refused_with_a_clear_message(tmp_path, name, words):
    path = tmp_path / name
    shutil.copy(CORPUS / name, path)
    before, temporary = digest(path), leftovers()
    with pytest.raises(WorkspaceError) as refused, open_foreign(path) as theirs, theirs.reading():
        theirs.store.find(Reflection, include_deleted=True)
    assert words in refused.value.message
    assert digest(path) == before
    assert leftovers() == temporary


@pytest.mark.parametrize(
    "statements",
    [
        # a view posing as a table
        ["DROP TABLE groups", "CREATE VIEW groups AS SELECT * FROM schools"],
        # a view that never ends, in the place of a table
        [
            "DROP TABLE decisions",
            "CREATE VIEW decisions AS WITH RECURSIVE n(x) AS "
            "(SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x AS id FROM n",
        ],
        # a trigger that would write when something is read or changed
        ["CREATE TRIGGER t AFTER UPDATE ON groups BEGIN DELETE FROM reflections; END"],
        # an extra table, and an index that is not ours
        ["CREATE TABLE extra (x)"],
        ["CREATE TABLE sqliteX (x)"],  # a name like SQLite's own is no excuse
        ["CREATE TRIGGER sqlite1 AFTER INSERT ON groups BEGIN DELETE FROM reflections; END"],
        ["CREATE INDEX extra ON reflections(text)"],
        # an older version number on the current tables
        ["PRAGMA user_version = 1000"],
    ],
)
def test_a_file_that_is_not_exactly_ours_is_refused_before_its_tables_are_read(sample, statements):
    altered(sample, *statements)
    before = digest(sample)
    with pytest.raises(WorkspaceError) as refused:
        open_foreign(sample)
    assert "kollega.skolgrupp" in refused.value.message
    assert digest(sample) == before


def test_a_huge_value_is_refused_when_read(sample):
    altered(sample, f"UPDATE groups SET description = '{'x' * (9 * 1024 * 1024)}'")
    with open_foreign(sample) as theirs, pytest.raises(WorkspaceError) as refused, theirs.reading():
        theirs.store.find(Group)
    assert "mycket större" in refused.value.message


def test_reading_that_takes_too_long_is_stopped(sample, monkeypatch):
    monkeypatch.setattr(foreign, "PROGRESS_STEP", 1)
    with open_foreign(sample) as theirs:
        monkeypatch.setattr(foreign, "STATEMENT_SECONDS", -1.0)  # any read is too long now
        with pytest.raises(WorkspaceError) as refused, theirs.reading():
            theirs.store.find(Reflection, include_deleted=True)
    assert "för lång tid" in refused.value.message


def test_nothing_can_be_written_through_the_reader(sample):
    with open_foreign(sample) as theirs:
        with pytest.raises(WorkspaceError), theirs.reading():
            theirs.store.conn.execute("DELETE FROM reflections")
        with pytest.raises(WorkspaceError), theirs.reading():
            theirs.store.conn.execute("ATTACH DATABASE ':memory:' AS other")
        with pytest.raises(WorkspaceError), theirs.reading():
            theirs.store.conn.execute("PRAGMA user_version = 5")


def test_a_pipe_given_as_the_file_is_refused_at_once(tmp_path):
    pipe = tmp_path / "rör.skolgrupp"
    os.mkfifo(pipe)
    with pytest.raises(WorkspaceError):
        open_foreign(pipe)


def test_a_locked_file_is_unlocked_only_when_it_is_exactly_ours(sample, tmp_path):
    from skolgrupp.core import sealed
    from skolgrupp.core.share import unlock
    from skolgrupp.core.workspace import Workspace

    passphrase = "Vi ses på biblioteket kl 15"
    older = tmp_path / "äldre.skolgrupp"  # of format 1.1: unlocked as the current format
    older.write_bytes(sealed.seal(sample.read_bytes(), passphrase))
    unlocked = unlock(older, passphrase, tmp_path / "upplåst.skolgrupp")
    with Workspace.open(unlocked, read_only=True) as ws:
        assert [g.name for g in ws.find(Group)] == ["Läsgruppen"] and not ws.check()
    with pytest.raises(WorkspaceError) as refused:
        unlock(older, passphrase, older)  # never over the locked file
    assert older.read_bytes().startswith(sealed.MAGIC) and "låsta filen" in str(refused.value)
    altered(sample, "CREATE TRIGGER t AFTER UPDATE ON groups BEGIN DELETE FROM reflections; END")
    hostile = tmp_path / "fientlig.skolgrupp"
    hostile.write_bytes(sealed.seal(sample.read_bytes(), passphrase))
    with pytest.raises(WorkspaceError):
        unlock(hostile, passphrase, tmp_path / "aldrig.skolgrupp")
    assert not (tmp_path / "aldrig.skolgrupp").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
