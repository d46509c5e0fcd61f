"""Session templates: the usual shapes of a group's meetings, to start a plan from.

Their texts are written into the session in the user's language when it is made, so the plan
reads the same on a colleague's computer.
"""

from __future__ import annotations

from dataclasses import dataclass

from skolgrupp.core.domain import AgendaItem, Session, SessionFormat
from skolgrupp.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Template:
    format: SessionFormat
    name: str
    agenda: tuple[tuple[str, int], ...]  # (title, minutes)


TEMPLATES = (
    Template(
        SessionFormat.FOUR_PART,
        QT_TRANSLATE_NOOP("templates", "Four-part session (B and D)"),
        (
            (QT_TRANSLATE_NOOP("templates", "Welcome and purpose of the session"), 5),
            (QT_TRANSLATE_NOOP("templates", "Follow-up (D): how did it go in class?"), 30),
            (QT_TRANSLATE_NOOP("templates", "Discussion of the text or film (B)"), 30),
            (QT_TRANSLATE_NOOP("templates", "Planning: this I will try"), 20),
            (QT_TRANSLATE_NOOP("templates", "Summary and next steps"), 5),
        ),
    ),
    Template(
        SessionFormat.LESSON_STUDY_PLANNING,
        QT_TRANSLATE_NOOP("templates", "Lesson study: planning meeting"),
        (
            (QT_TRANSLATE_NOOP("templates", "The focus and what we know about it"), 20),
            (QT_TRANSLATE_NOOP("templates", "Case pupils and what we predict"), 25),
            (QT_TRANSLATE_NOOP("templates", "The research lesson, step by step"), 35),
            (QT_TRANSLATE_NOOP("templates", "Observers and roles"), 10),
        ),
    ),
    Template(
        SessionFormat.POST_LESSON,
        QT_TRANSLATE_NOOP("templates", "Post-lesson discussion"),
        (
            (QT_TRANSLATE_NOOP("templates", "The teacher's first thoughts"), 5),
            (QT_TRANSLATE_NOOP("templates", "Each case pupil: predicted and observed"), 40),
            (QT_TRANSLATE_NOOP("templates", "What the pupils learned"), 20),
            (QT_TRANSLATE_NOOP("templates", "What we change for the next lesson"), 25),
        ),
    ),
    Template(SessionFormat.FREE, QT_TRANSLATE_NOOP("templates", "Free meeting"), ()),
)


def template_for(format: SessionFormat | str) -> Template:
    return next(t for t in TEMPLATES if t.format == format)


def template_name(template: Template) -> str:
    return translate("templates", template.name)


def agenda_from(template: Template, session: Session) -> list[AgendaItem]:
    """The template's agenda for a new session, in the user's language."""
    return [
        AgendaItem(
            session_id=session.id,
            position=float(i),
            title=translate("templates", title),
            duration_min=minutes,
        )
        for i, (title, minutes) in enumerate(template.agenda)
    ]
