"""The command line's grammar."""

from __future__ import annotations

import argparse
from datetime import date

from skolgrupp import __version__
from skolgrupp.core.i18n import translate
from skolgrupp.core.terms import term_dates
from skolgrupp.reports.documents import DOCUMENTS

KINDS = ("groups", "people", "sessions", "reflections", "cycles")
VIEWS = ("overview", "sessions", "reflections", "cycles")
COMMANDS = (
    "new",
    "demo",
    "info",
    "list",
    "check",
    "search",
    "export-json",
    "import-json",
    "pdf",
    "privacy",
    "share",
    "unlock",
    "merge",
    "undo-merge",
    "erase-pupil-data",
)


LARGEST = 100_000  # more hits or a larger demo than anyone can use


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= LARGEST:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value} is not a whole number from 1 to {largest}").format(
                value=text, largest=LARGEST
            )
        )
    return value


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value} is not a date; write it like 2026-08-17").format(value=text)
        ) from None


def _term(text: str) -> str:
    try:
        term_dates(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value} is not a term; write it like ht2026 or vt2027").format(
                value=text
            )
        ) from None
    return text.lower()


def build_parser(*, with_commands: bool) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="skolgrupp",
        description=translate(
            "cli",
            "Plan sessions, log reflections and follow lesson-study cycles in collegial "
            "learning groups. Without a command, opens the desktop program on FILE.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"skolgrupp {__version__}",
        help=translate("cli", "show the program's version and exit"),
    )
    parser.add_argument(
        "--language",
        choices=("sv", "en"),
        help=translate("cli", "language of messages (default sv)"),
    )
    if not with_commands:
        parser.add_argument(
            "file",
            nargs="?",
            metavar="FILE",
            help=translate("cli", "workspace to open (default: your default workspace)"),
        )
        parser.add_argument(
            "--screenshot",
            metavar="OUT.png",
            help=translate("cli", "save a picture of the window once it is shown, and exit"),
        )
        parser.add_argument(
            "--view",
            default="overview",
            choices=VIEWS,
            help=translate("cli", "the view to show first"),
        )
        parser.set_defaults(command=None)
        return parser

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def output(p: argparse.ArgumentParser, metavar: str, text: str) -> None:
        p.add_argument("-o", "--output", required=True, metavar=metavar, help=text)

    def command(name: str, text: str, file: str | None = None) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("file", metavar="FILE", help=file or translate("cli", "the workspace file"))
        return p

    command("new", translate("cli", "create a new, empty workspace"))
    p = command("demo", translate("cli", "fill a workspace with realistic demo content"))
    p.add_argument(
        "--scale",
        metavar="N",
        type=_positive,
        default=1,
        help=translate("cli", "multiply the demo content (100 gives about 100,000 reflections)"),
    )
    p.add_argument(
        "--seed",
        type=int,
        default=1,
        metavar="S",
        help=translate("cli", "seed for reproducible content"),
    )
    p.add_argument(
        "--term",
        metavar="TERM",
        type=_term,
        help=translate("cli", "term to fill, like ht2026 or vt2027 (default: now)"),
    )
    p = command("info", translate("cli", "show the format version and what the workspace holds"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p = command("list", translate("cli", "list groups, people, sessions, reflections or cycles"))
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    p.add_argument(
        "--group", metavar="ID", help=translate("cli", "only what belongs to this group")
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    command("check", translate("cli", "check the file's integrity, references and schema"))
    p = command(
        "search", translate("cli", "search sessions, agendas, minutes, decisions, reflections")
    )
    p.add_argument("query", metavar="QUERY", help=translate("cli", "words to look for"))
    p.add_argument(
        "--limit",
        type=_positive,
        default=20,
        metavar="N",
        help=translate("cli", "most hits to show"),
    )
    p.add_argument("--group", metavar="ID", help=translate("cli", "only in this group"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p = command("export-json", translate("cli", "write the whole workspace as JSON"))
    output(p, "OUT.json", translate("cli", "the JSON file to write"))
    p = command("import-json", translate("cli", "load a JSON export into a new workspace"))
    p.add_argument("source", metavar="IN.json", help=translate("cli", "the JSON file to read"))
    p = command("pdf", translate("cli", "print a document as PDF"))
    p.add_argument("document", choices=DOCUMENTS, metavar="DOCUMENT", help=" | ".join(DOCUMENTS))
    p.add_argument(
        "id",
        metavar="ID",
        help=translate(
            "cli",
            "a session (session, plan), group (term), cycle, research lesson (observation) or "
            "school year like 2025/26 (year); ids come from 'skolgrupp list'",
        ),
    )
    output(p, "OUT.pdf", translate("cli", "the PDF to write"))
    p.add_argument(
        "--from", dest="first", type=_date, metavar="DATE", help=translate("cli", "term: first day")
    )
    p.add_argument(
        "--to", dest="last", type=_date, metavar="DATE", help=translate("cli", "term: last day")
    )
    p.add_argument(
        "--owner",
        choices=("municipal", "independent"),
        help=translate("cli", "year: only schools of this kind of owner"),
    )
    p.add_argument(
        "--observer", metavar="ID", help=translate("cli", "observation: whose sheet it is")
    )
    p = command(
        "privacy",
        translate(
            "cli",
            "list what looks like pupils' names or personal identity numbers in the workspace",
        ),
    )
    p.add_argument("--group", metavar="ID", help=translate("cli", "only in this group"))
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p = command("merge", translate("cli", "merge a colleague's copy into the workspace"))
    p.add_argument("other", metavar="OTHER", help=translate("cli", "the file to merge from"))
    p.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("cli", "only show what would change"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli", "print JSON"))
    p.add_argument(
        "--yes",
        action="store_true",
        help=translate("cli", "apply without asking, deletions included (for scripts)"),
    )
    command(
        "undo-merge", translate("cli", "put the workspace back as it was before its last merge")
    )
    p = command("share", translate("cli", "write a group's shared work to a new file"))
    p.add_argument(
        "--group", required=True, metavar="ID", help=translate("cli", "the group to share")
    )
    output(p, "OUT.skolgrupp", translate("cli", "the new file to write"))
    p.add_argument(
        "--yes",
        action="store_true",
        help=translate("cli", "share even when the privacy check finds something"),
    )
    p.add_argument(
        "--encrypt",
        action="store_true",
        help=translate(
            "cli",
            "lock the file with a passphrase (asked for; read from standard input when that "
            "is not a terminal)",
        ),
    )
    p = command(
        "unlock",
        translate("cli", "write the workspace in a locked shared file to a plain file"),
        translate("cli", "the locked shared file"),
    )
    output(p, "OUT.skolgrupp", translate("cli", "the new file to write"))
    p = command(
        "erase-pupil-data",
        translate(
            "cli",
            "erase a finished cycle's case-pupil details (predictions, observations, "
            "interviews); results and findings stay",
        ),
    )
    p.add_argument(
        "cycle",
        nargs="?",
        metavar="CYCLE_ID",
        help=translate("cli", "the cycle; ids come from 'skolgrupp list FILE cycles'"),
    )
    p.add_argument(
        "--due",
        action="store_true",
        help=translate("cli", "only list the finished cycles whose details are due to be erased"),
    )
    p.add_argument(
        "--after",
        type=_positive,
        metavar="DAYS",
        help=translate("cli", "due this many days after the cycle finished (default 365)"),
    )
    p.add_argument(
        "--yes", action="store_true", help=translate("cli", "erase without asking (for scripts)")
    )
    return parser
