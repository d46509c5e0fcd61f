"""The command line on bad files: exit code 1, one line on stderr, no traceback, no change.

The files come from ``tests/corpus`` (see its README); every test works on a copy.
"""

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from skolgrupp.cli import main
from skolgrupp.core.domain import Group, Person, Session
from skolgrupp.core.store import connection
from skolgrupp.core.workspace import Workspace
from tests.conftest import TEST_INSTALLATION

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
GROUP_NAME = "Läslyftet åk 4–6"  # what make_corpus.py puts in its real workspaces
WORD = "läsförståelse"

REFUSED = {
    "random-bytes.skolgrupp": "not a Skolgrupp workspace",
    "empty-other-text.skolgrupp": "not a Skolgrupp workspace",
    "truncated.skolgrupp": "damaged",
    "other-program.sqlite": "another program",
    "wrong-application-id.skolgrupp": "another program",
}
READ_COMMANDS = {
    "info": ["info", "{file}"],
    "info-json": ["info", "{file}", "--json"],
    "check": ["check", "{file}"],
    "list-groups": ["list", "{file}", "groups"],
    "list-reflections": ["list", "{file}", "reflections"],
    "search": ["search", "{file}", WORD],
    "export-json": ["export-json", "{file}", "-o", "{out}"],
}


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--language", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def command(name: str, file: Path) -> list[str]:
    out = file.parent / "export.json"
    return [part.format(file=file, out=out) for part in READ_COMMANDS[name]]


def assert_one_line(err: str, *words: str) -> None:
    """What a failed command says: one line of its own, no traceback."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("skolgrupp: ")
    for word in words:
        assert word in lines[0]


def corpus_copy(name: str, tmp_path: Path) -> Path:
    path = tmp_path / name
    shutil.copyfile(CORPUS / name, path)
    return path


# -- reading bad files ------------------------------------------------------------------------


@pytest.mark.parametrize("what", sorted(READ_COMMANDS))
@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_file_fails_with_one_line_and_stays_as_it_was(capsys, tmp_path, name, what):
    path = corpus_copy(name, tmp_path)
    before = digest(path)
    code, out, err = run(capsys, *command(what, path))
    assert code == 1
    assert out == ""
    assert_one_line(err, name, REFUSED[name])
    assert digest(path) == before
    assert listing(tmp_path) == [name]  # no journal, no export, no backup


@pytest.mark.parametrize("what", ["info", "info-json", "check", "list-reflections", "export-json"])
def test_damaged_file_fails_with_one_line_where_the_damage_is_read(capsys, tmp_path, what):
    path = corpus_copy("damaged.skolgrupp", tmp_path)
    before = digest(path)
    code, _, err = run(capsys, *command(what, path))
    assert code == 1
    assert_one_line(err, "damaged.skolgrupp", "damaged", "backup")
    assert digest(path) == before
    assert listing(tmp_path) == ["damaged.skolgrupp"]


@pytest.mark.parametrize("what", ["list-groups", "search"])
def test_damaged_file_elsewhere_gives_results_or_one_line(capsys, tmp_path, what):
    # These commands do not read the damaged page; whatever they say, it is never a traceback.
    path = corpus_copy("damaged.skolgrupp", tmp_path)
    before = digest(path)
    code, out, err = run(capsys, *command(what, path))
    if code == 0:
        assert GROUP_NAME in out
    else:
        assert code == 1
        assert_one_line(err, "damaged.skolgrupp", "damaged")
    assert "Traceback" not in err
    assert digest(path) == before
    assert listing(tmp_path) == ["damaged.skolgrupp"]


def test_newer_major_format_is_shown_with_a_note(capsys, tmp_path):
    path = corpus_copy("newer-major.skolgrupp", tmp_path)
    before = digest(path)
    code, out, err = run(capsys, "info", str(path))
    assert code == 0
    assert "File format 2.0" in out and GROUP_NAME in out
    assert "newer version" in err and "Traceback" not in err
    for what in ("list-groups", "search"):
        code, out, err = run(capsys, *command(what, path))
        assert code == 0 and GROUP_NAME in out and "Traceback" not in err
    # This version cannot vouch for a format it does not know.
    code, out, err = run(capsys, "check", str(path))
    assert code == 1 and "2.0" in out
    assert_one_line(err, "newer-major.skolgrupp")
    assert digest(path) == before
    assert listing(tmp_path) == ["newer-major.skolgrupp"]


def test_newer_minor_format_reads_and_checks_clean(capsys, tmp_path):
    path = corpus_copy("newer-minor.skolgrupp", tmp_path)
    before = digest(path)
    code, out, err = run(capsys, "info", str(path), "--json")
    assert code == 0 and err == ""
    info = json.loads(out)
    assert info["format_version"] == "1.4" and info["counts"]["reflections"] == 2
    for what in ("list-groups", "search", "check"):
        code, out, err = run(capsys, *command(what, path))
        assert code == 0 and "Traceback" not in err
    assert "healthy" in out
    assert digest(path) == before


def test_check_a_healthy_workspace(capsys, tmp_path):
    path = tmp_path / "frisk.skolgrupp"
    assert run(capsys, "new", str(path))[0] == 0
    code, out, err = run(capsys, "check", str(path))
    assert code == 0 and "frisk.skolgrupp is healthy" in out and err == ""


def test_a_missing_file_a_folder_and_an_empty_file(capsys, tmp_path):
    missing = tmp_path / "finns-inte.skolgrupp"
    folder = tmp_path / "mapp.skolgrupp"
    folder.mkdir()
    empty = tmp_path / "tom.skolgrupp"
    empty.touch()
    for path, words in (
        (missing, ("finns-inte.skolgrupp", "does not exist")),
        (folder, ("mapp.skolgrupp", "folder")),
        (empty, ("tom.skolgrupp", "empty")),
    ):
        for what in ("info", "check", "list-groups", "search"):
            code, out, err = run(capsys, *command(what, path))
            assert code == 1 and out == ""
            assert_one_line(err, *words)
    assert listing(tmp_path) == ["mapp.skolgrupp", "tom.skolgrupp"]
    assert empty.stat().st_size == 0


# -- the environment --------------------------------------------------------------------------


def test_locked_file(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.2)
    path = tmp_path / "låst.skolgrupp"
    assert run(capsys, "new", str(path))[0] == 0
    before = digest(path)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN EXCLUSIVE")
        for what in ("info", "check", "list-groups", "search"):
            code, _, err = run(capsys, *command(what, path))
            assert code == 1
            assert_one_line(err, "låst.skolgrupp", "in use by another program")
    finally:
        other.close()
    assert digest(path) == before


def test_import_into_a_file_another_program_writes_to(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.2)
    source = export(capsys, tmp_path)
    path = tmp_path / "upptagen.skolgrupp"
    assert run(capsys, "new", str(path))[0] == 0
    before = digest(path)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        code, _, err = run(capsys, "import-json", str(path), str(source))
        assert code == 1
        assert_one_line(err, "upptagen.skolgrupp", "in use by another program")
    finally:
        other.close()
    assert digest(path) == before


def test_import_into_a_read_only_file(capsys, tmp_path):
    source = export(capsys, tmp_path)
    path = tmp_path / "skrivskyddad.skolgrupp"
    assert run(capsys, "new", str(path))[0] == 0
    before = digest(path)
    path.chmod(0o444)
    try:
        code, _, err = run(capsys, "import-json", str(path), str(source))
    finally:
        path.chmod(0o644)
    assert code == 1
    assert_one_line(err, "skrivskyddad.skolgrupp", "read-only")
    assert digest(path) == before


# -- importing bad JSON -----------------------------------------------------------------------


def export(capsys, tmp_path: Path) -> Path:
    """A real export: a group with a member and a session."""
    path = tmp_path / "källa.skolgrupp"
    with Workspace.create(path, installation_id=TEST_INSTALLATION) as ws:
        group = ws.add(Group(name="Matematiklyftet"))
        ws.add(Person(name="Anna Lind"))
        ws.add(Session(group_id=group.id, title="Del 1: Problemlösning", date="2026-09-03"))
    out = tmp_path / "export.json"
    assert run(capsys, "export-json", str(path), "-o", str(out))[0] == 0
    path.unlink()
    return out


def broken(document: dict) -> str:
    return json.dumps(document)[:-20]


def not_an_export(document: dict) -> str:
    return json.dumps({"recipes": [{"name": "Kanelbullar"}]})


def wrong_type(document: dict) -> str:
    document["records"]["group"][0]["name"] = 42
    return json.dumps(document)


def dangling_reference(document: dict) -> str:
    document["records"]["session"][0]["group_id"] = str(uuid.uuid4())
    return json.dumps(document)


BAD_JSON = {
    "broken": (broken, "not valid JSON"),
    "not-an-export": (not_an_export, "not a Skolgrupp JSON export"),
    "wrong-type": (wrong_type, "wrong type"),
    "dangling-reference": (dangling_reference, "nothing was imported"),
}


@pytest.fixture(params=sorted(BAD_JSON))
def bad_json(request, capsys, tmp_path):
    make, words = BAD_JSON[request.param]
    document = json.loads(export(capsys, tmp_path).read_text(encoding="utf-8"))
    path = tmp_path / f"{request.param}.json"
    path.write_text(make(document), encoding="utf-8")
    return path, words


def test_bad_json_does_not_leave_a_new_workspace_behind(capsys, tmp_path, bad_json):
    source, words = bad_json
    target = tmp_path / "ny.skolgrupp"
    code, out, err = run(capsys, "import-json", str(target), str(source))
    assert code == 1 and out == ""
    assert_one_line(err, words)
    assert not target.exists()
    assert not list(tmp_path.glob("ny.skolgrupp*"))


def test_bad_json_leaves_an_existing_workspace_as_it_was(capsys, tmp_path, bad_json):
    source, words = bad_json
    target = tmp_path / "tom.skolgrupp"
    assert run(capsys, "new", str(target))[0] == 0
    before = digest(target)
    code, _, err = run(capsys, "import-json", str(target), str(source))
    assert code == 1
    assert_one_line(err, words)
    assert digest(target) == before
    assert not list(tmp_path.glob("tom.skolgrupp-*"))


def test_import_into_a_bad_file_changes_nothing(capsys, tmp_path):
    source = export(capsys, tmp_path)
    for name, words in (
        ("random-bytes.skolgrupp", "not a Skolgrupp workspace"),
        ("newer-major.skolgrupp", "already holds data"),
    ):
        path = corpus_copy(name, tmp_path)
        before = digest(path)
        code, _, err = run(capsys, "import-json", str(path), str(source))
        assert code == 1
        assert_one_line(err, words)
        assert digest(path) == before


# -- usage and the real process ---------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["info"],
        ["list", "{file}", "pupils"],
        ["search", "{file}"],
        ["search", "{file}", WORD, "--limit", "0"],
        ["export-json", "{file}"],
        ["check", "{file}", "--bogus"],
        ["{file}", "{file}"],
    ],
    ids=lambda args: " ".join(args),
)
def test_wrong_usage_exits_2_and_touches_nothing(capsys, tmp_path, args):
    path = corpus_copy("newer-minor.skolgrupp", tmp_path)
    before = digest(path)
    code, out, err = run(capsys, *(a.format(file=path) for a in args))
    assert code == 2 and out == ""
    assert "usage: skolgrupp" in err and "Traceback" not in err
    assert digest(path) == before


@pytest.mark.parametrize(
    "args",
    [
        ["info", "random-bytes.skolgrupp"],
        ["check", "damaged.skolgrupp"],
        ["list", "truncated.skolgrupp", "groups"],
        ["search", "other-program.sqlite", WORD],
    ],
    ids=lambda args: args[0],
)
def test_the_real_program_prints_no_traceback(tmp_path, args):
    path = corpus_copy(args[1], tmp_path)
    before = digest(path)
    result = subprocess.run(
        [sys.executable, "-m", "skolgrupp", "--language", "en", args[0], str(path), *args[2:]],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert_one_line(result.stderr, args[1])
    assert digest(path) == before


@pytest.mark.parametrize(
    "args",
    [
        ["merge", "{ws}", "{pipe}", "--yes"],
        ["merge", "{ws}", "{pipe}", "--dry-run"],
        ["merge", "{pipe}", "{ws}", "--dry-run"],
        ["{pipe}", "--screenshot", "{out}"],
    ],
    ids=["merge", "merge-dry-run", "merge-into-a-pipe", "window"],
)
def test_a_pipe_is_refused_at_once_wherever_it_is_given(tmp_path, args):
    """A named pipe would keep a reader waiting forever: every entry refuses it unread."""
    import os

    ws = tmp_path / "arbetsyta.skolgrupp"
    Workspace.create(ws, installation_id=TEST_INSTALLATION).close()
    pipe = tmp_path / "rör.skolgrupp"
    os.mkfifo(pipe)
    words = [a.format(ws=ws, pipe=pipe, out=tmp_path / "bild.png") for a in args]
    result = subprocess.run(
        [sys.executable, "-m", "skolgrupp", "--language", "en", *words],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,  # never reached: waiting on the pipe was the defect
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1
    assert_one_line(result.stderr, "rör.skolgrupp", "not an ordinary file")
