"""What a group leader sees first about a group: who is in it, what comes next, what is left
to do, what the group has shared lately and which goals its work this term served."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from skolgrupp.core.domain import Group
from skolgrupp.core.store import queries
from skolgrupp.core.terms import group_term
from skolgrupp.core.workspace import Workspace


@dataclass(frozen=True)
class GroupOverview:
    group: Group
    term: str
    members: list[dict[str, Any]]
    upcoming: list[dict[str, Any]]
    open_actions: list[dict[str, Any]]
    shared_reflections: list[dict[str, Any]]
    goals: list[dict[str, Any]]
    open_commitments: list[dict[str, Any]]


def group_overview(workspace: Workspace, group_id: str, today: date) -> GroupOverview:
    """The overview of one group as of ``today``; the term is the group's own or the current."""
    group = workspace.get(Group, group_id)
    term, first, last = group_term(group.term, today)
    store = workspace.store
    return GroupOverview(
        group=group,
        term=term,
        members=queries.members(store, group_id, on=today.isoformat()),
        upcoming=queries.upcoming_sessions(store, group_id, today.isoformat()),
        open_actions=queries.open_action_items(store, group_id),
        shared_reflections=queries.recent_group_reflections(store, group_id),
        goals=queries.goal_coverage(store, group_id, first.isoformat(), last.isoformat()),
        open_commitments=queries.open_commitments(store, group_id),
    )
