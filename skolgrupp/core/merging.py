"""How two copies of a workspace come together: the rule every merge follows, without storage.

Every version of a record carries its stamp from the hybrid logical clock (``hlc``, which ends
with the installation that made it) and a version vector: for each installation, the newest
stamp of it that the version's author had seen when making it. A version *supersedes*
another when its vector has seen the other's stamp: it was made knowing it. Merging two
copies keeps, for every record, the versions that no other version supersedes:

- made one after the other (on one computer, or after a merge): only the later one remains;
- made concurrently (two people changed the same record without seeing each other's
  change): both remain. The one with the larger stamp is shown; the other is kept as a
  visible conflict until someone resolves it, so no text anyone wrote is lost. A deletion is
  a version like an edit: an edit made after it brings the record back.

Keeping exactly the versions nothing supersedes makes merging idempotent (merging the same file
twice changes nothing), commutative and associative: whoever merges whose file in whatever
order, everyone ends with the same records and the same conflicts.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from skolgrupp.core.clock import HybridClock, parse_hlc


def installation_of(stamp: str) -> str:
    return parse_hlc(stamp)[2]


@dataclass(frozen=True)
class Version:
    """One version of one record."""

    record_id: str
    hlc: str
    vv: Mapping[str, str]  # installation -> newest stamp of it seen, this version's included
    data: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def installation(self) -> str:
        return installation_of(self.hlc)

    @property
    def deleted(self) -> bool:
        return bool(self.data.get("deleted_at"))

    def supersedes(self, other: Version) -> bool:
        """Whether this version was made knowing ``other``."""
        return other.hlc != self.hlc and self.vv.get(other.installation, "") >= other.hlc


def joined(*vectors: Mapping[str, str]) -> dict[str, str]:
    """The vector that has seen all that ``vectors`` have seen."""
    out: dict[str, str] = {}
    for vector in vectors:
        for installation, stamp in vector.items():
            if stamp > out.get(installation, ""):
                out[installation] = stamp
    return out


def survivors(versions: Iterable[Version]) -> list[Version]:
    """The versions no other one supersedes, the one shown first (largest stamp)."""
    unique = {v.hlc: v for v in versions}.values()
    kept = [v for v in unique if not any(w.supersedes(v) for w in unique)]
    return sorted(kept, key=lambda v: v.hlc, reverse=True)


# A copy of a workspace, as merging sees it: for each record, its surviving versions.
State = dict[str, list[Version]]


def merge(ours: State, theirs: State) -> State:
    """The records of both copies, each with the versions that survive both."""
    merged: State = {}
    for record_id in ours.keys() | theirs.keys():
        merged[record_id] = survivors([*ours.get(record_id, ()), *theirs.get(record_id, ())])
    return merged


def edit(
    state: State,
    record_id: str,
    data: Mapping[str, Any],
    clock: HybridClock,
    fresh_installation: Callable[[], str] = lambda: str(uuid.uuid4()),
) -> Version:
    """A new version made on one computer over the version it shows (a new record when it
    has none): it supersedes that one, not a conflict still waiting to be resolved.

    A newer stamp of an installation supersedes all its older ones. So when a version of
    this very installation is kept as a conflict, the copy goes on as a new installation
    (``fresh_installation``, taken by ``clock``): else the new version would end the
    conflict unseen, and that version's text would be gone."""
    shown = state.get(record_id, [])
    if any(v.installation == clock.installation_id for v in shown[1:]):
        clock.installation_id = fresh_installation()
    stamp = clock.tick()
    vv = dict(shown[0].vv) if shown else {}
    vv[installation_of(stamp)] = stamp
    version = Version(record_id, stamp, vv, dict(data))
    state[record_id] = survivors([version, *shown])
    return version


def resolve(state: State, record_id: str, data: Mapping[str, Any], clock: HybridClock) -> Version:
    """The user's answer to a conflict: a version made knowing every surviving one, so it
    supersedes them all, here and wherever it is merged."""
    shown = state.get(record_id, [])
    vv = joined(*(v.vv for v in shown))
    stamp = clock.tick()
    vv[installation_of(stamp)] = stamp
    version = Version(record_id, stamp, vv, dict(data))
    state[record_id] = [version]
    return version


def observe(clock: HybridClock, state: State) -> None:
    """Let ``clock`` know every stamp in ``state``, so that what is made after a merge comes
    after all that was merged, whatever the computers' clocks say."""
    for versions in state.values():
        for version in versions:
            clock.observe(version.hlc)
