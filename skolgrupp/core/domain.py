"""The records of a workspace, in the words of the users' world.

Every record has a stable UUID, when it was created and last changed, which installation changed
it, a hybrid-logical-clock stamp (``hlc``) that orders changes across computers, and
``deleted_at``: deleting leaves a tombstone so that a colleague's copy can learn of the delete.
The store stamps these fields; code that builds records fills in only the domain fields.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cache
from typing import ClassVar


def new_id() -> str:
    return str(uuid.uuid4())


class SchoolOwner(StrEnum):
    MUNICIPAL = "municipal"
    INDEPENDENT = "independent"


class SchoolStage(StrEnum):
    PRESCHOOL = "preschool"
    COMPULSORY = "compulsory"
    UPPER_SECONDARY = "upper_secondary"
    ADAPTED = "adapted"


class PersonRole(StrEnum):
    TEACHER = "teacher"
    LEADER = "leader"
    PRINCIPAL = "principal"
    SUPPORT = "support"
    OTHER = "other"


class Subject(StrEnum):
    READING = "reading"
    MATHS = "maths"
    SPECIAL_SUPPORT = "special_support"
    OTHER = "other"


class MemberRole(StrEnum):
    MEMBER = "member"
    LEADER = "leader"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class SessionFormat(StrEnum):
    FOUR_PART = "four_part"
    LESSON_STUDY_PLANNING = "lesson_study_planning"
    POST_LESSON = "post_lesson"
    FREE = "free"


class FourPartMoment(StrEnum):
    """The moments of a part in the four-part model; a session holds B and D together."""

    A = "A"
    B = "B"
    C = "C"
    D = "D"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class Visibility(StrEnum):
    PRIVATE = "private"
    GROUP = "group"


class CommitmentStatus(StrEnum):
    OPEN = "open"
    REPORTED = "reported"
    DROPPED = "dropped"


class CycleType(StrEnum):
    """One cycle model, three configurations: lesson study, learning study, or a cycle that
    follows the parts of a module (A–D)."""

    LESSON_STUDY = "lesson_study"
    LEARNING_STUDY = "learning_study"
    MODULE = "module"


class PhaseStatus(StrEnum):
    NOT_STARTED = "not_started"
    ACTIVE = "active"
    DONE = "done"


class TestKind(StrEnum):
    PRE = "pre"
    POST = "post"
    DELAYED = "delayed"


# A field added in a later minor format: a JSON export from before it may leave it out.
ADDED_IN_1_1 = {"since": (1, 1)}
ADDED_IN_1_3 = {"since": (1, 3)}


@dataclass(kw_only=True)
class Record:
    """Fields every record has. ``kind`` names it in the file, in JSON and on the command line."""

    kind: ClassVar[str] = ""
    table: ClassVar[str] = ""
    # Free-text fields that may say something about pupils: blanked when the record is
    # deleted, so that a tombstone keeps only what merging needs.
    notes_fields: ClassVar[tuple[str, ...]] = ()

    id: str = field(default_factory=new_id)
    created_at: str = ""
    updated_at: str = ""
    changed_by: str = ""
    hlc: str = ""
    deleted_at: str | None = None

    @classmethod
    @cache
    def columns(cls) -> tuple[str, ...]:
        """The record's fields, which are also its table's columns, in order."""
        return tuple(f.name for f in fields(cls))

    def __post_init__(self) -> None:
        if not self.id:
            self.id = self.derived_id() or new_id()

    def derived_id(self) -> str | None:
        """The id this record must have, for kinds whose id follows from what they link."""
        return None

    @property
    def deleted(self) -> bool:
        return self.deleted_at is not None


@dataclass(kw_only=True)
class School(Record):
    kind = "school"
    table = "schools"
    name: str
    owner: SchoolOwner = SchoolOwner.MUNICIPAL
    stage: SchoolStage = SchoolStage.COMPULSORY


@dataclass(kw_only=True)
class Person(Record):
    kind = "person"
    table = "people"
    name: str
    email: str = ""
    school_id: str | None = None
    role: PersonRole = PersonRole.TEACHER


@dataclass(kw_only=True)
class Group(Record):
    kind = "group"
    table = "groups"
    name: str
    subject: Subject = Subject.OTHER
    description: str = ""
    term: str = ""  # e.g. "ht2026" (autumn) or "vt2027" (spring)


@dataclass(kw_only=True)
class Membership(Record):
    """A person's time in a group; leaving and rejoining gives a second membership."""

    kind = "membership"
    table = "memberships"
    group_id: str
    person_id: str
    role: MemberRole = MemberRole.MEMBER
    joined_on: str
    left_on: str | None = None


@dataclass(kw_only=True)
class GoalFramework(Record):
    """A programme's goals: a built-in template, or a group's own."""

    kind = "framework"
    table = "frameworks"
    name: str
    description: str = ""
    source: str = ""
    builtin: bool = False
    group_id: str | None = None


@dataclass(kw_only=True)
class Goal(Record):
    """A focus area or goal; goals under a focus area point to it with ``parent_id``."""

    kind = "goal"
    table = "goals"
    framework_id: str
    parent_id: str | None = None
    code: str = ""
    title: str
    description: str = ""
    position: float = 0.0


@dataclass(kw_only=True)
class Session(Record):
    kind = "session"
    table = "sessions"
    notes_fields = ("preparation",)
    group_id: str
    title: str
    date: str  # YYYY-MM-DD
    start_time: str = ""  # HH:MM
    duration_min: int = 90
    place: str = ""
    status: SessionStatus = SessionStatus.PLANNED
    format: SessionFormat = SessionFormat.FREE
    module: str = ""  # e.g. a Läslyftet module, for four-part sessions
    part: int | None = None  # the module part this session belongs to
    preparation: str = ""
    cycle_id: str | None = field(default=None, metadata=ADDED_IN_1_1)


@dataclass(kw_only=True)
class AgendaItem(Record):
    kind = "agenda_item"
    table = "agenda_items"
    notes_fields = ("notes",)
    session_id: str
    position: float = 0.0
    title: str
    duration_min: int = 0
    leader_id: str | None = None
    notes: str = ""  # the minutes kept for this item


@dataclass(kw_only=True)
class Attendance(Record):
    kind = "attendance"
    table = "attendance"
    id: str = ""
    session_id: str
    person_id: str
    status: AttendanceStatus = AttendanceStatus.PRESENT

    def derived_id(self) -> str:
        return self.id_for(self.session_id, self.person_id)

    @staticmethod
    def id_for(session_id: str, person_id: str) -> str:
        """One attendance per person and session, the same id on every computer."""
        return str(uuid.uuid5(uuid.UUID(session_id), f"attendance:{person_id}"))


@dataclass(kw_only=True)
class Decision(Record):
    kind = "decision"
    table = "decisions"
    notes_fields = ("text",)
    session_id: str
    position: float = 0.0
    text: str


@dataclass(kw_only=True)
class ActionItem(Record):
    kind = "action_item"
    table = "action_items"
    notes_fields = ("text",)
    session_id: str
    position: float = 0.0
    text: str
    owner_id: str | None = None
    due_on: str | None = None
    done: bool = False


@dataclass(kw_only=True)
class Reflection(Record):
    """A teacher's reflection; a private one never leaves the author's computer."""

    kind = "reflection"
    table = "reflections"
    notes_fields = ("text",)
    group_id: str
    author_id: str
    session_id: str | None = None
    written_on: str
    visibility: Visibility = Visibility.PRIVATE
    text: str = ""
    cycle_id: str | None = field(default=None, metadata=ADDED_IN_1_1)


@dataclass(kw_only=True)
class ReflectionAnswer(Record):
    kind = "reflection_answer"
    table = "reflection_answers"
    notes_fields = ("answer",)
    reflection_id: str
    position: float = 0.0
    prompt: str
    answer: str = ""


@dataclass(kw_only=True)
class Commitment(Record):
    """What a member will try in class ("this I will try"), made at one session (the B moment)
    and reported on at a later one (the D moment)."""

    kind = "commitment"
    table = "commitments"
    notes_fields = ("text", "report")
    group_id: str
    person_id: str
    made_in_session_id: str
    text: str
    status: CommitmentStatus = CommitmentStatus.OPEN
    report_session_id: str | None = None
    report: str = ""


@dataclass(kw_only=True)
class SessionGoal(Record):
    kind = "session_goal"
    table = "session_goals"
    id: str = ""
    session_id: str
    goal_id: str

    def derived_id(self) -> str:
        return self.id_for(self.session_id, self.goal_id)

    @staticmethod
    def id_for(session_id: str, goal_id: str) -> str:
        return str(uuid.uuid5(uuid.UUID(session_id), f"goal:{goal_id}"))


@dataclass(kw_only=True)
class ReflectionGoal(Record):
    kind = "reflection_goal"
    table = "reflection_goals"
    id: str = ""
    reflection_id: str
    goal_id: str

    def derived_id(self) -> str:
        return self.id_for(self.reflection_id, self.goal_id)

    @staticmethod
    def id_for(reflection_id: str, goal_id: str) -> str:
        return str(uuid.uuid5(uuid.UUID(reflection_id), f"goal:{goal_id}"))


# -- lesson-study and learning-study cycles (format 1.1) ------------------------------------


def _link_id(first: str, *rest: str) -> str:
    """The same id on every computer for a link that can exist once."""
    return str(uuid.uuid5(uuid.UUID(first), ":".join(rest)))


@dataclass(kw_only=True)
class Cycle(Record):
    """A lesson-study, learning-study or module-based cycle of a group."""

    kind = "cycle"
    table = "cycles"
    notes_fields = ("question", "learning_object", "long_term_goal", "findings", "shared_how")
    group_id: str
    title: str
    cycle_type: CycleType = CycleType.LESSON_STUDY
    subject: str = ""
    grade: str = ""
    question: str = ""  # the research question or theme
    learning_object: str = ""  # lärandeobjekt
    long_term_goal: str = ""
    findings: str = ""
    shared_how: str = ""  # how the findings were shared
    # The day the case pupils' details were erased (gallring), None while they are kept.
    pupil_data_erased_on: str | None = field(default=None, metadata=ADDED_IN_1_3)


@dataclass(kw_only=True)
class CyclePhase(Record):
    kind = "cycle_phase"
    table = "cycle_phases"
    cycle_id: str
    position: float = 0.0
    name: str
    starts_on: str | None = None
    ends_on: str | None = None
    status: PhaseStatus = PhaseStatus.NOT_STARTED


@dataclass(kw_only=True)
class CriticalAspect(Record):
    kind = "critical_aspect"
    table = "critical_aspects"
    notes_fields = ("text",)
    cycle_id: str
    position: float = 0.0
    text: str


@dataclass(kw_only=True)
class CasePupil(Record):
    """A case pupil, by pseudonym only ("Elev A"), and whom they typify."""

    kind = "case_pupil"
    table = "case_pupils"
    notes_fields = ("typifies",)
    cycle_id: str
    position: float = 0.0
    label: str
    typifies: str = ""


@dataclass(kw_only=True)
class TestItem(Record):
    """A pre-/post-test item, tied to the critical aspect it tests."""

    kind = "test_item"
    table = "test_items"
    notes_fields = ("text",)
    cycle_id: str
    position: float = 0.0
    text: str
    aspect_id: str | None = None
    max_score: float = 1.0


@dataclass(kw_only=True)
class ResearchLesson(Record):
    """One iteration's research lesson: its plan, what changed since the last one and why,
    and the post-lesson discussion."""

    kind = "research_lesson"
    table = "research_lessons"
    notes_fields = ("plan", "revision", "discussion")
    cycle_id: str
    iteration: int = 1
    date: str | None = None
    teacher_id: str | None = None
    class_name: str = ""
    plan: str = ""
    revision: str = ""
    discussion: str = ""


@dataclass(kw_only=True)
class LessonPhase(Record):
    kind = "lesson_phase"
    table = "lesson_phases"
    notes_fields = ("description",)
    lesson_id: str
    position: float = 0.0
    title: str
    duration_min: int = 0
    description: str = ""


@dataclass(kw_only=True)
class Prediction(Record):
    """How the group expects a case pupil to respond in a phase of the lesson."""

    kind = "prediction"
    table = "predictions"
    notes_fields = ("text",)
    id: str = ""
    phase_id: str
    pupil_id: str
    text: str = ""

    def derived_id(self) -> str:
        return self.id_for(self.phase_id, self.pupil_id)

    @staticmethod
    def id_for(phase_id: str, pupil_id: str) -> str:
        return _link_id(phase_id, "prediction", pupil_id)


@dataclass(kw_only=True)
class ObserverAssignment(Record):
    """Who watches which case pupil in a research lesson."""

    kind = "observer_assignment"
    table = "observer_assignments"
    id: str = ""
    lesson_id: str
    person_id: str
    pupil_id: str

    def derived_id(self) -> str:
        return self.id_for(self.lesson_id, self.person_id, self.pupil_id)

    @staticmethod
    def id_for(lesson_id: str, person_id: str, pupil_id: str) -> str:
        return _link_id(lesson_id, "observer", person_id, pupil_id)


@dataclass(kw_only=True)
class Observation(Record):
    """What an observer saw a case pupil do in a phase of the lesson."""

    kind = "observation"
    table = "observations"
    notes_fields = ("text",)
    id: str = ""
    phase_id: str
    pupil_id: str
    observer_id: str
    text: str = ""

    def derived_id(self) -> str:
        return self.id_for(self.phase_id, self.pupil_id, self.observer_id)

    @staticmethod
    def id_for(phase_id: str, pupil_id: str, observer_id: str) -> str:
        return _link_id(phase_id, "observation", pupil_id, observer_id)


@dataclass(kw_only=True)
class Interview(Record):
    """A question put to a case pupil after the lesson, and the answer."""

    kind = "interview"
    table = "interviews"
    notes_fields = ("question", "answer")
    lesson_id: str
    pupil_id: str
    position: float = 0.0
    question: str
    answer: str = ""


@dataclass(kw_only=True)
class TestScore(Record):
    """A case pupil's score on a test item in a lesson's pre-, post- or delayed test."""

    kind = "test_score"
    table = "test_scores"
    id: str = ""
    lesson_id: str
    item_id: str
    pupil_id: str
    test: TestKind
    score: float

    def derived_id(self) -> str:
        return self.id_for(self.lesson_id, self.item_id, self.pupil_id, self.test)

    @staticmethod
    def id_for(lesson_id: str, item_id: str, pupil_id: str, test: str) -> str:
        return _link_id(lesson_id, "score", item_id, pupil_id, str(test))


@dataclass(kw_only=True)
class ClassResult(Record):
    """How many of the class's pupils solved a test item in a lesson's test."""

    kind = "class_result"
    table = "class_results"
    id: str = ""
    lesson_id: str
    item_id: str
    test: TestKind
    correct: int
    pupils: int

    def derived_id(self) -> str:
        return self.id_for(self.lesson_id, self.item_id, self.test)

    @staticmethod
    def id_for(lesson_id: str, item_id: str, test: str) -> str:
        return _link_id(lesson_id, "class", item_id, str(test))


@dataclass(kw_only=True)
class CycleGoal(Record):
    kind = "cycle_goal"
    table = "cycle_goals"
    id: str = ""
    cycle_id: str
    goal_id: str

    def derived_id(self) -> str:
        return self.id_for(self.cycle_id, self.goal_id)

    @staticmethod
    def id_for(cycle_id: str, goal_id: str) -> str:
        return _link_id(cycle_id, "goal", goal_id)


@dataclass(kw_only=True)
class PrivacyAcknowledgement(Record):
    """A user's word that a privacy finding is not about a pupil ("det är inte en elev"):
    the check stays quiet about ``text`` in that field of that record.

    Its id is random, not made from the text as the ids of links are: a tombstone keeps its
    id and travels in shared files, and an id made from a name or a personal identity number
    would tell it to anyone who tries the likely ones. Two colleagues who say so of the same
    text make two records, which quiet the same finding."""

    kind = "privacy_acknowledgement"
    table = "privacy_acknowledgements"
    notes_fields = ("text",)
    record_kind: str
    record_id: str
    field_name: str
    text: str


# What a record holds: deleting it deletes these too, so that no note outlives what it was
# about. A reflection is its author's and stays when its session goes.
OWNED: dict[str, tuple[tuple[type[Record], str], ...]] = {
    "group": (
        (Membership, "group_id"),
        (Session, "group_id"),
        (Reflection, "group_id"),
        (Commitment, "group_id"),
        (GoalFramework, "group_id"),
        (Cycle, "group_id"),
    ),
    "person": ((Membership, "person_id"),),
    "framework": ((Goal, "framework_id"),),
    "goal": (
        (Goal, "parent_id"),
        (SessionGoal, "goal_id"),
        (ReflectionGoal, "goal_id"),
        (CycleGoal, "goal_id"),
    ),
    "session": (
        (AgendaItem, "session_id"),
        (Attendance, "session_id"),
        (Decision, "session_id"),
        (ActionItem, "session_id"),
        (SessionGoal, "session_id"),
        (Commitment, "made_in_session_id"),
    ),
    "reflection": ((ReflectionAnswer, "reflection_id"), (ReflectionGoal, "reflection_id")),
    "cycle": (
        (CyclePhase, "cycle_id"),
        (CriticalAspect, "cycle_id"),
        (CasePupil, "cycle_id"),
        (TestItem, "cycle_id"),
        (ResearchLesson, "cycle_id"),
        (CycleGoal, "cycle_id"),
    ),
    "case_pupil": (
        (Prediction, "pupil_id"),
        (ObserverAssignment, "pupil_id"),
        (Observation, "pupil_id"),
        (Interview, "pupil_id"),
        (TestScore, "pupil_id"),
    ),
    "test_item": ((TestScore, "item_id"), (ClassResult, "item_id")),
    "research_lesson": (
        (LessonPhase, "lesson_id"),
        (ObserverAssignment, "lesson_id"),
        (Interview, "lesson_id"),
        (TestScore, "lesson_id"),
        (ClassResult, "lesson_id"),
    ),
    "lesson_phase": ((Prediction, "phase_id"), (Observation, "phase_id")),
}

# In dependency order: a record only points to kinds before it.
RECORD_TYPES: tuple[type[Record], ...] = (
    School,
    Person,
    Group,
    Membership,
    GoalFramework,
    Goal,
    Cycle,
    Session,
    AgendaItem,
    Attendance,
    Decision,
    ActionItem,
    Reflection,
    ReflectionAnswer,
    Commitment,
    SessionGoal,
    ReflectionGoal,
    CyclePhase,
    CriticalAspect,
    CasePupil,
    TestItem,
    ResearchLesson,
    LessonPhase,
    Prediction,
    ObserverAssignment,
    Observation,
    Interview,
    TestScore,
    ClassResult,
    CycleGoal,
    PrivacyAcknowledgement,
)
BY_KIND: dict[str, type[Record]] = {t.kind: t for t in RECORD_TYPES}
