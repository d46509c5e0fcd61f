"""Which documents there are and how one is asked for, the same from the app and the command
line. Each document's module loads only when that document is printed."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from skolgrupp.core.domain import (
    ActionItem,
    AgendaItem,
    CasePupil,
    Commitment,
    CriticalAspect,
    Cycle,
    CycleGoal,
    CyclePhase,
    Decision,
    Goal,
    Group,
    Interview,
    LessonPhase,
    Observation,
    Prediction,
    Record,
    Reflection,
    ReflectionAnswer,
    ResearchLesson,
    Session,
    SessionGoal,
    TestItem,
    Visibility,
)
from skolgrupp.core.errors import CannotWrite
from skolgrupp.core.i18n import translate
from skolgrupp.core.terms import group_term

if TYPE_CHECKING:
    from skolgrupp.core.privacy_scan import Finding
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


def document_findings(workspace: Workspace, request: Request) -> list[Finding]:
    """What looks like a pupil's personal data in the records the document ``request`` asks
    for is printed from, for the user to see before it is printed: a session's (session,
    plan), a cycle's (cycle, and observation: the lesson's cycle), what a group shares (term)
    or what every group shares (year). Whole records and periods are read where a document
    prints parts of them, so a finding may be in what is not printed; never in a private
    reflection, which no document prints."""
    from skolgrupp.core import privacy_scan

    document = request.document
    if document in ("session", "plan"):
        records = _session_records(workspace, request.id)
    elif document in ("cycle", "observation"):
        cycle_id = request.id
        if document == "observation":
            cycle_id = workspace.get(ResearchLesson, request.id).cycle_id
        records = _cycle_records(workspace, cycle_id)
    elif document == "term":
        workspace.get(Group, request.id)  # a clear message for an unknown group
        return privacy_scan.scan(workspace, group_id=request.id, shared_only=True)
    elif document == "year":
        return privacy_scan.scan(workspace, shared_only=True)
    else:
        raise ValueError(f"no such document: {document!r}")
    return privacy_scan.scan(workspace, records=records)


def _session_records(workspace: Workspace, session_id: str) -> list[Record]:
    """What a session's summary and plan are printed from; shared reflections only."""
    session = workspace.get(Session, session_id)
    out: list[Record] = [session]
    for kind in (AgendaItem, Decision, ActionItem):
        out += workspace.find(kind, session_id=session_id)
    reflections = workspace.find(Reflection, session_id=session_id, visibility=Visibility.GROUP)
    out += reflections
    for reflection in reflections:
        out += workspace.find(ReflectionAnswer, reflection_id=reflection.id)
    out += workspace.find(Commitment, made_in_session_id=session_id)
    out += workspace.find(Commitment, report_session_id=session_id)
    for link in workspace.find(SessionGoal, session_id=session_id):
        out += workspace.find(Goal, id=link.goal_id)
    return out


def _cycle_records(workspace: Workspace, cycle_id: str) -> list[Record]:
    """What a cycle's report and its observation sheets are printed from."""
    out: list[Record] = [workspace.get(Cycle, cycle_id)]
    for kind in (CyclePhase, CriticalAspect, CasePupil, TestItem):
        out += workspace.find(kind, cycle_id=cycle_id)
    lessons = workspace.find(ResearchLesson, cycle_id=cycle_id)
    out += lessons
    for lesson in lessons:
        phases = workspace.find(LessonPhase, lesson_id=lesson.id)
        out += phases
        out += workspace.find(Interview, lesson_id=lesson.id)
        for phase in phases:
            out += workspace.find(Prediction, phase_id=phase.id)
            out += workspace.find(Observation, phase_id=phase.id)
    for link in workspace.find(CycleGoal, cycle_id=cycle_id):
        out += workspace.find(Goal, id=link.goal_id)
    return out
