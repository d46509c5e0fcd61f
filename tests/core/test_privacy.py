"""Case pupils go by pseudonyms: the program finds personal identity numbers and real names.

The details are in test_privacy_numbers, test_privacy_names and, with the figures of a
labelled corpus, test_privacy_corpus; here is how the parts work together."""

import random

from skolgrupp.core.privacy import Adults, findings, label_warnings
from tests.core.test_privacy_numbers import number, wrong


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
    typo = wrong(valid)
    text = f"Maja ({valid[:6]}-{valid[6:]}) satt bredvid Ali och {typo}, inte Fatima."
    assert [(f.kind, f.text, f.certain) for f in findings(text)] == [
        ("name", "Maja", False),
        ("personal_number", f"{valid[:6]}-{valid[6:]}", True),
        ("name", "Ali", False),
        ("personal_number", typo, False),
        ("name", "Fatima", False),
    ]
    adults = Adults.from_names(["Fatima Ali"])
    assert [f.text for f in findings(text, adults=adults)] == [
        "Maja",
        valid[:6] + "-" + valid[6:],
        typo,
    ]


# --- Case-pupil labels -------------------------------------------------------------------------

NAME_WARNING = 'The label looks like a real name. Use a pseudonym such as "Elev A".'
NUMBER_WARNING = (
    "The label contains what looks like a personal identity number. "
    'Use a pseudonym such as "Elev A".'
)


def test_a_label_with_a_personal_number_is_warned_about(english):
    valid = number("120304", "123")
    assert label_warnings(f"Elev {valid[:6]}-{valid[6:]}") == [NUMBER_WARNING]
    assert label_warnings(f"Maja {valid}") == [NUMBER_WARNING, NAME_WARNING]
    # A typo in the number still identifies the pupil.
    typo = wrong(valid)
    assert label_warnings(f"Elev {typo[:6]}-{typo[6:]}") == [NUMBER_WARNING]


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
