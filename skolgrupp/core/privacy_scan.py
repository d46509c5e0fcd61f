"""The privacy check of a workspace, and the privacy rules in one place.

``privacy`` finds what looks like a personal identity number or a pupil's name in one text;
this module decides which texts of a workspace are read, and for what: where teachers write
about pupils, a pupil-like name is a finding; in every other text only a personal identity
number is. The adults of the workspace are never pupils, and a finding the user has marked as
not a pupil (a ``PrivacyAcknowledgement``) stays quiet. ``RULES`` states each rule with its
reason in the user's words, for the in-program help.

The whole workspace is scanned text column by text column with plain SQL, so that a large
one is checked in a second or two: no record is built for a text that holds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Any

from skolgrupp.core import privacy
from skolgrupp.core.domain import (
    BY_KIND,
    Cycle,
    PrivacyAcknowledgement,
    Record,
    Reflection,
    Session,
    Visibility,
)
from skolgrupp.core.i18n import QT_TRANSLATE_NOOP, translate
from skolgrupp.core.workspace import Workspace

# --- The rules ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rule:
    """One privacy rule: a short title and the rule with its reason."""

    title: str
    text: str


# In English here, marked for translation; ``rules()`` gives them in the user's language.
RULES: tuple[Rule, ...] = (
    Rule(
        QT_TRANSLATE_NOOP("privacy rules", "Private reflections stay on this computer"),
        QT_TRANSLATE_NOOP(
            "privacy rules",
            "A private reflection is yours alone. It never goes into a shared file, locked "
            "or not, nor into a printed document or a log, whatever else you share. The "
            "privacy check still reads it when it lists the whole workspace, so that you "
            "notice a pupil's name you wrote in it; it never stops you sharing or printing "
            "for that, as the reflection does not go along.",
        ),
    ),
    Rule(
        QT_TRANSLATE_NOOP("privacy rules", "What a shared file contains"),
        QT_TRANSLATE_NOOP(
            "privacy rules",
            "Sharing a group writes a new file with that group's work only: its sessions "
            "with agendas, minutes, decisions and action items, the shared reflections, what "
            "members will try, its cycles, and the people, schools and goals these name. "
            "Other groups and private reflections are never in it. Deleted records go along "
            "without their words, so that a colleague's copy learns they were deleted.",
        ),
    ),
    Rule(
        QT_TRANSLATE_NOOP("privacy rules", "What a locked file protects against"),
        QT_TRANSLATE_NOOP(
            "privacy rules",
            "A file locked with a passphrase cannot be read by anyone who gets hold of it "
            "without the passphrase: an e-mail sent to the wrong person, a lost USB stick, a "
            "shared folder too many can open. It does not protect against those you give the "
            "passphrase to, so send the passphrase another way than the file. Lock every "
            "file with notes about pupils in special support.",
        ),
    ),
    Rule(
        QT_TRANSLATE_NOOP("privacy rules", "Case pupils go by pseudonyms"),
        QT_TRANSLATE_NOOP(
            "privacy rules",
            'A case pupil is written about as "Elev A", with a description of the group of '
            "learners the pupil stands for, never by name or personal identity number. "
            "Notes about pupils in special support can be sensitive personal data, and a "
            "pseudonym is still personal data: write what the work needs, no more.",
        ),
    ),
    Rule(
        QT_TRANSLATE_NOOP("privacy rules", "What the privacy check reads, and why"),
        QT_TRANSLATE_NOOP(
            "privacy rules",
            "A personal identity number identifies a pupil wherever it is written, so every "
            "text is checked for one. Names are looked for only where you write about "
            "pupils: case pupils, predictions, observations, interviews, minutes and "
            "decisions, post-lesson discussions, reflections, action items and reports from "
            "class. Elsewhere (titles, places, goals) a name is a colleague's, a school's or "
            "an author's. The names of the people in the workspace are never pupils' names, "
            'also in forms such as "Fatimas". The check runs before you share a group and '
            "before you print a document, on what that file will contain.",
        ),
    ),
    Rule(
        QT_TRANSLATE_NOOP("privacy rules", "A finding you have looked at stays quiet"),
        QT_TRANSLATE_NOOP(
            "privacy rules",
            "When you mark a finding as not a pupil, the check stays quiet about that text "
            "in that place, and only there: written anywhere else, it is found again. Your "
            "word goes along when you share the group, so colleagues are not asked again; "
            "about a private reflection it stays on this computer, as the reflection does.",
        ),
    ),
    Rule(
        QT_TRANSLATE_NOOP("privacy rules", "Pupil details of finished cycles are erased"),
        QT_TRANSLATE_NOOP(
            "privacy rules",
            "Notes about pupils are kept no longer than the work needs. Some time after a "
            "cycle is finished (a year, unless your school decides otherwise), what it says "
            "about its case pupils is erased: whom they stand for, the predictions, "
            "observations and interviews. The case pupils are then called by number, and "
            "the cycle with its results and findings is kept.",
        ),
    ),
)


def rules() -> list[Rule]:
    """The privacy rules in the user's language, in the order the help shows them."""
    return [
        Rule(translate("privacy rules", r.title), translate("privacy rules", r.text)) for r in RULES
    ]


# Where teachers write about pupils: a pupil-like name here is a finding. Every other text
# field is checked for personal identity numbers only (``text_fields``).
PUPIL_FIELDS: dict[str, tuple[str, ...]] = {
    "case_pupil": ("label", "typifies"),
    "prediction": ("text",),
    "observation": ("text",),
    "interview": ("question", "answer"),
    "agenda_item": ("notes",),  # the minutes
    "decision": ("text",),
    "research_lesson": ("discussion",),  # the post-lesson discussion
    "reflection": ("text",),
    "reflection_answer": ("answer",),
    "action_item": ("text",),
    "commitment": ("report",),  # how it went in class
}

_NOT_WORDS = (*Record.columns(), "date", "start_time", "term", "written_on", "joined_on")


def text_fields(kind: type[Record]) -> list[str]:
    """The fields of a kind that hold words, not ids, dates or terms."""
    return [
        f.name
        for f in fields(kind)
        if f.type == "str" and not f.name.endswith("_id") and f.name not in _NOT_WORDS
    ]


# The fields the check reads, by kind: every text field. An acknowledgement's text is a
# finding's own text, not something anyone wrote.
SCANNED: dict[str, tuple[str, ...]] = {
    kind: tuple(text_fields(cls))
    for kind, cls in BY_KIND.items()
    if kind != PrivacyAcknowledgement.kind and text_fields(cls)
}

# --- Findings ----------------------------------------------------------------------------------

# What kind of record holds a text, in the user's words.
KIND_NAMES = {
    "school": QT_TRANSLATE_NOOP("share", "a school"),
    "person": QT_TRANSLATE_NOOP("share", "a person"),
    "group": QT_TRANSLATE_NOOP("share", "the group"),
    "framework": QT_TRANSLATE_NOOP("share", "a programme's goals"),
    "goal": QT_TRANSLATE_NOOP("share", "a goal"),
    "session": QT_TRANSLATE_NOOP("share", "a session"),
    "agenda_item": QT_TRANSLATE_NOOP("share", "an agenda item"),
    "decision": QT_TRANSLATE_NOOP("share", "a decision"),
    "action_item": QT_TRANSLATE_NOOP("share", "an action item"),
    "reflection": QT_TRANSLATE_NOOP("share", "a reflection"),
    "reflection_answer": QT_TRANSLATE_NOOP("share", "an answer in a reflection"),
    "commitment": QT_TRANSLATE_NOOP("share", "what a member will try"),
    "cycle": QT_TRANSLATE_NOOP("share", "a cycle"),
    "cycle_phase": QT_TRANSLATE_NOOP("share", "a cycle's phase"),
    "critical_aspect": QT_TRANSLATE_NOOP("share", "a critical aspect"),
    "case_pupil": QT_TRANSLATE_NOOP("share", "a case pupil"),
    "test_item": QT_TRANSLATE_NOOP("share", "a test item"),
    "research_lesson": QT_TRANSLATE_NOOP("share", "a research lesson"),
    "lesson_phase": QT_TRANSLATE_NOOP("share", "a lesson phase"),
    "prediction": QT_TRANSLATE_NOOP("share", "a prediction"),
    "observation": QT_TRANSLATE_NOOP("share", "an observation"),
    "interview": QT_TRANSLATE_NOOP("share", "an interview"),
}


def kind_name(record_kind: str) -> str:
    """What kind of record ``record_kind`` is, in the user's words ("a case pupil")."""
    text = KIND_NAMES.get(record_kind)
    return translate("share", text) if text else record_kind


def finding_name(kind: str, certain: bool = True) -> str:
    """What a finding is, in the user's words: "Personal identity number" or "Name"."""
    if kind == privacy.PERSONAL_NUMBER:
        if certain:
            return translate("privacy scan", "Personal identity number")
        return translate("privacy scan", "Personal identity number (check digit wrong)")
    return translate("privacy scan", "Name")


@dataclass(frozen=True)
class Finding:
    """Text in a record of the workspace that looks like a pupil's personal data."""

    kind: str  # privacy.PERSONAL_NUMBER or privacy.NAME
    text: str  # the text that looks like a name or a personal identity number
    record_kind: str  # the record that holds it (``Record.kind``) ...
    record_id: str
    field: str  # ... and the field
    where: str  # the kind of record and its session, cycle or reflection, in the user's words
    certain: bool  # a personal identity number with the right check digit
    # In a private reflection: it stays on this computer, whatever is shared or printed.
    private: bool = False


def adults_of(workspace: Workspace) -> privacy.Adults:
    """The adults of the workspace: every person in it (members, leaders, guests, staff).
    A deleted person's name is gone from the workspace and so from this list."""
    names = workspace.store.rows("SELECT name FROM people WHERE deleted_at IS NULL")
    return privacy.Adults.from_names(row["name"] for row in names)


def acknowledge(workspace: Workspace, finding: Finding) -> PrivacyAcknowledgement:
    """Remember the user's word that ``finding`` is not about a pupil: the check stays quiet
    about its text in that field of that record. Saying so again changes nothing."""
    key = quiet_key(finding.record_id, finding.field, finding.text)
    for known in workspace.store.find(PrivacyAcknowledgement, record_id=finding.record_id):
        if quiet_key(known.record_id, known.field_name, known.text) == key:
            return known
    return workspace.add(
        PrivacyAcknowledgement(
            record_kind=finding.record_kind,
            record_id=finding.record_id,
            field_name=finding.field,
            text=finding.text,
        )
    )


def quiet_key(record_id: str, field_name: str, text: str) -> tuple[str, str, str]:
    """What an acknowledgement quiets: a text, whatever its case and spacing, in one field
    of one record."""
    return (record_id, field_name, " ".join(text.casefold().split()))


def acknowledged(workspace: Workspace) -> set[tuple[str, str, str]]:
    """What the acknowledgements in force quiet (``quiet_key``)."""
    rows = workspace.store.rows(
        "SELECT record_id, field_name, text FROM privacy_acknowledgements WHERE deleted_at IS NULL"
    )
    return {quiet_key(row["record_id"], row["field_name"], row["text"]) for row in rows}


def scan(
    workspace: Workspace,
    *,
    group_id: str | None = None,
    records: Iterable[Record] | None = None,
    shared_only: bool = False,
) -> list[Finding]:
    """What looks like a pupil's personal data in the workspace, less what the user has said
    is not about a pupil.

    Without ``records``, every live record's text is read (in ``group_id``, only what belongs
    to that group), private reflections included: they are the author's own and the author
    should see what they hold. With ``shared_only``, private reflections are left out, as
    from everything that leaves the computer. With ``records``, exactly those are read (the
    records a shared file or a document holds); deleted ones are skipped.
    """
    adults = adults_of(workspace)
    quiet = acknowledged(workspace)
    checker = Checker(adults)
    found: list[tuple[str, str, str, privacy.Finding]] = []
    seen: set[tuple[str, str, str]] = set()
    known: dict[str, Record] = {}
    if records is None:
        texts = _texts_in_store(workspace, group_id, shared_only)
    else:
        listed = [r for r in records if not r.deleted]
        known = {r.id: r for r in listed}
        texts = _texts_of(listed)
    for kind, record_id, name, text in texts:
        for hit in checker.check(kind, name, text):
            ack = quiet_key(record_id, name, hit.text)
            if ack in quiet or ack in seen:
                continue
            seen.add(ack)
            found.append((kind, record_id, name, hit))
    places = _Places(workspace, known)
    private = _private_ids(workspace) if any(k in _REFLECTION_KINDS for k, *_ in found) else set()
    return [
        Finding(
            kind=hit.kind,
            text=hit.text,
            record_kind=kind,
            record_id=record_id,
            field=name,
            where=places.where(kind, record_id),
            certain=hit.certain,
            private=record_id in private,
        )
        for kind, record_id, name, hit in found
    ]


_REFLECTION_KINDS = ("reflection", "reflection_answer")


def _private_ids(workspace: Workspace) -> set[str]:
    """The private reflections and their answers."""
    rows = workspace.store.rows(
        "SELECT id FROM reflections WHERE visibility = 'private' "
        "UNION ALL SELECT a.id FROM reflection_answers a "
        "JOIN reflections r ON r.id = a.reflection_id WHERE r.visibility = 'private'"
    )
    return {row["id"] for row in rows}


class Checker:
    """``privacy`` over texts, each distinct text of a field's sort checked once: prompts,
    headings and copied sentences recur by the thousand in a large workspace."""

    def __init__(self, adults: privacy.Adults) -> None:
        self.adults = adults
        self._names: dict[str, list[privacy.Finding]] = {}
        self._labels: dict[str, list[privacy.Finding]] = {}
        self._numbers: dict[str, list[privacy.Finding]] = {}

    def check(self, kind: str, field: str, text: str) -> list[privacy.Finding]:
        if field not in PUPIL_FIELDS.get(kind, ()):
            hits = self._numbers.get(text)
            if hits is None:
                hits = self._numbers[text] = privacy.personal_numbers(text)
            return hits
        memo = self._labels if (kind, field) == ("case_pupil", "label") else self._names
        hits = memo.get(text)
        if hits is None:
            hits = memo[text] = self._check(text, label=memo is self._labels)
        return hits

    def _check(self, text: str, *, label: bool) -> list[privacy.Finding]:
        hits = privacy.findings(text, adults=self.adults)
        if label and not any(h.kind == privacy.NAME for h in hits):
            # A label is not prose: a single given name or surname in it is one ("Elev
            # Lindqvist"), which the prose check leaves alone. One warning per kind found.
            numbers = any(h.kind == privacy.PERSONAL_NUMBER for h in hits)
            warnings = privacy.label_warnings(text, adults=self.adults)
            if len(warnings) > int(numbers):
                whole = text.strip()
                start = text.index(whole)
                hits = [*hits, privacy.Finding(privacy.NAME, whole, start, start + len(whole))]
        return hits


def _texts_of(records: Iterable[Record]) -> Iterator[tuple[str, str, str, str]]:
    """(kind, id, field, text) of each non-empty text of ``records``."""
    for record in records:
        for name in SCANNED.get(record.kind, ()):
            value = getattr(record, name)
            if value:
                yield record.kind, record.id, name, value


# The link from a record up to the one it belongs to, on the way to its group.
_UP: dict[str, tuple[str, str]] = {
    "agenda_item": ("session_id", "session"),
    "decision": ("session_id", "session"),
    "action_item": ("session_id", "session"),
    "reflection_answer": ("reflection_id", "reflection"),
    "cycle_phase": ("cycle_id", "cycle"),
    "critical_aspect": ("cycle_id", "cycle"),
    "case_pupil": ("cycle_id", "cycle"),
    "test_item": ("cycle_id", "cycle"),
    "research_lesson": ("cycle_id", "cycle"),
    "lesson_phase": ("lesson_id", "research_lesson"),
    "interview": ("lesson_id", "research_lesson"),
    "prediction": ("phase_id", "lesson_phase"),
    "observation": ("phase_id", "lesson_phase"),
}
# Kinds that name their group; the group itself is its own.
_IN_GROUP = frozenset({"session", "reflection", "commitment", "cycle", "framework"})

# Six digits in a row, in SQL: without them a text holds no personal identity number, and a
# text only checked for those is not even read.
_SIX_DIGITS = "GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9]*'"


def text_query(
    kind: str, group_id: str | None = None, shared_only: bool = False
) -> tuple[str, list[Any]] | None:
    """The SELECT ``scan`` reads a kind's texts worth checking with, and its parameters:
    the record's id, then each of ``SCANNED[kind]`` ('' where not worth it). None when the
    kind has none in ``group_id`` (people, schools and built-in goals belong to no group)."""
    cls = BY_KIND[kind]
    names = PUPIL_FIELDS.get(kind, ())
    columns, wanted = [], []
    for name in SCANNED[kind]:
        if name in names:
            columns.append(f"t.{name}")
            wanted.append(f"t.{name} != ''")
        else:
            columns.append(f"CASE WHEN t.{name} {_SIX_DIGITS} THEN t.{name} ELSE '' END")
            wanted.append(f"t.{name} {_SIX_DIGITS}")
    joins: list[str] = []
    where = ["t.deleted_at IS NULL", f"({' OR '.join(wanted)})"]
    params: list[Any] = []
    alias, current = "t", kind
    while True:
        if current == "reflection" and shared_only:
            where.append(f"{alias}.visibility = ?")
            params.append(str(Visibility.GROUP))
        if group_id is None and not (shared_only and current == "reflection_answer"):
            break
        if current == "group":
            where.append(f"{alias}.id = ?")
            params.append(group_id)
            break
        if current in _IN_GROUP:
            if group_id is not None:
                where.append(f"{alias}.group_id = ?")
                params.append(group_id)
            break
        if current not in _UP:
            return None
        column, parent = _UP[current]
        above = f"p{len(joins)}"
        joins.append(f"JOIN {BY_KIND[parent].table} {above} ON {above}.id = {alias}.{column}")
        alias, current = above, parent
    sql = (
        f"SELECT t.id, {', '.join(columns)} FROM {cls.table} t {' '.join(joins)} "  # noqa: S608 - our names
        f"WHERE {' AND '.join(where)}"
    )
    return sql, params


def _texts_in_store(
    workspace: Workspace, group_id: str | None, shared_only: bool
) -> Iterator[tuple[str, str, str, str]]:
    """(kind, id, field, text) of each live text worth checking, read column by column."""
    store = workspace.store
    for kind, names in SCANNED.items():
        query = text_query(kind, group_id, shared_only)
        if query is None:
            continue
        with store.reading():
            rows = store.conn.execute(*query).fetchall()
        for row in rows:
            for name, value in zip(names, row[1:], strict=True):
                if value:
                    yield kind, row[0], name, value


class _Places:
    """Where a record is, in the user's words: its kind, and the session (title and date),
    cycle (title) or reflection (date) it belongs to, so that the user can find the text.
    Records not given are read when asked for, once each."""

    _PARENTS = (
        ("session_id", Session),
        ("made_in_session_id", Session),
        ("cycle_id", Cycle),
        ("lesson_id", BY_KIND["research_lesson"]),
        ("phase_id", BY_KIND["lesson_phase"]),
        ("reflection_id", Reflection),
    )

    def __init__(self, workspace: Workspace, known: dict[str, Record]) -> None:
        self.store = workspace.store
        self.known = dict(known)

    def _record(self, cls: type[Record], record_id: str) -> Record | None:
        record = self.known.get(record_id)
        if record is None:
            rows = self.store.dicts_by_id(cls, [record_id])
            if not rows:
                return None
            record = self.known[record_id] = cls(**rows[0])
        return record

    def context(self, record: Record | None) -> str:
        for _ in range(4):  # up through a prediction's phase and lesson to its cycle
            if record is None:
                return ""
            if isinstance(record, Session):
                return f"{record.title}, {record.date}"
            if isinstance(record, Cycle):
                return record.title
            if isinstance(record, Reflection):
                return record.written_on
            parent = next(
                ((getattr(record, n), cls) for n, cls in self._PARENTS if getattr(record, n, None)),
                None,
            )
            record = self._record(parent[1], parent[0]) if parent else None
        return ""

    def where(self, kind: str, record_id: str) -> str:
        place = kind_name(kind)
        context = self.context(self._record(BY_KIND[kind], record_id))
        return f"{place} ({context})" if context else place
