"""The ``skolgrupp`` command: the desktop program, and commands over the workspace core.

Exit codes: 0 success, 1 a failure the user can act on (one line on stderr, no traceback),
2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from skolgrupp.cli.output import fail
from skolgrupp.cli.parser import COMMANDS, build_parser
from skolgrupp.cli.usage_texts import use_translated_messages
from skolgrupp.core.errors import WorkspaceError
from skolgrupp.core.i18n import set_language, translate


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    language, _ = _pre_parse(args_list)
    if language:
        set_language(language)
    use_translated_messages()
    parser = build_parser(with_commands=_wants_command(args_list))
    try:
        args = parser.parse_args(args_list)
    except SystemExit as e:  # --help, --version and usage errors (2)
        return e.code if isinstance(e.code, int) else 2
    try:
        try:
            return _run(args)
        except Exception as e:  # a problem of the file that surfaced where none was expected
            from skolgrupp.core.workspace import user_error

            found = user_error(e, Path(args.file) if getattr(args, "file", None) else None)
            if found is e:
                raise
            raise found from e
    except WorkspaceError as e:
        return fail(e.message)
    except KeyboardInterrupt:
        return fail(translate("cli", "Interrupted."))
    except BrokenPipeError:
        return 0
    except OSError as e:
        from skolgrupp.core.atomic import read_error
        from skolgrupp.core.store.connection import environment_error

        path = Path(str(e.filename or ""))
        return fail((environment_error(e, path) or read_error(e, path)).message)
    except Exception as e:  # a bug: where it happened, never the message (it can quote notes)
        from skolgrupp.cli.output import note
        from skolgrupp.core.errors import bug_report

        code = fail(
            translate(
                "cli",
                "Something went wrong in Skolgrupp; your workspace is safe. Please send this "
                "report to whoever supports Skolgrupp for you:",
            )
        )
        for line in bug_report(e).splitlines():
            note(line)
        return code


def _run(args: argparse.Namespace) -> int:
    if args.command is None:
        # The desktop program: Qt now, the core later on its database thread.
        from skolgrupp.gui.app import run

        file = Path(args.file) if args.file else None
        screenshot = Path(args.screenshot) if args.screenshot else None
        return run(file, screenshot=screenshot, view=args.view)
    from skolgrupp.cli import commands

    return getattr(commands, f"cmd_{args.command.replace('-', '_')}")(args)


def _pre_parse(args: list[str]) -> tuple[str | None, list[str]]:
    """The language asked for, and the arguments besides it, before the real parsing."""
    pre = argparse.ArgumentParser(add_help=False)
    pre.add_argument("--language")
    known, rest = pre.parse_known_args(args)
    return (known.language if known.language in ("sv", "en") else None), rest


def _wants_command(args: list[str]) -> bool:
    """Whether the first word names a command; otherwise it is a file for the desktop program."""
    _, rest = _pre_parse(args)
    words = [a for a in rest if not a.startswith("-")]
    if not words:
        return any(a in ("-h", "--help") for a in rest)
    return words[0] in COMMANDS
