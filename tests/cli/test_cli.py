"""The command line as scripts and administrators use it."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from skolgrupp import __version__
from skolgrupp.cli import main
from skolgrupp.core import paths

SAMPLE = Path(__file__).parent.parent / "fixtures" / "workspace-1.0.skolgrupp"


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "prov.skolgrupp"
    shutil.copy(SAMPLE, path)
    return str(path)


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def group_id(capsys, sample):
    _, out, _ = run(capsys, "info", sample, "--json")
    return json.loads(out)["groups"][0]["id"]


def test_info_json_has_the_documented_shape(capsys, sample):
    code, out, err = run(capsys, "info", sample, "--json")
    assert code == 0 and err == ""
    info = json.loads(out)
    assert set(info) == {"format_version", "counts", "groups"}
    assert info["format_version"] == "1.3"
    assert info["counts"] == {
        "schools": 2,
        "people": 2,
        "groups": 1,
        "sessions": 1,
        "reflections": 2,
        "private_reflections": 1,
        "cycles": 0,
    }
    assert [(g["name"], g["subject"]) for g in info["groups"]] == [("Läsgruppen", "reading")]
    assert set(info["groups"][0]) == {"id", "name", "subject"}


def test_info_text_names_the_counts(capsys, sample):
    code, out, _ = run(capsys, "--language", "en", "info", sample)
    assert code == 0
    assert "File format 1.3" in out and "Reflections: 2" in out and "Läsgruppen" in out


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("groups", ["Läsgruppen"]),
        ("people", ["Anna Lindqvist", "Erik Holm"]),
        ("sessions", ["Del 1: Textsamtal"]),
        ("reflections", ["Min egen anteckning.", "Eleverna frågade mer."]),
        ("cycles", []),
    ],
)
def test_list_each_kind(capsys, sample, kind, expected):
    code, out, _ = run(capsys, "list", sample, kind, "--json")
    assert code == 0
    rows = json.loads(out)
    field = {
        "groups": "name",
        "people": "name",
        "sessions": "title",
        "reflections": "text",
        "cycles": "title",
    }[kind]
    assert sorted(r[field] for r in rows) == sorted(expected)


def test_list_within_a_group_and_an_unknown_group(capsys, sample):
    gid = group_id(capsys, sample)
    code, out, _ = run(capsys, "list", sample, "people", "--group", gid)
    assert code == 0 and "Anna Lindqvist" in out and "Erik Holm" in out
    code, _, err = run(capsys, "list", sample, "sessions", "--group", "nope")
    assert code == 1 and err.startswith("skolgrupp: ") and "nope" in err


def test_search_json_gives_plain_snippets_with_highlight_offsets(capsys, sample):
    code, out, _ = run(capsys, "search", sample, "FRÅGADE", "--json")
    assert code == 0
    [hit] = json.loads(out)
    assert hit["kind"] == "reflection" and hit["group"] == "Läsgruppen"
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end] == "frågade"


def test_search_text_and_limit(capsys, sample):
    code, out, _ = run(capsys, "search", sample, "textsamtal", "--limit", "1")
    assert code == 0
    assert out.count("\n    ") == 1 and "[Textsamtal]" in out
    code, _, _ = run(capsys, "search", sample, "x", "--limit", "0")
    assert code == 2


def test_check_a_healthy_file(capsys, sample):
    code, out, _ = run(capsys, "--language", "en", "check", sample)
    assert code == 0 and "healthy" in out


def test_new_export_and_import(capsys, sample, tmp_path):
    out_json = tmp_path / "ut.json"
    assert run(capsys, "export-json", sample, "-o", str(out_json))[0] == 0
    target = tmp_path / "återställd.skolgrupp"
    code, _, _ = run(capsys, "import-json", str(target), str(out_json))
    assert code == 0
    _, first, _ = run(capsys, "info", sample, "--json")
    _, second, _ = run(capsys, "info", str(target), "--json")
    assert json.loads(first)["counts"] == json.loads(second)["counts"]
    code, _, err = run(capsys, "new", str(target))
    assert code == 1 and "återställd.skolgrupp" in err


def test_failed_import_leaves_no_new_file_behind(capsys, tmp_path):
    bad = tmp_path / "trasig.json"
    bad.write_text("{", encoding="utf-8")
    target = tmp_path / "ny.skolgrupp"
    code, _, err = run(capsys, "import-json", str(target), str(bad))
    assert code == 1 and "trasig.json" in err
    assert not target.exists()


def test_without_a_file_the_program_opens_the_default_workspace(tmp_path, isolated_home):
    shot = tmp_path / "fönster.png"
    out = subprocess.run(
        [sys.executable, "-m", "skolgrupp", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr
    assert paths.default_workspace_path().exists()
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_version_and_usage_errors(capsys):
    assert main(["--version"]) == 0
    assert __version__ in capsys.readouterr().out
    for wrong in (["list"], ["info"], ["list", "x.skolgrupp", "pupils"], ["search"]):
        assert main(wrong) == 2


def test_module_entry_point_runs(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "skolgrupp", "new", str(tmp_path / "m.skolgrupp")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and out.stderr == ""
    assert (tmp_path / "m.skolgrupp").exists()


def test_export_to_a_place_that_cannot_be_written_names_it(capsys, sample, tmp_path):
    code, _, err = run(
        capsys, "--language", "en", "export-json", sample, "-o", str(tmp_path / "saknas" / "u.json")
    )
    assert code == 1 and "u.json could not be written. The folder does not exist." in err
    code, _, err = run(capsys, "--language", "en", "export-json", sample, "-o", str(tmp_path))
    assert code == 1 and "It is a folder." in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["prov.skolgrupp"]


def test_demo_refuses_a_term_it_cannot_read(capsys, tmp_path):
    assert main(["demo", str(tmp_path / "d.skolgrupp"), "--term", "host2026"]) == 2
    assert "host2026" in capsys.readouterr().err
    assert not (tmp_path / "d.skolgrupp").exists()


def test_usage_errors_speak_swedish_too(capsys):
    assert main(["list", "x.skolgrupp", "elever"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("användning: skolgrupp list")
    assert "fel: argumentet KIND: ogiltigt val: 'elever'" in err


def test_import_of_a_missing_or_odd_source_touches_nothing(capsys, tmp_path):
    target = tmp_path / "mål" / "ny.skolgrupp"
    code, _, err = run(capsys, "--language", "en", "import-json", str(target), "saknas.json")
    assert (
        code == 1
        and err == "skolgrupp: saknas.json could not be opened. The file does not exist.\n"
    )
    code, _, err = run(capsys, "--language", "en", "import-json", str(target), str(tmp_path))
    assert code == 1 and "It is a folder." in err
    assert list(tmp_path.iterdir()) == []


def test_export_reminds_that_private_reflections_are_in_it(capsys, sample, tmp_path):
    code, _, err = run(
        capsys, "--language", "en", "export-json", sample, "-o", str(tmp_path / "b.json")
    )
    assert code == 0 and "holds 1 private reflections" in err


def test_text_from_a_colleague_cannot_control_the_terminal(capsys, tmp_path):
    import sqlite3

    path = tmp_path / "kollega.skolgrupp"
    assert main(["new", str(path)]) == 0
    conn = sqlite3.connect(path)  # as another program or a hostile file would write it
    conn.execute(
        "INSERT INTO groups VALUES ('00000000-0000-4000-8000-0000000000aa', '2026-01-01T00:00:00Z',"
        " '2026-01-01T00:00:00Z', 'x', '000000000000001.00000.x', NULL,"
        " 'Grupp\x1b[2J\x07\nskolgrupp: falsk rad', 'other', '', '')"
    )
    conn.commit()
    conn.close()
    capsys.readouterr()
    for command in (["info", str(path)], ["list", str(path), "groups"]):
        code, out, _ = run(capsys, *command)
        assert code == 0 and "\x1b" not in out and "\x07" not in out
        assert not any(line.startswith("skolgrupp: falsk") for line in out.splitlines())


def test_pdf_prints_each_document_and_says_clearly_what_is_wrong(capsys, tmp_path):
    from datetime import date

    from pypdf import PdfReader

    from skolgrupp.core.demo import fill_demo
    from skolgrupp.core.domain import Cycle, Group, ResearchLesson, Session
    from skolgrupp.core.workspace import Workspace

    path = tmp_path / "demo.skolgrupp"
    with Workspace.create(path) as ws:
        fill_demo(ws, scale=1, seed=3, term="ht2026", today=date(2026, 11, 25))
        session = ws.find(Session, status="held")[0].id
        group = ws.find(Group)[0].id
        cycle = ws.find(Cycle)[0].id
        lesson = ws.find(ResearchLesson, cycle_id=cycle)[0].id
    for document, record in (
        ("session", session),
        ("plan", session),
        ("term", group),
        ("cycle", cycle),
        ("observation", lesson),
        ("year", "2026/27"),
    ):
        target = tmp_path / f"{document}.pdf"
        code, out, err = run(capsys, "pdf", str(path), document, record, "-o", str(target))
        assert code == 0 and err == "", (document, err)
        assert PdfReader(target).pages and "sida 1 av" in PdfReader(target).pages[0].extract_text()
    code, _, err = run(capsys, "pdf", str(path), "cycle", session, "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and session in err and "Traceback" not in err
    code, _, err = run(capsys, "pdf", str(path), "year", "2026", "-o", str(tmp_path / "x.pdf"))
    assert code == 1 and "2025/26" in err
    assert not (tmp_path / "x.pdf").exists()


def test_a_bug_gives_a_report_without_what_was_written(capsys, monkeypatch, tmp_path):
    """An error in the program (here a layout reportlab refused, whose message quotes the
    text of the note it could not place) is reported by where it happened, never by what it
    says."""
    from skolgrupp.reports import documents

    def broken(workspace, request, target, *, progress=None):
        raise RuntimeError("Flowable <Paragraph>HEMLIG anteckning om Elev A too large")

    monkeypatch.setattr(documents, "write", broken)
    path = tmp_path / "tom.skolgrupp"
    assert run(capsys, "new", str(path))[0] == 0
    code, out, err = run(capsys, "pdf", str(path), "year", "2026/27", "-o", str(tmp_path / "y.pdf"))
    assert code == 1
    assert "HEMLIG" not in err + out and "Elev A" not in err + out
    assert "builtins.RuntimeError" in err and "test_cli.py" in err
    assert not (tmp_path / "y.pdf").exists()


def test_a_pdf_is_never_written_over_the_workspace_it_comes_from(capsys, tmp_path):
    path = tmp_path / "arbetsyta.skolgrupp"
    assert run(capsys, "new", str(path))[0] == 0
    before = path.read_bytes()
    code, _, err = run(capsys, "pdf", str(path), "year", "2026/27", "-o", str(path))
    assert code == 1 and "arbetsytan" in err
    assert path.read_bytes() == before


def test_share_writes_the_group_and_stops_at_what_the_privacy_check_finds(capsys, tmp_path):
    from datetime import date

    from skolgrupp.core.demo import fill_demo
    from skolgrupp.core.domain import Decision, Group, Session
    from skolgrupp.core.workspace import Workspace

    path = tmp_path / "mitt.skolgrupp"
    with Workspace.create(path) as ws:
        fill_demo(ws, scale=1, seed=3, term="ht2026", today=date(2026, 11, 25))
        group = ws.find(Group)[0]
        session = ws.find(Session, group_id=group.id)[0]
        ws.add(Decision(session_id=session.id, text="Kalle Svensson får bildstöd."))
    target = tmp_path / "delad.skolgrupp"
    code, out, err = run(capsys, "share", str(path), "--group", group.id, "-o", str(target))
    assert code == 1 and "Kalle Svensson" in err and "--yes" in err
    assert not target.exists()
    code, out, err = run(
        capsys, "share", str(path), "--group", group.id, "-o", str(target), "--yes"
    )
    assert code == 0 and group.name in out and target.exists()
    code, out, _ = run(capsys, "info", str(target), "--json")
    assert [g["name"] for g in json.loads(out)["groups"]] == [group.name]


def test_share_can_lock_the_file_with_a_passphrase_from_standard_input(
    capsys, monkeypatch, tmp_path
):
    import io

    from skolgrupp.core.foreign import open_foreign

    path = tmp_path / "mitt.skolgrupp"
    assert run(capsys, "new", str(path))[0] == 0
    from skolgrupp.core.domain import Group
    from skolgrupp.core.workspace import Workspace

    with Workspace.open(path) as ws:
        group = ws.add(Group(name="Stödgruppen"))
    target = tmp_path / "låst.skolgrupp"
    monkeypatch.setattr("sys.stdin", io.StringIO("kort\n"))
    code, _, err = run(
        capsys, "share", str(path), "--group", group.id, "-o", str(target), "--encrypt"
    )
    assert code == 1 and "10" in err and not target.exists()
    monkeypatch.setattr("sys.stdin", io.StringIO("Vi ses på biblioteket kl 15\n"))
    code, _, _ = run(
        capsys, "share", str(path), "--group", group.id, "-o", str(target), "--encrypt"
    )
    assert code == 0 and b"St\xc3\xb6dgruppen" not in target.read_bytes()
    code, _, err = run(capsys, "info", str(target))
    assert code == 1 and "lösenfras" in err
    with open_foreign(target, "Vi ses på biblioteket kl 15") as theirs, theirs.reading():
        assert [g.name for g in theirs.store.find(Group)] == ["Stödgruppen"]
    # Unlocked with its passphrase, it is a workspace like any other.
    unlocked = tmp_path / "upplåst.skolgrupp"
    monkeypatch.setattr("sys.stdin", io.StringIO("fel lösenfras här\n"))
    code, _, err = run(capsys, "unlock", str(target), "-o", str(unlocked))
    assert code == 1 and "Lösenfrasen öppnar inte" in err and not unlocked.exists()
    monkeypatch.setattr("sys.stdin", io.StringIO("Vi ses på biblioteket kl 15\n"))
    code, out, _ = run(capsys, "unlock", str(target), "-o", str(unlocked))
    assert code == 0 and unlocked.name in out
    code, out, _ = run(capsys, "info", str(unlocked), "--json")
    assert [g["name"] for g in json.loads(out)["groups"]] == ["Stödgruppen"]
    code, _, err = run(capsys, "unlock", str(unlocked), "-o", str(tmp_path / "igen.skolgrupp"))
    assert code == 1 and "inte låst" in err


def test_merge_shows_the_plan_and_applies_it_only_when_confirmed(capsys, monkeypatch, tmp_path):
    import io
    import shutil

    from skolgrupp.core.domain import Decision, Group, Session
    from skolgrupp.core.workspace import Workspace

    mine, theirs = tmp_path / "mitt.skolgrupp", tmp_path / "kollegans.skolgrupp"
    with Workspace.create(mine, installation_id="00000000-0000-4000-8000-00000000000a") as ws:
        group = ws.add(Group(name="Läsgruppen"))
        session = ws.add(Session(group_id=group.id, title="Textsamtal", date="2026-11-19"))
    shutil.copy(mine, theirs)
    with Workspace.open(theirs, installation_id="00000000-0000-4000-8000-00000000000b") as ws:
        ws.add(Decision(session_id=session.id, text="Vi läser högt."))
    before = mine.read_bytes()
    code, out, _ = run(capsys, "merge", str(mine), str(theirs), "--dry-run")
    assert code == 0 and "beslut – nya: 1" in out
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal to ask at
    code, out, err = run(capsys, "merge", str(mine), str(theirs))
    assert code == 1 and "--yes" in err
    assert mine.read_bytes() == before
    code, out, _ = run(capsys, "merge", str(mine), str(theirs), "--json", "--yes")
    report = json.loads(out)
    assert code == 0 and report["applied"] and report["counts"] == {"decision": {"new": 1}}
    with Workspace.open(mine, read_only=True) as ws:
        assert [d.text for d in ws.find(Decision)] == ["Vi läser högt."]
    code, out, _ = run(capsys, "merge", str(mine), str(theirs), "--yes")
    assert code == 0 and "kollegans.skolgrupp" in out  # holds nothing new
    code, out, _ = run(capsys, "undo-merge", str(mine))
    assert code == 0
    with Workspace.open(mine, read_only=True) as ws:
        assert ws.find(Decision) == []
