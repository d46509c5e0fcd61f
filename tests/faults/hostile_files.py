"""Every hostile file through every entry that reads a file, each in a process of its own.

``python -m tests.faults hostile`` runs it; ``python -m tests.faults.hostile_files`` also prints
the failures by kind and by entry. For each (file × entry) it checks what a user would suffer:

- crash report: a traceback, a bug report, or an exit code other than 0 or 1;
- hang: still running after ``TIMEOUT`` seconds, twice (a busy machine can be slow once);
- schema code run: a hostile view's marker shown, a trigger's canary written, the file's
  schema carried into another workspace, or a file that is not exactly Skolgrupp's opened;
- workspace changed: the hostile file, the user's workspace (merge) or the folders changed;
- unclear message: a failure that is not one line of Skolgrupp's own, or that shows SQLite's
  words or a temporary file's name, or that calls a recoverable crash damage.

The cases are in ``hostile_corpus.py`` (changed workspaces) and ``hostile_inputs.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from tests.core.hostile import RAW_SQLITE
from tests.faults import hostile_corpus as corpus
from tests.faults import hostile_inputs as inputs
from tests.faults.common import Figures, content, environment, skolgrupp_command

TIMEOUT = 5.0  # seconds: a run longer than this is a hang
WORKERS = 3  # processes at once: a hang mostly waits, so one more than the cores
CRASH, HANG, SCHEMA, CHANGED, UNCLEAR = (
    "crash report",
    "hang",
    "schema code run",
    "workspace changed",
    "unclear message",
)
CATEGORIES = (CRASH, HANG, SCHEMA, CHANGED, UNCLEAR)
# Names of Skolgrupp's temporary files and folders, which mean nothing to a user; the run's
# own folder is taken out of what a run prints before this is looked for.
TEMPORARY_NAMES = (".skolgrupp-", ".tmp", ".new", "skolgrupp-foreign-", "/tmp/")
# A bug report as the screenshot mode prints it: the version line, then where it happened.
BUG_REPORT = re.compile(r"^(skolgrupp: )?Skolgrupp \S+, Python \d", re.MULTILINE)


@dataclass(frozen=True)
class Entry:
    """One way into Skolgrupp that reads a file: ``args(file, mine, out)``."""

    name: str
    args: Callable[[Path, Path, Path], list[str]]
    merges: bool = False  # writes into the user's own workspace ``mine``
    json: bool = False  # reads JSON rather than a workspace


def _entries() -> list[Entry]:
    s = str
    return [
        Entry("info", lambda f, m, o: ["info", s(f)]),
        Entry("check", lambda f, m, o: ["check", s(f)]),
        Entry("list groups", lambda f, m, o: ["list", s(f), "groups"]),
        Entry("search", lambda f, m, o: ["search", s(f), corpus.SEARCH_WORD]),
        Entry(
            "pdf",
            lambda f, m, o: ["pdf", s(f), "session", corpus.SESSION_ID, "-o", s(o / "s.pdf")],
        ),
        Entry("merge --yes", lambda f, m, o: ["merge", s(m), s(f), "--yes"], merges=True),
        Entry("merge --dry-run", lambda f, m, o: ["merge", s(m), s(f), "--dry-run"], merges=True),
        Entry("unlock", lambda f, m, o: ["unlock", s(f), "-o", s(o / "unlocked.skolgrupp")]),
        Entry("screenshot", lambda f, m, o: [s(f), "--screenshot", s(o / "shot.png")]),
        Entry(
            "import-json",
            lambda f, m, o: ["import-json", s(o / "imported.skolgrupp"), s(f)],
            json=True,
        ),
    ]


ENTRIES = _entries()


@dataclass
class Outcome:
    code: int | None  # None: killed after the time limit
    out: str
    err: str


# -- running ----------------------------------------------------------------------------------


def _launch(args: list[str], home: Path) -> Outcome:
    """Run Skolgrupp in a session of its own, so a hang is ended with all it started. The
    passphrase of the locked cases is on standard input, where unlock and merge read it."""
    process = subprocess.Popen(
        skolgrupp_command(*args),
        cwd=home,
        env=environment(home),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        out, err = process.communicate(f"{corpus.PASSPHRASE}\n".encode(), timeout=TIMEOUT)
        code: int | None = process.returncode
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        out, err = process.communicate()
        code = None
    return Outcome(code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))


def clone(template: Path, target: Path) -> None:
    """A fresh copy of a case's folder: pipes, links and folders made again, not read."""
    target.mkdir(parents=True)
    for item in sorted(template.iterdir()):
        made = target / item.name
        mode = item.lstat().st_mode
        if stat.S_ISLNK(mode):
            os.symlink(os.readlink(item), made)
        elif stat.S_ISFIFO(mode):
            os.mkfifo(made)
        elif stat.S_ISDIR(mode):
            made.mkdir()
        else:
            shutil.copyfile(item, made)


def state(path: Path) -> str:
    """What a path is and holds, without opening anything that could wait (a pipe)."""
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        return "missing"
    if stat.S_ISREG(mode):
        return hashlib.sha256(path.read_bytes()).hexdigest()
    if stat.S_ISLNK(mode):
        return f"link to {os.readlink(path)}"
    return f"mode {stat.S_IFMT(mode):o}"


def _folder_state(folder: Path) -> dict[str, str]:
    return {p.name: state(p) for p in folder.iterdir()}


def _is_sqlite(path: Path) -> bool:
    if not stat.S_ISREG(path.lstat().st_mode):
        return False
    with open(path, "rb") as f:
        return f.read(16) == b"SQLite format 3\x00"


def _read(path: Path, sql: str) -> list[tuple]:
    """Rows of ``sql`` in a file as it is on disk, journals ignored and nothing written."""
    conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        return conn.execute(sql).fetchall()
    except sqlite3.DatabaseError:
        return []
    finally:
        conn.close()


def canary_rows(path: Path) -> int:
    if not path.exists() or not _is_sqlite(path):
        return 0
    found = _read(path, "SELECT count(*) FROM canary")
    return found[0][0] if found else 0


def _carries_hostile_schema(path: Path) -> bool:
    """Whether a workspace Skolgrupp wrote holds a hostile case's canary, trigger or marker."""
    if not path.exists() or not _is_sqlite(path):
        return False
    names = _read(path, "SELECT name FROM sqlite_master WHERE name LIKE '%hostile%'")
    names += _read(path, "SELECT name FROM sqlite_master WHERE name IN ('canary', 'extra_notes')")
    return bool(names) or corpus.MARKER.encode() in path.read_bytes()


# -- judging ----------------------------------------------------------------------------------


def _crash(outcome: Outcome) -> str | None:
    if outcome.code is not None and outcome.code < 0:
        return f"ended by signal {-outcome.code}"
    if outcome.code not in (None, 0, 1):
        return f"exit code {outcome.code}"
    for sign in ("Traceback", "Something went wrong", "Fatal Python error"):
        if sign in outcome.err:
            return f"{sign!r} on stderr"
    if BUG_REPORT.search(outcome.err):
        return "a bug report on stderr"
    return None


def _unclear(outcome: Outcome, case: corpus.Case) -> str | None:
    lines = [line for line in outcome.err.splitlines() if line.strip()]
    # The journal beside the file is the user's to see, not a temporary name.
    said = outcome.err.replace(f"{case.name}-journal", "").replace(f"{case.name}-wal", "")
    for raw in (*RAW_SQLITE, *TEMPORARY_NAMES):
        if raw in said:
            return f"{raw!r} in {lines[0] if lines else outcome.err!r}"
    if outcome.code != 1:
        return None
    if len(lines) != 1 or not lines[0].startswith("skolgrupp: "):
        return f"{len(lines)} lines on stderr instead of one: {' / '.join(lines)[:200]!r}"
    if case.recoverable and "damaged" in lines[0]:
        return f"calls a recoverable crash damage: {lines[0]!r}"
    return None


@dataclass
class Run:
    """One hostile file through one entry, in a folder of its own: ``in`` holds a fresh copy
    of the case, ``out`` what the entry writes, ``mine`` the user's workspace for a merge."""

    case: corpus.Case
    entry: Entry
    sources: corpus.Sources
    place: Path

    def __post_init__(self) -> None:
        self.target = self.place / "in" / self.case.name
        self.out = self.place / "out"
        self.home = self.place / "home"
        self.mine = self.place / "mine" / "mine.skolgrupp" if self.entry.merges else None


def _problems(run: Run, outcome: Outcome, before: dict[str, str], mine_before: str) -> list:
    """What went wrong in one run, as (category, detail)."""
    found: list[tuple[str, str]] = []
    if outcome.code is None:
        found.append((HANG, f"still running after {TIMEOUT:g} s, twice"))
    elif (crash := _crash(outcome)) is not None:
        found.append((CRASH, crash))
    elif (unclear := _unclear(outcome, run.case)) is not None:
        found.append((UNCLEAR, unclear))
    found += _schema_problems(run, outcome)
    found += _file_changes(run, outcome, before)
    found += _workspace_changes(run, outcome, mine_before)
    return found


def _schema_problems(run: Run, outcome: Outcome) -> list[tuple[str, str]]:
    found = []
    if corpus.MARKER in outcome.out + outcome.err:
        found.append((SCHEMA, "showed what the file's view or column made up"))
    if canary_rows(run.target) > 0:
        found.append((SCHEMA, "a trigger in the file fired (canary written)"))
    if run.mine is not None and _carries_hostile_schema(run.mine):
        found.append((SCHEMA, "merged the file's schema or made-up values into the workspace"))
    for written in ("unlocked.skolgrupp", "imported.skolgrupp"):
        if _carries_hostile_schema(run.out / written):
            found.append((SCHEMA, f"wrote the file's schema or made-up values into {written}"))
    if run.case.foreign_schema and outcome.code == 0:
        found.append((SCHEMA, "opened a file whose schema is not Skolgrupp's instead of refusing"))
    return found


# What SQLite itself removes once it has rolled back or checkpointed a crash.
SIDE_FILES = ("-journal", "-wal", "-shm")


def _file_changes(run: Run, outcome: Outcome, before: dict[str, str]) -> list[tuple[str, str]]:
    """The hostile file and what lies beside it, as they were (or as recovery leaves them)."""
    found = []
    now = _folder_state(run.target.parent)
    for name in sorted(set(before) | set(now)):
        was, is_ = before.get(name, "missing"), now.get(name, "missing")
        if was == is_ or (name.endswith(SIDE_FILES) and is_ == "missing"):
            continue
        if outcome.code is None and was == "missing":
            continue  # what a run killed for hanging was writing
        if name == run.case.name and run.case.recoverable and is_ != "missing":
            if content(run.target) != recovered_content(run.case, run.sources):
                found.append((CHANGED, "recovery did not give back the workspace as it was"))
            continue
        what = "left" if was == "missing" else "removed" if is_ == "missing" else "changed"
        found.append((CHANGED, f"{what} {name}"))
    return found


def _workspace_changes(run: Run, outcome: Outcome, mine_before: str) -> list[tuple[str, str]]:
    """The user's workspace as it was unless a merge was made, and no half-written output."""
    found = []
    refused = outcome.code != 0 or "dry-run" in run.entry.name
    if run.mine is not None and refused and content(run.mine) != mine_before:
        found.append((CHANGED, "the user's workspace changed though nothing was merged"))
    if outcome.code not in (0, None):  # a run killed for hanging had no chance to tidy up
        left = sorted(p.name for p in run.out.iterdir())
        if left:
            found.append((CHANGED, f"a failed run left {', '.join(left)} behind"))
    return found


_RECOVERED: dict[tuple[Path, str], str] = {}


def recovered_content(case: corpus.Case, sources: corpus.Sources) -> str:
    """The content recovery from ``case``'s crash must give back (``content``), made once."""
    key = (sources.theirs, case.name)
    if key not in _RECOVERED:
        with tempfile.TemporaryDirectory(prefix="hostile-recovered-") as folder:
            path = Path(folder) / case.name
            shutil.copyfile(sources.theirs, path)
            conn = sqlite3.connect(path)
            try:
                for statement in case.recovers_to or ():
                    conn.execute(statement)
                conn.commit()
            finally:
                conn.close()
            _RECOVERED[key] = content(path)
    return _RECOVERED[key]


# -- the harness ------------------------------------------------------------------------------


def _attempt(run: Run, template: Path) -> tuple[Outcome, dict[str, str], str]:
    """Run the entry once on fresh copies: what it did, and the state it started from."""
    shutil.rmtree(run.place, ignore_errors=True)
    clone(template, run.target.parent)
    run.home.mkdir()
    run.out.mkdir()
    if run.mine is not None:
        run.mine.parent.mkdir()
        shutil.copyfile(run.sources.mine, run.mine)
    before = _folder_state(run.target.parent)
    mine_before = content(run.mine) if run.mine else ""
    outcome = _launch(run.entry.args(run.target, run.mine or run.target, run.out), run.home)
    for stream in ("out", "err"):  # the run's own folder is no temporary name of Skolgrupp's
        setattr(outcome, stream, getattr(outcome, stream).replace(str(run.place), "<run>"))
    return outcome, before, mine_before


def _run_one(run: Run, template: Path) -> list[str]:
    try:
        outcome, before, mine_before = _attempt(run, template)
        if outcome.code is None:  # a busy machine can be slow once; a hang is slow again
            outcome, before, mine_before = _attempt(run, template)
        found = _problems(run, outcome, before, mine_before)
    finally:
        shutil.rmtree(run.place, ignore_errors=True)
    where = f"{run.case.name} × {run.entry.name}"
    return [f"{where}: {category}: {detail}" for category, detail in found]


def cases() -> list[corpus.Case]:
    """Every hostile case, in a fixed order."""
    found = [
        *inputs.file_cases(),
        *corpus.workspace_cases(),
        *inputs.sealed_cases(),
        *inputs.json_cases(),
    ]
    names = [case.name for case in found]
    assert len(names) == len(set(names)), "two cases share a name"
    return found


def pairs(cases: list[corpus.Case]) -> list[tuple[corpus.Case, Entry]]:
    return [(case, entry) for case in cases for entry in ENTRIES if entry.json == case.json]


def sample(all_pairs: list, count: int, seed: int) -> list:
    """``count`` pairs spread over the kinds of case and the entries: shuffled within each
    family of cases, then taken from each family in turn."""
    rng = random.Random(seed)
    families: dict[str, list] = defaultdict(list)
    for pair in all_pairs:
        families[pair[0].family].append(pair)
    queues = [rng.sample(found, len(found)) for _, found in sorted(families.items())]
    rng.shuffle(queues)
    chosen: list = []
    while len(chosen) < count and any(queues):
        for queue in queues:
            if queue and len(chosen) < count:
                chosen.append(queue.pop())
    return chosen


def run(folder: Path, *, count: int = 0, seed: int = 1) -> Figures:
    """count=0: every hostile file through every entry; otherwise ``count`` (file, entry)
    pairs sampled with ``seed``."""
    figures = Figures("hostile files")
    folder.mkdir(parents=True, exist_ok=True)
    chosen = pairs(cases())
    if count:
        chosen = sample(chosen, count, seed)
    sources = corpus.make_sources(folder / "sources")
    templates: dict[str, Path] = {}
    for case, _ in chosen:  # only the cases the runs need
        if case.name not in templates:
            templates[case.name] = corpus.build(case, folder / "corpus" / case.name, sources).parent
    figures.count("hostile files", len(templates))
    runs = [
        Run(case, entry, sources, folder / "runs" / f"run-{i:05d}")
        for i, (case, entry) in enumerate(chosen)
    ]
    with ThreadPoolExecutor(WORKERS) as pool:
        for failures in pool.map(lambda run: _run_one(run, templates[run.case.name]), runs):
            for failure in failures:
                figures.fail(failure)
    shutil.rmtree(folder / "corpus")  # a few hundred megabytes: --build makes any case again
    figures.count("runs", len(chosen))
    return figures


def breakdown(figures: Figures, *, zeros: bool = True) -> list[str]:
    """The failures counted by kind and by entry, for a report (``zeros``: the kinds and
    entries without any too)."""
    kinds: Counter[str] = Counter()
    entries: Counter[str] = Counter()
    for failure in figures.failures:
        where, category, _ = failure.split(": ", 2)
        kinds[category] += 1
        entries[where.split(" × ", 1)[1]] += 1
    counted = [(kind, kinds[kind]) for kind in CATEGORIES]
    counted += [(entry.name, entries[entry.name]) for entry in ENTRIES]
    return [f"  {what}: {n}" for what, n in counted if n or zeros]


def keep(name: str, folder: Path) -> tuple[Path, Path]:
    """Build the case ``name`` in ``folder`` to try it by hand: its path, and the user's own
    workspace to merge it into."""
    case = next((c for c in cases() if c.name == name), None)
    if case is None:
        raise SystemExit(f"no hostile case is called {name}")
    sources = corpus.make_sources(folder / "sources")
    return corpus.build(case, folder / "case", sources), sources.mine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.faults.hostile_files")
    parser.add_argument("--count", type=int, default=0, help="pairs to sample (0: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--build", metavar="NAME", help="only build this case, to try it by hand")
    parser.add_argument("--into", metavar="FOLDER", type=Path, help="where --build puts it")
    args = parser.parse_args(argv)
    if args.build:
        path, mine = keep(args.build, args.into or Path(tempfile.mkdtemp(prefix="hostile-")))
        print(f"{path}\nmerge it into: {mine}")
        return 0
    with tempfile.TemporaryDirectory(prefix="skolgrupp-hostile-") as folder:
        figures = run(Path(folder), count=args.count, seed=args.seed)
    for what, n in figures.tried.items():
        print(f"{what}: {n}")
    print(f"failures: {len(figures.failures)}")
    print("by kind and by entry:")
    print("\n".join(breakdown(figures)))
    for failure in figures.failures:
        print(f"  {failure}")
    return 0 if figures.ok else 1


if __name__ == "__main__":
    sys.exit(main())
