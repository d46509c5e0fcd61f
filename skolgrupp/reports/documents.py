"""Which documents there are and how one is asked for, the same from the app and the command
line. Each document's module loads only when that document is printed."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from skolgrupp.core.domain import Group
from skolgrupp.core.errors import CannotWrite
from skolgrupp.core.i18n import translate
from skolgrupp.core.terms import group_term

if TYPE_CHECKING:
    from skolgrupp.core.progress import Progress
    from skolgrupp.core.workspace import Workspace

# What the id names: a session (session, plan), a group (term), a cycle, a research lesson
# (observation) or a school year like "2025/26" (year).
DOCUMENTS = ("session", "plan", "term", "cycle", "observation", "year")


@dataclass(frozen=True)
class Request:
    document: str
    id: str
    first: date | None = None  # term: the period, the group's term when not given
    last: date | None = None
    owner: str | None = None  # year: "municipal" or "independent", both when not given
    observer: str | None = None  # observation: whose sheet, anyone's when not given


def term_period(workspace: Workspace, group_id: str, today: date) -> tuple[date, date]:
    """The group's own term, or the term containing ``today``."""
    _, first, last = group_term(workspace.get(Group, group_id).term, today)
    return first, last


def write(
    workspace: Workspace, request: Request, target: Path, *, progress: Progress | None = None
) -> None:
    """Write the document ``request`` asks for to ``target`` (whole or not at all), never
    over the workspace it is made from."""
    if (
        target.exists()
        and workspace.path is not None
        and workspace.path.exists()
        and os.path.samefile(target, workspace.path)
    ):
        raise CannotWrite(target, translate("errors", "It is the open workspace itself."))
    document = request.document
    if document in ("session", "plan"):
        from skolgrupp.reports import session

        make = session.session_summary if document == "session" else session.session_plan
        make(workspace, request.id, target, progress=progress)
    elif document == "term":
        from skolgrupp.reports import term

        first, last = request.first, request.last
        if first is None or last is None:
            own_first, own_last = term_period(workspace, request.id, date.today())
            first, last = first or own_first, last or own_last
        term.term_report(workspace, request.id, first, last, target, progress=progress)
    elif document == "cycle":
        from skolgrupp.reports import cycle

        cycle.cycle_report(workspace, request.id, target, progress=progress)
    elif document == "observation":
        from skolgrupp.reports import cycle

        cycle.observation_sheet(workspace, request.id, request.observer, target, progress=progress)
    elif document == "year":
        from skolgrupp.reports import term

        term.year_summary(workspace, request.id, target, owner=request.owner, progress=progress)
    else:
        raise ValueError(f"no such document: {document!r}")
