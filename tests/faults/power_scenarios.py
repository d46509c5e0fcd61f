"""What the power-cut harness runs: Skolgrupp's writing commands over small workspaces, and
two negative controls that write without flushing and must be caught."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from tests.faults.common import environment, skolgrupp_command

PASSPHRASE = "ett långt lösenord för provet"
SNAPSHOT = "a (before merge).skolgrupp"


@dataclass(frozen=True)
class Scenario:
    """One command run in a work folder of its own.

    ``kinds`` names the files judged after a cut and what each is: ``workspace`` (a Skolgrupp
    file: integrity, ``skolgrupp check``, content), ``sqlite`` (a plain database: integrity,
    content), ``json`` or ``locked``. Other files (temporary names, journals) are leftovers.
    """

    name: str
    argv: list[str]
    kinds: dict[str, str]
    inputs: dict[str, Path] = field(default_factory=dict)
    stdin: str | None = None
    undoes: str | None = None  # a merged workspace: every merge a cut leaves must undo
    # A workspace made empty (durably, under its name) and then filled in one commit: the
    # empty workspace is as good as none, since the command can be run on it again.
    fills: str | None = None
    control: bool = False  # a negative control: the harness must find damage


@dataclass(frozen=True)
class Prepared:
    """Files made once, untraced, that the scenarios start from."""

    folder: Path
    group: str  # the group of a.skolgrupp
    empty: Path  # a new, empty workspace (what a create-then-fill command leaves first)
    cycle: str = ""  # a finished cycle of finished.skolgrupp, whose pupil details can go

    def __getitem__(self, name: str) -> Path:
        return self.folder / name


def _cli(args: list[str], home: Path, cwd: Path, stdin: str | None = None) -> str:
    done = subprocess.run(
        skolgrupp_command(*args),
        cwd=cwd,
        env=environment(home),
        input=stdin,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"setup: skolgrupp {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def prepare(folder: Path, home: Path) -> Prepared:
    """Small workspaces (one demo group each, about 1.6 MB) and the files made from them."""
    folder.mkdir(parents=True)
    _cli(["demo", "base.skolgrupp"], home, folder)
    groups = json.loads(_cli(["list", "base.skolgrupp", "groups", "--json"], home, folder))
    for letter, group in zip("abc", groups, strict=False):
        args = ["share", "base.skolgrupp", "--group", group["id"], "-o", f"{letter}.skolgrupp"]
        _cli([*args, "--yes"], home, folder)
    _cli(["new", "empty.skolgrupp"], home, folder)
    _cli(["export-json", "a.skolgrupp", "-o", "a.json"], home, folder)
    group = groups[0]["id"]
    share = ["share", "a.skolgrupp", "--group", group, "-o", "locked.skolgrupp", "--yes"]
    _cli([*share, "--encrypt"], home, folder, stdin=PASSPHRASE + "\n")
    merged = folder / "merged"
    merged.mkdir()
    shutil.copyfile(folder / "a.skolgrupp", merged / "a.skolgrupp")
    shutil.copyfile(folder / "b.skolgrupp", merged / "b.skolgrupp")
    _cli(["merge", "a.skolgrupp", "b.skolgrupp", "--yes"], home, merged)
    cycle = _finish_a_cycle(folder / "base.skolgrupp", folder / "finished.skolgrupp", home)
    return Prepared(folder, group, folder / "empty.skolgrupp", cycle)


_FINISH = """
import dataclasses, sys
from skolgrupp.core.domain import Cycle, CyclePhase
from skolgrupp.core.workspace import Workspace
with Workspace.open(sys.argv[1]) as ws, ws.transaction():
    cycle = min(ws.find(Cycle), key=lambda c: c.id)
    for phase in ws.find(CyclePhase, cycle_id=cycle.id):
        ws.update(dataclasses.replace(phase, status="done"))
    print(cycle.id)
"""


def _finish_a_cycle(base: Path, target: Path, home: Path) -> str:
    """A copy of ``base`` with its first cycle finished; that cycle's id."""
    shutil.copyfile(base, target)
    done = subprocess.run(
        [sys.executable, "-c", _FINISH, str(target)],
        env=environment(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def scenarios(prepared: Prepared) -> list[Scenario]:
    """Every writing command, through the workspace itself or a temporary file + rename."""
    ws, p = "workspace", prepared
    share = ["share", "a.skolgrupp", "--group", p.group, "--yes", "-o"]
    merged = {"a.skolgrupp": p["merged/a.skolgrupp"], SNAPSHOT: p[f"merged/{SNAPSHOT}"]}
    return [
        Scenario("new", ["new", "new.skolgrupp"], {"new.skolgrupp": ws}),
        Scenario(
            "demo", ["demo", "demo.skolgrupp"], {"demo.skolgrupp": ws}, fills="demo.skolgrupp"
        ),
        Scenario(
            "export-json",
            ["export-json", "a.skolgrupp", "-o", "a.json"],
            {"a.skolgrupp": ws, "a.json": "json"},
            {"a.skolgrupp": p["a.skolgrupp"]},
        ),
        Scenario(
            "import-json",
            ["import-json", "imported.skolgrupp", "a.json"],
            {"imported.skolgrupp": ws, "a.json": "json"},
            {"a.json": p["a.json"]},
            fills="imported.skolgrupp",
        ),
        Scenario(
            "share",
            [*share, "shared.skolgrupp"],
            {"a.skolgrupp": ws, "shared.skolgrupp": ws},
            {"a.skolgrupp": p["a.skolgrupp"]},
        ),
        Scenario(
            "share --encrypt",
            [*share, "locked.skolgrupp", "--encrypt"],
            {"a.skolgrupp": ws, "locked.skolgrupp": "locked"},
            {"a.skolgrupp": p["a.skolgrupp"]},
            stdin=PASSPHRASE + "\n",
        ),
        Scenario(
            "unlock",
            ["unlock", "locked.skolgrupp", "-o", "unlocked.skolgrupp"],
            {"locked.skolgrupp": "locked", "unlocked.skolgrupp": ws},
            {"locked.skolgrupp": p["locked.skolgrupp"]},
            stdin=PASSPHRASE + "\n",
        ),
        Scenario(
            "merge",
            ["merge", "a.skolgrupp", "b.skolgrupp", "--yes"],
            {"a.skolgrupp": ws, "b.skolgrupp": ws, SNAPSHOT: ws},
            {"a.skolgrupp": p["a.skolgrupp"], "b.skolgrupp": p["b.skolgrupp"]},
            undoes="a.skolgrupp",
        ),
        Scenario(
            "merge over a snapshot",
            ["merge", "a.skolgrupp", "c.skolgrupp", "--yes"],
            {"a.skolgrupp": ws, "c.skolgrupp": ws, SNAPSHOT: ws},
            {**merged, "c.skolgrupp": p["c.skolgrupp"]},
            undoes="a.skolgrupp",
        ),
        Scenario(
            "undo-merge", ["undo-merge", "a.skolgrupp"], {"a.skolgrupp": ws, SNAPSHOT: ws}, merged
        ),
        Scenario(
            "erase-pupil-data",
            ["erase-pupil-data", "finished.skolgrupp", p.cycle, "--yes"],
            {"finished.skolgrupp": ws},
            {"finished.skolgrupp": p["finished.skolgrupp"]},
        ),
    ]


# -- negative controls --------------------------------------------------------------------

# Several commits with the journal on but nothing ever flushed.
_UNSYNCED_SQLITE = """
import sqlite3
conn = sqlite3.connect("control.db", isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("PRAGMA synchronous = OFF")
for round in range(4):
    conn.execute("BEGIN")
    conn.execute("UPDATE t SET v = hex(randomblob(100))")
    conn.executemany("INSERT INTO t (v) VALUES (?)", [("x" * 300,)] * 50)
    conn.execute("COMMIT")
conn.close()
"""

# A file written under a temporary name and renamed into place, never flushed.
_UNSYNCED_RENAME = """
import json, os
with open(".out.json.tmp", "w") as f:
    f.write(json.dumps({"records": [{"id": i, "text": "ord " * 20} for i in range(300)]}))
os.rename(".out.json.tmp", "out.json")
"""


def controls(folder: Path) -> list[Scenario]:
    """Writers that skip fsync; the harness must report damage for each."""
    folder.mkdir(parents=True)
    database = folder / "control.db"
    conn = sqlite3.connect(database)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    conn.executemany("INSERT INTO t (v) VALUES (?)", [("y" * 200,)] * 300)
    conn.commit()
    conn.close()
    python = [sys.executable, "-c"]
    return [
        Scenario(
            "control: SQLite with synchronous=OFF",
            [*python, _UNSYNCED_SQLITE],
            {"control.db": "sqlite"},
            {"control.db": database},
            control=True,
        ),
        Scenario(
            "control: temporary file renamed without fsync",
            [*python, _UNSYNCED_RENAME],
            {"out.json": "json"},
            control=True,
        ),
    ]
