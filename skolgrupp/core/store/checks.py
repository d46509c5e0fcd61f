"""Checking a workspace: what SQLite finds wrong with it, whether its schema is exactly
the one its format has, and what it holds that nothing could read (text that is not UTF-8,
history that is not the JSON Skolgrupp writes). Opening uses the schema check; ``check``
uses them all."""

from __future__ import annotations

import shutil
import sqlite3

from skolgrupp.core.atomic import scratch_folder
from skolgrupp.core.domain import BY_KIND
from skolgrupp.core.i18n import translate
from skolgrupp.core.store import schema
from skolgrupp.core.store.records import json_object


def check_copy(conn: sqlite3.Connection, version: tuple[int, int]) -> list[str]:
    """``check`` for a file opened read-only, on a private copy: on a read-only connection
    SQLite's integrity check leaves out the CHECK constraints."""
    folder = scratch_folder("check")
    try:
        copy = sqlite3.connect(folder / "check.skolgrupp")
        try:
            conn.backup(copy)
            return check(copy, version)
        finally:
            copy.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def check(conn: sqlite3.Connection, version: tuple[int, int]) -> list[str]:
    """Everything wrong with an open workspace: integrity, foreign keys and schema."""
    problems = []
    for (line,) in conn.execute("PRAGMA integrity_check(20)"):
        if line != "ok":
            problems.append(translate("check", "Integrity: {line}").format(line=line))
    for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        problems.append(
            translate(
                "check", "A row in {table} (rowid {rowid}) points to a missing row in {parent}."
            ).format(table=table, rowid=rowid, parent=parent)
        )
    ours = schema.FORMAT_VERSION
    if version[0] != ours[0]:
        problems.append(
            translate(
                "check",
                "The file format is {found}; this version of Skolgrupp checks format {ours}.",
            ).format(found=schema.version_text(version), ours=schema.version_text(ours))
        )
        return problems
    problems += schema_problems(conn, version)
    return problems + unreadable_text(conn) + (unreadable_history(conn) if not problems else [])


def unreadable_text(conn: sqlite3.Connection) -> list[str]:
    """Where the file holds text that is not UTF-8, as SQLite stores it but nothing can show
    it: reading such a record would stop a document or a window."""
    problems = []
    tables = [
        name
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'")
        if not name.startswith(("sqlite_", "search_index"))
        and not (sql or "").upper().startswith("CREATE VIRTUAL")
    ]
    columns = {
        table: [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')] for table in tables
    }
    factory = conn.text_factory
    conn.text_factory = bytes  # the bytes as stored, to see which are not UTF-8
    try:
        for table, names in columns.items():
            for column in names:
                query = (
                    f'SELECT rowid, "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''
                )
                for rowid, value in conn.execute(query):
                    try:
                        value.decode("utf-8")
                    except UnicodeDecodeError:
                        problems.append(
                            translate(
                                "check",
                                "A row in {table} (rowid {rowid}) holds text that cannot be read.",
                            ).format(table=table, rowid=rowid)
                        )
                        break
    finally:
        conn.text_factory = factory
    return problems


# Where a workspace keeps JSON: each value a flat object that merging and sharing read.
_JSON_COLUMNS = (("versions", "vv"), ("conflicts", "vv"), ("conflicts", "data"))


def unreadable_history(conn: sqlite3.Connection) -> list[str]:
    """Where a record's history (its version vector, a version kept beside it) is not the
    JSON object Skolgrupp writes: merging, sharing or resolving it would stop there."""
    problems = []
    for (rowid,) in conn.execute(
        f"SELECT rowid FROM conflicts WHERE kind NOT IN ({', '.join('?' * len(BY_KIND))})",
        list(BY_KIND),
    ):
        problems.append(
            translate(
                "check",
                "A row in {table} (rowid {rowid}) holds a history that cannot be read.",
            ).format(table="conflicts", rowid=rowid)
        )
    for table, column in _JSON_COLUMNS:
        for rowid, text in conn.execute(f"SELECT rowid, {column} FROM {table}"):
            try:
                json_object(text)
            except (ValueError, TypeError):
                problems.append(
                    translate(
                        "check",
                        "A row in {table} (rowid {rowid}) holds a history that cannot be read.",
                    ).format(table=table, rowid=rowid)
                )
                break
    return problems


def schema_problems(conn: sqlite3.Connection, version: tuple[int, int]) -> list[str]:
    """How the file's schema differs from the one its format version has: what SQLite would
    run for it (a view posing as a table, a trigger, a changed table) must be exactly ours.

    A newer minor format may add tables, columns and indexes this version does not know: what
    this version knows must still be there as the same kind of thing, and nothing it adds
    may run code (a view or a trigger). A newer major format is only ever shown, and is held
    to nearly the same: it may lack what this version knows, but not hold it as something
    else (a view in the place of a table), nor add what runs code."""
    ours = schema.FORMAT_VERSION
    expected = schema.schema_for(version) if version <= ours else schema.expected_schema()
    if expected is None:
        return [translate("errors", "Its format version is wrong.")]
    found = schema.schema_of(conn)
    problems = []
    if version > ours:
        known = {(kind, name) for kind, name, _ in expected}
        present = {(kind, name) for kind, name, _ in found}
        missing = sorted(known - present)
        if version[0] > ours[0]:  # it may have dropped what it no longer needs, not replaced it
            names = {name for _, name in present}
            missing = [(kind, name) for kind, name in missing if name in names]
        added = sorted(
            (kind, name)
            for kind, name, _ in found
            if (kind, name) not in known and kind not in ("table", "index")
        )
    else:
        missing = sorted({(kind, name) for kind, name, _ in expected - found})
        added = sorted({(kind, name) for kind, name, _ in found - expected} - set(missing))
    for kind, name in missing:
        problems.append(
            translate(
                "check", "The schema differs from format {v}: {kind} {name} is missing or changed."
            ).format(v=schema.version_text(min(version, ours)), kind=kind, name=name)
        )
    for kind, name in added:
        problems.append(
            translate("check", "The schema has an unknown {kind}: {name}.").format(
                kind=kind, name=name
            )
        )
    return problems
