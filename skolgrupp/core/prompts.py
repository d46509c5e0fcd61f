"""The questions a reflection can answer. Each is stored with its answer in the language the
author wrote in, so a reflection reads the same on a colleague's computer."""

from skolgrupp.core.i18n import QT_TRANSLATE_NOOP, translate

_PROMPTS = (
    QT_TRANSLATE_NOOP("prompts", "What happened when you tried the activity?"),
    QT_TRANSLATE_NOOP("prompts", "What did the pupils learn, and how do you know?"),
    QT_TRANSLATE_NOOP("prompts", "What do you take with you to the next session?"),
)


def reflection_prompts() -> list[str]:
    """The standard prompts, in the user's language."""
    return [translate("prompts", text) for text in _PROMPTS]
