"""Undo and redo for the records a user changes: each step saves records on the database
thread, and undoing it puts back what was there before (or deletes what was new)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand, QUndoStack

from skolgrupp.gui.database import Database

if TYPE_CHECKING:
    from skolgrupp.core.domain import Record
    from skolgrupp.core.workspace import Workspace


def _apply(states: Sequence[tuple[type[Record], str, Record | None]]) -> Callable:
    """The database job that makes each record as given; None deletes it."""
    copies = [
        (kind, record_id, dataclasses.replace(r) if r else None) for kind, record_id, r in states
    ]

    def job(workspace: Workspace) -> None:
        with workspace.transaction():
            for kind, record_id, record in copies:
                if record is None:
                    workspace.delete(workspace.get(kind, record_id))
                else:
                    workspace.put(record)

    return job


class SaveRecords(QUndoCommand):
    """Save records (new or changed) as one step a user can undo."""

    def __init__(
        self,
        text: str,
        database: Database,
        after: Sequence[Record],
        before: Sequence[Record | None],
        *,
        changed: Callable[[], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(text)
        self._database = database
        self._redo = [(type(r), r.id, r) for r in after]
        # Undo in reverse order: a reflection's answers go before the reflection.
        self._undo = [
            (type(a), a.id, b) for a, b in reversed(list(zip(after, before, strict=True)))
        ]
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
