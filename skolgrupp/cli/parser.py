"""The command line's grammar."""

from __future__ import annotations

import argparse

from skolgrupp import __version__
from skolgrupp.core.i18n import translate

KINDS = ("groups", "people", "sessions", "reflections", "cycles")
COMMANDS = (
    "new",
    "demo",
    "info",
    "list",
    "check",
    "search",
    "export-json",
    "import-json",
)


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            translate("cli", "{value} is not a whole number of 1 or more", value=text)
        )
    return value


def build_parser(*, with_commands: bool) -> argparse.ArgumentParser:
    _ = translate
    parser = argparse.ArgumentParser(
        prog="skolgrupp",
        description=_(
            "cli",
            "Plan sessions, log reflections and follow lesson-study cycles in collegial "
            "learning groups. Without a command, opens the desktop program on FILE.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"skolgrupp {__version__}")
    parser.add_argument(
        "--language", choices=("sv", "en"), help=_("cli", "language of messages (default sv)")
    )
    if not with_commands:
        parser.add_argument(
            "file",
            nargs="?",
            metavar="FILE",
            help=_("cli", "workspace to open (default: your default workspace)"),
        )
        parser.set_defaults(command=None)
        return parser

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=text, description=text)
        p.add_argument("file", metavar="FILE", help=_("cli", "the workspace file"))
        return p

    command("new", _("cli", "create a new, empty workspace"))
    p = command("demo", _("cli", "fill a workspace with realistic demo content"))
    p.add_argument(
        "--scale",
        type=_positive,
        default=1,
        help=_("cli", "multiply the demo content (100 gives about 100,000 reflections)"),
    )
    p.add_argument("--seed", type=int, default=1, help=_("cli", "seed for reproducible content"))
    p.add_argument("--term", help=_("cli", "term to fill, like ht2026 or vt2027 (default: now)"))
    p = command("info", _("cli", "show the format version and what the workspace holds"))
    p.add_argument("--json", action="store_true", help=_("cli", "print JSON"))
    p = command("list", _("cli", "list groups, people, sessions, reflections or cycles"))
    p.add_argument("kind", choices=KINDS, metavar="KIND", help=" | ".join(KINDS))
    p.add_argument("--group", metavar="ID", help=_("cli", "only what belongs to this group"))
    p.add_argument("--json", action="store_true", help=_("cli", "print JSON"))
    command("check", _("cli", "check the file's integrity, references and schema"))
    p = command("search", _("cli", "search sessions, agendas, minutes, decisions, reflections"))
    p.add_argument("query", metavar="QUERY", help=_("cli", "words to look for"))
    p.add_argument("--limit", type=_positive, default=20, help=_("cli", "most hits to show"))
    p.add_argument("--group", metavar="ID", help=_("cli", "only in this group"))
    p.add_argument("--json", action="store_true", help=_("cli", "print JSON"))
    p = command("export-json", _("cli", "write the whole workspace as JSON"))
    p.add_argument(
        "-o", "--output", required=True, metavar="OUT.json", help=_("cli", "the JSON file to write")
    )
    p = command("import-json", _("cli", "load a JSON export into a new workspace"))
    p.add_argument("source", metavar="IN.json", help=_("cli", "the JSON file to read"))
    return parser
