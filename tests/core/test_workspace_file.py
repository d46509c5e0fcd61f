"""The workspace file as the user's document: identity, versions, one self-contained file."""

import sqlite3

import pytest

from skolgrupp.core import paths
from skolgrupp.core.domain import Group, Person, School, Session
from skolgrupp.core.errors import WorkspaceExists
from skolgrupp.core.store import schema
from skolgrupp.core.workspace import Workspace
from tests.conftest import TEST_INSTALLATION


def sidecars(path):
    return sorted(p.name for p in path.parent.iterdir() if p.name != path.name)


def test_new_workspace_identifies_itself(workspace):
    conn = sqlite3.connect(workspace.path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1003
    conn.close()
    assert workspace.format_version == "1.3"
    assert len(workspace.workspace_id) == 36


def test_two_workspaces_have_different_ids(tmp_path):
    with (
        Workspace.create(tmp_path / "a.skolgrupp") as a,
        Workspace.create(tmp_path / "b.skolgrupp") as b,
    ):
        assert a.workspace_id != b.workspace_id


def test_closed_workspace_is_one_file_with_everything_committed(tmp_path):
    path = tmp_path / "grupp.skolgrupp"
    with Workspace.create(path, installation_id=TEST_INSTALLATION) as ws:
        ws.add(School(name="Ekbackeskolan"))
    assert sidecars(path) == []
    # A raw copy of the closed file holds every committed change.
    copy = tmp_path / "copy" / "kopia.skolgrupp"
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())
    with Workspace.open(copy) as ws:
        assert [s.name for s in ws.find(School)] == ["Ekbackeskolan"]


def test_no_journal_is_left_between_changes(workspace):
    workspace.add(School(name="Ekbackeskolan"))
    assert sidecars(workspace.path) == []


def test_foreign_keys_are_enforced(workspace):
    with pytest.raises(sqlite3.IntegrityError):
        workspace.add(
            Session(group_id="00000000-0000-4000-8000-00000000dead", title="x", date="2026-09-01")
        )
    assert workspace.count(Session) == 0


def test_create_refuses_to_overwrite_a_file(tmp_path):
    path = tmp_path / "finns.skolgrupp"
    Workspace.create(path).close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceExists) as e:
        Workspace.create(path)
    assert "finns.skolgrupp" in e.value.message
    assert path.read_bytes() == before


def test_default_workspace_is_made_on_first_use_in_the_data_folder(isolated_home):
    with Workspace.open_default() as ws:
        assert ws.path == paths.default_workspace_path()
        assert str(ws.path).startswith(str(isolated_home))
        ws.add(School(name="Första skolan"))
    with Workspace.open_default() as ws:
        assert [s.name for s in ws.find(School)] == ["Första skolan"]


def test_installation_id_is_kept_between_runs(isolated_home):
    first = paths.installation_id()
    assert paths.installation_id() == first


def test_records_are_stamped_with_time_and_installation(workspace):
    school = workspace.add(School(name="Ekbackeskolan"))
    assert school.changed_by == TEST_INSTALLATION
    assert school.created_at.endswith("Z") and school.created_at == school.updated_at
    first_hlc = school.hlc
    school.name = "Ekbackeskolan F-6"
    workspace.update(school)
    stored = workspace.get(School, school.id)
    assert stored.name == "Ekbackeskolan F-6"
    assert stored.created_at == school.created_at
    assert stored.hlc > first_hlc


def test_changes_are_ordered_even_when_the_clock_goes_back(workspace, monkeypatch):
    school = workspace.add(School(name="A"))
    before = school.hlc
    monkeypatch.setattr(workspace.store.clock, "_now_ms", lambda: 0)
    for name in ("B", "C"):
        school.name = name
        workspace.update(school)
        after = workspace.get(School, school.id).hlc
        assert after > before
        before = after


def test_clock_survives_reopening(tmp_path):
    path = tmp_path / "klocka.skolgrupp"
    with Workspace.create(path) as ws:
        stamp = ws.add(School(name="A")).hlc
    with Workspace.open(path) as ws:
        ws.store.clock._now_ms = lambda: 0  # a computer whose clock was reset
        assert ws.add(School(name="B")).hlc > stamp


def test_delete_leaves_a_tombstone(workspace):
    group = workspace.add(Group(name="Läsgruppen", subject="reading"))
    workspace.delete(group)
    assert workspace.find(Group) == []
    tomb = workspace.store.find(Group, include_deleted=True)
    assert [g.id for g in tomb] == [group.id] and tomb[0].deleted_at


def test_people_belong_to_schools_and_groups(workspace):
    school = workspace.add(School(name="Fria skolan", owner="independent"))
    anna = workspace.add(Person(name="Anna Berg", school_id=school.id))
    group = workspace.add(Group(name="Matte 4-6", subject="maths"))
    from skolgrupp.core.domain import Membership

    workspace.add(Membership(group_id=group.id, person_id=anna.id, joined_on="2026-08-20"))
    workspace.add(
        Membership(
            group_id=group.id, person_id=anna.id, joined_on="2026-01-10", left_on="2026-06-01"
        )
    )
    now = workspace.members(group.id, on="2026-09-01")
    assert [(m["name"], m["school"]) for m in now] == [("Anna Berg", "Fria skolan")]
    assert len(workspace.members(group.id)) == 2


def test_a_copy_is_consistent_and_checked(workspace, tmp_path):
    workspace.add(School(name="Ekbackeskolan"))
    target = tmp_path / "ut" / "kopia.skolgrupp"
    target.parent.mkdir()
    workspace.save_copy(target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["kopia.skolgrupp"]
    with Workspace.open(target) as copy:
        assert copy.check() == []
        assert [s.name for s in copy.find(School)] == ["Ekbackeskolan"]


def test_deleting_a_reflection_erases_its_text_from_the_file(workspace):
    from skolgrupp.core.domain import Reflection, ReflectionAnswer

    group = workspace.add(Group(name="Särskilt stöd", subject="special_support"))
    anna = workspace.add(Person(name="Anna"))
    secret = "Elev B behöver bildstöd vid genomgångar"
    reflection = workspace.add(
        Reflection(group_id=group.id, author_id=anna.id, written_on="2026-09-01", text=secret)
    )
    workspace.add(
        ReflectionAnswer(reflection_id=reflection.id, prompt="Vad hände?", answer="Hemligsvar")
    )
    workspace.delete(reflection)
    tomb = workspace.store.find(Reflection, include_deleted=True)[0]
    assert tomb.deleted_at and tomb.text == "" and tomb.author_id == anna.id
    assert workspace.find(ReflectionAnswer) == []
    workspace.close()
    content = workspace.path.read_bytes()
    for word in (secret, "bildstöd", "genomgångar", "hemligsvar", "Hemligsvar"):
        assert word.encode() not in content, word


def test_deleting_a_group_deletes_what_it_holds(workspace):
    from skolgrupp.core.domain import AgendaItem, Membership, Reflection

    group = workspace.add(Group(name="Läsgruppen", subject="reading"))
    other = workspace.add(Group(name="Mattegruppen", subject="maths"))
    anna = workspace.add(Person(name="Anna"))
    workspace.add(Membership(group_id=group.id, person_id=anna.id, joined_on="2026-08-20"))
    session = workspace.add(Session(group_id=group.id, title="Träff 1", date="2026-09-01"))
    workspace.add(AgendaItem(session_id=session.id, title="Inledning", notes="Anteckning"))
    workspace.add(Session(group_id=other.id, title="Träff A", date="2026-09-02"))
    workspace.add(Reflection(group_id=group.id, author_id=anna.id, written_on="2026-09-01"))
    workspace.delete(group)
    assert [s.title for s in workspace.find(Session)] == ["Träff A"]
    assert workspace.find(AgendaItem) == workspace.find(Reflection) == []
    assert workspace.find(Membership) == [] and workspace.find(Person) != []
    assert workspace.check() == []


def test_attendance_and_goal_links_have_the_same_id_on_every_computer():
    from skolgrupp.core.domain import Attendance, SessionGoal

    session, person = "00000000-0000-4000-8000-0000000000a1", "00000000-0000-4000-8000-0000000000b2"
    first = Attendance(session_id=session, person_id=person)
    second = Attendance(session_id=session, person_id=person, status="absent")
    assert first.id == second.id != Attendance(session_id=session, person_id=session).id
    assert (
        SessionGoal(session_id=session, goal_id=person).id
        == SessionGoal(session_id=session, goal_id=person).id
    )


def test_clock_stamps_keep_their_order_past_the_counter_width():
    from skolgrupp.core.clock import MAX_COUNTER, HybridClock

    clock = HybridClock(TEST_INSTALLATION, now_ms=lambda: 1000)
    clock._counter = MAX_COUNTER - 1
    stamps = [clock.tick() for _ in range(3)]
    assert stamps == sorted(stamps) and len(set(map(len, stamps))) == 1


def test_new_workspaces_agree_on_the_builtin_goal_frameworks(tmp_path):
    from skolgrupp.core import jsonio

    documents = []
    for name in ("a", "b"):
        with Workspace.create(tmp_path / f"{name}.skolgrupp") as ws:
            documents.append(jsonio.export_document(ws)["records"])
    assert documents[0] == documents[1]
    names = {f["name"] for f in documents[0]["framework"]}
    assert names == {"Skolutveckling tillsammans – topp 25 2025", "Skolutvecklingsprogram 2023"}
    assert any(g["title"] == "Trygghet och stöd" for g in documents[0]["goal"])


def test_a_damaged_clock_stamp_in_the_file_does_not_stop_work(workspace):
    workspace.store.set_meta("hlc", "junk")
    workspace.store.conn.commit()
    workspace.close()
    with Workspace.open(workspace.path) as ws:
        assert ws.add(School(name="Ny")).hlc
        assert ws.check() == []


def test_put_adds_new_records_and_brings_deleted_ones_back(workspace):
    school = School(name="Ekbackeskolan")
    workspace.put(school)
    assert [s.name for s in workspace.find(School)] == ["Ekbackeskolan"]
    saved = workspace.get(School, school.id)
    workspace.delete(school)
    assert workspace.find(School) == []
    saved.deleted_at = None
    workspace.put(saved)
    assert [s.name for s in workspace.find(School)] == ["Ekbackeskolan"]
