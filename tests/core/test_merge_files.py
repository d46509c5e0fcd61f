"""Three copies of a real workspace file on computers whose clocks disagree by up to an hour:
records of many kinds created, edited and deleted on each, copies merged into each other in
any order. Merging the same file twice changes nothing, merging in either order gives the
same workspace, everyone who has merged everyone's file has the same workspace, and every
text anyone wrote is still there, shown or kept as a conflict, unless someone replaced it
where it was shown. The machine keeps that history itself, apart from the version vectors."""

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule

from skolgrupp.core.domain import (
    AgendaItem,
    CasePupil,
    CriticalAspect,
    Cycle,
    Decision,
    Group,
    Person,
    Reflection,
    Session,
)
from skolgrupp.core.foreign import open_foreign
from skolgrupp.core.merge import apply_merge, plan_merge
from skolgrupp.core.workspace import Workspace
from tests.core.conftest import Picks

HOUR_MS = 3_600_000
INSTALLATIONS = [f"00000000-0000-4000-8000-0000000000d{n}" for n in range(3)]
TEXTS = st.text(alphabet="abcåäö ", min_size=1, max_size=6)
# Each kind with the text it holds and how to make one under a parent of the kind before it.
KINDS = {
    "group": (Group, "name"),
    "session": (Session, "title"),
    "agenda_item": (AgendaItem, "notes"),
    "decision": (Decision, "text"),
    "reflection": (Reflection, "text"),
    "cycle": (Cycle, "question"),
    "critical_aspect": (CriticalAspect, "text"),
    "case_pupil": (CasePupil, "typifies"),
}
KEPT = (Group, Session, AgendaItem, Decision, Reflection, Cycle, CriticalAspect, CasePupil)


def state_of(path: Path):
    """What a copy holds: every record's stamp and whether it is deleted, and the versions
    kept as conflicts."""
    with Workspace.open(path, read_only=True) as ws:
        rows = sorted(
            (r.kind, r.id, r.hlc, r.deleted)
            for cls in KEPT
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
        base = self.folder / "bas.skolgrupp"
        with Workspace.create(base, installation_id=INSTALLATIONS[0]) as ws:
            self.author = ws.add(Person(name="Anna Lind")).id
            # One record of each kind that all three copies start with.
            group = ws.add(Group(name="Läsgruppen"))
            session = ws.add(Session(group_id=group.id, title="Träff", date="2026-11-25"))
            ws.add(AgendaItem(session_id=session.id, title="Inledning", notes="n"))
            ws.add(Decision(session_id=session.id, text="Beslut"))
            ws.add(
                Reflection(
                    group_id=group.id, author_id=self.author, written_on="2026-11-25", text="r"
                )
            )
            cycle = ws.add(Cycle(group_id=group.id, title="Cykel", question="q"))
            ws.add(CriticalAspect(cycle_id=cycle.id, text="aspekt"))
            ws.add(CasePupil(cycle_id=cycle.id, label="Elev A", typifies="t"))
        self.paths = []
        for number in range(3):
            path = self.folder / f"kopia{number}.skolgrupp"
            shutil.copy(base, path)
            self.paths.append(path)
        self.skews = skews
        self.now = 1_790_000_000_000
        self.written: list[tuple[str, str]] = []  # (record id, stamp) of every version made
        # For each version (by stamp), every version its author had in front of them.
        self.seen: dict[str, frozenset[str]] = {}

    def saved(self, ws, record, change):
        """Make ``change`` to ``record`` in ``ws`` and note what its author saw: the version
        shown, and what that one's author saw. Deleting deletes what the record holds too,
        each over the version of it shown."""
        held = [record, *(ws.store.held_by(record) if change == "delete" else [])]
        before = {r.id: r.hlc for r in held}
        if change == "delete":
            ws.delete(record)
        else:
            ws.add(record) if change == "add" else ws.update(record)
        for r in held:
            stamp = ws.store.get(type(r), r.id, include_deleted=True).hlc
            shown = before[r.id] if change != "add" else ""
            self.seen[stamp] = self.seen.get(shown, frozenset()) | ({shown} if shown else set())
        self.written.append(
            (record.id, ws.store.get(type(record), record.id, include_deleted=True).hlc)
        )

    def teardown(self):
        if hasattr(self, "folder"):
            shutil.rmtree(self.folder, ignore_errors=True)

    def opened(self, number):
        ws = Workspace.open(self.paths[number], installation_id=INSTALLATIONS[number])
        ws.store.clock._now_ms = lambda: self.now + self.skews[number]
        return ws

    def parent(self, ws, kind, data):
        """A live record to hang a new one of ``kind`` from, or None."""
        needs = {
            "session": Group,
            "agenda_item": Session,
            "decision": Session,
            "reflection": Group,
            "cycle": Group,
            "critical_aspect": Cycle,
            "case_pupil": Cycle,
        }.get(kind)
        if needs is None:
            return True
        choices = ws.find(needs, order_by="id")
        return data.draw(st.sampled_from(choices)) if choices else None

    @rule(number=st.integers(0, 2), kind=st.sampled_from(sorted(KINDS)), text=TEXTS, data=st.data())
    def create(self, number, kind, text, data):
        cls, field = KINDS[kind]
        with self.opened(number) as ws:
            parent = self.parent(ws, kind, data)
            if parent is None:
                return
            fields = {field: text}
            if kind == "session":
                fields.update(group_id=parent.id, date="2026-11-25")
            elif kind == "agenda_item":
                fields.update(session_id=parent.id, title="Punkt")
            elif kind == "decision":
                fields.update(session_id=parent.id)
            elif kind == "reflection":
                fields.update(group_id=parent.id, author_id=self.author, written_on="2026-11-25")
            elif kind == "cycle":
                fields.update(group_id=parent.id, title="Cykel")
            elif kind in ("critical_aspect", "case_pupil"):
                fields.update(cycle_id=parent.id)
                if kind == "case_pupil":
                    fields.update(label="Elev A")
            self.saved(ws, cls(**fields), "add")

    @rule(number=st.integers(0, 2), kind=st.sampled_from(sorted(KINDS)), text=TEXTS, data=st.data())
    def edit(self, number, kind, text, data):
        cls, field = KINDS[kind]
        with self.opened(number) as ws:
            records = ws.find(cls, order_by="id")
            if not records:
                return
            record = data.draw(st.sampled_from(records))
            setattr(record, field, text)
            self.saved(ws, record, "update")

    @rule(kind=st.sampled_from(sorted(KINDS)), texts=st.tuples(TEXTS, TEXTS), data=st.data())
    def two_edit_the_same_record(self, kind, texts, data):
        """Two people change the same record, each on their own copy, neither seeing the
        other's change: the case a merge must not lose a text in."""
        cls, field = KINDS[kind]
        first, second = data.draw(st.sampled_from([(0, 1), (1, 2), (0, 2)]))
        with self.opened(first) as a, self.opened(second) as b:
            common = sorted({r.id for r in a.find(cls)} & {r.id for r in b.find(cls)})
            if not common:
                return
            record_id = data.draw(st.sampled_from(common))
            for ws, text in ((a, texts[0]), (b, texts[1])):
                record = ws.get(cls, record_id)
                setattr(record, field, text)
                self.saved(ws, record, "update")

    @rule(number=st.integers(0, 2), kind=st.sampled_from(sorted(KINDS)), data=st.data())
    def delete(self, number, kind, data):
        cls, _ = KINDS[kind]
        with self.opened(number) as ws:
            records = ws.find(cls, order_by="id")
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
                r.id: {r.hlc} for cls in KEPT for r in ws.store.find(cls, include_deleted=True)
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
            decision = ws.find(Decision)[0].id
        machine.two_edit_the_same_record(
            "decision", ("hos Anna", "hos Bo"), Picks((0, 1), decision)
        )
        with pytest.raises(AssertionError):
            machine.everyone_merges_everyone()
    finally:
        machine.teardown()
