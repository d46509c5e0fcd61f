"""Benchmarks of the workspace core, each beside the same work done with raw sqlite3.

Not part of the test run: ``./dev.sh bench`` (or ``python bench/benchmark.py --scales 1,100``).
It builds demo workspaces at each scale and prints, for each measure, our figure, the floor and
their ratio. Targets at scale 100: search p95 <= 20 ms, open <= 300 ms, demo generation
<= 3x the floor; PDF documents: a session summary <= 150 ms and a term report of a group with
200 sessions <= 2 s, each <= 1.3x reportlab building the same flowables (``bench_reports``);
merging two copies with a tenth edited on each side: preview <= 2 s, merge <= 5 s
(``bench_merge``); the privacy scan of the whole workspace <= 2 s (``bench_privacy``).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench_bundle import bench_bundle
from bench_cycle import add_cycle, read_floor
from bench_merge import bench_merge
from bench_reports import bench_documents

from skolgrupp.core import jsonio, privacy_scan
from skolgrupp.core.demo import fill_demo
from skolgrupp.core.domain import BY_KIND
from skolgrupp.core.search import build_query, search
from skolgrupp.core.store import schema
from skolgrupp.core.store import search_index as fts
from skolgrupp.core.workspace import Workspace

INSTALLATION = "00000000-0000-4000-8000-0000000000be"
QUERIES = [
    "läs",
    "läsförståelse",
    "elever",
    "fallelever",
    "bråk",
    "taluppfattning",
    "stöd",
    "bildstöd",
    "högläsning",
    "problemlösning",
    "frågor texten",
    "elev a",
    "lässtrategier",
    "pröva",
    "klassrummet",
    "modell",
    "samtal",
    "skriv",
    "tallinje",
    "anpassningar",
    '"eleverna i"',
    "genomgång",
    "återkoppling",
    "nästa steg",
    "ämnesgrupp",
]


def timed(fn: Callable[[], object], repeat: int = 1) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def raw_schema(conn: sqlite3.Connection) -> None:
    for statement in schema.SCHEMA_1_0 + schema.SCHEMA_1_1:
        conn.execute(statement)


def all_rows(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {
            cls.table: conn.execute(
                f"SELECT {', '.join(cls.columns())} FROM {cls.table}"  # noqa: S608 - our names
            ).fetchall()
            for cls in BY_KIND.values()
        }
    finally:
        conn.close()


def floor_insert(target: Path, rows: dict[str, list[tuple]], with_index: bool = True) -> None:
    """The same rows written with plain sqlite3: one transaction, executemany per table."""
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    raw_schema(conn)
    conn.execute("BEGIN")
    conn.execute("PRAGMA defer_foreign_keys = ON")
    for cls in BY_KIND.values():
        marks = ", ".join("?" * len(cls.columns()))
        conn.executemany(
            f"INSERT INTO {cls.table} VALUES ({marks})",  # noqa: S608 - our own names
            rows[cls.table],
        )
    if with_index:
        fts.rebuild(conn)
    conn.execute("COMMIT")
    conn.close()


def bench_scale(
    scale: int, folder: Path, report: Callable[..., None], *, only: str | None = None
) -> None:
    path = folder / f"demo-{scale}.skolgrupp"
    path.unlink(missing_ok=True)

    def generate() -> None:
        with Workspace.create(path, installation_id=INSTALLATION) as ws:
            fill_demo(ws, scale=scale, seed=1, term="ht2026", today=date(2026, 11, 25))

    ours = timed(generate)[0]
    if only == "documents":
        bench_reports(scale, path, folder, report)
        return
    if only == "merge":
        bench_merge(path, folder, report, scale)
        return
    if only == "privacy":
        bench_privacy(scale, path, report)
        return
    rows = all_rows(path)
    total = sum(len(r) for r in rows.values())

    def floor() -> None:
        target = folder / f"floor-{scale}.skolgrupp"
        target.unlink(missing_ok=True)
        floor_insert(target, rows)

    floor_time = min(timed(floor, 3 if scale < 10 else 1))
    report(scale, "demo generation (s)", ours, floor_time, target="<= 3x floor")
    report(scale, "bulk insert (records/s)", total / ours, total / floor_time, higher=True)

    def open_ours() -> None:
        with Workspace.open(path, installation_id=INSTALLATION) as ws:
            ws.counts()

    def open_floor() -> None:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("SELECT count(*) FROM reflections WHERE deleted_at IS NULL").fetchone()
        conn.close()

    report(
        scale,
        "open + counts (ms)",
        1000 * statistics.median(timed(open_ours, 15)),
        1000 * statistics.median(timed(open_floor, 15)),
        target="<= 300 ms",
    )

    def check_ours() -> None:
        with Workspace.open(path, installation_id=INSTALLATION) as ws:
            assert ws.check() == []

    def check_floor() -> None:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA integrity_check").fetchall()
        conn.execute("PRAGMA foreign_key_check").fetchall()
        conn.close()

    report(
        scale,
        "open + full check (ms)",
        1000 * min(timed(check_ours, 3)),
        1000 * min(timed(check_floor, 3)),
    )

    with Workspace.open(path, installation_id=INSTALLATION) as ws:
        ours_times, floor_times = [], []
        for _ in range(5):
            for q in QUERIES:
                ours_times += timed(lambda q=q: search(ws, q, limit=20))
                match = build_query(q)
                floor_times += timed(
                    lambda m=match: ws.store.conn.execute(
                        "SELECT rowid FROM search_index WHERE search_index MATCH ? "
                        "ORDER BY rank LIMIT 20",
                        [m],
                    ).fetchall()
                )
        report(
            scale,
            "search median (ms)",
            1000 * statistics.median(ours_times),
            1000 * statistics.median(floor_times),
        )
        report(
            scale,
            "search p95 (ms)",
            1000 * percentile(ours_times, 95),
            1000 * percentile(floor_times, 95),
            target="<= 20 ms",
        )

        out_json = folder / f"demo-{scale}.json"
        export = min(timed(lambda: jsonio.export_json(ws, out_json), 1 if scale > 10 else 3))

    def export_floor() -> None:
        data = all_rows(path)
        with open(folder / "floor.json", "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False)

    report(scale, "JSON export (s)", export, min(timed(export_floor, 1 if scale > 10 else 3)))

    def import_ours() -> None:
        target = folder / f"import-{scale}.skolgrupp"
        target.unlink(missing_ok=True)
        with Workspace.create(target, installation_id=INSTALLATION) as ws:
            jsonio.import_json(ws, out_json)

    def import_floor() -> None:
        with open(folder / "floor.json", encoding="utf-8") as f:
            data = {k: [tuple(r) for r in v] for k, v in json.load(f).items()}
        target = folder / f"import-floor-{scale}.skolgrupp"
        target.unlink(missing_ok=True)
        floor_insert(target, data)

    report(scale, "JSON import (s)", min(timed(import_ours)), min(timed(import_floor)))
    bench_privacy(scale, path, report)
    bench_window(scale, path, report, core_search_ms=1000 * percentile(ours_times, 95))
    report(
        scale,
        "file size (MB)",
        path.stat().st_size / 1e6,
        (folder / f"floor-{scale}.skolgrupp").stat().st_size / 1e6,
    )
    report(scale, "records", total, total)
    bench_reports(scale, path, folder, report)
    bench_merge(path, folder, report, scale)


def bench_privacy(scale: int, path: Path, report: Callable[..., None]) -> None:
    """The privacy scan of the whole workspace, private reflections included, beside its
    floor: the same SELECTs with their rows fetched and nothing checked; taken in turns."""
    with Workspace.open(path, read_only=True, installation_id=INSTALLATION) as ws:
        queries = [q for kind in privacy_scan.SCANNED if (q := privacy_scan.text_query(kind))]

        def floor() -> None:
            for sql, params in queries:
                ws.store.conn.execute(sql, params).fetchall()

        ours, plain = [], []
        for _ in range(3):
            ours += timed(lambda: privacy_scan.scan(ws))
            plain += timed(floor)
    report(scale, "privacy scan (s)", min(ours), min(plain), target="<= 2 s")
    # The whole command, from process start, beside a process that runs the same SELECTs
    # with plain sqlite3.
    floor_script = (
        "import json, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "for sql, params in json.loads(sys.argv[2]):\n"
        "    conn.execute(sql, params).fetchall()\n"
    )
    command = [sys.executable, "-m", "skolgrupp", "privacy", str(path), "--json"]
    plain_command = [sys.executable, "-c", floor_script, str(path), json.dumps(queries)]
    ours, plain = [], []
    for _ in range(3):
        ours += timed(lambda: subprocess.run(command, capture_output=True, check=True))
        plain += timed(lambda: subprocess.run(plain_command, capture_output=True, check=True))
    report(scale, "privacy command (s)", min(ours), min(plain), target="whole process")


def bench_reports(scale: int, path: Path, folder: Path, report: Callable[..., None]) -> None:
    """The PDF documents, on a copy of the demo with the benchmark's cycle and a group with
    200 sessions added."""
    documents = path.with_name(f"documents-{path.name}")
    shutil.copy(path, documents)
    add_cycle(documents)
    bench_documents(documents, folder, report, scale)


def probe(*args: str) -> tuple[float, dict]:
    """Start the window probe in a fresh process; seconds until its window showed content, and
    what it reported (times since the epoch, memory, keystroke latencies)."""
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.time()
    out = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("gui_probe.py")), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    values = json.loads(out.stdout.strip().splitlines()[-1])
    values["window_s"] = values["window"] - start
    return values["shown"] - start, values


def bench_window(
    scale: int, path: Path, report: Callable[..., None], *, core_search_ms: float
) -> None:
    """The desktop program on this workspace beside a bare PySide6 window; a keystroke's
    search beside the same search called directly."""
    # An installed program starts from compiled bytecode, as PySide6 does from its own; with
    # PYTHONDONTWRITEBYTECODE set, a source checkout would compile itself anew at every start.
    compileall.compile_dir(Path(__file__).parents[1] / "skolgrupp", quiet=1)
    # The window opens a copy that also holds the cycle it opens, a lesson study with three
    # research lessons, six observers and three case pupils; the file measured stays the demo.
    opened = path.with_name(f"window-{path.name}")
    shutil.copy(path, opened)
    group_id, cycle_id = add_cycle(opened)
    ours = [probe("app", str(opened), group_id, cycle_id) for _ in range(5)]
    floor = [probe("floor") for _ in range(5)]
    bare = 1000 * min(t for t, _ in floor)
    report(
        scale,
        "window shown (ms)",
        1000 * min(v["window_s"] for _, v in ours),
        bare,
        target="<= 1.5x floor",
    )
    report(scale, "window with content (ms)", 1000 * min(t for t, _ in ours), bare)
    report(
        scale,
        "peak memory (MB)",
        max(v["peak_rss_mb"] for _, v in ours),
        max(v["peak_rss_mb"] for _, v in floor),
    )
    report(scale, "group's session list (ms)", min(v["sessions_ms"] for _, v in ours), float("nan"))
    report(
        scale,
        "a cycle shown (ms)",
        min(v["cycle_ms"] for _, v in ours),
        1000 * min(timed(lambda: read_floor(opened, cycle_id), 5)),
        target="<= 100 ms",
    )
    keys = [k for _, v in ours for k in v["keystrokes_ms"]]
    report(
        scale,
        "search per keystroke p95 (ms)",
        percentile(keys, 95),
        core_search_ms,
        target="<= 50 ms",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="1,100", help="comma-separated demo scales")
    parser.add_argument("--keep", metavar="DIR", help="keep the workspaces in this folder")
    parser.add_argument(
        "--only",
        choices=("documents", "merge", "privacy", "bundle"),
        help="measure the PDF documents, merging, the privacy scan or the installable program only",
    )
    parser.add_argument(
        "--bundle", metavar="DIR", help="with --only bundle: a program folder already built"
    )
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="skolgrupp-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"{'scale':>5}  {'measure':<26} {'ours':>10} {'floor':>10} {'ratio':>6}  target")

    def report(scale, name, ours, floor, *, target="", higher=False):
        ratio = (floor / ours if higher else ours / floor) if floor and ours else float("nan")
        print(f"{scale:>5}  {name:<26} {ours:>10.2f} {floor:>10.2f} {ratio:>5.2f}x  {target}")
        sys.stdout.flush()

    try:
        if args.only == "bundle":
            demo = folder / "bundle-demo.skolgrupp"
            with Workspace.create(demo, installation_id=INSTALLATION) as ws:
                fill_demo(ws, scale=1, seed=1, term="ht2026", today=date(2026, 11, 25))
            bench_bundle(folder, report, demo, Path(args.bundle) if args.bundle else None)
            return 0
        for scale in (int(s) for s in args.scales.split(",")):
            bench_scale(scale, folder, report, only=args.only)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
