"""The installable program beside the source checkout (the floor column): the size of the
Linux program folder, and how long each takes to tell its version and to show a workspace's
window with content (``--screenshot`` exits as soon as it has). The bundle is built here
unless given."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPEAT = 5


def folder_mb(folder: Path) -> float:
    """What the folder takes, in millions of bytes; links to files in it count once."""
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1_000_000


def seconds(command: list[str]) -> float:
    """The median time of ``command`` run to its end, offscreen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    times = []
    for _ in range(REPEAT):
        started = time.perf_counter()
        subprocess.run(command, check=True, env=env, capture_output=True, timeout=120)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def bench_bundle(
    folder: Path, report: Callable[..., None], demo: Path, bundle: Path | None = None
) -> None:
    if bundle is None:
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "packaging" / "build.py"),
                "--dist",
                str(folder / "dist"),
                "--no-archive",
            ],
            check=True,
            cwd=ROOT,
        )
        bundle = folder / "dist" / "skolgrupp"
    program = str(bundle / "skolgrupp")
    source = [sys.executable, "-m", "skolgrupp"]
    size = folder_mb(bundle)
    report(1, "bundle size (MB)", size, size, target="<= 150 MB")
    report(
        1, "--version, bundle (s)", seconds([program, "--version"]), seconds([*source, "--version"])
    )
    shot = str(folder / "bench-shot.png")
    report(
        1,
        "window shown, bundle (s)",
        seconds([program, str(demo), "--screenshot", shot]),
        seconds([*source, str(demo), "--screenshot", shot]),
    )
