"""JSON export and import: a whole workspace out and back in, exactly."""

import json
import shutil
from pathlib import Path

import pytest

from skolgrupp.core import jsonio
from skolgrupp.core.domain import School, Session
from skolgrupp.core.errors import InvalidData
from skolgrupp.core.workspace import Workspace

SAMPLE = Path(__file__).parent.parent / "fixtures" / "workspace-1.1.skolgrupp"


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "prov.skolgrupp"
    shutil.copy(SAMPLE, path)
    with Workspace.open(path) as ws:
        yield ws


def test_export_import_export_gives_the_same_records(sample, tmp_path):
    jsonio.export_json(sample, tmp_path / "a.json")
    with Workspace.create(tmp_path / "ny.skolgrupp") as fresh:
        count = jsonio.import_json(fresh, tmp_path / "a.json")
        jsonio.export_json(fresh, tmp_path / "b.json")
        assert fresh.check() == []
    first = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    second = json.loads((tmp_path / "b.json").read_text(encoding="utf-8"))
    assert first["records"] == second["records"]
    assert count == sum(len(v) for v in first["records"].values())


def test_export_keeps_tombstones_private_reflections_and_swedish_text(sample, tmp_path):
    jsonio.export_json(sample, tmp_path / "a.json")
    text = (tmp_path / "a.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["format"] == "skolgrupp-json" and document["version"] == 3
    assert "Läsgruppen" in text  # readable UTF-8, not \\u escapes
    schools = document["records"]["school"]
    assert [s["name"] for s in schools if s["deleted_at"]] == ["Nedlagd skola"]
    assert {r["visibility"] for r in document["records"]["reflection"]} == {"private", "group"}
    assert document["records"]["action_item"][0]["done"] is True


def test_export_covers_cycles_and_an_export_from_format_1_0_still_imports(sample, tmp_path):
    jsonio.export_json(sample, tmp_path / "a.json")
    document = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))
    records = document["records"]
    assert [c["title"] for c in records["cycle"]] == ["Bråk på tallinjen"]
    for kind in ("cycle_phase", "case_pupil", "research_lesson", "observation", "test_score"):
        assert records[kind], kind
    # Format 1.0 knew no cycles: its sessions and reflections have no cycle_id.
    for kind in [k for k in records if k.startswith(("cycle", "case", "critical", "test"))] + [
        "research_lesson",
        "lesson_phase",
        "prediction",
        "observer_assignment",
        "observation",
        "interview",
        "class_result",
    ]:
        records.pop(kind, None)
    for kind in ("session", "reflection"):
        for item in records[kind]:
            del item["cycle_id"]
    (tmp_path / "old.json").write_text(json.dumps(document), encoding="utf-8")
    with Workspace.create(tmp_path / "ny.skolgrupp") as fresh:
        jsonio.import_json(fresh, tmp_path / "old.json")
        assert fresh.check() == []
        assert len(fresh.find(Session)) == len(sample.find(Session))
        assert all(s.cycle_id is None for s in fresh.find(Session))


def test_imported_workspace_is_searchable(sample, tmp_path):
    from skolgrupp.core.search import search

    jsonio.export_json(sample, tmp_path / "a.json")
    with Workspace.create(tmp_path / "ny.skolgrupp") as fresh:
        jsonio.import_json(fresh, tmp_path / "a.json")
        assert [h.kind for h in search(fresh, "textsamtal")][0] == "session"


def test_import_refuses_a_workspace_with_its_own_data(sample, tmp_path):
    jsonio.export_json(sample, tmp_path / "a.json")
    with pytest.raises(InvalidData):
        jsonio.import_json(sample, tmp_path / "a.json")
    assert sample.count(School) == 2


def broken_documents(valid):
    wrong_type = json.loads(json.dumps(valid))
    wrong_type["records"]["school"][0]["name"] = 5
    extra_field = json.loads(json.dumps(valid))
    extra_field["records"]["school"][0]["nickname"] = "x"
    dangling = json.loads(json.dumps(valid))
    dangling["records"]["person"][0]["school_id"] = "00000000-0000-4000-8000-00000000dead"
    bad_value = json.loads(json.dumps(valid))
    bad_value["records"]["school"][0]["owner"] = "private-equity"
    newer = dict(valid, version=99)
    newer_format = dict(valid, workspace_format="2.0")
    duplicate = json.loads(json.dumps(valid))
    duplicate["records"]["school"].append(duplicate["records"]["school"][0])
    made_up_link_id = json.loads(json.dumps(valid))
    made_up_link_id["records"]["attendance"][0]["id"] = "00000000-0000-4000-8000-00000000beef"
    not_an_id = json.loads(json.dumps(valid))
    not_an_id["records"]["attendance"][0].update(id="", session_id="x")
    boolean_version = dict(valid, version=True)
    bad_stamp = json.loads(json.dumps(valid))
    bad_stamp["records"]["school"][0]["hlc"] = "garbage"
    far_stamp = json.loads(json.dumps(valid))
    far_stamp["records"]["school"][0]["hlc"] = "99999999999999999999.00000.x"
    bad_time = json.loads(json.dumps(valid))
    bad_time["records"]["school"][0]["created_at"] = "igår"
    lone_surrogate = json.loads(json.dumps(valid))
    lone_surrogate["records"]["school"][0]["name"] = "Skola \ud800"
    huge_number = json.loads(json.dumps(valid))
    huge_number["records"]["session"][0]["duration_min"] = 10**400
    unknown_kind = json.loads(json.dumps(valid))
    unknown_kind["records"]["spaceship"] = []
    return {
        "wrong type": wrong_type,
        "extra field": extra_field,
        "dangling reference": dangling,
        "value out of range": bad_value,
        "newer export": newer,
        "duplicate id": duplicate,
        "made-up link id": made_up_link_id,
        "link to a non-id": not_an_id,
        "boolean version": boolean_version,
        "bad stamp": bad_stamp,
        "far stamp": far_stamp,
        "bad time": bad_time,
        "lone surrogate": lone_surrogate,
        "huge number": huge_number,
        "newer workspace format": newer_format,
        "unknown kind": unknown_kind,
        "not ours": {"hello": "world"},
        "a list": [1, 2, 3],
    }


def test_bad_json_changes_nothing_and_says_why(sample, tmp_path):
    valid = jsonio.export_document(sample)
    for name, document in broken_documents(valid).items():
        source = tmp_path / f"{name}.json"
        source.write_text(json.dumps(document), encoding="utf-8")
        target = tmp_path / f"{name}.skolgrupp"
        with Workspace.create(target) as fresh:
            before = jsonio.export_document(fresh)["records"]
            with pytest.raises(InvalidData) as e:
                jsonio.import_json(fresh, source)
            assert e.value.message, name
            assert jsonio.export_document(fresh)["records"] == before, name


def test_unreadable_files_give_a_clear_message(workspace, tmp_path):
    garbage = tmp_path / "skräp.json"
    garbage.write_bytes(b"\xff\xfe\x00not json")
    with pytest.raises(InvalidData) as e:
        jsonio.import_json(workspace, garbage)
    assert "skräp.json" in e.value.message
    cut = tmp_path / "avklippt.json"
    cut.write_text('{"format": "skolgrupp-json", "version": 1, "records": {', encoding="utf-8")
    with pytest.raises(InvalidData) as e:
        jsonio.import_json(workspace, cut)
    assert "avklippt.json" in e.value.message
