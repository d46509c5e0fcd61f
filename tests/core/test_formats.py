"""File formats over time: each released format's sample still opens, older files are migrated
after a backup copy, and a newer major version is never written."""

import shutil
from pathlib import Path

import pytest
import sqlite_utils

from skolgrupp.core.domain import Cycle, Group, Reflection, School, Session
from skolgrupp.core.errors import NewerFormat
from skolgrupp.core.store import schema
from skolgrupp.core.workspace import Workspace

FIXTURES = Path(__file__).parent.parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("workspace-*.skolgrupp"))


def test_every_released_format_has_a_sample():
    versions = {p.stem.removeprefix("workspace-") for p in RELEASED}
    assert schema.version_text(schema.FORMAT_VERSION) in versions


@pytest.mark.parametrize("sample", RELEASED, ids=lambda p: p.name)
def test_released_samples_open_and_check_clean(sample, tmp_path):
    path = tmp_path / sample.name
    shutil.copy(sample, path)
    with Workspace.open(path) as ws:
        assert ws.check() == []
        assert ws.format_version == schema.version_text(schema.FORMAT_VERSION)
        assert {s.name for s in ws.find(School)} == {"Ekbackeskolan", "Friskolan Lyran"}
        assert {r.visibility for r in ws.find(Reflection)} == {"private", "group"}


def test_current_sample_has_exactly_the_current_schema():
    current = schema.version_text(schema.FORMAT_VERSION)
    conn = sqlite_utils.Database(FIXTURES / f"workspace-{current}.skolgrupp").conn
    try:
        assert schema.schema_of(conn) == schema.expected_schema()
    finally:
        conn.close()


def test_older_file_is_migrated_after_a_backup_copy(tmp_path):
    path = tmp_path / "gammal.skolgrupp"
    shutil.copy(FIXTURES / "workspace-1.0.skolgrupp", path)
    original = path.read_bytes()
    with Workspace.open(path) as ws:
        assert ws.format_version == "1.3"
        assert ws.backup is not None and ws.backup.parent == tmp_path
        assert "backup v1.0" in ws.backup.name
        assert ws.check() == []
        assert ws.count(School) == 2
        # What format 1.1 added is there and empty, and can be written.
        assert ws.count(Cycle) == 0
        assert all(s.cycle_id is None for s in ws.find(Session))
        (group,) = ws.find(Group)
        cycle = ws.add(Cycle(group_id=group.id, title="Bråk på tallinjen"))
        (session,) = ws.find(Session)
        session.cycle_id = cycle.id
        ws.update(session)
    with Workspace.open(ws.backup, read_only=True) as backup:
        assert backup.count(School) == 2
    assert sqlite_utils.Database(ws.backup).execute("PRAGMA user_version").fetchone()[0] == 1000
    assert path.read_bytes() != original


def test_older_file_that_cannot_be_written_is_shown_from_a_private_copy(tmp_path):
    path = tmp_path / "skrivskyddad.skolgrupp"
    shutil.copy(FIXTURES / "workspace-1.0.skolgrupp", path)
    original = path.read_bytes()
    path.chmod(0o444)
    with Workspace.open(path) as ws:
        assert ws.read_only and ws.format_version == "1.3"
        assert ws.count(School) == 2
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["skrivskyddad.skolgrupp"]


def test_newer_major_version_is_shown_but_never_written(tmp_path):
    path = tmp_path / "framtid.skolgrupp"
    shutil.copy(FIXTURES / "workspace-1.0.skolgrupp", path)
    conn = sqlite_utils.Database(path).conn
    conn.execute("PRAGMA user_version = 2000")
    conn.close()
    original = path.read_bytes()
    with Workspace.open(path) as ws:
        assert ws.read_only
        assert "2.0" in ws.read_only_reason and "framtid.skolgrupp" in ws.read_only_reason
        assert ws.count(School) == 2
        with pytest.raises(NewerFormat):
            ws.add(School(name="Ny"))
    assert path.read_bytes() == original
