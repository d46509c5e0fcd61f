"""Records changed on two computers at once: the versions a merge keeps beside the one shown,
how the user sees them, and the choice that ends the conflict everywhere it is merged."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from skolgrupp.core import merging
from skolgrupp.core.domain import BY_KIND, Record
from skolgrupp.core.i18n import QT_TRANSLATE_NOOP, translate
from skolgrupp.core.store.records import Conflict
from skolgrupp.core.workspace import Workspace

# The fields a conflict shows, in the user's words.
FIELD_NAMES = {
    "answer": QT_TRANSLATE_NOOP("fields", "answer"),
    "class_name": QT_TRANSLATE_NOOP("fields", "class"),
    "code": QT_TRANSLATE_NOOP("fields", "code"),
    "correct": QT_TRANSLATE_NOOP("fields", "correct answers"),
    "cycle_type": QT_TRANSLATE_NOOP("fields", "kind of cycle"),
    "date": QT_TRANSLATE_NOOP("fields", "date"),
    "description": QT_TRANSLATE_NOOP("fields", "description"),
    "discussion": QT_TRANSLATE_NOOP("fields", "post-lesson discussion"),
    "done": QT_TRANSLATE_NOOP("fields", "done"),
    "due_on": QT_TRANSLATE_NOOP("fields", "due"),
    "duration_min": QT_TRANSLATE_NOOP("fields", "minutes"),
    "email": QT_TRANSLATE_NOOP("fields", "e-mail"),
    "ends_on": QT_TRANSLATE_NOOP("fields", "ends"),
    "findings": QT_TRANSLATE_NOOP("fields", "findings"),
    "format": QT_TRANSLATE_NOOP("fields", "format"),
    "grade": QT_TRANSLATE_NOOP("fields", "grade"),
    "iteration": QT_TRANSLATE_NOOP("fields", "research lesson"),
    "joined_on": QT_TRANSLATE_NOOP("fields", "joined"),
    "label": QT_TRANSLATE_NOOP("fields", "label"),
    "learning_object": QT_TRANSLATE_NOOP("fields", "object of learning"),
    "left_on": QT_TRANSLATE_NOOP("fields", "left"),
    "long_term_goal": QT_TRANSLATE_NOOP("fields", "long-term goal"),
    "max_score": QT_TRANSLATE_NOOP("fields", "points"),
    "module": QT_TRANSLATE_NOOP("fields", "module"),
    "name": QT_TRANSLATE_NOOP("fields", "name"),
    "notes": QT_TRANSLATE_NOOP("fields", "notes"),
    "owner": QT_TRANSLATE_NOOP("fields", "school owner"),
    "part": QT_TRANSLATE_NOOP("fields", "part"),
    "place": QT_TRANSLATE_NOOP("fields", "place"),
    "plan": QT_TRANSLATE_NOOP("fields", "plan"),
    "position": QT_TRANSLATE_NOOP("fields", "place in order"),
    "preparation": QT_TRANSLATE_NOOP("fields", "preparation"),
    "prompt": QT_TRANSLATE_NOOP("fields", "question"),
    "pupils": QT_TRANSLATE_NOOP("fields", "pupils"),
    "question": QT_TRANSLATE_NOOP("fields", "question"),
    "report": QT_TRANSLATE_NOOP("fields", "how it went"),
    "revision": QT_TRANSLATE_NOOP("fields", "revision"),
    "role": QT_TRANSLATE_NOOP("fields", "role"),
    "score": QT_TRANSLATE_NOOP("fields", "score"),
    "shared_how": QT_TRANSLATE_NOOP("fields", "how the findings were shared"),
    "stage": QT_TRANSLATE_NOOP("fields", "school form"),
    "start_time": QT_TRANSLATE_NOOP("fields", "time"),
    "starts_on": QT_TRANSLATE_NOOP("fields", "starts"),
    "status": QT_TRANSLATE_NOOP("fields", "status"),
    "subject": QT_TRANSLATE_NOOP("fields", "subject"),
    "term": QT_TRANSLATE_NOOP("fields", "term"),
    "test": QT_TRANSLATE_NOOP("fields", "test"),
    "text": QT_TRANSLATE_NOOP("fields", "text"),
    "title": QT_TRANSLATE_NOOP("fields", "title"),
    "typifies": QT_TRANSLATE_NOOP("fields", "typifies"),
    "visibility": QT_TRANSLATE_NOOP("fields", "visibility"),
    "written_on": QT_TRANSLATE_NOOP("fields", "written"),
    "deleted_at": QT_TRANSLATE_NOOP("fields", "deleted"),
}


def field_name(name: str) -> str:
    text = FIELD_NAMES.get(name)
    return translate("fields", text) if text else name


@dataclass(frozen=True)
class Side:
    """One version of a record in conflict."""

    hlc: str
    changed_by: str
    updated_at: str
    deleted: bool
    data: dict[str, Any]


@dataclass(frozen=True)
class RecordConflict:
    """A record changed on two computers at once: the version shown and those kept."""

    kind: str
    record_id: str
    shown: Side
    others: list[Side]

    def differing(self) -> list[str]:
        """The fields whose values the versions do not agree on (stamps left out)."""
        skip = set(Record.columns()) - {"deleted_at"}
        names = [n for n in BY_KIND[self.kind].columns() if n not in skip]
        return [
            n for n in names if any(o.data.get(n) != self.shown.data.get(n) for o in self.others)
        ]


def _side(data: dict[str, Any]) -> Side:
    return Side(data["hlc"], data["changed_by"], data["updated_at"], bool(data["deleted_at"]), data)


def record_conflicts(workspace: Workspace) -> list[RecordConflict]:
    """Every record with versions kept beside the one shown, a deleted-and-deleted pair
    left out (there is nothing to choose between)."""
    store = workspace.store
    kept: dict[str, list[Conflict]] = {}
    for conflict in store.conflicts():
        kept.setdefault(conflict.record_id, []).append(conflict)
    out = []
    for record_id, conflicts in kept.items():
        kind = conflicts[0].kind
        rows = store.find(BY_KIND[kind], include_deleted=True, id=record_id)
        if not rows:
            continue
        shown = _side(dataclasses.asdict(rows[0]))
        others = [_side(store.stored_json(c.data)) for c in conflicts]
        if shown.deleted and all(o.deleted for o in others):
            continue
        out.append(RecordConflict(kind, record_id, shown, others))
    return out


def resolve_conflict(workspace: Workspace, record_id: str, keep: str) -> None:
    """Keep the version stamped ``keep`` (the shown one or a kept one) as the record, in a
    new version made knowing them all: the conflict ends here and wherever it is merged."""
    store = workspace.store
    conflicts = [c for c in store.conflicts() if c.record_id == record_id]
    if not conflicts:
        return
    kind = conflicts[0].kind
    current = store.get(BY_KIND[kind], record_id, include_deleted=True)
    vectors = [store.stored_json(store.version_vectors([record_id]).get(record_id) or "{}")]
    versions = {current.hlc: dataclasses.asdict(current)}
    for conflict in conflicts:
        vectors.append(store.stored_json(conflict.vv))
        versions[conflict.hlc] = store.stored_json(conflict.data)
    chosen = BY_KIND[kind](**versions[keep])
    with store.transaction():
        store.set_version_vector(record_id, json.dumps(merging.joined(*vectors), sort_keys=True))
        store.set_conflicts({record_id: []})
        store.update(chosen)
