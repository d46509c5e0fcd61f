"""Sharing a group: a new file with the group's shared work, never anything private, written
whole or not at all, and read back by a colleague as exactly ours."""

import tempfile
from datetime import date
from pathlib import Path

import pytest

from skolgrupp.core.atomic import process_tag
from skolgrupp.core.demo import fill_demo
from skolgrupp.core.domain import (
    AgendaItem,
    Cycle,
    Decision,
    Group,
    Membership,
    Observation,
    Reflection,
    ReflectionAnswer,
    ResearchLesson,
    Session,
)
from skolgrupp.core.foreign import open_foreign
from skolgrupp.core.privacy import NAME, PERSONAL_NUMBER
from skolgrupp.core.progress import Cancelled, Progress
from skolgrupp.core.search import search
from skolgrupp.core.share import privacy_warnings, share_group
from skolgrupp.core.workspace import Workspace
from tests.conftest import TEST_INSTALLATION

SECRET = "HEMLIG-5f2c"


@pytest.fixture
def demo(tmp_path):
    ws = Workspace.create(tmp_path / "mitt.skolgrupp", installation_id=TEST_INSTALLATION)
    fill_demo(ws, scale=1, seed=3, term="ht2026", today=date(2026, 11, 25))
    yield ws
    ws.close()


def group_with_cycles(ws):
    return next(g for g in ws.find(Group) if ws.find(Cycle, group_id=g.id))


def test_private_text_never_reaches_the_shared_file(demo, tmp_path):
    group = group_with_cycles(demo)
    other = next(g for g in demo.find(Group) if g.id != group.id)
    private = [r for r in demo.find(Reflection, group_id=group.id) if r.visibility == "private"]
    assert private
    for number, reflection in enumerate(private):
        reflection.text = f"{SECRET}-text-{number} {reflection.text}"
        demo.update(reflection)
        demo.add(
            ReflectionAnswer(reflection_id=reflection.id, prompt="Fråga", answer=f"{SECRET}-svar")
        )
    session = demo.find(Session, group_id=other.id)[0]
    session.title = f"{SECRET}-annan-grupp"
    demo.update(session)
    target = tmp_path / "delad.skolgrupp"
    share_group(demo, group.id, target)
    raw = target.read_bytes()
    assert SECRET.encode() not in raw
    assert SECRET.encode("utf-16-le") not in raw and SECRET.encode("utf-16-be") not in raw


def test_the_shared_file_holds_the_groups_work(demo, tmp_path):
    group = group_with_cycles(demo)
    target = tmp_path / "delad.skolgrupp"
    shared = share_group(demo, group.id, target)
    with Workspace.open(target, read_only=True) as theirs:
        assert [g.name for g in theirs.find(Group)] == [group.name]
        assert theirs.check() == []

        def same(kind, **where):
            mine = {r.id: r for r in demo.store.find(kind, include_deleted=True, **where)}
            got = {r.id: r for r in theirs.store.find(kind, include_deleted=True, **where)}
            assert got == mine, kind.kind
            return got

        same(Membership, group_id=group.id)
        sessions = same(Session, group_id=group.id)
        for session_id in sessions:
            same(AgendaItem, session_id=session_id)
        same(Reflection, group_id=group.id, visibility="group")
        cycles = same(Cycle, group_id=group.id)
        for cycle_id in cycles:
            for lesson in same(ResearchLesson, cycle_id=cycle_id).values():
                assert theirs.store.find(ResearchLesson, id=lesson.id)
        assert theirs.find(Observation)
        assert not [r for r in theirs.find(Reflection) if r.visibility == "private"]
        members = {m["name"] for m in theirs.members(group.id)}
        assert members == {m["name"] for m in demo.members(group.id)}
        # Opened as it is, it finds what it holds, and says which group it was shared for.
        title = next(iter(sessions.values())).title
        assert search(theirs, title)
        assert theirs.store.get_meta("shared_group") == group.id
    assert shared.records > 100


def test_a_deletion_travels_as_a_tombstone_without_its_text(demo, tmp_path):
    group = group_with_cycles(demo)
    gone = demo.find(Session, group_id=group.id)[0]
    demo.delete(gone)
    target = tmp_path / "delad.skolgrupp"
    share_group(demo, group.id, target)
    with Workspace.open(target, read_only=True) as theirs:
        (tombstone,) = theirs.store.find(Session, include_deleted=True, id=gone.id)
        assert tombstone.deleted and tombstone.preparation == ""


def test_a_colleague_reads_the_shared_file_as_exactly_ours(demo, tmp_path):
    group = group_with_cycles(demo)
    target = tmp_path / "delad.skolgrupp"
    share_group(demo, group.id, target)
    with open_foreign(target) as theirs, theirs.reading():
        assert [g.id for g in theirs.store.find(Group)] == [group.id]


def test_a_cancelled_share_leaves_nothing(demo, tmp_path):
    group = group_with_cycles(demo)
    folder = tmp_path / "ut"
    folder.mkdir()

    def stop_when_written(done, total):
        if done == 3:
            progress.cancel()

    progress = Progress(stop_when_written)
    with pytest.raises(Cancelled):
        share_group(demo, group.id, folder / "delad.skolgrupp", progress=progress)
    assert list(folder.iterdir()) == []


def test_the_privacy_check_finds_pupils_names_and_personal_numbers_not_teachers(demo):
    group = group_with_cycles(demo)
    teacher = demo.members(group.id)[0]["name"]
    reflection = next(
        r for r in demo.find(Reflection, group_id=group.id) if r.visibility == "group"
    )
    reflection.text = f"{teacher} visade hur Kalle Svensson löste uppgiften."
    demo.update(reflection)
    session = demo.find(Session, group_id=group.id)[0]
    demo.add(Decision(session_id=session.id, text="Eleven (120505-4537) får bildstöd."))
    private = next(r for r in demo.find(Reflection, group_id=group.id) if r.visibility == "private")
    private.text = "Lisa Andersson grät idag."  # private: never shared, so never listed
    demo.update(private)
    found = {(w.text, w.kind) for w in privacy_warnings(demo, group.id)}
    assert ("Kalle Svensson", NAME) in found
    assert ("120505-4537", PERSONAL_NUMBER) in found
    assert not any(teacher in text for text, _ in found)
    assert not any("Lisa" in text for text, _ in found)


PASSPHRASE = "Eleverna läser högt på fredagar"


def test_a_sealed_file_opens_only_with_its_passphrase(demo, tmp_path):
    from skolgrupp.core.sealed import NeedsPassphrase, WrongPassphrase

    group = group_with_cycles(demo)
    target = tmp_path / "låst.skolgrupp"
    before = set(Path(tempfile.gettempdir()).glob(f"skolgrupp-share-{process_tag()}-*"))
    share_group(demo, group.id, target, passphrase=PASSPHRASE)
    assert set(Path(tempfile.gettempdir()).glob(f"skolgrupp-share-{process_tag()}-*")) == before
    raw = target.read_bytes()
    assert group.name.encode() not in raw and b"SQLite format 3" not in raw
    with pytest.raises(NeedsPassphrase):
        open_foreign(target)
    with pytest.raises(NeedsPassphrase):
        Workspace.open(target)  # nor does it open as a workspace of one's own
    with pytest.raises(WrongPassphrase) as wrong:
        open_foreign(target, "Eleverna läser högt på torsdagar")
    assert "låst.skolgrupp" in wrong.value.message
    with open_foreign(target, PASSPHRASE) as theirs, theirs.reading():
        assert [g.name for g in theirs.store.find(Group)] == [group.name]


def test_a_sealed_file_changed_on_the_way_is_refused(demo, tmp_path):
    from skolgrupp.core.sealed import HEADER_BYTES, WrongPassphrase

    target = tmp_path / "låst.skolgrupp"
    share_group(demo, group_with_cycles(demo).id, target, passphrase=PASSPHRASE)
    data = bytearray(target.read_bytes())
    data[HEADER_BYTES + 100] ^= 1
    target.write_bytes(bytes(data))
    with pytest.raises(WrongPassphrase):
        open_foreign(target, PASSPHRASE)


def test_a_sealed_file_asking_for_too_much_work_is_refused_at_once(tmp_path):
    from skolgrupp.core.errors import NotAWorkspace
    from skolgrupp.core.sealed import MAGIC

    path = tmp_path / "fientlig.skolgrupp"
    path.write_bytes(MAGIC + bytes([1, 18, 8, 1]) + bytes(28) + bytes(64))  # twice our work
    with pytest.raises(NotAWorkspace):
        open_foreign(path, PASSPHRASE)


def test_a_short_passphrase_is_refused_before_anything_is_written(demo, tmp_path):
    from skolgrupp.core.errors import InvalidData

    with pytest.raises(InvalidData):
        share_group(demo, group_with_cycles(demo).id, tmp_path / "x.skolgrupp", passphrase="kort")
    assert not (tmp_path / "x.skolgrupp").exists()


def test_deleted_records_travel_without_their_words(demo, tmp_path):
    from skolgrupp.core.domain import CasePupil

    group = group_with_cycles(demo)
    cycle = demo.find(Cycle, group_id=group.id)[0]
    pupil = demo.add(CasePupil(cycle_id=cycle.id, label="Kalle Svensson", typifies="läser tyst"))
    demo.delete(pupil)
    target = tmp_path / "delad.skolgrupp"
    share_group(demo, group.id, target)
    assert b"Kalle Svensson" not in target.read_bytes()
    with Workspace.open(target, read_only=True) as theirs:
        (tombstone,) = theirs.store.find(CasePupil, include_deleted=True, id=pupil.id)
        assert tombstone.deleted and tombstone.label == ""


def test_a_reflection_made_private_on_one_computer_is_not_shared_from_another(demo, tmp_path):
    """A merge keeps a private version beside a shared one until someone chooses; until
    then the reflection does not leave the computer at all."""
    import dataclasses
    import json

    from skolgrupp.core.store.records import Conflict

    group = group_with_cycles(demo)
    shared = next(r for r in demo.find(Reflection, group_id=group.id) if r.visibility == "group")
    mine = {**dataclasses.asdict(shared), "visibility": "private", "text": f"{SECRET} mitt"}
    demo.store.set_conflicts(
        {
            shared.id: [
                Conflict(f"{shared.id}@x", "reflection", shared.id, "x", "{}", json.dumps(mine))
            ]
        }
    )
    shared.text = f"{SECRET} gruppens"
    demo.update(shared)
    target = tmp_path / "delad.skolgrupp"
    share_group(demo, group.id, target)
    assert SECRET.encode() not in target.read_bytes()


def test_a_goal_of_another_groups_framework_goes_along(demo, tmp_path):
    from skolgrupp.core.domain import Goal, GoalFramework, SessionGoal

    group = group_with_cycles(demo)
    other = next(g for g in demo.find(Group) if g.id != group.id)
    framework = demo.add(GoalFramework(name="Den andra gruppens mål", group_id=other.id))
    goal = demo.add(Goal(framework_id=framework.id, code="X1", title="Läsa mer"))
    session = demo.find(Session, group_id=group.id)[0]
    demo.add(SessionGoal(session_id=session.id, goal_id=goal.id))
    target = tmp_path / "delad.skolgrupp"
    share_group(demo, group.id, target)
    with Workspace.open(target, read_only=True) as theirs:
        assert theirs.get(Goal, goal.id).title == "Läsa mer"
        assert theirs.check() == []
