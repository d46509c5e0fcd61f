"""The workspace file's schema and its migrations.

A released migration is never edited: a schema change is a new function registered below, which
also sets the new format version, and a sample file of the old version goes into
``tests/fixtures/``. The format is documented in ``docs/file-format.md``.

Versions are ``major.minor``, stored in ``PRAGMA user_version`` as ``major * 1000 + minor``.
A minor version only adds what an older program of the same major version can safely ignore
(new tables, new columns with defaults); anything else is a new major version, which older
programs refuse to write.
"""

from __future__ import annotations

import sqlite3
from functools import cache

import sqlite_utils

APPLICATION_ID = 0x536B6772  # "Skgr"
FORMAT_VERSION = (1, 3)
MIGRATION_SET = "skolgrupp"

migrations = sqlite_utils.Migrations(MIGRATION_SET)


def encode_version(major: int, minor: int) -> int:
    return major * 1000 + minor


def decode_version(user_version: int) -> tuple[int, int]:
    return divmod(user_version, 1000)


def version_text(version: tuple[int, int]) -> str:
    return f"{version[0]}.{version[1]}"


_RECORD_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 36),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    hlc TEXT NOT NULL,
    deleted_at TEXT"""

_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'"


def _record_table(name: str, body: str) -> str:
    return f"CREATE TABLE {name} ({_RECORD_COLUMNS},{body}\n) STRICT"


SCHEMA_1_0 = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT",
    _record_table(
        "schools",
        """
    name TEXT NOT NULL,
    owner TEXT NOT NULL CHECK (owner IN ('municipal', 'independent')),
    stage TEXT NOT NULL
        CHECK (stage IN ('preschool', 'compulsory', 'upper_secondary', 'adapted'))""",
    ),
    _record_table(
        "people",
        """
    name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    school_id TEXT REFERENCES schools(id),
    role TEXT NOT NULL
        CHECK (role IN ('teacher', 'leader', 'principal', 'support', 'other'))""",
    ),
    _record_table(
        "groups",
        """
    name TEXT NOT NULL,
    subject TEXT NOT NULL CHECK (subject IN ('reading', 'maths', 'special_support', 'other')),
    description TEXT NOT NULL DEFAULT '',
    term TEXT NOT NULL DEFAULT ''""",
    ),
    _record_table(
        "memberships",
        f"""
    group_id TEXT NOT NULL REFERENCES groups(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL CHECK (role IN ('member', 'leader')),
    joined_on TEXT NOT NULL CHECK (joined_on {_DATE}),
    left_on TEXT CHECK (left_on {_DATE})""",
    ),
    _record_table(
        "frameworks",
        """
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    group_id TEXT REFERENCES groups(id)""",
    ),
    _record_table(
        "goals",
        """
    framework_id TEXT NOT NULL REFERENCES frameworks(id),
    parent_id TEXT REFERENCES goals(id),
    code TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position REAL NOT NULL DEFAULT 0""",
    ),
    _record_table(
        "sessions",
        f"""
    group_id TEXT NOT NULL REFERENCES groups(id),
    title TEXT NOT NULL,
    date TEXT NOT NULL CHECK (date {_DATE}),
    start_time TEXT NOT NULL DEFAULT ''
        CHECK (start_time = '' OR start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
    duration_min INTEGER NOT NULL DEFAULT 90 CHECK (duration_min >= 0),
    place TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')),
    format TEXT NOT NULL
        CHECK (format IN ('four_part', 'lesson_study_planning', 'post_lesson', 'free')),
    module TEXT NOT NULL DEFAULT '',
    part INTEGER,
    preparation TEXT NOT NULL DEFAULT ''""",
    ),
    _record_table(
        "agenda_items",
        """
    session_id TEXT NOT NULL REFERENCES sessions(id),
    position REAL NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    duration_min INTEGER NOT NULL DEFAULT 0 CHECK (duration_min >= 0),
    leader_id TEXT REFERENCES people(id),
    notes TEXT NOT NULL DEFAULT ''""",
    ),
    _record_table(
        "attendance",
        """
    session_id TEXT NOT NULL REFERENCES sessions(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    UNIQUE (session_id, person_id)""",
    ),
    _record_table(
        "decisions",
        """
    session_id TEXT NOT NULL REFERENCES sessions(id),
    position REAL NOT NULL DEFAULT 0,
    text TEXT NOT NULL""",
    ),
    _record_table(
        "action_items",
        f"""
    session_id TEXT NOT NULL REFERENCES sessions(id),
    position REAL NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    owner_id TEXT REFERENCES people(id),
    due_on TEXT CHECK (due_on {_DATE}),
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))""",
    ),
    _record_table(
        "reflections",
        f"""
    group_id TEXT NOT NULL REFERENCES groups(id),
    author_id TEXT NOT NULL REFERENCES people(id),
    session_id TEXT REFERENCES sessions(id),
    written_on TEXT NOT NULL CHECK (written_on {_DATE}),
    visibility TEXT NOT NULL CHECK (visibility IN ('private', 'group')),
    text TEXT NOT NULL DEFAULT ''""",
    ),
    _record_table(
        "reflection_answers",
        """
    reflection_id TEXT NOT NULL REFERENCES reflections(id),
    position REAL NOT NULL DEFAULT 0,
    prompt TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT ''""",
    ),
    _record_table(
        "commitments",
        """
    group_id TEXT NOT NULL REFERENCES groups(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    made_in_session_id TEXT NOT NULL REFERENCES sessions(id),
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'reported', 'dropped')),
    report_session_id TEXT REFERENCES sessions(id),
    report TEXT NOT NULL DEFAULT ''""",
    ),
    _record_table(
        "session_goals",
        """
    session_id TEXT NOT NULL REFERENCES sessions(id),
    goal_id TEXT NOT NULL REFERENCES goals(id),
    UNIQUE (session_id, goal_id)""",
    ),
    _record_table(
        "reflection_goals",
        """
    reflection_id TEXT NOT NULL REFERENCES reflections(id),
    goal_id TEXT NOT NULL REFERENCES goals(id),
    UNIQUE (reflection_id, goal_id)""",
    ),
    # The search index is derived data: rebuilt from the records whenever in doubt.
    """CREATE TABLE search_docs (
    rowid INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    group_id TEXT,
    session_id TEXT,
    visibility TEXT NOT NULL,
    on_date TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL
) STRICT""",
    """CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, content='search_docs', content_rowid='rowid',
    tokenize='unicode61 remove_diacritics 0', prefix='2 3 4 5 6'
)""",
    "CREATE INDEX people_school ON people(school_id)",
    "CREATE INDEX memberships_group ON memberships(group_id)",
    "CREATE INDEX memberships_person ON memberships(person_id)",
    "CREATE INDEX frameworks_group ON frameworks(group_id)",
    "CREATE INDEX goals_framework ON goals(framework_id, position)",
    "CREATE INDEX goals_parent ON goals(parent_id)",
    "CREATE INDEX sessions_group_date ON sessions(group_id, date)",
    "CREATE INDEX agenda_items_session ON agenda_items(session_id, position)",
    "CREATE INDEX agenda_items_leader ON agenda_items(leader_id)",
    "CREATE INDEX attendance_person ON attendance(person_id)",
    "CREATE INDEX decisions_session ON decisions(session_id, position)",
    "CREATE INDEX action_items_session ON action_items(session_id, position)",
    "CREATE INDEX action_items_owner ON action_items(owner_id)",
    "CREATE INDEX reflections_group_date ON reflections(group_id, written_on)",
    "CREATE INDEX reflections_author ON reflections(author_id)",
    "CREATE INDEX reflections_session ON reflections(session_id)",
    "CREATE INDEX reflection_answers_reflection ON reflection_answers(reflection_id, position)",
    "CREATE INDEX commitments_group ON commitments(group_id)",
    "CREATE INDEX commitments_person ON commitments(person_id)",
    "CREATE INDEX commitments_made ON commitments(made_in_session_id)",
    "CREATE INDEX commitments_report ON commitments(report_session_id)",
    "CREATE INDEX session_goals_goal ON session_goals(goal_id)",
    "CREATE INDEX reflection_goals_goal ON reflection_goals(goal_id)",
]


def _set_version(db: sqlite_utils.Database, major: int, minor: int) -> None:
    db.execute(f"PRAGMA user_version = {encode_version(major, minor)}")


@migrations()
def m001_initial_schema(db: sqlite_utils.Database) -> None:
    """Format 1.0: schools, people, groups, goals, sessions, reflections, commitments."""
    for statement in SCHEMA_1_0:
        db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    _set_version(db, 1, 0)


_PHASE_STATUS = "CHECK (status IN ('not_started', 'active', 'done'))"
_TEST_KIND = "CHECK (test IN ('pre', 'post', 'delayed'))"

SCHEMA_1_1 = [
    _record_table(
        "cycles",
        """
    group_id TEXT NOT NULL REFERENCES groups(id),
    title TEXT NOT NULL,
    cycle_type TEXT NOT NULL
        CHECK (cycle_type IN ('lesson_study', 'learning_study', 'module')),
    subject TEXT NOT NULL DEFAULT '',
    grade TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL DEFAULT '',
    learning_object TEXT NOT NULL DEFAULT '',
    long_term_goal TEXT NOT NULL DEFAULT '',
    findings TEXT NOT NULL DEFAULT '',
    shared_how TEXT NOT NULL DEFAULT ''""",
    ),
    _record_table(
        "cycle_phases",
        f"""
    cycle_id TEXT NOT NULL REFERENCES cycles(id),
    position REAL NOT NULL,
    name TEXT NOT NULL,
    starts_on TEXT CHECK (starts_on {_DATE}),
    ends_on TEXT CHECK (ends_on {_DATE}),
    status TEXT NOT NULL {_PHASE_STATUS}""",
    ),
    _record_table(
        "critical_aspects",
        """
    cycle_id TEXT NOT NULL REFERENCES cycles(id),
    position REAL NOT NULL,
    text TEXT NOT NULL""",
    ),
    _record_table(
        "case_pupils",
        """
    cycle_id TEXT NOT NULL REFERENCES cycles(id),
    position REAL NOT NULL,
    label TEXT NOT NULL,
    typifies TEXT NOT NULL DEFAULT ''""",
    ),
    _record_table(
        "test_items",
        """
    cycle_id TEXT NOT NULL REFERENCES cycles(id),
    position REAL NOT NULL,
    text TEXT NOT NULL,
    aspect_id TEXT REFERENCES critical_aspects(id),
    max_score REAL NOT NULL CHECK (max_score > 0)""",
    ),
    _record_table(
        "research_lessons",
        f"""
    cycle_id TEXT NOT NULL REFERENCES cycles(id),
    iteration INTEGER NOT NULL CHECK (iteration >= 1),
    date TEXT CHECK (date {_DATE}),
    teacher_id TEXT REFERENCES people(id),
    class_name TEXT NOT NULL DEFAULT '',
    plan TEXT NOT NULL DEFAULT '',
    revision TEXT NOT NULL DEFAULT '',
    discussion TEXT NOT NULL DEFAULT ''""",
    ),
    _record_table(
        "lesson_phases",
        """
    lesson_id TEXT NOT NULL REFERENCES research_lessons(id),
    position REAL NOT NULL,
    title TEXT NOT NULL,
    duration_min INTEGER NOT NULL CHECK (duration_min >= 0),
    description TEXT NOT NULL DEFAULT ''""",
    ),
    _record_table(
        "predictions",
        """
    phase_id TEXT NOT NULL REFERENCES lesson_phases(id),
    pupil_id TEXT NOT NULL REFERENCES case_pupils(id),
    text TEXT NOT NULL DEFAULT '',
    UNIQUE (phase_id, pupil_id)""",
    ),
    _record_table(
        "observer_assignments",
        """
    lesson_id TEXT NOT NULL REFERENCES research_lessons(id),
    person_id TEXT NOT NULL REFERENCES people(id),
    pupil_id TEXT NOT NULL REFERENCES case_pupils(id),
    UNIQUE (lesson_id, person_id, pupil_id)""",
    ),
    _record_table(
        "observations",
        """
    phase_id TEXT NOT NULL REFERENCES lesson_phases(id),
    pupil_id TEXT NOT NULL REFERENCES case_pupils(id),
    observer_id TEXT NOT NULL REFERENCES people(id),
    text TEXT NOT NULL DEFAULT '',
    UNIQUE (phase_id, pupil_id, observer_id)""",
    ),
    _record_table(
        "interviews",
        """
    lesson_id TEXT NOT NULL REFERENCES research_lessons(id),
    pupil_id TEXT NOT NULL REFERENCES case_pupils(id),
    position REAL NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL DEFAULT ''""",
    ),
    _record_table(
        "test_scores",
        f"""
    lesson_id TEXT NOT NULL REFERENCES research_lessons(id),
    item_id TEXT NOT NULL REFERENCES test_items(id),
    pupil_id TEXT NOT NULL REFERENCES case_pupils(id),
    test TEXT NOT NULL {_TEST_KIND},
    score REAL NOT NULL CHECK (score >= 0),
    UNIQUE (lesson_id, item_id, pupil_id, test)""",
    ),
    _record_table(
        "class_results",
        f"""
    lesson_id TEXT NOT NULL REFERENCES research_lessons(id),
    item_id TEXT NOT NULL REFERENCES test_items(id),
    test TEXT NOT NULL {_TEST_KIND},
    correct INTEGER NOT NULL CHECK (correct >= 0),
    pupils INTEGER NOT NULL CHECK (pupils >= correct),
    UNIQUE (lesson_id, item_id, test)""",
    ),
    _record_table(
        "cycle_goals",
        """
    cycle_id TEXT NOT NULL REFERENCES cycles(id),
    goal_id TEXT NOT NULL REFERENCES goals(id),
    UNIQUE (cycle_id, goal_id)""",
    ),
    "ALTER TABLE sessions ADD COLUMN cycle_id TEXT REFERENCES cycles(id)",
    "ALTER TABLE reflections ADD COLUMN cycle_id TEXT REFERENCES cycles(id)",
    "CREATE INDEX cycles_group ON cycles(group_id)",
    "CREATE INDEX cycle_phases_cycle ON cycle_phases(cycle_id, position)",
    "CREATE INDEX critical_aspects_cycle ON critical_aspects(cycle_id, position)",
    "CREATE INDEX case_pupils_cycle ON case_pupils(cycle_id, position)",
    "CREATE INDEX test_items_cycle ON test_items(cycle_id, position)",
    "CREATE INDEX test_items_aspect ON test_items(aspect_id)",
    "CREATE INDEX research_lessons_cycle ON research_lessons(cycle_id, iteration)",
    "CREATE INDEX research_lessons_teacher ON research_lessons(teacher_id)",
    "CREATE INDEX lesson_phases_lesson ON lesson_phases(lesson_id, position)",
    "CREATE INDEX predictions_pupil ON predictions(pupil_id)",
    "CREATE INDEX observer_assignments_person ON observer_assignments(person_id)",
    "CREATE INDEX observer_assignments_pupil ON observer_assignments(pupil_id)",
    "CREATE INDEX observations_pupil ON observations(pupil_id)",
    "CREATE INDEX observations_observer ON observations(observer_id)",
    "CREATE INDEX interviews_lesson ON interviews(lesson_id, pupil_id, position)",
    "CREATE INDEX interviews_pupil ON interviews(pupil_id)",
    "CREATE INDEX test_scores_item ON test_scores(item_id)",
    "CREATE INDEX test_scores_pupil ON test_scores(pupil_id)",
    "CREATE INDEX class_results_item ON class_results(item_id)",
    "CREATE INDEX cycle_goals_goal ON cycle_goals(goal_id)",
    "CREATE INDEX sessions_cycle ON sessions(cycle_id)",
    "CREATE INDEX reflections_cycle ON reflections(cycle_id)",
]


@migrations()
def m002_cycles(db: sqlite_utils.Database) -> None:
    """Format 1.1: lesson-study and learning-study cycles; sessions and reflections can link
    to a cycle."""
    for statement in SCHEMA_1_1:
        db.execute(statement)
    _set_version(db, 1, 1)


# The record tables of format 1.1, as the migration to 1.2 found them.
_TABLES_1_1 = [
    "schools",
    "people",
    "groups",
    "memberships",
    "frameworks",
    "goals",
    "cycles",
    "sessions",
    "agenda_items",
    "attendance",
    "decisions",
    "action_items",
    "reflections",
    "reflection_answers",
    "commitments",
    "session_goals",
    "reflection_goals",
    "cycle_phases",
    "critical_aspects",
    "case_pupils",
    "test_items",
    "research_lessons",
    "lesson_phases",
    "predictions",
    "observer_assignments",
    "observations",
    "interviews",
    "test_scores",
    "class_results",
    "cycle_goals",
]

SCHEMA_1_2 = [
    # For every record, the version vector of the version the file shows: per installation,
    # the newest stamp of it that was seen when that version was made.
    """CREATE TABLE versions (
    record_id TEXT PRIMARY KEY NOT NULL,
    vv TEXT NOT NULL
) STRICT""",
    # Versions a merge keeps beside the one shown: made concurrently, neither knowing the
    # other, until someone resolves them. ``data`` holds the record's fields as JSON.
    """CREATE TABLE conflicts (
    id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    hlc TEXT NOT NULL,
    vv TEXT NOT NULL,
    data TEXT NOT NULL
) STRICT""",
    "CREATE INDEX conflicts_record ON conflicts(record_id)",
    # A merge brings the documents of a session's or a group's records up to date together.
    "CREATE INDEX search_docs_session ON search_docs(session_id)",
    "CREATE INDEX search_docs_group ON search_docs(group_id)",
]


@migrations()
def m003_versions(db: sqlite_utils.Database) -> None:
    """Format 1.2: version vectors and kept conflicts, for merging copies of a workspace.
    Each record starts with what its own stamp says."""
    for statement in SCHEMA_1_2:
        db.execute(statement)
    for table in _TABLES_1_1:
        db.execute(
            f"INSERT INTO versions (record_id, vv) "  # noqa: S608 - names from the list above
            f"SELECT id, json_object(changed_by, hlc) FROM {table} WHERE hlc != ''"
        )
    _set_version(db, 1, 2)


SCHEMA_1_3 = [
    # "This is not a pupil": findings of the privacy check that a user has looked at.
    _record_table(
        "privacy_acknowledgements",
        """
    record_kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    field_name TEXT NOT NULL,
    text TEXT NOT NULL""",
    ),
    "CREATE INDEX privacy_acknowledgements_record ON privacy_acknowledgements(record_id)",
    # The day a finished cycle's case-pupil details were erased (gallring).
    f"ALTER TABLE cycles ADD COLUMN pupil_data_erased_on TEXT CHECK (pupil_data_erased_on {_DATE})",
]


@migrations()
def m004_privacy(db: sqlite_utils.Database) -> None:
    """Format 1.3: acknowledged privacy findings, and the erasure of case-pupil details."""
    for statement in SCHEMA_1_3:
        db.execute(statement)
    _set_version(db, 1, 3)


def schema_of(conn: sqlite3.Connection) -> set[tuple[str, str, str]]:
    """The schema as (type, name, sql) with white space folded, for exact comparison."""
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    ).fetchall()
    return {(kind, name, " ".join((sql or "").split())) for kind, name, sql in rows}


def expected_schema() -> set[tuple[str, str, str]]:
    """The exact schema a workspace of the current format has."""
    return set(schema_for(FORMAT_VERSION) or ())


@cache
def schema_for(version: tuple[int, int]) -> frozenset[tuple[str, str, str]] | None:
    """The exact schema a workspace of ``version`` has, as its migrations made it; None for
    a version no migration made (a newer one, or one that never was)."""
    conn = sqlite3.connect(":memory:")
    try:
        db = sqlite_utils.Database(conn, execute_plugins=False)
        names = [migration.name for migration in migrations.pending(db)]
        for number in range(len(names)):
            later = names[number + 1] if number + 1 < len(names) else None
            migrations.apply(db, stop_before=later)
            made = decode_version(conn.execute("PRAGMA user_version").fetchone()[0])
            if made == version:
                return frozenset(schema_of(conn))
        return None
    finally:
        conn.close()
