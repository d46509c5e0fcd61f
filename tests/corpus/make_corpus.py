"""Regenerate the corpus of bad workspace files in this folder.

Run from the project root with ``.venv/bin/python tests/corpus/make_corpus.py``. The output is
deterministic for a given SQLite library: ids, time stamps and random bytes are fixed, and every
real workspace is vacuumed into 512-byte pages to keep the files small. See ``README.md``.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
import sys
import uuid
from collections.abc import Callable
from pathlib import Path

from skolgrupp.core.clock import format_hlc
from skolgrupp.core.domain import (
    RECORD_TYPES,
    AgendaItem,
    Decision,
    Group,
    MemberRole,
    Membership,
    Person,
    PersonRole,
    Reflection,
    School,
    Session,
    SessionFormat,
    SessionStatus,
    Subject,
    Visibility,
)
from skolgrupp.core.store.connection import read_header
from skolgrupp.core.store.schema import FORMAT_VERSION, encode_version
from skolgrupp.core.workspace import Workspace

HERE = Path(__file__).resolve().parent
INSTALLATION = "00000000-0000-4000-8000-000000000001"
NAMESPACE = uuid.UUID("0b3f6c1e-2d4a-5e8f-9a7b-1c2d3e4f5a6b")
STAMP = "2026-09-01T08:00:00.000Z"
STAMP_MS = 1_788_249_600_000
PAGE_SIZE = 512
SEED = 20260901

# What the small workspaces hold; the tests rely on these.
GROUP_NAME = "Läslyftet åk 4–6"
SEARCH_WORD = "läsförståelse"
DAMAGED_REFLECTIONS = 20

_WORDS = [
    "eleverna",
    "läste",
    "texten",
    "högt",
    "och",
    "vi",
    "pratade",
    "om",
    "läsförståelse",
    "inferenser",
    "bilder",
    "strategier",
    "modellering",
    "stöttning",
    "cirkelmodellen",
    "genre",
    "samtal",
    "frågor",
    "svar",
    "lärare",
    "klassrummet",
    "lektionen",
    "planering",
    "uppföljning",
    "matematik",
    "problemlösning",
    "taluppfattning",
]


def _id(name: str) -> str:
    return str(uuid.uuid5(NAMESPACE, name))


def _fill(ws: Workspace, *, extra_reflections: int = 0) -> None:
    """A school, three teachers in one reading group, a held session with minutes and
    reflections; ``extra_reflections`` more to make the reflections table span many pages."""
    school = School(id=_id("school"), name="Rönnbäcksskolan")
    people = [
        Person(id=_id(f"person{i}"), name=name, school_id=school.id, role=role)
        for i, (name, role) in enumerate(
            [
                ("Erik Berg", PersonRole.LEADER),
                ("Anna Lind", PersonRole.TEACHER),
                ("Sara Nilsson", PersonRole.TEACHER),
            ]
        )
    ]
    group = Group(id=_id("group"), name=GROUP_NAME, subject=Subject.READING, term="ht2026")
    session = Session(
        id=_id("session"),
        group_id=group.id,
        title="Del 3: Läsförståelse i alla ämnen",
        date="2026-09-10",
        start_time="15:00",
        status=SessionStatus.HELD,
        format=SessionFormat.FOUR_PART,
        module="Läsförståelse",
        part=3,
    )
    rng = random.Random(SEED)
    with ws.transaction():
        ws.add(school)
        for person in people:
            ws.add(person)
        ws.add(group)
        for i, person in enumerate(people):
            ws.add(
                Membership(
                    id=_id(f"membership{i}"),
                    group_id=group.id,
                    person_id=person.id,
                    role=MemberRole.LEADER if i == 0 else MemberRole.MEMBER,
                    joined_on="2026-08-20",
                )
            )
        ws.add(session)
        ws.add(
            AgendaItem(
                id=_id("agenda"),
                session_id=session.id,
                title="Erfarenheter från moment C",
                duration_min=30,
                notes="Alla provade modellering av läsförståelse i sina klasser.",
            )
        )
        ws.add(
            Decision(
                id=_id("decision"),
                session_id=session.id,
                text="Vi fortsätter med cirkelmodellen nästa del.",
            )
        )
        for i in range(2 + extra_reflections):
            text = " ".join(rng.choice(_WORDS) for _ in range(25 if i >= 2 else 12))
            ws.add(
                Reflection(
                    id=_id(f"reflection{i}"),
                    group_id=group.id,
                    author_id=people[i % 3].id,
                    session_id=session.id,
                    written_on=f"2026-09-{10 + i % 18:02d}",
                    visibility=Visibility.GROUP if i % 2 else Visibility.PRIVATE,
                    text=f"Om {SEARCH_WORD}: {text}." if i < 2 else text,
                )
            )


def _normalise(conn: sqlite3.Connection) -> None:
    """Replace every time stamp and the workspace id with fixed values."""
    for n, cls in enumerate(RECORD_TYPES):
        conn.execute(
            f"UPDATE {cls.table} SET created_at = ?, updated_at = ?, changed_by = ?, "  # noqa: S608 - table from the domain
            "hlc = printf('%015d.%05d.%s', ?, rowid, ?)",
            [STAMP, STAMP, INSTALLATION, STAMP_MS + n, INSTALLATION],
        )
    last = format_hlc(STAMP_MS + len(RECORD_TYPES), 0, INSTALLATION)
    for key, value in (("workspace_id", _id("workspace")), ("created_at", STAMP), ("hlc", last)):
        conn.execute("UPDATE meta SET value = ? WHERE key = ?", [value, key])
    conn.execute("UPDATE _sqlite_migrations SET applied_at = ?", [STAMP])


def _workspace(
    path: Path,
    *,
    extra_reflections: int = 0,
    change: Callable[[sqlite3.Connection], None] | None = None,
) -> None:
    """A real workspace made by the core, then changed with plain SQLite and vacuumed."""
    with Workspace.create(path, installation_id=INSTALLATION) as ws:
        _fill(ws, extra_reflections=extra_reflections)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        _normalise(conn)
        if change is not None:
            change(conn)
        conn.execute("COMMIT")
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute("VACUUM")
    finally:
        conn.close()


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return "\n".join(line for (line,) in conn.execute("PRAGMA integrity_check"))
    except sqlite3.DatabaseError as e:
        return str(e)
    finally:
        conn.close()


def random_bytes(path: Path) -> None:
    path.write_bytes(random.Random(SEED).randbytes(4096))


def other_text(path: Path) -> None:
    path.write_text(
        "Inköpslista till fikat på torsdag\n- kanelbullar\n- kaffe\n- mjölk\n", encoding="utf-8"
    )


def truncated(path: Path) -> None:
    _workspace(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def other_program(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT, minutes INTEGER)")
        conn.executemany(
            "INSERT INTO recipes (name, minutes) VALUES (?, ?)",
            [("Kanelbullar", 90), ("Chokladbollar", 20), ("Sockerkaka", 60)],
        )
    finally:
        conn.close()


def wrong_application_id(path: Path) -> None:
    _workspace(path, change=lambda conn: conn.execute("PRAGMA application_id = 1179406665"))


def damaged(path: Path) -> None:
    """Overwrite the cell pointers of a leaf page in the middle of the reflections table."""
    _workspace(path, extra_reflections=DAMAGED_REFLECTIONS)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        pages = [
            pageno
            for (pageno,) in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'reflections' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
    finally:
        conn.close()
    if len(pages) < 4:
        raise SystemExit(f"the reflections table spans only {len(pages)} leaf pages")
    page = pages[len(pages) // 2]
    with open(path, "r+b") as f:
        # Past the leaf page's 8-byte header: its cell pointers now point outside the page.
        f.seek((page - 1) * PAGE_SIZE + 8)
        f.write(b"\xde\xad\xbe\xef" * 8)
    if _integrity(path) == "ok":
        raise SystemExit("damaging the file did not break its integrity")


def _newer(user_version: int, table: str) -> Callable[[Path], None]:
    def change(conn: sqlite3.Connection) -> None:
        conn.execute(
            f"CREATE TABLE {table} (id TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL) STRICT"
        )
        conn.execute(f"INSERT INTO {table} VALUES (?, 'Cykel 1: bråk i åk 5')", [_id(table)])  # noqa: S608 - constant
        conn.execute(f"PRAGMA user_version = {user_version}")

    return lambda path: _workspace(path, change=change)


CORPUS: dict[str, Callable[[Path], None]] = {
    "random-bytes.skolgrupp": random_bytes,
    "empty-other-text.skolgrupp": other_text,
    "truncated.skolgrupp": truncated,
    "other-program.sqlite": other_program,
    "wrong-application-id.skolgrupp": wrong_application_id,
    "damaged.skolgrupp": damaged,
    "newer-major.skolgrupp": _newer(encode_version(FORMAT_VERSION[0] + 1, 0), "lesson_videos"),
    "newer-minor.skolgrupp": _newer(encode_version(*FORMAT_VERSION) + 1, "cycle_videos"),
}

# The files that must still pass SQLite's and the header's checks.
SOUND = ("wrong-application-id.skolgrupp", "newer-major.skolgrupp", "newer-minor.skolgrupp")


def main(folder: Path = HERE) -> int:
    for name, make in CORPUS.items():
        path = folder / name
        for stale in (path, path.with_name(name + "-journal")):
            stale.unlink(missing_ok=True)
        make(path)
        leftovers = sorted(p.name for p in folder.glob(name + "-*"))
        if leftovers:
            raise SystemExit(f"{name} left {leftovers} behind")
        if name in SOUND and _integrity(path) != "ok":
            raise SystemExit(f"{name} should be a sound SQLite file")
        if name == "damaged.skolgrupp":
            read_header(path)  # the header must stay valid: the damage is inside
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
        print(f"{name:32} {path.stat().st_size:7} bytes  sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
