"""Planned sessions as an iCalendar file, for Outlook and other calendars (RFC 5545, written
with the icalendar library)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar

from skolgrupp import __version__
from skolgrupp.core.atomic import replacing
from skolgrupp.core.domain import AgendaItem, Group, Session
from skolgrupp.core.workspace import Workspace

SWEDISH_TIME = ZoneInfo("Europe/Stockholm")


def _event(session: Session, group: Group, agenda: list[AgendaItem], stamp: dt.datetime):
    event = icalendar.Event()
    event.add("uid", f"{session.id}@skolgrupp")
    event.add("dtstamp", stamp)
    event.add("summary", f"{group.name}: {session.title}")
    day = dt.date.fromisoformat(session.date)
    if session.start_time:
        hour, minute = (int(x) for x in session.start_time.split(":"))
        event.add("dtstart", dt.datetime.combine(day, dt.time(hour, minute), SWEDISH_TIME))
        event.add("duration", dt.timedelta(minutes=session.duration_min or 60))
    else:
        event.add("dtstart", day)  # an all-day entry when no time is planned
    if session.place:
        event.add("location", session.place)
    lines = [
        f"{item.title} ({item.duration_min} min)" if item.duration_min else item.title
        for item in agenda
    ]
    if session.preparation:
        lines += ["", session.preparation]
    if lines:
        event.add("description", "\n".join(lines))
    return event


def export_planned_sessions(
    workspace: Workspace, group_id: str, target: Path, *, from_day: dt.date | None = None
) -> int:
    """Write the group's planned sessions (from ``from_day`` on) to an .ics file; returns how
    many. Re-importing the file updates the same calendar entries (stable UIDs)."""
    group = workspace.get(Group, group_id)
    sessions = [
        s
        for s in workspace.find(Session, group_id=group_id, order_by="date, start_time")
        if s.status == "planned" and (from_day is None or s.date >= from_day.isoformat())
    ]
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//Skolgrupp {__version__}//SV")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", group.name)
    for session in sessions:
        agenda = workspace.find(AgendaItem, session_id=session.id, order_by="position")
        calendar.add_component(_event(session, group, agenda, stamp))
    calendar.add_missing_timezones()
    with replacing(target, not_over=workspace.path) as temporary:
        temporary.write_bytes(calendar.to_ical())
    return len(sessions)
