"""What the fault harnesses share: running Skolgrupp's command line in a process of its own,
and a workspace's content as a user would miss it."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLATION = "00000000-0000-4000-8000-0000000000fa"
# Columns that say when and where a change was made, not what it is: a command run twice
# stamps them differently.
VOLATILE_COLUMNS = {"hlc", "vv", "created_at", "updated_at", "changed_by"}
# Tables that hold no user content of their own (the search index follows the records).
SKIPPED_TABLES = ("meta", "_sqlite_migrations", "versions", "search_")


def environment(home: Path) -> dict[str, str]:
    """A process environment with a home of its own and Swedish messages."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SKOLGRUPP_", "XDG_"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        LANG="C.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    return env


def skolgrupp_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "skolgrupp", "--language", "en", *args]


def run(
    args: list[str], home: Path, *, cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    """Run Skolgrupp's command line with ``args`` (after the program's name)."""
    return subprocess.run(
        skolgrupp_command(*args),
        cwd=cwd or home,
        env=environment(home),
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


def content(path: Path) -> str:
    """A digest of what a workspace holds for its user: every record's values, deleted
    ones and kept conflicting versions included, without the stamps of when and where.
    Reads the file through a plain read-only connection, never through Skolgrupp."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if not name.startswith(SKIPPED_TABLES)
        ]
        for table in tables:
            columns = [
                name
                for _, name, *_ in conn.execute(f'PRAGMA table_info("{table}")')
                if name not in VOLATILE_COLUMNS
            ]
            # When a record was deleted is a stamp too; that it was is content.
            listed = ", ".join(
                '"deleted_at" IS NOT NULL' if c == "deleted_at" else f'"{c}"' for c in columns
            )
            rows = conn.execute(f'SELECT {listed} FROM "{table}"').fetchall()
            digest.update(table.encode())
            for row in sorted(repr(r) for r in rows):
                digest.update(row.encode())
        return digest.hexdigest()
    finally:
        conn.close()


@dataclass
class Figures:
    """What a harness tried and what went wrong, for the report."""

    name: str
    tried: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def count(self, what: str, n: int = 1) -> None:
        self.tried[what] = self.tried.get(what, 0) + n

    def fail(self, what: str) -> None:
        self.failures.append(what)

    @property
    def ok(self) -> bool:
        return not self.failures
