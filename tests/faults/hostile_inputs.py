"""The hostile inputs besides changed workspaces: files that are not workspaces at all (pipes,
links, cut or garbled bytes, crashes left behind), locked files with a damaged body, and JSON
built to break a reader. ``hostile_corpus.py`` has the changed workspaces and what all cases
share."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import struct
from collections.abc import Callable
from pathlib import Path

from tests.corpus import make_corpus as maker
from tests.faults.hostile_corpus import (
    COMMITTED,
    DEEP,
    HUGE,
    PASSPHRASE,
    SEED,
    Case,
    Sources,
    altered,
    as_view,
    deep,
    json_value,
    marked,
    trigger,
)

# -- files that are not workspaces, or not only a workspace ------------------------------------


def _committed(name: str) -> Callable[[Path, Sources], None]:
    return lambda path, sources: shutil.copyfile(COMMITTED / name, path)


def _bytes(make: Callable[[bytes], bytes]) -> Callable[[Path, Sources], None]:
    """The colleague's workspace with its bytes changed by ``make``."""
    return lambda path, sources: path.write_bytes(make(sources.theirs.read_bytes()))


def _header(offset: int, value: int, size: str = ">I") -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        return data[:offset] + struct.pack(size, value) + data[offset + struct.calcsize(size) :]

    return change


def _pages(data: bytes) -> int:
    return struct.unpack(">I", data[28:32])[0]


def _random_after_header(data: bytes) -> bytes:
    return data[:100] + random.Random(SEED).randbytes(len(data) - 100)


def _fifo(path: Path, sources: Sources) -> None:
    os.mkfifo(path)


def _folder(path: Path, sources: Sources) -> None:
    path.mkdir()


def _symlink_loop(path: Path, sources: Sources) -> None:
    other = path.with_name("loop-" + path.name)
    os.symlink(other.name, path)
    os.symlink(path.name, other)


def _symlink_to(target: str) -> Callable[[Path, Sources], None]:
    return lambda path, sources: os.symlink(target, path)


def _beside(suffix: str, make: Callable[[Path], None]) -> Callable[[Path, Sources], None]:
    """The colleague's workspace, sound, with ``make`` writing the file ``<name><suffix>``."""

    def build(path: Path, sources: Sources) -> None:
        shutil.copyfile(sources.theirs, path)
        make(path.with_name(path.name + suffix))

    return build


def _open_transaction(path: Path, sources: Sources, *, wal: bool) -> None:
    """The workspace and its journal (or WAL) as a crash in the middle of a change leaves them:
    copied while the change is under way, the pages it wrote already in the file."""
    scratch = path.with_name("crashing-" + path.name)
    shutil.copyfile(sources.theirs, scratch)
    conn = sqlite3.connect(scratch, isolation_level=None)
    try:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute(WAL_CHANGE)
        else:
            conn.execute("PRAGMA cache_size = 2")  # so the change spills into the file
            conn.execute("BEGIN")
            conn.execute("UPDATE reflections SET text = upper(text) || ' (halvklar)'")
        for suffix in ("", "-journal", "-wal"):
            if scratch.with_name(scratch.name + suffix).exists():
                shutil.copyfile(
                    scratch.with_name(scratch.name + suffix), path.with_name(path.name + suffix)
                )
    finally:
        conn.close()
        for leftover in scratch.parent.glob(scratch.name + "*"):
            leftover.unlink()
    if not wal and path.read_bytes() == sources.theirs.read_bytes():
        raise RuntimeError("the interrupted change did not reach the file: no hot journal")


WAL_CHANGE = "UPDATE reflections SET text = text || ' (ändrad)'"


def _wal_mode(path: Path, sources: Sources) -> None:
    shutil.copyfile(sources.theirs, path)
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def file_cases() -> list[Case]:
    cases = [
        Case(f"corpus-{p.name}", "corpus", _committed(p.name))
        for p in sorted(COMMITTED.iterdir())
        if p.suffix in (".skolgrupp", ".sqlite")
    ]
    cases += [
        Case("control-good.skolgrupp", "control", altered()),
        Case("zero-bytes.skolgrupp", "empty", lambda path, sources: path.touch()),
        Case("fifo.skolgrupp", "fifo", _fifo),
        Case("folder.skolgrupp", "folder", _folder),
        Case("symlink-loop.skolgrupp", "symlink", _symlink_loop),
        Case("symlink-dangling.skolgrupp", "symlink", _symlink_to("gone.skolgrupp")),
        Case("symlink-dev-zero.skolgrupp", "device", _symlink_to("/dev/zero")),
        Case("cut-at-100.skolgrupp", "cut", _bytes(lambda d: d[:100])),
        Case("cut-at-page.skolgrupp", "cut", _bytes(lambda d: d[: maker.PAGE_SIZE])),
        Case("cut-last-byte.skolgrupp", "cut", _bytes(lambda d: d[:-1])),
        Case(
            "header-pages-too-many.skolgrupp",
            "header",
            _bytes(lambda d: _header(28, _pages(d) * 2)(d)),
        ),
        Case("header-pages-too-few.skolgrupp", "header", _bytes(_header(28, 3))),
        Case("header-page-size-odd.skolgrupp", "header", _bytes(_header(16, 1000, ">H"))),
        Case("header-page-size-64k.skolgrupp", "header", _bytes(_header(16, 1, ">H"))),
        Case(
            "header-newer-read-version.skolgrupp",
            "header",
            _bytes(lambda d: d[:19] + b"\x07" + d[20:]),
        ),
        Case("random-after-header.skolgrupp", "random", _bytes(_random_after_header)),
        Case(
            "format-newer-major-marker.skolgrupp",
            "newer",
            altered(*as_view("groups", marked("groups", "name")), "PRAGMA user_version = 2000"),
            foreign_schema=False,
        ),
        Case(
            "format-newer-minor-trigger.skolgrupp",
            "newer",
            altered(*trigger("reflections"), "PRAGMA user_version = 1003"),
            foreign_schema=True,
        ),
        Case("format-version-zero.skolgrupp", "newer", altered("PRAGMA user_version = 0")),
        Case("wal-mode.skolgrupp", "wal", _wal_mode, recovers_to=()),
        Case(
            "wal-with-changes.skolgrupp",
            "wal",
            lambda path, sources: _open_transaction(path, sources, wal=True),
            recovers_to=(WAL_CHANGE,),  # committed: recovery keeps it
        ),
        Case(
            "hot-journal.skolgrupp",
            "hot-journal",
            lambda path, sources: _open_transaction(path, sources, wal=False),
            recovers_to=(),  # not committed: recovery undoes it
        ),
        Case("journal-fifo.skolgrupp", "journal", _beside("-journal", os.mkfifo)),
        Case(
            "journal-garbage.skolgrupp",
            "journal",
            _beside("-journal", lambda p: p.write_bytes(random.Random(SEED).randbytes(4096))),
        ),
        Case("journal-folder.skolgrupp", "journal", _beside("-journal", Path.mkdir)),
        Case("wal-fifo.skolgrupp", "journal", _beside("-wal", os.mkfifo)),
    ]
    return cases


# -- locked files -----------------------------------------------------------------------------


def _sealed(inside: Callable[[Path, Sources], None] | None = None, *, change=None):
    """A locked file holding the workspace ``inside`` makes (the colleague's, by default),
    its sealed bytes then changed by ``change``."""

    def build(path: Path, sources: Sources) -> None:
        from skolgrupp.core import sealed

        plain = path.with_name("plain-" + path.name)
        (inside or altered())(plain, sources)
        data = sealed.seal(plain.read_bytes(), PASSPHRASE)
        plain.unlink()
        path.write_bytes(change(data) if change else data)

    return build


def _sealed_garbage(path: Path, sources: Sources) -> None:
    path.write_bytes(random.Random(SEED).randbytes(8192))


def _flip(at: Callable[[int], int]) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        i = at(len(data))
        return data[:i] + bytes([data[i] ^ 0x5A]) + data[i + 1 :]

    return change


def sealed_cases() -> list[Case]:
    from skolgrupp.core import sealed

    params = len(sealed.MAGIC)
    sealed_header = sealed.HEADER_BYTES
    cases = {
        "good": _sealed(),
        "damaged-body": _sealed(change=_flip(lambda n: n // 2)),
        "damaged-tag": _sealed(change=_flip(lambda n: n - 1)),
        "cut-short": _sealed(change=lambda d: d[: len(d) // 2]),
        "header-only": _sealed(change=lambda d: d[:sealed_header]),
        "costly-key": _sealed(change=lambda d: d[: params + 1] + b"\x1e" + d[params + 2 :]),
        "newer-lock": _sealed(change=lambda d: d[:params] + b"\x09" + d[params + 1 :]),
        "garbage-inside": _sealed(_sealed_garbage),
        "empty-inside": _sealed(lambda path, sources: path.touch()),
        "trigger-inside": _sealed(altered(*trigger("reflections"))),
        "view-marker-inside": _sealed(altered(*as_view("groups", marked("groups", "name")))),
        "deep-vv-inside": _sealed(altered(f"UPDATE versions SET vv = {json_value('deep-arrays')}")),
    }
    foreign = {"trigger-inside", "view-marker-inside"}
    return [
        Case(f"sealed-{name}.skolgrupp", "sealed", build, foreign_schema=name in foreign)
        for name, build in cases.items()
    ]


# -- JSON for import-json ---------------------------------------------------------------------


def _export(change: Callable[[dict], str | bytes]) -> Callable[[Path, Sources], None]:
    """A real export, changed by ``change`` into the text (or bytes) of the file."""

    def build(path: Path, sources: Sources) -> None:
        document = json.loads(json.dumps(sources.export))  # a copy to change
        text = change(document)
        path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))

    return build


def _with_value(where: Callable[[dict], tuple[dict | list, str | int]], raw: str):
    """The export with one value replaced by the raw JSON text ``raw``."""
    slot = "\u2603SLOT\u2603"

    def change(document: dict) -> str:
        holder, key = where(document)
        holder[key] = slot
        return json.dumps(document).replace(json.dumps(slot), raw)

    return change


def _group(document: dict) -> tuple[dict, str]:
    return document["records"]["group"][0], "name"


def _records(document: dict) -> tuple[dict, str]:
    return document["records"], "reflection"


def json_cases() -> list[Case]:
    deep_arrays, deep_objects = deep("[", "]"), deep('{"a":', "}")
    changes: dict[str, Callable[[dict], str | bytes]] = {
        "control": lambda d: json.dumps(d),
        "deep-arrays": lambda d: deep_arrays,
        "deep-objects": lambda d: deep_objects,
        "deep-unclosed": lambda d: "[" * DEEP,
        "deep-in-a-value": _with_value(_group, deep_arrays),
        "deep-as-records": _with_value(_records, deep_objects),
        "invalid-utf8": lambda d: (
            json.dumps(d, ensure_ascii=False)
            .encode()
            .replace("Läslyftet".encode(), b"L\xe4slyftet \xff\xfe")
        ),
        "utf16": lambda d: json.dumps(d, ensure_ascii=False).encode("utf-16"),
        "utf8-bom": lambda d: b"\xef\xbb\xbf" + json.dumps(d).encode(),
        "lone-surrogate": _with_value(_group, '"Grupp \\ud800 utan par"'),
        "nul-in-text": _with_value(_group, '"f\\u00f6re\\u0000efter"'),
        "huge-integer": _with_value(_group, "9" * 100_000),
        "huge-float": _with_value(_group, "1e999999"),
        "nan": _with_value(_group, "NaN"),
        "huge-string": _with_value(_group, json.dumps("x" * HUGE)),
        "duplicate-keys": lambda d: json.dumps(d)[:-1] + ', "records": {"group": 5}}',
        "top-level-list": lambda d: json.dumps([d]),
        "records-numbers": _with_value(_records, "[1, 2, 3]"),
        "many-records": _with_value(_records, json.dumps([{}] * 200_000)),
        "random-bytes": lambda d: random.Random(SEED).randbytes(4096),
        "zero-bytes": lambda d: b"",
    }
    cases = [
        Case(f"json-{name}.json", "json", _export(make), json=True)
        for name, make in changes.items()
    ]
    cases += [
        Case("json-fifo.json", "fifo", _fifo, json=True),
        Case("json-folder.json", "folder", _folder, json=True),
        Case("json-symlink-loop.json", "symlink", _symlink_loop, json=True),
        Case("json-dev-zero.json", "device", _symlink_to("/dev/zero"), json=True),
    ]
    return cases
