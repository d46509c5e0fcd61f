"""The crash-point harness: every write Skolgrupp makes in several steps is killed (SIGKILL,
through strace) at each step boundary, and what it leaves must be what a user can live with:

1. the workspace passes ``skolgrupp check``;
2. it holds exactly the state before the command or the state after it (the second taken from
   an uninterrupted run on an identical copy), and a file the command makes is either absent
   or whole under its final name;
3. running the same command again succeeds and leaves the state after it;
4. nothing is left beside the files afterwards that the uninterrupted run does not leave:
   the next run clears what a killed one left.

``python -m tests.faults crash`` runs it; ``run`` is its face.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tests.faults import common, crash_trace
from tests.faults.common import Figures
from tests.faults.crash_scenarios import ABSENT, SCENARIOS, Inputs, Scenario, state

# Twice the cores: the runs wait on fsync as much as they compute.
WORKERS = max(2, min(6, 2 * (os.cpu_count() or 1)))
# Parts of names that differ between two runs of one command: random temporary names and
# the time in a backup copy's name.
_VARYING = (
    (re.compile(r"\.skolgrupp-[0-9a-f-]+?\.tmp"), ".skolgrupp-*.tmp"),
    (re.compile(r"(skolgrupp-[a-z]+-)[0-9a-f]{6}-\d+-[a-z0-9_]{8}(?=/)"), r"\1*"),
    (re.compile(r"\d{8}-\d{6}(?: \d+)?"), "*"),
)

# Python's tempfile makes and removes a file of this name to see if its folder is writable.
_PYTHON_PROBE = re.compile(r"tmp/[a-z0-9_]{8}")


@dataclass
class Plan:
    """A scenario made ready: its starting files, the states before and after, and where to
    kill it."""

    scenario: Scenario
    start: Path
    before: str = ""
    after: str = ""
    listing: Counter[str] = field(default_factory=Counter)
    points: list[crash_trace.Call] = field(default_factory=list)


@dataclass
class Attempt:
    """What one kill left: problems (each a line for the report) and files left over."""

    problems: list[str] = field(default_factory=list)
    strays: list[str] = field(default_factory=list)
    where: str = ""
    missed: bool = False


def run(folder: Path, *, count: int = 0, seed: int = 1) -> Figures:
    """count=0: every crash point of every command; otherwise at most ``count`` crash points
    in total, spread over the commands (random with ``seed``)."""
    figures = Figures("crash points")
    if not crash_trace.available():
        figures.fail("strace is not installed: the crash-point harness needs it (apt strace)")
        return figures
    folder.mkdir(parents=True, exist_ok=True)
    inputs = Inputs(folder / "inputs", folder / "home")
    inputs.group  # made once here, before the workers share it  # noqa: B018
    with ThreadPoolExecutor(WORKERS) as pool:
        plans = list(pool.map(lambda s: _plan(s, inputs, folder, figures), SCENARIOS))
        chosen = _choose(plans, count, random.Random(seed))
        figures.count("commands", len({plan.scenario.name for plan, _ in chosen}))
        attempts = pool.map(lambda job: _attempt(*job, inputs, folder), enumerate(chosen))
        for (_, (plan, _)), attempt in zip(enumerate(chosen), attempts, strict=True):
            _tell(figures, plan.scenario, attempt)
    return figures


def _slug(scenario: Scenario) -> str:
    return re.sub(r"[^a-z0-9]+", "-", scenario.name.lower()).strip("-")


def _plan(scenario: Scenario, inputs: Inputs, folder: Path, figures: Figures) -> Plan:
    """Prepare a scenario and run it once uninterrupted under strace: that run gives the
    state after, the files it leaves, and the calls to kill at."""
    plan = Plan(scenario, folder / "inputs" / _slug(scenario))
    scenario.prepare(inputs, plan.start)
    plan.before = state(scenario, plan.start / scenario.target)
    root = _fresh(plan, folder / "runs" / _slug(scenario) / "reference")
    log = root / "trace.log"
    done = _traced(plan, root, inputs, log)
    plan.after = state(scenario, root / "work" / scenario.target)
    if done.returncode != 0 or plan.after in (ABSENT, plan.before) or _unreadable(plan.after):
        figures.fail(
            f"{scenario.name}: the uninterrupted run did not do its work (exit "
            f"{done.returncode}, {_short(plan.after)}): {done.stderr.strip()[-300:]}"
        )
        return plan
    plan.listing = _listing(root)
    plan.points = crash_trace.crash_points(crash_trace.calls(log, root))
    figures.count(f"crash points: {scenario.name}", len(plan.points))
    shutil.rmtree(root)
    return plan


def _choose(
    plans: list[Plan], count: int, rng: random.Random
) -> list[tuple[Plan, crash_trace.Call]]:
    """All crash points, or ``count`` of them dealt round the commands in a random order."""
    if count <= 0:
        return [(plan, point) for plan in plans for point in plan.points]
    queues = [rng.sample(plan.points, len(plan.points)) for plan in plans]
    order = rng.sample(range(len(plans)), len(plans))
    chosen: list[tuple[Plan, crash_trace.Call]] = []
    while len(chosen) < count and any(queues):
        for i in order:
            if queues[i] and len(chosen) < count:
                chosen.append((plans[i], queues[i].pop()))
    return chosen


def _fresh(plan: Plan, root: Path) -> Path:
    """An attempt's own folder: the starting files under work/, an empty temporary folder."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(plan.start, root / "work")
    (root / "tmp").mkdir()
    return root


def _environment(root: Path, inputs: Inputs) -> dict[str, str]:
    # The temporary folder is watched too: a plain copy of a locked file must not stay there.
    return {**common.environment(inputs.home), "TMPDIR": str(root / "tmp")}


def _traced(
    plan: Plan, root: Path, inputs: Inputs, log: Path, inject: str | None = None
) -> subprocess.CompletedProcess[str]:
    args = plan.scenario.args(root / "work", inputs)
    env = _environment(root, inputs)
    return crash_trace.run(
        args, log=log, env=env, cwd=root / "work", inject=inject, stdin=plan.scenario.stdin
    )


def _plain(plan: Plan, root: Path, inputs: Inputs, *args: str) -> subprocess.CompletedProcess:
    """A command run as the user would run it next: no strace."""
    return subprocess.run(
        list(args) or plan.scenario.args(root / "work", inputs),
        cwd=root / "work",
        env=_environment(root, inputs),
        input=plan.scenario.stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _attempt(
    index: int, job: tuple[Plan, crash_trace.Call], inputs: Inputs, folder: Path
) -> Attempt:
    plan, point = job
    root = _fresh(plan, folder / "runs" / _slug(plan.scenario) / f"{index:05d}")
    log = root / "trace.log"
    done = _traced(plan, root, inputs, log, inject=point.inject)
    killed = crash_trace.killed_at(log, root)
    attempt = Attempt(where=f"{(killed or point).describe()} [-e inject={point.inject}]")
    if done.returncode != -9 or killed is None:
        attempt.missed = True  # the call was not reached: the run differs from the reference
    else:
        attempt.problems += _judge(plan, root, inputs, "the killed run", repeat=True)
        attempt.strays = sorted((_listing(root) - plan.listing).elements())
    if not attempt.problems:
        shutil.rmtree(root)
    return attempt


def _judge(plan: Plan, root: Path, inputs: Inputs, what: str, *, repeat: bool) -> list[str]:
    """What is wrong with the files a run left (the killed run, then the run after it)."""
    scenario = plan.scenario
    target = root / "work" / scenario.target
    problems = _checked(plan, root, what)
    found = state(scenario, target)
    if found not in (plan.before, plan.after):
        problems.append(
            f"after {what}, {scenario.target} holds neither the state before nor after "
            f"({_short(found)})"
        )
    problems += _snapshot(plan, root, inputs, found, what)
    if not repeat:
        return problems
    done = _plain(plan, root, inputs)
    refused = done.returncode == 1 and "Something went wrong" not in done.stderr
    if done.returncode != 0 and not (found == plan.after and not scenario.repeatable and refused):
        problems.append(
            f"running it again fails (exit {done.returncode}): {_last_line(done.stderr)}"
        )
    return problems + _judge(plan, root, inputs, "running it again", repeat=False)


def _checked(plan: Plan, root: Path, what: str) -> list[str]:
    """What ``skolgrupp check`` says of a workspace the run left (as the user's next open
    would, it also rolls back a change the kill interrupted). Called here rather than in a
    process of its own, which would double the harness's time."""
    target = root / "work" / plan.scenario.target
    if plan.scenario.kind != "workspace" or not target.exists():
        return []
    found = check(target)
    if not found:
        return []
    return [f"after {what}, check {plan.scenario.target} fails: {'; '.join(found)[:300]}"]


def check(path: Path) -> list[str]:
    """The problems ``skolgrupp check`` reports for ``path``, or the error it stops at."""
    from skolgrupp.core.errors import WorkspaceError
    from skolgrupp.core.workspace import Workspace

    try:
        with Workspace.open(path, read_only=True, installation_id=common.INSTALLATION) as ws:
            return ws.check()
    except WorkspaceError as e:
        return [e.message]
    except Exception as e:  # a bug the command line would report as one
        return [f"{type(e).__name__} in Skolgrupp"]


def _snapshot(plan: Plan, root: Path, inputs: Inputs, found: str, what: str) -> list[str]:
    """A merged workspace must be undone to the state before the merge: undo-merge is run
    on a copy of the folder (wherever the snapshot is, under its name or not yet)."""
    if plan.scenario.snapshot is None or found != plan.after:
        return []
    trial = root / "undo-trial"
    shutil.copytree(root / "work", trial)
    try:
        done = common.run(["undo-merge", str(trial / plan.scenario.target)], inputs.home)
        undone = state(plan.scenario, trial / plan.scenario.target)
    finally:
        shutil.rmtree(trial, ignore_errors=True)
    if done.returncode == 0 and undone == plan.before:
        return []
    return [
        f"after {what}, the merge is applied but undo-merge does not bring back the "
        f"workspace before it (exit {done.returncode}, {_short(undone)}): "
        f"{_last_line(done.stderr)}"
    ]


def _listing(root: Path) -> Counter[str]:
    """The files in an attempt's folders, with the parts of names that vary made alike."""
    names: Counter[str] = Counter()
    for part in ("work", "tmp"):
        for path in (root / part).rglob("*"):
            if _PYTHON_PROBE.fullmatch(str(path.relative_to(root))):
                continue  # Python's own, left when the kill falls between its two calls
            if path.is_file() or path.is_symlink():
                names[_alike(str(path.relative_to(root)))] += 1
    return names


def _alike(name: str) -> str:
    for varying, alike in _VARYING:
        name = varying.sub(alike, name)
    return name


def _tell(figures: Figures, scenario: Scenario, attempt: Attempt) -> None:
    figures.count("kills")
    figures.count(f"kills: {scenario.name}")
    if attempt.missed:
        figures.count("kills missed (the call was not reached)")
    for problem in attempt.problems:
        figures.fail(f"{scenario.name}: killed before {attempt.where}: {problem}")
    if attempt.strays:
        figures.count("strays left", len(attempt.strays))
        for name in attempt.strays:
            figures.count(f"strays left: {name}")
        figures.fail(
            f"{scenario.name}: killed before {attempt.where}: after running it again, "
            f"left {', '.join(attempt.strays)}"
        )


def _unreadable(found: str) -> bool:
    return found.startswith("unreadable")


def _short(found: str) -> str:
    if found == ABSENT or _unreadable(found):
        return found if found == ABSENT else found[:200]
    return f"content {found[:10]}"


def _last_line(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1].strip()[:300] if lines else "(no message)"
