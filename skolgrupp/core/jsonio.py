"""A workspace as JSON: for data portability, backups and tests.

The document is ``{"format": "skolgrupp-json", "version": 3, ...}`` with every record of every
kind, tombstones included, under ``records``; ``docs/file-format.md`` describes it. Export and
import are exact: exporting, importing into a new workspace and exporting again gives the same
records.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path
from typing import Any

from skolgrupp.core.atomic import read_error, replacing, require_regular_file
from skolgrupp.core.clock import utc_now
from skolgrupp.core.domain import BY_KIND, Goal, GoalFramework, Record
from skolgrupp.core.errors import CannotWrite, InvalidData
from skolgrupp.core.i18n import translate
from skolgrupp.core.store import schema
from skolgrupp.core.text import clean_text
from skolgrupp.core.workspace import Workspace

JSON_FORMAT = "skolgrupp-json"
# 2: format 1.1 added the cycle kinds. A program that reads only version 1 then says the file
# comes from a newer version, instead of stumbling over a kind it does not know.
# 3: format 1.3 added acknowledged privacy findings and when a cycle's pupil details were erased.
JSON_VERSION = 3


def _header(workspace: Workspace) -> dict[str, Any]:
    return {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        # The format whose records this program wrote (a newer minor file's additions
        # are unknown to it and not exported).
        "workspace_format": schema.version_text(schema.FORMAT_VERSION),
        "workspace_id": workspace.workspace_id,
        "exported_at": utc_now(),
    }


def export_document(workspace: Workspace) -> dict[str, Any]:
    """The whole workspace as one JSON-ready dictionary."""
    records = {cls.kind: list(workspace.store.iter_dicts(cls)) for cls in BY_KIND.values()}
    return {**_header(workspace), "records": records}


def export_json(workspace: Workspace, target: Path) -> int:
    """Write the workspace as JSON to ``target``; returns the number of records.

    Records are written one to a line, which keeps large exports quick to write and easy to
    compare with a text tool. The file is read back and checked before it gets its name.
    """
    count = 0
    with replacing(target, not_over=workspace.path) as temporary:
        with open(temporary, "w", encoding="utf-8") as f:
            header = json.dumps(_header(workspace), ensure_ascii=False, sort_keys=True)
            f.write(header[:-1] + ', "records": {')
            for i, cls in enumerate(BY_KIND.values()):
                f.write(f'{"," if i else ""}\n"{cls.kind}": [')
                for j, record in enumerate(workspace.store.iter_dicts(cls)):
                    f.write(",\n " if j else "\n ")
                    f.write(json.dumps(record, ensure_ascii=False, sort_keys=True))
                    count += 1
                f.write("\n]")
            f.write("\n}}\n")
        written = read_document(temporary)["records"]
        if sum(len(records) for records in written.values()) != count:
            raise CannotWrite(target, translate("errors", "It could not be read back."))
    return count


def read_document(source: Path) -> dict[str, Any]:
    """Read and check the outside of a JSON export (its records are checked by ``load``)."""
    require_regular_file(source)
    try:
        with open(source, encoding="utf-8") as f:
            document = json.load(f)
    except OSError as e:
        raise read_error(e, source) from e
    except UnicodeDecodeError as e:
        raise InvalidData(
            translate("json", "{name} is not a text file in UTF-8.").format(name=source.name)
        ) from e
    except json.JSONDecodeError as e:
        raise InvalidData(
            translate("json", "{name} is not valid JSON (line {line}, column {column}).").format(
                name=source.name, line=e.lineno, column=e.colno
            )
        ) from e
    except (RecursionError, ValueError) as e:  # nested too deeply, a number too long, …
        raise InvalidData(
            translate("json", "{name} is not a Skolgrupp JSON export.").format(name=source.name)
        ) from e
    if not isinstance(document, dict) or document.get("format") != JSON_FORMAT:
        raise InvalidData(
            translate("json", "{name} is not a Skolgrupp JSON export.").format(name=source.name)
        )
    version = document.get("version")
    workspace_format = str(document.get("workspace_format", "1.0"))
    newer_format = workspace_format.split(".")[0] != str(schema.FORMAT_VERSION[0])
    if type(version) is not int or version > JSON_VERSION or newer_format:
        raise InvalidData(
            translate(
                "json",
                "{name} was exported by a newer version of Skolgrupp. "
                "Update Skolgrupp to import it.",
            ).format(name=source.name)
        )
    if not isinstance(document.get("records"), dict):
        raise InvalidData(translate("json", "{name} holds no records.").format(name=source.name))
    return document


_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "str | None": (str, type(None)),
    "int": (int,),
    "int | None": (int, type(None)),
    "float": (int, float),
    "bool": (bool,),
}


_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?Z")
_PATTERNS = {
    "created_at": _STAMP,
    "updated_at": _STAMP,
    "deleted_at": _STAMP,
    "hlc": re.compile(r"\d{15}\.\d{5}\.[\w-]{1,64}"),
}
_INT_RANGE = range(-(2**63), 2**63)


def _acceptable(name: str, value: object, allowed: tuple[type, ...]) -> bool:
    """Whether a field's value from a JSON file has its type and can be stored as it is."""
    if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
        return False
    if isinstance(value, str):
        pattern = _PATTERNS.get(name)
        if pattern is not None and not pattern.fullmatch(value):
            return False
        try:
            value.encode("utf-8")  # JSON allows lone surrogates; text in a workspace does not
        except UnicodeEncodeError:
            return False
    return not (isinstance(value, int) and value not in _INT_RANGE)


def _records(document: dict[str, Any]) -> Iterator[Record]:
    raw = document["records"]
    unknown = set(raw) - set(BY_KIND)
    if unknown:
        raise InvalidData(
            translate("json", "Unknown kind of record: {kind}.").format(kind=sorted(unknown)[0])
        )
    seen: set[str] = set()
    for kind, cls in BY_KIND.items():
        items = raw.get(kind, [])
        if not isinstance(items, list):
            raise InvalidData(
                translate("json", "The records of kind {kind} are not a list.").format(kind=kind)
            )
        spec = {f.name: _TYPES.get(str(f.type), (str,)) for f in fields(cls)}
        # A field added by a later minor format may be missing from an older export.
        required = {f.name for f in fields(cls) if "since" not in f.metadata}
        texts = {n for n, allowed in spec.items() if str in allowed} - set(Record.columns())
        for item in items:
            if not isinstance(item, dict) or not required <= set(item) <= set(spec):
                raise InvalidData(
                    translate(
                        "json", "A record of kind {kind} does not have the fields of that kind."
                    ).format(kind=kind)
                )
            for name in item:
                if not _acceptable(name, item[name], spec[name]):
                    raise InvalidData(
                        translate(
                            "json", "The field {field} of {kind} {id} has the wrong type."
                        ).format(field=name, kind=kind, id=str(item.get("id"))[:40])
                    )
            # A duplicate, or a link whose id is not the one derived from what it links.
            invalid = InvalidData(
                translate("json", "The record {id} of kind {kind} is not valid.").format(
                    id=str(item["id"])[:40], kind=kind
                )
            )
            cleaned = {k: clean_text(v) if k in texts and v else v for k, v in item.items()}
            try:
                record = cls(**cleaned)
                derived = record.derived_id()
            except ValueError as e:  # a link to something that is not an id
                raise invalid from e
            if record.id in seen or derived not in (None, record.id):
                raise invalid
            seen.add(record.id)
            yield record


def load(source: Path) -> list[Record]:
    """Read a JSON export and check every record in it, before anything is written."""
    return list(_records(read_document(source)))


def import_json(workspace: Workspace, source: Path) -> int:
    """Load a JSON export into a workspace that holds nothing of its own yet."""
    return import_records(workspace, load(source))


def import_records(workspace: Workspace, records: list[Record]) -> int:
    """Write records from ``load`` into a workspace that holds nothing of its own yet, in one
    transaction: a bad file leaves the workspace exactly as it was."""
    store = workspace.store
    own = sum(store.count(cls) for cls in BY_KIND.values() if cls not in (GoalFramework, Goal))
    if own or store.count(GoalFramework, builtin=False):
        raise InvalidData(
            translate(
                "json", "The workspace already holds data. Import into a new, empty workspace file."
            )
        )
    try:
        with store.transaction():
            # The built-in frameworks of a new workspace give way to the exported ones.
            store.insert_many(records, stamp=False, replace=True)
            store.rebuild_search_index()
    except sqlite3.IntegrityError as e:
        if "FOREIGN KEY" in str(e):
            raise InvalidData(
                translate(
                    "json",
                    "Some records in the file point to records that are not in it; "
                    "nothing was imported.",
                )
            ) from e
        raise InvalidData(
            translate(
                "json",
                "Some records in the file have values a workspace does not allow; "
                "nothing was imported.",
            )
        ) from e
    return len(records)
