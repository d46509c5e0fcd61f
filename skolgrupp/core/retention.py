"""Retention (gallring): a finished cycle's case-pupil details have a lifetime.

What the group learned stays; what was written about individual children goes once it has
served its purpose. Erasing a cycle's pupil details deletes the predictions, observations and
interviews about its case pupils (tombstones with their text blanked, as any delete leaves),
gives each case pupil a neutral pseudonym by position ("Elev 1", "Elev 2") and blanks whom
they typify. The test scores stay, tied to the neutral pseudonym, and so do the class results,
critical aspects, test items, the research lessons' plans, revisions and discussions, and the
findings. The cycle keeps the day it was done (``Cycle.pupil_data_erased_on``).

When a cycle counts as finished (``finished_on``):

- every phase is done: it finished on the latest day any phase starts or ends, as the year
  summary counts a completed cycle; when that day is still to come (finished early) or no
  phase has a date, on the day the last phase was saved;
- otherwise, when its last phase (by position) has an end date that has passed: on that day.
  Statuses are often left as they were once the work is over; dates are not.

A cycle without phases never finishes. Erasing is offered, never done on its own: a reminder
lists the cycles finished longer ago than a setting (``due_for_erasure``, one school year by
default).

Erasure merges as a deletion: the new versions it writes were made knowing every version of
those records (versions kept beside them included), so a colleague's older copy cannot bring
the words back, and the erasure reaches colleagues through sharing and merging. A colleague's
change made without knowing of the erasure is not kept as a conflict either:
``MergeRule`` keeps, for records of an erased cycle's case pupils, the erased version alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from skolgrupp.core import merging, snapshots
from skolgrupp.core.domain import (
    CasePupil,
    Cycle,
    CyclePhase,
    Interview,
    Observation,
    PhaseStatus,
    Prediction,
    PrivacyAcknowledgement,
    Record,
)
from skolgrupp.core.errors import WorkspaceError
from skolgrupp.core.i18n import translate

if TYPE_CHECKING:
    from skolgrupp.core.merging import Version
    from skolgrupp.core.workspace import Workspace

# How long after a cycle finished the reminder to erase its pupil details appears.
HALF_A_SCHOOL_YEAR_DAYS = 182
ONE_SCHOOL_YEAR_DAYS = 365
TWO_SCHOOL_YEARS_DAYS = 730
DEFAULT_AFTER_DAYS = ONE_SCHOOL_YEAR_DAYS

# What is written about a case pupil, deleted by an erasure.
PUPIL_DETAILS: tuple[type[Record], ...] = (Prediction, Observation, Interview)
_DETAIL_KINDS = frozenset(cls.kind for cls in PUPIL_DETAILS)


class CycleNotFinished(WorkspaceError):
    """Erasing was asked for a cycle that is still going on."""

    def __init__(self, title: str):
        super().__init__(
            translate(
                "retention",
                "The cycle {title} is not finished: its pupil details are erased only once "
                "every phase is done or the last phase has ended.",
            ).format(title=title)
        )


# -- when a cycle is finished -----------------------------------------------------------------


def finished_from_phases(phases: Sequence[CyclePhase], today: date) -> date | None:
    """The day a cycle with these (live) phases finished, or None while it goes on. The rule
    is the module's."""
    if not phases:
        return None
    ordered = sorted(phases, key=lambda p: p.position)
    if all(p.status == PhaseStatus.DONE for p in ordered):
        days = [_day(d) for p in ordered for d in (p.starts_on, p.ends_on)]
        latest = max((d for d in days if d is not None), default=None)
        if latest is not None and latest <= today:
            return latest
        saved = [d for p in ordered if (d := _day(p.updated_at[:10])) is not None]
        return min(max(saved, default=today), today)
    last_end = _day(ordered[-1].ends_on)
    if last_end is not None and last_end < today:
        return last_end
    return None


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def finished_on(workspace: Workspace, cycle_id: str, today: date | None = None) -> date | None:
    """The day the cycle finished (see the module), or None while it goes on."""
    phases = workspace.find(CyclePhase, cycle_id=cycle_id)
    return finished_from_phases(phases, today or date.today())


def due_for_erasure(
    workspace: Workspace, today: date, after_days: int = DEFAULT_AFTER_DAYS
) -> list[Cycle]:
    """Cycles finished ``after_days`` or more before ``today`` whose case pupils' details
    are still kept, the longest finished first. Cycles without case pupils have nothing to
    erase and are left out."""
    phases: dict[str, list[CyclePhase]] = {}
    for phase in workspace.find(CyclePhase):
        phases.setdefault(phase.cycle_id, []).append(phase)
    with_pupils = {p.cycle_id for p in workspace.find(CasePupil)}
    limit = today - timedelta(days=after_days)
    due: list[tuple[date, Cycle]] = []
    for cycle in workspace.find(Cycle, order_by="created_at"):
        if cycle.pupil_data_erased_on or cycle.id not in with_pupils:
            continue
        finished = finished_from_phases(phases.get(cycle.id, []), today)
        if finished is not None and finished <= limit:
            due.append((finished, cycle))
    return [cycle for _, cycle in sorted(due, key=lambda pair: pair[0])]


# -- erasing ------------------------------------------------------------------------------


def pseudonym(position: int) -> str:
    """The neutral name an erased cycle's case pupil gets: "Elev 1", "Elev 2"."""
    return translate("cycles", "Pupil {letter}").format(letter=position)


@dataclass(frozen=True)
class Details:
    """What an erasure of a cycle would take: its case pupils, who keep a neutral pseudonym,
    and what is written about them."""

    pupils: int
    predictions: int
    observations: int
    interviews: int


def pupil_details(workspace: Workspace, cycle_id: str) -> Details:
    """How many case pupils a cycle has, and how much is written about them."""
    pupils = [p.id for p in workspace.find(CasePupil, cycle_id=cycle_id)]
    counts = {
        cls.kind: sum(workspace.count(cls, pupil_id=pupil) for pupil in pupils)
        for cls in PUPIL_DETAILS
    }
    return Details(
        len(pupils), counts[Prediction.kind], counts[Observation.kind], counts[Interview.kind]
    )


@dataclass(frozen=True)
class Summary:
    """What an erasure did."""

    cycle_id: str
    title: str
    erased_on: date
    pupils: int  # case pupils given a neutral pseudonym
    predictions: int
    observations: int
    interviews: int
    acknowledgements: int  # privacy findings said to be no pupil's, of what was erased
    kept_versions: int  # versions from two computers kept beside the erased ones
    snapshot_removed: Path | None  # the last merge's snapshot, which held the old words


def erase_pupil_details(workspace: Workspace, cycle_id: str, today: date) -> Summary:
    """Erase a finished cycle's case-pupil details in one transaction, and then what the file
    still holds of their words (the search index keeps the words of deleted text until it is
    merged; SQLite's secure delete has overwritten the rest). The snapshot of the last merge,
    which holds them too and could no longer undo that merge, is removed. Backup copies made
    before a migration are not changed.

    Raises:
        CycleNotFinished: when the cycle goes on (``finished_on``).
        RecordNotFound: when there is no such cycle.
    """
    store = workspace.store
    cycle = workspace.get(Cycle, cycle_id)
    if finished_on(workspace, cycle_id, today) is None:
        raise CycleNotFinished(cycle.title)
    counts = dict.fromkeys(_DETAIL_KINDS, 0)
    with workspace.transaction():
        every_pupil = store.find(CasePupil, include_deleted=True, cycle_id=cycle_id)
        pupil_ids = {p.id for p in every_pupil}
        details: list[Record] = [
            record
            for cls in PUPIL_DETAILS
            for pupil in every_pupil
            for record in store.find(cls, include_deleted=True, pupil_id=pupil.id)
        ]
        acknowledgements = [
            ack
            for record_id in sorted(pupil_ids | {d.id for d in details})
            for ack in store.find(PrivacyAcknowledgement, record_id=record_id)
        ]
        erased = pupil_ids | {r.id for r in details} | {a.id for a in acknowledgements}
        kept = _supersede_kept_versions(workspace, erased)
        for record in details:
            if not record.deleted:
                counts[record.kind] += 1
                workspace.delete(record)  # its own acknowledgements go with it
            elif record.id in kept:
                workspace.update(record)  # a new tombstone, made knowing what was kept
        live = sorted((p for p in every_pupil if not p.deleted), key=lambda p: p.position)
        gone = [p for p in every_pupil if p.deleted]
        for number, pupil in enumerate([*live, *gone], start=1):
            pupil.label = pseudonym(number)
            pupil.typifies = ""
            workspace.update(pupil)
        for ack in acknowledgements:
            if ack.record_id in pupil_ids:  # those of the details went with them
                workspace.delete(ack)
        cycle.pupil_data_erased_on = today.isoformat()
        workspace.update(cycle)
    # Relabelling is not deleting: the index is told to merge all the same.
    store.erased = True
    store.erase_leftovers()
    return Summary(
        cycle_id=cycle.id,
        title=cycle.title,
        erased_on=today,
        pupils=len(live),
        predictions=counts[Prediction.kind],
        observations=counts[Observation.kind],
        interviews=counts[Interview.kind],
        acknowledgements=len(acknowledgements),
        kept_versions=sum(kept.values()),
        snapshot_removed=_remove_merge_snapshot(workspace.path),
    )


def _supersede_kept_versions(workspace: Workspace, ids: set[str]) -> dict[str, int]:
    """Drop the versions kept beside the records ``ids`` (a colleague's text, from a merge),
    letting each record's next version know them: it then supersedes them wherever it is
    merged, as a user's choice of a conflict does. How many went, by record id."""
    store = workspace.store
    kept: dict[str, list[dict[str, str]]] = {}
    for conflict in store.conflicts():
        if conflict.record_id in ids:
            kept.setdefault(conflict.record_id, []).append(store.stored_json(conflict.vv))
    if not kept:
        return {}
    vectors = store.version_vectors(kept)
    for record_id, seen in kept.items():
        now = store.stored_json(vectors[record_id]) if record_id in vectors else {}
        store.set_version_vector(record_id, json.dumps(merging.joined(now, *seen), sort_keys=True))
    store.set_conflicts({record_id: [] for record_id in kept})
    return {record_id: len(versions) for record_id, versions in kept.items()}


def _remove_merge_snapshot(path: Path) -> Path | None:
    """The workspace as it was before its last merge holds what was just erased; undoing that
    merge is no longer possible once the workspace has changed, so it goes. A snapshot a merge
    still running elsewhere is writing is left alone."""
    snapshot = snapshots.snapshot_path(path)
    try:
        if snapshot.is_file():
            snapshot.unlink()
            return snapshot
    except OSError:
        pass  # the workspace itself is erased; the summary says no snapshot went
    return None


# -- merging ------------------------------------------------------------------------------


class MergeRule:
    """What merging keeps of the records of an erased cycle's case pupils.

    A colleague who changed an observation (or a case pupil) without knowing of the erasure
    made a version the erasure did not see: merging would keep both, and their text would be
    back. For these records the erased version alone is kept: a tombstone of a prediction,
    observation or interview, when one survives; a case pupil's version with nothing said of
    whom it typifies. Otherwise the one shown, without the versions beside it. A cycle counts
    as erased when any of its versions, on either side, says it was: the rule then gives the
    same records on every computer, whoever merges whose file. (It also keeps one of the
    tombstones an acknowledgement gets when two computers forget it at once.)
    """

    def __init__(self, workspace: Workspace, incoming: Iterable[tuple[str, list[Version]]]):
        incoming = list(incoming)
        store = workspace.store
        cycles = {c.id for c in store.find(Cycle, include_deleted=True) if c.pupil_data_erased_on}
        for conflict in store.conflicts():  # an erased version kept beside another
            if conflict.kind == Cycle.kind and store.stored_json(conflict.data).get(
                "pupil_data_erased_on"
            ):
                cycles.add(conflict.record_id)
        for kind, versions in incoming:
            if kind == Cycle.kind and any(v.data.get("pupil_data_erased_on") for v in versions):
                cycles.add(versions[0].record_id)
        self.pupils: set[str] = set()
        for cycle_id in cycles:
            found = store.find(CasePupil, include_deleted=True, cycle_id=cycle_id)
            self.pupils.update(p.id for p in found)
        for kind, versions in incoming:
            if kind == CasePupil.kind and any(_cycle_of(v.data) in cycles for v in versions):
                self.pupils.add(versions[0].record_id)
        # What was written about those pupils: a word said of it goes with it.
        self.erased: set[str] = set(self.pupils)
        for cls in PUPIL_DETAILS:
            for pupil_id in self.pupils:
                self.erased.update(
                    r.id for r in store.find(cls, include_deleted=True, pupil_id=pupil_id)
                )
        for kind, versions in incoming:
            if kind in _DETAIL_KINDS and any(_pupil_of(v.data) in self.pupils for v in versions):
                self.erased.add(versions[0].record_id)

    def keep(self, kind: str, merged: list[Version], *, here: bool = True) -> list[Version]:
        """Of the versions ``merging.survivors`` keeps (the shown one first), those to keep;
        none for a record that should not come here at all. ``here``: whether this
        workspace has the record."""
        if kind == CasePupil.kind and merged[0].record_id in self.pupils:
            # The erasure's own version: a neutral pseudonym, nothing said of whom it stands
            # for. A colleague's version made without knowing of it may have either alone.
            erased = [v for v in merged if _neutral(v.data)]
            blank = [v for v in merged if not v.data.get("typifies")]
            return (erased or blank or merged)[:1]
        if kind in _DETAIL_KINDS and any(_pupil_of(v.data) in self.pupils for v in merged):
            tombstones = [v for v in merged if v.deleted]
            return (tombstones or merged)[:1]
        if (
            kind == PrivacyAcknowledgement.kind
            and len(merged) > 1
            and all(v.deleted for v in merged)
        ):
            # Forgotten on two computers at once (the text it was about written out on
            # both): a wordless tombstone is a tombstone, with nothing to choose between.
            return merged[:1]
        if kind == PrivacyAcknowledgement.kind and merged[0].data.get("record_id") in self.erased:
            # A colleague's word about what was erased names what was erased: none comes
            # here, and one said here goes (its tombstone holds no words).
            return [v for v in merged if v.deleted][:1] if here else []
        return merged


# The pseudonyms an erasure gives, in every language the program speaks ("Elev 3").
_NEUTRAL = re.compile(r"(?:Elev|Pupil) [0-9]{1,4}")


def _neutral(data: Mapping[str, Any]) -> bool:
    label = data.get("label")
    return (
        isinstance(label, str)
        and _NEUTRAL.fullmatch(label) is not None
        and not data.get("typifies")
    )


def _cycle_of(data: Mapping[str, Any]) -> str | None:
    value = data.get("cycle_id")
    return value if isinstance(value, str) else None


def _pupil_of(data: Mapping[str, Any]) -> str | None:
    value = data.get("pupil_id")
    return value if isinstance(value, str) else None


def erased_here(mine: Sequence[Version], merged: Sequence[Version]) -> bool:
    """Whether a merge that shows ``merged`` of a cycle brings an erasure this copy lacks."""
    return bool(merged[0].data.get("pupil_data_erased_on")) and not (
        mine and mine[0].data.get("pupil_data_erased_on")
    )


def forget_acknowledgements(workspace: Workspace, erased: set[str]) -> None:
    """Delete what was said here of findings in records a colleague's erasure erased: the
    text of such a finding is what the erasure took (in the merge's transaction)."""
    store = workspace.store
    for record_id in sorted(erased):
        for ack in store.find(PrivacyAcknowledgement, record_id=record_id):
            store.delete(ack)


def erase_leftovers(workspace: Workspace) -> None:
    """After a merge brought an erasure: the words of what it deleted or relabelled go from
    the search index now. Should that fail, closing the workspace tries again."""
    workspace.store.erased = True
    with suppress(WorkspaceError):
        workspace.store.erase_leftovers()
