"""Translation for the Qt-free core and the command line.

The whole program has one set of Qt Linguist sources, ``resources/translations/skolgrupp_*.ts``.
``pyside6-lupdate`` finds the core's strings because they are marked with ``translate()`` and
``QT_TRANSLATE_NOOP()``; the desktop program loads the compiled ``.qm`` files through Qt, and
the core reads the same ``.ts`` sources here, so a message has one translation wherever it shows.

Swedish is the default language. English is used when asked for with ``set_language("en")``,
the ``SKOLGRUPP_LANG`` environment variable, or a locale whose language is English.
"""

from __future__ import annotations

import os
from functools import cache

from skolgrupp.resources import resource_path

SOURCE_LANGUAGE = "en"
LANGUAGES = ("sv", "en")
_language: str | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    """Mark a string for translation where it is defined; translate it where it is shown."""
    del context
    return text


def _language_from_environment() -> str:
    explicit = os.environ.get("SKOLGRUPP_LANG", "").strip().lower()
    if explicit[:2] in LANGUAGES:
        return explicit[:2]
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "sv"
    return "sv"


def language() -> str:
    return _language or _language_from_environment()


def chosen_language() -> str | None:
    """The language set with ``set_language`` (a command-line option), if any."""
    return _language


def set_language(code: str | None) -> None:
    """Choose the language for messages; ``None`` goes back to the environment's choice."""
    global _language
    if code is not None and code not in LANGUAGES:
        raise ValueError(f"unsupported language {code!r}")
    _language = code


@cache
def catalogue(code: str) -> dict[tuple[str, str], str]:
    """The finished translations of one language, keyed by (context, source text)."""
    import xml.etree.ElementTree as ET  # only when a message is first translated

    path = resource_path("translations", f"skolgrupp_{code}.ts")
    if not path.exists():
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            found[(name, message.findtext("source", ""))] = translation.text or ""
    return found


def translate(context: str, text: str, /) -> str:
    """Translate ``text``; fill in its ``{placeholders}`` afterwards with ``.format()``.

    Pass the context and text as literals on the call, with no other arguments: that is the
    form ``pyside6-lupdate`` recognises.
    """
    code = language()
    if code != SOURCE_LANGUAGE:
        text = catalogue(code).get((context, text), text)
    return text
