"""A group's term report (for the principal) and the year summary of the collegial work (for the
school's quality work, per school owner).

Only reflections shared with the group are ever read or counted here: private ones are left in
the database, unread. Every user-written string reaches the page through ``document.text()``,
and the charts' strings are plain drawn text (never markup) in the embedded font.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Table, TableStyle

from skolgrupp.core.domain import (
    ActionItem,
    Attendance,
    AttendanceStatus,
    Cycle,
    CyclePhase,
    Decision,
    Goal,
    GoalFramework,
    Group,
    Membership,
    Person,
    PhaseStatus,
    Reflection,
    School,
    SchoolOwner,
    Session,
    SessionStatus,
    Visibility,
)
from skolgrupp.core.errors import InvalidData
from skolgrupp.core.i18n import translate
from skolgrupp.core.labels import label
from skolgrupp.core.progress import Progress
from skolgrupp.core.store import queries
from skolgrupp.reports.document import (
    FONT,
    Meta,
    PersonNames,
    author,
    build,
    clip,
    heading,
    none_line,
    para,
    spacer,
    styles,
    table,
    text,
)

if TYPE_CHECKING:
    from skolgrupp.core.workspace import Workspace

WIDTH = 174 * mm  # A4 less the margins
_SCHOOL_YEAR = re.compile(r"(\d{4})/(\d{2})")
# Chart labels are drawn strings, not paragraphs: no markup, but no control characters either.
_BAR = colors.HexColor("#4a7ab5")
_GRID = colors.HexColor("#dddddd")


# -- what both documents count ----------------------------------------------------------------


@dataclass
class Presence:
    """How often one person was there: present at ``present`` of the ``possible`` held
    sessions (those while a member, and any other they were marked for)."""

    person_id: str
    name: str
    school: str = ""
    present: int = 0
    possible: int = 0

    @property
    def share(self) -> float | None:
        return self.present / self.possible if self.possible else None


def _current(membership: Membership, day: str) -> bool:
    return membership.joined_on <= day and (membership.left_on is None or day < membership.left_on)


def _presence(
    held: Sequence[Session],
    memberships: Sequence[Membership],
    marks: Sequence[Attendance],
    names: PersonNames | dict[str, str],
) -> dict[str, Presence]:
    """Attendance per person over the held sessions of one group."""
    by_session: dict[str, dict[str, str]] = defaultdict(dict)
    for mark in marks:
        by_session[mark.session_id][mark.person_id] = mark.status
    result: dict[str, Presence] = {}
    for m in memberships:
        result.setdefault(m.person_id, Presence(m.person_id, names.get(m.person_id, "")))
    for session in held:
        marked = by_session.get(session.id, {})
        expected = {m.person_id for m in memberships if _current(m, session.date)} | set(marked)
        for person_id in expected:
            presence = result.setdefault(person_id, Presence(person_id, names.get(person_id, "")))
            presence.possible += 1
            if marked.get(person_id) == AttendanceStatus.PRESENT:
                presence.present += 1
    return result


def _percent(share: float | None) -> str:
    if share is None:
        return "–"
    return translate("reports", "{percent}%").format(percent=round(share * 100))


def _hours(minutes: int) -> str:
    return translate("reports", "{hours} h").format(hours=f"{minutes / 60:.1f}")


def _whole_hours(hours: float) -> str:
    return translate("reports", "{hours} h").format(hours=f"{hours:.0f}")


BARS_PER_CHART = 30  # 30 bars of 7 mm and the axis fit well on a page under a heading


def _bar_chart(
    labels: Sequence[str], values: Sequence[float], *, top: float, fmt: Callable[[float], str]
) -> Drawing:
    """A horizontal bar chart, first label on top, every string in the embedded font."""
    bar = 7 * mm
    height = bar * len(values) + 14 * mm
    drawing = Drawing(WIDTH, height)
    # The renderer starts every drawing in its initial font: ours, not an unembedded Helvetica.
    drawing.initialFontName = FONT
    chart = HorizontalBarChart()
    chart.x = 62 * mm
    chart.y = 9 * mm
    chart.width = WIDTH - chart.x - 14 * mm
    chart.height = bar * len(values)
    chart.data = [list(reversed(values))]
    chart.categoryAxis.categoryNames = [clip(name, 34) for name in reversed(labels)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.strokeColor = colors.HexColor("#555555")
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7.5
    chart.valueAxis.labelTextFormat = fmt
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = _GRID
    chart.valueAxis.strokeColor = colors.HexColor("#555555")
    chart.bars[0].fillColor = _BAR
    chart.bars[0].strokeColor = None
    chart.barWidth = bar * 0.65
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = fmt
    drawing.add(chart)
    return drawing


def _bar_charts(
    title: str,
    labels: Sequence[str],
    values: Sequence[float],
    *,
    top: float,
    fmt: Callable[[float], str],
) -> list[Flowable]:
    """Bar charts under ``title``, as many as it takes: a chart is drawn in one piece, so one
    with more bars than a page holds is split into several on the same scale."""
    parts: list[Flowable] = []
    for start in range(0, len(values), BARS_PER_CHART):
        heading = (
            title if start == 0 else translate("reports", "{title} (continued)").format(title=title)
        )
        chart = _bar_chart(
            labels[start : start + BARS_PER_CHART],
            values[start : start + BARS_PER_CHART],
            top=top,
            fmt=fmt,
        )
        parts.append(KeepTogether([Paragraph(text(heading), styles().cell_bold), chart]))
    return parts


def _figures(rows: Sequence[tuple[str, object]]) -> Flowable:
    """Key figures: the program's words on the left, the numbers on the right."""
    st = styles()
    result = Table(
        [
            [Paragraph(text(name), st.cell), Paragraph(text(value), st.cell_bold)]
            for name, value in rows
        ],
        colWidths=[75 * mm, WIDTH - 75 * mm],
        hAlign="LEFT",
    )
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, _GRID),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return result


def _goal_name(goal: dict[str, Any] | Goal) -> str:
    code, title = (
        (goal["code"], goal["title"]) if isinstance(goal, dict) else (goal.code, goal.title)
    )
    return f"{code} {title}".strip()


def _period(first: date | str, last: date | str) -> str:
    return translate("reports", "{first} – {last}").format(first=first, last=last)


# -- the term report --------------------------------------------------------------------------


@dataclass
class TermData:
    group: Group
    first: date
    last: date
    today: date
    members: list[dict[str, Any]]
    sessions: list[Session]
    attendance: list[Presence]
    decisions: list[tuple[Session, Decision]]
    actions: list[tuple[Session, ActionItem, str]]  # with the owner's name
    shared_reflections: int
    goals: list[dict[str, Any]]
    cycles: list[dict[str, Any]]
    leaders: list[str]

    @property
    def held(self) -> list[Session]:
        return [s for s in self.sessions if s.status == SessionStatus.HELD]

    def count(self, status: SessionStatus) -> int:
        return sum(1 for s in self.sessions if s.status == status)

    @property
    def overall(self) -> float | None:
        possible = sum(p.possible for p in self.attendance)
        return sum(p.present for p in self.attendance) / possible if possible else None

    def overdue(self, action: ActionItem) -> bool:
        due = action.due_on or ""
        return not action.done and bool(due) and due < self.today.isoformat()


def read_term(
    workspace: Workspace, group_id: str, first: date, last: date, *, today: date | None = None
) -> TermData:
    if first > last:
        raise InvalidData(translate("reports", "The period ends before it begins."))
    group = workspace.get(Group, group_id)
    start, end = first.isoformat(), last.isoformat()
    names = PersonNames(workspace)
    members = queries.members(workspace.store, group_id)
    schools = {m["person_id"]: m["school"] or "" for m in members}
    sessions = [
        s
        for s in workspace.find(Session, group_id=group_id, order_by="date, start_time")
        if start <= s.date <= end
    ]
    held = [s for s in sessions if s.status == SessionStatus.HELD]
    held_ids = {s.id for s in held}
    marks = [
        mark
        for session_id in held_ids
        for mark in workspace.find(Attendance, session_id=session_id)
    ]
    presence = _presence(held, workspace.find(Membership, group_id=group_id), marks, names)
    for p in presence.values():
        p.school = schools.get(p.person_id, "")
    decisions: list[tuple[Session, Decision]] = []
    actions: list[tuple[Session, ActionItem, str]] = []
    for session in sessions:
        decisions += [
            (session, d)
            for d in workspace.find(Decision, session_id=session.id, order_by="position")
        ]
        actions += [
            (session, a, names.get(a.owner_id or "", ""))
            for a in workspace.find(ActionItem, session_id=session.id, order_by="position")
        ]
    # Shared reflections only, by construction: a private one is never even read here.
    shared = [
        r
        for r in workspace.find(Reflection, group_id=group_id, visibility=Visibility.GROUP)
        if start <= r.written_on <= end
    ]
    return TermData(
        group=group,
        first=first,
        last=last,
        today=today or date.today(),
        members=members,
        sessions=sessions,
        attendance=sorted(presence.values(), key=lambda p: (p.name.casefold(), p.person_id)),
        decisions=decisions,
        actions=actions,
        shared_reflections=len(shared),
        goals=queries.goal_coverage(workspace.store, group_id, start, end),
        cycles=queries.cycles(workspace.store, group_id),
        leaders=[m["name"] for m in members if m["role"] == "leader"],
    )


def term_story(data: TermData) -> list[Flowable]:
    st = styles()
    group = data.group
    subtitle = [_period(data.first, data.last), label(group.subject)]
    if group.term:
        subtitle.append(group.term)
    story: list[Flowable] = [
        Paragraph(text(translate("reports", "Term report")), st.small),
        Paragraph(text(group.name), st.title),
        Paragraph(text(" · ".join(subtitle)), st.subtitle),
    ]
    story += _term_overview(data)
    story += _term_members(data)
    story += _term_sessions(data)
    story += _term_attendance(data)
    story += _term_decisions(data)
    story += _term_actions(data)
    story += _term_goals(data)
    story += _term_cycles(data)
    return story


def _term_overview(data: TermData) -> list[Flowable]:
    held = data.held
    done = sum(1 for _, a, _ in data.actions if a.done)
    open_ = len(data.actions) - done
    overdue = sum(1 for _, a, _ in data.actions if data.overdue(a))
    rows: list[tuple[str, object]] = [
        (
            translate("reports", "Sessions held"),
            translate("reports", "{count} ({hours})").format(
                count=len(held), hours=_hours(sum(s.duration_min for s in held))
            ),
        ),
        (translate("reports", "Sessions planned"), data.count(SessionStatus.PLANNED)),
        (translate("reports", "Sessions cancelled"), data.count(SessionStatus.CANCELLED)),
        (translate("reports", "Attendance, all members"), _percent(data.overall)),
        (translate("reports", "Decisions"), len(data.decisions)),
        (
            translate("reports", "Action items"),
            translate("reports", "{done} done, {open} open, {overdue} overdue").format(
                done=done, open=open_, overdue=overdue
            ),
        ),
        (translate("reports", "Shared reflections written"), data.shared_reflections),
        (translate("reports", "Goals worked on"), len(data.goals)),
    ]
    return [heading(translate("reports", "In brief")), _figures(rows)]


def _term_members(data: TermData) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("reports", "Members"))]
    if not data.members:
        return [*story, none_line(translate("reports", "The group has no members."))]
    rows = []
    for m in data.members:
        since = translate("reports", "from {date}").format(date=m["joined_on"])
        if m["left_on"]:
            since = _period(m["joined_on"], m["left_on"])
        rows.append((m["name"], label(m["role"]), m["school"] or "", since))
    story.append(
        table(
            [
                translate("reports", "Name"),
                translate("reports", "Role"),
                translate("reports", "School"),
                translate("reports", "Membership"),
            ],
            rows,
            [48 * mm, 28 * mm, 52 * mm, WIDTH - 128 * mm],
        )
    )
    return story


def _term_sessions(data: TermData) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("reports", "Sessions"))]
    if not data.sessions:
        return [*story, none_line(translate("reports", "No sessions in this period."))]
    story.append(
        table(
            [
                translate("reports", "Date"),
                translate("reports", "Week"),
                translate("reports", "Session"),
                translate("reports", "Status"),
                translate("reports", "Minutes"),
            ],
            [
                (
                    s.date,
                    date.fromisoformat(s.date).isocalendar()[1],
                    s.title,
                    label(s.status),
                    s.duration_min,
                )
                for s in data.sessions
            ],
            [22 * mm, 13 * mm, WIDTH - 75 * mm, 22 * mm, 18 * mm],
            right=(1, 4),
        )
    )
    return story


def _term_attendance(data: TermData) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("reports", "Attendance"))]
    people = [p for p in data.attendance if p.possible]
    if not people:
        return [*story, none_line(translate("reports", "No sessions held in this period."))]
    rows: list[tuple[object, ...]] = [
        (p.name, p.school, p.present, p.possible, _percent(p.share)) for p in people
    ]
    rows.append(
        (
            translate("reports", "All members"),
            "",
            sum(p.present for p in people),
            sum(p.possible for p in people),
            _percent(data.overall),
        )
    )
    story.append(
        table(
            [
                translate("reports", "Member"),
                translate("reports", "School"),
                translate("reports", "Present"),
                translate("reports", "Held while a member"),
                translate("reports", "Share"),
            ],
            rows,
            [50 * mm, WIDTH - 136 * mm, 24 * mm, 40 * mm, 22 * mm],
            right=(2, 3, 4),
        )
    )
    story.append(spacer(3))
    story += _bar_charts(
        translate("reports", "Attendance per member, share of held sessions"),
        [p.name for p in people],
        [100 * (p.share or 0) for p in people],
        top=100,
        fmt=lambda v: _percent(v / 100),
    )
    return story


def _term_decisions(data: TermData) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("reports", "Decisions"))]
    if not data.decisions:
        return [*story, none_line(translate("reports", "No decisions in this period."))]
    story.append(
        table(
            [translate("reports", "Date"), translate("reports", "Decision")],
            [(s.date, d.text) for s, d in data.decisions],
            [22 * mm, WIDTH - 22 * mm],
        )
    )
    return story


def _term_actions(data: TermData) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("reports", "Action items"))]
    if not data.actions:
        return [*story, none_line(translate("reports", "No action items in this period."))]
    open_ = [(s, a, owner) for s, a, owner in data.actions if not a.done]
    if not open_:
        return [*story, none_line(translate("reports", "Every action item is done."))]
    open_.sort(key=lambda x: (x[1].due_on or "9999", x[0].date))
    rows = []
    for session, action, owner in open_:
        due = action.due_on or ""
        if data.overdue(action):
            due = translate("reports", "{date} (overdue)").format(date=due)
        rows.append((action.text, owner, due, session.date))
    listed = table(
        [
            translate("reports", "To do"),
            translate("reports", "Who"),
            translate("reports", "Due"),
            translate("reports", "From session"),
        ],
        rows,
        [WIDTH - 110 * mm, 40 * mm, 44 * mm, 26 * mm],
    )
    return [KeepTogether([*story, para(translate("reports", "Open action items:")), listed])]


def _term_goals(data: TermData) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("reports", "Goal coverage"))]
    if not data.goals:
        return [*story, none_line(translate("reports", "No goals linked in this period."))]
    story.append(
        table(
            [
                translate("reports", "Goal"),
                translate("reports", "Programme"),
                translate("reports", "Sessions"),
                translate("reports", "Shared reflections"),
            ],
            [(_goal_name(g), g["framework"], g["sessions"], g["reflections"]) for g in data.goals],
            [WIDTH - 118 * mm, 58 * mm, 24 * mm, 36 * mm],
            right=(2, 3),
        )
    )
    return story


def _phase_text(cycle: dict[str, Any]) -> str:
    if cycle["phases"] and cycle["phases_done"] == cycle["phases"]:
        return translate("reports", "all phases done")
    return cycle["phase"] or "–"


def _term_cycles(data: TermData) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("reports", "Cycles"))]
    if not data.cycles:
        return [*story, none_line(translate("reports", "The group has no cycles."))]
    story.append(
        table(
            [
                translate("reports", "Cycle"),
                translate("reports", "Kind"),
                translate("reports", "Current phase"),
                translate("reports", "Phases done"),
                translate("reports", "Lessons"),
            ],
            [
                (
                    c["title"],
                    label(c["cycle_type"]),
                    _phase_text(c),
                    translate("reports", "{done} of {all}").format(
                        done=c["phases_done"], all=c["phases"]
                    ),
                    c["lessons"],
                )
                for c in data.cycles
            ],
            [WIDTH - 120 * mm, 28 * mm, 46 * mm, 24 * mm, 22 * mm],
            right=(3, 4),
        )
    )
    return story


def term_report(
    workspace: Workspace,
    group_id: str,
    first: date,
    last: date,
    target: Path,
    *,
    progress: Progress | None = None,
) -> None:
    """A group's work over a period, for the principal."""
    data = read_term(workspace, group_id, first, last)
    kind = translate("reports", "Term report")
    meta = Meta(
        title=f"{kind}: {data.group.name}",
        subject=f"{data.group.name}, {_period(first, last)}",
        author=author(data.leaders, data.group.name),
        group_name=data.group.name,
        printed_on=date.today(),
    )
    build(Path(target), meta, term_story(data), progress=progress)


# -- the year summary -------------------------------------------------------------------------


@dataclass
class SchoolYear:
    school: School
    teachers: int = 0
    sessions: int = 0  # held sessions at least one of its teachers attended
    attendances: int = 0  # a teacher at a session, once each
    minutes: int = 0  # the attended sessions' lengths, per teacher


@dataclass
class GroupYear:
    group: Group
    held: int
    minutes: int
    presence: float | None
    teachers: int  # members from the owner's schools


@dataclass
class GoalLinks:
    focus: str
    goal: str
    framework: str
    sessions: int = 0
    reflections: int = 0


@dataclass
class OwnerYear:
    owner: SchoolOwner
    schools: list[SchoolYear] = field(default_factory=list)
    groups: list[GroupYear] = field(default_factory=list)
    completed: list[tuple[Cycle, str, str]] = field(default_factory=list)  # group, done on
    erased: list[tuple[Cycle, str]] = field(default_factory=list)  # pupil details; group
    in_progress: int = 0
    next_steps: list[tuple[str, ActionItem, str]] = field(default_factory=list)  # group, owner
    goals: list[GoalLinks] = field(default_factory=list)

    @property
    def teachers(self) -> int:
        return sum(s.teachers for s in self.schools)


@dataclass
class YearData:
    school_year: str
    first: date
    last: date
    owners: list[OwnerYear]
    principals: list[str]


def school_year_dates(school_year: str) -> tuple[date, date]:
    """The first and last day of a school year written like "2025/26": July to June.

    Raises:
        InvalidData: when the year is not written so.
    """
    found = _SCHOOL_YEAR.fullmatch(school_year.strip())
    if not found or (int(found[1]) + 1) % 100 != int(found[2]):
        raise InvalidData(
            translate(
                "reports",
                "A school year is written like 2025/26, with consecutive years, not {text}.",
            ).format(text=repr(clip(school_year, 30)))
        )
    year = int(found[1])
    return date(year, 7, 1), date(year + 1, 6, 30)


def _owners(owner: str | None) -> list[SchoolOwner]:
    if owner is None:
        return list(SchoolOwner)
    try:
        return [SchoolOwner(owner.strip().lower())]
    except ValueError:
        raise InvalidData(
            translate("reports", "A school owner is municipal or independent, not {text}.").format(
                text=repr(clip(owner, 30))
            )
        ) from None


def _completed_on(cycle: Cycle, phases: Sequence[CyclePhase]) -> str | None:
    """The day a cycle whose phases are all done was finished; None while it is not."""
    if not phases or any(p.status != PhaseStatus.DONE for p in phases):
        return None
    days = [d for p in phases for d in (p.ends_on, p.starts_on) if d]
    return max(days) if days else cycle.updated_at[:10]


def read_year(workspace: Workspace, school_year: str, *, owner: str | None = None) -> YearData:
    first, last = school_year_dates(school_year)
    start, end = first.isoformat(), last.isoformat()
    wanted = _owners(owner)
    people = workspace.store.find(Person, include_deleted=True)
    names = {p.id: p.name for p in people}
    school_of = {p.id: p.school_id for p in people if not p.deleted}
    schools = {s.id: s for s in workspace.find(School)}
    groups = {g.id: g for g in workspace.find(Group)}

    memberships: dict[str, list[Membership]] = defaultdict(list)
    for m in workspace.find(Membership):
        if m.group_id in groups:
            memberships[m.group_id].append(m)
    # Who took part in the year: a membership for some of it.
    taking_part: dict[str, set[str]] = defaultdict(set)  # group -> people
    for group_id, ms in memberships.items():
        for m in ms:
            if m.joined_on <= end and (m.left_on is None or m.left_on > start):
                taking_part[group_id].add(m.person_id)

    held: dict[str, list[Session]] = defaultdict(list)
    for s in workspace.find(Session, status=SessionStatus.HELD, order_by="date, start_time"):
        if s.group_id in groups and start <= s.date <= end:
            held[s.group_id].append(s)
    sessions = {s.id: s for ss in held.values() for s in ss}
    marks: dict[str, list[Attendance]] = defaultdict(list)
    for mark in workspace.find(Attendance):
        if mark.session_id in sessions:
            marks[sessions[mark.session_id].group_id].append(mark)

    phases: dict[str, list[CyclePhase]] = defaultdict(list)
    for phase in workspace.find(CyclePhase, order_by="position"):
        phases[phase.cycle_id].append(phase)
    cycles: dict[str, list[Cycle]] = defaultdict(list)
    for cycle in workspace.find(Cycle, order_by="created_at"):
        cycles[cycle.group_id].append(cycle)

    goals = {g.id: g for g in workspace.store.find(Goal, include_deleted=True)}
    frameworks = {f.id: f.name for f in workspace.store.find(GoalFramework, include_deleted=True)}

    owners = []
    for kind in wanted:
        result = OwnerYear(owner=kind)
        ours = {sid for sid, s in schools.items() if s.owner == kind}
        per_school = {
            sid: SchoolYear(school=schools[sid])
            for sid in sorted(ours, key=lambda sid: schools[sid].name.casefold())
        }
        teachers: dict[str, set[str]] = defaultdict(set)
        for persons in taking_part.values():
            for person_id in persons:
                if school_of.get(person_id) in ours:
                    teachers[school_of[person_id] or ""].add(person_id)
        attended: dict[str, set[str]] = defaultdict(set)
        for group_marks in marks.values():
            for mark in group_marks:
                school_id = school_of.get(mark.person_id)
                if mark.status == AttendanceStatus.PRESENT and school_id in ours:
                    assert school_id is not None
                    row = per_school[school_id]
                    row.attendances += 1
                    row.minutes += sessions[mark.session_id].duration_min
                    attended[school_id].add(mark.session_id)
        for school_id, row in per_school.items():
            row.teachers = len(teachers[school_id])
            row.sessions = len(attended[school_id])
        result.schools = list(per_school.values())

        active = [
            gid
            for gid in sorted(groups, key=lambda gid: groups[gid].name.casefold())
            if held.get(gid) and any(school_of.get(p) in ours for p in taking_part[gid])
        ]
        for gid in active:
            presence = _presence(held[gid], memberships[gid], marks[gid], names)
            possible = sum(p.possible for p in presence.values())
            result.groups.append(
                GroupYear(
                    group=groups[gid],
                    held=len(held[gid]),
                    minutes=sum(s.duration_min for s in held[gid]),
                    presence=(
                        sum(p.present for p in presence.values()) / possible if possible else None
                    ),
                    teachers=sum(1 for p in taking_part[gid] if school_of.get(p) in ours),
                )
            )
            for cycle in cycles[gid]:
                done_on = _completed_on(cycle, phases[cycle.id])
                if done_on is None:
                    result.in_progress += 1
                elif start <= done_on <= end:
                    result.completed.append((cycle, groups[gid].name, done_on))
            for s in workspace.find(Session, group_id=gid, order_by="date, start_time"):
                if start <= s.date <= end:
                    result.next_steps += [
                        (groups[gid].name, a, names.get(a.owner_id or "", ""))
                        for a in workspace.find(
                            ActionItem, session_id=s.id, done=False, order_by="position"
                        )
                    ]
        result.next_steps.sort(key=lambda x: (x[1].due_on or "9999", x[0].casefold()))
        result.erased = _erased(cycles, groups, memberships, school_of, ours, start, end)
        result.goals = _goal_links(workspace, active, start, end, goals, frameworks)
        owners.append(result)

    principals = [p.name for p in people if not p.deleted and p.role == "principal"]
    return YearData(school_year.strip(), first, last, owners, sorted(principals))


def _erased(
    cycles: Mapping[str, list[Cycle]],
    groups: Mapping[str, Group],
    memberships: Mapping[str, list[Membership]],
    school_of: Mapping[str, str | None],
    ours: set[str],
    start: str,
    end: str,
) -> list[tuple[Cycle, str]]:
    """The cycles whose case pupils' details were erased in the year, of the groups with
    members from the owner's schools (erasing is often done a year after a group's work)."""
    found = [
        (cycle, groups[gid].name)
        for gid, ms in memberships.items()
        if any(school_of.get(m.person_id) in ours for m in ms)
        for cycle in cycles[gid]
        if cycle.pupil_data_erased_on and start <= cycle.pupil_data_erased_on <= end
    ]
    return sorted(found, key=lambda x: (x[0].pupil_data_erased_on or "", x[1].casefold()))


def _focus_area(goal: Goal, goals: dict[str, Goal]) -> Goal:
    seen = {goal.id}
    while goal.parent_id and goal.parent_id in goals and goal.parent_id not in seen:
        goal = goals[goal.parent_id]
        seen.add(goal.id)
    return goal


def _goal_links(
    workspace: Workspace,
    group_ids: Iterable[str],
    start: str,
    end: str,
    goals: dict[str, Goal],
    frameworks: dict[str, str],
) -> list[GoalLinks]:
    """The goals the groups' sessions and shared reflections link to, under their focus area."""
    links: dict[str, GoalLinks] = {}
    order: dict[str, tuple[Any, ...]] = {}
    for group_id in group_ids:
        for row in queries.goal_coverage(workspace.store, group_id, start, end):
            goal = goals.get(row["id"])
            if goal is None:
                continue
            focus = _focus_area(goal, goals)
            item = links.setdefault(
                goal.id,
                GoalLinks(
                    focus=_goal_name(focus) if focus.id != goal.id else "",
                    goal=_goal_name(goal),
                    framework=frameworks.get(goal.framework_id, row["framework"]),
                ),
            )
            item.sessions += row["sessions"] or 0
            item.reflections += row["reflections"] or 0
            order[goal.id] = (item.framework.casefold(), focus.code, goal.position, goal.code)
    return [links[gid] for gid in sorted(links, key=lambda gid: order[gid])]


def year_story(data: YearData) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph(text(translate("reports", "Year summary")), st.small),
        Paragraph(
            text(
                translate("reports", "Collegial learning, school year {year}").format(
                    year=data.school_year
                )
            ),
            st.title,
        ),
        Paragraph(text(_period(data.first, data.last)), st.subtitle),
    ]
    for number, owner in enumerate(data.owners):
        if number:
            story.append(PageBreak())
        story += _owner_story(owner)
    return story


def _owner_title(owner: SchoolOwner) -> str:
    if owner == SchoolOwner.INDEPENDENT:
        return translate("reports", "Independent schools")
    return translate("reports", "Municipal schools")


def _owner_story(data: OwnerYear) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [Paragraph(text(_owner_title(data.owner)), st.title)]
    if not data.schools:
        return [*story, none_line(translate("reports", "No schools of this kind."))]
    minutes = sum(s.minutes for s in data.schools)
    story.append(
        _figures(
            [
                (translate("reports", "Schools"), len(data.schools)),
                (translate("reports", "Teachers taking part"), data.teachers),
                (translate("reports", "Groups with sessions held"), len(data.groups)),
                (translate("reports", "Sessions held"), sum(g.held for g in data.groups)),
                (
                    translate("reports", "Hours of collegial learning (per teacher)"),
                    _hours(minutes),
                ),
                (translate("reports", "Cycles completed"), len(data.completed)),
                (translate("reports", "Cycles in progress"), data.in_progress),
                (translate("reports", "Next steps open"), len(data.next_steps)),
            ]
        )
    )
    story += _year_schools(data)
    story += _year_groups(data)
    story += _year_cycles(data)
    story += _year_erased(data)
    story += _year_next_steps(data)
    story += _year_goals(data)
    return story


def _year_schools(data: OwnerYear) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("reports", "Per school"))]
    story.append(
        table(
            [
                translate("reports", "School"),
                translate("reports", "Stage"),
                translate("reports", "Teachers"),
                translate("reports", "Sessions attended"),
                translate("reports", "Attendances"),
                translate("reports", "Hours"),
            ],
            [
                (
                    s.school.name,
                    label(s.school.stage),
                    s.teachers,
                    s.sessions,
                    s.attendances,
                    f"{s.minutes / 60:.1f}",
                )
                for s in data.schools
            ],
            [WIDTH - 120 * mm, 30 * mm, 20 * mm, 26 * mm, 26 * mm, 18 * mm],
            right=(2, 3, 4, 5),
        )
    )
    story.append(
        none_line(
            translate(
                "reports",
                "Sessions attended counts each session once; attendances and hours count each "
                "teacher at each held session.",
            )
        )
    )
    if any(s.minutes for s in data.schools):
        hours = [s.minutes / 60 for s in data.schools]
        story.append(spacer(3))
        story += _bar_charts(
            translate("reports", "Hours of collegial learning per school"),
            [s.school.name for s in data.schools],
            hours,
            top=_nice_top(max(hours)),
            fmt=_whole_hours,
        )
    return story


def _nice_top(value: float) -> float:
    """An axis end a little above ``value``, on a round number."""
    for step in (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000):
        if value * 1.1 <= step * 5:
            return step * ((value * 1.1) // step + 1)
    return value * 1.2


def _year_groups(data: OwnerYear) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("reports", "Groups"))]
    if not data.groups:
        return [*story, none_line(translate("reports", "No group held sessions this year."))]
    story.append(
        table(
            [
                translate("reports", "Group"),
                translate("reports", "Subject"),
                translate("reports", "Teachers from these schools"),
                translate("reports", "Sessions held"),
                translate("reports", "Hours held"),
                translate("reports", "Attendance"),
            ],
            [
                (
                    g.group.name,
                    label(g.group.subject),
                    g.teachers,
                    g.held,
                    f"{g.minutes / 60:.1f}",
                    _percent(g.presence),
                )
                for g in data.groups
            ],
            [WIDTH - 124 * mm, 30 * mm, 28 * mm, 22 * mm, 20 * mm, 24 * mm],
            right=(2, 3, 4, 5),
        )
    )
    return story


def _headed(title: str, blocks: Sequence[list[Flowable]], gap: float) -> list[Flowable]:
    """A heading and blocks each kept on one page, the heading with the first."""
    story: list[Flowable] = []
    for number, block in enumerate(blocks):
        story.append(KeepTogether([heading(title), *block] if number == 0 else block))
        story.append(spacer(gap))
    return story


def _year_cycles(data: OwnerYear) -> list[Flowable]:
    st = styles()
    title = translate("reports", "Cycles completed, and what they found")
    if not data.completed:
        return [
            heading(title),
            none_line(translate("reports", "No cycle was completed this year.")),
        ]
    blocks = []
    for cycle, group_name, done_on in data.completed:
        about = [group_name, label(cycle.cycle_type)]
        about += [x for x in (cycle.subject, cycle.grade) if x]
        about.append(translate("reports", "completed {date}").format(date=done_on))
        block: list[Flowable] = [
            Paragraph(text(cycle.title), st.cell_bold),
            Paragraph(text(" · ".join(about)), st.small),
            spacer(1),
        ]
        for name, value in (
            (translate("reports", "Question"), cycle.question),
            (translate("reports", "Findings"), cycle.findings),
            (translate("reports", "Shared"), cycle.shared_how),
        ):
            if value.strip():
                block.append(Paragraph(f"<b>{text(name)}:</b> {text(value)}", st.body))
        if not cycle.findings.strip():
            block.append(none_line(translate("reports", "No findings written down.")))
        blocks.append(block)
    return _headed(title, blocks, 2)


def _year_erased(data: OwnerYear) -> list[Flowable]:
    """Retention done: shown only in a year when some was."""
    if not data.erased:
        return []
    return [
        heading(translate("reports", "Case pupils' details erased")),
        table(
            [
                translate("reports", "Cycle"),
                translate("reports", "Group"),
                translate("reports", "Done"),
            ],
            [
                (
                    cycle.title,
                    group_name,
                    translate("reports", "Case pupils' details erased {date}").format(
                        date=cycle.pupil_data_erased_on
                    ),
                )
                for cycle, group_name in data.erased
            ],
            [WIDTH - 120 * mm, 50 * mm, 70 * mm],
        ),
        none_line(
            translate(
                "reports",
                "What was written about each case pupil is erased; the cycles' results and "
                "findings are kept.",
            )
        ),
    ]


def _year_next_steps(data: OwnerYear) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("reports", "Next steps (open action items)"))]
    if not data.next_steps:
        return [*story, none_line(translate("reports", "No open action items."))]
    story.append(
        table(
            [
                translate("reports", "Group"),
                translate("reports", "To do"),
                translate("reports", "Who"),
                translate("reports", "Due"),
            ],
            [(group, a.text, owner, a.due_on or "") for group, a, owner in data.next_steps],
            [50 * mm, WIDTH - 112 * mm, 38 * mm, 24 * mm],
        )
    )
    return story


def _year_goals(data: OwnerYear) -> list[Flowable]:
    title = translate("reports", "Focus areas worked on")
    if not data.goals:
        return [heading(title), none_line(translate("reports", "No goals linked this year."))]
    by_framework: dict[str, list[GoalLinks]] = {}
    for goal in data.goals:
        by_framework.setdefault(goal.framework, []).append(goal)
    blocks = [
        [
            Paragraph(text(framework), styles().cell_bold),
            spacer(1),
            table(
                [
                    translate("reports", "Focus area"),
                    translate("reports", "Goal"),
                    translate("reports", "Sessions"),
                    translate("reports", "Shared reflections"),
                ],
                [(g.focus, g.goal, g.sessions, g.reflections) for g in goals],
                [52 * mm, WIDTH - 112 * mm, 24 * mm, 36 * mm],
                right=(2, 3),
            ),
        ]
        for framework, goals in by_framework.items()
    ]
    return _headed(title, blocks, 3)


def year_summary(
    workspace: Workspace,
    school_year: str,
    target: Path,
    *,
    owner: str | None = None,
    progress: Progress | None = None,
) -> None:
    """The year's collegial learning per school owner, for the school's quality work."""
    data = read_year(workspace, school_year, owner=owner)
    kind = translate("reports", "Year summary")
    owners = ", ".join(_owner_title(o.owner) for o in data.owners)
    meta = Meta(
        title=f"{kind} {data.school_year}",
        subject=f"{owners}, {_period(data.first, data.last)}",
        author=", ".join(data.principals) or "Skolgrupp",
        group_name=owners,
        printed_on=date.today(),
    )
    build(Path(target), meta, year_story(data), progress=progress)
