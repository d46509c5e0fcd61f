"""A session's summary and plan as PDF: every field on the page, private reflections never,
user text printed literally whatever it holds."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from skolgrupp.core.domain import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Group,
    Membership,
    Person,
    Reflection,
    Session,
    SessionGoal,
)
from skolgrupp.core.frameworks import builtin_records
from skolgrupp.core.i18n import set_language
from skolgrupp.core.workspace import Workspace
from skolgrupp.reports.session import session_plan, session_summary
from tests.conftest import TEST_INSTALLATION

HOSTILE = [
    '<img src="/etc/passwd"/>',
    '<a href="http://example.com">klick</a>',
    "a<b & c>d",
    "</para><font name=Courier>x</font>",
    "&amp; &lt; &#60;",
]


@pytest.fixture(autouse=True)
def english():
    """Words in English, so the tests can check them (one test checks the Swedish)."""
    set_language("en")  # the root conftest goes back to the default after each test


@pytest.fixture
def meeting(tmp_path):
    """A held session with everything a summary shows, and a private reflection on it."""
    ws = Workspace.create(tmp_path / "grupp.skolgrupp", installation_id=TEST_INSTALLATION)
    group = ws.add(Group(name="Läsgruppen Ekbacken", subject="reading"))
    anna, erik, sara = (
        ws.add(Person(name=name)) for name in ("Anna Lindqvist", "Erik Holm", "Sara Åberg")
    )
    for person, role in ((anna, "leader"), (erik, "member"), (sara, "member")):
        ws.add(
            Membership(group_id=group.id, person_id=person.id, role=role, joined_on="2026-08-10")
        )
    session = ws.add(
        Session(
            group_id=group.id,
            title="Del 3: Textsamtal",
            date="2026-11-19",
            start_time="15:30",
            duration_min=90,
            place="Biblioteket",
            status="held",
            preparation="Läs kapitel 3 och ta med en elevtext.",
        )
    )
    ws.add(
        AgendaItem(
            session_id=session.id,
            position=1,
            title="Så gick det i klassrummet",
            duration_min=30,
            leader_id=anna.id,
            notes="Alla hade prövat textsamtal.",
        )
    )
    ws.add(AgendaItem(session_id=session.id, position=2, title="Nästa steg", duration_min=15))
    ws.add(Attendance(session_id=session.id, person_id=anna.id, status="present"))
    ws.add(Attendance(session_id=session.id, person_id=erik.id, status="absent"))
    ws.add(Attendance(session_id=session.id, person_id=sara.id, status="excused"))
    ws.add(Decision(session_id=session.id, text="Vi fortsätter med textsamtal."))
    ws.add(
        ActionItem(
            session_id=session.id, text="Boka biblioteket", owner_id=erik.id, due_on="2026-12-01"
        )
    )
    ws.add(
        Reflection(
            group_id=group.id,
            author_id=sara.id,
            session_id=session.id,
            written_on="2026-11-20",
            visibility="group",
            text="Eleverna ställde fler egna frågor.",
        )
    )
    ws.add(
        Reflection(
            group_id=group.id,
            author_id=anna.id,
            session_id=session.id,
            written_on="2026-11-20",
            visibility="private",
            text="HEMLIGT-7f3a: bara för mig.",
        )
    )
    goal = next(r for r in builtin_records() if r.kind == "goal" and r.code == "F1.1")
    ws.add(SessionGoal(session_id=session.id, goal_id=goal.id))
    yield ws, session
    ws.close()


def pdf_text(path) -> str:
    reader = PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(value: str) -> str:
    return " ".join(value.split())


def test_the_summary_shows_every_part_of_the_session(meeting, tmp_path):
    ws, session = meeting
    target = tmp_path / "sammanfattning.pdf"
    session_summary(ws, session.id, target)
    words = flat(pdf_text(target))
    for expected in (
        "Läsgruppen Ekbacken",
        "Del 3: Textsamtal",
        "2026-11-19",
        "week 47",
        "15:30",
        "Biblioteket",
        "Present: Anna Lindqvist",
        "Absent: Erik Holm",
        "Excused: Sara Åberg",
        "Så gick det i klassrummet",
        "Alla hade prövat textsamtal.",
        "Vi fortsätter med textsamtal.",
        "Boka biblioteket",
        "2026-12-01",
        "Eleverna ställde fler egna frågor.",
        "Sara Åberg, 2026-11-20",
        "F1.1",
        f"Printed {date.today().isoformat()}",
        "page 1 of 1",
    ):
        assert expected in words, expected
    reader = PdfReader(target)
    assert reader.metadata.title == "Session summary: Del 3: Textsamtal"
    assert reader.metadata.author == "Anna Lindqvist"
    assert reader.metadata.subject == "Läsgruppen Ekbacken, 2026-11-19"


def test_the_summary_speaks_swedish_by_default(meeting, tmp_path):
    ws, session = meeting
    set_language(None)
    target = tmp_path / "sammanfattning.pdf"
    session_summary(ws, session.id, target)
    words = flat(pdf_text(target))
    for expected in ("Sammanfattning av träffen", "Närvarande: Anna Lindqvist", "vecka 47"):
        assert expected in words, expected
    assert "sida 1 av 1" in words
    assert PdfReader(target).trailer["/Root"]["/Lang"] == "sv-SE"


def test_a_private_reflection_never_reaches_the_summary(meeting, tmp_path):
    ws, session = meeting
    target = tmp_path / "sammanfattning.pdf"
    session_summary(ws, session.id, target)
    assert "HEMLIGT" not in pdf_text(target)
    assert b"HEMLIGT" not in target.read_bytes()


def test_the_plan_has_the_agenda_with_its_time_boxes_and_the_preparation(meeting, tmp_path):
    ws, session = meeting
    target = tmp_path / "plan.pdf"
    session_plan(ws, session.id, target)
    words = flat(pdf_text(target))
    for expected in (
        "Session plan",
        "Så gick det i klassrummet 30 Anna Lindqvist",
        "Nästa steg 15",
        "In all 45",
        "Läs kapitel 3 och ta med en elevtext.",
    ):
        assert expected in words, expected
    assert "Vi fortsätter" not in words  # decisions belong to the summary


def test_only_the_programs_own_embedded_font_is_used(meeting, tmp_path):
    ws, session = meeting
    target = tmp_path / "sammanfattning.pdf"
    session_summary(ws, session.id, target)
    fonts = set()
    for page in PdfReader(target).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"].split("+")[-1])
            assert "/FontFile2" in font["/FontDescriptor"] or "/DescendantFonts" in font
    assert fonts <= {"DejaVuSans", "DejaVuSans-Bold"}


def test_hostile_text_is_printed_literally_and_embeds_or_links_nothing(meeting, tmp_path):
    ws, session = meeting
    for text in HOSTILE:
        ws.add(Decision(session_id=session.id, text=text))
    long_note = ("ordochannatlångtordutanmellanslag" * 40 + " ") * 76  # 100,000 characters
    agenda = ws.find(AgendaItem, session_id=session.id)[0]
    agenda.notes = long_note + "\x00\x07 😀 slut"
    ws.update(agenda)
    target = tmp_path / "sammanfattning.pdf"
    session_summary(ws, session.id, target)
    words = flat(pdf_text(target))
    for text in HOSTILE:
        assert flat(text) in words, text
    assert "slut" in words
    reader = PdfReader(target)
    assert b"/URI" not in target.read_bytes()
    for page in reader.pages:
        assert "/Annots" not in page  # no link of any kind
        assert "/XObject" not in page["/Resources"]  # no picture of any kind
    assert len(reader.pages) > 10  # the long note went on over pages


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=300))
def test_any_text_in_any_field_makes_a_document(meeting, tmp_path, value):
    ws, session = meeting
    changed = ws.get(Session, session.id)
    changed.title, changed.place, changed.preparation = value or "x", value, value
    ws.update(changed)
    agenda = ws.find(AgendaItem, session_id=session.id)[0]
    agenda.title, agenda.notes = value or "x", value
    ws.update(agenda)
    target = tmp_path / "godtycklig.pdf"
    session_summary(ws, session.id, target)
    session_plan(ws, session.id, target)
    assert PdfReader(target).pages


def test_a_cancelled_document_leaves_no_file(meeting, tmp_path):
    from skolgrupp.core.progress import Cancelled, Progress

    ws, session = meeting
    for number in range(60):  # long enough to report its progress on the way
        ws.add(Decision(session_id=session.id, position=number, text=f"Beslut {number}"))
    steps = []

    def stop_at_first_report(done, total):
        steps.append(done)
        progress.cancel()

    progress = Progress(stop_at_first_report)
    target = tmp_path / "ut" / "sammanfattning.pdf"
    target.parent.mkdir()
    with pytest.raises(Cancelled):
        session_summary(ws, session.id, target, progress=progress)
    assert steps and steps[0] < 60
    assert list(target.parent.iterdir()) == []  # no file, and nothing half-written beside it


def test_the_summary_has_the_answers_to_the_prompts_and_what_members_will_try(meeting, tmp_path):
    from skolgrupp.core.domain import Commitment, ReflectionAnswer

    ws, session = meeting
    shared, private = sorted(ws.find(Reflection), key=lambda r: r.visibility)  # group, private
    ws.add(ReflectionAnswer(reflection_id=shared.id, prompt="Vad hände?", answer="De frågade."))
    ws.add(ReflectionAnswer(reflection_id=private.id, prompt="Vad hände?", answer="HEMLIGT-svar"))
    member = ws.find(Membership, group_id=session.group_id, role="member")[0].person_id
    ws.add(
        Commitment(
            group_id=session.group_id,
            person_id=member,
            made_in_session_id=session.id,
            text="Pröva textsamtal i 4B",
        )
    )
    target = tmp_path / "sammanfattning.pdf"
    session_summary(ws, session.id, target)
    words = flat(pdf_text(target))
    assert "Vad hände? De frågade." in words
    assert "HEMLIGT" not in words
    assert "This we will try in class" in words and "Erik Holm Pröva textsamtal i 4B" in words
