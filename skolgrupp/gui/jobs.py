"""The work the window hands to the database thread. The core is imported here, when the first
job runs on that thread, so the window can show itself while the core loads."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from skolgrupp.core.overview import GroupOverview
    from skolgrupp.core.search import Hit
    from skolgrupp.core.workspace import Workspace


def open_workspace(path: Path) -> Workspace:
    from skolgrupp.core.workspace import Workspace

    return Workspace.open(path)


def create_workspace(path: Path) -> Workspace:
    from skolgrupp.core.workspace import Workspace

    return Workspace.create(path)


def open_default() -> Workspace:
    from skolgrupp.core.workspace import Workspace

    return Workspace.open_default()


def groups(workspace: Workspace) -> list[dict[str, Any]]:
    from skolgrupp.core.store import queries

    return queries.groups(workspace.store)


def group_overview(workspace: Workspace, group_id: str, today: date) -> GroupOverview:
    from skolgrupp.core.overview import group_overview

    return group_overview(workspace, group_id, today)


def search(workspace: Workspace, text: str, *, limit: int) -> list[Hit]:
    from skolgrupp.core.search import search

    return search(workspace, text, limit=limit)
