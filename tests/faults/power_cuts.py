"""Power cuts: each writing command's file operations are recorded once with strace, then
replayed up to many cut points, keeping what was flushed and a random part of the rest (see
``power_trace.replay`` for the model). After each cut every file the command touches must be
whole: a workspace passes SQLite's integrity check once SQLite has rolled back any hot journal
beside it, passes ``skolgrupp check``, and holds what it held before the command or after it;
a command that had finished (the cut at the very end) must have left its change; a JSON file
parses, a locked file unlocks. Two negative controls, which skip fsync, must be caught.

Needs strace (Debian: ``apt-get install strace``); SQLite's test VFS is out of reach of the
standard library's sqlite3 module, so the trace is the way in.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from random import Random

from tests.faults.common import ROOT, Figures, content, environment, skolgrupp_command
from tests.faults.power_replay import replay
from tests.faults.power_scenarios import PASSPHRASE, Scenario, controls, prepare, scenarios
from tests.faults.power_trace import (
    Trace,
    TraceError,
    folder_files,
    parse,
    record,
    require_strace,
)

DEFAULT_CUTS = 600  # spread over the commands; the controls get cuts of their own
CONTROL_CUTS = 40
FAILURE_KINDS = (
    "damaged files",
    "whole files Skolgrupp refuses",
    "files in a wrong state",
    "acknowledged changes lost",
    "merges that cannot be undone",
)
AT_END_SHARE = 0.15  # how often a cut falls after the last operation (the change acknowledged)


def run(
    folder: Path, *, count: int = 0, seed: int = 1, commands: Sequence[str] | None = None
) -> Figures:
    """count=0: a default full run of ≥ 500 cuts spread over the commands; otherwise
    ``count`` cuts in total. ``commands`` picks scenarios by name (default: all)."""
    require_strace()
    figures = Figures("power cuts")
    for what in FAILURE_KINDS:
        figures.count(what, 0)  # shown even when none was found
    home = folder / "home"
    home.mkdir(parents=True)
    prepared = prepare(folder / "setup", home)
    every = scenarios(prepared)
    unknown = set(commands or ()) - {s.name for s in every}
    if unknown:
        raise ValueError(f"no such command scenario: {', '.join(sorted(unknown))}")
    chosen = [s for s in every if commands is None or s.name in commands]
    total = count or DEFAULT_CUTS
    empty = content(prepared.empty)
    checker = _Checker(home)
    try:
        for scenario in controls(folder / "controls"):
            cuts = CONTROL_CUTS if not count else max(8, CONTROL_CUTS // 2)
            _run_scenario(scenario, folder, home, checker, empty, cuts, seed, figures)
        for i, scenario in enumerate(chosen):
            cuts = total // len(chosen) + (1 if i < total % len(chosen) else 0)
            _run_scenario(scenario, folder, home, checker, empty, cuts, seed, figures)
    finally:
        checker.close()
    return figures


KEPT_PER_COMMAND = 3  # the first failing cuts of a command are kept in runs/NAME/kept


@dataclass
class Recorded:
    """A scenario's trace (the command exited 0) and its files before and after it."""

    scenario: Scenario
    trace: Trace
    after: dict[str, bytes]
    before_content: dict[str, str]  # of the databases, by name
    after_content: dict[str, str]
    empty: str  # the content of a new, empty workspace

    def state(self, name: str, found: str | bytes) -> str:
        """Which known state a file's content (or a JSON or locked file's bytes) is in."""
        if found in (self.after_content.get(name), self.after.get(name)):
            return "after"
        if found in (self.before_content.get(name), self.trace.before.get(name)):
            return "before"
        if found == self.empty and name == self.scenario.fills:
            return "empty"
        return "neither"


def _run_scenario(
    scenario: Scenario,
    folder: Path,
    home: Path,
    checker: _Checker,
    empty: str,
    cuts: int,
    seed: int,
    figures: Figures,
) -> None:
    place = folder / "runs" / scenario.name.replace(" ", "_").replace(":", "")
    recorded = _record(scenario, place, home, empty)
    figures.count("controls" if scenario.control else "commands")
    figures.count("recorded operations", len(recorded.trace.ops))
    points = _points(recorded.trace, cuts, Random(f"{seed} {scenario.name}"))
    found: list[tuple[str, str]] = []
    for k, point in enumerate(points):
        # A generator of its own for each cut: a failing cut replays alone, from its number.
        files = replay(recorded.trace, point, Random(f"{seed} {scenario.name} {k}"))
        replayed = place / "replay"
        problems = _judge(recorded, point, files, replayed, checker, figures)
        where = f"{scenario.name}: cut #{k} at {point}/{len(recorded.trace.ops)}"
        for what, line in problems:
            found.append((what, f"{where} ({recorded.trace.describe(point)}): {line}"))
        if problems and len(found) <= KEPT_PER_COMMAND:
            _keep(files, place / "kept" / f"cut-{k}")
    if scenario.control:
        figures.count("control cuts", cuts)
        figures.count("control findings", len(found))
        figures.count(f"found by {scenario.name}", len(found))
        if not found:
            figures.fail(f"{scenario.name}: no damage found; the harness is blind to it")
        return
    figures.count("cuts", cuts)
    for what, line in found:
        figures.count(what)
        figures.fail(line)


def _keep(files: dict[str, bytes], folder: Path) -> None:
    """The files as the cut left them (before SQLite rolled back any journal), for a look."""
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)


def _record(scenario: Scenario, place: Path, home: Path, empty: str) -> Recorded:
    work, before_copy = place / "work", place / "before"
    work.mkdir(parents=True)
    for name, source in scenario.inputs.items():
        shutil.copyfile(source, work / name)
    shutil.copytree(work, before_copy)
    argv = scenario.argv if scenario.control else skolgrupp_command(*scenario.argv)
    done = record(argv, place / "trace.log", cwd=work, env=environment(home), stdin=scenario.stdin)
    if done.returncode != 0:
        raise RuntimeError(
            f"{scenario.name} failed even without a power cut: {done.stderr.strip()[-500:]}"
        )
    before = folder_files(before_copy)
    trace = parse(place / "trace.log", work, before)
    (place / "trace.log").unlink()  # large; the trace holds what matters
    after = folder_files(work)
    if replay(trace, len(trace.ops), Random(0), whole=True) != after:
        raise TraceError(f"{scenario.name}: its trace does not rebuild the files it left")
    databases = [n for n, kind in scenario.kinds.items() if kind in ("workspace", "sqlite")]
    before_content = {n: content(before_copy / n) for n in databases if n in before}
    after_content = {n: content(work / n) for n in databases if n in after}
    return Recorded(scenario, trace, after, before_content, after_content, empty)


def _points(trace: Trace, n: int, rng: Random) -> list[int]:
    """Where to cut: always once at the end (the change acknowledged), then at the end now and
    then, just before or after a flush or a change of names, or anywhere."""
    end = len(trace.ops)
    edges = sorted({p for i, op in enumerate(trace.ops) if op.kind != "write" for p in (i, i + 1)})
    points = [end]
    while len(points) < n:
        roll = rng.random()
        if roll < AT_END_SHARE:
            points.append(end)
        elif roll < 0.6 and edges:
            points.append(rng.choice(edges))
        else:
            points.append(rng.randint(0, end))
    return points


# -- judging one cut ----------------------------------------------------------------------


def _judge(
    recorded: Recorded,
    point: int,
    files: dict[str, bytes],
    folder: Path,
    checker: _Checker,
    figures: Figures,
) -> list[tuple[str, str]]:
    """What is wrong with the files after a cut, as (kind of failure, description)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    at_end = point == len(recorded.trace.ops)
    leftovers = [n for n in set(files) - set(recorded.scenario.kinds) if "-journal" not in n]
    figures.count("leftover temporary files", len(leftovers))
    problems = []
    states = {}
    for name, kind in recorded.scenario.kinds.items():
        figures.count("files judged")
        problem, states[name] = _judge_file(recorded, name, kind, files, folder, checker, at_end)
        if problem is not None:
            problems.append(problem)
    undone = recorded.scenario.undoes
    if undone and states.get(undone) == "after" and not problems:
        figures.count("merges undone after a cut")
        problem = _undo_problem(recorded, undone, folder, checker)
        if problem is not None:
            problems.append(("merges that cannot be undone", problem))
    return problems


def _judge_file(
    recorded: Recorded,
    name: str,
    kind: str,
    files: dict[str, bytes],
    folder: Path,
    checker: _Checker,
    at_end: bool,
) -> tuple[tuple[str, str] | None, str]:
    """What is wrong with one file (or None), and which state it is in."""
    before, after = recorded.trace.before, recorded.after
    if name not in files:
        if at_end and name in after:
            return ("acknowledged changes lost", f"{name}: missing, though the command ended"), ""
        if name in before and name in after:
            return ("files in a wrong state", f"{name}: missing"), ""
        return None, "before" if name not in before else "after"
    journal = f"{name}-journal"
    data, beside = files[name], files.get(journal) or None
    if data == after.get(name) and beside == (after.get(journal) or None):
        return None, "after"
    if not at_end and data == before.get(name) and beside == (before.get(journal) or None):
        return None, "before"
    found = f"{len(data)} bytes, journal beside it: {_journal(beside)}"
    damage = _damage(kind, folder / name, checker)
    if damage is not None:
        what, why = damage
        return (what, f"{name}: {why} ({found})"), "damaged"
    state = recorded.state(name, data if kind in ("json", "locked") else content(folder / name))
    if at_end and state != "after":
        return ("acknowledged changes lost", f"{name}: whole but {_STATES[state]} ({found})"), state
    if state == "neither":
        return ("files in a wrong state", f"{name}: whole but {_STATES[state]} ({found})"), state
    return None, state


def _undo_problem(recorded: Recorded, name: str, folder: Path, checker: _Checker) -> str | None:
    """A merge the cut left in place must still be undoable: ``skolgrupp undo-merge`` on a
    copy of the folder must bring the workspace back as it was before the merge."""
    copy = folder.with_name("undo")
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy)
    code, output = checker.ask("undo-merge", copy / name)
    if code != 0:
        return f"{name}: merged, but undo-merge exits {code}: {' '.join(output.split())[-300:]}"
    if content(copy / name) != recorded.before_content[name]:
        return f"{name}: merged; undo-merge does not bring back the workspace before the merge"
    return None


_STATES = {
    "": "missing",
    "before": "as before the command, though it had ended",
    "empty": "an empty new workspace, though the command had ended",
    "neither": "neither as before nor as after the command",
}


def _journal(data: bytes | None) -> str:
    """A journal as the cut left it: SQLite rolls back only one whose first byte is not zero
    (it writes the header's magic last, once the pages saved in it are on disk)."""
    if data is None:
        return "none"
    return f"{len(data)} bytes, {'hot' if data[:1] not in (b'', bytes(1)) else 'header zero'}"


def _damage(kind: str, path: Path, checker: _Checker) -> tuple[str, str] | None:
    """Why the file is not whole, as (kind of failure, description), or None. A database
    SQLite finds whole that ``skolgrupp check`` refuses is told apart: the user cannot open it
    in Skolgrupp either."""
    if kind == "json":
        try:
            json.loads(path.read_bytes())
        except ValueError as e:
            return "damaged files", f"not JSON ({e.__class__.__name__})"
        return None
    if kind == "locked":
        code, output = checker.ask("unseal", path)
        return None if code == 0 else ("damaged files", f"does not unlock: {output[-200:]}")
    problem = _integrity(path)
    if problem is not None:
        return "damaged files", problem
    if kind == "workspace":
        code, output = checker.ask("check", path)
        if code != 0:
            said = " ".join(output.split())[-300:]
            return "whole files Skolgrupp refuses", f"skolgrupp check exits {code}: {said}"
    return None


def _integrity(path: Path) -> str | None:
    """SQLite's integrity check on a read-write connection, which first rolls back a hot
    journal beside the file, as the next program to open it would."""
    try:
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as e:
        return f"SQLite: {e}"
    if rows != [("ok",)]:
        return "integrity_check: " + " ".join(" ".join(str(r[0]) for r in rows).split())[:300]
    return None


# -- Skolgrupp's own verdict, in one long-lived process -----------------------------------


class _Checker:
    """``skolgrupp check`` and unlocking, in a process of its own (its own home, as the
    command line would run) kept for the whole run, so each file costs no start-up."""

    def __init__(self, home: Path):
        self.process = subprocess.Popen(
            [sys.executable, "-c", "from tests.faults.power_cuts import serve; serve()"],
            cwd=ROOT,
            env=environment(home),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(self, what: str, path: Path) -> tuple[int, str]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({"do": what, "path": str(path)}) + "\n")
        self.process.stdin.flush()
        answer = json.loads(self.process.stdout.readline())
        return answer["code"], answer["output"]

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=30)


def serve() -> None:
    """The checker's side: one JSON request a line in, one answer a line out."""
    from skolgrupp.cli import main
    from skolgrupp.core.sealed import unseal

    channel = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        path = Path(request["path"])
        said = io.StringIO()
        with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
            try:
                if request["do"] in ("check", "undo-merge"):
                    code = main(["--language", "en", request["do"], str(path)])
                else:
                    unseal(path.read_bytes(), PASSPHRASE, path)
                    code = 0
            except Exception as e:  # noqa: BLE001 - every failure is an answer here
                code, _ = 1, said.write(f"{e.__class__.__name__}: {e}")
        channel.write(json.dumps({"code": code, "output": said.getvalue()}) + "\n")
        channel.flush()
