"""The full-text index: ``search_docs`` holds one row per searchable record, ``search_index``
(FTS5, external content) indexes its title and body.

The index is kept current from code rather than by triggers, because triggers on an FTS table
stop every write once ``trusted_schema`` is off, and it can always be rebuilt from the records.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Mapping
from typing import Any

_DOC_COLUMNS = "record_id, kind, group_id, session_id, visibility, on_date, title, body"

# For each searchable kind: the SELECT that makes its search document (live records only).
_DOC_SQL = {
    "session": """
        SELECT s.id, 'session', s.group_id, s.id, 'group', s.date, s.title,
               s.preparation || char(10) || s.place
        FROM sessions s WHERE s.deleted_at IS NULL""",
    "agenda_item": """
        SELECT a.id, 'agenda_item', s.group_id, s.id, 'group', s.date, a.title, a.notes
        FROM agenda_items a JOIN sessions s ON s.id = a.session_id
        WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL""",
    "decision": """
        SELECT d.id, 'decision', s.group_id, s.id, 'group', s.date, '', d.text
        FROM decisions d JOIN sessions s ON s.id = d.session_id
        WHERE d.deleted_at IS NULL AND s.deleted_at IS NULL""",
    "action_item": """
        SELECT x.id, 'action_item', s.group_id, s.id, 'group', s.date, '', x.text
        FROM action_items x JOIN sessions s ON s.id = x.session_id
        WHERE x.deleted_at IS NULL AND s.deleted_at IS NULL""",
    "reflection": """
        SELECT r.id, 'reflection', r.group_id, r.session_id, r.visibility, r.written_on, '',
               r.text || coalesce((
                   SELECT group_concat(char(10) || q.answer, '')
                   FROM reflection_answers q
                   WHERE q.reflection_id = r.id AND q.deleted_at IS NULL), '')
        FROM reflections r WHERE r.deleted_at IS NULL""",
    "commitment": """
        SELECT c.id, 'commitment', c.group_id, c.made_in_session_id, 'group', s.date, '',
               c.text || char(10) || c.report
        FROM commitments c JOIN sessions s ON s.id = c.made_in_session_id
        WHERE c.deleted_at IS NULL AND s.deleted_at IS NULL""",
    "cycle": """
        SELECT c.id, 'cycle', c.group_id, NULL, 'group', substr(c.created_at, 1, 10), c.title,
               c.question || char(10) || c.learning_object || char(10) || c.long_term_goal
               || char(10) || c.findings || char(10) || c.shared_how || coalesce((
                   SELECT group_concat(char(10) || a.text, '') FROM critical_aspects a
                   WHERE a.cycle_id = c.id AND a.deleted_at IS NULL), '') || coalesce((
                   SELECT group_concat(char(10) || p.typifies, '') FROM case_pupils p
                   WHERE p.cycle_id = c.id AND p.deleted_at IS NULL), '')
        FROM cycles c WHERE c.deleted_at IS NULL""",
    "research_lesson": """
        SELECT l.id, 'research_lesson', c.group_id, NULL, 'group',
               coalesce(l.date, substr(l.created_at, 1, 10)), c.title,
               l.class_name || char(10) || l.plan || char(10) || l.revision || char(10)
               || l.discussion || coalesce((
                   SELECT group_concat(char(10) || i.question || char(10) || i.answer, '')
                   FROM interviews i WHERE i.lesson_id = l.id AND i.deleted_at IS NULL), '')
        FROM research_lessons l JOIN cycles c ON c.id = l.cycle_id
        WHERE l.deleted_at IS NULL AND c.deleted_at IS NULL""",
    "observation": """
        SELECT o.id, 'observation', c.group_id, NULL, 'group',
               coalesce(l.date, substr(l.created_at, 1, 10)), c.title, o.text
        FROM observations o JOIN lesson_phases f ON f.id = o.phase_id
             JOIN research_lessons l ON l.id = f.lesson_id JOIN cycles c ON c.id = l.cycle_id
        WHERE o.deleted_at IS NULL AND f.deleted_at IS NULL AND l.deleted_at IS NULL
              AND c.deleted_at IS NULL""",
}
_LIVE_GROUP = " AND EXISTS (SELECT 1 FROM groups g WHERE g.id = {column} AND g.deleted_at IS NULL)"
_GROUP_COLUMN = {
    "session": "s.group_id",
    "agenda_item": "s.group_id",
    "decision": "s.group_id",
    "action_item": "s.group_id",
    "reflection": "r.group_id",
    "commitment": "c.group_id",
    "cycle": "c.group_id",
    "research_lesson": "c.group_id",
    "observation": "c.group_id",
}
# A deleted group's records leave the index with it, also when the index is rebuilt.
_DOC_SQL = {
    kind: sql + _LIVE_GROUP.format(column=_GROUP_COLUMN[kind]) for kind, sql in _DOC_SQL.items()
}
SEARCHABLE = frozenset(_DOC_SQL)
_ALIAS = {
    "session": "s",
    "agenda_item": "a",
    "decision": "d",
    "action_item": "x",
    "reflection": "r",
    "commitment": "c",
    "cycle": "c",
    "research_lesson": "l",
    "observation": "o",
}


_EACH = "(SELECT value FROM json_each(?))"


def _ids(conn: sqlite3.Connection, sql: str, ids: Collection[str]) -> set[str]:
    return {row[0] for row in conn.execute(sql, [json.dumps(sorted(ids))])}


# What shows a session's date and life in its documents: by kind, the table and the column
# naming the session.
_IN_SESSION = {
    "agenda_item": ("agenda_items", "session_id"),
    "decision": ("decisions", "session_id"),
    "action_item": ("action_items", "session_id"),
    "commitment": ("commitments", "made_in_session_id"),
}


def _showing(
    conn: sqlite3.Connection, wanted: Mapping[str, Collection[str]]
) -> dict[str, set[str]]:
    """The documents to make anew when the records ``wanted`` changed (ids by the kind of
    their own document, or ``lesson_phase``): theirs, and those that show something of them
    besides (a session's date is in the documents of what was said at it, a cycle's title in
    its lessons' and their observations', and an observation is shown while its phase
    lives)."""
    out = {kind: set(ids) for kind, ids in wanted.items() if ids}
    if out.get("session"):
        for kind, (table, column) in _IN_SESSION.items():
            held = _ids(conn, f"SELECT id FROM {table} WHERE {column} IN {_EACH}", out["session"])
            out.setdefault(kind, set()).update(held)
    if out.get("cycle"):
        lessons = _ids(
            conn, f"SELECT id FROM research_lessons WHERE cycle_id IN {_EACH}", out["cycle"]
        )
        out.setdefault("research_lesson", set()).update(lessons)
    if out.get("research_lesson"):
        observations = _ids(
            conn,
            "SELECT o.id FROM observations o JOIN lesson_phases f ON f.id = o.phase_id "
            f"WHERE f.lesson_id IN {_EACH}",
            out["research_lesson"],
        )
        out.setdefault("observation", set()).update(observations)
    if out.get("lesson_phase"):
        observations = _ids(
            conn, f"SELECT id FROM observations WHERE phase_id IN {_EACH}", out["lesson_phase"]
        )
        out.setdefault("observation", set()).update(observations)
    return {kind: ids for kind, ids in out.items() if kind in _DOC_SQL and ids}


# Documents written at once above which FTS5 merges its segments later (``pause_merging``).
BULK = 1_000


def reindex(conn: sqlite3.Connection, wanted: Mapping[str, Collection[str]]) -> bool:
    """Bring the documents of some records up to date, and of those that show something of
    them: ``wanted`` holds record ids by the kind of their document.

    A document that changed keeps its place (its rowid) and gets its new words; one whose
    record went is dropped; a new one comes last. FTS5 hears of them in the order of their
    rowids, each old text out before its new one in, which keeps it writing one segment.
    Returns whether so many were written that merging was paused: the caller then calls
    ``resume_merging`` once the transaction is committed."""
    documents = _showing(conn, wanted)
    fresh: dict[str, tuple[Any, ...]] = {}
    for kind, ids in sorted(documents.items()):
        cursor = conn.execute(
            f"{_DOC_SQL[kind]} AND {_ALIAS[kind]}.id IN {_EACH}", [json.dumps(sorted(ids))]
        )
        fresh.update((row[0], row) for row in cursor)
    every = json.dumps(sorted(set().union(*documents.values())))
    old = conn.execute(
        f"SELECT rowid, {_DOC_COLUMNS} FROM search_docs WHERE record_id IN {_EACH} ORDER BY rowid",
        [every],
    ).fetchall()
    index: list[tuple[str | None, int, str, str]] = []  # what FTS5 hears, in rowid order
    changed, gone = [], []
    for rowid, *before in old:
        after = fresh.pop(before[0], None)
        if tuple(before) == after:
            continue
        index.append(("delete", rowid, before[-2], before[-1]))
        if after is None:
            gone.append((rowid,))
        else:
            changed.append((*after[1:], rowid))
            index.append((None, rowid, after[-2], after[-1]))
    paused = len(index) + len(fresh) > BULK
    if paused:
        pause_merging(conn)
    conn.executemany("DELETE FROM search_docs WHERE rowid = ?", gone)
    conn.executemany(
        "UPDATE search_docs SET kind = ?, group_id = ?, session_id = ?, visibility = ?, "
        "on_date = ?, title = ?, body = ? WHERE rowid = ?",
        changed,
    )
    # New documents after all there are, so in order too.
    last = conn.execute("SELECT coalesce(max(rowid), 0) FROM search_docs").fetchone()[0]
    added = [(last + n, *row) for n, row in enumerate(fresh.values(), start=1)]
    conn.executemany(
        f"INSERT INTO search_docs (rowid, {_DOC_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        added,
    )
    index += [(None, row[0], row[-2], row[-1]) for row in added]
    conn.executemany(
        "INSERT INTO search_index (search_index, rowid, title, body) VALUES (?, ?, ?, ?)", index
    )
    return paused


def _configure(conn: sqlite3.Connection, key: str, value: int) -> None:
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES (?, ?)", [key, value])


def pause_merging(conn: sqlite3.Connection) -> None:
    """Keep all of a large write in memory until it is committed, as one new segment, and
    leave merging it with the others to later writes: merged at once, many documents cost
    several times as much. FTS5 still merges when a level holds too many segments."""
    _configure(conn, "automerge", 0)
    _configure(conn, "hashsize", 64 << 20)


def merging_paused(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT v FROM search_index_config WHERE k = 'automerge'").fetchone()
    return row is not None and row[0] == 0


def resume_merging(conn: sqlite3.Connection) -> None:
    """FTS5's own defaults again, after ``pause_merging``: each write merges a little."""
    _configure(conn, "automerge", 4)
    _configure(conn, "hashsize", 1 << 20)


def optimize(conn: sqlite3.Connection) -> None:
    """Merge the index into one segment: words of deleted documents are gone only then."""
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")


def drop_group(conn: sqlite3.Connection, group_id: str) -> None:
    """A deleted group's documents leave the index, in their order (FTS5 writes its pending
    changes out as a new segment whenever a document comes before the one given last)."""
    conn.execute(
        "INSERT INTO search_index (search_index, rowid, title, body) "
        "SELECT 'delete', rowid, title, body FROM search_docs WHERE group_id = ? ORDER BY rowid",
        [group_id],
    )
    conn.execute("DELETE FROM search_docs WHERE group_id = ?", [group_id])


def rebuild(conn: sqlite3.Connection) -> None:
    """Make the whole index anew from the records, oldest first, so that the order of the
    documents follows the dates of what they are about (see ``search``)."""
    conn.execute("DELETE FROM search_docs")
    union = " UNION ALL ".join(_DOC_SQL.values())
    conn.execute(f"INSERT INTO search_docs ({_DOC_COLUMNS}) SELECT * FROM ({union}) ORDER BY 6, 2")
    conn.execute("INSERT INTO search_index (search_index) VALUES ('rebuild')")


# Ranking costs time for every match, and in a very large workspace a common word matches
# most of it. So matches are ranked among the newest documents first (documents are numbered
# oldest first), widening the window until enough are found or it holds every document.
RANK_WINDOW = 10_000


def search(
    conn: sqlite3.Connection,
    match: str,
    *,
    limit: int,
    group_id: str | None = None,
    include_private: bool = True,
    start: str = "\x02",
    end: str = "\x03",
) -> list[dict[str, Any]]:
    """The best matches for an FTS5 expression made by ``skolgrupp.core.search``: ranked with
    BM25 among the newest documents, widening to all of them when too few match there."""
    newest = conn.execute("SELECT max(rowid) FROM search_docs").fetchone()[0] or 0
    filters = ""
    params: list[Any] = [start, end, start, end, match]
    if group_id is not None:
        filters += " AND d.group_id = ?"
        params.append(group_id)
    if not include_private:
        filters += " AND d.visibility <> 'private'"
    sql = f"""
        SELECT d.record_id, d.kind, d.group_id, d.session_id, d.visibility, d.on_date,
               highlight(search_index, 0, ?, ?) AS title,
               snippet(search_index, 1, ?, ?, '…', 16) AS snippet,
               bm25(search_index, 4.0, 1.0) AS score
        FROM search_index JOIN search_docs d ON d.rowid = search_index.rowid
        WHERE search_index MATCH ?{filters} AND search_index.rowid > ?
        ORDER BY score LIMIT ?"""
    window = RANK_WINDOW
    while True:
        oldest = max(newest - window, 0)
        cursor = conn.execute(sql, [*params, oldest, limit])
        rows = cursor.fetchall()
        if len(rows) >= limit or oldest == 0:
            break
        window *= 4
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in rows]


def names_for(
    conn: sqlite3.Connection, *, group_ids: set[str], session_ids: set[str]
) -> dict[str, str]:
    """Names of the groups and titles of the sessions that search hits belong to."""
    names: dict[str, str] = {}
    for table, column, ids in (("groups", "name", group_ids), ("sessions", "title", session_ids)):
        if ids:
            marks = ", ".join("?" * len(ids))
            rows = conn.execute(
                f"SELECT id, {column} FROM {table} WHERE id IN ({marks})", sorted(ids)
            )
            names.update(rows.fetchall())
    return names
