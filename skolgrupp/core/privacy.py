"""Finding pupils' personal data in free text.

Case pupils in lesson-study cycles are written about under pseudonyms ("Elev A"), never under
their real names or Swedish personal identity numbers. This module finds what looks like a
personal identity number (personnummer or samordningsnummer) or a real name, so that the
program can warn about a case-pupil label and list suspicious text before a file is shared.

The name check is a heuristic: it knows common Swedish given names and surname endings and
prefers missing an unusual name to flagging ordinary school prose.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from skolgrupp.core.i18n import translate

PERSONAL_NUMBER = "personal_number"
NAME = "name"


@dataclass(frozen=True)
class Finding:
    """A piece of text that looks like personal data, at ``text[start:end]``."""

    kind: str  # PERSONAL_NUMBER or NAME
    text: str  # the matched text
    start: int
    end: int


# --- Personal identity numbers ---------------------------------------------------------------

# Dashes people type or word processors substitute, and spaces (also non-breaking).
_DASHES = "-\u2010\u2011\u2012\u2013\u2212"
_SEPARATORS = _DASHES + "+ \u00a0"

# An optional century, YYMMDD, an optional separator and NNNN, not part of a longer run of
# digits. Every part has a fixed length, so a failed attempt costs a few steps at most.
_PERSONAL_NUMBER = re.compile(
    r"(?<![0-9])([0-9]{2})?([0-9]{2})([0-9]{2})([0-9]{2})"
    r"([" + _SEPARATORS + r"]?)([0-9]{4})(?![0-9])"
)
_CENTURIES = ("18", "19", "20")


def _luhn_ok(digits: str) -> bool:
    """Whether the last digit of ``digits`` is its Luhn (mod 10) check digit."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _plausible_date(century: str | None, yy: str, mm: str, dd: str) -> bool:
    """Whether YYMMDD (DD plus 60 in a samordningsnummer) can be someone's date of birth."""
    month, day = int(mm), int(dd)
    if day > 60:  # samordningsnummer
        day -= 60
    if not 1 <= month <= 12 or day < 1:
        return False
    if month == 2:
        leap = calendar.isleap(int(century + yy)) if century else True  # unknown century
        return day <= (29 if leap else 28)
    return day <= calendar.monthrange(2001, month)[1]


def personal_numbers(text: str) -> list[Finding]:
    """Swedish personal identity numbers and coordination numbers in ``text``.

    Finds YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDD-NNNN and YYYYMMDDNNNN (a space or a
    typographic dash may stand for the dash), when the date is plausible and the check digit
    is right; digits that are part of a longer number are not one.
    """
    found = []
    for match in _PERSONAL_NUMBER.finditer(text):
        century, yy, mm, dd, separator, serial = match.groups()
        if century is not None and (century not in _CENTURIES or separator == "+"):
            continue  # "+" marks a centenarian in the short form only
        if not _plausible_date(century, yy, mm, dd):
            continue
        if not _luhn_ok(yy + mm + dd + serial):
            continue
        found.append(Finding(PERSONAL_NUMBER, match.group(), match.start(), match.end()))
    return found


# --- Names -------------------------------------------------------------------------------------


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Common given names of children born in Sweden 2005-2020 (Statistics Sweden's top lists),
# with common names of recent immigrant backgrounds.
NAMES: frozenset[str] = _word_set(
    """
    Agnes Alba Alice Alicia Alma Alva Amanda Amelia Amina Amira Andrea Angelina Anna Astrid
    Aya Ayla Bianca Cornelia Dalia Ebba Edith Elena Elin Elina Elise Elisa Ella Ellen
    Ellie Ellinor Elsa Elsie Elvira Emelie Emilia Emma Engla Ester Evelina Fatima Felicia
    Filippa Freja Frida Hanna Hedda Hedvig Hilda Hilma Hiba Ida Ines Ingrid Iris Isabella
    Isabelle Jasmine Johanna Josefin Julia Juni Klara Lana Layla Lea Leah Leia Leila Lilly
    Lina Linn Linnea Lisa Liv Livia Lova Lovisa Luna Lykke Maja Majken Malin Maria Mariam Maryam
    Matilda Meja Mila Minna Mira Moa Molly My Märta Nathalie Nellie Nicole Noor Nora Nour
    Nova Olivia Rania Rebecka Ronja Saga Salma Sara Selma Signe Sigrid Siri Sofia Sofie Stella
    Stina Svea Tilda Tilde Tindra Tova Tuva Tyra Vera Vilma Wilma Yasmin Zahra Zainab
    Abdi Abdullah Adam Adnan Ahmad Ahmed Albin Alexander Alfred Ali Alvin Amir Anton Arvid
    Aron August Axel Benjamin Carl Casper Charlie Colin Dante David Daniel Ebbe Eddie Edvin
    Elias Elis Elliot Elton Emil Emir Erik Filip Frank Frans Folke Gabriel Gustav Hamza
    Hampus Harry Hassan Henry Hjalmar Hugo Hussein Ibrahim Isak Ivar Jack Jacob Jakob
    Jesper Joel Johan Jonathan Josef Kalle Karim Kasper Kevin Kian Leo Leon Liam Linus
    Loke Love Lucas Ludvig Lukas Mahmoud Malte Matteo Mattias Max Melker Melvin Milo Milton
    Mio Mohamed Mohammad Mohammed Muhammad Mustafa Måns Nils Noah Noel Olle Oliver Omar
    Oscar Oskar Otto Rasmus Samuel Sebastian Sigge Simon Sixten Tage Theo Theodor Ture
    Valter Viggo Viktor Vidar Vincent Walter Wilhelm William Wilmer Yusuf Yousef Zakaria
    """
)

# Names that are also ordinary words (Swedish or English) and so begin many sentences:
# "Saga om...", "Klara av...", "Max tio minuter", "Liv och rörelse", "Dina elever...".
_ALSO_WORDS = _word_set(
    "August Axel Ebbe Frank Iris Jack Juni Klara Linnea Liv Love Lova Luna Max My "
    "Nova Saga Tilde Tuva"
)

_SURNAME_ENDINGS = (
    "sson", "son", "berg", "ström", "lund", "gren", "qvist", "kvist", "quist", "holm", "dahl",
    "blad", "lin", "ell", "ander",
)  # fmt: skip

# Places and words with a surname ending that headings and English text capitalise.
_NOT_SURNAMES = _word_set(
    """
    Arbetsblad Berlin Bornholm Bystander Commander Comparison Dublin Faktablad Farewell
    Hotell Iceberg Insulin Isberg Kalkylblad Kremlin Lesson Mandolin Mason Modell Person
    Poison Prison Reason Salamander Season Shell Smell Spell Stockholm Violin
    """
)
# Swedish adjectives such as "generell", "individuell", "formell", "traditionell".
_ADJECTIVE_ENDINGS = ("iell", "uell", "rell", "mell", "nell")

# Capitalised words that start many phrases and are not given names: "Till Stockholm",
# "Enligt Johansson", "Region Stockholm".
_NOT_GIVEN_NAMES = _word_set(
    """
    Av Bakom Efter Elev Eleven Eleverna Elevens Enligt Från Fallelev För Före Genom Grupp
    Gruppen Hej Hos I Inom Klass Kommun Lilla Lärare Läraren Med Mellan Mot Nya Norra Och
    Om Pupil På Region Rektor Se Skola Skolan Sankt Stora Södra Till Under Utan Vid Västra
    Östra Gamla The In At By From With To Of Dear Mr Mrs Ms Dr
    """
)

# Abbreviations after which a capitalised word does not begin a new sentence.
_ABBREVIATIONS = _word_set(
    "bl.a ca d.v.s dvs e.g ex fr.o.m i.e inkl jfr kl nr p.g.a pga resp s s.k sid t.ex t.o.m"
)

_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))

# A word of letters, possibly hyphenated ("Anna-Karin"), not glued to digits or letters.
_WORD = re.compile(r"(?<!\w)[^\W\d_]+(?:-[^\W\d_]+)*(?!\w)")
_SENTENCE_END = ".!?:…"
# Skipped when looking back for the end of the previous sentence: spaces, opening quotes
# and brackets, list bullets.
_LEADING = " \t\u00a0\"'“”‘’«»([{*•·–—-"
_GAP = frozenset(" \t\u00a0")


def _title_case(word: str) -> bool:
    """Whether every hyphenated part of ``word`` is capitalised, with two letters or more."""
    return all(len(p) > 1 and p[0].isupper() and p[1:].islower() for p in word.split("-"))


def _given_name(word: str) -> str | None:
    """The given name ``word`` is or is the genitive of ("Majas"), if any."""
    if word in NAMES:
        return word
    if "-" in word and all(part in NAMES for part in word.split("-")):
        return word
    if word.endswith("s") and word[:-1] in NAMES and word[-2] not in "sxz":
        return word[:-1]
    return None


def _surname_like(word: str) -> bool:
    """Whether ``word`` looks like a surname: capitalised, with a typical Swedish ending."""
    if not _title_case(word) or word in _NOT_SURNAMES or word.endswith(_ADJECTIVE_ENDINGS):
        return False
    last = word.rsplit("-", 1)[-1]
    return any(last.endswith(e) and len(last) >= len(e) + 2 for e in _SURNAME_ENDINGS)


def _sentence_start(text: str, index: int) -> bool:
    """Whether the word at ``text[index]`` begins the text, a line or a sentence."""
    i = index - 1
    while i >= 0 and text[i] in _LEADING:
        i -= 1
    if i < 0 or text[i] in "\n\r\u2028\u2029":
        return True
    if text[i] not in _SENTENCE_END:
        return False
    if text[i] == ".":  # "t.ex. Maja" continues the sentence
        # One character more than the longest abbreviation: a longer word cannot match.
        before = text[max(0, i - _LONGEST_ABBREVIATION - 1) : i].split()
        if before and before[-1].lower() in _ABBREVIATIONS:
            return False
    return True


def _names(text: str, *, prose: bool) -> list[Finding]:
    """Given names, and pairs of a given name and a surname, in ``text``.

    In prose, a name that is also an ordinary word is not flagged at the start of a
    sentence unless a capitalised word (a surname) follows it.
    """
    words = list(_WORD.finditer(text))
    found = []
    skip_next = False
    for index, word in enumerate(words):
        if skip_next:
            skip_next = False
            continue
        after = words[index + 1] if index + 1 < len(words) else None
        if after is not None and not (
            after.start() > word.end() and _GAP.issuperset(text[word.end() : after.start()])
        ):
            after = None  # not the next word on the same line
        name = _given_name(word.group())
        if name is not None:
            surname = after is not None and (
                _surname_like(after.group())
                or (_title_case(after.group()) and after.group() not in _NOT_GIVEN_NAMES)
            )
            if (
                prose
                and not surname
                and name in _ALSO_WORDS
                and _sentence_start(text, word.start())
            ):
                continue
        else:
            first = word.group()
            # "Ronja Lindqvist": an unknown given name before a surname.
            surname = (
                after is not None
                and _title_case(first)
                and first not in _NOT_GIVEN_NAMES
                and _surname_like(after.group())
            )
            if not surname:
                if not prose and _surname_like(first):  # a label "Elev Lindqvist"
                    found.append(Finding(NAME, first, word.start(), word.end()))
                continue
        end = after.end() if surname and after is not None else word.end()
        skip_next = end != word.end()
        found.append(Finding(NAME, text[word.start() : end], word.start(), end))
    return found


def likely_names(text: str) -> list[Finding]:
    """Words in ``text`` that look like pupils' real names.

    Finds common Swedish given names ("Maja", also "Majas" and "Anna-Karin"), with the
    capitalised word after one ("Ali Hassan"), and capitalised pairs whose second word has a
    typical Swedish surname ending ("Ronja Lindqvist"). Names are matched as whole,
    capitalised words. A given name that is also an ordinary word ("Saga", "Klara", "Max")
    is not flagged where it begins a sentence, unless a surname follows it.
    """
    return _names(text, prose=True)


def findings(text: str) -> list[Finding]:
    """Personal identity numbers and likely names in ``text``, in the order they appear."""
    return sorted(personal_numbers(text) + likely_names(text), key=lambda f: (f.start, f.end))


def label_warnings(label: str) -> list[str]:
    """Warnings for the user about a case pupil's label: it should be a pseudonym.

    A label is not prose, so any given name in it counts, as does any word with a surname
    ending; "Elev A", "Fallelev 1" and "Elev med läsflyt" give no warning.
    """
    warnings = []
    if personal_numbers(label):
        warnings.append(
            translate(
                "privacy",
                "The label contains what looks like a personal identity number. "
                'Use a pseudonym such as "Elev A".',
            )
        )
    if _names(label, prose=False):
        warnings.append(
            translate(
                "privacy",
                'The label looks like a real name. Use a pseudonym such as "Elev A".',
            )
        )
    return warnings
