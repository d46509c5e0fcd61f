"""Lesson-study and learning-study cycles: one model, three configurations.

A new cycle starts with the usual phases of its type, written in the user's language when it
is made (like session templates) so they read the same on a colleague's computer; a group can
rename, add and remove phases. The test results are summarised here for the app and for
reports: per case pupil and per critical aspect, per research lesson, with the change from
pre-test to post-test.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from skolgrupp.core.domain import (
    CasePupil,
    ClassResult,
    CriticalAspect,
    Cycle,
    CyclePhase,
    CycleType,
    LessonPhase,
    Observation,
    ObserverAssignment,
    Person,
    Prediction,
    Record,
    ResearchLesson,
    TestItem,
    TestKind,
    TestScore,
)
from skolgrupp.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from skolgrupp.core.workspace import Workspace

PHASES: dict[CycleType, tuple[str, ...]] = {
    CycleType.LESSON_STUDY: (
        QT_TRANSLATE_NOOP("cycles", "Study and plan"),
        QT_TRANSLATE_NOOP("cycles", "Research lesson 1"),
        QT_TRANSLATE_NOOP("cycles", "Post-lesson discussion 1"),
        QT_TRANSLATE_NOOP("cycles", "Revise"),
        QT_TRANSLATE_NOOP("cycles", "Research lesson 2"),
        QT_TRANSLATE_NOOP("cycles", "Post-lesson discussion 2"),
        QT_TRANSLATE_NOOP("cycles", "Document and share"),
    ),
    CycleType.LEARNING_STUDY: (
        QT_TRANSLATE_NOOP("cycles", "Object of learning and pre-test"),
        QT_TRANSLATE_NOOP("cycles", "Plan the patterns of variation"),
        QT_TRANSLATE_NOOP("cycles", "Research lesson 1 and post-test"),
        QT_TRANSLATE_NOOP("cycles", "Analyse and revise"),
        QT_TRANSLATE_NOOP("cycles", "Research lesson 2 with another pupil group"),
        QT_TRANSLATE_NOOP("cycles", "Delayed post-test"),
        QT_TRANSLATE_NOOP("cycles", "Document and share"),
    ),
    CycleType.MODULE: (
        QT_TRANSLATE_NOOP("cycles", "A: read and prepare on your own"),
        QT_TRANSLATE_NOOP("cycles", "B: discuss and plan together"),
        QT_TRANSLATE_NOOP("cycles", "C: try it in class"),
        QT_TRANSLATE_NOOP("cycles", "D: follow up together"),
    ),
}

# Lesson study follows a few case pupils, usually three.
CASE_PUPILS: dict[CycleType, tuple[str, ...]] = {
    CycleType.LESSON_STUDY: ("A", "B", "C"),
    CycleType.LEARNING_STUDY: (),
    CycleType.MODULE: (),
}


def new_cycle(group_id: str, title: str, cycle_type: CycleType) -> list[Record]:
    """A cycle and the phases (and, for lesson study, the case pupils) it starts with."""
    cycle = Cycle(group_id=group_id, title=title, cycle_type=cycle_type)
    records: list[Record] = [cycle]
    for position, name in enumerate(PHASES[cycle_type], start=1):
        records.append(
            CyclePhase(cycle_id=cycle.id, position=position, name=translate("cycles", name))
        )
    for position, letter in enumerate(CASE_PUPILS[cycle_type], start=1):
        records.append(
            CasePupil(
                cycle_id=cycle.id,
                position=position,
                label=translate("cycles", "Pupil {letter}").format(letter=letter),
            )
        )
    return records


def next_lesson(workspace: Workspace, cycle_id: str) -> list[Record]:
    """A research lesson for the next iteration and its plan phases, copied from the lesson
    before (the revision is made on the copy; predictions are made anew for each lesson)."""
    lessons = workspace.find(ResearchLesson, cycle_id=cycle_id, order_by="iteration")
    previous = lessons[-1] if lessons else None
    lesson = ResearchLesson(
        cycle_id=cycle_id,
        iteration=previous.iteration + 1 if previous else 1,
        class_name=previous.class_name if previous else "",
        plan=previous.plan if previous else "",
    )
    records: list[Record] = [lesson]
    if previous is not None:
        for phase in workspace.find(LessonPhase, lesson_id=previous.id, order_by="position"):
            records.append(
                LessonPhase(
                    lesson_id=lesson.id,
                    position=phase.position,
                    title=phase.title,
                    duration_min=phase.duration_min,
                    description=phase.description,
                )
            )
    return records


# -- test results -----------------------------------------------------------------------------


@dataclass
class Score:
    """What a case pupil (or the class) scored, as a share of what could be scored."""

    pre: float | None = None
    post: float | None = None
    delayed: float | None = None

    @property
    def change(self) -> float | None:
        """Post-test minus pre-test, when both were taken."""
        if self.pre is None or self.post is None:
            return None
        return self.post - self.pre


@dataclass
class LessonResults:
    lesson: ResearchLesson
    # (case pupil id, critical aspect id or "" for items without one) -> score share
    by_pupil_aspect: dict[tuple[str, str], Score] = field(default_factory=dict)
    by_pupil: dict[str, Score] = field(default_factory=dict)
    # critical aspect id -> the class's share of correct answers
    class_by_aspect: dict[str, Score] = field(default_factory=dict)
    class_total: Score = field(default_factory=Score)


@dataclass
class CycleResults:
    pupils: list[CasePupil]
    aspects: list[CriticalAspect]
    items: list[TestItem]
    lessons: list[LessonResults]


def results(workspace: Workspace, cycle_id: str) -> CycleResults:
    """The pre/post results of every research lesson of a cycle: per case pupil, per critical
    aspect and for the class, as shares (0–1) of what could be scored."""
    pupils = workspace.find(CasePupil, cycle_id=cycle_id, order_by="position")
    aspects = workspace.find(CriticalAspect, cycle_id=cycle_id, order_by="position")
    items = workspace.find(TestItem, cycle_id=cycle_id, order_by="position")
    lessons = workspace.find(ResearchLesson, cycle_id=cycle_id, order_by="iteration")
    max_score = {item.id: item.max_score for item in items}
    aspect_of = {item.id: item.aspect_id or "" for item in items}
    summaries = []
    for lesson in lessons:
        summary = LessonResults(lesson)
        # (key, test) -> [scored, possible]
        sums: dict[tuple[tuple[str, str], str], list[float]] = defaultdict(lambda: [0.0, 0.0])
        pupil_sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0])
        for score in workspace.find(TestScore, lesson_id=lesson.id):
            if score.item_id not in max_score:
                continue  # an item deleted since
            key = (score.pupil_id, aspect_of[score.item_id])
            for target in (sums[(key, score.test)], pupil_sums[(score.pupil_id, score.test)]):
                target[0] += score.score
                target[1] += max_score[score.item_id]
        class_sums: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        total_sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for result in workspace.find(ClassResult, lesson_id=lesson.id):
            if result.item_id not in max_score:
                continue
            for counts in (
                class_sums[(aspect_of[result.item_id], result.test)],
                total_sums[result.test],
            ):
                counts[0] += result.correct
                counts[1] += result.pupils
        for (key, test), (scored, possible) in sums.items():
            _set(summary.by_pupil_aspect.setdefault(key, Score()), test, scored, possible)
        for (pupil_id, test), (scored, possible) in pupil_sums.items():
            _set(summary.by_pupil.setdefault(pupil_id, Score()), test, scored, possible)
        for (aspect_id, test), (correct, of) in class_sums.items():
            _set(summary.class_by_aspect.setdefault(aspect_id, Score()), test, correct, of)
        for test, (correct, of) in total_sums.items():
            _set(summary.class_total, test, correct, of)
        summaries.append(summary)
    return CycleResults(pupils, aspects, items, summaries)


def _set(score: Score, test: str, part: float, whole: float) -> None:
    if whole > 0:
        setattr(score, TestKind(test).value, part / whole)


# -- the post-lesson discussion -------------------------------------------------------------


@dataclass
class Comparison:
    """For one phase of the lesson and one case pupil: what the group predicted, and what
    each observer saw."""

    phase: LessonPhase
    pupil: CasePupil
    prediction: str
    observed: list[tuple[str, str]]  # (observer's name, what they noted)


def predicted_and_observed(workspace: Workspace, lesson_id: str) -> list[Comparison]:
    """The lesson's phases × its cycle's case pupils, prediction beside observations."""
    lesson = workspace.get(ResearchLesson, lesson_id)
    phases = workspace.find(LessonPhase, lesson_id=lesson_id, order_by="position")
    pupils = workspace.find(CasePupil, cycle_id=lesson.cycle_id, order_by="position")
    predictions: dict[tuple[str, str], str] = {}
    observations: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    names: dict[str, str] = {}  # the observers', read once each
    for phase in phases:
        for p in workspace.find(Prediction, phase_id=phase.id):
            predictions[(phase.id, p.pupil_id)] = p.text
        for o in workspace.find(Observation, phase_id=phase.id):
            if o.text.strip():
                if o.observer_id not in names:
                    names[o.observer_id] = person_name(workspace, o.observer_id)
                observations[(phase.id, o.pupil_id)].append((names[o.observer_id], o.text))
    return [
        Comparison(
            phase,
            pupil,
            predictions.get((phase.id, pupil.id), ""),
            sorted(observations.get((phase.id, pupil.id), [])),
        )
        for phase in phases
        for pupil in pupils
    ]


def person_name(workspace: Workspace, person_id: str | None) -> str:
    """A person's name, also of one deleted since (a colleague's file may still name them)."""
    if not person_id:
        return ""
    found = workspace.store.find(Person, include_deleted=True, id=person_id)
    return found[0].name if found else ""


def observers(workspace: Workspace, lesson_id: str) -> dict[str, list[str]]:
    """Who observes which case pupils in a lesson: person id -> case pupil ids."""
    watching: dict[str, list[str]] = defaultdict(list)
    for a in workspace.find(ObserverAssignment, lesson_id=lesson_id):
        watching[a.person_id].append(a.pupil_id)
    return dict(watching)
