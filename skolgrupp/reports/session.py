"""A session's summary (what happened, for the group and the principal) and its plan (to hand
out before the meeting). Private reflections never appear: only those shared with the group
are read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from skolgrupp.core.domain import (
    ActionItem,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Commitment,
    Decision,
    Goal,
    Group,
    Reflection,
    ReflectionAnswer,
    Session,
    SessionGoal,
    Visibility,
)
from skolgrupp.core.i18n import translate
from skolgrupp.core.labels import label
from skolgrupp.core.progress import Progress
from skolgrupp.reports.document import (
    Meta,
    PersonNames,
    author,
    build,
    heading,
    leaders,
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


@dataclass
class SessionData:
    session: Session
    group: Group
    agenda: list[AgendaItem]
    present: list[str]
    absent: list[str]
    excused: list[str]
    decisions: list[Decision]
    actions: list[tuple[ActionItem, str]]  # with the owner's name
    reflections: list[tuple[Reflection, str]]  # shared ones, with the author's name
    answers: dict[str, list[ReflectionAnswer]]  # by reflection id: the prompts answered
    will_try: list[tuple[Commitment, str]]  # made at this session, with the member's name
    reported: list[tuple[Commitment, str]]  # reported on at this session
    goals: list[Goal]
    names: PersonNames
    leaders: list[str]


def read(workspace: Workspace, session_id: str) -> SessionData:
    session = workspace.get(Session, session_id)
    group = workspace.get(Group, session.group_id)
    names = PersonNames(workspace)
    attendance: dict[str, list[str]] = {s: [] for s in AttendanceStatus}
    for mark in workspace.find(Attendance, session_id=session_id):
        attendance[mark.status].append(names.get(mark.person_id, ""))
    goal_ids = [link.goal_id for link in workspace.find(SessionGoal, session_id=session_id)]
    # Shared ones only, by construction: a private reflection is never even read here.
    shared = workspace.find(
        Reflection, session_id=session_id, visibility=Visibility.GROUP, order_by="written_on"
    )
    return SessionData(
        session=session,
        group=group,
        agenda=workspace.find(AgendaItem, session_id=session_id, order_by="position"),
        present=sorted(attendance[AttendanceStatus.PRESENT]),
        absent=sorted(attendance[AttendanceStatus.ABSENT]),
        excused=sorted(attendance[AttendanceStatus.EXCUSED]),
        decisions=workspace.find(Decision, session_id=session_id, order_by="position"),
        actions=[
            (a, names.get(a.owner_id or "", ""))
            for a in workspace.find(ActionItem, session_id=session_id, order_by="position")
        ],
        reflections=[(r, names.get(r.author_id, "")) for r in shared],
        answers={
            r.id: workspace.find(ReflectionAnswer, reflection_id=r.id, order_by="position")
            for r in shared
        },
        will_try=[
            (c, names.get(c.person_id, ""))
            for c in workspace.find(Commitment, made_in_session_id=session_id)
        ],
        reported=[
            (c, names.get(c.person_id, ""))
            for c in workspace.find(Commitment, report_session_id=session_id)
        ],
        goals=[workspace.get(Goal, goal_id) for goal_id in goal_ids],
        names=names,
        leaders=leaders(workspace, group.id),
    )


def _when(session: Session) -> str:
    day = date.fromisoformat(session.date)
    year, week, _ = day.isocalendar()
    parts = [
        translate("reports", "{date}, week {week}").format(date=session.date, week=week),
    ]
    if session.start_time:
        parts.append(
            translate("reports", "{start}, {minutes} minutes").format(
                start=session.start_time, minutes=session.duration_min
            )
        )
    if session.place:
        parts.append(session.place)
    if session.module.strip():
        module = (
            translate("reports", "module {module}, part {part}")
            if session.part
            else translate("reports", "module {module}")
        )
        parts.append(module.format(module=session.module, part=session.part))
    return " · ".join(parts)


def _head(data: SessionData, title: str) -> list[Flowable]:
    st = styles()
    session = data.session
    return [
        Paragraph(text(title), st.small),
        Paragraph(text(session.title), st.title),
        Paragraph(
            text(f"{data.group.name} · {_when(session)} · {label(session.status)}"), st.subtitle
        ),
    ]


def summary_story(data: SessionData) -> list[Flowable]:
    st = styles()
    story = _head(data, translate("reports", "Session summary"))
    story.append(heading(translate("reports", "Attendance")))
    for name, people in (
        (translate("reports", "Present"), data.present),
        (translate("reports", "Absent"), data.absent),
        (translate("reports", "Excused"), data.excused),
    ):
        listed = ", ".join(people) if people else "–"
        story.append(Paragraph(f"<b>{text(name)}:</b> {text(listed)}", st.body))
    story.append(heading(translate("reports", "Agenda and minutes")))
    if data.agenda:
        story.append(
            table(
                [
                    translate("reports", "Item"),
                    translate("reports", "Minutes"),
                    translate("reports", "Led by"),
                    translate("reports", "Notes"),
                ],
                [
                    (a.title, a.duration_min or "", data.names.get(a.leader_id or "", ""), a.notes)
                    for a in data.agenda
                ],
                [50 * mm, 19 * mm, 30 * mm, WIDTH - 99 * mm],
                right=(1,),
            )
        )
    else:
        story.append(none_line(translate("reports", "No agenda.")))
    story.append(heading(translate("reports", "Decisions")))
    if data.decisions:
        story += [para(f"• {d.text}") for d in data.decisions]
    else:
        story.append(none_line(translate("reports", "No decisions.")))
    story.append(heading(translate("reports", "Action items")))
    if data.actions:
        story.append(
            table(
                [
                    translate("reports", "To do"),
                    translate("reports", "Who"),
                    translate("reports", "Due"),
                    translate("reports", "Done"),
                ],
                [
                    (
                        a.text,
                        owner,
                        a.due_on or "",
                        translate("reports", "yes") if a.done else translate("reports", "no"),
                    )
                    for a, owner in data.actions
                ],
                [WIDTH - 84 * mm, 40 * mm, 24 * mm, 20 * mm],
            )
        )
    else:
        story.append(none_line(translate("reports", "No action items.")))
    story += _commitments(data)
    story.append(heading(translate("reports", "The group's reflections")))
    if data.reflections:
        # A name or a question never ends a page without what follows it.
        by = ParagraphStyle("by", parent=st.cell_bold, keepWithNext=1)
        question = ParagraphStyle("question", parent=st.small, keepWithNext=1)
        for reflection, author in data.reflections:
            story.append(Paragraph(text(f"{author}, {reflection.written_on}"), by))
            if reflection.text.strip():
                story.append(para(reflection.text))
            for answer in data.answers.get(reflection.id, []):
                if answer.answer.strip():
                    story.append(para(answer.prompt, question))
                    story.append(para(answer.answer))
    else:
        story.append(none_line(translate("reports", "No shared reflections on this session.")))
    story += _goals(data)
    return story


def _commitments(data: SessionData) -> list[Flowable]:
    """The four-part model's thread: what members will try in class, made at this session,
    and how it went, reported at this one. Only for sessions that have them."""
    story: list[Flowable] = []
    if data.will_try:
        story.append(heading(translate("reports", "This we will try in class")))
        story.append(
            table(
                [translate("reports", "Member"), translate("reports", "Will try")],
                [(name, c.text) for c, name in data.will_try],
                [50 * mm, WIDTH - 50 * mm],
            )
        )
    if data.reported:
        story.append(heading(translate("reports", "How it went in class")))
        story.append(
            table(
                [
                    translate("reports", "Member"),
                    translate("reports", "Tried"),
                    translate("reports", "How it went"),
                ],
                [(name, c.text, c.report) for c, name in data.reported],
                [40 * mm, (WIDTH - 40 * mm) / 2, (WIDTH - 40 * mm) / 2],
            )
        )
    return story


def _goals(data: SessionData) -> list[Flowable]:
    story: list[Flowable] = [heading(translate("reports", "Goals"))]
    if data.goals:
        story += [para(f"{g.code} {g.title}".strip()) for g in data.goals]
    else:
        story.append(none_line(translate("reports", "No goals linked.")))
    return story


def plan_story(data: SessionData) -> list[Flowable]:
    session = data.session
    story = _head(data, translate("reports", "Session plan"))
    story.append(heading(translate("reports", "Agenda")))
    if data.agenda:
        total = sum(a.duration_min for a in data.agenda)
        rows: list[tuple[Any, ...]] = [
            (a.title, a.duration_min or "", data.names.get(a.leader_id or "", ""))
            for a in data.agenda
        ]
        rows.append((translate("reports", "In all"), total, ""))
        story.append(
            table(
                [
                    translate("reports", "Item"),
                    translate("reports", "Minutes"),
                    translate("reports", "Led by"),
                ],
                rows,
                [WIDTH - 70 * mm, 20 * mm, 50 * mm],
                right=(1,),
            )
        )
    else:
        story.append(none_line(translate("reports", "No agenda.")))
    story.append(heading(translate("reports", "Preparation")))
    story.append(
        para(session.preparation)
        if session.preparation.strip()
        else none_line(translate("reports", "No preparation."))
    )
    story += _goals(data)
    story.append(spacer())
    return story


def session_summary(
    workspace: Workspace, session_id: str, target: Path, *, progress: Progress | None = None
) -> None:
    data = read(workspace, session_id)
    _write(data, summary_story(data), translate("reports", "Session summary"), target, progress)


def session_plan(
    workspace: Workspace, session_id: str, target: Path, *, progress: Progress | None = None
) -> None:
    data = read(workspace, session_id)
    _write(data, plan_story(data), translate("reports", "Session plan"), target, progress)


def _write(
    data: SessionData, story: list[Flowable], kind: str, target: Path, progress: Progress | None
) -> None:
    meta = Meta(
        title=f"{kind}: {data.session.title}",
        subject=f"{data.group.name}, {data.session.date}",
        author=author(data.leaders, data.group.name),
        group_name=data.group.name,
        printed_on=date.today(),
    )
    build(target, meta, story, progress=progress)
