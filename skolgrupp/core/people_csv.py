"""People from a spreadsheet: a CSV file as Swedish spreadsheet programs save it (semicolons,
UTF-8 or Windows-1252), checked row by row before anything is added."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from skolgrupp.core.atomic import read_error, require_regular_file
from skolgrupp.core.domain import Person, PersonRole, School, SchoolOwner
from skolgrupp.core.errors import InvalidData
from skolgrupp.core.i18n import translate
from skolgrupp.core.text import clean_text

MAX_BYTES = 5_000_000  # a list of teachers, not a database
COLUMNS = {
    "name": {"namn", "name", "för- och efternamn", "fullständigt namn"},
    "email": {"e-post", "epost", "e-postadress", "email", "e-mail", "mejl"},
    "school": {"skola", "school", "enhet"},
    "role": {"roll", "role", "befattning"},
    "owner": {"huvudman", "owner", "school owner"},
}
ROLES = {
    "lärare": "teacher",
    "teacher": "teacher",
    "förstelärare": "teacher",
    "samtalsledare": "leader",
    "handledare": "leader",
    "leader": "leader",
    "utvecklingsledare": "leader",
    "rektor": "principal",
    "principal": "principal",
    "centralt stöd": "support",
    "support": "support",
    "specialpedagog": "support",
    "": "teacher",
}
OWNERS = {
    "kommunal": "municipal",
    "municipal": "municipal",
    "fristående": "independent",
    "independent": "independent",
    "": "municipal",
}


@dataclass
class Row:
    line: int
    name: str
    email: str
    school: str
    role: str
    owner: str
    problem: str = ""  # why the row cannot be added, in the user's language


@dataclass
class PeopleImport:
    rows: list[Row]
    people: list[Person] = field(default_factory=list)
    schools: list[School] = field(default_factory=list)  # new ones the rows name


def read_rows(source: Path) -> list[Row]:
    """The file's rows, each checked; a file that is not a readable table raises InvalidData."""
    require_regular_file(source)
    try:
        raw = source.read_bytes()[: MAX_BYTES + 1]
    except OSError as e:
        raise read_error(e, source) from e
    if len(raw) > MAX_BYTES:
        raise InvalidData(
            translate("csv", "{name} is too large for a list of people.").format(name=source.name)
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # what older Excel in Swedish writes
    sample = text[:4096]
    delimiter = ";" if sample.count(";") >= sample.count(",") else ","
    table = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    if not table:
        raise InvalidData(translate("csv", "{name} is empty.").format(name=source.name))
    header = [clean_text(h).strip().lower() for h in table[0]]
    where = {
        key: next((i for i, h in enumerate(header) if h in names), None)
        for key, names in COLUMNS.items()
    }
    if where["name"] is None:
        raise InvalidData(
            translate("csv", "{name} has no column called Namn (or Name) in its first row.").format(
                name=source.name
            )
        )
    rows = []
    for number, cells in enumerate(table[1:], start=2):
        if not any(c.strip() for c in cells):
            continue

        def cell(key: str, cells: list[str] = cells) -> str:
            index = where[key]
            return (
                clean_text(cells[index]).strip() if index is not None and index < len(cells) else ""
            )

        row = Row(number, cell("name"), cell("email"), cell("school"), cell("role"), cell("owner"))
        row.problem = _problem(row)
        rows.append(row)
    return rows


def _problem(row: Row) -> str:
    if not row.name:
        return translate("csv", "The name is missing.")
    if len(row.name) > 200:
        return translate("csv", "The name is too long.")
    if row.email and ("@" not in row.email or " " in row.email):
        return translate("csv", "The e-mail address does not look right.")
    if row.role.lower() not in ROLES:
        return translate("csv", "Unknown role: {role}.").format(role=row.role)
    if row.owner.lower() not in OWNERS:
        return translate("csv", "Unknown school owner: {owner}.").format(owner=row.owner)
    return ""


def plan_import(rows: list[Row], people: list[Person], schools: list[School]) -> PeopleImport:
    """The people and new schools to add for the good rows; people already in the workspace
    (same name and e-mail) are noted and left out."""
    result = PeopleImport(rows=rows)
    known = {(p.name.casefold(), p.email.casefold()) for p in people}
    by_name = {s.name.casefold(): s for s in schools}
    for row in rows:
        if row.problem:
            continue
        key = (row.name.casefold(), row.email.casefold())
        if key in known:
            row.problem = translate("csv", "Already in the workspace.")
            continue
        known.add(key)
        school_id = None
        if row.school:
            school = by_name.get(row.school.casefold())
            if school is None:
                school = School(name=row.school, owner=SchoolOwner(OWNERS[row.owner.lower()]))
                by_name[row.school.casefold()] = school
                result.schools.append(school)
            school_id = school.id
        result.people.append(
            Person(
                name=row.name,
                email=row.email,
                school_id=school_id,
                role=PersonRole(ROLES[row.role.lower()]),
            )
        )
    return result
