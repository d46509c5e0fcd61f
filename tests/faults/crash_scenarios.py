"""The writes the crash-point harness kills: each command that changes or makes a file, the
files it starts from, and how to read what it leaves as a user would judge it."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from tests.faults import common

WORKSPACE = "work.skolgrupp"
PASSPHRASE = "a passphrase long enough for pupils' data"
FIXTURES = common.ROOT / "tests" / "fixtures"
# "Save a copy" has no command of its own: the desktop program calls it.
SAVE_COPY = (
    "import sys\n"
    "from skolgrupp.core.workspace import Workspace\n"
    "with Workspace.open(sys.argv[1]) as ws:\n"
    "    ws.save_copy(sys.argv[2])\n"
)
# What saving in the window does: changes to many records in one transaction (a long meeting's
# minutes and reflections), with their search index.
SAVE_CHANGES = (
    "import sys, dataclasses\n"
    "from skolgrupp.core.domain import Reflection, Session\n"
    "from skolgrupp.core.workspace import Workspace\n"
    "ADDED = ' Tillägg efter träffen.' * 20\n"
    "with Workspace.open(sys.argv[1]) as ws, ws.transaction():\n"
    "    for r in ws.find(Reflection, order_by='id')[:60]:\n"
    "        if not r.text.endswith(ADDED):  # saved once is saved: the same again saves nothing\n"
    "            ws.update(dataclasses.replace(r, text=r.text + ADDED))\n"
    "    sessions = sorted(ws.store.find(Session, include_deleted=True), key=lambda s: s.id)\n"
    "    for s in sessions[:5]:\n"
    "        if not s.deleted:\n"
    "            ws.delete(s)\n"
)
# A colleague's changes: new titles for some sessions, made with the core as the program would.
CHANGE_SESSIONS = (
    "import sys, dataclasses\n"
    "from skolgrupp.core.domain import Session\n"
    "from skolgrupp.core.workspace import Workspace\n"
    "with Workspace.open(sys.argv[1]) as ws:\n"
    "    start = int(sys.argv[2])\n"
    "    for s in ws.find(Session, order_by='id')[start : start + 3]:\n"
    "        ws.update(dataclasses.replace(s, title=s.title + ' (changed by a colleague)'))\n"
)


class Inputs:
    """The files the scenarios start from, made once per harness run with the command line."""

    def __init__(self, folder: Path, home: Path):
        self.folder, self.home = folder, home
        self._demo: Path | None = None
        self._group: str | None = None

    def cli(self, *args: str, stdin: str = "") -> None:
        self.python(*common.skolgrupp_command(*args)[1:], stdin=stdin)

    def python(self, *args: str, stdin: str = "") -> None:
        import subprocess

        done = subprocess.run(
            [sys.executable, *args],
            cwd=self.folder,
            env=common.environment(self.home),
            input=stdin,
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode != 0:
            raise RuntimeError(f"preparing {args}: {done.stderr.strip()}")

    @property
    def demo(self) -> Path:
        if self._demo is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._demo = self.folder / "demo.skolgrupp"
            self.cli("demo", "--scale", "1", "--seed", "1", str(self._demo))
        return self._demo

    @property
    def group(self) -> str:
        if self._group is None:
            conn = sqlite3.connect(f"file:{self.demo}?mode=ro", uri=True)
            try:
                self._group = conn.execute("SELECT id FROM groups ORDER BY id LIMIT 1").fetchone()[
                    0
                ]
            finally:
                conn.close()
        return self._group

    @property
    def cycle(self) -> str:
        conn = sqlite3.connect(f"file:{self.demo}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT id FROM cycles ORDER BY id LIMIT 1").fetchone()[0]
        finally:
            conn.close()

    def demo_copy(self, work: Path, name: str = WORKSPACE) -> Path:
        work.mkdir(parents=True, exist_ok=True)
        return Path(shutil.copyfile(self.demo, work / name))

    def colleague(self, work: Path, name: str, start: int) -> Path:
        """A copy of the demo workspace changed elsewhere."""
        path = self.demo_copy(work, name)
        self.python("-c", CHANGE_SESSIONS, str(path), str(start))
        return path

    def merged_once(self, work: Path) -> None:
        """The workspace after one merge (its snapshot beside it), and a second copy to merge."""
        self.demo_copy(work)
        self.colleague(work, "first.skolgrupp", 0)
        self.colleague(work, "second.skolgrupp", 5)
        self.cli("merge", str(work / WORKSPACE), str(work / "first.skolgrupp"), "--yes")


@dataclass(frozen=True)
class Scenario:
    """One command that writes: where it starts from and what it should leave."""

    name: str
    prepare: Callable[[Inputs, Path], object]  # fills the folder the command starts in
    args: Callable[[Path, Inputs], list[str]]  # the whole command line, given that folder
    target: str  # the file whose state is judged
    kind: str = "workspace"  # how to read the target: workspace, sealed, json or pdf
    stdin: str = ""
    # Whether running the command again after it succeeded succeeds too (creating commands
    # and undo refuse, rightly, to do it twice).
    repeatable: bool = True
    # A file that must hold the "before" state whenever the target holds the "after" one.
    snapshot: str | None = None


def _skolgrupp(*args: str) -> Callable[[Path, Inputs], list[str]]:
    def make(work: Path, inputs: Inputs) -> list[str]:
        given = {"group": inputs.group, "cycle": inputs.cycle if "{cycle}" in args else ""}
        return common.skolgrupp_command(
            *(str(work / a[1:]) if a.startswith("@") else a.format(**given) for a in args)
        )

    return make


def _migration(version: str) -> Scenario:
    def prepare(inputs: Inputs, work: Path) -> None:
        work.mkdir(parents=True)
        fixture = FIXTURES / f"workspace-{version}.skolgrupp"
        shutil.copyfile(fixture, work / WORKSPACE)
        shutil.copyfile(fixture, work / "colleague.skolgrupp")

    # Any writable open migrates; merging a copy that holds nothing new changes nothing else.
    args = _skolgrupp("merge", "@" + WORKSPACE, "@colleague.skolgrupp", "--dry-run")
    return Scenario(f"migrate {version} (merge --dry-run)", prepare, args, WORKSPACE)


def _nothing(inputs: Inputs, work: Path) -> None:
    work.mkdir(parents=True)


def _sealed(inputs: Inputs, work: Path) -> None:
    inputs.demo_copy(work)
    args = ["share", str(work / WORKSPACE), "--group", inputs.group]
    inputs.cli(*args, "-o", str(work / "locked.skolgrupp"), "--yes", "--encrypt", stdin=PASSPHRASE)
    (work / WORKSPACE).unlink()


def _exported(inputs: Inputs, work: Path) -> None:
    work.mkdir(parents=True)
    inputs.cli("export-json", str(inputs.demo), "-o", str(work / "in.json"))


def _merge_locked(inputs: Inputs, work: Path) -> None:
    """The workspace, and a colleague's copy of it locked with a passphrase."""
    inputs.demo_copy(work)
    colleague = inputs.colleague(work, "colleague.skolgrupp", 0)
    args = ["share", str(colleague), "--group", inputs.group, "-o", str(work / "locked.skolgrupp")]
    inputs.cli(*args, "--yes", "--encrypt", stdin=PASSPHRASE)
    colleague.unlink()


def _merged_twice(inputs: Inputs, work: Path) -> None:
    inputs.merged_once(work)
    second = str(work / "second.skolgrupp")
    inputs.cli("merge", str(work / WORKSPACE), second, "--yes")


FINISH_CYCLE = (
    "import sys, dataclasses\n"
    "from skolgrupp.core.domain import CyclePhase\n"
    "from skolgrupp.core.workspace import Workspace\n"
    "with Workspace.open(sys.argv[1]) as ws, ws.transaction():\n"
    "    for phase in ws.find(CyclePhase, cycle_id=sys.argv[2]):\n"
    "        ws.update(dataclasses.replace(phase, status='done'))\n"
)


def _finished_cycle(inputs: Inputs, work: Path) -> None:
    """The workspace with its first cycle finished, so that its pupil details can go."""
    path = inputs.demo_copy(work)
    inputs.python("-c", FINISH_CYCLE, str(path), inputs.cycle)


def _save_changes(work: Path, inputs: Inputs) -> list[str]:
    return [sys.executable, "-c", SAVE_CHANGES, str(work / WORKSPACE)]


def _save_copy(work: Path, inputs: Inputs) -> list[str]:
    return [sys.executable, "-c", SAVE_COPY, str(work / WORKSPACE), str(work / "copy.skolgrupp")]


SNAPSHOT = "work (before merge).skolgrupp"
SCENARIOS = (
    Scenario("new", _nothing, _skolgrupp("new", "@" + WORKSPACE), WORKSPACE, repeatable=False),
    Scenario(
        "demo",
        _nothing,
        _skolgrupp("demo", "--scale", "1", "--seed", "1", "@" + WORKSPACE),
        WORKSPACE,
        repeatable=False,
    ),
    _migration("1.0"),
    _migration("1.1"),
    Scenario(
        "import-json",
        _exported,
        _skolgrupp("import-json", "@" + WORKSPACE, "@in.json"),
        WORKSPACE,
        repeatable=False,
    ),
    Scenario(
        "merge",
        Inputs.merged_once,
        _skolgrupp("merge", "@" + WORKSPACE, "@second.skolgrupp", "--yes"),
        WORKSPACE,
        snapshot=SNAPSHOT,
    ),
    Scenario(
        "undo-merge",
        _merged_twice,
        _skolgrupp("undo-merge", "@" + WORKSPACE),
        WORKSPACE,
        repeatable=False,
    ),
    Scenario(
        "share",
        Inputs.demo_copy,
        _skolgrupp("share", "@" + WORKSPACE, "--group", "{group}", "-o", "@out.skolgrupp", "--yes"),
        "out.skolgrupp",
    ),
    Scenario(
        "share --encrypt",
        Inputs.demo_copy,
        _skolgrupp(
            "share",
            "@" + WORKSPACE,
            "--group",
            "{group}",
            "-o",
            "@out.skolgrupp",
            "--yes",
            "--encrypt",
        ),
        "out.skolgrupp",
        kind="sealed",
        stdin=PASSPHRASE,
    ),
    Scenario(
        "unlock",
        _sealed,
        _skolgrupp("unlock", "@locked.skolgrupp", "-o", "@out.skolgrupp"),
        "out.skolgrupp",
        stdin=PASSPHRASE,
    ),
    Scenario(
        "export-json",
        Inputs.demo_copy,
        _skolgrupp("export-json", "@" + WORKSPACE, "-o", "@out.json"),
        "out.json",
        kind="json",
    ),
    Scenario(
        "pdf",
        Inputs.demo_copy,
        _skolgrupp("pdf", "@" + WORKSPACE, "term", "{group}", "-o", "@out.pdf"),
        "out.pdf",
        kind="pdf",
    ),
    Scenario(
        "erase-pupil-data",
        _finished_cycle,
        _skolgrupp("erase-pupil-data", "@" + WORKSPACE, "{cycle}", "--yes"),
        WORKSPACE,
    ),
    Scenario("save a copy", Inputs.demo_copy, _save_copy, "copy.skolgrupp"),
    Scenario("save changes", Inputs.demo_copy, _save_changes, WORKSPACE),
    Scenario(
        "merge a locked file",
        _merge_locked,
        _skolgrupp("merge", "@" + WORKSPACE, "@locked.skolgrupp", "--yes"),
        WORKSPACE,
        stdin=PASSPHRASE,
        snapshot=SNAPSHOT,
    ),
)


ABSENT = "absent"


def state(scenario: Scenario, path: Path) -> str:
    """What ``path`` holds as a user would miss it: ABSENT, a digest of its content, or a line
    starting with "unreadable" saying why it cannot be read whole."""
    if not path.exists():
        return ABSENT
    try:
        if scenario.kind == "workspace":
            return common.content(path)
        if scenario.kind == "sealed":
            return _sealed_content(path)
        if scenario.kind == "json":
            records = json.loads(path.read_text(encoding="utf-8"))["records"]
            return _digest(json.dumps(records, sort_keys=True))
        return _pdf_content(path)
    except Exception as e:  # whatever the reader trips on, the file is not whole
        return f"unreadable ({type(e).__name__}: {e})"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _sealed_content(path: Path) -> str:
    from skolgrupp.core import sealed

    plain = path.with_name(f"{path.name}.unsealed-by-harness")
    try:
        plain.write_bytes(sealed.unseal(path.read_bytes(), PASSPHRASE, path))
        conn = sqlite3.connect(plain)
        try:
            (verdict,) = conn.execute("PRAGMA integrity_check").fetchone()
        finally:
            conn.close()
        if verdict != "ok":
            raise ValueError(verdict)
        return common.content(plain)
    finally:
        plain.unlink(missing_ok=True)


def _pdf_content(path: Path) -> str:
    import pypdf

    reader = pypdf.PdfReader(path, strict=True)
    return _digest("\f".join(page.extract_text() for page in reader.pages))
