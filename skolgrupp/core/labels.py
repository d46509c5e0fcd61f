"""Words for the values a user sees, in their language."""

from skolgrupp.core.i18n import QT_TRANSLATE_NOOP, translate

_LABELS = {
    "reading": QT_TRANSLATE_NOOP("values", "reading, writing and language"),
    "maths": QT_TRANSLATE_NOOP("values", "mathematics"),
    "special_support": QT_TRANSLATE_NOOP("values", "special support"),
    "other": QT_TRANSLATE_NOOP("values", "other"),
    "planned": QT_TRANSLATE_NOOP("values", "planned"),
    "held": QT_TRANSLATE_NOOP("values", "held"),
    "cancelled": QT_TRANSLATE_NOOP("values", "cancelled"),
    "private": QT_TRANSLATE_NOOP("values", "private"),
    "group": QT_TRANSLATE_NOOP("values", "shared with the group"),
    "teacher": QT_TRANSLATE_NOOP("values", "teacher"),
    "member": QT_TRANSLATE_NOOP("values", "member"),
    "leader": QT_TRANSLATE_NOOP("values", "group leader"),
    "principal": QT_TRANSLATE_NOOP("values", "principal"),
    "support": QT_TRANSLATE_NOOP("values", "central support"),
    "municipal": QT_TRANSLATE_NOOP("values", "municipal"),
    "independent": QT_TRANSLATE_NOOP("values", "independent"),
    "preschool": QT_TRANSLATE_NOOP("values", "preschool"),
    "compulsory": QT_TRANSLATE_NOOP("values", "compulsory school"),
    "upper_secondary": QT_TRANSLATE_NOOP("values", "upper secondary school"),
    "adapted": QT_TRANSLATE_NOOP("values", "adapted school"),
    "session": QT_TRANSLATE_NOOP("values", "session"),
    "agenda_item": QT_TRANSLATE_NOOP("values", "agenda item"),
    "decision": QT_TRANSLATE_NOOP("values", "decision"),
    "action_item": QT_TRANSLATE_NOOP("values", "action item"),
    "reflection": QT_TRANSLATE_NOOP("values", "reflection"),
    "commitment": QT_TRANSLATE_NOOP("values", "commitment"),
    "cycle": QT_TRANSLATE_NOOP("values", "cycle"),
    "research_lesson": QT_TRANSLATE_NOOP("values", "research lesson"),
    "observation": QT_TRANSLATE_NOOP("values", "observation"),
    "lesson_study": QT_TRANSLATE_NOOP("values", "lesson study"),
    "learning_study": QT_TRANSLATE_NOOP("values", "learning study"),
    "module": QT_TRANSLATE_NOOP("values", "module-based cycle"),
    "not_started": QT_TRANSLATE_NOOP("values", "not started"),
    "active": QT_TRANSLATE_NOOP("values", "in progress"),
    "done": QT_TRANSLATE_NOOP("values", "done"),
    "pre": QT_TRANSLATE_NOOP("values", "pre-test"),
    "post": QT_TRANSLATE_NOOP("values", "post-test"),
    "delayed": QT_TRANSLATE_NOOP("values", "delayed post-test"),
}


def label(value: str | None) -> str:
    """The user's word for a stored value (the value itself when it has none)."""
    if value is None:
        return ""
    text = _LABELS.get(value)
    return translate("values", text) if text else value
