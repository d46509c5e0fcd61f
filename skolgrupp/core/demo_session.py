"""A demo group's term of sessions: agendas and minutes, attendance, decisions, action items,
commitments made in the B moment and reported in the next D moment, and the members'
reflections between sessions. Used by ``skolgrupp.core.demo``.

This is the hot path of a large demo: per record it only draws random numbers and joins
pre-written sentences.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from skolgrupp.core import demo_content as content
from skolgrupp.core import demo_texts as texts
from skolgrupp.core.domain import (
    ActionItem,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Commitment,
    CommitmentStatus,
    Decision,
    MemberRole,
    Record,
    Reflection,
    ReflectionAnswer,
    ReflectionGoal,
    Session,
    SessionFormat,
    SessionGoal,
    SessionStatus,
    Visibility,
)

if TYPE_CHECKING:
    from skolgrupp.core.demo import Demo, Stamp

# Reflections each member writes between one held session and the next (a logbook, mostly
# while trying the activity in class); tuned to about 1,000 reflections per area and term.
REFLECTIONS_PER_MEMBER = (3, 7)
_FOUR_PART = SessionFormat.FOUR_PART
_AGENDAS = {
    SessionFormat.LESSON_STUDY_PLANNING: content.AGENDA_LESSON_STUDY,
    SessionFormat.POST_LESSON: content.AGENDA_POST_LESSON,
    SessionFormat.FREE: content.AGENDA_FREE,
}


@dataclass
class Member:
    """A person's membership of a demo group while it is being made."""

    person_id: str
    role: MemberRole
    joined: date
    left: date | None = None

    def active(self, day: date) -> bool:
        return self.joined <= day and (self.left is None or day < self.left)


class SessionMaker:
    """Makes one group's sessions and everything that happens at and between them."""

    def __init__(
        self,
        demo: Demo,
        group_id: str,
        subject: str,
        members: Sequence[Member],
        places: Sequence[str],
        planned: int,
    ):
        self.demo = demo
        self.rng = demo.rng
        self.group_id = group_id
        self.subject = subject
        self.members = members  # the leader first
        self.leader_id = members[0].person_id
        self.places = places
        self.planned = planned  # when the term's sessions were planned
        self.goals = [demo.goals[key] for key in content.SUBJECT_GOALS[subject].split()]
        self.open: dict[str, Commitment] = {}  # by person: made, not yet reported
        self.made: list[Commitment] = []

    def term(self, days: Sequence[date], cancel: int) -> Iterator[Record]:
        """The sessions on ``days``: a start-up meeting, four-part sessions through the
        group's modules and, mid-term, a lesson-study planning session and its post-lesson
        discussion. ``cancel`` past four-part sessions are cancelled."""
        rng, today = self.rng, self.demo.today
        formats = [_FOUR_PART] * len(days)
        formats[0] = SessionFormat.FREE
        if len(days) >= 5:
            formats[len(days) // 2] = SessionFormat.LESSON_STUDY_PLANNING
            formats[len(days) // 2 + 1] = SessionFormat.POST_LESSON
        candidates = [
            i for i in range(2, len(days)) if days[i] < today and formats[i] is _FOUR_PART
        ]
        cancelled = set(rng.sample(candidates, min(cancel, len(candidates))))
        modules = content.MODULES[self.subject]
        first = rng.randrange(len(modules))
        parts = [
            (module, number, title)
            for module, titles in modules[first:] + modules[:first]
            for number, title in enumerate(titles, start=1)
        ]
        step = 0
        start = rng.choice(content.START_TIMES)
        start_min = int(start[:2]) * 60 + int(start[3:])
        for i, (day, fmt) in enumerate(zip(days, formats, strict=True)):
            status = SessionStatus.PLANNED
            if day < today:
                status = SessionStatus.CANCELLED if i in cancelled else SessionStatus.HELD
            if fmt is _FOUR_PART:
                module, part, part_title = parts[step % len(parts)]
                title = f"{module}, del {part}: {part_title}"
                agenda = content.AGENDA_FIRST_PART if step == 0 else content.AGENDA_FOUR_PART
                if status is not SessionStatus.CANCELLED:  # a cancelled part is taken next time
                    step += 1
            else:
                module, part, part_title = "", None, content.SESSION_TITLES[fmt]
                title = part_title
                agenda = _AGENDAS[fmt]
            duration = sum(item[1] for item in agenda)
            ends = self.demo.minute(day, start_min + duration)
            next_day = days[i + 1] if i + 1 < len(days) else day + timedelta(days=14)
            changed = {
                SessionStatus.PLANNED: None,
                SessionStatus.HELD: ends,
                SessionStatus.CANCELLED: self.demo.minute(day, 8 * 60),
            }[status]
            session_id = self.demo.new_id()
            yield Session(
                id=session_id,
                group_id=self.group_id,
                title=title,
                date=day.isoformat(),
                start_time=start,
                duration_min=duration,
                place=f"{rng.choice(content.ROOMS)}, {self.places[i % len(self.places)]}",
                status=status,
                format=fmt,
                module=module,
                part=part,
                preparation=rng.choice(texts.PREPARATION[fmt]).format(
                    part=part, module=module, title=part_title
                ),
                **self.demo.stamp(self.planned, changed),
            )
            yield from self.meeting(session_id, day, next_day, fmt, agenda, status, ends)
        yield from self.made

    def meeting(
        self,
        session_id: str,
        day: date,
        next_day: date,
        fmt: SessionFormat,
        agenda: Sequence[tuple[str, int, str, str]],
        status: SessionStatus,
        ends: int,
    ) -> Iterator[Record]:
        """Goal links and agenda of a session; for a held one also attendance, minutes,
        decisions, action items, commitments and the reflections written afterwards."""
        rng, demo = self.rng, self.demo
        planned_stamp = demo.stamp(self.planned)
        for goal_id in rng.sample(self.goals, 1 + (rng.random() < 0.5)):
            yield SessionGoal(
                id=SessionGoal.id_for(session_id, goal_id),
                session_id=session_id,
                goal_id=goal_id,
                **planned_stamp,
            )
        held = status is SessionStatus.HELD
        active = [m for m in self.members if m.active(day)]
        present = [self.leader_id]
        attendance: list[tuple[str, AttendanceStatus]] = []
        if held:
            for m in active:
                if m.person_id == self.leader_id:
                    continue  # the leader holds the session
                r = rng.random()
                came = AttendanceStatus.PRESENT if r < 0.85 else AttendanceStatus.EXCUSED
                came = AttendanceStatus.ABSENT if r > 0.95 else came
                attendance.append((m.person_id, came))
                if came is AttendanceStatus.PRESENT:
                    present.append(m.person_id)
        speakers = present[1:] if held else [m.person_id for m in active[1:]]
        item_stamp = demo.stamp(self.planned, ends if held else None)
        for position, (title, minutes, lead, notes) in enumerate(agenda):
            yield AgendaItem(
                id=demo.new_id(),
                session_id=session_id,
                position=float(position),
                title=title,
                duration_min=minutes,
                leader_id=rng.choice(speakers) if lead == "member" and speakers else self.leader_id,
                notes=" ".join(rng.sample(texts.NOTES[notes], 2)) if held else "",
                **item_stamp,
            )
        if not held:
            return
        stamp = demo.stamp(ends)
        yield Attendance(
            id=Attendance.id_for(session_id, self.leader_id),
            session_id=session_id,
            person_id=self.leader_id,
            status=AttendanceStatus.PRESENT,
            **stamp,
        )
        for person_id, came in attendance:
            yield Attendance(
                id=Attendance.id_for(session_id, person_id),
                session_id=session_id,
                person_id=person_id,
                status=came,
                **stamp,
            )
        for position, text in enumerate(rng.sample(texts.DECISIONS, 1 + (rng.random() < 0.5))):
            yield Decision(
                id=demo.new_id(),
                session_id=session_id,
                position=float(position),
                text=text,
                **stamp,
            )
        for position, text in enumerate(rng.sample(texts.ACTIONS, rng.randint(1, 3))):
            done = next_day < demo.today and rng.random() < 0.8
            yield ActionItem(
                id=demo.new_id(),
                session_id=session_id,
                position=float(position),
                text=text,
                owner_id=rng.choice(present),
                due_on=next_day.isoformat(),
                done=done,
                **demo.stamp(ends, demo.minute(next_day, 12 * 60) if done else None),
            )
        self.commitments(session_id, day, fmt, present, stamp)
        yield from self.reflections(session_id, active, day, next_day)

    def commitments(
        self,
        session_id: str,
        day: date,
        fmt: SessionFormat,
        present: list[str],
        stamp: Stamp,
    ) -> None:
        """Report (D) what members committed to last time, and commit anew (B)."""
        rng, demo = self.rng, self.demo
        for person_id, commitment in list(self.open.items()):
            member = next(m for m in self.members if m.person_id == person_id)
            if member.left is not None and member.left <= day:
                commitment.status = CommitmentStatus.DROPPED
                demo.restamp(commitment, demo.minute(member.left, 12 * 60))
                del self.open[person_id]
            elif fmt is _FOUR_PART and person_id in present:
                commitment.status = CommitmentStatus.REPORTED
                commitment.report_session_id = session_id
                commitment.report = rng.choice(texts.REPORTS)
                commitment.updated_at, commitment.hlc = stamp["updated_at"], stamp["hlc"]
                del self.open[person_id]
        if fmt is not _FOUR_PART:
            return
        for person_id in present[1:]:
            if person_id not in self.open:
                self.open[person_id] = commitment = Commitment(
                    id=demo.new_id(),
                    group_id=self.group_id,
                    person_id=person_id,
                    made_in_session_id=session_id,
                    text=rng.choice(texts.COMMITMENTS[self.subject]),
                    **stamp,
                )
                self.made.append(commitment)

    def reflections(
        self, session_id: str, active: Sequence[Member], day: date, next_day: date
    ) -> Iterator[Record]:
        """The reflections members write between a held session and the next one."""
        demo = self.demo
        random, new_id = self.rng.random, demo.new_id

        def pick(options: Sequence[str]) -> str:  # several times faster than rng.choice
            return options[int(random() * len(options))]

        openers, closers = texts.REFLECTION_OPENERS, texts.REFLECTION_CLOSERS
        middles = texts.REFLECTION_MIDDLES[self.subject]
        prompts, goals, group_id = texts.PROMPTS, self.goals, self.group_id
        private, shared = Visibility.PRIVATE, Visibility.GROUP
        low, high = REFLECTIONS_PER_MEMBER
        span = max((next_day - day).days, 1)
        written_before = (demo.today - day).days  # nothing is written on or after today
        evening = demo.minute(day, 17 * 60)  # after the session, on its day
        for member in active:
            for _ in range(low + int(random() * (high - low + 1))):
                offset = int(random() * span)
                written = day + timedelta(days=offset)
                if offset >= written_before or not member.active(written):
                    continue
                reflection_id = new_id()
                stamp = demo.stamp(evening + offset * 1440 + int(random() * 300))
                yield Reflection(
                    id=reflection_id,
                    group_id=group_id,
                    author_id=member.person_id,
                    session_id=session_id if random() < 0.6 else None,
                    written_on=written.isoformat(),
                    visibility=(
                        private if member.person_id == demo.owner_id and random() < 0.7 else shared
                    ),
                    text=f"{pick(openers)} {pick(middles)} {pick(closers)}",
                    **stamp,
                )
                if random() < 0.75:
                    first = int(random() * len(prompts))
                    for position in range(2 + (random() < 0.4)):
                        prompt, answers = prompts[(first + position) % len(prompts)]
                        yield ReflectionAnswer(
                            id=new_id(),
                            reflection_id=reflection_id,
                            position=float(position),
                            prompt=prompt,
                            answer=pick(answers),
                            **stamp,
                        )
                if random() < 0.5:
                    goal_id = pick(goals)
                    yield ReflectionGoal(
                        id=ReflectionGoal.id_for(reflection_id, goal_id),
                        reflection_id=reflection_id,
                        goal_id=goal_id,
                        **stamp,
                    )
