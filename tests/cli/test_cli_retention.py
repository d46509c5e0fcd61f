"""``skolgrupp erase-pupil-data``: the cycles due listed, one erased only when confirmed."""

from skolgrupp.cli import main
from skolgrupp.core.domain import Cycle, Observation
from skolgrupp.core.workspace import Workspace
from tests.core.test_retention import fill_cycle, leftovers


def run(capsys, *args):
    code = main(["--language", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_due_cycles_are_listed_and_one_is_erased_only_when_confirmed(capsys, tmp_path):
    path = tmp_path / "ws.skolgrupp"
    with Workspace.create(path) as ws:
        ids = fill_cycle(ws)  # finished 2026-06-10
    code, out, _ = run(capsys, "erase-pupil-data", str(path), "--due", "--after", "150")
    assert code == 0
    assert out == f"{ids['cycle']}  finished 2026-06-10  Bråk på tallinjen\n"
    code, out, err = run(capsys, "erase-pupil-data", str(path), "--due", "--after", "100000")
    assert (code, out, err) == (0, "", "No cycle is due for erasure.\n")

    code, out, err = run(capsys, "erase-pupil-data", str(path), ids["cycle"])
    assert code == 1 and "Nothing was erased: confirm with --yes." in err
    assert "2 case pupils, 1 predictions, 1 observations, 1 interviews" in out
    with Workspace.open(path, read_only=True) as ws:
        assert ws.find(Observation)

    code, out, err = run(capsys, "erase-pupil-data", str(path), ids["cycle"], "--yes")
    assert code == 0, err
    assert "Erased 1 predictions, 1 observations and 1 interviews" in out
    assert "Copies made before" in out
    with Workspace.open(path, read_only=True) as ws:
        assert ws.find(Observation) == []
        assert ws.get(Cycle, ids["cycle"]).pupil_data_erased_on
    assert leftovers(path) == []
    assert run(capsys, "erase-pupil-data", str(path), "--due", "--after", "150")[1] == ""


def test_what_cannot_be_erased_says_why(capsys, tmp_path):
    path = tmp_path / "ws.skolgrupp"
    with Workspace.create(path) as ws:
        ids = fill_cycle(ws)
        other = ws.add(Cycle(group_id=ids["group"], title="Pågår"))  # no phases: not finished
    code, _, err = run(capsys, "erase-pupil-data", str(path), other.id, "--yes")
    assert code == 1 and "Pågår is not finished" in err
    code, _, err = run(capsys, "erase-pupil-data", str(path))
    assert code == 1 and "--due" in err
    code, _, err = run(capsys, "erase-pupil-data", str(path), "nej", "--yes")
    assert code == 1 and "nej" in err
