"""Planned sessions exported for Outlook, and session templates."""

import icalendar

from skolgrupp.core.domain import AgendaItem, Group, Session
from skolgrupp.core.ical import export_planned_sessions
from skolgrupp.core.templates import TEMPLATES, agenda_from, template_for


def test_planned_sessions_become_calendar_events(workspace, tmp_path):
    group = workspace.add(Group(name="Läsgruppen", subject="reading"))
    planned = workspace.add(
        Session(
            group_id=group.id,
            title='Textsamtal; del 2, "B"',
            date="2026-12-01",
            start_time="15:15",
            duration_min=90,
            place="Biblioteket, Ekskolan",
            preparation="Läs kapitel 3.",
        )
    )
    workspace.add(AgendaItem(session_id=planned.id, title="Så gick det", duration_min=30))
    workspace.add(Session(group_id=group.id, title="Utan tid", date="2026-12-15"))
    workspace.add(
        Session(group_id=group.id, title="Redan hållen", date="2026-11-01", status="held")
    )
    target = tmp_path / "träffar.ics"
    assert export_planned_sessions(workspace, group.id, target) == 2
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    assert set(events) == {'Läsgruppen: Textsamtal; del 2, "B"', "Läsgruppen: Utan tid"}
    event = events['Läsgruppen: Textsamtal; del 2, "B"']
    start = event.decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (15, 15, "Europe/Stockholm")
    assert event.decoded("duration").total_seconds() == 90 * 60
    assert str(event["location"]) == "Biblioteket, Ekskolan"
    assert "Så gick det (30 min)" in str(event["description"])
    assert str(event["uid"]) == f"{planned.id}@skolgrupp"
    assert calendar.walk("VTIMEZONE")


def test_every_template_gives_an_agenda_in_the_users_language(workspace):
    group = workspace.add(Group(name="G", subject="other"))
    session = Session(group_id=group.id, title="T", date="2026-09-01")
    four_part = agenda_from(template_for("four_part"), session)
    assert [a.position for a in four_part] == sorted(a.position for a in four_part)
    assert any("pröva" in a.title for a in four_part)  # Swedish by default
    assert sum(a.duration_min for a in four_part) == 90
    assert agenda_from(template_for("free"), session) == []
    assert {t.format for t in TEMPLATES} == {
        "four_part",
        "lesson_study_planning",
        "post_lesson",
        "free",
    }
