"""Read-only questions about a workspace that need more than one table."""

from __future__ import annotations

from typing import Any

from skolgrupp.core.store.records import Store


def counts(store: Store) -> dict[str, int]:
    row = store.rows(
        """SELECT
            (SELECT count(*) FROM schools WHERE deleted_at IS NULL) AS schools,
            (SELECT count(*) FROM people WHERE deleted_at IS NULL) AS people,
            (SELECT count(*) FROM groups WHERE deleted_at IS NULL) AS groups,
            (SELECT count(*) FROM sessions WHERE deleted_at IS NULL) AS sessions,
            (SELECT count(*) FROM reflections WHERE deleted_at IS NULL) AS reflections,
            (SELECT count(*) FROM reflections
                WHERE deleted_at IS NULL AND visibility = 'private') AS private_reflections"""
    )[0]
    row["cycles"] = 0  # lesson-study cycles arrive with a later format version
    return row


def members(store: Store, group_id: str, *, on: str | None = None) -> list[dict[str, Any]]:
    """Memberships of a group with the person's name; with ``on``, only those current then."""
    sql = """
        SELECT p.id AS person_id, p.name, p.email, m.role, m.joined_on, m.left_on,
               s.name AS school
        FROM memberships m JOIN people p ON p.id = m.person_id
        LEFT JOIN schools s ON s.id = p.school_id
        WHERE m.group_id = ? AND m.deleted_at IS NULL AND p.deleted_at IS NULL"""
    params: list[Any] = [group_id]
    if on is not None:
        sql += " AND m.joined_on <= ? AND (m.left_on IS NULL OR m.left_on > ?)"
        params += [on, on]
    sql += " ORDER BY m.role = 'member', p.name COLLATE NOCASE, m.joined_on"
    return store.rows(sql, params)


def groups(store: Store) -> list[dict[str, Any]]:
    return store.rows(
        """SELECT g.id, g.name, g.subject, g.term,
               (SELECT count(DISTINCT person_id) FROM memberships m
                WHERE m.group_id = g.id AND m.deleted_at IS NULL AND m.left_on IS NULL) AS members,
               (SELECT count(*) FROM sessions s
                WHERE s.group_id = g.id AND s.deleted_at IS NULL) AS sessions
           FROM groups g WHERE g.deleted_at IS NULL ORDER BY g.name COLLATE NOCASE"""
    )


def people(store: Store, group_id: str | None = None) -> list[dict[str, Any]]:
    sql = """SELECT p.id, p.name, p.email, p.role, s.name AS school, s.owner AS school_owner
             FROM people p LEFT JOIN schools s ON s.id = p.school_id
             WHERE p.deleted_at IS NULL"""
    params: list[Any] = []
    if group_id is not None:
        sql += """ AND p.id IN (SELECT person_id FROM memberships
                                WHERE group_id = ? AND deleted_at IS NULL)"""
        params.append(group_id)
    return store.rows(sql + " ORDER BY p.name COLLATE NOCASE", params)


def sessions(store: Store, group_id: str | None = None) -> list[dict[str, Any]]:
    sql = """SELECT s.id, s.date, s.start_time, s.duration_min, s.title, s.status, s.format,
                    s.place, g.name AS group_name, s.group_id
             FROM sessions s JOIN groups g ON g.id = s.group_id
             WHERE s.deleted_at IS NULL"""
    params: list[Any] = []
    if group_id is not None:
        sql += " AND s.group_id = ?"
        params.append(group_id)
    return store.rows(sql + " ORDER BY s.date, s.start_time, g.name", params)


def reflections(store: Store, group_id: str | None = None) -> list[dict[str, Any]]:
    sql = """SELECT r.id, r.written_on, r.visibility, p.name AS author, g.name AS group_name,
                    r.group_id, r.session_id, substr(r.text, 1, 200) AS text
             FROM reflections r JOIN people p ON p.id = r.author_id
             JOIN groups g ON g.id = r.group_id
             WHERE r.deleted_at IS NULL"""
    params: list[Any] = []
    if group_id is not None:
        sql += " AND r.group_id = ?"
        params.append(group_id)
    return store.rows(sql + " ORDER BY r.written_on, p.name", params)
