"""Undo and redo for the records a user changes: each step saves records on the database
thread, and undoing it puts back what was there before."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from skolgrupp.gui.database import Database

if TYPE_CHECKING:
    from skolgrupp.core.domain import Record
    from skolgrupp.core.workspace import Workspace

# A change to one record: what it was (None: it is new) and what it becomes (None: deleted).
Change = tuple["Record | None", "Record | None"]


def _apply(
    states: Sequence[tuple[type[Record], str, Record | None]],
    *,
    taken: list[Record] | None = None,
    then: Sequence[Record] = (),
) -> Callable:
    """The database job that makes each record as given (None deletes it), and then puts back
    the records in ``then``. What the deletes take with them (a case pupil's observations, say)
    is added to ``taken`` as it was. Both lists are only touched on the database thread, where
    the jobs run one after another."""
    copies = [(kind, rid, dataclasses.replace(r) if r else None) for kind, rid, r in states]

    def job(workspace: Workspace) -> None:
        with workspace.transaction():
            for kind, record_id, record in copies:
                if record is None:
                    target = workspace.get(kind, record_id)
                    if taken is not None and not target.deleted:
                        taken.extend(workspace.held_by(target))
                    workspace.delete(target)
                else:
                    workspace.put(record)
            for record in then:  # each after what holds it
                workspace.put(dataclasses.replace(record))

    return job


class SaveRecords(QUndoCommand):
    """Save changes to records (new, changed or deleted) as one step a user can undo."""

    def __init__(
        self,
        text: str,
        database: Database,
        changes: Sequence[Change],
        *,
        changed: Callable[[], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(text)
        self._database = database
        states = []
        for before, after in changes:
            known = after or before
            assert known is not None
            states.append((type(known), known.id, before, after))
        self._redo = [(kind, rid, after) for kind, rid, _, after in states]
        # Undo in reverse order: a reflection's answers go before the reflection.
        self._undo = [(kind, rid, before) for kind, rid, before, _ in reversed(states)]
        self._changed = changed
        self._failed = failed
        self._taken: list[Record] = []  # what the deletes of the last redo took with them

    def redo(self) -> None:
        self._taken = []  # filled by this redo's job
        job = _apply(self._redo, taken=self._taken)
        self._database.call(job, lambda _: self._changed(), self._failed)

    def undo(self) -> None:
        # What the deletes took with them comes back after what held it.
        job = _apply(self._undo, then=self._taken)
        self._database.call(job, lambda _: self._changed(), self._failed)


def make_stack(parent) -> QUndoStack:
    stack = QUndoStack(parent)
    stack.setUndoLimit(200)
    return stack
