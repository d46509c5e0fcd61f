"""A group's term report and the year summary as PDF: the figures right, the fonts embedded,
private reflections never read, user text printed literally whatever it holds."""

import re
import shutil
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from skolgrupp.core import i18n
from skolgrupp.core.demo import fill_demo
from skolgrupp.core.domain import (
    ActionItem,
    Attendance,
    Cycle,
    CyclePhase,
    Decision,
    Goal,
    Group,
    Membership,
    Person,
    Reflection,
    ReflectionGoal,
    School,
    Session,
    SessionGoal,
)
from skolgrupp.core.errors import InvalidData
from skolgrupp.core.progress import Progress
from skolgrupp.core.store import queries
from skolgrupp.core.workspace import Workspace
from skolgrupp.reports.term import term_report, year_summary
from tests.conftest import TEST_INSTALLATION

FIRST, LAST = date(2026, 8, 1), date(2026, 12, 31)
YEAR_FIRST, YEAR_LAST = "2026-07-01", "2027-06-30"
TERM_GROUP = "Språkutvecklande undervisning F–3"  # has a cycle in progress
DONE_GROUP = "Problemlösning i matematik"  # its cycle is finished here, for the year summary
SECRET = "HEMLIG-REFLEKTION-7731 om en elev"
HOSTILE = ['<img src="/etc/passwd"/>', '<a href="http://x">klick</a>', "a<b & c>d"]


@dataclass
class Printed:
    path: Path
    raw: bytes
    pages: list[str]
    meta: dict[str, str]

    @property
    def text(self) -> str:
        """Every page's text, white space made single (table cells and lines wrap)."""
        return " ".join(" ".join(page.split()) for page in self.pages)


def printed(path: Path) -> Printed:
    reader = PdfReader(path)
    meta = {k: str(v) for k, v in (reader.metadata or {}).items()}
    return Printed(path, path.read_bytes(), [p.extract_text() for p in reader.pages], meta)


@dataclass
class Demo:
    ws: Workspace
    group: Group
    secret_goal: Goal
    completed: Cycle
    term: Printed
    year: Printed
    independent: Printed
    reports: list[tuple[int, int]]


def _unlinked_goal(ws: Workspace) -> Goal:
    """A goal nothing shared links to, so that only a private reflection could bring it in."""
    linked = {link.goal_id for link in ws.find(SessionGoal)}
    for reflection in ws.find(Reflection, visibility="group"):
        linked |= {link.goal_id for link in ws.find(ReflectionGoal, reflection_id=reflection.id)}
    return next(
        g for g in ws.find(Goal, order_by="code") if g.id not in linked and g.parent_id is not None
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("term")
    ws = Workspace.create(folder / "x.skolgrupp", installation_id=TEST_INSTALLATION)
    fill_demo(ws, scale=1, seed=3, term="ht2026", today=date(2026, 11, 25))
    groups = {g.name: g for g in ws.find(Group)}
    group = groups[TERM_GROUP]
    held = [s for s in ws.find(Session, group_id=group.id, status="held") if s.date < "2026-12"]
    # A private reflection, linked to a goal nothing else links to: never read, never counted.
    author = ws.find(Membership, group_id=group.id)[0].person_id
    secret_goal = _unlinked_goal(ws)
    private = ws.add(
        Reflection(
            group_id=group.id,
            author_id=author,
            session_id=held[0].id,
            written_on=held[0].date,
            visibility="private",
            text=SECRET,
        )
    )
    ws.add(ReflectionGoal(reflection_id=private.id, goal_id=secret_goal.id))
    for position, hostile in enumerate(HOSTILE, start=10):
        ws.add(Decision(session_id=held[-1].id, position=position, text=hostile))
    # Finish the other group's cycle, so that the year has one completed cycle.
    completed = ws.find(Cycle, group_id=groups[DONE_GROUP].id)[0]
    for phase in ws.find(CyclePhase, cycle_id=completed.id):
        phase.status = "done"
        ws.update(phase)

    reports: list[tuple[int, int]] = []
    progress = Progress(lambda done, total: reports.append((done, total)))
    i18n.set_language("en")
    try:
        term_report(ws, group.id, FIRST, LAST, folder / "term.pdf", progress=progress)
        year_summary(ws, "2026/27", folder / "year.pdf")
        year_summary(ws, "2026/27", folder / "independent.pdf", owner="independent")
    finally:
        i18n.set_language(None)
    yield Demo(
        ws=ws,
        group=group,
        secret_goal=secret_goal,
        completed=completed,
        term=printed(folder / "term.pdf"),
        year=printed(folder / "year.pdf"),
        independent=printed(folder / "independent.pdf"),
        reports=reports,
    )
    ws.close()


def _in_period(day: str) -> bool:
    return FIRST.isoformat() <= day <= LAST.isoformat()


# -- the term report --------------------------------------------------------------------------


def test_term_report_heads_with_the_group_and_period(demo):
    text = demo.term.text
    assert demo.group.name in text
    assert "2026-08-01 – 2026-12-31" in text
    for member in queries.members(demo.ws.store, demo.group.id):
        assert member["name"] in text


def test_term_report_lists_and_counts_the_sessions(demo):
    text = demo.term.text
    sessions = [s for s in demo.ws.find(Session, group_id=demo.group.id) if _in_period(s.date)]
    held = [s for s in sessions if s.status == "held"]
    for session in sessions:
        assert session.title in text
        week = date.fromisoformat(session.date).isocalendar()[1]
        assert f"{session.date} {week} " in text
    hours = sum(s.duration_min for s in held) / 60
    assert f"Sessions held {len(held)} ({hours:.1f} h)" in text
    planned = sum(1 for s in sessions if s.status == "planned")
    cancelled = sum(1 for s in sessions if s.status == "cancelled")
    assert f"Sessions planned {planned} " in text
    assert f"Sessions cancelled {cancelled} " in text


def test_term_report_gives_attendance_per_member_and_overall(demo):
    text = demo.term.text
    held = [
        s
        for s in demo.ws.find(Session, group_id=demo.group.id, status="held")
        if _in_period(s.date)
    ]
    present = possible = 0
    for member in demo.ws.find(Membership, group_id=demo.group.id):
        name = demo.ws.get(Person, member.person_id).name
        theirs = [
            s
            for s in held
            if member.joined_on <= s.date and (member.left_on is None or s.date < member.left_on)
        ]
        there = sum(
            1
            for s in theirs
            if demo.ws.find(
                Attendance, session_id=s.id, person_id=member.person_id, status="present"
            )
        )
        if not theirs:
            continue
        share = round(100 * there / len(theirs))
        assert re.search(rf"{re.escape(name)} [^%]*? {there} {len(theirs)} {share}%", text), name
        present, possible = present + there, possible + len(theirs)
    overall = round(100 * present / possible)
    assert f"All members {present} {possible} {overall}%" in text
    assert f"Attendance, all members {overall}%" in text


def test_term_report_has_decisions_actions_goals_and_cycles(demo):
    text = demo.term.text
    sessions = [s for s in demo.ws.find(Session, group_id=demo.group.id) if _in_period(s.date)]
    decisions = [d for s in sessions for d in demo.ws.find(Decision, session_id=s.id)]
    actions = [a for s in sessions for a in demo.ws.find(ActionItem, session_id=s.id)]
    assert decisions and actions
    for decision in decisions:
        assert decision.text in text
    done = sum(1 for a in actions if a.done)
    overdue = sum(1 for a in actions if not a.done and a.due_on and a.due_on < str(date.today()))
    assert f"{done} done, {len(actions) - done} open, {overdue} overdue" in text
    for action in actions:
        if not action.done:
            assert action.text in text
    for goal in queries.goal_coverage(demo.ws.store, demo.group.id, "2026-08-01", "2026-12-31"):
        assert goal["code"] in text
    (cycle,) = queries.cycles(demo.ws.store, demo.group.id)
    assert cycle["title"] in text
    assert f"{cycle['phase']} {cycle['phases_done']} of {cycle['phases']}" in text


def test_term_report_numbers_its_pages_and_describes_itself(demo):
    pages = demo.term.pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"page {number} of {len(pages)}" in page
    leaders = [
        m["name"] for m in queries.members(demo.ws.store, demo.group.id) if m["role"] == "leader"
    ]
    assert demo.term.meta["/Title"] == f"Term report: {demo.group.name}"
    assert demo.term.meta["/Author"] == ", ".join(leaders)
    assert demo.term.meta["/Subject"] == f"{demo.group.name}, 2026-08-01 – 2026-12-31"
    assert demo.reports and demo.reports[-1][0] == demo.reports[-1][1]


def test_term_report_never_shows_a_private_reflection(demo):
    shared = [
        r
        for r in demo.ws.find(Reflection, group_id=demo.group.id, visibility="group")
        if _in_period(r.written_on)
    ]
    for document in (demo.term, demo.year, demo.independent):
        assert SECRET.encode() not in document.raw
        assert "HEMLIG" not in document.text
        assert demo.secret_goal.title not in document.text
    assert f"Shared reflections written {len(shared)} " in demo.term.text


def test_user_text_prints_literally_and_links_nothing(demo):
    for hostile in HOSTILE:
        assert hostile in demo.term.text
    for document in (demo.term, demo.year, demo.independent):
        assert b"/URI" not in document.raw
        assert b"/Link" not in document.raw
        assert b"/Subtype /Image" not in document.raw


def test_only_the_embedded_font_is_used(demo):
    for document in (demo.term, demo.year, demo.independent):
        assert b"/Helvetica" not in document.raw
        assert b"/FontFile2" in document.raw
    if shutil.which("pdffonts"):
        for document in (demo.term, demo.year):
            fonts = subprocess.run(
                ["pdffonts", str(document.path)], capture_output=True, text=True, check=True
            ).stdout.splitlines()[2:]
            assert fonts and all("DejaVuSans" in line and " yes yes " in line for line in fonts)


def test_a_period_that_ends_before_it_begins_is_refused(demo, tmp_path):
    with pytest.raises(InvalidData):
        term_report(demo.ws, demo.group.id, LAST, FIRST, tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


# -- the year summary -------------------------------------------------------------------------


def _school_figures(ws: Workspace, school: School) -> tuple[int, int, int, float]:
    """Teachers taking part, sessions attended, attendances and hours, counted here anew."""
    people = {p.id for p in ws.find(Person, school_id=school.id)}
    teachers = {
        m.person_id
        for m in ws.find(Membership)
        if m.person_id in people
        and m.joined_on <= YEAR_LAST
        and (m.left_on is None or m.left_on > YEAR_FIRST)
    }
    held = {s.id: s for s in ws.find(Session, status="held") if YEAR_FIRST <= s.date <= YEAR_LAST}
    marks = [
        a
        for a in ws.find(Attendance, status="present")
        if a.session_id in held and a.person_id in people
    ]
    minutes = sum(held[a.session_id].duration_min for a in marks)
    return len(teachers), len({a.session_id for a in marks}), len(marks), minutes / 60


def test_year_summary_per_owner_and_school(demo):
    text = demo.year.text
    assert "Collegial learning, school year 2026/27" in text
    assert "2026-07-01 – 2027-06-30" in text
    assert "Municipal schools" in text and "Independent schools" in text
    for school in demo.ws.find(School):
        teachers, sessions, attendances, hours = _school_figures(demo.ws, school)
        assert teachers, school.name  # every demo school takes part
        row = rf"{re.escape(school.name)} .*? {teachers} {sessions} {attendances} {hours:.1f}"
        assert re.search(row, text), school.name
    assert demo.year.meta["/Title"] == "Year summary 2026/27"
    assert "Municipal schools, Independent schools" in demo.year.meta["/Subject"]
    pages = demo.year.pages
    assert all(f"page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))


def test_year_summary_has_groups_cycles_next_steps_and_focus_areas(demo):
    text = demo.year.text
    for group in demo.ws.find(Group):
        assert group.name in text
    cycle = demo.completed
    assert cycle.title in text
    assert " ".join(cycle.findings.split()[:8]) in text
    assert "Cycles completed 1 " in text
    open_items = [a for a in demo.ws.find(ActionItem, done=False)]
    assert open_items
    for action in open_items:
        assert action.text in text
    assert "F1 Kunskaper och lärande" in text  # a focus area of a linked goal


def test_year_summary_for_one_owner_only(demo):
    text = demo.independent.text
    assert "Independent schools" in text
    assert "Municipal schools" not in text
    for school in demo.ws.find(School):
        assert (school.name in text) == (school.owner == "independent"), school.name


@pytest.mark.parametrize("year", ["2026/28", "2026-27", "26/27", "abc", "", "2026/27/28"])
def test_a_bad_school_year_is_refused(demo, tmp_path, year):
    with pytest.raises(InvalidData) as raised:
        year_summary(demo.ws, year, tmp_path / "y.pdf")
    assert "2025/26" in raised.value.message
    assert not (tmp_path / "y.pdf").exists()


def test_a_bad_owner_is_refused(demo, tmp_path):
    with pytest.raises(InvalidData):
        year_summary(demo.ws, "2026/27", tmp_path / "y.pdf", owner="kyrklig")


def test_a_year_without_work_says_so(demo, tmp_path):
    i18n.set_language("en")
    year_summary(demo.ws, "2030/31", tmp_path / "empty.pdf")
    text = printed(tmp_path / "empty.pdf").text
    assert "No group held sessions this year." in text
    assert "No cycle was completed this year." in text


def test_a_large_group_gets_its_attendance_chart_over_several_pages(tmp_path):
    """A chart is drawn in one piece: one bar per member of a group of 75 would not fit a
    page, so the chart goes on in parts, every member in one of them."""
    i18n.set_language("en")
    with Workspace.create(tmp_path / "stor.skolgrupp", installation_id=TEST_INSTALLATION) as ws:
        group = ws.add(Group(name="Hela kommunens nätverk", term="ht2026"))
        people = [ws.add(Person(name=f"Lärare {n:02d}")) for n in range(75)]
        session = ws.add(
            Session(group_id=group.id, title="Nätverksträff", date="2026-09-10", status="held")
        )
        for person in people:
            ws.add(Membership(group_id=group.id, person_id=person.id, joined_on="2026-08-17"))
            ws.add(Attendance(session_id=session.id, person_id=person.id, status="present"))
        term_report(ws, group.id, FIRST, LAST, tmp_path / "stor.pdf")
    text = printed(tmp_path / "stor.pdf").text
    assert "Attendance per member, share of held sessions (continued)" in text
    assert all(f"Lärare {n:02d}" in text for n in range(75))
