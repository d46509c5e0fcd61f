"""What the tests of bad files and a hostile environment share."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

from skolgrupp.core.domain import Group, School
from skolgrupp.core.errors import WorkspaceError
from skolgrupp.core.workspace import Workspace
from tests.conftest import TEST_INSTALLATION

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GROUP_NAME = "Läslyftet åk 4–6"  # what make_corpus.py puts in its real workspaces
# Words of SQLite's own errors that must never reach the user as they are.
RAW_SQLITE = ("malformed", "not a database", "disk image", "sqlite3", "Error:", "errcode")


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


def altered(path: Path, *statements: str) -> Path:
    """A file changed with plain SQLite, as a hostile program could."""
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()
    return path


def make_workspace(path: Path) -> Path:
    with Workspace.create(path, installation_id=TEST_INSTALLATION) as ws:
        ws.add(School(name="Ekbackeskolan"))
        ws.add(Group(name="Matematiklyftet"))
    return path
