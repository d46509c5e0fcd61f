"""Printing for the command line: user text is shown as text, never acted on by a terminal."""

import sys

# Characters a terminal acts on instead of showing (escape sequences, bells, text direction):
# a colleague's group name must not be able to clear the screen or fake a line of output.
_TERMINAL_CONTROLS = dict.fromkeys(
    [*range(0x00, 0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A)],
    "\ufffd",
)


def say(text: str) -> None:
    """Print one line of text output."""
    print(text.translate(_TERMINAL_CONTROLS))


def fail(message: str) -> int:
    """Print a failure as one line on stderr; the exit code for it."""
    print(f"skolgrupp: {message.translate(_TERMINAL_CONTROLS)}", file=sys.stderr)
    return 1


def note(text: str) -> None:
    """Print one more line on stderr, after a failure or as a warning."""
    print(text.translate(_TERMINAL_CONTROLS), file=sys.stderr)
