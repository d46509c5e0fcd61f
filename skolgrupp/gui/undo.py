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


def _apply(states: Sequence[tuple[type[Record], str, Record | None]]) -> Callable:
    """The database job that makes each record as given; None deletes it."""
    copies = [(kind, rid, dataclasses.replace(r) if r else None) for kind, rid, r in states]

    def job(workspace: Workspace) -> None:
        with workspace.transaction():
            for kind, record_id, record in copies:
                if record is None:
                    workspace.delete(workspace.get(kind, record_id))
                else:
                    workspace.put(record)

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

    def redo(self) -> None:
        self._database.call(_apply(self._redo), lambda _: self._changed(), self._failed)

    def undo(self) -> None:
        self._database.call(_apply(self._undo), lambda _: self._changed(), self._failed)


def make_stack(parent) -> QUndoStack:
    stack = QUndoStack(parent)
    stack.setUndoLimit(200)
    return stack
