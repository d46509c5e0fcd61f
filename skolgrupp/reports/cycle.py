"""A lesson-study or learning-study cycle's report (its question, object of learning, critical
aspects, lessons and revisions, what was observed of each case pupil, the pre- and post-test
results as a table and a chart, and the findings) and an observation sheet for a research
lesson (its phases × the observer's case pupils, with the predicted responses and room to write
by hand).

The results are computed in ``skolgrupp.core.cycles``; this module only lays them out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from skolgrupp.core.cycles import (
    Comparison,
    CycleResults,
    Score,
    observers,
    person_name,
    predicted_and_observed,
    results,
)
from skolgrupp.core.domain import (
    CasePupil,
    Cycle,
    CycleGoal,
    CyclePhase,
    Goal,
    Group,
    Interview,
    LessonPhase,
    ResearchLesson,
)
from skolgrupp.core.i18n import language, translate
from skolgrupp.core.labels import label
from skolgrupp.core.progress import Progress
from skolgrupp.reports.document import (
    FONT,
    Meta,
    Overflow,
    author,
    build,
    clip,
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
PRE_COLOUR = colors.HexColor("#9bb7d4")
POST_COLOUR = colors.HexColor("#1f4e79")
# What a chart's label cannot hold (it is drawn as a string, not read as markup).


@dataclass
class LessonData:
    lesson: ResearchLesson
    teacher: str
    phases: list[LessonPhase]
    comparisons: list[Comparison]
    interviews: list[Interview]


@dataclass
class CycleData:
    cycle: Cycle
    group: Group
    phases: list[CyclePhase]
    results: CycleResults
    lessons: list[LessonData]
    goals: list[Goal]
    leaders: list[str]
    pupil_labels: dict[str, str] = field(default_factory=dict)


def _lesson(workspace: Workspace, lesson: ResearchLesson) -> LessonData:
    return LessonData(
        lesson=lesson,
        teacher=person_name(workspace, lesson.teacher_id),
        phases=workspace.find(LessonPhase, lesson_id=lesson.id, order_by="position"),
        comparisons=predicted_and_observed(workspace, lesson.id),
        interviews=workspace.find(Interview, lesson_id=lesson.id, order_by="position"),
    )


def read(workspace: Workspace, cycle_id: str) -> CycleData:
    cycle = workspace.get(Cycle, cycle_id)
    group = workspace.get(Group, cycle.group_id)
    found = results(workspace, cycle_id)
    goal_ids = [link.goal_id for link in workspace.find(CycleGoal, cycle_id=cycle_id)]
    return CycleData(
        cycle=cycle,
        group=group,
        phases=workspace.find(CyclePhase, cycle_id=cycle_id, order_by="position"),
        results=found,
        lessons=[_lesson(workspace, summary.lesson) for summary in found.lessons],
        goals=[workspace.get(Goal, goal_id) for goal_id in goal_ids],
        leaders=leaders(workspace, group.id),
        pupil_labels={p.id: p.label for p in found.pupils},
    )


# -- shared pieces ----------------------------------------------------------------------------


def _subheading_style() -> ParagraphStyle:
    return ParagraphStyle(
        "subheading",
        parent=styles().heading,
        fontSize=10.5,
        leading=13.5,
        spaceBefore=6,
        spaceAfter=2,
    )


def _subheading(value: str) -> Paragraph:
    return Paragraph(text(value), _subheading_style())


def _table_title(value: str) -> list[Flowable]:
    """A subheading over a long table: the table may split across pages (the header row
    repeats), so the title only asks for room for a few rows below it, not the whole table."""
    style = ParagraphStyle("table_title", parent=_subheading_style(), keepWithNext=0)
    return [CondPageBreak(40 * mm), Paragraph(text(value), style)]


def _labelled(name: str, value: str) -> Paragraph:
    """A line "Name: value"; the name is the program's, the value the user's (both escaped)."""
    return Paragraph(f"<b>{text(name)}:</b> {text(value)}", styles().body)


def _field(name: str, value: str, empty: str) -> list[Flowable]:
    """A titled text of the user's, or a quiet line saying it is not written yet."""
    return [_subheading(name), para(value) if value.strip() else none_line(empty)]


def _lesson_title(lesson: ResearchLesson) -> str:
    return translate("reports", "Research lesson {number}").format(number=lesson.iteration)


def _lesson_line(lesson: ResearchLesson, teacher: str) -> str:
    parts = [
        lesson.date or translate("reports", "no date set"),
        translate("reports", "taught by {name}").format(name=teacher) if teacher else "",
        translate("reports", "class {name}").format(name=lesson.class_name)
        if lesson.class_name
        else "",
    ]
    return " · ".join(p for p in parts if p)


def _number(value: float) -> str:
    return f"{value:g}".replace(".", ",") if language() == "sv" else f"{value:g}"


def _percent(share: float | None) -> str:
    if share is None:
        return "–"
    return translate("reports", "{value} %").format(value=round(share * 100))


def _points(score: Score) -> str:
    """The change from pre- to post-test in percentage points, from the rounded percentages
    shown beside it so that the row adds up."""
    if score.change is None or score.pre is None or score.post is None:
        return "–"
    points = round(score.post * 100) - round(score.pre * 100)
    signed = f"+{points}" if points > 0 else f"−{-points}" if points < 0 else "±0"
    return translate("reports", "{change} pp").format(change=signed)


# -- the cycle report -------------------------------------------------------------------------


def _head(data: CycleData) -> list[Flowable]:
    st = styles()
    cycle = data.cycle
    about = [label(cycle.cycle_type), cycle.subject, cycle.grade, data.group.name]
    return [
        Paragraph(text(translate("reports", "Cycle report")), st.small),
        Paragraph(text(cycle.title), st.title),
        Paragraph(text(" · ".join(a for a in about if a.strip())), st.subtitle),
    ]


def about_story(data: CycleData) -> list[Flowable]:
    cycle = data.cycle
    story: list[Flowable] = [heading(translate("reports", "What the cycle is about"))]
    story += _field(
        translate("reports", "Research question"),
        cycle.question,
        translate("reports", "No research question written."),
    )
    story += _field(
        translate("reports", "Object of learning"),
        cycle.learning_object,
        translate("reports", "No object of learning written."),
    )
    story += _field(
        translate("reports", "Long-term goal"),
        cycle.long_term_goal,
        translate("reports", "No long-term goal written."),
    )
    story.append(heading(translate("reports", "Critical aspects")))
    if data.results.aspects:
        story += [
            para(f"{number}. {aspect.text}")
            for number, aspect in enumerate(data.results.aspects, start=1)
        ]
    else:
        story.append(none_line(translate("reports", "No critical aspects.")))
    if data.results.items:
        numbers = {a.id: str(n) for n, a in enumerate(data.results.aspects, start=1)}
        story.append(heading(translate("reports", "Test items")))
        story.append(
            table(
                [
                    translate("reports", "Test item"),
                    translate("reports", "Critical aspect"),
                    translate("reports", "Points"),
                ],
                [
                    (item.text, numbers.get(item.aspect_id or "", "–"), _number(item.max_score))
                    for item in data.results.items
                ],
                [WIDTH - 60 * mm, 34 * mm, 26 * mm],
                right=(1, 2),
            )
        )
    story.append(heading(translate("reports", "Case pupils")))
    if data.results.pupils:
        story.append(
            table(
                [translate("reports", "Case pupil"), translate("reports", "Typifies")],
                [(p.label, p.typifies) for p in data.results.pupils],
                [40 * mm, WIDTH - 40 * mm],
            )
        )
    else:
        story.append(none_line(translate("reports", "No case pupils.")))
    story.append(heading(translate("reports", "Phases")))
    if data.phases:
        story.append(
            table(
                [
                    translate("reports", "Phase"),
                    translate("reports", "Starts"),
                    translate("reports", "Ends"),
                    translate("reports", "Status"),
                ],
                [
                    (p.name, p.starts_on or "", p.ends_on or "", label(p.status))
                    for p in data.phases
                ],
                [WIDTH - 78 * mm, 24 * mm, 24 * mm, 30 * mm],
            )
        )
    else:
        story.append(none_line(translate("reports", "No phases.")))
    return story


def lessons_story(data: CycleData) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [heading(translate("reports", "Research lessons"))]
    if not data.lessons:
        story.append(none_line(translate("reports", "No research lessons yet.")))
        return story
    for item in data.lessons:
        lesson = item.lesson
        story.append(
            KeepTogether(
                [
                    _subheading(_lesson_title(lesson)),
                    Paragraph(text(_lesson_line(lesson, item.teacher)), st.small),
                    spacer(1),
                ]
            )
        )
        story += _field(
            translate("reports", "Plan"), lesson.plan, translate("reports", "No plan written.")
        )
        if item.phases:
            story.append(
                table(
                    [
                        translate("reports", "Phase of the lesson"),
                        translate("reports", "Minutes"),
                        translate("reports", "What happens"),
                    ],
                    [(p.title, p.duration_min or "", p.description) for p in item.phases],
                    [55 * mm, 18 * mm, WIDTH - 73 * mm],
                    right=(1,),
                )
            )
        if lesson.iteration > 1 or lesson.revision.strip():
            story += _field(
                translate("reports", "What changed and why"),
                lesson.revision,
                translate("reports", "No revision written."),
            )
        story += _field(
            translate("reports", "Post-lesson discussion"),
            lesson.discussion,
            translate("reports", "No post-lesson discussion written."),
        )
        story.append(_subheading(translate("reports", "Interviews")))
        if item.interviews:
            order = {p.id: i for i, p in enumerate(data.results.pupils)}
            interviews = sorted(
                item.interviews, key=lambda i: (order.get(i.pupil_id, len(order)), i.position)
            )
            story.append(
                table(
                    [
                        translate("reports", "Case pupil"),
                        translate("reports", "Question"),
                        translate("reports", "Answer"),
                    ],
                    [
                        (data.pupil_labels.get(i.pupil_id, ""), i.question, i.answer)
                        for i in interviews
                    ],
                    [30 * mm, (WIDTH - 30 * mm) / 2, (WIDTH - 30 * mm) / 2],
                )
            )
        else:
            story.append(none_line(translate("reports", "No interviews.")))
    return story


def observations_story(data: CycleData) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        heading(translate("reports", "Observations per case pupil")),
    ]
    if not data.results.pupils:
        story.append(none_line(translate("reports", "No case pupils.")))
        return story
    for pupil in data.results.pupils:
        title = f"{pupil.label} – {pupil.typifies}" if pupil.typifies.strip() else pupil.label
        story += _table_title(title)
        rows: list[tuple[str, str, str, str]] = []
        for item in data.lessons:
            for c in item.comparisons:
                if c.pupil.id != pupil.id or not c.observed:
                    continue
                seen = "\n".join(f"{name}: {note}" for name, note in c.observed)
                rows.append((str(item.lesson.iteration), c.phase.title, c.prediction, seen))
        if rows:
            story.append(
                table(
                    [
                        translate("reports", "Lesson"),
                        translate("reports", "Phase of the lesson"),
                        translate("reports", "Predicted"),
                        translate("reports", "Observed"),
                    ],
                    rows,
                    [18 * mm, 38 * mm, 46 * mm, WIDTH - 102 * mm],
                )
            )
        else:
            story.append(none_line(translate("reports", "No observations of this pupil.")))
    return story


def _has_scores(data: CycleData) -> bool:
    summaries = data.results.lessons
    return any(
        score.pre is not None or score.post is not None or score.delayed is not None
        for summary in summaries
        for score in [*summary.by_pupil.values(), summary.class_total]
    )


def results_story(data: CycleData) -> list[Flowable]:
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        heading(translate("reports", "Pre- and post-test results")),
    ]
    if not _has_scores(data):
        story.append(none_line(translate("reports", "No test results yet.")))
        return story
    delayed = any(
        score.delayed is not None
        for summary in data.results.lessons
        for score in [
            *summary.by_pupil.values(),
            *summary.class_by_aspect.values(),
            summary.class_total,
        ]
    )
    header = [
        translate("reports", "Who"),
        translate("reports", "Pre-test"),
        translate("reports", "Post-test"),
        translate("reports", "Change"),
    ]
    widths = [WIDTH - 72 * mm, 22 * mm, 22 * mm, 28 * mm]
    if delayed:
        header.append(translate("reports", "Delayed post-test"))
        widths = [WIDTH - 102 * mm, 22 * mm, 22 * mm, 28 * mm, 30 * mm]
    aspect_numbers = {a.id: n for n, a in enumerate(data.results.aspects, start=1)}
    aspect_texts = {a.id: a.text for a in data.results.aspects}

    def row(who: str, score: Score) -> list[str]:
        cells = [who, _percent(score.pre), _percent(score.post), _points(score)]
        if delayed:
            cells.append(_percent(score.delayed))
        return cells

    for summary in data.results.lessons:
        rows = [
            row(pupil.label, summary.by_pupil[pupil.id])
            for pupil in data.results.pupils
            if pupil.id in summary.by_pupil
        ]
        for aspect_id, score in sorted(
            summary.class_by_aspect.items(), key=lambda kv: aspect_numbers.get(kv[0], 10**6)
        ):
            if aspect_id in aspect_texts:
                who = translate("reports", "The class, aspect {number}: {aspect}").format(
                    number=aspect_numbers[aspect_id], aspect=aspect_texts[aspect_id]
                )
            else:
                who = translate("reports", "The class, items without an aspect")
            rows.append(row(who, score))
        total = summary.class_total
        if total.pre is not None or total.post is not None or total.delayed is not None:
            rows.append(row(translate("reports", "The class, all items"), total))
        lesson = summary.lesson
        title = _lesson_title(lesson)
        if lesson.date:
            title = f"{title}, {lesson.date}"
        story += _table_title(title)
        if rows:
            story.append(table(header, rows, widths, right=tuple(range(1, len(header)))))
        else:
            story.append(none_line(translate("reports", "No test results for this lesson.")))
    story.append(
        para(
            translate(
                "reports",
                "Shares of what could be scored. The change is in percentage points (pp), "
                "from the pre-test to the post-test.",
            ),
            styles().small,
        )
    )
    chart = results_chart(data)
    if chart is not None:
        story.append(
            KeepTogether(
                [
                    _subheading(translate("reports", "Case pupils before and after")),
                    chart,
                ]
            )
        )
    return story


def results_chart(data: CycleData, *, height: float = 78 * mm) -> Drawing | None:
    """Grouped bars, pre-test beside post-test, per case pupil and research lesson; every
    string in the embedded font."""
    names: list[str] = []
    pre: list[float | None] = []
    post: list[float | None] = []
    for summary in data.results.lessons:
        for pupil in data.results.pupils:
            score = summary.by_pupil.get(pupil.id)
            if score is None or (score.pre is None and score.post is None):
                continue
            lesson = translate("reports", "lesson {number}").format(number=summary.lesson.iteration)
            names.append(f"{clip(pupil.label, 16)}\n{lesson}")
            pre.append(None if score.pre is None else round(score.pre * 100))
            post.append(None if score.post is None else round(score.post * 100))
    if not names:
        return None
    drawing = Drawing(WIDTH, height, initialFontName=FONT)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 16 * mm
    chart.width, chart.height = WIDTH - 16 * mm, height - 30 * mm
    chart.data = [pre, post]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 5
    chart.barLabelFormat = "%d"
    chart.groupSpacing = 8
    chart.barSpacing = 1
    chart.bars[0].fillColor = PRE_COLOUR
    chart.bars[1].fillColor = POST_COLOUR
    chart.bars.strokeColor = None
    drawing.add(chart)
    legend = Legend()
    legend.fontName = FONT
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.dx = legend.dy = 7
    legend.deltax = 70
    legend.x, legend.y = chart.x, height - 4 * mm
    legend.colorNamePairs = [
        (PRE_COLOUR, translate("reports", "Pre-test")),
        (POST_COLOUR, translate("reports", "Post-test")),
    ]
    drawing.add(legend)
    return drawing


def findings_story(data: CycleData) -> list[Flowable]:
    cycle = data.cycle
    story: list[Flowable] = [heading(translate("reports", "Findings"))]
    story.append(
        para(cycle.findings)
        if cycle.findings.strip()
        else none_line(translate("reports", "No findings written yet."))
    )
    story += _field(
        translate("reports", "How the findings were shared"),
        cycle.shared_how,
        translate("reports", "Not written yet."),
    )
    story.append(heading(translate("reports", "Goals")))
    if data.goals:
        story += [para(f"{g.code} {g.title}".strip()) for g in data.goals]
    else:
        story.append(none_line(translate("reports", "No goals linked.")))
    return story


def report_story(data: CycleData) -> list[Flowable]:
    return [
        *_head(data),
        *about_story(data),
        *lessons_story(data),
        *observations_story(data),
        *results_story(data),
        *findings_story(data),
    ]


def cycle_report(
    workspace: Workspace, cycle_id: str, target: Path, *, progress: Progress | None = None
) -> None:
    data = read(workspace, cycle_id)
    kind = translate("reports", "Cycle report")
    meta = Meta(
        title=f"{kind}: {data.cycle.title}",
        subject=f"{data.group.name}, {label(data.cycle.cycle_type)}",
        author=author(data.leaders, data.group.name),
        group_name=data.group.name,
        printed_on=date.today(),
    )
    build(target, meta, report_story(data), progress=progress)


# -- the observation sheet --------------------------------------------------------------------


@dataclass
class SheetData:
    cycle: Cycle
    group: Group
    lesson: ResearchLesson
    teacher: str
    observer: str  # "" when the sheet is for whoever observes
    pupils: list[CasePupil]
    phases: list[LessonPhase]
    predictions: dict[tuple[str, str], str]  # (phase id, pupil id) -> what is expected
    leaders: list[str]


def read_sheet(workspace: Workspace, lesson_id: str, observer_id: str | None) -> SheetData:
    lesson = workspace.get(ResearchLesson, lesson_id)
    cycle = workspace.get(Cycle, lesson.cycle_id)
    group = workspace.get(Group, cycle.group_id)
    everyone = workspace.find(CasePupil, cycle_id=cycle.id, order_by="position")
    watched = set(observers(workspace, lesson_id).get(observer_id, [])) if observer_id else set()
    pupils = [p for p in everyone if p.id in watched] or everyone
    return SheetData(
        cycle=cycle,
        group=group,
        lesson=lesson,
        teacher=person_name(workspace, lesson.teacher_id),
        observer=person_name(workspace, observer_id),
        pupils=pupils,
        phases=workspace.find(LessonPhase, lesson_id=lesson_id, order_by="position"),
        predictions={
            (c.phase.id, c.pupil.id): c.prediction
            for c in predicted_and_observed(workspace, lesson_id)
        },
        leaders=leaders(workspace, group.id),
    )


def sheet_story(data: SheetData) -> list[Flowable]:
    st = styles()
    lesson = data.lesson
    story: list[Flowable] = [
        Paragraph(text(translate("reports", "Observation sheet")), st.small),
        Paragraph(text(data.cycle.title), st.title),
        Paragraph(
            text(f"{_lesson_title(lesson)} · {_lesson_line(lesson, data.teacher)}"), st.subtitle
        ),
    ]
    observer = text(data.observer) if data.observer else "_" * 36
    observer_label = translate("reports", "Observer")
    to_observe = translate("reports", "Case pupils to observe")
    story.append(Paragraph(f"<b>{text(observer_label)}:</b> {observer}", st.body))
    story.append(Paragraph(f"<b>{text(to_observe)}:</b>", st.body))
    if data.pupils:
        for pupil in data.pupils:
            typifies = f" – {text(pupil.typifies)}" if pupil.typifies.strip() else ""
            story.append(Paragraph(f"• <b>{text(pupil.label)}</b>{typifies}", st.body))
    else:
        story.append(none_line(translate("reports", "No case pupils.")))
    story.append(heading(translate("reports", "What each pupil does, phase by phase")))
    if not data.phases or not data.pupils:
        story.append(none_line(translate("reports", "The lesson has no phases planned yet.")))
    else:
        story.append(
            para(
                translate(
                    "reports",
                    "In small print: how the group expects the pupil to respond. Write what "
                    "the pupil says and does below it.",
                ),
                st.small,
            )
        )
        story.append(_sheet_table(data))
    return story


def _sheet_table(data: SheetData) -> Table:
    st = styles()
    phase_width = 38 * mm
    column = (WIDTH - phase_width) / len(data.pupils)
    predicted = ParagraphStyle("predicted", parent=st.small, fontSize=7.5, leading=9.5)
    # Room to write by hand: generous, but so that a usual lesson of four or five phases
    # fits on one page.
    space = max(18 * mm, min(40 * mm, 112 * mm / max(len(data.phases), 1)))
    overflow = Overflow()  # a cell cannot run over a page: what is too long follows the table
    header: list[Flowable | list[Flowable]] = [
        Paragraph(text(translate("reports", "Phase of the lesson")), st.cell_bold)
    ]
    for pupil in data.pupils:
        header.append(Paragraph(text(overflow.fit(pupil.label, column, 3)), st.cell_bold))
    rows: list[list[Flowable | list[Flowable]]] = [header]
    predicted_label = translate("reports", "Predicted")
    for phase in data.phases:
        about: list[Flowable] = [
            Paragraph(text(overflow.fit(phase.title, phase_width, 12)), st.cell_bold)
        ]
        if phase.duration_min:
            minutes = translate("reports", "{minutes} minutes").format(minutes=phase.duration_min)
            about.append(Paragraph(text(minutes), predicted))
        cells: list[Flowable | list[Flowable]] = [about]
        for pupil in data.pupils:
            expected = data.predictions.get((phase.id, pupil.id), "")
            cell: list[Flowable] = []
            if expected.strip():
                shown = text(overflow.fit(expected, column, 16))
                cell.append(Paragraph(f"<i>{text(predicted_label)}:</i> {shown}", predicted))
            cell.append(Spacer(1, space))
            cells.append(cell)
        rows.append(cells)
    result = Table(
        rows, colWidths=[phase_width] + [column] * len(data.pupils), repeatRows=1, splitByRow=1
    )
    result.overflow = overflow.notes  # placed after it by build()
    result.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#f6f6f6")),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


def observation_sheet(
    workspace: Workspace,
    lesson_id: str,
    observer_id: str | None,
    target: Path,
    *,
    progress: Progress | None = None,
) -> None:
    data = read_sheet(workspace, lesson_id, observer_id)
    kind = translate("reports", "Observation sheet")
    lesson = _lesson_title(data.lesson)
    meta = Meta(
        title=f"{kind}: {data.cycle.title}, {lesson}",
        subject=f"{data.group.name}, {data.lesson.date or lesson}",
        author=author(data.leaders, data.group.name),
        group_name=data.group.name,
        printed_on=date.today(),
    )
    build(target, meta, sheet_story(data), progress=progress)
