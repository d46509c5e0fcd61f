"""The privacy check on the command line: the list of every finding, the warning beside a
PDF, and the share that stops at a finding."""

import json
from datetime import date

import pytest

from skolgrupp.cli import main
from skolgrupp.core.demo import fill_demo
from skolgrupp.core.domain import CasePupil, Cycle, Group, Reflection
from skolgrupp.core.workspace import Workspace

NUMBER = "120314-1234"


def run(capsys, *args):
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def labelled(tmp_path):
    """A demo workspace where a case pupil is labelled with a personal identity number."""
    path = tmp_path / "mitt.skolgrupp"
    with Workspace.create(path) as ws:
        fill_demo(ws, scale=1, seed=3, term="ht2026", today=date(2026, 11, 25))
        group = next(g for g in ws.find(Group) if ws.find(Cycle, group_id=g.id))
        cycle = ws.find(Cycle, group_id=group.id)[0]
        pupil = ws.find(CasePupil, cycle_id=cycle.id)[0]
        pupil.label = NUMBER
        ws.update(pupil)
    return path, group.id, cycle, pupil.id


def test_privacy_json_lists_each_finding_with_where_it_is(capsys, labelled):
    path, group_id, cycle, pupil_id = labelled
    code, out, err = run(capsys, "privacy", str(path), "--json")
    assert code == 0 and err == ""
    assert json.loads(out) == {
        "findings": [
            {
                "kind": "personal_number",
                "text": NUMBER,
                "record_kind": "case_pupil",
                "record_id": pupil_id,
                "field": "label",
                "where": f"en fallelev ({cycle.title})",
                "certain": False,
                "private": False,
            }
        ]
    }
    code, out, _ = run(capsys, "privacy", str(path), "--group", group_id, "--json")
    assert code == 0 and len(json.loads(out)["findings"]) == 1


def test_privacy_json_says_which_findings_stay_on_this_computer(capsys, labelled):
    path, group_id, _, _ = labelled
    with Workspace.open(path) as ws:
        mine = next(r for r in ws.find(Reflection, group_id=group_id) if r.visibility == "private")
        mine.text = "Sa till Ronja Zqlindqvist att vänta."
        ws.update(mine)
    code, out, _ = run(capsys, "privacy", str(path), "--group", group_id, "--json")
    by_record = {f["record_id"]: f["private"] for f in json.loads(out)["findings"]}
    assert by_record[mine.id] is True and list(by_record.values()).count(True) == 1


def test_privacy_text_says_where_and_what_in_swedish_or_english(capsys, labelled):
    path, _, cycle, _ = labelled
    code, out, err = run(capsys, "privacy", str(path))
    assert code == 0 and err == ""
    (line,) = out.splitlines()
    assert "en fallelev" in line and cycle.title in line and "Personnummer" in line
    assert NUMBER in line
    code, out, _ = run(capsys, "--language", "en", "privacy", str(path))
    assert code == 0 and "a case pupil" in out and "Personal identity number" in out


def test_privacy_finding_nothing_is_no_failure(capsys, tmp_path):
    path = tmp_path / "tom.skolgrupp"
    assert run(capsys, "new", str(path))[0] == 0
    code, out, err = run(capsys, "privacy", str(path))
    assert code == 0 and out == "" and err.strip()
    code, out, _ = run(capsys, "privacy", str(path), "--json")
    assert code == 0 and json.loads(out) == {"findings": []}
    code, _, err = run(capsys, "privacy", str(path), "--group", "saknas")
    assert code == 1 and "saknas" in err


def test_pdf_lists_the_findings_and_writes_all_the_same(capsys, labelled, tmp_path):
    path, _, cycle, _ = labelled
    target = tmp_path / "cykel.pdf"
    code, out, err = run(capsys, "pdf", str(path), "cycle", cycle.id, "-o", str(target))
    assert code == 0 and target.exists() and str(target) in out
    header, line = err.splitlines()
    assert NUMBER not in header and NUMBER in line and "en fallelev" in line


def test_share_stops_at_a_finding_and_says_where_it_is(capsys, labelled, tmp_path):
    path, group_id, cycle, _ = labelled
    target = tmp_path / "delad.skolgrupp"
    code, _, err = run(capsys, "share", str(path), "--group", group_id, "-o", str(target))
    assert code == 1 and not target.exists()
    assert NUMBER in err and f"en fallelev ({cycle.title})" in err and "--yes" in err
    code, _, _ = run(capsys, "share", str(path), "--group", group_id, "-o", str(target), "--yes")
    assert code == 0 and target.exists()
