"""A demo workspace: a term of invented but realistic collegial work, for trying the program,
for screenshots and as a benchmark.

``fill_demo`` builds one "area" per unit of ``scale``: its own schools (municipal and
independent), about a dozen teachers and two group leaders, and four subject groups meeting
through a term. Everything comes from one seeded random generator and the simulated dates, so
the same seed, term and day give the same records, byte for byte.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from typing import TypedDict

from skolgrupp.core import demo_content as content
from skolgrupp.core import demo_cycles, frameworks
from skolgrupp.core.clock import format_hlc
from skolgrupp.core.demo_session import Member, SessionMaker
from skolgrupp.core.domain import (
    BY_KIND,
    Goal,
    Group,
    MemberRole,
    Membership,
    Person,
    PersonRole,
    Record,
    School,
    SchoolOwner,
    SchoolStage,
    Subject,
)
from skolgrupp.core.terms import meeting_days, term_dates, term_for
from skolgrupp.core.workspace import Workspace

_NAMESPACE = uuid.UUID("0b6f3c52-7d1e-5a8b-9c4f-3e2d1a0b9c8d")
_EPOCH = date(1970, 1, 1).toordinal()
# The version and variant bits of a version-4 UUID, as uuid.UUID(int=..., version=4) sets them.
_UUID4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_UUID4_SET = (0x4000 << 64) | (0x8000 << 48)
_FOLD = str.maketrans("åäöéüÅÄÖÉÜ ", "aaoeuAAOEU-")
_SUBJECTS = ("reading", "maths", "special_support", "other")
_UTC_OFFSET_MIN = 60  # Swedish afternoons in UTC, near enough (summer time is ignored)


def fill_demo(
    workspace: Workspace,
    *,
    scale: int = 1,
    seed: int = 1,
    term: str | None = None,
    today: date | None = None,
) -> dict[str, int]:
    """Fill a workspace with a term of demo work.

    Args:
        workspace: a workspace without demo data of this seed (built-in frameworks are used,
            not added).
        scale: how many independent areas (schools, people, groups) to make. Reflections are
            written only before ``today``: an area has about 1,000 late in a term and about
            1,500 for a whole past term.
        seed: the same seed, term and day give the same records.
        term: "ht2026" (autumn) or "vt2027" (spring); by default the term containing today.
        today: sessions before this day are held, the others planned (default: today).

    Returns:
        The number of records made, per kind.
    """
    if scale < 1:
        raise ValueError("scale must be at least 1")
    today = today or date.today()
    demo = Demo(random.Random(seed), seed, term or term_for(today), today)
    counts = dict.fromkeys(BY_KIND, 0)

    def counted(records: Iterator[Record]) -> Iterator[Record]:
        for record in records:
            counts[record.kind] += 1
            yield record

    store = workspace.store
    with store.transaction():  # the records and their search index, or nothing
        store.insert_many(counted(demo.areas(scale)), stamp=False)
        store.rebuild_search_index()
    return {kind: n for kind, n in counts.items() if n}


class Stamp(TypedDict):
    """The fields every record carries about its making, as ``Demo.stamp`` fills them."""

    created_at: str
    updated_at: str
    changed_by: str
    hlc: str


def _goal_ids() -> dict[str, str]:
    """Ids of the built-in goals by framework key and code, e.g. "sup2023:F1.1"."""
    keys = iter(entry[0] for entry in frameworks.BUILTIN)
    ids: dict[str, str] = {}
    key = ""
    for record in frameworks.builtin_records():  # each framework, then its goals
        if isinstance(record, Goal):
            ids[f"{key}:{record.code}"] = record.id
        else:
            key = next(keys)
    return ids


class Demo:
    """Makes the records of one ``fill_demo`` call: ids, stamps, areas and groups."""

    def __init__(self, rng: random.Random, seed: int, term: str, today: date):
        self.rng = rng
        self.term = term
        self.first, self.last = term_dates(term)
        self.today = today
        self.installation_id = str(uuid.uuid5(_NAMESPACE, f"demo-installation:{seed}"))
        # Nothing in the demo happens on or after today: the clock must not run ahead.
        self.cap = self.minute(today, 0) - 1
        self.goals = _goal_ids()
        self._day_text: dict[int, str] = {}
        self.owner_id = ""  # whose computer the area's workspace is on (set per area)
        self.seed = seed
        # The area's groups by subject: id, members and meeting days (for its cycles).
        self.area_groups: dict[str, tuple[str, list[str], list[date]]] = {}

    # -- ids and stamps ---------------------------------------------------------------------

    def new_id(self) -> str:
        """A random (version 4) UUID from the seeded generator.

        The same text as ``str(uuid.UUID(int=bits, version=4))``, made three times faster;
        with hundreds of thousands of records that matters.
        """
        text = "%032x" % (self.rng.getrandbits(128) & _UUID4_CLEAR | _UUID4_SET)
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"

    @staticmethod
    def minute(day: date, minute_of_day: int) -> int:
        """Minutes since 1970 (UTC) of a Swedish local time on ``day``."""
        return (day.toordinal() - _EPOCH) * 1440 + minute_of_day - _UTC_OFFSET_MIN

    def _iso(self, minute: int, second: int) -> str:
        day, rest = divmod(minute, 1440)
        prefix = self._day_text.get(day)
        if prefix is None:
            prefix = self._day_text[day] = date.fromordinal(day + _EPOCH).isoformat()
        return f"{prefix}T{rest // 60:02d}:{rest % 60:02d}:{second:02d}.000Z"

    def stamp(self, created: int, updated: int | None = None, second: int = 0) -> Stamp:
        """The stamp fields of a record made at ``created`` and last changed at ``updated``."""
        created = min(created, self.cap)
        updated = created if updated is None else max(created, min(updated, self.cap))
        created_at = self._iso(created, second)
        return {
            "created_at": created_at,
            "updated_at": created_at if updated == created else self._iso(updated, second),
            "changed_by": self.installation_id,
            "hlc": format_hlc(updated * 60_000 + second * 1000, 0, self.installation_id),
        }

    def restamp(self, record: Record, updated: int) -> None:
        """Mark a record not yet saved as changed later, at ``updated``."""
        updated = min(updated, self.cap)
        record.updated_at = self._iso(updated, 0)
        record.hlc = format_hlc(updated * 60_000, 0, self.installation_id)

    # -- an area: schools, people and groups ------------------------------------------------

    def areas(self, scale: int) -> Iterator[Record]:
        for number in range(1, scale + 1):
            yield from self.area("" if number == 1 else f" {number}")

    def area(self, suffix: str) -> Iterator[Record]:
        """One area's schools, people and groups; ``suffix`` keeps its names apart."""
        rng = self.rng
        set_up = self.minute(self.first - timedelta(days=21), 9 * 60)
        picked = [(n, s, "municipal") for n, s in rng.sample(content.MUNICIPAL_SCHOOLS, 3)]
        picked += [(n, s, "independent") for n, s in rng.sample(content.INDEPENDENT_SCHOOLS, 2)]
        schools = [
            School(
                id=self.new_id(),
                name=name + suffix,
                owner=SchoolOwner(owner),
                stage=SchoolStage(stage),
                **self.stamp(set_up, second=i),
            )
            for i, (name, stage, owner) in enumerate(picked)
        ]
        yield from schools

        people = self.people(schools, teachers=rng.randint(12, 14), leaders=2, at=set_up + 5)
        yield from people
        teachers = [p.id for p in people if p.role is PersonRole.TEACHER]
        leaders = [p.id for p in people if p.role is PersonRole.LEADER]
        # The workspace is on the first leader's computer: a private reflection never leaves
        # its author's computer, so only that leader's own reflections can be private here.
        self.owner_id = leaders[0]
        rng.shuffle(teachers)
        members: list[list[str]] = [[] for _ in _SUBJECTS]
        for i, person_id in enumerate(teachers):
            members[i % len(_SUBJECTS)].append(person_id)
            if rng.random() < 0.75:  # most teachers take part in a second group
                second = (i + rng.randrange(1, len(_SUBJECTS))) % len(_SUBJECTS)
                members[second].append(person_id)
        # One member leaves the largest group mid-term; one joins the next group late.
        leaving = max(range(len(_SUBJECTS)), key=lambda g: len(members[g]))
        cancelled = [0] * len(_SUBJECTS)
        for _ in range(1 + (rng.random() < 0.5)):
            cancelled[rng.randrange(len(_SUBJECTS))] += 1
        # Each group its own weekday: a leader leads two groups, many teachers sit in two.
        weekdays = rng.sample(range(4), len(_SUBJECTS))
        weekly = rng.randrange(len(_SUBJECTS))  # one group meets every week, the others fortnightly
        self.area_groups = {}
        for g, subject in enumerate(_SUBJECTS):
            yield from self.group(
                subject,
                rng.choice(content.GROUP_NAMES[subject]) + suffix,
                leaders[g % len(leaders)],
                sorted(members[g]),
                [s.name for s in schools[g:] + schools[:g]],  # hosts take turns
                weekday=weekdays[g],
                every=1 if g == weekly else 2,
                leaver=g == leaving,
                latecomer=g == (leaving + 1) % len(_SUBJECTS),
                cancel=cancelled[g],
            )
        yield from demo_cycles.cycles(self, self.area_groups, f"{self.seed}:{suffix}")

    def people(
        self, schools: Sequence[School], *, teachers: int, leaders: int, at: int
    ) -> list[Person]:
        """Teachers and group leaders with distinct names, at least one at every school."""
        rng = self.rng
        first_names, surnames = content.FIRST_NAMES.split(), content.SURNAMES.split()
        names = rng.sample(range(len(first_names) * len(surnames)), teachers + leaders)
        people = []
        for i, n in enumerate(names):
            first, last = first_names[n % len(first_names)], surnames[n // len(first_names)]
            school = schools[i] if i < len(schools) else rng.choice(schools)
            email = f"{first}.{last}@{school.name}.example".lower().translate(_FOLD)
            people.append(
                Person(
                    id=self.new_id(),
                    name=f"{first} {last}",
                    email=email,
                    school_id=school.id,
                    role=PersonRole.TEACHER if i < teachers else PersonRole.LEADER,
                    **self.stamp(at, second=i % 60),
                )
            )
        return people

    # -- a group's term ---------------------------------------------------------------------

    def group(
        self,
        subject: str,
        name: str,
        leader_id: str,
        member_ids: list[str],
        places: list[str],
        *,
        weekday: int,
        every: int,
        leaver: bool,
        latecomer: bool,
        cancel: int,
    ) -> Iterator[Record]:
        """A group meeting on ``weekday`` every ``every`` weeks: its memberships, and its term
        of sessions hosted in turn at ``places``."""
        rng = self.rng
        days = meeting_days(self.term, weekday=weekday, every=every)
        planned = self.minute(days[0] - timedelta(days=14), 10 * 60)
        group_id = self.new_id()
        yield Group(
            id=group_id,
            name=name,
            subject=Subject(subject),
            description=content.GROUP_DESCRIPTIONS[subject],
            term=self.term,
            **self.stamp(planned),
        )
        members = [
            Member(person_id, role, days[0] - timedelta(days=rng.randint(7, 14)))
            for person_id, role in [(leader_id, MemberRole.LEADER)]
            + [(p, MemberRole.MEMBER) for p in member_ids]
        ]
        if latecomer and len(days) > 3:
            members[-1].joined = days[2] - timedelta(days=3)
        if leaver and len(members) > 4:
            members[1].left = days[len(days) // 2]
        for i, m in enumerate(members):
            yield Membership(
                id=self.new_id(),
                group_id=group_id,
                person_id=m.person_id,
                role=m.role,
                joined_on=m.joined.isoformat(),
                left_on=m.left.isoformat() if m.left else None,
                **self.stamp(
                    self.minute(m.joined, 10 * 60),
                    self.minute(m.left, 12 * 60) if m.left else None,
                    second=i % 60,
                ),
            )
        self.area_groups[subject] = (group_id, member_ids, days)
        maker = SessionMaker(self, group_id, subject, members, places, planned)
        yield from maker.term(days, cancel)
