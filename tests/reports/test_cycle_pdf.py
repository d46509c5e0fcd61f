"""A cycle's report and a research lesson's observation sheet as PDF, from the demo's learning
study and lesson study: every part on the page, the results as the core computes them, only
the embedded font, and user text printed literally whatever it holds."""

import re
from datetime import date

import pytest
from pypdf import PdfReader

from skolgrupp.core import cycles
from skolgrupp.core.demo import fill_demo
from skolgrupp.core.domain import (
    CasePupil,
    CriticalAspect,
    Cycle,
    CyclePhase,
    CycleType,
    Group,
    Interview,
    LessonPhase,
    Observation,
    ResearchLesson,
)
from skolgrupp.core.i18n import set_language
from skolgrupp.core.workspace import Workspace
from skolgrupp.reports.cycle import cycle_report, observation_sheet
from tests.conftest import TEST_INSTALLATION

HOSTILE = [
    '<img src="/etc/passwd"/>',
    '<a href="http://x">klick</a>',
    "a<b & c>d",
]


@pytest.fixture
def demo(tmp_path):
    set_language("en")  # the conftest sets it back after each test
    ws = Workspace.create(tmp_path / "demo.skolgrupp", installation_id=TEST_INSTALLATION)
    fill_demo(ws, scale=1, seed=3, term="ht2026", today=date(2026, 11, 25))
    yield ws
    ws.close()


def the_cycle(ws, cycle_type):
    (cycle,) = [c for c in ws.find(Cycle) if c.cycle_type == cycle_type]
    return cycle


def lessons(ws, cycle):
    return ws.find(ResearchLesson, cycle_id=cycle.id, order_by="iteration")


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def flat(value: str) -> str:
    return " ".join(value.split())


def percent(share):
    return f"{round(share * 100)} %"


def points(score):
    change = round(score.post * 100) - round(score.pre * 100)
    return f"+{change} pp" if change > 0 else f"−{-change} pp" if change < 0 else "±0 pp"


def leaders(ws, group_id):
    return ", ".join(m["name"] for m in ws.members(group_id) if m["role"] == "leader")


def test_the_report_shows_every_part_of_a_learning_study(demo, tmp_path):
    ws = demo
    cycle = the_cycle(ws, CycleType.LEARNING_STUDY)
    group = ws.get(Group, cycle.group_id)
    target = tmp_path / "cykel.pdf"
    cycle_report(ws, cycle.id, target)
    reader = PdfReader(target)
    words = flat(pdf_text(target))
    expected = [
        "Cycle report",
        cycle.title,
        f"learning study · {cycle.subject} · {cycle.grade} · {group.name}",
        cycle.question,
        cycle.learning_object,
        cycle.long_term_goal,
        cycle.findings,
        cycle.shared_how,
        f"Printed {date.today().isoformat()}",
        "page 1 of",
        f"page {len(reader.pages)} of {len(reader.pages)}",
        "F1.3",
    ]
    for number, aspect in enumerate(
        ws.find(CriticalAspect, cycle_id=cycle.id, order_by="position"), start=1
    ):
        expected.append(f"{number}. {aspect.text}")
    for pupil in ws.find(CasePupil, cycle_id=cycle.id):
        expected += [pupil.label, pupil.typifies, f"{pupil.label} – {pupil.typifies}"]
    for phase in ws.find(CyclePhase, cycle_id=cycle.id):
        expected += [phase.name, phase.starts_on]
    for lesson in lessons(ws, cycle):
        expected += [
            f"Research lesson {lesson.iteration}",
            f"taught by {cycles.person_name(ws, lesson.teacher_id)}",
            f"class {lesson.class_name}",
            lesson.plan,
            lesson.discussion,
        ]
        if lesson.revision:
            expected += ["What changed and why", lesson.revision]
        expected += [i.question for i in ws.find(Interview, lesson_id=lesson.id)]
        expected += [i.answer for i in ws.find(Interview, lesson_id=lesson.id)]
        expected += [p.title for p in ws.find(LessonPhase, lesson_id=lesson.id)]
    for text in expected:
        assert flat(text) in words, text
    assert reader.metadata.title == f"Cycle report: {cycle.title}"
    assert reader.metadata.subject == f"{group.name}, learning study"
    assert reader.metadata.author == (leaders(ws, group.id) or group.name)


def test_the_report_has_the_results_the_core_computes(demo, tmp_path):
    ws = demo
    cycle = the_cycle(ws, CycleType.LEARNING_STUDY)
    target = tmp_path / "cykel.pdf"
    cycle_report(ws, cycle.id, target)
    words = flat(pdf_text(target))
    found = cycles.results(ws, cycle.id)
    assert len(found.lessons) == 2
    for summary in found.lessons:
        for pupil in found.pupils:
            score = summary.by_pupil[pupil.id]
            row = f"{pupil.label} {percent(score.pre)} {percent(score.post)} {points(score)}"
            assert row in words, row
        total = summary.class_total
        row = f"The class, all items {percent(total.pre)} {percent(total.post)} {points(total)}"
        assert row in words, row
        for number, aspect in enumerate(found.aspects, start=1):
            score = summary.class_by_aspect[aspect.id]
            cells = f"{percent(score.pre)} {percent(score.post)} {points(score)}"
            assert f"The class, aspect {number}: {flat(aspect.text)} {cells}" in words
    # The chart: its legend and a bar label per case pupil and lesson.
    assert "Case pupils before and after" in words
    assert "Pre-test Post-test" in words
    assert re.search(r"Elev A lesson 1 .*Elev C lesson 2", words)


def test_the_report_sums_up_the_observations_per_case_pupil(demo, tmp_path):
    ws = demo
    cycle = the_cycle(ws, CycleType.LESSON_STUDY)
    target = tmp_path / "cykel.pdf"
    cycle_report(ws, cycle.id, target)
    words = flat(pdf_text(target))
    seen = 0
    for lesson in lessons(ws, cycle):
        for comparison in cycles.predicted_and_observed(ws, lesson.id):
            for name, note in comparison.observed:
                assert flat(f"{name}: {note}") in words, (name, note)
                seen += 1
    assert seen > 5
    # A lesson study not yet finished: said so, not left blank.
    for text in ("No findings written yet.", "No test results for this lesson."):
        assert text in words


def test_the_observation_sheet_holds_the_observers_pupils_and_the_predictions(demo, tmp_path):
    ws = demo
    cycle = the_cycle(ws, CycleType.LESSON_STUDY)
    lesson = lessons(ws, cycle)[0]
    watching = cycles.observers(ws, lesson.id)
    observer_id = min(watching, key=lambda person: len(watching[person]))
    target = tmp_path / "observation.pdf"
    observation_sheet(ws, lesson.id, observer_id, target)
    reader = PdfReader(target)
    words = flat(pdf_text(target))
    pupils = ws.find(CasePupil, cycle_id=cycle.id, order_by="position")
    mine = [p for p in pupils if p.id in watching[observer_id]]
    assert 0 < len(mine) < len(pupils)
    expected = [
        "Observation sheet",
        cycle.title,
        f"Research lesson {lesson.iteration}",
        lesson.date,
        f"class {lesson.class_name}",
        f"taught by {cycles.person_name(ws, lesson.teacher_id)}",
        f"Observer: {cycles.person_name(ws, observer_id)}",
        "page 1 of 1",
    ]
    for pupil in mine:
        expected += [f"{pupil.label} – {pupil.typifies}"]
    for phase in ws.find(LessonPhase, lesson_id=lesson.id):
        expected += [phase.title, f"{phase.duration_min} minutes"]
    for c in cycles.predicted_and_observed(ws, lesson.id):
        if c.pupil in mine:
            expected.append(f"Predicted: {c.prediction}")
    for text in expected:
        assert flat(text) in words, text
    for pupil in pupils:
        if pupil not in mine:
            assert pupil.label not in words
    # What was observed is for the report, not the sheet to fill in.
    notes = [o.text for o in ws.find(Observation) if o.text]
    assert not any(flat(note) in words for note in notes)
    assert reader.metadata.title == f"Observation sheet: {cycle.title}, Research lesson 1"
    group = ws.get(Group, cycle.group_id)
    assert reader.metadata.subject == f"{group.name}, {lesson.date}"
    assert reader.metadata.author == (leaders(ws, group.id) or group.name)


def test_a_sheet_for_whoever_observes_has_every_case_pupil_and_a_line_for_the_name(demo, tmp_path):
    ws = demo
    cycle = the_cycle(ws, CycleType.LEARNING_STUDY)
    lesson = lessons(ws, cycle)[-1]
    target = tmp_path / "observation.pdf"
    observation_sheet(ws, lesson.id, None, target)
    words = flat(pdf_text(target))
    assert re.search(r"Observer: _{10,}", words)
    for pupil in ws.find(CasePupil, cycle_id=cycle.id):
        assert f"{pupil.label} – {pupil.typifies}" in words
    for c in cycles.predicted_and_observed(ws, lesson.id):
        assert flat(f"Predicted: {c.prediction}") in words
    assert len(PdfReader(target).pages) == 1  # five phases, three pupils: one sheet of paper


def fonts_of(path) -> set[str]:
    fonts = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"].split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"] or "/DescendantFonts" in font
    return fonts


def test_only_the_programs_own_embedded_font_is_used(demo, tmp_path):
    ws = demo
    for cycle in ws.find(Cycle):
        report, sheet = tmp_path / "cykel.pdf", tmp_path / "observation.pdf"
        cycle_report(ws, cycle.id, report)
        observation_sheet(ws, lessons(ws, cycle)[0].id, None, sheet)
        for path in (report, sheet):
            assert fonts_of(path) <= {
                "DejaVuSans",
                "DejaVuSans-Bold",
                "DejaVuSans-Oblique",
                "DejaVuSans-BoldOblique",
            }
            assert b"/Helvetica" not in path.read_bytes()


def test_hostile_text_is_printed_literally_and_embeds_or_links_nothing(demo, tmp_path):
    ws = demo
    cycle = the_cycle(ws, CycleType.LEARNING_STUDY)
    pupil = ws.find(CasePupil, cycle_id=cycle.id, order_by="position")[0]
    pupil.typifies = " ".join(HOSTILE)
    ws.update(pupil)
    lesson = lessons(ws, cycle)[0]
    phases = ws.find(LessonPhase, lesson_id=lesson.id, order_by="position")
    observer_id = next(iter(cycles.observers(ws, lesson.id)))
    for number, text in enumerate(HOSTILE):
        ws.put(
            Observation(
                phase_id=phases[number].id,
                pupil_id=pupil.id,
                observer_id=observer_id,
                text=text + "\x00\x07 slut",
            )
        )
    report, sheet = tmp_path / "cykel.pdf", tmp_path / "observation.pdf"
    cycle_report(ws, cycle.id, report)
    observation_sheet(ws, lesson.id, None, sheet)
    report_words, sheet_words = flat(pdf_text(report)), flat(pdf_text(sheet))
    for text in HOSTILE:
        assert text in report_words, text
        assert text in sheet_words, text
        assert f"{text} slut" in report_words, text  # the observation, controls left out
    for path in (report, sheet):
        raw = path.read_bytes()
        for forbidden in (b"/URI", b"/Link", b"/Annot", b"/Subtype /Image"):
            assert forbidden not in raw, forbidden
        for page in PdfReader(path).pages:
            assert "/Annots" not in page
            objects = page["/Resources"].get("/XObject", {})
            for xobject in objects.values():
                assert xobject.get_object()["/Subtype"] != "/Image"
