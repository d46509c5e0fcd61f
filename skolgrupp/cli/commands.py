"""What each command does. Each returns the exit code."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from skolgrupp.cli.output import fail, say
from skolgrupp.core import jsonio
from skolgrupp.core import search as search_module
from skolgrupp.core.domain import Group
from skolgrupp.core.i18n import translate
from skolgrupp.core.labels import label
from skolgrupp.core.store import queries
from skolgrupp.core.workspace import Workspace


def _json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_new(args: argparse.Namespace) -> int:
    path = Path(args.file)
    Workspace.create(path).close()
    say(translate("cli", "Created the workspace {path}.").format(path=path))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from skolgrupp.core import demo

    path = Path(args.file)
    with Workspace.filling(path) as ws:
        if ws.count(Group) or ws.counts()["people"]:
            return fail(
                translate(
                    "cli", "{name} already holds data; demo content goes into a new workspace."
                ).format(name=path.name)
            )
        counts = demo.fill_demo(ws, scale=args.scale, seed=args.seed, term=args.term)
    say(
        translate(
            "cli",
            "Filled {path} with demo content: {groups} groups, {people} people, "
            "{sessions} sessions, {reflections} reflections.",
        ).format(
            path=path,
            groups=counts.get("group", 0),
            people=counts.get("person", 0),
            sessions=counts.get("session", 0),
            reflections=counts.get("reflection", 0),
        )
    )
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with Workspace.open(args.file, read_only=True) as ws:
        counts = ws.counts()
        groups = [
            {"id": g["id"], "name": g["name"], "subject": g["subject"]}
            for g in queries.groups(ws.store)
        ]
        info = {"format_version": ws.format_version, "counts": counts, "groups": groups}
        note = ws.read_only_reason
    if args.json:
        _json(info)
        return 0
    say(translate("cli", "Workspace {path}").format(path=args.file))
    say(translate("cli", "File format {version}").format(version=info["format_version"]))
    for key, text in (
        ("schools", translate("cli", "Schools")),
        ("people", translate("cli", "People")),
        ("groups", translate("cli", "Groups")),
        ("sessions", translate("cli", "Sessions")),
        ("reflections", translate("cli", "Reflections")),
        ("private_reflections", translate("cli", "  of which private")),
        ("cycles", translate("cli", "Lesson-study cycles")),
    ):
        say(f"{text}: {counts[key]}")
    for g in groups:
        say(f"  {g['id']}  {g['name']} ({label(g['subject'])})")
    if note:
        print(note, file=sys.stderr)
    return 0


_LIST_COLUMNS = {
    "groups": ("id", "name", "subject", "term", "members", "sessions"),
    "people": ("id", "name", "role", "school", "email"),
    "sessions": ("id", "date", "start_time", "status", "group_name", "title"),
    "reflections": ("id", "written_on", "visibility", "author", "group_name", "text"),
    "cycles": ("id", "cycle_type", "group_name", "phase", "title"),
}
_LABELLED = {"subject", "role", "status", "visibility", "cycle_type"}


def cmd_list(args: argparse.Namespace) -> int:
    with Workspace.open(args.file, read_only=True) as ws:
        if args.group is not None:
            ws.get(Group, args.group)  # a clear message for an unknown group
        if args.kind == "groups":
            rows = queries.groups(ws.store)
        elif args.kind == "people":
            rows = queries.people(ws.store, args.group)
        elif args.kind == "sessions":
            rows = queries.sessions(ws.store, args.group)
        elif args.kind == "reflections":
            rows = queries.reflections(ws.store, args.group)
        else:
            rows = queries.cycles(ws.store, args.group)
    if args.json:
        _json(rows)
        return 0
    columns = _LIST_COLUMNS[args.kind]
    for row in rows:
        cells = []
        for c in columns:
            value = row.get(c)
            text = label(value) if c in _LABELLED else ("" if value is None else str(value))
            cells.append(" ".join(text.split()))
        say("  ".join(cells))
    if not rows:
        print(translate("cli", "Nothing to list."), file=sys.stderr)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from skolgrupp.core.errors import AlteredWorkspace

    try:
        with Workspace.open(args.file, read_only=True) as ws:
            problems = ws.check()
    except AlteredWorkspace as refused:
        for problem in refused.problems:
            say(problem)
        raise
    if problems:
        for problem in problems:
            say(problem)
        return fail(
            translate("cli", "{name} has problems (see above).").format(name=Path(args.file).name)
        )
    say(translate("cli", "{name} is healthy.").format(name=Path(args.file).name))
    return 0


def _plain(marked: str, start: str = "", end: str = "") -> str:
    return "".join(
        f"{start}{text}{end}" if hit else text for text, hit in search_module.segments(marked)
    )


def _highlights(marked: str) -> list[list[int]]:
    spans, offset = [], 0
    for text, hit in search_module.segments(marked):
        if hit:
            spans.append([offset, offset + len(text)])
        offset += len(text)
    return spans


def cmd_search(args: argparse.Namespace) -> int:
    with Workspace.open(args.file, read_only=True) as ws:
        if args.group is not None:
            ws.get(Group, args.group)
        hits = search_module.search(ws, args.query, limit=args.limit, group_id=args.group)
    if args.json:
        _json(
            [
                {
                    "kind": h.kind,
                    "id": h.record_id,
                    "group_id": h.group_id,
                    "group": h.group_name,
                    "session_id": h.session_id,
                    "session": h.session_title,
                    "date": h.date,
                    "visibility": h.visibility,
                    "title": _plain(h.title),
                    "snippet": _plain(h.snippet),
                    "highlights": _highlights(h.snippet),
                }
                for h in hits
            ]
        )
        return 0
    for h in hits:
        where = " · ".join(x for x in (h.group_name, h.session_title) if x)
        private = f" [{label('private')}]" if h.visibility == "private" else ""
        say(f"{h.date}  {label(h.kind)}{private}  {where}")
        title = _plain(h.title, "[", "]")
        body = " ".join(_plain(h.snippet, "[", "]").split())
        say(f"    {title}  {body}".rstrip() if title else f"    {body}")
    if not hits:
        print(translate("cli", "No matches."), file=sys.stderr)
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    with Workspace.open(args.file, read_only=True) as ws:
        count = jsonio.export_json(ws, Path(args.output))
        private = ws.counts()["private_reflections"]
    if private:
        print(
            translate(
                "cli",
                "The export holds {count} private reflections. Keep the file to yourself: "
                "it is a backup, not something to share.",
            ).format(count=private),
            file=sys.stderr,
        )
    say(translate("cli", "Wrote {count} records to {path}.").format(count=count, path=args.output))
    return 0


def cmd_import_json(args: argparse.Namespace) -> int:
    path = Path(args.file)
    records = jsonio.load(Path(args.source))  # all checked before a workspace is touched
    with Workspace.filling(path) as ws:
        count = jsonio.import_records(ws, records)
    say(translate("cli", "Imported {count} records into {path}.").format(count=count, path=path))
    return 0


def cmd_pdf(args: argparse.Namespace) -> int:
    """Print one of the documents; the reports load only for this command."""
    from skolgrupp.reports import documents

    target = Path(args.output)
    request = documents.Request(
        args.document,
        args.id,
        first=args.first,
        last=args.last,
        owner=args.owner,
        observer=args.observer,
    )
    with Workspace.open(args.file, read_only=True) as ws:
        findings = documents.document_findings(ws, request)
        if findings:
            _list_findings(
                translate(
                    "cli",
                    "The document holds what may be pupils' personal data; it is written all "
                    "the same:",
                ),
                findings,
            )
        documents.write(ws, request, target)
    say(translate("cli", "Wrote {path}.").format(path=target))
    return 0


def _finding_line(where: str, kind: str, certain: bool, text: str) -> str:
    from skolgrupp.core.privacy_scan import finding_name

    return translate("cli", '{where}: {what} "{text}"').format(
        where=where, what=finding_name(kind, certain), text=" ".join(text.split())
    )


def _list_findings(header: str, findings: list) -> None:
    """Findings of the privacy check on stderr, under a header: a warning beside the work."""
    from skolgrupp.cli.output import note

    note(header)
    for f in findings:
        note("  " + _finding_line(f.where, f.kind, f.certain, f.text))


def cmd_privacy(args: argparse.Namespace) -> int:
    """Every finding of the privacy check in the workspace, or in one group."""
    from skolgrupp.core.privacy_scan import scan

    with Workspace.open(args.file, read_only=True) as ws:
        if args.group is not None:
            ws.get(Group, args.group)  # a clear message for an unknown group
        findings = scan(ws, group_id=args.group)
    if args.json:
        _json(
            {
                "findings": [
                    {
                        "kind": f.kind,
                        "text": f.text,
                        "record_kind": f.record_kind,
                        "record_id": f.record_id,
                        "field": f.field,
                        "where": f.where,
                        "certain": f.certain,
                        "private": f.private,
                    }
                    for f in findings
                ]
            }
        )
        return 0
    for f in findings:
        say(_finding_line(f.where, f.kind, f.certain, f.text))
    if not findings:
        print(translate("cli", "The privacy check found nothing."), file=sys.stderr)
    return 0


def cmd_share(args: argparse.Namespace) -> int:
    """Write a group's shared work to a new file, after the privacy check."""
    from skolgrupp.cli.output import note
    from skolgrupp.core.domain import Group
    from skolgrupp.core.share import privacy_warnings, share_group

    target = Path(args.output)
    passphrase = _new_passphrase() if args.encrypt else None
    if args.encrypt and passphrase is None:
        return fail(translate("cli", "The two passphrases differ; nothing was shared."))
    with Workspace.open(args.file, read_only=True) as ws:
        group = ws.get(Group, args.group)
        warnings = privacy_warnings(ws, group.id)
        if warnings:
            note(translate("cli", "The privacy check found what may be pupils' personal data:"))
        for warning in warnings:
            note("  " + _finding_line(warning.where, warning.kind, warning.certain, warning.text))
        if warnings and not args.yes:
            return fail(
                translate(
                    "cli",
                    "Nothing was shared. Change the text in Skolgrupp first, or share anyway "
                    "with --yes.",
                )
            )
        shared = share_group(ws, group.id, target, passphrase=passphrase)
    say(
        translate("cli", "Wrote {path}: {name}, {count} records, no private reflections.").format(
            path=target, name=group.name, count=shared.records
        )
    )
    return 0


def _new_passphrase() -> str | None:
    """A passphrase typed twice at a terminal (None when the two differ), or the first line
    of standard input for a script; checked for length before anything is read."""
    from skolgrupp.core.sealed import check_passphrase

    if sys.stdin.isatty():
        import getpass

        first = getpass.getpass(translate("cli", "Passphrase: "))
        check_passphrase(first)
        again = getpass.getpass(translate("cli", "The same passphrase again: "))
        if again != first:
            return None
        return first
    passphrase = sys.stdin.readline().rstrip("\r\n")
    check_passphrase(passphrase)
    return passphrase


def _passphrase_for(path: Path) -> str:
    """The passphrase of a locked file: asked for at a terminal, else the first line of
    standard input."""
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(translate("cli", "Passphrase for {name}: ").format(name=path.name))
    return sys.stdin.readline().rstrip("\r\n")


def cmd_unlock(args: argparse.Namespace) -> int:
    """Write the workspace in a locked shared file, checked, to a plain workspace file."""
    from skolgrupp.core.sealed import NeedsPassphrase
    from skolgrupp.core.share import unlock
    from skolgrupp.core.store.connection import read_header

    source, target = Path(args.file), Path(args.output)
    try:
        read_header(source)  # says why when the file cannot be read at all
    except NeedsPassphrase:
        pass  # locked, as it should be
    else:
        return fail(
            translate("cli", "{name} is not locked; open or merge it as it is.").format(
                name=source.name
            )
        )
    unlock(source, _passphrase_for(source), target)
    say(translate("cli", "Wrote {path}; it opens like any workspace.").format(path=target))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    """Show what merging another copy would change, and apply it when confirmed."""
    from skolgrupp.core.merge import apply_merge, describe, preview_merge
    from skolgrupp.core.sealed import is_sealed

    other = Path(args.other)
    passphrase = _passphrase_for(other) if is_sealed(other) else None
    with Workspace.open(args.file) as ws:
        plan = preview_merge(ws, other, passphrase)
        lines = describe(plan)
        if not args.json:
            if plan.empty:
                say(translate("cli", "{other} holds nothing new.").format(other=other.name))
            for line in lines:
                say(line)
            if plan.future:
                say(
                    translate(
                        "cli",
                        "Note: {n} changes are dated more than a day ahead of this computer's "
                        "clock; the clock of the computer they come from may be wrong.",
                    ).format(n=plan.future)
                )
        confirmed = args.yes or (
            not args.dry_run and not args.json and not plan.empty and _confirm(plan)
        )
        applied = not plan.empty and not args.dry_run and confirmed
        snapshot = apply_merge(ws, plan) if applied else None
    if args.json:
        print(
            json.dumps(
                {
                    "source": str(other),
                    "counts": plan.counts(),
                    "deletions": plan.deletions,
                    "future": plan.future,
                    "applied": applied,
                    "snapshot": str(snapshot) if snapshot else None,
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    elif snapshot is not None:
        say(
            translate(
                "cli",
                "Merged. The workspace as it was before is kept as {snapshot}; "
                "'skolgrupp undo-merge' puts it back.",
            ).format(snapshot=snapshot.name)
        )
    if not plan.empty and not applied and not args.dry_run:
        return fail(translate("cli", "Nothing was merged: confirm with --yes."))
    return 0


def _confirm(plan) -> bool:
    """Ask at a terminal; without one, nothing is applied unless --yes was given."""
    if not sys.stdin.isatty():
        return False
    question = translate("cli", "Merge these changes? [y/N] ")
    if plan.deletions:
        question = translate(
            "cli", "The merge deletes {n} records here. Merge these changes? [y/N] "
        ).format(n=plan.deletions)
    answer = input(question).strip().casefold()
    return answer in ("y", "yes", "j", "ja")


def cmd_undo_merge(args: argparse.Namespace) -> int:
    from skolgrupp.core.merge import undo_merge

    path = Path(args.file)
    undo_merge(path)  # says why when it cannot
    say(translate("cli", "{name} is back as it was before its last merge.").format(name=path.name))
    return 0


def cmd_erase_pupil_data(args: argparse.Namespace) -> int:
    """Erase a finished cycle's case-pupil details after saying what goes, or list the
    cycles due (``--due``)."""
    from datetime import date

    from skolgrupp.core import retention
    from skolgrupp.core.domain import Cycle

    today = date.today()
    after = args.after or retention.DEFAULT_AFTER_DAYS
    if args.due or args.cycle is None:
        if args.cycle is not None or not args.due:
            return fail(translate("cli", "Give either a cycle's id or --due."))
        with Workspace.open(args.file, read_only=True) as ws:
            due = [
                (retention.finished_on(ws, c.id, today), c)
                for c in retention.due_for_erasure(ws, today, after)
            ]
        for finished, cycle in due:
            say(
                translate("cli", "{id}  finished {date}  {title}").format(
                    id=cycle.id, date=finished, title=" ".join(cycle.title.split())
                )
            )
        if not due:
            print(translate("cli", "No cycle is due for erasure."), file=sys.stderr)
        return 0
    with Workspace.open(args.file) as ws:
        cycle = ws.get(Cycle, args.cycle)
        finished = retention.finished_on(ws, cycle.id, today)
        if finished is None:
            raise retention.CycleNotFinished(cycle.title)
        details = retention.pupil_details(ws, cycle.id)
        say(
            translate(
                "cli",
                "{title}, finished {date}: {pupils} case pupils, {predictions} predictions, "
                "{observations} observations, {interviews} interviews.",
            ).format(
                title=" ".join(cycle.title.split()),
                date=finished,
                pupils=details.pupils,
                predictions=details.predictions,
                observations=details.observations,
                interviews=details.interviews,
            )
        )
        if not args.yes and not _ask(
            translate(
                "cli", "Erase them, keeping results and findings? It cannot be undone. [y/N] "
            )
        ):
            return fail(translate("cli", "Nothing was erased: confirm with --yes."))
        summary = retention.erase_pupil_details(ws, cycle.id, today)
    say(
        translate(
            "cli",
            "Erased {predictions} predictions, {observations} observations and {interviews} "
            "interviews; the {pupils} case pupils are now called by number, typifying no one.",
        ).format(
            predictions=summary.predictions,
            observations=summary.observations,
            interviews=summary.interviews,
            pupils=summary.pupils,
        )
    )
    if summary.snapshot_removed is not None:
        say(
            translate("cli", "Removed {name}, which still held them.").format(
                name=summary.snapshot_removed.name
            )
        )
    say(
        translate(
            "cli",
            "Copies made before (backups, saved copies, files shared with colleagues) are not "
            "changed; a colleague's copy learns of the erasure when it is merged.",
        )
    )
    return 0


def _ask(question: str) -> bool:
    """Ask at a terminal; without one, the answer is no."""
    if not sys.stdin.isatty():
        return False
    return input(question).strip().casefold() in ("y", "yes", "j", "ja")
