"""The user's files are never overwritten by mistake, and a crash is recovered from."""

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from skolgrupp.core import frameworks, jsonio
from skolgrupp.core.domain import School
from skolgrupp.core.errors import CannotOpen, CannotWrite, DamagedWorkspace, DiskFull
from skolgrupp.core.progress import Cancelled, Progress
from skolgrupp.core.store import files
from skolgrupp.core.workspace import Workspace
from tests.conftest import TEST_INSTALLATION

pytestmark = pytest.mark.usefixtures("english")


def test_an_export_or_copy_never_replaces_the_open_workspace(workspace):
    workspace.add(School(name="Ekbackeskolan"))
    before = workspace.path.read_bytes()
    link = workspace.path.with_name("länk.skolgrupp")
    link.symlink_to(workspace.path)
    for target in (workspace.path, link):
        with pytest.raises(CannotWrite) as e:
            jsonio.export_json(workspace, target)
        assert "open workspace itself" in e.value.message
        with pytest.raises(CannotWrite):
            workspace.save_copy(target)
    assert workspace.path.read_bytes() == before
    assert [s.name for s in workspace.find(School)] == ["Ekbackeskolan"]


def test_an_export_replaces_the_file_a_link_points_to_and_keeps_its_permissions(
    workspace, tmp_path
):
    real = tmp_path / "riktig.json"
    real.write_text("gammalt", encoding="utf-8")
    real.chmod(0o600)
    link = tmp_path / "länk.json"
    link.symlink_to(real)
    jsonio.export_json(workspace, link)
    assert link.is_symlink() and jsonio.read_document(real)["format"] == "skolgrupp-json"
    assert real.stat().st_mode & 0o777 == 0o600


def test_pipes_and_devices_are_neither_read_nor_replaced(workspace, tmp_path):
    pipe = tmp_path / "rör.skolgrupp"
    os.mkfifo(pipe)
    with pytest.raises(CannotOpen) as e:
        Workspace.open(pipe)  # would wait forever if it were opened
    assert "not an ordinary file" in e.value.message
    with pytest.raises(CannotWrite):
        jsonio.export_json(workspace, pipe)
    assert pipe.exists() and not pipe.is_file()


def test_a_workspace_that_fails_while_being_made_leaves_nothing(tmp_path, monkeypatch):
    def full_disk():
        yield from ()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(frameworks, "builtin_records", full_disk)
    with pytest.raises(DiskFull):
        Workspace.create(tmp_path / "ny.skolgrupp")
    assert list(tmp_path.iterdir()) == []


def test_a_change_cut_short_by_a_crash_is_rolled_back_on_opening(tmp_path):
    path = tmp_path / "krasch.skolgrupp"
    with Workspace.create(path, installation_id=TEST_INSTALLATION) as ws:
        ws.add(School(name="Sparad skola"))
    # Another process writes a lot in one transaction and dies before committing.
    crash = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r})
        conn.execute("PRAGMA cache_size = 1")
        conn.execute("BEGIN")
        conn.execute("UPDATE schools SET name = 'halvfärdig' || randomblob(4000)")
        conn.execute("INSERT INTO meta VALUES ('x', hex(randomblob(200000)))")
        os._exit(1)
    """)
    subprocess.run([sys.executable, "-c", crash], check=False)
    assert os.path.exists(f"{path}-journal")
    with Workspace.open(path, read_only=True) as ws:  # even just reading recovers it
        assert [s.name for s in ws.find(School)] == ["Sparad skola"]
        assert ws.check() == []
    assert not os.path.exists(f"{path}-journal")


def test_a_file_with_our_id_but_no_sensible_version_is_damaged_and_left_alone(workspace):
    workspace.close()
    for version in (0, 999):
        conn = sqlite3.connect(workspace.path)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.close()
        before = workspace.path.read_bytes()
        with pytest.raises(DamagedWorkspace):
            Workspace.open(workspace.path)
        assert workspace.path.read_bytes() == before
        assert sorted(p.name for p in workspace.path.parent.iterdir()) == [workspace.path.name]


def _filled(workspace):
    with workspace.transaction():
        for number in range(400):
            workspace.add(School(name=f"Skola {number} " + "text " * 200))
    return workspace


def test_a_copy_reports_its_progress_up_to_the_whole_file(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(files, "COPY_STEP_PAGES", 8)
    steps = []
    _filled(workspace).save_copy(
        tmp_path / "kopia.skolgrupp", progress=Progress(lambda d, t: steps.append((d, t)))
    )
    assert len(steps) > 3
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    assert steps[-1][0] == steps[-1][1]
    with Workspace.open(tmp_path / "kopia.skolgrupp") as copy:
        assert len(list(copy.find(School))) == 400


class CancelAt(Progress):
    """The user presses Cancel when the copy has reached ``share`` of its pages."""

    def __init__(self, share: float) -> None:
        super().__init__()
        self.share = share

    def report(self, done: int, total: int) -> None:
        if done >= self.share * total:
            self.cancel()
        if self.share < 1:
            self.check()  # the copy stops at this step; at 1.0 the check of the copy does


@pytest.mark.parametrize("share", [0.3, 1.0], ids=["while copying", "after the last page"])
def test_a_cancelled_copy_leaves_nothing_behind(workspace, tmp_path, monkeypatch, share):
    monkeypatch.setattr(files, "COPY_STEP_PAGES", 8)
    monkeypatch.setattr(files, "CHECK_STEP_INSTRUCTIONS", 10)
    _filled(workspace)
    before = sorted(tmp_path.iterdir())
    with pytest.raises(Cancelled):
        workspace.save_copy(tmp_path / "kopia.skolgrupp", progress=CancelAt(share))
    assert sorted(tmp_path.iterdir()) == before
    assert len(list(workspace.find(School))) == 400  # the workspace itself goes on as before
