"""Running a command under strace: once to list the calls that change files in a folder, and
again killed with SIGKILL on entering one of them (strace's ``-e inject``), so the call never
happens and nothing after it either."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

# Every call that changes a file or its name. ``openat`` counts only when it may create or
# empty a file; a kill before any other open is a kill after the call before it.
CHANGING = (
    "write,pwrite64,writev,pwritev,pwritev2,fsync,fdatasync,rename,renameat,renameat2,"
    "unlink,unlinkat,ftruncate,truncate,openat,sendfile,copy_file_range,fallocate"
)
# Calls that move bytes: a run of them on one file is one step, killed at its ends and between.
WRITING = {"write", "pwrite64", "writev", "pwritev", "pwritev2", "sendfile", "copy_file_range"}
# Files no user sees under a final name: the core's temporary names and the temporary folder.
TEMPORARY = re.compile(r"\.skolgrupp-[0-9a-f]{12}\.tmp|^tmp/[^/]*")
_LINE = re.compile(r"^(\d+)\s+(?!<\.\.\.)(\w+)\((.*)$")
_PATHS = re.compile(r'<(/[^<>]*)>|"((?:[^"\\]|\\.)*)"')


def available() -> bool:
    return shutil.which("strace") is not None


@dataclass(frozen=True)
class Call:
    """One traced call: which process made it, and which of its calls of that name it was
    (strace counts injections per call name and per process)."""

    tid: int
    name: str
    occurrence: int
    paths: tuple[str, ...]  # relative to the folder watched, in the order written

    @property
    def inject(self) -> str:
        return f"{self.name}:signal=SIGKILL:when={self.occurrence}"

    def describe(self) -> str:
        shown = " -> ".join(self.paths) if self.name.startswith("rename") else self.paths[0]
        return f"{self.name} {shown} (#{self.occurrence} {self.name} of its process)"


def command(log: Path, args: list[str], inject: str | None = None) -> list[str]:
    """``args`` run under strace, every changing call logged to ``log`` with fds as paths."""
    traced = ["strace", "-f", "-qq", "-y", "-s", "0", "-e", f"trace={CHANGING}", "-o", str(log)]
    if inject:
        traced += ["-e", f"inject={inject}"]
    return [*traced, "--", *args]


def calls(log: Path, folder: Path) -> list[Call]:
    """The calls in ``log`` on files under ``folder``, in order."""
    prefix = f"{folder}/"
    seen: dict[tuple[int, str], int] = {}
    found = []
    for line in log.read_text(errors="replace").splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        tid, name, rest = int(match[1]), match[2], match[3]
        seen[tid, name] = seen.get((tid, name), 0) + 1
        paths = _paths_in(rest, prefix)
        if not paths or (name == "openat" and not re.search(r"O_CREAT|O_TRUNC", rest)):
            continue
        found.append(Call(tid, name, seen[tid, name], tuple(paths)))
    return found


def _paths_in(text: str, prefix: str) -> list[str]:
    paths = []
    # The folder a relative name is looked up in is not the file the call is about.
    text = re.sub(r"AT_FDCWD<[^>]*>", "AT_FDCWD", text)
    for fd_path, quoted in _PATHS.findall(text):
        path = fd_path or quoted
        if path.startswith(prefix) and path[len(prefix) :] not in paths:
            paths.append(path[len(prefix) :])
    return paths


def crash_points(found: list[Call]) -> list[Call]:
    """The calls to kill at: every call that is not a write and, in each stretch of writes
    between two of them, the first write to each file, the last, and three in between (a
    kill elsewhere in the stretch leaves the same kinds of files: nothing is flushed in
    between).
    While only temporary files are written, a kill leaves the final names as they were
    whatever the call; there each kind of call on each kind of file is kept once."""
    points: list[Call] = []
    stretch: list[Call] = []
    for call in [*found, None]:
        if call is not None and call.name in WRITING:
            stretch.append(call)
            continue
        points += _within(stretch)
        stretch = []
        if call is not None:
            points.append(call)
    return _once_on_temporaries(points)


def _within(stretch: list[Call]) -> list[Call]:
    firsts = {}
    for i, call in enumerate(stretch):
        firsts.setdefault((call.tid, call.paths), i)
    n = len(stretch)
    chosen = {*firsts.values(), n // 4, n // 2, 3 * n // 4, n - 1} if stretch else set()
    return [stretch[i] for i in sorted(chosen)]


def _once_on_temporaries(points: list[Call]) -> list[Call]:
    seen: set[tuple[str, tuple[str, ...]]] = set()
    kept = []
    for call in points:
        if all(TEMPORARY.search(p) for p in call.paths):
            kind = (call.name, tuple(TEMPORARY.sub("*", p) for p in call.paths))
            if kind in seen:
                continue
            seen.add(kind)
        kept.append(call)
    return kept


def killed_at(log: Path, folder: Path) -> Call | None:
    """The call a run was killed on entering, or None when it was not killed by strace."""
    last: dict[int, Call] = {}
    seen: dict[tuple[int, str], int] = {}
    prefix = f"{folder}/"
    for line in log.read_text(errors="replace").splitlines():
        if "+++ killed by SIGKILL" in line:
            tid = int(line.split()[0])
            return last.get(tid)
        match = _LINE.match(line)
        if match:
            tid, name = int(match[1]), match[2]
            seen[tid, name] = seen.get((tid, name), 0) + 1
            paths = tuple(_paths_in(match[3], prefix)) or ("(outside the folder)",)
            last[tid] = Call(tid, name, seen[tid, name], paths)
    return None


def run(
    args: list[str],
    *,
    log: Path,
    env: dict[str, str],
    cwd: Path,
    inject: str | None = None,
    stdin: str = "",
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(log, args, inject),
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
