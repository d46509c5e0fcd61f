"""The messages argparse writes itself (usage, errors, help headings), in the user's language.

argparse looks its messages up through ``gettext`` at the moment it writes them, and Python
ships no Swedish for them, so the command line hands argparse this table instead.
"""

import argparse

from skolgrupp.core.i18n import QT_TRANSLATE_NOOP, translate

_MESSAGES = {
    text: text
    for text in (
        QT_TRANSLATE_NOOP("argparse", "usage: "),
        QT_TRANSLATE_NOOP("argparse", "positional arguments"),
        QT_TRANSLATE_NOOP("argparse", "options"),
        QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
        QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
        QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
        QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
        QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
        QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
        QT_TRANSLATE_NOOP("argparse", "expected one argument"),
        QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
        QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    )
}


def _gettext(text: str) -> str:
    return translate("argparse", text) if text in _MESSAGES else text


def use_translated_messages() -> None:
    """Make argparse write its own messages in the user's language."""
    argparse._ = _gettext  # type: ignore[attr-defined]
