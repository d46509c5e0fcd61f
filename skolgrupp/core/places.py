"""Where a record lives in the window: the group, and the view that shows its text.

A privacy finding names a record by kind and id; the user wants to go there and change the
text. ``locate`` answers with the group, the session, cycle, research lesson or reflection the
record belongs to, and which editor holds its text, without knowing anything of widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from skolgrupp.core.domain import (
    ActionItem,
    AgendaItem,
    CasePupil,
    Commitment,
    CriticalAspect,
    Cycle,
    CyclePhase,
    Decision,
    Group,
    Interview,
    LessonPhase,
    Observation,
    ObserverAssignment,
    Prediction,
    Record,
    Reflection,
    ReflectionAnswer,
    ResearchLesson,
    Session,
    TestItem,
)

if TYPE_CHECKING:
    from skolgrupp.core.workspace import Workspace

# The views that hold a record's text.
GROUP = "group"  # the group's own description: the group editor
SESSION = "session"  # a session's plan: the session editor
MEETING = "meeting"  # minutes, decisions, action items, commitments: meeting mode
CYCLE = "cycle"  # a cycle, its phases, critical aspects, case pupils, test items
LESSON = "lesson"  # a research lesson, its phases, predictions, observers, interviews
OBSERVATION = "observation"  # what an observer noted in a research lesson
REFLECTION = "reflection"  # a reflection and its answers, in the reflections list


@dataclass(frozen=True)
class Place:
    """Where a record is shown: its group, the view that holds its text, and what to choose
    there. Only the fields the view needs are set."""

    group_id: str
    view: str
    session_id: str | None = None
    cycle_id: str | None = None
    lesson_id: str | None = None
    reflection_id: str | None = None
    commitment_id: str | None = None
    agenda_item_id: str | None = None  # whose minutes
    observer_id: str | None = None  # whose notes an observation is


# The view that holds each kind's text.
_VIEWS = {
    Session.kind: SESSION,
    AgendaItem.kind: MEETING,
    Decision.kind: MEETING,
    ActionItem.kind: MEETING,
    Commitment.kind: MEETING,
    Cycle.kind: CYCLE,
    CyclePhase.kind: CYCLE,
    CriticalAspect.kind: CYCLE,
    CasePupil.kind: CYCLE,
    TestItem.kind: CYCLE,
    ResearchLesson.kind: LESSON,
    LessonPhase.kind: LESSON,
    Prediction.kind: LESSON,
    Interview.kind: LESSON,
    ObserverAssignment.kind: LESSON,
    Observation.kind: OBSERVATION,
    Reflection.kind: REFLECTION,
    ReflectionAnswer.kind: REFLECTION,
}
# What holds a record, by the field that links to it, up to a session, cycle or reflection.
_HELD_BY: dict[type[Record], tuple[str, type[Record]]] = {
    AgendaItem: ("session_id", Session),
    Decision: ("session_id", Session),
    ActionItem: ("session_id", Session),
    CyclePhase: ("cycle_id", Cycle),
    CriticalAspect: ("cycle_id", Cycle),
    CasePupil: ("cycle_id", Cycle),
    TestItem: ("cycle_id", Cycle),
    ResearchLesson: ("cycle_id", Cycle),
    LessonPhase: ("lesson_id", ResearchLesson),
    Interview: ("lesson_id", ResearchLesson),
    ObserverAssignment: ("lesson_id", ResearchLesson),
    Prediction: ("phase_id", LessonPhase),
    Observation: ("phase_id", LessonPhase),
    ReflectionAnswer: ("reflection_id", Reflection),
}
_SHOWN: tuple[type[Record], ...] = (Session, Cycle, Reflection, Commitment, *_HELD_BY)
_KINDS = {cls.kind: cls for cls in _SHOWN}


def locate(workspace: Workspace, record_kind: str, record_id: str) -> Place | None:
    """Where the record of ``record_kind`` and ``record_id`` is shown, or None when it, or
    what holds it, is gone (deleted since, or never here), or no view shows its kind."""
    if record_kind == Group.kind:
        return Place(record_id, GROUP) if _get(workspace, Group, record_id) else None
    if record_kind not in _KINDS:
        return None
    record = _get(workspace, _KINDS[record_kind], record_id)
    line: dict[type[Record], Record] = {}  # the record and what holds it, by kind
    while record is not None:
        line[type(record)] = record
        if type(record) not in _HELD_BY:
            break
        link, holder = _HELD_BY[type(record)]
        record = _get(workspace, holder, getattr(record, link))
    if record is None:
        return None
    group_id = getattr(record, "group_id", "")
    view = _VIEWS[record_kind]
    session, cycle, lesson = line.get(Session), line.get(Cycle), line.get(ResearchLesson)
    reflection = line.get(Reflection)
    commitment = line.get(Commitment)
    observation = line.get(Observation)
    if isinstance(commitment, Commitment):
        # Reported at a later session: that meeting holds the report.
        session_id = commitment.report_session_id or commitment.made_in_session_id
        return Place(group_id, view, session_id=session_id, commitment_id=commitment.id)
    return Place(
        group_id,
        view,
        session_id=session.id if session else None,
        cycle_id=cycle.id if cycle else None,
        lesson_id=lesson.id if lesson else None,
        reflection_id=reflection.id if reflection else None,
        agenda_item_id=record_id if record_kind == AgendaItem.kind else None,
        observer_id=observation.observer_id if isinstance(observation, Observation) else None,
    )


R = TypeVar("R", bound=Record)


def _get(workspace: Workspace, cls: type[R], record_id: str | None) -> R | None:
    """The record, unless it is deleted or was never here."""
    found: list[R] = workspace.find(cls, id=record_id) if record_id else []
    return found[0] if found else None
