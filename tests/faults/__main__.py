"""``python -m tests.faults [crash|power|hostile|all] --count N``: run the fault harnesses and
print what they tried and what went wrong; exits 1 when anything did."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tests.faults.common import Figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="./dev.sh faults", description=__doc__)
    parser.add_argument(
        "kind", nargs="?", default="all", choices=["crash", "power", "hostile", "all"]
    )
    parser.add_argument(
        "--count", type=int, default=0, help="how many faults of each kind (0: all)"
    )
    parser.add_argument("--seed", type=int, default=1, help="the random choices' seed")
    args = parser.parse_args(argv)
    results: list[Figures] = []
    with tempfile.TemporaryDirectory(prefix="skolgrupp-faults-") as folder:
        work = Path(folder)
        if args.kind in ("crash", "all"):
            from tests.faults import crash_points

            results.append(crash_points.run(work / "crash", count=args.count, seed=args.seed))
        if args.kind in ("power", "all"):
            from tests.faults import power_cuts

            results.append(power_cuts.run(work / "power", count=args.count, seed=args.seed))
        if args.kind in ("hostile", "all"):
            from tests.faults import hostile_files

            results.append(hostile_files.run(work / "hostile", count=args.count, seed=args.seed))
            if not args.count:
                results.append(_window_meets_every_hostile_file())
    for figures in results:
        print(f"{figures.name}:")
        for what, n in figures.tried.items():
            print(f"  {what}: {n}")
        print(f"  failures: {len(figures.failures)}")
        for failure in figures.failures[:50]:
            print(f"    {failure}")
    return 0 if all(f.ok for f in results) else 1


def _window_meets_every_hostile_file() -> Figures:
    """File › Open and File › Merge in the window over every hostile workspace file: the
    window's test, run with every file instead of its sample."""
    import os
    import re
    import subprocess

    from tests.faults.test_hostile_gui import EVERY_FILE

    figures = Figures("hostile files in the window (File › Open, File › Merge)")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-rf",
            str(Path(__file__).with_name("test_hostile_gui.py")),
        ],
        env={**os.environ, EVERY_FILE: "1", "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
    )
    for what in ("passed", "failed", "error"):
        found = re.search(rf"(\d+) {what}", done.stdout)
        figures.count(f"runs {what}", int(found[1]) if found else 0)
    for line in done.stdout.splitlines():
        if line.startswith(("FAILED", "ERROR")):
            figures.fail(line)
    if done.returncode != 0 and not figures.failures:
        figures.fail(done.stdout[-2000:] + done.stderr[-2000:])
    return figures


if __name__ == "__main__":
    sys.exit(main())
