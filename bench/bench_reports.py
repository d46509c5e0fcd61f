"""The documents, each beside a floor: reportlab making the very same flowables from data
already in memory and building them with a plain ``SimpleDocTemplate`` on the same A4 page,
without our page furniture ("page X of Y", group name, date), metadata, progress or the
write-then-rename. Ours is the whole of what the user waits for: reading the workspace,
making the flowables, laying them out and writing the file."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate

from skolgrupp.core.domain import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Group,
    Membership,
    Person,
    Reflection,
    ResearchLesson,
    Session,
    Subject,
)
from skolgrupp.core.workspace import Workspace
from skolgrupp.reports import cycle, session, term
from skolgrupp.reports.document import MARGIN, register_fonts

TERM_SESSIONS = 200
TERM_MEMBERS = 12
TERM_FIRST = date(2026, 1, 5)


def add_busy_group(path: Path) -> tuple[str, date, date]:
    """A group with 200 held sessions over a period, each fully documented: agenda with
    minutes, attendance of twelve members, a decision, an action and two group reflections.
    Returns the group's id and the period."""
    with Workspace.open(path) as ws, ws.transaction():
        group = ws.add(Group(name="Benchmark: matematiklyftet", subject=Subject.MATHS))
        people = [ws.add(Person(name=f"Lärare {n + 1}")) for n in range(TERM_MEMBERS)]
        for number, person in enumerate(people):
            role = "leader" if number == 0 else "member"
            ws.add(
                Membership(
                    group_id=group.id, person_id=person.id, role=role, joined_on="2026-01-01"
                )
            )
        day = TERM_FIRST
        for number in range(TERM_SESSIONS):
            held = ws.add(
                Session(
                    group_id=group.id,
                    title=f"Träff {number + 1}: problemlösning och resonemang",
                    date=day.isoformat(),
                    start_time="15:00",
                    place="Biblioteket",
                    status="held",
                    preparation="Läs avsnittet och pröva uppgiften i klassen. " * 3,
                )
            )
            for position, title in enumerate(("Inledning", "Så gick det", "Fördjupning", "Nästa")):
                ws.add(
                    AgendaItem(
                        session_id=held.id,
                        position=position,
                        title=title,
                        duration_min=20,
                        leader_id=people[0].id,
                        notes="Vi samtalade om elevernas lösningar och om nästa steg. " * 4,
                    )
                )
            for index, person in enumerate(people):
                status = "absent" if (number + index) % 7 == 0 else "present"
                ws.add(Attendance(session_id=held.id, person_id=person.id, status=status))
            ws.add(Decision(session_id=held.id, text="Vi prövar uppgiften i alla klasser."))
            ws.add(
                ActionItem(
                    session_id=held.id,
                    text="Samla elevlösningar",
                    owner_id=people[number % TERM_MEMBERS].id,
                    due_on=(day + timedelta(days=7)).isoformat(),
                    done=number % 3 == 0,
                )
            )
            for author in people[:2]:
                ws.add(
                    Reflection(
                        group_id=group.id,
                        author_id=author.id,
                        session_id=held.id,
                        written_on=day.isoformat(),
                        visibility="group",
                        text="Eleverna resonerade mer när de fick jämföra lösningar. " * 3,
                    )
                )
            day += timedelta(days=1 if day.weekday() < 4 else 3)
        return group.id, TERM_FIRST, day


def floor_build(story: list[Flowable], target: Path) -> None:
    register_fonts()  # the floor uses the same embedded font
    SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
    ).build(story)


def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def bench_documents(path: Path, folder: Path, report: Callable[..., None], scale: int) -> None:
    """Each document from the workspace at ``path`` (a demo with the benchmark cycle added)."""
    group_id, first, last = add_busy_group(path)
    out, floor_out = folder / "ours.pdf", folder / "floor.pdf"
    with Workspace.open(path, read_only=True) as ws:
        # The first document of a run also loads the font files: measured on its own.
        held = ws.find(Session, group_id=group_id, order_by="date")
        first_of_run = register_fonts.cache_info().currsize == 0
        started = time.perf_counter()
        session.session_summary(ws, held[0].id, out)
        if first_of_run:
            took = 1000 * (time.perf_counter() - started)
            report(scale, "first PDF of a run (ms)", took, float("nan"))
        busiest = held[len(held) // 2].id
        lesson = ws.find(ResearchLesson, order_by="iteration")[-1]

        def document(name, ours, read, story, *, repeat, target=""):
            mine = median_ms(ours, repeat)
            data = read()  # the floor starts from what ours reads from the workspace
            floor = median_ms(lambda: floor_build(story(data), floor_out), repeat)
            report(scale, name, mine, floor, target=target)

        document(
            "session summary (ms)",
            lambda: session.session_summary(ws, busiest, out),
            lambda: session.read(ws, busiest),
            session.summary_story,
            repeat=7,
            target="<= 150 ms, <= 1.3x",
        )
        document(
            "session plan (ms)",
            lambda: session.session_plan(ws, busiest, out),
            lambda: session.read(ws, busiest),
            session.plan_story,
            repeat=7,
        )
        document(
            f"term report, {TERM_SESSIONS} sess. (ms)",
            lambda: term.term_report(ws, group_id, first, last, out),
            lambda: term.read_term(ws, group_id, first, last),
            term.term_story,
            repeat=3,
            target="<= 2000 ms, <= 1.3x",
        )
        document(
            "cycle report (ms)",
            lambda: cycle.cycle_report(ws, lesson.cycle_id, out),
            lambda: cycle.read(ws, lesson.cycle_id),
            cycle.report_story,
            repeat=5,
        )
        document(
            "observation sheet (ms)",
            lambda: cycle.observation_sheet(ws, lesson.id, None, out),
            lambda: cycle.read_sheet(ws, lesson.id, None),
            cycle.sheet_story,
            repeat=5,
        )
        document(
            "year summary (ms)",
            lambda: term.year_summary(ws, "2026/27", out),
            lambda: term.read_year(ws, "2026/27"),
            term.year_story,
            repeat=3,
        )
