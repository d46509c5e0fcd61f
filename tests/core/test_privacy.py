"""Case pupils go by pseudonyms: the program finds personal identity numbers and real names."""

import random

import pytest

from skolgrupp.core.privacy import (
    Finding,
    findings,
    label_warnings,
    likely_names,
    personal_numbers,
)


def luhn_digit(nine: str) -> str:
    """The check digit that completes YYMMDDNNN, computed independently of the module."""
    total = 0
    for i, char in enumerate(nine):
        product = int(char) * (2 if i % 2 == 0 else 1)
        total += product // 10 + product % 10
    return str((10 - total % 10) % 10)


def number(yymmdd: str, serial: str = "123") -> str:
    """A YYMMDDNNNN with the right check digit."""
    return yymmdd + serial + luhn_digit(yymmdd + serial)


def texts(found: list[Finding]) -> list[str]:
    return [f.text for f in found]


# --- Personal identity numbers ---------------------------------------------------------------


@pytest.mark.parametrize("known", ["811218-9876", "121212-1212", "19121212-1212", "701063-2391"])
def test_published_example_numbers_are_found(known):
    digits = known.replace("-", "")[-10:]
    assert luhn_digit(digits[:9]) == digits[9]  # the helper agrees they are valid
    assert texts(personal_numbers(f"Elevens nummer är {known}.")) == [known]


@pytest.mark.parametrize(
    "form",
    [
        "{short}-{serial}",
        "{short}+{serial}",
        "{short}{serial}",
        "{short} {serial}",
        "{short}\u2013{serial}",  # a word processor's en dash
        "20{short}-{serial}",
        "20{short}{serial}",
        "20{short} {serial}",
    ],
)
def test_every_written_form_is_found_where_it_stands(form):
    valid = number("120304")
    written = form.format(short=valid[:6], serial=valid[6:])
    text = f"Observation: {written} svarade rätt."
    assert personal_numbers(text) == [
        Finding("personal_number", written, text.index(written), text.index(written) + len(written))
    ]


def test_a_wrong_check_digit_is_not_a_personal_number():
    valid = number("811218", "987")
    assert valid == "8112189876"
    for digit in "012345789":
        wrong = valid[:9] + digit
        assert personal_numbers(f"{wrong[:6]}-{wrong[6:]} och {wrong}") == []


@pytest.mark.parametrize(
    "yymmdd",
    ["811318", "810018", "811200", "811232", "810230", "810431", "811260", "811292"],
)
def test_numbers_whose_date_cannot_be_a_birth_date_are_not_found(yymmdd):
    invalid = number(yymmdd)
    assert personal_numbers(f"Referens {invalid[:6]}-{invalid[6:]} och {invalid}.") == []


def test_the_29th_of_february_counts_only_in_a_leap_year_when_the_century_is_written():
    leap, plain = number("080229"), number("090229")
    assert texts(personal_numbers(f"{leap[:6]}-{leap[6:]}")) == [f"{leap[:6]}-{leap[6:]}"]
    assert texts(personal_numbers(f"20{leap}")) == [f"20{leap}"]
    assert personal_numbers(f"20{plain}") == []


def test_coordination_numbers_are_found():
    samordning = number("120364", "456")  # born 4 March 2012: day plus 60
    text = f"Samordningsnummer {samordning[:6]}-{samordning[6:]} och 20{samordning}."
    assert texts(personal_numbers(text)) == [
        f"{samordning[:6]}-{samordning[6:]}",
        f"20{samordning}",
    ]


def test_digits_inside_longer_numbers_are_not_personal_numbers():
    valid = number("811218", "987")
    text = (
        f"Order 1{valid} och {valid}9 och 5519{valid}00, "
        f"konto 1{valid[:6]}-{valid[6:]} och {valid[:6]}-{valid[6:]}7, datum 20240101-20240131."
    )
    assert personal_numbers(text) == []


def test_phone_numbers_that_fail_the_check_are_not_found():
    assert luhn_digit("070123456") != "7"
    text = "Ring 070-123 45 67, 0701234567 eller 08-123 456 78."
    assert personal_numbers(text) == []


def test_a_century_form_with_an_unlikely_century_is_not_found():
    valid = number("811218", "987")
    assert personal_numbers(f"Nummer 31{valid} och 19{valid[:6]}+{valid[6:]}") == []
    assert texts(personal_numbers(f"Nummer 19{valid}")) == [f"19{valid}"]


# --- Names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Idag räckte Maja upp handen.", ["Maja"]),
        ("Sedan svarade Ali Hassan att det var 1/3.", ["Ali Hassan"]),
        ("Vi pratade med Ronja Lindqvist efteråt.", ["Ronja Lindqvist"]),
        ("Läraren lyssnade på Erik Johansson och Märta.", ["Erik Johansson", "Märta"]),
        ("Majas svar var rätt, men Måns tvekade.", ["Majas", "Måns"]),
        ("Ali svarade först. Sedan kom Elsa-Maja.", ["Ali", "Elsa-Maja"]),
        ("Eleverna frågade Klara om hjälp.", ["Klara"]),
        ("Saga Lindqvist ville börja.", ["Saga Lindqvist"]),
        ("Vi lyssnade t.ex. på Tuva. Sedan t.ex. Klara.", ["Tuva", "Klara"]),
    ],
)
def test_pupils_names_in_prose_are_found(text, names):
    found = likely_names(text)
    assert texts(found) == names
    assert all(text[f.start : f.end] == f.text and f.kind == "name" for f in found)


@pytest.mark.parametrize(
    "text",
    [
        "maja och ali skrev med små bokstäver.",
        "Majaskolan och Elvisgatan ligger nära.",
        "Saga om kungen lästes högt. Klara av uppgiften först!",
        "Max tio minuter per station. Liv och rörelse i klassrummet.",
        "Vi åkte till Stockholm. Till Stockholm kommer vi igen.",
        "Planen följde Research Lesson-modellen i Region Stockholm.",
        "Skolans Research Lesson blev av. Till Ekeberg åker vi i maj.",
        "Koden Emil2 och MAJA i versaler räknas inte.",
    ],
)
def test_ordinary_words_that_resemble_names_are_not_found(text):
    assert likely_names(text) == []


def test_typical_observation_prose_has_no_findings():
    prose = (
        "Elev A svarade 1/3. Eleverna i 5B arbetade i par.\n"
        "Lektionen började kl. 08.15 med en uppstartsuppgift om bråk. Elev B ritade en "
        "tallinje och Elev C delade en pizza i fyra delar. Fallelev 1 kom av sig efter "
        "genomgången, men Elev med läsflyt läste instruktionen högt för gruppen.\n"
        "- Klara av steg 1 innan ni går vidare.\n"
        "Max 10 minuter per station, sedan byte. Saga-läsningen fick vänta till fredag.\n"
        "Reflektion: Enligt Skolverket ska undervisningen utgå från elevernas erfarenheter. "
        "Vi noterade att 12 av 24 elever använde tallinjen, och att 3 elever frågade om "
        "nämnaren. Till nästa cykel (v. 14, 2024-04-02) planerar vi en ny forskningslektion.\n"
        "Observer notes: Pupil D compared 2/5 and 3/7. The class worked in groups of four."
    )
    assert findings(prose) == []


def test_findings_list_numbers_and_names_in_reading_order():
    valid = number("120304", "123")
    text = f"Maja ({valid[:6]}-{valid[6:]}) satt bredvid Ali."
    assert [(f.kind, f.text) for f in findings(text)] == [
        ("name", "Maja"),
        ("personal_number", f"{valid[:6]}-{valid[6:]}"),
        ("name", "Ali"),
    ]


# --- Case-pupil labels -------------------------------------------------------------------------

NAME_WARNING = 'The label looks like a real name. Use a pseudonym such as "Elev A".'
NUMBER_WARNING = (
    "The label contains what looks like a personal identity number. "
    'Use a pseudonym such as "Elev A".'
)


@pytest.mark.parametrize(
    "label", ["Elev A", "Elev B", "Pupil C", "Fallelev 1", "A", "Elev med läsflyt", ""]
)
def test_pseudonyms_give_no_warning(label):
    assert label_warnings(label) == []


@pytest.mark.parametrize(
    "label", ["Maja", "Maja S", "Ali Hassan", "Erik Johansson", "Klara", "Elev Lindqvist"]
)
def test_labels_that_look_like_real_names_are_warned_about(english, label):
    assert label_warnings(label) == [NAME_WARNING]


def test_a_label_with_a_personal_number_is_warned_about(english):
    valid = number("120304", "123")
    assert label_warnings(f"Elev {valid[:6]}-{valid[6:]}") == [NUMBER_WARNING]
    assert label_warnings(f"Maja {valid}") == [NUMBER_WARNING, NAME_WARNING]
    wrong = valid[:9] + str((int(valid[9]) + 1) % 10)
    assert label_warnings(f"Elev {wrong[:6]}-{wrong[6:]}") == []


# --- Long text ---------------------------------------------------------------------------------


def test_a_long_text_full_of_digits_is_checked_whole():
    rng = random.Random(20240402)
    pieces: list[str] = []
    planted_numbers = planted_names = length = 0
    while length < 100_000:
        choice = rng.random()
        if choice < 0.01:
            pieces.append(number(f"{rng.randrange(0, 100):02d}0{rng.randrange(1, 10)}15"))
            planted_numbers += 1
        elif choice < 0.02:
            pieces.append("Elsa svarade")
            planted_names += 1
        elif choice < 0.5:
            # Digit runs too short or too long to be a personal number.
            digits = rng.choice([1, 2, 3, 4, 5, 13, 14, 20])
            pieces.append(str(rng.randrange(10 ** (digits - 1), 10**digits)))
        else:
            pieces.append(rng.choice(["elev", "svar", "bråk", "tallinje", "1/3", "-", "5B"]))
        length += len(pieces[-1]) + 1
    text = " ".join(pieces)
    assert len(text) >= 100_000
    found = findings(text)
    assert sum(f.kind == "personal_number" for f in found) == planted_numbers > 10
    assert sum(f.kind == "name" for f in found) == planted_names > 10
