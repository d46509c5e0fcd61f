"""Format 1.2 keeps, for every record, the version vector of the version shown, and the
conflicting versions a merge keeps beside it: what merging copies needs."""

import json
import shutil
from pathlib import Path

from skolgrupp.core.domain import Group, Reflection
from skolgrupp.core.share import share_group
from skolgrupp.core.store.records import Conflict
from skolgrupp.core.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
HOME = "00000000-0000-4000-8000-0000000000a1"
AWAY = "00000000-0000-4000-8000-0000000000b2"


def test_a_migrated_file_starts_each_record_with_its_own_stamp(tmp_path):
    path = tmp_path / "gammal.skolgrupp"
    shutil.copy(FIXTURES / "workspace-1.1.skolgrupp", path)
    with Workspace.open(path) as ws:
        vectors = ws.store.version_vectors()
        for reflection in ws.store.find(Reflection, include_deleted=True):
            assert json.loads(vectors[reflection.id]) == {reflection.changed_by: reflection.hlc}


def test_every_change_extends_the_records_version_vector(tmp_path):
    path = tmp_path / "ws.skolgrupp"
    with Workspace.create(path, installation_id=HOME) as ws:
        group = ws.add(Group(name="Läsgruppen"))
        first = group.hlc
    with Workspace.open(path, installation_id=AWAY) as ws:  # the file on another computer
        group = ws.get(Group, group.id)
        group.name = "Läsgruppen Ekbacken"
        ws.update(group)
        assert json.loads(ws.store.version_vectors()[group.id]) == {HOME: first, AWAY: group.hlc}
        ws.delete(group)
        assert json.loads(ws.store.version_vectors()[group.id])[AWAY] == group.hlc


def test_sharing_carries_versions_and_conflicts_but_never_a_private_one(tmp_path):
    path = tmp_path / "ws.skolgrupp"
    shutil.copy(FIXTURES / "workspace-1.2.skolgrupp", path)
    with Workspace.open(path) as ws:
        (group,) = ws.find(Group)
        (kept,) = ws.store.conflicts()
        private = next(r for r in ws.find(Reflection) if r.visibility == "private")
        secret = {"id": private.id, "visibility": "private", "text": "HEMLIG-konflikt"}
        ws.store.set_conflicts(
            {
                private.id: [
                    Conflict(
                        f"{private.id}@x", "reflection", private.id, "x", "{}", json.dumps(secret)
                    )
                ]
            }
        )
        vectors = ws.store.version_vectors()
        target = tmp_path / "delad.skolgrupp"
        share_group(ws, group.id, target)
    assert b"HEMLIG-konflikt" not in target.read_bytes()
    with Workspace.open(target, read_only=True) as theirs:
        assert theirs.store.conflicts() == [kept]
        shared = theirs.store.version_vectors()
        assert shared[kept.record_id] == vectors[kept.record_id]


def test_a_copy_of_a_workspace_stamps_its_changes_apart_from_the_original(tmp_path):
    original = tmp_path / "ws.skolgrupp"
    with Workspace.create(original) as ws:
        group = ws.add(Group(name="Läsgruppen"))
        here = group.changed_by
    copy = tmp_path / "ws (kopia).skolgrupp"
    shutil.copy(original, copy)
    before = copy.read_bytes()
    with Workspace.open(copy) as ws:
        ws.find(Group)  # only reading
    assert copy.read_bytes() == before  # opening alone never changes a file
    with Workspace.open(copy) as ws:
        group = ws.find(Group)[0]
        group.name = "Läsgruppen (kopia)"
        ws.update(group)
        there = group.changed_by
    with Workspace.open(original) as ws:
        group = ws.find(Group)[0]
        group.name = "Läsgruppen Ekbacken"
        ws.update(group)
        assert group.changed_by == here  # the same file on the same computer keeps its id
    assert there != here
