"""Finding pupils' personal data in free text.

Case pupils in lesson-study cycles are written about under pseudonyms ("Elev A"), never under
their real names or Swedish personal identity numbers. This module finds what looks like a
personal identity number (personnummer or samordningsnummer) or a real name, so that the
program can warn about a case-pupil label and list suspicious text before a file is shared.

A personal identity number is recognised by its shape: a plausible date of birth and a
four-digit serial. Its check digit only says how sure the finding is (``Finding.certain``):
a typo in a pupil's number still identifies the pupil.

The name check is a heuristic: it knows the given names and surnames most people in Sweden
carry (``privacy_names``, from Isof's and Skatteverket's statistics) and typical surname
endings, and knows the workspace's adults (``Adults``), whose names are not pupils'. It
prefers missing an unusual name to flagging ordinary school prose.

Text pasted from web pages, word processors or chat programs may hide a number or a name
from these patterns behind characters the reader does not see or reads as ordinary ones: a
soft hyphen or a zero-width space inside "120314-1234", a thin space as its separator, its
digits in full width. Such a text is read in a plain copy, those characters dropped or made
ASCII, and what is found there is reported where it stands in the text itself.

Every text of a workspace passes through here before it is shared, so the common case (no
digits in a row, no known name, nothing hidden) is settled by a few scans in C.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from itertools import repeat

from skolgrupp.core import privacy_names
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
    # A personal identity number whose check digit is right: certainly one, not a typo of one
    # or another number of the same shape. Always False for a name.
    certain: bool = False


# --- Characters that hide what is written ----------------------------------------------------

# Invisible characters (Unicode's format characters): the soft hyphen, zero-width spaces and
# joiners, the word joiner, the byte order mark, the marks of writing direction.
_INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
# Spaces of other widths: thin, narrow no-break, en, em, ideographic...
_ODD_SPACES = "\u1680\u2000-\u200a\u202f\u205f\u3000"
# The full-width forms of ASCII's digits, letters and signs: "１２０３１４－１２３４".
_FULL_WIDTH = "\uff01-\uff5e"
_HIDERS = f"{_INVISIBLE}{_ODD_SPACES}{_FULL_WIDTH}"
_HIDING = re.compile(f"[{_HIDERS}]")


def _plain_char(char: str) -> str:
    """What a hiding character becomes in the plain copy: nothing for an invisible one, " " for
    a space, the ASCII character for a full-width one (as NFKC makes it)."""
    category = unicodedata.category(char)
    if category == "Cf":
        return ""
    if category == "Zs":
        return " "
    return unicodedata.normalize("NFKC", char)


def _plain(text: str) -> tuple[str, list[int]]:
    """``text`` with its hiding characters dropped or made plain, and where each character of
    the copy stands in ``text`` (and, last, the length of ``text``)."""
    parts: list[str] = []
    where: list[int] = []
    done = 0
    for match in _HIDING.finditer(text):
        at = match.start()
        parts.append(text[done:at])
        where += range(done, at)
        if plain := _plain_char(text[at]):
            parts.append(plain)
            where.append(at)
        done = at + 1
    parts.append(text[done:])
    where += range(done, len(text) + 1)
    return "".join(parts), where


def _through_plain(text: str, find: Callable[[str], list[Finding]]) -> list[Finding]:
    """What ``find`` finds in the plain copy of ``text``, where it stands in ``text``."""
    plain, where = _plain(text)
    found = []
    for f in find(plain):
        start, end = where[f.start], where[f.end - 1] + 1
        found.append(Finding(f.kind, text[start:end], start, end, f.certain))
    return found


# --- Personal identity numbers ---------------------------------------------------------------

# Dashes people type or word processors substitute, and spaces (also non-breaking).
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_SPACES = " \u00a0"
# The hyphens among them: an en or em dash after a date marks a range ("2026-11-25–2026").
_HYPHENS = "-\u2010\u2011\u2012\u2212"

# An optional century, YYMMDD, a separator or none, and NNNN, not part of a longer run of
# digits. The separator is "+", one or two spaces, or a dash with up to two spaces either side.
# Or: an ISO date YYYY-MM-DD, a hyphen and NNNN, not followed by a dash and a digit (a date
# range, "2026-11-25-2026-12-01"). Every part has a bounded length, so a failed attempt costs
# a few steps at most. The first two digits, whatever they stand for, come first and the look
# behind them second, so that the engine skips from digit to digit in C.
_PERSONAL_NUMBER = re.compile(
    r"([0-9](?<![0-9][0-9])[0-9])"  # 1: the century, or YY
    r"(?:([0-9]{2})?([0-9]{2})([0-9]{2})"  # 2: YY after a century; 3: MM; 4: DD
    rf"([{_SPACES}]{{0,2}}[{_DASHES}][{_SPACES}]{{0,2}}|\+|[{_SPACES}]{{1,2}})?"  # 5
    rf"|([0-9]{{2}})[{_HYPHENS}]([0-9]{{2}})[{_HYPHENS}]([0-9]{{2}})([{_HYPHENS}])"  # 6-9: ISO
    rf")([0-9]{{4}})(?![0-9])(?(6)(?![{_DASHES}][0-9]))"  # 10: NNNN
)
# A clue, the first of which is found by one scan in C: a hiding character, or six digits in
# a row or MM-DD-NNNN (in the tokens of ``findings``: MM DD NNNN). Without digits in such a
# row there is no personal identity number. (Spelt out: the regular expression engine finds
# classes in a row faster than one repeated.)
_CLUE = re.compile(
    rf"[0-9{_HIDERS}](?:(?<=[{_HIDERS}])|[0-9](?:[0-9][0-9][0-9][0-9]"
    rf"|[{_DASHES} ][0-9][0-9][{_DASHES} ][0-9][0-9][0-9][0-9]))"
)


def _hides(text: str, clue: re.Match[str]) -> bool:
    """Whether ``text``, whose first clue is ``clue``, has a hiding character: the clue, or
    one after it."""
    return clue.end() - clue.start() == 1 or (
        not text.isascii() and _HIDING.search(text, clue.end()) is not None
    )


# Nobody alive is older (the oldest Swede reached 112); "+" marks someone 100 or older.
MAX_AGE = 120

# Words after which ten digits starting with 0 are a phone number, not a personal identity
# number of someone born 2000-2009: "Ring 0701234567", "mobil: 0701234567", "nr 0701234567".
# "nummer" and "nr" count as whole words only, not in "personnummer" or "pers.nr".
_PHONE_CONTEXT = re.compile(
    r"(?<!\w)(?:tel|tfn|telefon\w*|mobil\w*|mob|ring\w*|sms\w*|nås)(?!\w)"
    r"|(?<![\w.])(?:nummer|nr)(?!\w)",
    re.IGNORECASE,
)
_PHONE_CONTEXT_REACH = 40  # characters before the digits


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


def _birth_date(
    century: str | None, yy: str, mm: str, dd: str, centenarian: bool, today: date
) -> date | None:
    """The date of birth YYMMDD stands for (DD plus 60 in a samordningsnummer), if someone
    alive can have it: not after ``today``, at most ``MAX_AGE`` years before it.

    Without a century the date is the latest one not after ``today``, a century earlier for
    a centenarian ("+").
    """
    month, day = int(mm), int(dd)
    if day > 60:  # samordningsnummer
        day -= 60
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if century is not None:
        year = int(century + yy)
    else:
        year = today.year - (today.year - int(yy)) % 100
        if year == today.year and (month, day) > (today.month, today.day):
            year -= 100
        if centenarian:
            year -= 100
    try:
        born = date(year, month, day)
    except ValueError:  # 31 April, 29 February of a common year
        return None
    if born > today:
        return None
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    return born if age <= MAX_AGE else None


def personal_numbers(text: str, *, today: date | None = None) -> list[Finding]:
    """Swedish personal identity numbers and coordination numbers in ``text``.

    Finds YYMMDD-NNNN, YYMMDD+NNNN, YYMMDDNNNN, YYYYMMDD-NNNN, YYYYMMDDNNNN (one or two
    spaces, a typographic dash or a dash between spaces may stand for the dash) and
    YYYY-MM-DD-NNNN (not followed by a dash and a digit: a date range) whose date can be a
    living person's date of birth as of ``today`` (by default the real today), whatever the
    check digit; ``Finding.certain`` says whether it is right. Invisible characters inside a
    number, spaces of other widths and full-width digits do not hide it. Digits that are part
    of a longer number are not one, nor are ten digits starting with 0 that follow a word such
    as "tel", "mobil", "ring", "sms" or "nummer" within a few words: a phone number. Without
    such a word, 0701234567 is taken for the number of someone born on 23 January 2007.
    """
    clue = _CLUE.search(text)
    if clue is None:
        return []
    if _hides(text, clue):
        return _through_plain(text, lambda plain: personal_numbers(plain, today=today))
    return _personal_numbers(text, today)


def _personal_numbers(text: str, today: date | None) -> list[Finding]:
    today = today or date.today()
    found = []
    for match in _PERSONAL_NUMBER.finditer(text):
        first, yy, mm, dd, separator, iso_yy, iso_mm, iso_dd, iso_dash, serial = match.groups()
        if iso_yy is not None:
            century, yy, mm, dd, separator = first, iso_yy, iso_mm, iso_dd, iso_dash
        elif yy is not None:
            century = first
        else:
            century, yy = None, first
        if century is not None and separator == "+":
            continue  # "+" marks a centenarian in the short form only
        if _birth_date(century, yy, mm, dd, separator == "+", today) is None:
            continue
        start = match.start()
        if (
            century is None
            and separator is None
            and yy[0] == "0"
            and _PHONE_CONTEXT.search(text, max(0, start - _PHONE_CONTEXT_REACH), start)
        ):
            continue
        certain = _luhn_ok(yy + mm + dd + serial)
        found.append(Finding(PERSONAL_NUMBER, match.group(), start, match.end(), certain))
    return found


# --- Names -------------------------------------------------------------------------------------


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _genitive(word: str) -> str:
    """The Swedish genitive: "Majas", "Anna-Karins"; a name ending in s, x or z keeps its form."""
    return word if word[-1] in "sxzSXZ" else word + "s"


# About 1,000 given names: Isof's top 500 female and top 500 male names of the population,
# with names common among children born in recent years; Skatteverket's top 500 surnames.
NAMES: frozenset[str] = _word_set(privacy_names.GIVEN_NAMES)
SURNAMES: frozenset[str] = _word_set(privacy_names.SURNAMES)

# Names, surnames and their genitives that are also ordinary Swedish or English words and so
# begin many sentences: "Per vecka...", "Klara av...", "Max tio minuter", "Dags att...".
_ALSO_WORDS = _word_set(privacy_names.ALSO_WORDS)

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
# "Enligt Johansson", "Region Stockholm", "Rektor Hedlund".
_NOT_GIVEN_NAMES = _word_set(
    """
    Av Bakom Efter Elev Eleven Eleverna Elevens Enligt Från Fallelev För Före Genom Grupp
    Gruppen Hej Hos I Inom Klass Kommun Lilla Lärare Läraren Med Mellan Mot Nya Norra Och
    Om Pupil På Region Rektor Rektorn Se Skola Skolan Sankt Sankta Stora Södra Till Under
    Utan Vid Västra Östra Gamla The In At By From With To Of Dear Mr Mrs Ms Dr
    Fröken Magister Mentor Mentorn Kurator Kuratorn Kollegan Lektor Adjunkt Förstelärare
    Speciallärare Specialläraren Specialpedagog Specialpedagogen Skolsköterskan Professor
    """
)

# Abbreviations after which a capitalised word does not begin a new sentence.
_ABBREVIATIONS = _word_set(
    "bl.a ca d.v.s dvs e.g ex fr.o.m i.e inkl jfr kl nr p.g.a pga resp s s.k sid t.ex t.o.m"
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))

# Where a name that is also a word begins a sentence, it is a pupil's name when a verb
# follows ("Klara fastnade", "Saga läste") or another name does ("Max och Vera"). These
# begin sentences as pronouns, prepositions or months before a verb too ("Inga kom",
# "Juni blir lugn"), and so never count there.
_NOT_SUBJECTS = _word_set("August Hans Inga Juni Maj Mina This Ville")
_VERBS = _word_set(
    """
    är var blir blev har hade kan kunde vill ville ska skulle får fick går gick kommer kom
    tar tog ser såg sa sade säger gör gjorde vet visste står stod sitter satt ligger låg
    läser läste skriver skrev svarar frågar tycker brukar verkar behöver försöker förstår
    förstod hjälper hittar räknar ritar arbetar jobbar pratar berättar visar valde drog grät
    log sprang glömde klarar lyckas vägrar slutar började
    """
)
_PAST_ENDINGS = ("ade", "de", "te")  # "svarade", "kunde", "räckte"

# What the code below treats as a capital letter: Latin letters with their accents (Latin-1
# and Latin Extended-A, whose upper- and lowercase letters alternate: a lowercase one is
# caught by the title-case check).
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
# A capitalised word, possibly hyphenated ("Anna-Karin"), not glued to other letters or digits,
# nor the second part of a double word ("skol-Maja"). A hyphen at the start of a line or after
# a space or a sign is a list bullet: "-Maja". (The capital comes first and the look behind it
# second, so that the engine skips from capital to capital in C.)
_CAPITALISED = re.compile(
    rf"[{_UPPER}](?<!\w[{_UPPER}])(?<!\w-[{_UPPER}])[^\W\d_]*(?:-[^\W\d_]+)*(?!\w)"
)
# The next word on the same line, after spaces only.
_NEXT_WORD = re.compile(r"[ \t\u00a0]+([^\W\d_]+(?:-[^\W\d_]+)*)(?!\w)")
# ", Vera" or " och Vera" after a name.
_AND_NAME = re.compile(r"(?:,[ \t\u00a0]*|[ \t\u00a0]+och[ \t\u00a0]+)([^\W\d_]+(?:-[^\W\d_]+)*)")
# Before a given name that names a saint ("Sankta Lucia", "S:t Eriks skola") or a room
# ("Konferensrum Linnéa", "Grupprummet Saga", "Sal Astrid"), not a pupil.
_NOT_PERSONS_AFTER = tuple(
    f"{word}{gap}"
    for word in ("Sankt", "Sankta", "S:t", "S:ta", "rum", "rummet", "sal", "salen", "Sal", "Salen")
    for gap in " \u00a0"
)
_LONGEST_NOT_PERSONS_AFTER = max(map(len, _NOT_PERSONS_AFTER))
# A year in brackets after a name: "Timperley (2013)", "Gibbons (2016, s. 12)": an author.
_CITATION = re.compile(r"[ \t\u00a0]*\((?:19|20)[0-9]{2}[,;)a-z]")
_SENTENCE_END = ".!?:…"
# Skipped when looking back for the end of the previous sentence: spaces, opening quotes
# and brackets, list bullets.
_LEADING = " \t\u00a0\"'“”‘’«»([{*•·–—-"

# The cheap first look, one scan in C: runs of letters and digits that begin with a capital,
# a digit or a hiding character, and hiding characters alone. A full-width character begins a
# run of its own. Every capitalised word, every six digits in a row and every hiding character
# is in one of them.
_TOKENS = re.compile(rf"[{_UPPER}0-9{_HIDERS}](?:[^\W_{_FULL_WIDTH}]+|(?<=[{_HIDERS}]))")
_KNOWN_WORDS = frozenset({*NAMES, *map(_genitive, NAMES), *SURNAMES, *map(_genitive, SURNAMES)})
_SURNAME_TAILS = _SURNAME_ENDINGS + tuple(e + "s" for e in _SURNAME_ENDINGS)


def _title_case(word: str) -> bool:
    """Whether every hyphenated part of ``word`` is capitalised, with two letters or more."""
    return all(len(p) > 1 and p[0].isupper() and p[1:].islower() for p in word.split("-"))


def _given_name(word: str) -> bool:
    """Whether ``word`` is a given name, a hyphenated one ("Anna-Karin") or the genitive of
    one ("Majas")."""
    if word in NAMES:
        return True
    if word.endswith("s") and word[:-1] in NAMES and word[-2] not in "sxz":
        return True
    if "-" in word:
        parts = word.split("-")
        return all(part in NAMES for part in parts[:-1]) and _given_name(parts[-1])
    return False


def _surname_like(word: str, *, strict: bool = False) -> bool:
    """Whether ``word`` looks like a surname (or its genitive): one of the common surnames, or
    capitalised with a typical Swedish ending. ``strict`` leaves out the surnames that are
    also ordinary words ("Berg", "Storm")."""
    base = word[:-1] if word.endswith("s") and word not in SURNAMES else word
    if base in SURNAMES:
        return not (strict and (base in _ALSO_WORDS or word in _ALSO_WORDS))
    if not _title_case(base) or base in _NOT_SURNAMES or base.endswith(_ADJECTIVE_ENDINGS):
        return False
    last = base.rsplit("-", 1)[-1]
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


def _acts_as_name(word: str, after: str | None, text: str, end: int) -> bool:
    """Whether a name that is also a word, beginning a sentence, is used as a name: a verb
    follows it ("Klara fastnade"), or another given name does ("Max och Vera")."""
    if word in _NOT_SUBJECTS:
        return False
    if (
        after is not None
        and after.islower()
        and (after in _VERBS or (len(after) >= 5 and after.endswith(_PAST_ENDINGS)))
    ):
        return True
    listed = _AND_NAME.match(text, end)
    return listed is not None and _given_name(listed.group(1))


class Adults:
    """The adults of a workspace (members, leaders, guests): their names are not pupils'.

    Each adult's given names and surname count alone and in the genitive ("Fatimas",
    "Johanssons", "Anna-Karins"); two of them together only as one adult's name ("Fatima
    Ali", "Anna Johanssons"), so that "Fatima Berg" is still a pupil's name.
    """

    __slots__ = ("_pairs", "_words")

    def __init__(self, words: Iterable[str] = (), pairs: Iterable[tuple[str, str]] = ()):
        self._words = frozenset(words)
        self._pairs = frozenset(pairs)

    @classmethod
    def from_names(cls, names: Iterable[str]) -> Adults:
        """The adults with these full names ("Fatima Ali", "Anna-Karin Sjöberg")."""
        words: set[str] = set()
        pairs: set[tuple[str, str]] = set()
        for full in names:
            parts = [p.casefold() for p in _WORDS.findall(full)]
            for i, part in enumerate(parts):
                words.add(part)
                words.add(_genitive(part))
                for later in parts[i + 1 :]:
                    pairs.add((part, later))
                    pairs.add((part, _genitive(later)))
        return cls(words, pairs)

    def __bool__(self) -> bool:
        return bool(self._words)

    def named(self, found: str) -> bool:
        """Whether ``found`` (a word, or a given name and a surname) is an adult's name."""
        parts = found.casefold().split()
        if len(parts) == 1:
            return parts[0] in self._words
        return len(parts) == 2 and (parts[0], parts[1]) in self._pairs


NO_ADULTS = Adults()
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def _may_name(tokens: list[str]) -> bool:
    """Whether any of a text's ``_TOKENS`` could be (part of) a name: a known name or surname,
    or a word with a surname ending. Without one, the text has no name."""
    return not _KNOWN_WORDS.isdisjoint(tokens) or any(
        map(str.endswith, tokens, repeat(_SURNAME_TAILS))
    )


def _names(text: str, *, prose: bool, adults: Adults) -> list[Finding]:
    """Given names, and pairs of a given name and a surname, in ``text``.

    In prose, a name that is also an ordinary word is not flagged at the start of a
    sentence unless a surname, a verb or another name follows it.
    """
    found = []
    resume = 0  # after a pair of a given name and a surname, the surname is done
    for match in _CAPITALISED.finditer(text):
        start, end = match.span()
        if start < resume:
            continue
        word = match.group()
        following = _NEXT_WORD.match(text, end)
        after = following.group(1) if following is not None else None
        if _given_name(word):
            before = text[max(0, start - _LONGEST_NOT_PERSONS_AFTER) : start]
            if before.endswith(_NOT_PERSONS_AFTER):
                continue
            surname = after is not None and (
                _surname_like(after) or (_title_case(after) and after not in _NOT_GIVEN_NAMES)
            )
            if (
                prose
                and not surname
                and word in _ALSO_WORDS
                and _sentence_start(text, start)
                and not _acts_as_name(word, after, text, end)
            ):
                continue
        else:
            # "Ronja Lindqvist": an unknown given name before a surname.
            surname = (
                after is not None
                and _title_case(word)
                and word not in _NOT_GIVEN_NAMES
                and _surname_like(after, strict=True)
            )
            if not surname:
                if not prose and _surname_like(word):  # a label "Elev Lindqvist"
                    found.append(Finding(NAME, word, start, end))
                continue
        if surname and following is not None:
            end = following.end()
            if prose and _CITATION.match(text, end):  # "Helen Timperley (2013)": an author
                resume = end
                continue
        resume = end
        found.append(Finding(NAME, text[start:end], start, end))
    if adults:
        found = [f for f in found if not adults.named(f.text)]
    return found


def likely_names(text: str, *, adults: Adults = NO_ADULTS) -> list[Finding]:
    """Words in ``text`` that look like pupils' real names.

    Finds common given names ("Maja", also "Majas" and "Anna-Karin"), with the capitalised
    word after one ("Ali Hassan"), and capitalised pairs whose second word is a common
    surname or has a typical Swedish surname ending ("Ronja Lindqvist"). Names are matched as
    whole, capitalised words. A given name that is also an ordinary word ("Saga", "Klara",
    "Per") is not flagged where it begins a sentence, unless a surname, a verb or another
    name follows it ("Klara fastnade", "Max och Vera"). The names of ``adults`` are left out.
    """
    if _HIDING.search(text):
        return _through_plain(text, lambda plain: likely_names(plain, adults=adults))
    if not _may_name(_TOKENS.findall(text)):
        return []
    return _names(text, prose=True, adults=adults)


def findings(text: str, *, adults: Adults = NO_ADULTS, today: date | None = None) -> list[Finding]:
    """Personal identity numbers and likely names in ``text``, in the order they appear."""
    tokens = _TOKENS.findall(text)
    if not tokens:
        return []
    # Joined, the tokens are shorter than the text, and hold all its runs of digits (a date's
    # parts, which dashes separate, separated by spaces) and hiding characters.
    joined = " ".join(tokens)
    clue = _CLUE.search(joined)
    if clue is not None and _hides(joined, clue):
        return _through_plain(text, lambda plain: findings(plain, adults=adults, today=today))
    names = _names(text, prose=True, adults=adults) if _may_name(tokens) else []
    numbers = _personal_numbers(text, today) if clue is not None else []
    if not numbers:
        return names
    if not names:
        return numbers
    return sorted(numbers + names, key=lambda f: (f.start, f.end))


def label_warnings(label: str, *, adults: Adults = NO_ADULTS) -> list[str]:
    """Warnings for the user about a case pupil's label: it should be a pseudonym.

    A label is not prose, so any given name in it counts, as does any common surname or word
    with a surname ending; "Elev A", "Fallelev 1" and "Elev med läsflyt" give no warning.
    """
    if _HIDING.search(label):
        label = _plain(label)[0]
    warnings = []
    if personal_numbers(label):
        warnings.append(
            translate(
                "privacy",
                "The label contains what looks like a personal identity number. "
                'Use a pseudonym such as "Elev A".',
            )
        )
    if _may_name(_TOKENS.findall(label)) and _names(label, prose=False, adults=adults):
        warnings.append(
            translate(
                "privacy",
                'The label looks like a real name. Use a pseudonym such as "Elev A".',
            )
        )
    return warnings
