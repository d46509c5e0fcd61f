"""The work the window hands to the database thread. The core is imported here, when the first
job runs on that thread, so the window can show itself while the core loads."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from skolgrupp.core.overview import GroupOverview
    from skolgrupp.core.people_csv import PeopleImport as PeopleImportPlan
    from skolgrupp.core.search import Hit
    from skolgrupp.core.workspace import Workspace
    from skolgrupp.gui.cycle_editor import CycleForm
    from skolgrupp.gui.cycles_view import CycleDetail
    from skolgrupp.gui.group_editor import GroupForm
    from skolgrupp.gui.lesson_editor import LessonForm
    from skolgrupp.gui.meeting_mode import MeetingForm
    from skolgrupp.gui.observation_mode import ObservationForm
    from skolgrupp.gui.people_editor import PeopleForm
    from skolgrupp.gui.privacy_watch import Known
    from skolgrupp.gui.reflection_editor import ReflectionChoices
    from skolgrupp.gui.session_editor import SessionForm


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


def conflicts(workspace: Workspace) -> list:
    """The records changed on two computers at once that wait for a choice."""
    from skolgrupp.core.conflicts import record_conflicts

    return record_conflicts(workspace)


def group_overview(workspace: Workspace, group_id: str, today: date) -> GroupOverview:
    from skolgrupp.core.overview import group_overview

    return group_overview(workspace, group_id, today)


def search(workspace: Workspace, text: str, *, limit: int) -> list[Hit]:
    from skolgrupp.core.search import search

    return search(workspace, text, limit=limit)


def reflection_choices(workspace: Workspace) -> ReflectionChoices:
    """Everything the reflection editor offers: groups, their members and sessions, goals."""
    from skolgrupp.core.prompts import reflection_prompts
    from skolgrupp.core.store import queries
    from skolgrupp.gui.reflection_editor import ReflectionChoices

    store = workspace.store
    groups = queries.groups(store)
    form = ReflectionChoices(
        groups=groups,
        members={g["id"]: queries.members(store, g["id"]) for g in groups},
        sessions={g["id"]: queries.sessions(store, g["id"]) for g in groups},
        goals=queries.goals(store),
        prompts=reflection_prompts(),
        cycles={g["id"]: queries.cycles(store, g["id"]) for g in groups},
    )
    form.known = _known(workspace, form)
    return form


def reflection_filters(workspace: Workspace, group_id: str, today: date) -> dict[str, Any]:
    """What a group's reflections can be narrowed by, and the group's term."""
    from skolgrupp.core.domain import Group
    from skolgrupp.core.store import queries
    from skolgrupp.core.terms import group_term

    store = workspace.store
    _, first, last = group_term(workspace.get(Group, group_id).term, today)
    return {
        "people": queries.members(store, group_id),
        "sessions": queries.sessions(store, group_id),
        "goals": queries.goals(store, group_id),
        "first": first,
        "last": last,
    }


def reflections(workspace: Workspace, group_id: str, filters: dict[str, Any]):
    from skolgrupp.core.store import queries

    return queries.reflections(workspace.store, group_id, newest_first=True, **filters)


def group_form(workspace: Workspace, group_id: str | None) -> GroupForm:
    from skolgrupp.core.domain import Group, Membership
    from skolgrupp.core.store import queries
    from skolgrupp.gui.group_editor import GroupForm

    return GroupForm(
        group=workspace.get(Group, group_id) if group_id else None,
        memberships=workspace.find(Membership, group_id=group_id) if group_id else [],
        people={p["id"]: p["name"] for p in queries.people(workspace.store)},
    )


def people_form(workspace: Workspace) -> PeopleForm:
    from skolgrupp.core.domain import Person, School
    from skolgrupp.gui.people_editor import PeopleForm

    return PeopleForm(
        people=workspace.find(Person, order_by="name"),
        schools=workspace.find(School, order_by="name"),
    )


def sessions(workspace: Workspace, group_id: str) -> list[dict[str, Any]]:
    from skolgrupp.core.store import queries

    return queries.sessions(workspace.store, group_id)


def session_form(workspace: Workspace, group_id: str, session_id: str | None) -> SessionForm:
    from skolgrupp.core.domain import AgendaItem, Session, SessionGoal
    from skolgrupp.core.store import queries
    from skolgrupp.gui.session_editor import SessionForm

    form = SessionForm(
        group_id=group_id,
        session=workspace.get(Session, session_id) if session_id else None,
        agenda=workspace.find(AgendaItem, session_id=session_id, order_by="position")
        if session_id
        else [],
        goal_links=workspace.find(SessionGoal, session_id=session_id) if session_id else [],
        members=queries.members(workspace.store, group_id),
        goals=queries.goals(workspace.store, group_id),
        cycles=queries.cycles(workspace.store, group_id),
    )
    form.known = _known(workspace, form)
    return form


def export_calendar(workspace: Workspace, group_id: str, target: Path) -> int:
    from skolgrupp.core.ical import export_planned_sessions

    return export_planned_sessions(workspace, group_id, target)


def meeting_form(workspace: Workspace, session_id: str) -> MeetingForm:
    from skolgrupp.core.domain import (
        ActionItem,
        AgendaItem,
        Attendance,
        Commitment,
        Decision,
        Group,
        Session,
    )
    from skolgrupp.core.store import queries
    from skolgrupp.gui.meeting_mode import MeetingForm

    session = workspace.get(Session, session_id)
    form = MeetingForm(
        session=session,
        group_name=workspace.get(Group, session.group_id).name,
        agenda=workspace.find(AgendaItem, session_id=session_id, order_by="position"),
        attendance=workspace.find(Attendance, session_id=session_id),
        decisions=workspace.find(Decision, session_id=session_id, order_by="position"),
        actions=workspace.find(ActionItem, session_id=session_id, order_by="position"),
        members=queries.members(workspace.store, session.group_id, on=session.date),
        # Followed up here: what was promised at the group's sessions before this one.
        open_commitments=[
            c
            for c in workspace.find(
                Commitment, group_id=session.group_id, status="open", order_by="created_at"
            )
            if workspace.get(Session, c.made_in_session_id).date < session.date
        ],
    )
    form.known = _known(workspace, form)
    return form


def plan_people_import(workspace: Workspace, source: Path) -> PeopleImportPlan:
    from skolgrupp.core.domain import Person, School
    from skolgrupp.core.people_csv import plan_import, read_rows

    return plan_import(read_rows(source), workspace.find(Person), workspace.find(School))


def cycle_board(workspace: Workspace, group_id: str) -> list[dict[str, Any]]:
    """The group's cycles, each with the status of its phases in order."""
    from skolgrupp.core.domain import CyclePhase
    from skolgrupp.core.store import queries

    rows = queries.cycles(workspace.store, group_id)
    for row in rows:
        phases = workspace.find(CyclePhase, cycle_id=row["id"], order_by="position")
        row["statuses"] = [str(p.status) for p in phases]
    return rows


def cycle_detail(workspace: Workspace, cycle_id: str) -> CycleDetail:
    from skolgrupp.core import cycles
    from skolgrupp.core.domain import (
        CasePupil,
        CriticalAspect,
        Cycle,
        CyclePhase,
        Reflection,
        ResearchLesson,
    )
    from skolgrupp.core.store import queries
    from skolgrupp.gui.cycles_view import CycleDetail

    lessons = []
    comparisons = {}
    for lesson in workspace.find(ResearchLesson, cycle_id=cycle_id, order_by="iteration"):
        grid = cycles.predicted_and_observed(workspace, lesson.id)
        comparisons[lesson.id] = grid
        lessons.append(
            {
                "id": lesson.id,
                "iteration": lesson.iteration,
                "date": lesson.date,
                "teacher": cycles.person_name(workspace, lesson.teacher_id),
                "class_name": lesson.class_name,
                "observations": sum(len(row.observed) for row in grid),
            }
        )
    return CycleDetail(
        cycle=workspace.get(Cycle, cycle_id),
        phases=workspace.find(CyclePhase, cycle_id=cycle_id, order_by="position"),
        aspects=workspace.find(CriticalAspect, cycle_id=cycle_id, order_by="position"),
        pupils=workspace.find(CasePupil, cycle_id=cycle_id, order_by="position"),
        lessons=lessons,
        results=cycles.results(workspace, cycle_id),
        comparisons=comparisons,
        sessions=queries.cycle_sessions(workspace.store, cycle_id),
        reflections=workspace.count(Reflection, cycle_id=cycle_id, visibility="group"),
    )


def cycle_form(workspace: Workspace, group_id: str, cycle_id: str | None) -> CycleForm:
    from skolgrupp.core.domain import (
        CasePupil,
        CriticalAspect,
        Cycle,
        CycleGoal,
        CyclePhase,
        TestItem,
    )
    from skolgrupp.core.store import queries
    from skolgrupp.gui.cycle_editor import CycleForm

    def held(cls):
        return workspace.find(cls, cycle_id=cycle_id, order_by="position") if cycle_id else []

    form = CycleForm(
        group_id=group_id,
        cycle=workspace.get(Cycle, cycle_id) if cycle_id else None,
        phases=held(CyclePhase),
        aspects=held(CriticalAspect),
        pupils=held(CasePupil),
        items=held(TestItem),
        goal_links=workspace.find(CycleGoal, cycle_id=cycle_id) if cycle_id else [],
        goals=queries.goals(workspace.store, group_id),
    )
    form.known = _known(workspace, form)
    return form


def lesson_form(workspace: Workspace, cycle_id: str, lesson_id: str | None) -> LessonForm:
    """A research lesson with all it holds; without ``lesson_id``, the next one, planned from
    the lesson before."""
    from skolgrupp.core import cycles
    from skolgrupp.core.domain import (
        CasePupil,
        ClassResult,
        Cycle,
        Interview,
        LessonPhase,
        Observation,
        ObserverAssignment,
        Prediction,
        ResearchLesson,
        TestItem,
        TestScore,
    )
    from skolgrupp.core.store import queries
    from skolgrupp.gui.lesson_editor import LessonForm

    if lesson_id is not None:
        # The lesson's own cycle, whatever the board showed when it was asked for.
        cycle_id = workspace.get(ResearchLesson, lesson_id).cycle_id
    cycle = workspace.get(Cycle, cycle_id)
    if lesson_id is None:
        lesson, *copied = cycles.next_lesson(workspace, cycle_id)
        assert isinstance(lesson, ResearchLesson)
        phases = [p for p in copied if isinstance(p, LessonPhase)]
    else:
        lesson = workspace.get(ResearchLesson, lesson_id)
        phases = workspace.find(LessonPhase, lesson_id=lesson_id, order_by="position")
    members = {m["person_id"]: m["name"] for m in queries.members(workspace.store, cycle.group_id)}
    predictions, observations = [], []
    if lesson_id is not None:
        for phase in phases:
            predictions += workspace.find(Prediction, phase_id=phase.id)
            observations += workspace.find(Observation, phase_id=phase.id)
    held = lesson_id is not None
    form = LessonForm(
        cycle_title=cycle.title,
        lesson=lesson,
        is_new=not held,
        phases=phases,
        pupils=workspace.find(CasePupil, cycle_id=cycle_id, order_by="position"),
        members=[{"person_id": k, "name": v} for k, v in members.items()],
        predictions=predictions,
        assignments=workspace.find(ObserverAssignment, lesson_id=lesson_id) if held else [],
        interviews=workspace.find(Interview, lesson_id=lesson_id, order_by="position")
        if held
        else [],
        items=workspace.find(TestItem, cycle_id=cycle_id, order_by="position"),
        scores=workspace.find(TestScore, lesson_id=lesson_id) if held else [],
        class_results=workspace.find(ClassResult, lesson_id=lesson_id) if held else [],
        observations=observations,
    )
    form.known = _known(workspace, form)
    return form


def observation_form(workspace: Workspace, lesson_id: str) -> ObservationForm:
    from skolgrupp.core.domain import (
        CasePupil,
        Cycle,
        LessonPhase,
        Observation,
        ObserverAssignment,
        Prediction,
        ResearchLesson,
    )
    from skolgrupp.core.store import queries
    from skolgrupp.gui.observation_mode import ObservationForm

    lesson = workspace.get(ResearchLesson, lesson_id)
    cycle = workspace.get(Cycle, lesson.cycle_id)
    phases = workspace.find(LessonPhase, lesson_id=lesson_id, order_by="position")
    predictions, observations = [], []
    for phase in phases:
        predictions += workspace.find(Prediction, phase_id=phase.id)
        observations += workspace.find(Observation, phase_id=phase.id)
    members = {m["person_id"]: m["name"] for m in queries.members(workspace.store, cycle.group_id)}
    form = ObservationForm(
        cycle_title=cycle.title,
        lesson=lesson,
        phases=phases,
        pupils=workspace.find(CasePupil, cycle_id=cycle.id, order_by="position"),
        members=[{"person_id": k, "name": v} for k, v in members.items()],
        predictions=predictions,
        assignments=workspace.find(ObserverAssignment, lesson_id=lesson_id),
        observations=observations,
    )
    form.known = _known(workspace, form)
    return form


def _known(workspace: Workspace, form: Any) -> Known:
    """The people, and the findings acknowledged in the records ``form`` holds, that an
    editor's privacy note needs."""
    from dataclasses import fields

    from skolgrupp.core.domain import Record
    from skolgrupp.gui.privacy_watch import known

    ids = set()
    for f in fields(form):
        value = getattr(form, f.name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, Record):
                ids.add(item.id)
    return known(workspace, ids)
