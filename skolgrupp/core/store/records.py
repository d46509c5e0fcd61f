"""Reading and writing records. This package owns the SQL; everything above it speaks in the
domain's dataclasses.

Column names in SQL built here come only from the dataclasses' own fields, never from input.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import uuid
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

import sqlite_utils

from skolgrupp.core.clock import HybridClock, utc_now
from skolgrupp.core.domain import (
    BY_KIND,
    OWNED,
    CasePupil,
    CriticalAspect,
    Interview,
    LessonPhase,
    PrivacyAcknowledgement,
    Record,
    ReflectionAnswer,
)
from skolgrupp.core.errors import DamagedWorkspace, DiskFull, ReadOnlyWorkspace, RecordNotFound
from skolgrupp.core.i18n import translate
from skolgrupp.core.store import search_index
from skolgrupp.core.store.connection import has_hot_journal, translate_errors
from skolgrupp.core.text import clean_text

R = TypeVar("R", bound=Record)


def json_object(text: str) -> dict[str, Any]:
    """A version vector or a kept version as stored: a JSON object. Anything else, including
    JSON nested too deeply for Python to read, raises ``ValueError``."""
    try:
        value = json.loads(text)
    except RecursionError as e:
        raise ValueError("nested too deeply") from e
    if not isinstance(value, dict):
        raise ValueError("not an object")
    return value


def _bool_fields(cls: type[Record]) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls) if f.type in ("bool", bool))


_BOOLS = {kind: _bool_fields(cls) for kind, cls in BY_KIND.items()}
_TEXT_FIELDS = {
    kind: tuple(
        f.name
        for f in dataclasses.fields(cls)
        if f.type == "str" and f.name not in Record.columns()
    )
    for kind, cls in BY_KIND.items()
}


class Store:
    """The records of one open workspace file, on one connection and one thread."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        installation_id: str,
        path: Path | None = None,
        read_only: bool = False,
        read_only_error: Exception | None = None,
    ):
        self.conn = conn
        self.db = sqlite_utils.Database(conn, execute_plugins=False, recursive_triggers=False)
        self.path = path
        self.read_only = read_only
        self._read_only_error = read_only_error
        self.installation_id = installation_id
        self.clock = HybridClock(installation_id, self.get_meta("hlc") or "")
        # An installation id this copy of the file takes with its first change: (id, home).
        self.pending_installation: tuple[str, str] | None = None
        self.erased = False  # whether text was deleted since the index was last merged
        # Whether a large write paused the index's merging (None: not looked at yet).
        self._index_paused: bool | None = None

    # -- transactions -----------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes: all of them are saved, or none (nested blocks use savepoints)."""
        self._require_writable()
        try:
            with translate_errors(self.path), self.db.atomic():
                if self._index_paused is None:
                    # Left paused by a program that stopped between a large write and resuming.
                    self._index_paused = search_index.merging_paused(self.conn)
                yield
                self.set_meta("hlc", self.clock.last)
        except DiskFull:
            self._put_back_after_failed_write()
            raise
        if self._index_paused and not self.conn.in_transaction:
            self._resume_index_merging()

    def _put_back_after_failed_write(self) -> None:
        """After a write the disk could not hold, roll its journal back into the file now, as
        SQLite would only at the next read: the file on disk is then the one the message
        describes, whole, whoever copies it. A journal SQLite could not yet roll back is
        rolled back when the workspace is next opened; the message says so."""
        with suppress(sqlite3.Error):
            if self.conn.in_transaction:
                self.conn.rollback()
            self.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if self.path is not None and has_hot_journal(self.path):
            raise DiskFull.not_yet_put_back(self.path)

    def _resume_index_merging(self) -> None:
        """After the commit, so that a large write goes to disk unmerged. The write is saved
        by then, whatever happens here: a failure only leaves the index merging later, and
        this is tried again after the next write."""
        try:
            with self.db.atomic():
                search_index.resume_merging(self.conn)
        except sqlite3.Error:
            return
        self._index_paused = False

    @property
    def read_only_reason(self) -> str:
        """Why nothing can be written, in the user's language ('' when writes are allowed or
        the file was opened read-only on request)."""
        return str(self._read_only_error) if self._read_only_error else ""

    def _require_writable(self) -> None:
        if self.read_only:
            raise self._read_only_error or ReadOnlyWorkspace(self.path)

    @contextmanager
    def reading(self) -> Iterator[None]:
        with translate_errors(self.path):
            yield

    # -- meta ------------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        with self.reading():
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    # -- writing ----------------------------------------------------------------------------

    def _stamp(self, record: Record, *, new: bool) -> None:
        self._take_pending_installation()
        if (
            not new
            and self.conn.execute(
                "SELECT 1 FROM conflicts WHERE record_id = ? AND hlc LIKE ?",
                [record.id, f"%.{self.installation_id}"],
            ).fetchone()
        ):
            # A newer stamp of an installation supersedes all its older ones: this one's
            # version kept beside the shown one would be gone unseen (``merging.edit``). The
            # new version knows the one it replaces, not those kept beside it.
            self._take_installation(str(uuid.uuid4()), self.get_meta("installation_home") or "")
        created = record.created_at
        self._stamp_new(record)
        if not new and created:
            record.created_at = created
        # The new version has seen all that the version it replaces had seen, and itself.
        row = self.conn.execute(
            "SELECT vv FROM versions WHERE record_id = ?", [record.id]
        ).fetchone()
        vv = self.stored_json(row[0]) if row else {}
        vv[self.installation_id] = record.hlc
        self.conn.execute(
            "INSERT OR REPLACE INTO versions (record_id, vv) VALUES (?, ?)",
            [record.id, json.dumps(vv, sort_keys=True)],
        )

    def _take_pending_installation(self) -> None:
        if self.pending_installation is not None:
            installation, home = self.pending_installation
            self.pending_installation = None
            self._take_installation(installation, home)

    def _take_installation(self, installation: str, home: str) -> None:
        """From now on, this copy's changes are stamped as made by ``installation``."""
        self.set_meta("installation_id", installation)
        self.set_meta("installation_home", home)
        self.installation_id = self.clock.installation_id = installation

    def _stamp_new(self, record: Record) -> None:
        """``_stamp`` for a record known to be new, without looking up its version."""
        self._take_pending_installation()
        for name in _TEXT_FIELDS[record.kind]:
            setattr(record, name, clean_text(getattr(record, name)))
        record.created_at = record.updated_at = utc_now()
        record.changed_by = self.installation_id
        record.hlc = self.clock.tick()

    def _values(self, record: Record) -> list[Any]:
        values = []
        for name in record.columns():
            value = getattr(record, name)
            values.append(int(value) if isinstance(value, bool) else value)
        return values

    @contextmanager
    def _unchanged_on_failure(self, record: Record) -> Iterator[None]:
        """Put the record's fields back as they were if saving it fails, so that what the
        caller holds still says what the file says."""
        before = dict(vars(record))
        try:
            yield
        except BaseException:
            vars(record).update(before)
            raise

    def add(self, record: R) -> R:
        """Save a new record."""
        with self._unchanged_on_failure(record), self.transaction():
            self._stamp(record, new=True)
            columns = record.columns()
            self.conn.execute(
                f"INSERT INTO {record.table} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})",
                self._values(record),
            )
            self._after_write(record)
        return record

    def update(self, record: R) -> R:
        """Save the changed fields of an existing record."""
        with self._unchanged_on_failure(record), self.transaction():
            before = None
            if isinstance(record, ReflectionAnswer):
                before = self.conn.execute(
                    "SELECT reflection_id FROM reflection_answers WHERE id = ?", [record.id]
                ).fetchone()
            self._stamp(record, new=False)
            columns = [c for c in record.columns() if c != "id"]
            cursor = self.conn.execute(
                f"UPDATE {record.table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                [*self._values(record)[1:], record.id],
            )
            if cursor.rowcount != 1:
                raise RecordNotFound(record.kind, record.id)
            self._after_write(record)
            if _TEXT_FIELDS[record.kind] and record.kind != PrivacyAcknowledgement.kind:
                self._forget_stale_acknowledgements(record)
            if before and before[0] != getattr(record, "reflection_id", None):
                # An answer moved to another reflection leaves the old one's text too.
                self._reindex([], {"reflection": [before[0]]})
        return record

    def put(self, record: R) -> R:
        """Save a record as it is given: add it when new, otherwise write it over the stored
        one, bringing a deleted record back (undo and redo use this)."""
        exists = self.conn.execute(
            f"SELECT 1 FROM {record.table} WHERE id = ?", [record.id]
        ).fetchone()
        return self.update(record) if exists else self.add(record)

    def delete(self, record: Record) -> None:
        """Delete a record and what it holds (``OWNED``), leaving tombstones behind.

        A tombstone keeps what merging needs (id, references, stamps) but not the record's
        notes: deleted text about pupils does not linger in the file.
        """
        with self._unchanged_on_failure(record), self.transaction():
            self._delete(record)

    def held_by(self, record: Record) -> list[Record]:
        """Everything a record holds (``OWNED``) and what that holds, live records only, each
        after what holds it: what deleting the record deletes with it."""
        held: dict[str, Record] = {}  # by id: an observation is held by its phase and its pupil
        for child_type, field in _owned(record):
            where: dict[str, Any] = {field: record.id}
            for child in self.find(child_type, **where):
                held.setdefault(child.id, child)
                for grandchild in self.held_by(child):
                    held.setdefault(grandchild.id, grandchild)
        return list(held.values())

    def _delete(self, record: Record) -> None:
        for child_type, field in _owned(record):
            where: dict[str, Any] = {field: record.id}
            for child in self.find(child_type, **where):
                self._delete(child)
        record.deleted_at = utc_now()
        for name in record.notes_fields:
            setattr(record, name, "")
        self.update(record)
        self.erased = True

    def erase_leftovers(self) -> None:
        """Merge the search index, which keeps words of deleted text until it is merged."""
        if self.erased and not self.read_only:
            with self.transaction():
                search_index.optimize(self.conn)
            self.erased = False

    def insert_many(
        self,
        records: Iterable[Record],
        *,
        stamp: bool = True,
        replace: bool = False,
        versions: Mapping[str, str] | None = None,
    ) -> int:
        """Insert many new records of any kinds quickly, in one transaction.

        With ``stamp=False`` the records keep the stamps they carry (JSON import); with
        ``replace`` a record replaces one of the same id. ``versions`` gives records their
        version vectors (JSON, by id); without, a record's vector holds its own stamp.
        Foreign keys are checked when the transaction commits, so records may come in any
        order. The search index is rebuilt afterwards by the caller with
        ``rebuild_search_index``.
        """
        batches: dict[str, list[list[Any]]] = {}
        vectors: list[tuple[str, str]] = []
        count = 0
        # A record replaces only the one of the same id: an upsert, not INSERT OR REPLACE,
        # which would also delete a different record that shares a unique link.
        with self.transaction():
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            for record in records:
                if stamp:
                    self._stamp_new(record)
                else:
                    self.clock.observe(record.hlc)
                if record.hlc:  # a new record's version has seen only itself
                    vv = versions.get(record.id) if versions else None
                    vectors.append((record.id, vv or json.dumps({record.changed_by: record.hlc})))
                batches.setdefault(record.kind, []).append(self._values(record))
                count += 1
            self.conn.executemany(
                "INSERT OR REPLACE INTO versions (record_id, vv) VALUES (?, ?)", vectors
            )
            # Kinds in dependency order, so foreign keys hold at every insert.
            for kind, cls in BY_KIND.items():
                if kind in batches:
                    columns = cls.columns()
                    upsert = (
                        " ON CONFLICT(id) DO UPDATE SET "
                        + ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
                        if replace
                        else ""
                    )
                    self.conn.executemany(
                        f"INSERT INTO {cls.table} ({', '.join(columns)}) "
                        f"VALUES ({', '.join('?' * len(columns))}){upsert}",
                        batches[kind],
                    )
        return count

    def _forget_stale_acknowledgements(self, record: Record) -> None:
        """An acknowledged finding whose text the record no longer holds is forgotten: the
        acknowledgement would be all that is left of the words (a name, a number)."""
        if not self.conn.execute(
            "SELECT 1 FROM privacy_acknowledgements WHERE record_id = ? AND deleted_at IS NULL",
            [record.id],
        ).fetchone():
            return
        for ack in self.find(PrivacyAcknowledgement, record_id=record.id):
            value = getattr(record, ack.field_name, None)
            held = " ".join(value.casefold().split()) if isinstance(value, str) else ""
            if record.deleted or " ".join(ack.text.casefold().split()) not in held:
                self._delete(ack)

    def _after_write(self, record: Record) -> None:
        self._reindex([record])

    def reindex(
        self, records: Sequence[Record], also: Mapping[str, Collection[str]] | None = None
    ) -> None:
        """Bring the search index up to date for records written without ``add`` or
        ``update`` (all of a merge in a few statements), and for the documents ``also``
        names (ids by kind: of records whose text went elsewhere)."""
        with self.transaction():
            self._reindex(records, also)

    def documents_now(self, records: Sequence[Record]) -> dict[str, set[str]]:
        """The search documents (ids by kind) that the stored versions of ``records`` are in,
        read before they are written over: a text that moves (an answer to another
        reflection) leaves its old document too."""
        moving: dict[str, list[str]] = {}
        for record in records:
            if record.kind in _IN_ANOTHERS_DOCUMENT:
                moving.setdefault(record.kind, []).append(record.id)
        out: dict[str, set[str]] = {}
        for kind, ids in moving.items():
            for row in self.dicts_by_id(BY_KIND[kind], ids):
                if document := _document_of(BY_KIND[kind](**row)):
                    out.setdefault(document[0], set()).add(document[1])
        return out

    def _reindex(
        self, records: Sequence[Record], also: Mapping[str, Collection[str]] | None = None
    ) -> None:
        wanted = {kind: set(ids) for kind, ids in (also or {}).items()}
        for record in records:
            if record.kind == "group" and record.deleted:
                search_index.drop_group(self.conn, record.id)
            elif document := _document_of(record):
                wanted.setdefault(document[0], set()).add(document[1])
        if wanted and search_index.reindex(self.conn, wanted):
            self._index_paused = True

    def rebuild_search_index(self) -> None:
        with self.transaction():
            search_index.rebuild(self.conn)

    # -- reading ----------------------------------------------------------------------------

    def _from_row(self, cls: type[R], row: Sequence[Any]) -> R:
        values = dict(zip(cls.columns(), row, strict=True))
        for name in _BOOLS[cls.kind]:
            values[name] = bool(values[name])
        return cls(**values)

    def _where(
        self, cls: type[Record], include_deleted: bool, where: dict[str, Any]
    ) -> tuple[str, list[Any]]:
        clauses, params = [], []
        if not include_deleted:
            clauses.append("deleted_at IS NULL")
        known = set(cls.columns())
        for name, value in where.items():
            if name not in known:
                raise TypeError(f"{cls.__name__} has no field {name!r}")
            if value is None:
                clauses.append(f"{name} IS NULL")
            else:
                clauses.append(f"{name} = ?")
                params.append(value)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def get(self, cls: type[R], record_id: str, *, include_deleted: bool = False) -> R:
        found = self.find(cls, include_deleted=include_deleted, id=record_id)
        if not found:
            raise RecordNotFound(cls.kind, record_id)
        return found[0]

    def find(
        self,
        cls: type[R],
        *,
        include_deleted: bool = False,
        order_by: str | None = None,
        **where: Any,
    ) -> list[R]:
        """Records of one kind whose fields equal the given values."""
        clause, params = self._where(cls, include_deleted, where)
        order = ""
        if order_by:
            names = [n.strip().removeprefix("-") for n in order_by.split(",")]
            if not set(names) <= set(cls.columns()):
                raise TypeError(f"cannot order {cls.__name__} by {order_by!r}")
            order = " ORDER BY " + ", ".join(
                f"{n.strip()[1:]} DESC" if n.strip().startswith("-") else n.strip()
                for n in order_by.split(",")
            )
        sql = f"SELECT {', '.join(cls.columns())} FROM {cls.table}{clause}{order}"
        with self.reading():
            rows = self.conn.execute(sql, params).fetchall()
        return [self._from_row(cls, row) for row in rows]

    def iter_dicts(self, cls: type[Record]) -> Iterator[dict[str, Any]]:
        """Every record of a kind as a plain dictionary, tombstones included, in a stable
        order: what JSON export needs, without building a dataclass per record."""
        columns = cls.columns()
        bools = _BOOLS[cls.kind]
        with self.reading():
            cursor = self.conn.execute(f"SELECT {', '.join(columns)} FROM {cls.table} ORDER BY id")
            for row in cursor:
                record = dict(zip(columns, row, strict=True))
                for name in bools:
                    record[name] = bool(record[name])
                yield record

    def count(self, cls: type[Record], **where: Any) -> int:
        clause, params = self._where(cls, False, where)
        with self.reading():
            return self.conn.execute(
                f"SELECT count(*) FROM {cls.table}{clause}", params
            ).fetchone()[0]

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows of a read-only query from this package's own modules, as dictionaries."""
        with self.reading():
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # -- versions and conflicts (what merging needs) ----------------------------------------

    def version_vectors(self, ids: Iterable[str] | None = None) -> dict[str, str]:
        """The version vectors (JSON) of the records ``ids``, or of every record, by id."""
        with self.reading():
            if ids is None:
                return dict(self.conn.execute("SELECT record_id, vv FROM versions").fetchall())
            out: dict[str, str] = {}
            for chunk in _chunks(list(ids)):
                out.update(
                    self.conn.execute(
                        "SELECT record_id, vv FROM versions WHERE record_id IN "
                        f"({', '.join('?' * len(chunk))})",
                        chunk,
                    ).fetchall()
                )
            return out

    def stamps(self, cls: type[Record]) -> dict[str, str]:
        """Every record of a kind, tombstones included: its id and stamp."""
        with self.reading():
            return dict(self.conn.execute(f"SELECT id, hlc FROM {cls.table}").fetchall())

    def stamps_text(self, cls: type[Record]) -> list[str]:
        """Every record of a kind, tombstones included, its id and stamp, as texts of many
        records each in the order they are stored: where two copies' texts are equal, so
        are their versions of that kind (the other way round only mostly), and these are far
        quicker to read than the stamps themselves. A text of 20,000 records is about 2 MB,
        well within the largest value a colleague's file may hold (``foreign``)."""
        first = f"SELECT rowid, id, hlc FROM {cls.table}"
        after = f"{first} WHERE rowid > ?"
        out: list[str] = []
        last = None
        with self.reading():
            while True:
                last, text = self.conn.execute(
                    "SELECT max(rowid), group_concat(id || char(31) || hlc, char(30)) FROM "
                    f"({first if last is None else after} ORDER BY rowid LIMIT 20000)",
                    [] if last is None else [last],
                ).fetchone()
                if last is None:
                    return out
                out.append(text)

    def dicts_by_id(self, cls: type[Record], ids: Iterable[str]) -> list[dict[str, Any]]:
        """The records ``ids`` of a kind as plain dictionaries, tombstones included."""
        columns = cls.columns()
        bools = _BOOLS[cls.kind]
        out = []
        with self.reading():
            for chunk in _chunks(list(ids)):
                cursor = self.conn.execute(
                    f"SELECT {', '.join(columns)} FROM {cls.table} WHERE id IN "
                    f"({', '.join('?' * len(chunk))})",
                    chunk,
                )
                for row in cursor:
                    record = dict(zip(columns, row, strict=True))
                    for name in bools:
                        record[name] = bool(record[name])
                    out.append(record)
        return out

    def with_vectors(
        self, cls: type[Record], ids: Iterable[str]
    ) -> Iterator[tuple[dict[str, Any], str | None]]:
        """The records ``ids`` of a kind as plain dictionaries, tombstones included, each
        with its version vector (JSON; None for a record written before vectors were)."""
        columns = cls.columns()
        bools = _BOOLS[cls.kind]
        sql = (
            f"SELECT {', '.join(f't.{c}' for c in columns)}, v.vv FROM {cls.table} t "
            "LEFT JOIN versions v ON v.record_id = t.id WHERE t.id IN "
        )
        with self.reading():
            for chunk in _chunks(sorted(ids)):
                marks = f"({', '.join('?' * len(chunk))})"
                for row in self.conn.execute(sql + marks, chunk).fetchall():
                    record = dict(zip(columns, row, strict=False))
                    for name in bools:
                        record[name] = bool(record[name])
                    yield record, row[-1]

    def _damaged_history(self) -> DamagedWorkspace:
        return DamagedWorkspace(
            self.path, translate("errors", "The history of some records cannot be read.")
        )

    def stored_json(self, text: str) -> dict[str, Any]:
        """``json_object`` of what this file holds: anything else means it is damaged."""
        try:
            return json_object(text)
        except ValueError as e:
            raise self._damaged_history() from e

    def conflicts(self) -> list[Conflict]:
        """Every version kept beside the one shown, oldest stamp first."""
        with self.reading():
            rows = self.conn.execute(
                "SELECT id, kind, record_id, hlc, vv, data FROM conflicts ORDER BY record_id, hlc"
            ).fetchall()
        if any(row[1] not in BY_KIND for row in rows):  # not a kind of record we know
            raise self._damaged_history()
        return [Conflict(*row) for row in rows]

    def set_conflicts(self, kept: Mapping[str, Iterable[Conflict]]) -> None:
        """For each record id in ``kept``, keep exactly those versions beside its shown one."""
        with self.transaction():
            self.conn.execute(
                "DELETE FROM conflicts WHERE record_id IN (SELECT value FROM json_each(?))",
                [json.dumps(sorted(kept))],
            )
            self.conn.executemany(
                "INSERT INTO conflicts (id, kind, record_id, hlc, vv, data) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [dataclasses.astuple(c) for versions in kept.values() for c in versions],
            )

    def set_version_vector(self, record_id: str, vv: str) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO versions (record_id, vv) VALUES (?, ?)", [record_id, vv]
            )


# Kinds whose text is in the search document of the record they belong to.
_IN_ANOTHERS_DOCUMENT = frozenset(
    {"reflection_answer", "critical_aspect", "case_pupil", "interview"}
)


def _owned(record: Record) -> tuple[tuple[type[Record], str], ...]:
    """What a record holds: its kind's ``OWNED``, and for a record with words in it, the
    privacy findings said of them to be no pupil's, which name what the record said."""
    owned = OWNED.get(record.kind, ())
    if _TEXT_FIELDS[record.kind] and record.kind != PrivacyAcknowledgement.kind:
        owned = (*owned, (PrivacyAcknowledgement, "record_id"))
    return owned


def _document_of(record: Record) -> tuple[str, str] | None:
    """The kind and id of the search document a record's text is in, if any."""
    if isinstance(record, ReflectionAnswer):
        return "reflection", record.reflection_id
    if isinstance(record, (CriticalAspect, CasePupil)):
        return "cycle", record.cycle_id
    if isinstance(record, Interview):
        return "research_lesson", record.lesson_id
    if isinstance(record, LessonPhase):  # its observations are shown only while it lives
        return "lesson_phase", record.id
    if record.kind in search_index.SEARCHABLE:
        return record.kind, record.id
    return None


def _chunks(items: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclasses.dataclass(frozen=True)
class Conflict:
    """A version of a record kept beside the one shown, its fields as JSON."""

    id: str  # "<record id>@<its stamp>"
    kind: str
    record_id: str
    hlc: str
    vv: str
    data: str
