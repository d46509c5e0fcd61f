"""Sharing a group: a new, self-contained workspace file with the group's work and nothing
private, for a colleague to open or merge.

What goes into the file is read here kind by kind, from the group outwards. A private
reflection is never read at all (the query asks for shared ones only), so it cannot reach the
file whatever else goes wrong; the file is new, so no free page of it ever held one. Deleted
records go along as tombstones (their notes already blanked), so that a colleague's merge
learns of the deletion. The user's word that a finding of the privacy check is no pupil's
goes along with a shared record it is about, never with one that stays behind. The file is
written under a temporary name, checked, flushed to disk and only then given its name.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skolgrupp.core import frameworks, privacy_scan, sealed
from skolgrupp.core.atomic import replacing, scratch_folder
from skolgrupp.core.domain import (
    BY_KIND,
    ActionItem,
    AgendaItem,
    Attendance,
    CasePupil,
    ClassResult,
    Commitment,
    CriticalAspect,
    Cycle,
    CycleGoal,
    CyclePhase,
    Decision,
    Goal,
    GoalFramework,
    Group,
    Interview,
    LessonPhase,
    Membership,
    Observation,
    ObserverAssignment,
    Person,
    Prediction,
    PrivacyAcknowledgement,
    Record,
    Reflection,
    ReflectionAnswer,
    ReflectionGoal,
    ResearchLesson,
    School,
    Session,
    SessionGoal,
    TestItem,
    TestScore,
    Visibility,
)
from skolgrupp.core.errors import CannotWrite, DamagedWorkspace
from skolgrupp.core.foreign import open_foreign
from skolgrupp.core.i18n import translate
from skolgrupp.core.progress import Progress, reporting
from skolgrupp.core.store import files
from skolgrupp.core.store.records import Conflict, Store
from skolgrupp.core.workspace import Workspace


def shared_records(workspace: Workspace, group_id: str) -> list[Record]:
    """The group's records that a shared file holds, tombstones included; never a private
    reflection or anything hanging from one."""
    store = workspace.store
    group = store.get(Group, group_id, include_deleted=True)

    def every(cls: type[Record], **where: Any) -> list:
        return store.find(cls, include_deleted=True, **where)

    def under(cls: type[Record], key: str, parents: Iterable[Record]) -> list:
        return [child for parent in parents for child in every(cls, **{key: parent.id})]

    out: list[Record] = [group]
    out += every(Membership, group_id=group_id)
    sessions = every(Session, group_id=group_id)
    out += sessions
    kinds: tuple[type[Record], ...] = (AgendaItem, Attendance, Decision, ActionItem, SessionGoal)
    for kind in kinds:
        out += under(kind, "session_id", sessions)
    out += every(Commitment, group_id=group_id)
    # Shared reflections only, by construction: a private one is never read.
    reflections = every(Reflection, group_id=group_id, visibility=Visibility.GROUP)
    # Nor one that someone made private while it was shared elsewhere: a merge keeps that
    # private version beside the shared one until someone chooses.
    private_somewhere = {c.record_id for c in store.conflicts() if _private(store, c)}
    reflections = [r for r in reflections if r.id not in private_somewhere]
    out += reflections
    out += under(ReflectionAnswer, "reflection_id", reflections)
    out += under(ReflectionGoal, "reflection_id", reflections)
    cycles = every(Cycle, group_id=group_id)
    out += cycles
    kinds = (CyclePhase, CriticalAspect, CasePupil, TestItem, CycleGoal)
    for kind in kinds:
        out += under(kind, "cycle_id", cycles)
    lessons = under(ResearchLesson, "cycle_id", cycles)
    out += lessons
    phases = under(LessonPhase, "lesson_id", lessons)
    out += phases
    for kind in (Prediction, Observation):
        out += under(kind, "phase_id", phases)
    kinds = (ObserverAssignment, Interview, TestScore, ClassResult)
    for kind in kinds:
        out += under(kind, "lesson_id", lessons)
    out += _people_and_goals(workspace, group_id, out)
    out += _acknowledgements(workspace, out)
    return [_without_text(r) if r.deleted else r for r in out]


def _acknowledgements(workspace: Workspace, records: list[Record]) -> list[Record]:
    """The user's word that a finding is not about a pupil, for the shared records whose
    text says it, so that colleagues are not asked again; with the deleted ones of shared
    records, so that the deletion travels too. Only a text the shared field still holds
    goes along: an acknowledgement made while the record said something else (a reflection
    while it was private) would carry words the file does not."""
    by_id = {r.id: r for r in records}
    out: list[Record] = []
    for ack in workspace.store.find(PrivacyAcknowledgement, include_deleted=True):
        record = by_id.get(ack.record_id)
        if record is None or record.kind != ack.record_kind:
            continue  # not shared (a private reflection's stays here)
        if (
            ack.deleted
            or not record.deleted
            and _words(ack.text) in _words(str(getattr(record, ack.field_name, "") or ""))
        ):
            out.append(ack)
    return out


def _words(text: str) -> str:
    """A text as an acknowledgement matches it: case and spacing aside."""
    return " ".join(text.casefold().split())


def _without_text(record: Record) -> Record:
    """A tombstone as a shared file holds it: what merging needs (id, links, stamps), and
    none of the words it had (a deleted case pupil's label, a person's name)."""
    blank = dataclasses.replace(record)
    # What an acknowledgement was about is no words of anyone's, and lets it be shared on.
    words = record.notes_fields if isinstance(record, PrivacyAcknowledgement) else None
    for name in words or privacy_scan.text_fields(type(record)):
        setattr(blank, name, "")
    return blank


def _people_and_goals(workspace: Workspace, group_id: str, records: list[Record]) -> list[Record]:
    """The people the group's records name, their schools, and the goals they link to with
    the frameworks those belong to (the built-in ones travel in every new file anyway)."""
    store = workspace.store
    person_ids: set[str] = set()
    goal_ids: set[str] = set()
    for record in records:
        for name in (
            "person_id",
            "owner_id",
            "leader_id",
            "author_id",
            "teacher_id",
            "observer_id",
        ):
            value = getattr(record, name, None)
            if value:
                person_ids.add(value)
        if isinstance(record, SessionGoal | ReflectionGoal | CycleGoal):
            goal_ids.add(record.goal_id)
    people = [store.get(Person, i, include_deleted=True) for i in sorted(person_ids)]
    school_ids = sorted({p.school_id for p in people if p.school_id})
    schools = [store.get(School, i, include_deleted=True) for i in school_ids]
    builtin = {r.id for r in frameworks.builtin_records()}
    goals: dict[str, Goal] = {}
    pending = [i for i in sorted(goal_ids) if i not in builtin]
    while pending:  # each goal with the focus area above it
        goal = store.get(Goal, pending.pop(), include_deleted=True)
        goals[goal.id] = goal
        if goal.parent_id and goal.parent_id not in goals and goal.parent_id not in builtin:
            pending.append(goal.parent_id)
    framework_ids = {g.framework_id for g in goals.values()} - builtin
    own = store.find(GoalFramework, include_deleted=True, group_id=group_id)
    framework_ids |= {f.id for f in own}
    for framework in own:
        for goal in store.find(Goal, include_deleted=True, framework_id=framework.id):
            goals.setdefault(goal.id, goal)
    found = [store.get(GoalFramework, i, include_deleted=True) for i in sorted(framework_ids)]
    # Another group's framework whose goals this group links to goes along without naming
    # that group, which the shared file does not hold.
    found = [
        f if f.group_id in (None, group_id) else dataclasses.replace(f, group_id=None)
        for f in found
    ]
    return [*schools, *people, *found, *goals.values()]


def privacy_warnings(workspace: Workspace, group_id: str) -> list[privacy_scan.Finding]:
    """What looks like a pupil's name or personal identity number in what sharing the group
    would write (versions kept beside shared records included), for the user to look at
    first. The workspace's people are not pupils, and a finding the user has said is not
    about a pupil is no warning (``privacy_scan``)."""
    everything = shared_records(workspace, group_id)
    records = [r for r in everything if not r.deleted]
    shared = {r.id for r in everything}
    for conflict in workspace.store.conflicts():  # versions kept beside shared records
        if conflict.record_id in shared and not _private(workspace.store, conflict):
            records.append(BY_KIND[conflict.kind](**workspace.store.stored_json(conflict.data)))
    return privacy_scan.scan(workspace, records=records)


def _private(store: Store, conflict: Conflict) -> bool:
    return bool(store.stored_json(conflict.data).get("visibility") == Visibility.PRIVATE)


def _missing(written: Workspace, records: list[Record]) -> int:
    """How many of ``records`` the written file does not hold."""
    wanted: dict[type[Record], set[str]] = {}
    for record in records:
        wanted.setdefault(type(record), set()).add(record.id)
    return sum(
        len(ids - {r.id for r in written.store.find(kind, include_deleted=True)})
        for kind, ids in wanted.items()
    )


@dataclass(frozen=True)
class Shared:
    path: Path
    records: int


def share_group(
    workspace: Workspace,
    group_id: str,
    target: Path | str,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> Shared:
    """Write the group's shared work to a new workspace file at ``target``: whole, checked
    and flushed to disk, or not at all. With a passphrase the file is sealed, and the plain
    file exists only in a private folder while it is being made."""
    target = Path(target)
    progress = reporting(progress)
    if passphrase is not None:
        sealed.check_passphrase(passphrase)
    records = shared_records(workspace, group_id)
    progress.report(1, 4)
    if passphrase is None:
        with replacing(target, not_over=workspace.path) as temporary:
            _write(workspace, group_id, records, temporary, progress)
        return Shared(target, len(records))
    folder = scratch_folder("share")
    try:
        plain = folder / "plain.skolgrupp"
        _write(workspace, group_id, records, plain, progress)
        data = plain.read_bytes()
        with replacing(target, not_over=workspace.path) as temporary:
            temporary.write_bytes(sealed.seal(data, passphrase))
            if sealed.unseal(temporary.read_bytes(), passphrase, target) != data:
                raise DamagedWorkspace(target)
            progress.report(4, 4)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return Shared(target, len(records))


def unlock(
    path: Path | str,
    passphrase: str,
    target: Path | str,
    *,
    not_over: Path | None = None,
    progress: Progress | None = None,
) -> Path:
    """Write the workspace locked in the shared file ``path`` to ``target`` as a plain file
    that opens like any other: first checked as any colleague's file is (and brought to this
    version's format), then written whole, checked and flushed to disk, or not at all; never
    over ``not_over`` (the open workspace). A wrong passphrase raises ``WrongPassphrase``."""
    path, target = Path(path), Path(target)
    if target.exists() and path.exists() and os.path.samefile(path, target):
        raise CannotWrite(target, translate("errors", "It is the locked file itself."))
    with open_foreign(path, passphrase) as theirs:
        theirs.save_copy(target, not_over=not_over, progress=progress)
    # The search index is made here from the records, not taken from someone else's file.
    with Workspace.open(target) as unlocked:
        unlocked.store.rebuild_search_index()
    return target


def _write(
    workspace: Workspace, group_id: str, records: list[Record], path: Path, progress: Progress
) -> None:
    """The new workspace file with ``records``, checked."""
    files.create(path)
    shared = {r.id for r in records}
    vectors = {i: vv for i, vv in workspace.store.version_vectors().items() if i in shared}
    kept: dict[str, list[Conflict]] = {}
    for conflict in workspace.store.conflicts():
        # A version kept beside a shared one goes along, unless it was made private.
        if conflict.record_id in shared and not _private(workspace.store, conflict):
            kept.setdefault(conflict.record_id, []).append(conflict)
    with Workspace.open(path, installation_id=workspace.store.installation_id) as out:
        out.store.insert_many(frameworks.builtin_records(), stamp=False)
        out.store.insert_many(records, stamp=False, replace=True, versions=vectors)
        out.store.set_conflicts(kept)
        with out.store.transaction():
            out.store.set_meta("shared_group", group_id)
            out.store.rebuild_search_index()
    progress.report(2, 4)
    with Workspace.open(path, read_only=True) as written:
        problems = written.check()
        missing = _missing(written, records)
    if problems or missing:
        raise DamagedWorkspace(path, " ".join(problems))
    progress.report(3, 4)
