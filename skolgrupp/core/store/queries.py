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
                WHERE deleted_at IS NULL AND visibility = 'private') AS private_reflections,
            (SELECT count(*) FROM cycles c JOIN groups g ON g.id = c.group_id
                WHERE c.deleted_at IS NULL AND g.deleted_at IS NULL) AS cycles"""
    )[0]
    return row


def cycles(store: Store, group_id: str | None = None) -> list[dict[str, Any]]:
    """Cycles with their group, how many research lessons they have had, and where they are:
    the phase in progress (else the next one not started; empty when every phase is done)."""
    sql = """SELECT c.id, c.title, c.cycle_type, c.subject, c.grade, g.name AS group_name,
                    c.group_id,
                    (SELECT count(*) FROM research_lessons l
                     WHERE l.cycle_id = c.id AND l.deleted_at IS NULL) AS lessons,
                    (SELECT p.name FROM cycle_phases p
                     WHERE p.cycle_id = c.id AND p.deleted_at IS NULL AND p.status != 'done'
                     ORDER BY p.status = 'active' DESC, p.position LIMIT 1) AS phase,
                    (SELECT count(*) FROM cycle_phases p
                     WHERE p.cycle_id = c.id AND p.deleted_at IS NULL
                       AND p.status = 'done') AS phases_done,
                    (SELECT count(*) FROM cycle_phases p
                     WHERE p.cycle_id = c.id AND p.deleted_at IS NULL) AS phases
             FROM cycles c JOIN groups g ON g.id = c.group_id
             WHERE c.deleted_at IS NULL AND g.deleted_at IS NULL"""
    params: list[Any] = []
    if group_id is not None:
        sql += " AND c.group_id = ?"
        params.append(group_id)
    return store.rows(sql + " ORDER BY g.name COLLATE NOCASE, c.created_at", params)


def cycle_sessions(store: Store, cycle_id: str) -> list[dict[str, Any]]:
    """The sessions linked to a cycle, in date order."""
    return store.rows(
        """SELECT id, date, start_time, title, status FROM sessions
           WHERE cycle_id = ? AND deleted_at IS NULL ORDER BY date, start_time""",
        [cycle_id],
    )


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


def reflections(
    store: Store,
    group_id: str | None = None,
    *,
    author_id: str | None = None,
    session_id: str | None = None,
    goal_id: str | None = None,
    first: str | None = None,
    last: str | None = None,
    newest_first: bool = False,
) -> list[dict[str, Any]]:
    """Reflections with their author and group, narrowed by any of the filters."""
    sql = """SELECT r.id, r.written_on, r.visibility, p.name AS author, r.author_id,
                    g.name AS group_name, r.group_id, r.session_id, s.title AS session,
                    substr(r.text, 1, 200) AS text
             FROM reflections r JOIN people p ON p.id = r.author_id
             JOIN groups g ON g.id = r.group_id
             LEFT JOIN sessions s ON s.id = r.session_id
             WHERE r.deleted_at IS NULL"""
    params: list[Any] = []
    for clause, value in (
        ("r.group_id = ?", group_id),
        ("r.author_id = ?", author_id),
        ("r.session_id = ?", session_id),
        ("r.written_on >= ?", first),
        ("r.written_on <= ?", last),
        (
            "r.id IN (SELECT reflection_id FROM reflection_goals"
            " WHERE goal_id = ? AND deleted_at IS NULL)",
            goal_id,
        ),
    ):
        if value is not None:
            sql += f" AND {clause}"
            params.append(value)
    order = "r.written_on DESC, r.created_at DESC" if newest_first else "r.written_on, p.name"
    return store.rows(f"{sql} ORDER BY {order}", params)


def upcoming_sessions(
    store: Store, group_id: str, today: str, limit: int = 5
) -> list[dict[str, Any]]:
    return store.rows(
        """SELECT id, date, start_time, duration_min, title, status, place FROM sessions
           WHERE group_id = ? AND deleted_at IS NULL AND date >= ? AND status = 'planned'
           ORDER BY date, start_time LIMIT ?""",
        [group_id, today, limit],
    )


def open_action_items(store: Store, group_id: str, limit: int = 20) -> list[dict[str, Any]]:
    return store.rows(
        """SELECT x.id, x.text, x.due_on, p.name AS owner, s.title AS session, s.date
           FROM action_items x JOIN sessions s ON s.id = x.session_id
           LEFT JOIN people p ON p.id = x.owner_id
           WHERE s.group_id = ? AND x.done = 0
             AND x.deleted_at IS NULL AND s.deleted_at IS NULL
           ORDER BY x.due_on IS NULL, x.due_on, s.date LIMIT ?""",
        [group_id, limit],
    )


def recent_group_reflections(store: Store, group_id: str, limit: int = 5) -> list[dict[str, Any]]:
    """The group's shared reflections, newest first (never private ones)."""
    return store.rows(
        """SELECT r.id, r.written_on, p.name AS author, r.text
           FROM reflections r JOIN people p ON p.id = r.author_id
           WHERE r.group_id = ? AND r.visibility = 'group' AND r.deleted_at IS NULL
           ORDER BY r.written_on DESC, r.created_at DESC LIMIT ?""",
        [group_id, limit],
    )


def goal_coverage(store: Store, group_id: str, first: str, last: str) -> list[dict[str, Any]]:
    """The goals the group's sessions and shared reflections between two dates link to, with
    how many of each, most linked first."""
    return store.rows(
        """SELECT g.id, g.code, g.title, f.name AS framework,
                  sum(kind = 'session') AS sessions, sum(kind = 'reflection') AS reflections
           FROM (
               SELECT sg.goal_id, 'session' AS kind FROM session_goals sg
               JOIN sessions s ON s.id = sg.session_id
               WHERE s.group_id = ?1 AND s.date BETWEEN ?2 AND ?3 AND s.status <> 'cancelled'
                 AND sg.deleted_at IS NULL AND s.deleted_at IS NULL
               UNION ALL
               SELECT rg.goal_id, 'reflection' FROM reflection_goals rg
               JOIN reflections r ON r.id = rg.reflection_id
               WHERE r.group_id = ?1 AND r.written_on BETWEEN ?2 AND ?3
                 AND r.visibility = 'group' AND rg.deleted_at IS NULL AND r.deleted_at IS NULL
           ) links
           JOIN goals g ON g.id = links.goal_id JOIN frameworks f ON f.id = g.framework_id
           WHERE g.deleted_at IS NULL
           GROUP BY g.id ORDER BY count(*) DESC, g.code""",
        [group_id, first, last],
    )


def goals(store: Store, group_id: str | None = None) -> list[dict[str, Any]]:
    """The goals a group can link to: the built-in frameworks' and the group's own."""
    return store.rows(
        """SELECT g.id, g.code, g.title, f.name AS framework, g.parent_id
           FROM goals g JOIN frameworks f ON f.id = g.framework_id
           WHERE g.deleted_at IS NULL AND f.deleted_at IS NULL
             AND (f.group_id IS NULL OR f.group_id = ?)
           ORDER BY f.builtin DESC, f.name, g.parent_id IS NOT NULL, g.position""",
        [group_id],
    )


def open_commitments(store: Store, group_id: str) -> list[dict[str, Any]]:
    """What members will try in class and have not yet reported on, oldest first."""
    return store.rows(
        """SELECT c.id, p.name AS person, c.person_id, c.text, s.date AS since
           FROM commitments c JOIN people p ON p.id = c.person_id
           JOIN sessions s ON s.id = c.made_in_session_id
           WHERE c.group_id = ? AND c.status = 'open' AND c.deleted_at IS NULL
             AND s.deleted_at IS NULL
           ORDER BY s.date, p.name""",
        [group_id],
    )
