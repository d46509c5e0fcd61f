"""Personal identity numbers are found by their shape: a plausible date of birth and a serial.
The check digit only says how certain the finding is; a typo still identifies the pupil."""

from datetime import date

import pytest

from skolgrupp.core.privacy import Finding, findings, personal_numbers

TODAY = date(2026, 12, 1)


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


def wrong(valid: str) -> str:
    """``valid`` with a wrong check digit."""
    return valid[:-1] + str((int(valid[-1]) + 1) % 10)


def found(text: str) -> list[tuple[str, bool]]:
    return [(f.text, f.certain) for f in personal_numbers(text, today=TODAY)]


@pytest.mark.parametrize("known", ["811218-9876", "121212-1212", "19121212-1212", "701063-2391"])
def test_published_example_numbers_are_found_and_certain(known):
    digits = known.replace("-", "")[-10:]
    assert luhn_digit(digits[:9]) == digits[9]  # the helper agrees they are valid
    assert found(f"Elevens nummer är {known}.") == [(known, True)]


@pytest.mark.parametrize(
    "form",
    [
        "{short}-{serial}",
        "{short}+{serial}",
        "{short}{serial}",
        "{short} {serial}",
        "{short}\u00a0{serial}",  # a non-breaking space
        "{short}\u2013{serial}",  # a word processor's en dash
        "{short}\u2011{serial}",  # a non-breaking hyphen
        "{short} - {serial}",
        "{short} \u2013 {serial}",
        "{short}  {serial}",  # two spaces
        "{short}  -  {serial}",
        "20{short}-{serial}",
        "20{short}{serial}",
        "20{short} {serial}",
        "20{short}\u2013{serial}",
    ],
)
@pytest.mark.parametrize("check_digit_right", [True, False])
def test_every_written_form_is_found_where_it_stands(form, check_digit_right):
    valid = number("120304")
    digits = valid if check_digit_right else wrong(valid)
    written = form.format(short=digits[:6], serial=digits[6:])
    text = f"Observation: {written} svarade rätt."
    start = text.index(written)
    assert personal_numbers(text, today=TODAY) == [
        Finding("personal_number", written, start, start + len(written), check_digit_right)
    ]


@pytest.mark.parametrize(
    "form",
    [
        "{short}\u200b-{serial}",  # a zero-width space
        "{short}-\u200b{serial}",
        "{short}\u2060{serial}",  # a word joiner
        "{short}\u00ad{serial}",  # a soft hyphen
        "{short}\u00ad-{serial}",
        "{short}\ufeff-{serial}",  # a byte order mark
        "{short:.3}\u200b{short[3]}\u00ad{short[4]}{short[5]}-{serial}",
        "20{short:.2}\u200b{short[2]}{short[3]}{short[4]}{short[5]}{serial}",
        "{short}\u200e-{serial}",  # a left-to-right mark
        "{short}\u202f{serial}",  # a narrow no-break space
        "{short}\u2009{serial}",  # a thin space
        "{short}\u2009\u2013\u2009{serial}",
        "{short}\u3000{serial}",  # an ideographic space
        "{wide_short}-{wide_serial}",  # full-width digits
        "{wide_short}\uff0d{wide_serial}",  # and a full-width hyphen-minus
        "20{wide_short}{wide_serial}",
        "{short}\u200b\u202f\u2013\u00a0{serial}",
    ],
)
@pytest.mark.parametrize("check_digit_right", [True, False])
def test_invisible_characters_odd_spaces_and_wide_digits_do_not_hide_a_number(
    form, check_digit_right
):
    """Text pasted from web pages and word processors: the finding is where the number stands
    in the text as written, hiding characters and all."""
    valid = number("120314")
    digits = valid if check_digit_right else wrong(valid)
    short, serial = digits[:6], digits[6:]
    wide_short, wide_serial = (
        "".join(chr(ord(d) + 0xFEE0) for d in part) for part in (short, serial)
    )
    written = form.format(
        short=short, serial=serial, wide_short=wide_short, wide_serial=wide_serial
    )
    for before in ("Observation: ", "\u200b\u00adÅk 5, elev\u202f", "Ｅｌｅｖ "):
        text = f"{before}{written}\u200b svarade rätt. Nästa träff 2026-12-09."
        start = text.index(written)
        expected = [
            Finding("personal_number", written, start, start + len(written), check_digit_right)
        ]
        assert personal_numbers(text, today=TODAY) == expected
        assert findings(text, today=TODAY) == expected


def test_hiding_characters_apart_from_the_number_change_nothing():
    valid = number("120314")
    text = f"Elev\u00ad 1: {valid[:6]}-{valid[6:]}; elev\u200b 2: ２０{valid}."
    assert found(text) == [(f"{valid[:6]}-{valid[6:]}", True), (f"２０{valid}", True)]
    # Hidden, digits that belong to a longer number are no more a personal identity number.
    assert found(f"Order 1\u200b{valid} och {valid}\u00ad9 och １{valid}.") == []
    assert found("\u200b\u00ad\u202f\u2009\ufeff") == []


@pytest.mark.parametrize("dash", ["-", "\u2011", "\u2212"])
@pytest.mark.parametrize("check_digit_right", [True, False])
def test_an_iso_date_of_birth_a_dash_and_the_serial_is_a_number(dash, check_digit_right):
    valid = number("120314")
    digits = valid if check_digit_right else wrong(valid)
    written = f"2012-03-14{dash}{digits[6:]}"
    text = f"Elev född {written} behöver stöd; samordningsnummer 2016-03-65-2090."
    assert found(text) == [(written, check_digit_right), ("2016-03-65-2090", False)]
    assert [(f.text, f.certain) for f in findings(text, today=TODAY)] == found(text)
    # The date must be one of a living person's birth: not tomorrow, not 121 years ago.
    assert found("Nummer 2026-12-02-1234 och 1905-12-01-1234.") == []


def test_a_wrong_check_digit_is_found_but_not_certain():
    valid = number("811218", "987")
    assert valid == "8112189876"
    for digit in "012345789":
        typo = valid[:9] + digit
        assert found(f"{typo[:6]}-{typo[6:]} och {typo}") == [
            (f"{typo[:6]}-{typo[6:]}", False),
            (typo, False),
        ]


def test_a_finding_of_a_name_is_never_certain():
    assert Finding("name", "Maja", 0, 4).certain is False


@pytest.mark.parametrize(
    "yymmdd",
    ["811318", "810018", "811200", "811232", "810230", "810431", "811260", "811292", "810100"],
)
def test_numbers_whose_date_cannot_be_a_birth_date_are_not_found(yymmdd):
    for digits in (number(yymmdd), wrong(number(yymmdd))):
        assert found(f"Referens {digits[:6]}-{digits[6:]} och {digits}.") == []


def test_the_29th_of_february_counts_only_in_a_leap_year():
    leap, common = number("080229"), number("090229")
    assert found(f"{leap[:6]}-{leap[6:]} och 20{leap}") == [
        (f"{leap[:6]}-{leap[6:]}", True),
        (f"20{leap}", True),
    ]
    # 2009 and, for the short form, the date before today that 090229 stands for.
    assert found(f"{common[:6]}-{common[6:]} och 20{common}") == []
    coordination = number("080289")  # 29 February 2008, plus 60
    assert found(coordination) == [(coordination, True)]


def test_coordination_numbers_are_found():
    samordning = number("120364", "456")  # born 4 March 2012: day plus 60
    text = f"Samordningsnummer {samordning[:6]}-{samordning[6:]} och 20{samordning}."
    assert found(text) == [(f"{samordning[:6]}-{samordning[6:]}", True), (f"20{samordning}", True)]


@pytest.mark.parametrize(
    ("digits", "is_found"),
    [
        ("20261201", True),  # born today
        ("20261202", False),  # born tomorrow
        ("20270101", False),
        ("19061201", True),  # 120 today
        ("19051202", True),  # 121 tomorrow
        ("19051201", False),  # 121 today
        ("19000101", False),
        ("18991231", False),
        ("30121212", False),
    ],
)
def test_a_date_of_birth_lies_within_a_lifetime_before_today(digits, is_found):
    valid = number(digits[2:])
    text = f"Nummer {digits[:2]}{valid[:6]}-{valid[6:]}"
    assert bool(found(text)) is is_found


@pytest.mark.parametrize(
    ("short", "separator", "born"),
    [
        ("261130", "-", "2026-11-30"),  # this year, before today
        ("261202", "-", "1926-12-02"),  # after today this year: a century earlier, aged 99
        ("120304", "-", "2012-03-04"),
        ("991231", "-", "1999-12-31"),
        ("261130", "+", "1926-11-30"),  # "+": a hundred years older, aged 100
        ("061201", "+", "1906-12-01"),  # aged 120 today
    ],
)
def test_the_short_form_stands_for_the_latest_fitting_date_before_today(short, separator, born):
    digits = number(short)
    year = int(born[:4])
    age = TODAY.year - year - ((TODAY.month, TODAY.day) < (int(born[5:7]), int(born[8:])))
    assert 0 <= age <= 120
    assert found(f"{digits[:6]}{separator}{digits[6:]}") == [
        (f"{digits[:6]}{separator}{digits[6:]}", True)
    ]
    # The same date written with its century is found too.
    long = number(born[2:4] + short[2:])
    assert found(f"{born[:2]}{long}") == [(f"{born[:2]}{long}", True)]


@pytest.mark.parametrize("short", ["261202", "051201", "000101"])
def test_a_centenarian_older_than_anyone_alive_is_not_found(short):
    digits = number(short)  # with "+": born 1826, 1905 and 1900
    assert found(f"{digits[:6]}+{digits[6:]}") == []


def test_plus_is_a_separator_of_the_short_form_only():
    valid = number("811218", "987")
    assert found(f"Nummer 19{valid[:6]}+{valid[6:]}") == []
    assert found(f"Nummer 19{valid}") == [(f"19{valid}", True)]


def test_digits_inside_longer_numbers_are_not_personal_numbers():
    valid = number("811218", "987")
    text = (
        f"Order 1{valid} och {valid}9 och 5519{valid}00, "
        f"konto 1{valid[:6]}-{valid[6:]} och {valid[:6]}-{valid[6:]}7, datum 20240101-20240131."
    )
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # Dates, date ranges, ISO weeks and times.
        "Nästa träff 2026-11-25 kl. 15:00.",
        "Eftertestet görs 25/11 2026.",
        "Deadline 20261125.",
        "Planeringsperiod 2026-11-02 \u2013 2026-11-27, datum 20261102-20261127.",
        "Period 261102-261127.",
        "Forskningslektion v. 48, 2026-W48, vecka 48\u201350.",
        "Kl. 08.15\u201309.00 och 1315-1430, 13:15-14:30.",
        "Nästa träff 2026-11-25 1500, sedan 2026-11-25  1600 och 2026-11-25 - 1700.",
        "Perioden 2026-11-25\u20132026-12-01, 2026-11-25-2026-12-01 och 2026-11-25\u20132026.",
        "Forskningslektion v. 48 2026-11-25, v.\u202f49 2026-12-02.",
        "Nästa\u00a0träff\u202f2026\u201111\u201125 kl.\u202f15:00, rum\u2009214.",
        # Phone numbers.
        "Ring 070-123 45 67, 0701234567 eller 08-123 456 78.",
        "Mobil: 0701234567. Tel 0701234567. Tfn: 0701234567.",
        "Sms:a 0701234567 eller skicka sms till 0711234567.",
        "Telefonnummer till expeditionen: 0111234567, mobilnummer 0701234567.",
        "Annas nummer är 0701234567, nr 0701234567.",
        "Ring mig på +46701234567 eller +46 70 123 45 67.",
        # School-unit codes, organisation numbers, amounts, postal codes, rooms, case numbers.
        "Skolenhetskod 12345678, skolenhet 87654321.",
        "Örebro kommun 212000-1965, Stockholms stad 212000-0142, org.nr 2120001965.",
        "Friskolan AB, organisationsnummer 556677-8899 och 559123-4567.",
        "Budget 1 250 000 kr, vikarier 120 000 kr, 1250000 kr totalt.",
        "Budget 1\u202f250\u202f000 kr, vikarier 120\u2009000 kr, 1\u00a0250\u00a0000 kr.",
        "Ring 070\u2009123\u200945\u200967 eller ０７０-１２３ ４５ ６７.",
        "Skolgatan 4, 702 11 Örebro; Box 31000, 701 35 Örebro.",
        "Rum 2041, sal B214, mötesrum 3:214.",
        "Dnr 2026:1234, dnr BUN 2026/00123, referens 2026-0345.",
        "ISBN 978-91-27-45678-9. Bankgiro 5050-1055.",
    ],
)
def test_other_numbers_in_school_texts_are_not_personal_numbers(text):
    assert found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Elevens personnummer 0701234567.",
        "Pers.nr 0701234567 ska inte stå här.",
        "Elev 0701234567 behöver stöd.",
        # A phone word far before the number says nothing about it.
        "Ring mig i morgon om utvecklingssamtalet, sedan eleven 0701234567.",
        # A phone word does not make other forms a phone number.
        "Mobil: 070123-4567.",
        "Ring 20070123-4567.",
    ],
)
def test_ten_digits_starting_with_0_are_a_pupils_number_without_a_phone_word_before(text):
    """A pupil born in 2000-2009 has a number starting with 0; only a phone word just before
    ten digits in a row ("Ring 0701234567") makes them a phone number."""
    assert len(found(text)) == 1


def test_the_day_of_reference_is_today_by_default():
    tomorrow = date.fromordinal(date.today().toordinal() + 1)
    future = number(tomorrow.strftime("%y%m%d"))
    past = number("120304")
    text = f"{tomorrow.year // 100}{future} och 20{past}"
    assert [f.text for f in personal_numbers(text)] == [f"20{past}"]
    assert [f.text for f in findings(text)] == [f"20{past}"]


def test_runs_of_digits_and_separators_take_linear_time():
    """Every part of the pattern has a fixed length: no input makes it backtrack far."""
    for text in (
        "1" * 200_000,
        "123456 " * 30_000,
        "123456-" * 30_000,
        "1234567890-" * 20_000,
        "20" * 100_000,
        "2012-03-14-" * 20_000,
        "2012-03-14\u2013" * 20_000,
        "123456  " * 30_000,
        "1\u200b" * 100_000,
        "１" * 200_000,
        "123456\u2009" * 30_000,
    ):
        assert found(text) == []
        assert findings(text, today=TODAY) == []
