"""Where a record lives: every kind with free text about pupils leads to its group and the view
that holds the text, and a deleted record leads nowhere."""

import pytest

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
    Person,
    Prediction,
    Reflection,
    ReflectionAnswer,
    ResearchLesson,
    Session,
)
from skolgrupp.core.domain import TestItem as Item  # not a test class
from skolgrupp.core.places import (
    CYCLE,
    GROUP,
    LESSON,
    MEETING,
    OBSERVATION,
    REFLECTION,
    SESSION,
    Place,
    locate,
)


@pytest.fixture
def group(workspace):
    """A group with a session, a later one, a cycle with a research lesson, and a reflection,
    each with the records that hang from it."""
    ws = workspace
    g = ws.add(Group(name="Specialpedagogik"))
    anna = ws.add(Person(name="Anna Berg"))
    first = ws.add(Session(group_id=g.id, title="Träff 1", date="2026-09-01"))
    later = ws.add(Session(group_id=g.id, title="Träff 2", date="2026-09-15"))
    cycle = ws.add(Cycle(group_id=g.id, title="Bråk på tallinjen"))
    lesson = ws.add(ResearchLesson(cycle_id=cycle.id))
    phase = ws.add(LessonPhase(lesson_id=lesson.id, title="Start"))
    pupil = ws.add(CasePupil(cycle_id=cycle.id, label="Elev A"))
    reflection = ws.add(Reflection(group_id=g.id, author_id=anna.id, written_on="2026-09-02"))
    records = {
        "group": g,
        "session": first,
        "later": later,
        "agenda_item": ws.add(AgendaItem(session_id=first.id, title="Läsa")),
        "decision": ws.add(Decision(session_id=first.id, text="Vi provar")),
        "action_item": ws.add(ActionItem(session_id=first.id, text="Kopiera")),
        "commitment": ws.add(
            Commitment(group_id=g.id, person_id=anna.id, made_in_session_id=first.id, text="X")
        ),
        "cycle": cycle,
        "cycle_phase": ws.add(CyclePhase(cycle_id=cycle.id, name="Planera")),
        "critical_aspect": ws.add(CriticalAspect(cycle_id=cycle.id, text="Helheten")),
        "case_pupil": pupil,
        "test_item": ws.add(Item(cycle_id=cycle.id, text="1/2 eller 1/3?")),
        "research_lesson": lesson,
        "lesson_phase": phase,
        "prediction": ws.add(Prediction(phase_id=phase.id, pupil_id=pupil.id, text="Ritar")),
        "interview": ws.add(Interview(lesson_id=lesson.id, pupil_id=pupil.id, question="Hur?")),
        "observation": ws.add(
            Observation(phase_id=phase.id, pupil_id=pupil.id, observer_id=anna.id, text="Ritade")
        ),
        "observer_assignment": ws.add(
            ObserverAssignment(lesson_id=lesson.id, person_id=anna.id, pupil_id=pupil.id)
        ),
        "reflection": reflection,
        "reflection_answer": ws.add(
            ReflectionAnswer(reflection_id=reflection.id, prompt="Vad?", answer="Mycket")
        ),
        "anna": anna,
    }
    return records


def test_every_kind_of_record_with_text_leads_to_the_view_that_holds_it(workspace, group):
    r = group
    g = r["group"].id
    session = Place(g, SESSION, session_id=r["session"].id)
    meeting = Place(g, MEETING, session_id=r["session"].id)
    cycle = Place(g, CYCLE, cycle_id=r["cycle"].id)
    lesson = Place(g, LESSON, cycle_id=r["cycle"].id, lesson_id=r["research_lesson"].id)
    reflection = Place(g, REFLECTION, reflection_id=r["reflection"].id)
    expected = {
        "group": Place(g, GROUP),
        "session": session,
        # Its minutes are kept in meeting mode, where it is chosen.
        "agenda_item": Place(
            g, MEETING, session_id=r["session"].id, agenda_item_id=r["agenda_item"].id
        ),
        "decision": meeting,
        "action_item": meeting,
        "commitment": Place(
            g, MEETING, session_id=r["session"].id, commitment_id=r["commitment"].id
        ),
        "cycle": cycle,
        "cycle_phase": cycle,
        "critical_aspect": cycle,
        "case_pupil": cycle,
        "test_item": cycle,
        "research_lesson": lesson,
        "lesson_phase": lesson,
        "prediction": lesson,
        "interview": lesson,
        "observer_assignment": lesson,
        "observation": Place(
            g,
            OBSERVATION,
            cycle_id=r["cycle"].id,
            lesson_id=r["research_lesson"].id,
            observer_id=r["anna"].id,
        ),
        "reflection": reflection,
        "reflection_answer": reflection,
    }
    for kind, place in expected.items():
        assert locate(workspace, kind, r[kind].id) == place, kind


def test_a_reported_commitment_leads_to_the_meeting_where_it_was_reported(workspace, group):
    commitment = group["commitment"]
    commitment.status = "reported"
    commitment.report_session_id = group["later"].id
    commitment.report = "Det gick bra"
    workspace.update(commitment)
    place = locate(workspace, "commitment", commitment.id)
    assert place is not None
    assert (place.view, place.session_id) == (MEETING, group["later"].id)


def test_a_deleted_record_or_one_under_a_deleted_record_leads_nowhere(workspace, group):
    workspace.delete(group["decision"])
    assert locate(workspace, "decision", group["decision"].id) is None
    workspace.delete(group["research_lesson"])  # takes its phases and predictions along
    assert locate(workspace, "prediction", group["prediction"].id) is None
    assert locate(workspace, "research_lesson", group["research_lesson"].id) is None


def test_an_unknown_record_or_a_kind_no_view_shows_leads_nowhere(workspace, group):
    assert locate(workspace, "session", "00000000-0000-4000-8000-0000000000ff") is None
    assert locate(workspace, "person", group["anna"].id) is None
    assert locate(workspace, "no_such_kind", group["anna"].id) is None
