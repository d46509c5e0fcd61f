"""Swedish school terms: which term a day belongs to, when a term runs, and the days a group
meeting every week or every other week can meet, around the school holidays.

Terms are written as in Swedish schools: "ht2026" is the autumn term (hösttermin) of 2026,
"vt2027" the spring term (vårtermin) of 2027. Holidays differ a little between municipalities;
these are the common ones.
"""

from __future__ import annotations

from datetime import date, timedelta

AUTUMN_BREAK_WEEK = 44  # höstlov
WINTER_BREAK_WEEK = 9  # sportlov (week 7, 8, 9 or 10 depending on the municipality)


def term_for(day: date) -> str:
    """The term containing ``day``: January to June is spring, July to December autumn."""
    return f"{'vt' if day.month <= 6 else 'ht'}{day.year}"


def term_dates(term: str) -> tuple[date, date]:
    """The first and last school day of a term such as "ht2026" or "vt2027".

    Autumn runs from mid-August to the Christmas break, spring from mid-January to early June.

    Raises:
        ValueError: when ``term`` is not written like "ht2026" or "vt2027".
    """
    season, year = term[:2].lower(), term[2:]
    if season not in ("ht", "vt") or len(year) != 4 or not year.isdigit():
        raise ValueError(f"a term is written like 'ht2026' or 'vt2027', not {term!r}")
    if season == "ht":
        return date(int(year), 8, 17), date(int(year), 12, 18)
    return date(int(year), 1, 12), date(int(year), 6, 5)


def group_term(term: str, today: date) -> tuple[str, date, date]:
    """A group's term and its first and last day; the term containing ``today`` when the
    group's own is not written like "ht2026"."""
    try:
        return (term, *term_dates(term))
    except ValueError:
        term = term_for(today)
        return (term, *term_dates(term))


def easter_sunday(year: int) -> date:
    """Easter Day in the Gregorian calendar (the anonymous Gregorian algorithm)."""
    a, (b, c) = year % 19, divmod(year, 100)
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    shift = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * shift) // 451
    month, day = divmod(h + shift - 7 * m + 114, 31)
    return date(year, month, day + 1)


def days_off(term: str) -> set[date]:
    """The week-days of a term without teaching: the school holidays and public holidays."""
    first, last = term_dates(term)
    year = first.year
    off: set[date] = set()
    if term.startswith("ht"):
        off |= _iso_week(year, AUTUMN_BREAK_WEEK)
    else:
        easter = easter_sunday(year)
        off |= _iso_week(year, WINTER_BREAK_WEEK)
        off |= {easter + timedelta(days=n) for n in range(-2, 6)}  # Good Friday, Easter week
        off |= {date(year, 5, 1), easter + timedelta(days=39), date(year, 6, 6)}
    return {day for day in off if first <= day <= last}


def _iso_week(year: int, week: int) -> set[date]:
    monday = date.fromisocalendar(year, week, 1)
    return {monday + timedelta(days=n) for n in range(5)}


def meeting_days(term: str, *, weekday: int, every: int = 2) -> list[date]:
    """The days a group meeting on ``weekday`` (0 = Monday) every ``every`` weeks can meet.

    Meetings start the week after the term begins, when classes have settled, and a meeting
    that falls on a day off moves to the next week.
    """
    first, last = term_dates(term)
    off = days_off(term)
    day = first - timedelta(days=first.weekday()) + timedelta(weeks=1, days=weekday)
    days: list[date] = []
    while day <= last:
        if day in off:
            day += timedelta(weeks=1)
            continue
        days.append(day)
        day += timedelta(weeks=every)
    return days
