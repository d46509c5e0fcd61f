"""The merge rule: three copies of a workspace on computers whose clocks disagree by up to an
hour, people creating, editing, deleting and merging in any order. Merging must be idempotent,
commutative and associative, everyone must end with the same records, and no text anyone
wrote may be lost unless someone replaced it knowingly: by editing it where it was shown, or
by resolving a conflict it was part of. The machine keeps that history itself, apart from
the version vectors it checks.

A deliberately naive merge (the version with the latest stamp wins, nothing else is kept) is
run through the same machine and must be caught: the test is known to bite."""

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from skolgrupp.core import merging
from skolgrupp.core.clock import HybridClock
from skolgrupp.core.merging import Version
from tests.core.conftest import Picks

HOUR_MS = 3_600_000
INSTALLATIONS = [f"0000000{n}-0000-4000-8000-00000000000{n}" for n in range(3)]
KINDS = ["session", "reflection", "cycle", "observation", "decision"]
TEXTS = st.text(alphabet="abcåäö ", min_size=1, max_size=8)


def shape(state: merging.State) -> dict[str, list[str]]:
    """What a copy holds: per record, its surviving versions' stamps."""
    return {record: [v.hlc for v in versions] for record, versions in sorted(state.items())}


def naive_merge(ours: merging.State, theirs: merging.State) -> merging.State:
    """Latest stamp wins, nothing else kept: loses a concurrent edit."""
    out = {}
    for record in ours.keys() | theirs.keys():
        versions = [*ours.get(record, ()), *theirs.get(record, ())]
        out[record] = [max(versions, key=lambda v: v.hlc)]
    return out


class Replicas(RuleBasedStateMachine):
    merge = staticmethod(merging.merge)

    @initialize(skews=st.lists(st.integers(-HOUR_MS, HOUR_MS), min_size=3, max_size=3))
    def start(self, skews):
        self.now = 1_790_000_000_000
        self.states: list[merging.State] = [{}, {}, {}]
        self.clocks = [
            HybridClock(installation, now_ms=lambda s=skew: self.now + s)
            for installation, skew in zip(INSTALLATIONS, skews, strict=True)
        ]
        self.made: list[Version] = []
        # For each version (by stamp), every version its author had in front of them.
        self.seen: dict[str, frozenset[str]] = {}
        self.count = 0
        self.installations = 0

    def fresh_installation(self):
        self.installations += 1
        return f"00000009-0000-4000-8000-{self.installations:012d}"

    def make(self, replica, record, data):
        """An edit where ``replica`` shows ``record``: its author saw the version shown."""
        shown = self.states[replica].get(record, [])
        seen = frozenset().union(*(self.seen[v.hlc] | {v.hlc} for v in shown[:1]))
        version = merging.edit(
            self.states[replica], record, data, self.clocks[replica], self.fresh_installation
        )
        self.seen[version.hlc] = seen
        self.made.append(version)

    def records(self, replica):
        return sorted(self.states[replica])

    @rule(replica=st.integers(0, 2), kind=st.sampled_from(KINDS), text=TEXTS)
    def create(self, replica, kind, text):
        self.count += 1
        self.make(replica, f"{kind}-{self.count}", {"text": text})

    @precondition(lambda self: any(self.states))
    @rule(data=st.data(), text=TEXTS)
    def edit(self, data, text):
        replica = data.draw(st.sampled_from([i for i in range(3) if self.states[i]]))
        record = data.draw(st.sampled_from(self.records(replica)))
        self.make(replica, record, {"text": text})

    @precondition(lambda self: any(self.states))
    @rule(data=st.data())
    def delete(self, data):
        replica = data.draw(st.sampled_from([i for i in range(3) if self.states[i]]))
        record = data.draw(st.sampled_from(self.records(replica)))
        self.make(replica, record, {"deleted_at": "x"})

    @precondition(lambda self: any(self.states))
    @rule(data=st.data(), text=TEXTS)
    def resolve(self, data, text):
        replica = data.draw(st.sampled_from([i for i in range(3) if self.states[i]]))
        record = data.draw(st.sampled_from(self.records(replica)))
        shown = self.states[replica][record]
        version = merging.resolve(
            self.states[replica], record, {"text": text}, self.clocks[replica]
        )
        self.seen[version.hlc] = frozenset().union(*(self.seen[v.hlc] | {v.hlc} for v in shown))
        self.made.append(version)

    @rule(into=st.integers(0, 2), source=st.integers(0, 2))
    def merge_file(self, into, source):
        """One merges a copy of another's file into their own."""
        self.states[into] = self.merge(self.states[into], self.states[source])
        merging.observe(self.clocks[into], self.states[into])

    @rule(ms=st.integers(0, 10 * 60_000))
    def time_passes(self, ms):
        self.now += ms

    @invariant()
    def merging_obeys_its_laws(self):
        if not hasattr(self, "states"):
            return
        a, b, c = self.states
        merge = self.merge
        assert shape(merge(a, a)) == shape(a)  # idempotent
        assert shape(merge(merge(a, b), b)) == shape(merge(a, b))
        assert shape(merge(a, b)) == shape(merge(b, a))  # commutative
        assert shape(merge(merge(a, b), c)) == shape(merge(a, merge(b, c)))  # associative

    @invariant()
    def no_text_is_lost_and_everyone_agrees(self):
        if not hasattr(self, "states"):
            return
        a, b, c = self.states
        everything = self.merge(a, self.merge(b, c))
        orders = [self.merge(self.merge(c, a), b), self.merge(b, self.merge(c, a))]
        assert all(shape(other) == shape(everything) for other in orders)  # converges
        for version in self.made:
            kept = everything.get(version.record_id, [])
            # Kept, or replaced by someone who had seen it: never silently dropped.
            assert any(v.hlc == version.hlc or version.hlc in self.seen[v.hlc] for v in kept), (
                version
            )


class NaiveReplicas(Replicas):
    merge = staticmethod(naive_merge)


SETTINGS = settings(
    max_examples=150,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def test_merging_converges_and_keeps_every_text():
    run_state_machine_as_test(Replicas, settings=SETTINGS)


def test_a_naive_merge_is_caught():
    # Found, not shrunk: which small example shows it does not matter here.
    quick = settings(SETTINGS, max_examples=300, database=None, phases=[Phase.generate])
    with pytest.raises(AssertionError):
        run_state_machine_as_test(NaiveReplicas, settings=quick)


def clock(number, skew_ms=0, now=None):
    now = now if now is not None else [1_790_000_000_000]
    return HybridClock(INSTALLATIONS[number], now_ms=lambda: now[0] + skew_ms), now


def test_an_edit_made_after_merging_wins_whatever_the_clocks_say():
    now = [1_790_000_000_000]
    ahead, _ = clock(0, +HOUR_MS, now)
    behind, _ = clock(1, -HOUR_MS, now)
    anna, bo = {}, {}
    merging.edit(anna, "r", {"text": "Annas"}, ahead)
    bo = merging.merge(bo, anna)
    merging.observe(behind, bo)
    mine = merging.edit(bo, "r", {"text": "Bos, efter Annas"}, behind)  # an hour "earlier"
    anna = merging.merge(anna, bo)
    assert [v.hlc for v in anna["r"]] == [mine.hlc]  # no conflict: Bo had seen Anna's


def test_concurrent_edits_keep_both_texts_and_a_resolution_ends_the_conflict():
    now = [1_790_000_000_000]
    one, _ = clock(0, 0, now)
    two, _ = clock(1, 0, now)
    anna, bo = {}, {}
    merging.edit(anna, "r", {"text": "början"}, one)
    bo = merging.merge(bo, anna)
    merging.observe(two, bo)
    merging.edit(anna, "r", {"text": "Annas ändring"}, one)
    merging.edit(bo, "r", {"text": "Bos ändring"}, two)
    together = merging.merge(anna, bo)
    assert {v.data["text"] for v in together["r"]} == {"Annas ändring", "Bos ändring"}
    merging.observe(one, together)
    merging.resolve(together, "r", {"text": "båda"}, one)
    assert [v.data["text"] for v in merging.merge(together, bo)["r"]] == ["båda"]


def test_an_edit_made_after_a_delete_brings_the_record_back():
    now = [1_790_000_000_000]
    one, _ = clock(0, 0, now)
    two, _ = clock(1, 0, now)
    anna, bo = {}, {}
    merging.edit(anna, "r", {"text": "text"}, one)
    merging.edit(anna, "r", {"deleted_at": "2026-11-25"}, one)
    bo = merging.merge(bo, anna)
    merging.observe(two, bo)
    merging.edit(bo, "r", {"text": "tillbaka"}, two)
    (shown,) = merging.merge(anna, bo)["r"]
    assert not shown.deleted and shown.data["text"] == "tillbaka"


def test_an_edit_over_a_conflict_of_its_own_keeps_what_that_had_seen():
    """Found by the machine: a deletion made over a kept version of the same computer must
    take on what that version had seen, or a version it had replaced comes back when the
    copies are merged in another order."""
    machine = Replicas()
    machine.start(skews=[0, 0, 0])
    machine.create(replica=2, kind="session", text="a")
    machine.create(replica=2, kind="session", text="a")
    machine.merge_file(into=1, source=2)
    machine.delete(Picks(1, "session-1"))
    machine.delete(Picks(2, "session-1"))
    machine.delete(Picks(2, "session-1"))
    machine.merge_file(into=0, source=1)
    machine.delete(Picks(0, "session-1"))
    machine.merge_file(into=0, source=2)
    machine.merge_file(into=2, source=0)
    machine.delete(Picks(0, "session-1"))
    machine.merging_obeys_its_laws()
    machine.no_text_is_lost_and_everyone_agrees()
