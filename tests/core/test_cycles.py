"""Lesson-study and learning-study cycles in the core: how a cycle starts, what it holds, its
results, the post-lesson comparison, deleting and searching."""

from datetime import date

import pytest

from skolgrupp.core import cycles, domain
from skolgrupp.core.demo import fill_demo
from skolgrupp.core.domain import (
    CasePupil,
    ClassResult,
    CriticalAspect,
    CyclePhase,
    CycleType,
    Group,
    Interview,
    LessonPhase,
    Observation,
    ObserverAssignment,
    Person,
    PhaseStatus,
    Prediction,
    ResearchLesson,
)
from skolgrupp.core.i18n import set_language
from skolgrupp.core.search import search
from skolgrupp.core.workspace import Workspace
from tests.conftest import TEST_INSTALLATION


@pytest.fixture
def lesson_study(workspace):
    """A lesson study with two aspects, three case pupils, one lesson of two phases, two
    observers and a pre- and post-test."""
    ws = workspace
    group = ws.add(Group(name="Matematikgruppen", subject="maths"))
    anna, erik = ws.add(Person(name="Anna Lindqvist")), ws.add(Person(name="Erik Holm"))
    with ws.transaction():
        records = cycles.new_cycle(group.id, "Bråk på tallinjen", CycleType.LESSON_STUDY)
        for record in records:
            ws.add(record)
    cycle = records[0]
    pupils = ws.find(CasePupil, cycle_id=cycle.id, order_by="position")
    aspects = [
        ws.add(CriticalAspect(cycle_id=cycle.id, position=i, text=text))
        for i, text in enumerate(["Nämnaren anger delarnas storlek", "Helheten är 0 till 1"])
    ]
    items = [
        ws.add(
            domain.TestItem(
                cycle_id=cycle.id, position=1, text="1/3 eller 1/5?", aspect_id=aspects[0].id
            )
        ),
        ws.add(
            domain.TestItem(
                cycle_id=cycle.id,
                position=2,
                text="Markera 1/4",
                aspect_id=aspects[1].id,
                max_score=2,
            )
        ),
    ]
    lesson = ws.add(
        ResearchLesson(cycle_id=cycle.id, iteration=1, date="2026-10-08", teacher_id=anna.id)
    )
    phases = [
        ws.add(LessonPhase(lesson_id=lesson.id, position=i, title=title, duration_min=10))
        for i, title in enumerate(["Start", "Kontrast"], start=1)
    ]
    ws.add(Prediction(phase_id=phases[0].id, pupil_id=pupils[0].id, text="Väljer 1/5."))
    ws.add(ObserverAssignment(lesson_id=lesson.id, person_id=erik.id, pupil_id=pupils[0].id))
    ws.add(
        Observation(
            phase_id=phases[0].id,
            pupil_id=pupils[0].id,
            observer_id=erik.id,
            text="Valde 1/3 direkt.",
        )
    )
    ws.add(
        Observation(phase_id=phases[1].id, pupil_id=pupils[0].id, observer_id=anna.id, text="  ")
    )
    ws.add(
        Interview(
            lesson_id=lesson.id,
            pupil_id=pupils[0].id,
            question="Hur tänkte du?",
            answer="Färre bitar blir större.",
        )
    )
    # Elev A: pre 0 + 1 of 3, post 1 + 2 of 3; Elev B: only a pre-test.
    for item, pre, post in ((items[0], 0, 1), (items[1], 1, 2)):
        ws.add(
            domain.TestScore(
                lesson_id=lesson.id, item_id=item.id, pupil_id=pupils[0].id, test="pre", score=pre
            )
        )
        ws.add(
            domain.TestScore(
                lesson_id=lesson.id, item_id=item.id, pupil_id=pupils[0].id, test="post", score=post
            )
        )
    ws.add(
        domain.TestScore(
            lesson_id=lesson.id, item_id=items[0].id, pupil_id=pupils[1].id, test="pre", score=1
        )
    )
    for item, pre, post in ((items[0], 6, 18), (items[1], 12, 20)):
        ws.add(
            ClassResult(lesson_id=lesson.id, item_id=item.id, test="pre", correct=pre, pupils=24)
        )
        ws.add(
            ClassResult(lesson_id=lesson.id, item_id=item.id, test="post", correct=post, pupils=24)
        )
    return ws, cycle, lesson, pupils, aspects


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_new_cycle_starts_with_the_phases_of_its_type_in_the_users_language(language):
    set_language(language)
    study = cycles.new_cycle("00000000-0000-4000-8000-0000000000aa", "X", CycleType.LESSON_STUDY)
    phases = [r.name for r in study if isinstance(r, CyclePhase)]
    pupils = [r.label for r in study if isinstance(r, CasePupil)]
    if language == "sv":
        assert phases[:3] == ["Studera och planera", "Forskningslektion 1", "Eftersamtal 1"]
        assert pupils == ["Elev A", "Elev B", "Elev C"]
    else:
        assert phases[-1] == "Document and share" and pupils == ["Pupil A", "Pupil B", "Pupil C"]
    assert all(r.status is PhaseStatus.NOT_STARTED for r in study if isinstance(r, CyclePhase))
    learning = cycles.new_cycle(
        "00000000-0000-4000-8000-0000000000aa", "Y", CycleType.LEARNING_STUDY
    )
    assert not [r for r in learning if isinstance(r, CasePupil)]
    assert len([r for r in learning if isinstance(r, CyclePhase)]) == 7
    module = cycles.new_cycle("00000000-0000-4000-8000-0000000000aa", "Z", CycleType.MODULE)
    assert len([r for r in module if isinstance(r, CyclePhase)]) == 4


def test_results_per_case_pupil_per_aspect_and_for_the_class(lesson_study):
    ws, cycle, _, pupils, aspects = lesson_study
    result = cycles.results(ws, cycle.id)
    (lesson,) = result.lessons
    a, b = pupils[0].id, pupils[1].id
    assert lesson.by_pupil[a].pre == pytest.approx(1 / 3)
    assert lesson.by_pupil[a].post == pytest.approx(1.0)
    assert lesson.by_pupil[a].change == pytest.approx(2 / 3)
    assert lesson.by_pupil_aspect[(a, aspects[1].id)].pre == pytest.approx(0.5)
    assert lesson.by_pupil[b].pre == 1.0 and lesson.by_pupil[b].change is None
    assert lesson.class_by_aspect[aspects[0].id].change == pytest.approx(12 / 24)
    assert lesson.class_total.pre == pytest.approx(18 / 48)
    assert lesson.class_total.post == pytest.approx(38 / 48)
    # A deleted test item no longer counts.
    ws.delete(result.items[1])
    again = cycles.results(ws, cycle.id).lessons[0]
    assert again.by_pupil[a].pre == 0.0 and again.class_total.post == pytest.approx(18 / 24)


def test_prediction_beside_what_each_observer_saw(lesson_study):
    ws, _, lesson, pupils, _ = lesson_study
    grid = cycles.predicted_and_observed(ws, lesson.id)
    assert len(grid) == 2 * 3  # phases × case pupils
    first = grid[0]
    assert (first.phase.title, first.pupil.label) == ("Start", pupils[0].label)
    assert first.prediction == "Väljer 1/5."
    assert first.observed == [("Erik Holm", "Valde 1/3 direkt.")]
    assert grid[3].observed == []  # a blank note is not an observation
    assert cycles.observers(ws, lesson.id) == {
        ws.find(Person, name="Erik Holm")[0].id: [pupils[0].id]
    }


def test_the_next_lesson_continues_from_the_last_with_its_plan(lesson_study):
    ws, cycle, lesson, _, _ = lesson_study
    lesson.plan, lesson.class_name = "Tallinje på golvet.", "5B"
    ws.update(lesson)
    new, *phases = cycles.next_lesson(ws, cycle.id)
    assert new.iteration == 2 and new.plan == "Tallinje på golvet." and new.class_name == "5B"
    assert [p.title for p in phases] == ["Start", "Kontrast"]
    assert {p.lesson_id for p in phases} == {new.id}


def test_search_finds_what_a_cycle_holds_and_forgets_it_when_deleted(lesson_study):
    ws, cycle, _, _, _ = lesson_study
    kinds = {word: {h.kind for h in search(ws, word)} for word in ("nämnaren", "bitar", "valde")}
    assert kinds == {"nämnaren": {"cycle"}, "bitar": {"research_lesson"}, "valde": {"observation"}}
    ws.delete(cycle)
    assert not any(search(ws, word) for word in ("nämnaren", "bitar", "valde", "tallinjen"))
    # What the cycle held went with it, and its notes were blanked.
    assert ws.count(ResearchLesson) == ws.count(Observation) == ws.count(domain.TestScore) == 0
    raw = ws.store.rows("SELECT text FROM observations")
    assert raw and all(row["text"] == "" for row in raw)


def test_the_demo_has_a_learning_study_and_a_lesson_study_at_different_phases(tmp_path):
    with Workspace.create(tmp_path / "demo.skolgrupp", installation_id=TEST_INSTALLATION) as ws:
        fill_demo(ws, scale=1, seed=3, term="ht2026", today=date(2026, 11, 25))
        assert ws.check() == []
        rows = {r["cycle_type"]: r for r in ws.store.rows("SELECT * FROM cycles")}
        assert set(rows) == {"lesson_study", "learning_study"}
        phases = {
            kind: [p.status for p in ws.find(CyclePhase, cycle_id=row["id"], order_by="position")]
            for kind, row in rows.items()
        }
        assert phases["lesson_study"].index("active") != phases["learning_study"].index("active")
        for row in rows.values():
            lessons = ws.find(ResearchLesson, cycle_id=row["id"])
            held = [lesson for lesson in lessons if lesson.date < "2026-11-25"]
            assert held and all(lesson.discussion for lesson in held)
            results = cycles.results(ws, row["id"])
            assert any(r.class_total.change is not None for r in results.lessons)
            labels = [p.label for p in results.pupils]
            assert labels == ["Elev A", "Elev B", "Elev C"]


def test_a_lessons_new_date_reaches_its_observations_in_search(lesson_study):
    ws, _, lesson, _, _ = lesson_study
    lesson.date = "2026-11-02"
    ws.update(lesson)
    (hit,) = search(ws, "valde")
    assert hit.kind == "observation" and hit.date == "2026-11-02"
