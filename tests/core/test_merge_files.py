"""Three copies of a real workspace file on computers whose clocks disagree by up to an hour:
records of every kind created, edited and deleted on each, copies merged into each other in
any order. Merging the same file twice changes nothing, merging in either order gives the
same workspace, everyone who has merged everyone's file has the same workspace, and every
version anyone saved is still there, shown or kept as a conflict, unless someone replaced it
where it was shown. The machine keeps that history itself, apart from the version vectors."""

import dataclasses
import shutil
import sqlite3
import tempfile
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import get_type_hints

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from skolgrupp.core.domain import BY_KIND, Record
from skolgrupp.core.foreign import open_foreign
from skolgrupp.core.merge import apply_merge, plan_merge
from skolgrupp.core.store import schema
from skolgrupp.core.workspace import Workspace
from tests.core.conftest import Picks

HOUR_MS = 3_600_000
INSTALLATIONS = [f"00000000-0000-4000-8000-0000000000d{n}" for n in range(3)]
TEXTS = st.text(alphabet="abcåäö ", min_size=1, max_size=6)
KINDS = st.sampled_from(list(BY_KIND))
# The field each kind's edits change: its free text where it has some, else another field a
# user changes. None for a kind that is nothing but the records it links: there is nothing
# to change in it, so an edit saves it again as it is (as redoing a step does), a new
# version all the same. Never a field its id is made from: that would be another record.
EDITED = {
    "school": "name",
    "person": "name",
    "group": "name",
    "membership": "role",
    "framework": "description",
    "goal": "title",
    "cycle": "question",
    "session": "title",
    "agenda_item": "notes",
    "attendance": "status",
    "decision": "text",
    "action_item": "text",
    "reflection": "text",
    "reflection_answer": "answer",
    "commitment": "report",
    "session_goal": None,
    "reflection_goal": None,
    "cycle_phase": "status",
    "critical_aspect": "text",
    "case_pupil": "typifies",
    "test_item": "text",
    "research_lesson": "plan",
    "lesson_phase": "duration_min",
    "prediction": "text",
    "observer_assignment": None,
    "observation": "text",
    "interview": "answer",
    "test_score": "score",
    "class_result": "correct",
    "cycle_goal": None,
    "privacy_acknowledgement": None,
}
DATES = ["2026-11-25", "2027-02-03", "2027-05-19"]
# What the fields that are neither free text nor a choice from an enumeration may hold, as
# their tables' CHECK constraints allow.
CHOICES = {
    "date": DATES,
    "joined_on": DATES,
    "written_on": DATES,
    "duration_min": [0, 45, 90],
    "score": [0.0, 0.5, 2.0],
    "correct": [0, 12, 30],
    "pupils": [30],  # never fewer than ``correct``
}


@cache
def choices(cls: type[Record], name: str) -> list | None:
    """The values a field may hold, or None for free text."""
    hint = get_type_hints(cls)[name]
    if isinstance(hint, type) and issubclass(hint, StrEnum):
        return list(hint)
    return CHOICES.get(name)


def values(cls: type[Record], name: str) -> st.SearchStrategy:
    found = choices(cls, name)
    return TEXTS if found is None else st.sampled_from(found)


def first_value(cls: type[Record], name: str):
    """A value of the field for the records every copy starts with."""
    found = choices(cls, name)
    return f"{cls.kind} {name}" if found is None else found[0]


def _references() -> dict[str, dict[str, type[Record]]]:
    """For each kind, its fields that point to another record and that record's class, as
    the foreign keys of the file's tables say: new fields are covered without a word here."""
    tables = {cls.table: cls for cls in BY_KIND.values()}
    conn = sqlite3.connect(":memory:")
    try:
        for kind, name, sql in schema.schema_for(schema.FORMAT_VERSION):
            if kind == "table" and name in tables:
                conn.execute(sql)
        return {
            cls.kind: {
                row[3]: tables[row[2]]
                for row in conn.execute(f"PRAGMA foreign_key_list({cls.table})")
            }
            for cls in BY_KIND.values()
        }
    finally:
        conn.close()


REFERENCES = _references()
# An acknowledged privacy finding may be about a record of any kind, so its table has no
# foreign key to tell; a reflection stands for them all.
REFERENCES["privacy_acknowledgement"]["record_id"] = BY_KIND["reflection"]


def _required(f: dataclasses.Field) -> bool:
    return f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING


def made(cls: type[Record], pick, value) -> Record | None:
    """A new record of ``cls``, built from its dataclass: each field that points to another
    record set to what ``pick(class, required)`` gives (None leaves an optional one empty),
    its other required fields and the field its edits change to ``value(cls, name)``. None
    when there is no record for a required reference to point to.

    References are drawn each on its own, among the live records of their kind: an
    observation's pupil need not be in its lesson's cycle. Merging does not look at what
    records mean to each other, and the file allows it."""
    fields = {}
    for f in dataclasses.fields(cls):
        target = REFERENCES[cls.kind].get(f.name)
        if target is not None:
            chosen = pick(target, _required(f))
            if chosen is None and _required(f):
                return None
            fields[f.name] = chosen.id if chosen is not None else None
        elif f.name not in Record.columns() and (_required(f) or f.name == EDITED[cls.kind]):
            fields[f.name] = value(cls, f.name)
    return cls(**fields)


def changed(record: Record, data) -> None:
    """Change the field ``EDITED`` names to a value drawn for it."""
    name = EDITED[record.kind]
    if name is not None:
        setattr(record, name, data.draw(values(type(record), name)))


def shown_stamp(ws: Workspace, record: Record) -> str:
    """The stamp of the version of ``record`` the file shows, deleted or not ('' if none)."""
    found = ws.store.find(type(record), include_deleted=True, id=record.id)
    return found[0].hlc if found else ""


def state_of(path: Path):
    """What a copy holds: every record's stamp and whether it is deleted, and the versions
    kept as conflicts."""
    with Workspace.open(path, read_only=True) as ws:
        rows = sorted(
            (r.kind, r.id, r.hlc, r.deleted)
            for cls in BY_KIND.values()
            for r in ws.store.find(cls, include_deleted=True)
        )
        return rows, sorted((c.id, c.data) for c in ws.store.conflicts())


def merged(into: Path, source: Path, installation: str) -> None:
    with Workspace.open(into, installation_id=installation) as ws, open_foreign(source) as theirs:
        plan = plan_merge(ws, theirs)
        if not plan.empty:
            apply_merge(ws, plan)


class Copies(RuleBasedStateMachine):
    @initialize(skews=st.lists(st.integers(-HOUR_MS, HOUR_MS), min_size=3, max_size=3))
    def start(self, skews):
        self.folder = Path(tempfile.mkdtemp(prefix="skolgrupp-merge-test-"))
        self.skews = skews
        self.now = 1_790_000_000_000
        base = self.folder / "bas.skolgrupp"
        with Workspace.create(base, installation_id=INSTALLATIONS[0]) as ws:
            # On the same clock as the copies: stamped by the computer's own, the records
            # would be ahead of every copy's skewed time whenever that is in the past.
            ws.store.clock._now_ms = lambda: self.now
            # One record of every kind that all three copies start with, in dependency
            # order, each pointing to the ones made before it wherever it can.
            base_records: dict[str, Record] = {}
            for kind, cls in BY_KIND.items():
                record = made(cls, lambda target, _: base_records.get(target.kind), first_value)
                assert record is not None
                base_records[kind] = ws.add(record)
        self.paths = []
        for number in range(3):
            path = self.folder / f"kopia{number}.skolgrupp"
            shutil.copy(base, path)
            self.paths.append(path)
        self.written: list[tuple[str, str]] = []  # (record id, stamp) of every version made
        # For each version (by stamp), every version its author had in front of them.
        self.seen: dict[str, frozenset[str]] = {}

    def saved(self, ws, record, change):
        """Save ``record`` in ``ws`` as the program does (``put``: new, changed, or brought
        back when deleted) or ``delete`` it, and note what its author saw: the version shown,
        and what that one's author saw. Deleting deletes what the record holds too, each over
        the version of it shown, and each of those is a version that must not be lost."""
        held = [record, *(ws.held_by(record) if change == "delete" else [])]
        before = {r.id: shown_stamp(ws, r) for r in held}
        if change == "delete":
            ws.delete(record)
        else:
            ws.put(record)
        for r in held:
            stamp, shown = shown_stamp(ws, r), before[r.id]
            self.seen[stamp] = self.seen.get(shown, frozenset()) | ({shown} if shown else set())
            self.written.append((r.id, stamp))

    def teardown(self):
        if hasattr(self, "folder"):
            shutil.rmtree(self.folder, ignore_errors=True)

    def opened(self, number):
        ws = Workspace.open(self.paths[number], installation_id=INSTALLATIONS[number])
        ws.store.clock._now_ms = lambda: self.now + self.skews[number]
        return ws

    @staticmethod
    def live(ws, cls):
        """The live records of a kind, in an order that does not depend on their random
        ids, so that a drawn example is found again when replayed."""
        return ws.find(cls, order_by="hlc, id")

    @rule(number=st.integers(0, 2), kind=KINDS, data=st.data())
    def create(self, number, kind, data):
        """A new record, pointing to live records of this copy, each drawn on its own: an
        observation's pupil need not be in its lesson's cycle, which the file allows and
        merging does not look at. A kind whose id is made from the records it links (one
        attendance per person and session, say) exists once per link: one there already is
        left as it is, and a deleted one is brought back, as saving it again in the program
        does."""
        cls = BY_KIND[kind]
        with self.opened(number) as ws:

            def pick(target, required):
                live = self.live(ws, target)
                if not live:
                    return None
                one = st.sampled_from(live)
                return data.draw(one if required else st.none() | one)

            record = made(cls, pick, lambda *field: data.draw(values(*field)))
            if record is None:
                return
            there = ws.store.find(cls, include_deleted=True, id=record.id)
            if there and not there[0].deleted:
                return
            self.saved(ws, record, "put")

    @rule(number=st.integers(0, 2), kind=KINDS, data=st.data())
    def edit(self, number, kind, data):
        with self.opened(number) as ws:
            records = self.live(ws, BY_KIND[kind])
            if not records:
                return
            record = data.draw(st.sampled_from(records))
            changed(record, data)
            self.saved(ws, record, "put")

    @rule(kind=KINDS, data=st.data())
    def two_edit_the_same_record(self, kind, data):
        """Two people change the same record, each on their own copy, neither seeing the
        other's change: the case a merge must not lose a version in."""
        cls = BY_KIND[kind]
        first, second = data.draw(st.sampled_from([(0, 1), (1, 2), (0, 2)]))
        with self.opened(first) as a, self.opened(second) as b:
            theirs = {r.id for r in b.find(cls)}
            common = [r.id for r in self.live(a, cls) if r.id in theirs]
            if not common:
                return
            record_id = data.draw(st.sampled_from(common))
            for ws in (a, b):
                record = ws.get(cls, record_id)
                changed(record, data)
                self.saved(ws, record, "put")

    @rule(number=st.integers(0, 2), kind=KINDS, data=st.data())
    def delete(self, number, kind, data):
        with self.opened(number) as ws:
            records = self.live(ws, BY_KIND[kind])
            if not records:
                return
            record = data.draw(st.sampled_from(records))
            self.saved(ws, record, "delete")

    @precondition(lambda self: hasattr(self, "paths"))
    @rule(into=st.integers(0, 2), source=st.integers(0, 2))
    def merge(self, into, source):
        if into != source:
            merged(self.paths[into], self.paths[source], INSTALLATIONS[into])
            before = state_of(self.paths[into])
            merged(self.paths[into], self.paths[source], INSTALLATIONS[into])  # again
            assert state_of(self.paths[into]) == before  # nothing more changes

    @rule(ms=st.integers(0, 10 * 60_000))
    def time_passes(self, ms):
        self.now += ms

    @precondition(lambda self: hasattr(self, "paths"))
    @rule()
    def everyone_merges_everyone(self):
        """In two orders, on copies of the copies: the same workspace, and no text lost."""
        results = []
        for order in ([0, 1, 2], [2, 1, 0]):
            copies = [self.folder / f"prov-{order[0]}-{n}.skolgrupp" for n in range(3)]
            for n in range(3):
                shutil.copy(self.paths[n], copies[n])
            for _ in range(2):  # twice round: everyone has everyone's
                for a in order:
                    for b in order:
                        if a != b:
                            merged(copies[a], copies[b], INSTALLATIONS[a])
            states = [state_of(path) for path in copies]
            assert states[0] == states[1] == states[2]  # converged
            results.append(states[0])
            self.check_nothing_lost(copies[0])
        assert results[0] == results[1]  # whatever the order

    def check_nothing_lost(self, path):
        with Workspace.open(path, read_only=True) as ws:
            versions = {
                r.id: {r.hlc}
                for cls in BY_KIND.values()
                for r in ws.store.find(cls, include_deleted=True)
            }
            for conflict in ws.store.conflicts():
                versions[conflict.record_id].add(conflict.hlc)
        for record_id, stamp in self.written:
            # Kept, or replaced by someone who had it in front of them.
            assert any(v == stamp or stamp in self.seen.get(v, ()) for v in versions[record_id]), (
                record_id,
                stamp,
            )


TestCopies = Copies.TestCase
TestCopies.settings = settings(
    max_examples=20,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def test_the_machine_covers_every_kind():
    """A new kind of record is created, edited and deleted here too once it says what its
    edits change."""
    assert EDITED.keys() == BY_KIND.keys()


def test_the_machine_catches_a_naive_merge(monkeypatch):
    """Latest stamp wins, nothing kept: the machine's own check must catch it on the
    smallest case, two people changing the same record."""
    import pytest

    from skolgrupp.core import merging

    def naive(versions):
        return [max({v.hlc: v for v in versions}.values(), key=lambda v: v.hlc)]

    monkeypatch.setattr(merging, "survivors", naive)
    machine = Copies()
    try:
        machine.start(skews=[0, 0, 0])
        with Workspace.open(machine.paths[0], read_only=True) as ws:
            (decision,) = ws.find(BY_KIND["decision"])
        machine.two_edit_the_same_record(
            "decision", Picks((0, 1), decision.id, "hos Anna", "hos Bo")
        )
        with pytest.raises(AssertionError):
            machine.everyone_merges_everyone()
    finally:
        machine.teardown()
