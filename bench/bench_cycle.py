"""The cycle the benchmark opens: a lesson study with 3 research lessons, 6 observers and
3 case pupils, fully documented, added to a demo workspace; and the floor for showing it, the
same rows read with plain sqlite3."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from skolgrupp.core.cycles import new_cycle
from skolgrupp.core.domain import (
    CasePupil,
    ClassResult,
    CriticalAspect,
    CycleType,
    Group,
    Interview,
    LessonPhase,
    Membership,
    Observation,
    ObserverAssignment,
    Person,
    PhaseStatus,
    Prediction,
    Record,
    ResearchLesson,
    TestItem,
    TestScore,
)
from skolgrupp.core.workspace import Workspace

OBSERVERS = 6
LESSONS = 3
PHASES = 5
ITEMS = 6


def add_cycle(path: Path) -> tuple[str, str]:
    """Add the benchmark's cycle to the first group; returns (group id, cycle id)."""
    with Workspace.open(path) as ws, ws.transaction():
        group = ws.find(Group, order_by="name")[0]
        people = [m["person_id"] for m in ws.members(group.id)]
        for number in range(len(people), OBSERVERS + 1):  # a teacher and six observers
            person = ws.add(Person(name=f"Observatör {number}"))
            ws.add(Membership(group_id=group.id, person_id=person.id, joined_on="2026-08-10"))
            people.append(person.id)
        teacher, observers = people[0], people[1 : OBSERVERS + 1]
        records: list[Record] = new_cycle(group.id, "Benchmark: bråk", CycleType.LESSON_STUDY)
        cycle = records[0]
        for record in records:
            if hasattr(record, "status"):
                record.status = PhaseStatus.DONE  # type: ignore[attr-defined]
            ws.add(record)
        pupils = ws.find(CasePupil, cycle_id=cycle.id, order_by="position")
        aspects = [
            ws.add(CriticalAspect(cycle_id=cycle.id, position=i, text=f"Aspekt {i}"))
            for i in range(3)
        ]
        items = [
            ws.add(
                TestItem(
                    cycle_id=cycle.id,
                    position=i,
                    text=f"Uppgift {i + 1}",
                    aspect_id=aspects[i % 3].id,
                )
            )
            for i in range(ITEMS)
        ]
        for iteration in range(1, LESSONS + 1):
            lesson = ws.add(
                ResearchLesson(
                    cycle_id=cycle.id,
                    iteration=iteration,
                    date=f"2026-10-{iteration * 7:02d}",
                    teacher_id=teacher,
                    class_name="5B",
                    plan="Tallinje på golvet. " * 20,
                    revision="Vi ändrade ordningen. " * 10,
                    discussion="Eleverna jämförde nämnare. " * 30,
                )
            )
            phases = [
                ws.add(
                    LessonPhase(
                        lesson_id=lesson.id, position=i, title=f"Fas {i + 1}", duration_min=10
                    )
                )
                for i in range(PHASES)
            ]
            for phase in phases:
                for pupil in pupils:
                    ws.add(
                        Prediction(phase_id=phase.id, pupil_id=pupil.id, text="Väljer 1/5. " * 5)
                    )
            for number, observer in enumerate(observers):
                pupil = pupils[number % len(pupils)]
                ws.add(
                    ObserverAssignment(lesson_id=lesson.id, person_id=observer, pupil_id=pupil.id)
                )
                for phase in phases:
                    ws.add(
                        Observation(
                            phase_id=phase.id,
                            pupil_id=pupil.id,
                            observer_id=observer,
                            text="Räknade strecken och ändrade sig sedan. " * 4,
                        )
                    )
            for pupil in pupils:
                for position in range(3):
                    ws.add(
                        Interview(
                            lesson_id=lesson.id,
                            pupil_id=pupil.id,
                            position=position,
                            question="Hur tänkte du?",
                            answer="Jag delade i lika delar.",
                        )
                    )
            for test in ("pre", "post"):
                for item in items:
                    for pupil in pupils:
                        ws.add(
                            TestScore(
                                lesson_id=lesson.id,
                                item_id=item.id,
                                pupil_id=pupil.id,
                                test=test,
                                score=1.0 if test == "post" else 0.0,
                            )
                        )
                    ws.add(
                        ClassResult(
                            lesson_id=lesson.id, item_id=item.id, test=test, correct=12, pupils=24
                        )
                    )
        return group.id, cycle.id


def read_floor(path: Path, cycle_id: str) -> None:
    """The floor: every row the cycle's page shows, read with plain sqlite3."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT * FROM cycles WHERE id = ?", [cycle_id]).fetchall()
        for table in ("cycle_phases", "critical_aspects", "case_pupils", "test_items"):
            conn.execute(
                f"SELECT * FROM {table} WHERE cycle_id = ? AND deleted_at IS NULL",  # noqa: S608
                [cycle_id],
            ).fetchall()
        lessons = [
            r[0]
            for r in conn.execute(
                "SELECT id FROM research_lessons WHERE cycle_id = ? AND deleted_at IS NULL",
                [cycle_id],
            )
        ]
        for lesson in lessons:
            phases = [
                r[0]
                for r in conn.execute("SELECT id FROM lesson_phases WHERE lesson_id = ?", [lesson])
            ]
            for table in ("observer_assignments", "interviews", "test_scores", "class_results"):
                conn.execute(
                    f"SELECT * FROM {table} WHERE lesson_id = ?",  # noqa: S608
                    [lesson],
                ).fetchall()
            for phase in phases:
                conn.execute("SELECT * FROM predictions WHERE phase_id = ?", [phase]).fetchall()
                conn.execute("SELECT * FROM observations WHERE phase_id = ?", [phase]).fetchall()
        conn.execute("SELECT id, name FROM people").fetchall()
    finally:
        conn.close()
