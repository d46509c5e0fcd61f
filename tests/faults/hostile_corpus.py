"""The hostile workspaces the harness in ``hostile_files.py`` runs through Skolgrupp: a real
workspace changed with plain SQLite as a program meaning harm could (views, triggers, extra
columns and indexes, bad text, JSON nested past any limit where version vectors and kept
versions belong), and what every case shares (``Case``, ``Sources``, the SQL that changes a
workspace). ``hostile_inputs.py`` has the other inputs: pipes, links, cut or garbled bytes,
crashes left behind, locked files and JSON.

Each case is built on demand into a folder of its own, from two real workspaces made with
fixed ids and time stamps (``tests/corpus/make_corpus.py``) and fixed seeds, so a case holds
the same content every time. Nothing here is committed: hundreds of binary files would say
less than the lines that make them.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.core.hostile import CORPUS as COMMITTED
from tests.corpus import make_corpus as maker

PASSPHRASE = "Vi ses på biblioteket kl 15"
MARKER = "HOSTILE-MARKER-7Q"  # what a hostile view or column shows: seen anywhere, it was read
COLLEAGUE = "00000000-0000-4000-8000-0000000000c2"
SESSION_ID = maker._id("session")
GROUP_ID = maker._id("group")
SEARCH_WORD = maker.SEARCH_WORD
DEEP = 100_000  # levels of nesting: far past Python's recursion limit
HUGE = 9 * 1024 * 1024  # characters in one value: more than any note a teacher writes
SEED = 20261207
# Latin-1 text and bytes no UTF-8 decoder accepts, as a program with another encoding writes.
BAD_UTF8 = "4f6d206ce47366f67273748e656c736520ff fe c328 20".replace(" ", "")


@dataclass(frozen=True)
class Sources:
    """What every case starts from: the user's own workspace, the same workspace after a
    colleague added a decision (so a merge of it has something to do), and a real JSON export."""

    mine: Path
    theirs: Path
    export: dict


@dataclass(frozen=True)
class Case:
    """One hostile file. ``build(path, sources)`` writes it (and anything beside it) at ``path``."""

    name: str
    family: str
    build: Callable[[Path, Sources], None]
    json: bool = False  # an input of import-json rather than a workspace
    # A crash SQLite recovers from (a hot journal, a WAL): the statements that turn the
    # colleague's workspace into what recovery must give back. Recovery may change the file,
    # and it is not damage.
    recovers_to: tuple[str, ...] | None = None
    foreign_schema: bool = False  # its schema is not Skolgrupp's: every entry must refuse it

    @property
    def recoverable(self) -> bool:
        return self.recovers_to is not None


def make_sources(folder: Path) -> Sources:
    from skolgrupp.core import jsonio
    from skolgrupp.core.domain import Decision
    from skolgrupp.core.workspace import Workspace

    folder.mkdir(parents=True, exist_ok=True)
    mine, theirs = folder / "mine.skolgrupp", folder / "theirs.skolgrupp"
    for stale in folder.iterdir():
        stale.unlink()
    maker._workspace(mine, extra_reflections=20)
    shutil.copyfile(mine, theirs)
    with Workspace.open(theirs, installation_id=COLLEAGUE) as ws:
        ws.add(
            Decision(
                id=maker._id("colleague-decision"),
                session_id=SESSION_ID,
                text="Kollegans beslut: vi läser högt varje dag.",
            )
        )
        jsonio.export_json(ws, folder / "export.json")
    export = json.loads((folder / "export.json").read_text(encoding="utf-8"))
    export["exported_at"] = maker.STAMP  # the only stamp an export makes of its own
    return Sources(mine, theirs, export)


# -- workspaces changed with plain SQLite -----------------------------------------------------


def altered(*statements: str, writable_schema: bool = False) -> Callable[[Path, Sources], None]:
    """The colleague's workspace changed by ``statements``, as a hostile program could."""

    def build(path: Path, sources: Sources) -> None:
        shutil.copyfile(sources.theirs, path)
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys = OFF")
            if writable_schema:
                conn.execute("PRAGMA writable_schema = ON")
            for statement in statements:
                conn.execute(statement)
        finally:
            conn.close()

    return build


# The tables changed, each with a text column a user reads in every entry's output.
TEXT_COLUMNS = {
    "groups": "name",
    "reflections": "text",
    "sessions": "title",
    "people": "name",
    "decisions": "text",
    "agenda_items": "notes",
}


def _columns(table: str) -> list[str]:
    """The table's columns, from a file made by this version (not from the case's own file)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"ATTACH DATABASE 'file:{COMMITTED / 'newer-minor.skolgrupp'}?mode=ro' AS s")
        return [row[1] for row in conn.execute(f"PRAGMA s.table_info('{table}')")]
    finally:
        conn.close()


def as_view(table: str, select: str) -> list[str]:
    """Statements that put a view where ``table`` was; ``select`` reads the rows kept aside."""
    return [
        f"CREATE TABLE {table}_kept AS SELECT * FROM {table}",
        f"DROP TABLE {table}",
        f"CREATE VIEW {table} AS {select}",
    ]


def marked(table: str, column: str) -> str:
    listed = ", ".join(f"'{MARKER} ' || {c} AS {c}" if c == column else c for c in _columns(table))
    return f"SELECT {listed} FROM {table}_kept"


def trigger(table: str) -> list[str]:
    """A table ``canary`` that triggers write into whenever ``table`` is written."""
    return ["CREATE TABLE canary (what TEXT)"] + [
        f"CREATE TRIGGER hostile_{event.lower()}_{table} AFTER {event} ON {table} "
        f"BEGIN INSERT INTO canary VALUES ('{event} {table}'); END"
        for event in ("INSERT", "UPDATE", "DELETE")
    ]


def _table_cases(table: str, column: str) -> list[Case]:
    first = f"rowid = (SELECT min(rowid) FROM {table})"
    endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n"
    schema_changes: dict[str, list[str]] = {
        "view-doubled": as_view(
            table, f"SELECT * FROM {table}_kept UNION ALL SELECT * FROM {table}_kept"
        ),
        "view-marker": as_view(table, marked(table, column)),
        "view-endless": as_view(table, f"SELECT k.* FROM {table}_kept AS k, ({endless})"),
        "trigger": trigger(table),
        "extra-column": [f"ALTER TABLE {table} ADD COLUMN hostile TEXT DEFAULT '{MARKER}'"],
        "generated-column": [
            f"ALTER TABLE {table} ADD COLUMN hostile TEXT GENERATED ALWAYS AS ('{MARKER}')"
        ],
        "expression-index": [f"CREATE INDEX hostile_{table} ON {table}(length({column}) * 2)"],
    }
    cases = [
        Case(f"{table}-{kind}.skolgrupp", kind, altered(*sql), foreign_schema=True)
        for kind, sql in schema_changes.items()
    ]
    cases.append(
        Case(
            f"{table}-check-changed.skolgrupp",
            "check-changed",
            altered(
                "UPDATE sqlite_master SET sql = replace(sql, 'CHECK (length(id) = 36)', "
                f"'CHECK (length(id) > 0)') WHERE name = '{table}'",
                writable_schema=True,
            ),
            foreign_schema=True,
        )
    )
    values = {
        "invalid-utf8": f"CAST(X'{BAD_UTF8}' AS TEXT)",
        "nul-in-text": "CAST(X'66f6726500656674657200' AS TEXT)",
        "huge-value": f"replace(hex(zeroblob({HUGE // 2})), '0', 'x')",
    }
    for kind, value in values.items():
        where = first if kind == "huge-value" else "1"
        cases.append(
            Case(
                f"{table}-{kind}.skolgrupp",
                kind,
                altered(f"UPDATE {table} SET {column} = {value} WHERE {where}"),
            )
        )
    return cases


def _meta_cases() -> list[Case]:
    return [
        Case(
            "meta-view-marker.skolgrupp",
            "view-marker",
            altered(*as_view("meta", f"SELECT key, value || ' {MARKER}' AS value FROM meta_kept")),
            foreign_schema=True,
        ),
        Case("meta-trigger.skolgrupp", "trigger", altered(*trigger("meta")), foreign_schema=True),
        Case(
            "meta-invalid-utf8.skolgrupp",
            "invalid-utf8",
            altered(f"UPDATE meta SET value = CAST(X'{BAD_UTF8}' AS TEXT) WHERE key = 'hlc'"),
        ),
        Case(
            "meta-no-workspace-id.skolgrupp",
            "missing-row",
            altered("DELETE FROM meta WHERE key = 'workspace_id'"),
        ),
        Case(
            "meta-huge-hlc.skolgrupp",
            "huge-value",
            altered(
                f"UPDATE meta SET value = replace(hex(zeroblob({HUGE // 2})), '0', '9') "
                "WHERE key = 'hlc'"
            ),
        ),
    ]


def deep(opening: str, closing: str, middle: str = "1") -> str:
    return opening * DEEP + middle + closing * DEEP


# JSON values a version vector or a kept version should never be.
BAD_JSON_VALUES = {
    "deep-arrays": deep("[", "]"),
    "deep-objects": deep('{"a":', "}"),
    "deep-unclosed": "[" * DEEP,
    "not-json": "{this is not json",
    "invalid-utf8": None,  # written as bytes, below
    "huge-number": '{"x": 1e999999, "y": ' + "9" * 5000 + "}",
    "a-list": '["001788249600000.00000.' + COLLEAGUE + '"]',
    "bad-stamp": '{"' + COLLEAGUE + '": "not a stamp"}',
}


def json_value(kind: str) -> str:
    text = BAD_JSON_VALUES[kind]
    if text is None:
        return f"CAST(X'{BAD_UTF8}' AS TEXT)"
    return "'" + text.replace("'", "''") + "'"


def _version_cases() -> list[Case]:
    return [
        Case(
            f"versions-vv-{kind}.skolgrupp",
            f"vv-{kind}",
            altered(f"UPDATE versions SET vv = {json_value(kind)}"),
        )
        for kind in BAD_JSON_VALUES
    ]


def _kept_version(path: Path) -> list[str]:
    """A real kept version of the first reflection, as a merge with a conflict leaves it."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        row = dict(conn.execute("SELECT * FROM reflections ORDER BY rowid LIMIT 1").fetchone())
    finally:
        conn.close()
    row["text"] = "Kollegans version av reflektionen."
    row["hlc"] = f"001788249600099.00000.{COLLEAGUE}"
    return [row["id"], row["hlc"], json.dumps({COLLEAGUE: row["hlc"]}), json.dumps(row)]


def _conflict(data: str | None = None, vv: str | None = None, kind: str = "reflection"):
    def build(path: Path, sources: Sources) -> None:
        record_id, hlc, good_vv, good_data = _kept_version(sources.theirs)
        altered()(path, sources)
        conn = sqlite3.connect(path)
        try:
            conn.execute(
                "INSERT INTO conflicts (id, kind, record_id, hlc, vv, data) VALUES "
                f"(?, ?, ?, ?, {vv or '?'}, {data or '?'})",
                [maker._id("conflict"), kind, record_id, hlc]
                + ([good_vv] if vv is None else [])
                + ([good_data] if data is None else []),
            )
            conn.commit()
        finally:
            conn.close()

    return build


def _conflict_cases() -> list[Case]:
    cases = [
        Case(f"conflicts-data-{kind}.skolgrupp", f"kept-{kind}", _conflict(data=json_value(kind)))
        for kind in ("deep-arrays", "deep-objects", "not-json", "invalid-utf8", "a-list")
    ]
    cases += [
        Case(f"conflicts-vv-{kind}.skolgrupp", f"kept-vv-{kind}", _conflict(vv=json_value(kind)))
        for kind in ("deep-arrays", "deep-unclosed")
    ]
    cases.append(Case("conflicts-unknown-kind.skolgrupp", "kept-kind", _conflict(kind="pupil")))
    return cases


def _extra_schema_cases() -> list[Case]:
    changes = {
        "extra-table": [
            "CREATE TABLE extra_notes (note TEXT)",
            f"INSERT INTO extra_notes VALUES ('{MARKER}')",
        ],
        "sqlite-like-table": ["CREATE TABLE sqliteX (x)"],
        "extra-fts": ["CREATE VIRTUAL TABLE hostile_fts USING fts5(x)"],
        "search-docs-view-marker": as_view("search_docs", marked("search_docs", "body")),
        "search-docs-trigger": trigger("search_docs"),
        "versions-trigger": trigger("versions"),
        "conflicts-trigger": trigger("conflicts"),
        "older-version-number": ["PRAGMA user_version = 1000"],
    }
    cases = [
        Case(f"{name}.skolgrupp", name, altered(*sql), foreign_schema=True)
        for name, sql in changes.items()
    ]
    # Statistics SQLite itself keeps for its query planner: lies, but no code.
    cases.append(
        Case(
            "planner-statistics.skolgrupp",
            "planner",
            altered("ANALYZE", "UPDATE sqlite_stat1 SET stat = '1 1000000000 1'"),
        )
    )
    cases.append(
        Case(
            "search-index-garbage.skolgrupp",
            "search-index",
            altered("UPDATE search_index_data SET block = X'00ffeeddccbbaa99887766554433221100'"),
        )
    )
    return cases


def workspace_cases() -> list[Case]:
    """The colleague's workspace changed with plain SQLite, case by case, in a fixed order."""
    found: list[Case] = []
    for table, column in TEXT_COLUMNS.items():
        found += _table_cases(table, column)
    return found + _meta_cases() + _version_cases() + _conflict_cases() + _extra_schema_cases()


def build(case: Case, folder: Path, sources: Sources) -> Path:
    """Build ``case`` into a new ``folder`` of its own; the hostile file's path."""
    folder.mkdir(parents=True)
    path = folder / case.name
    case.build(path, sources)
    return path
