"""Pupils' names are found among the names most people in Sweden carry; ordinary words that
are also names, and the names of the workspace's adults, are not taken for pupils."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from skolgrupp.core import privacy_names
from skolgrupp.core.privacy import NAMES, SURNAMES, Adults, findings, label_warnings, likely_names

ROOT = Path(__file__).resolve().parents[2]


def texts(found) -> list[str]:
    return [f.text for f in found]


# --- The names ---------------------------------------------------------------------------------


def test_about_a_thousand_given_names_and_five_hundred_surnames_are_known():
    assert 1_000 <= len(NAMES) <= 1_100
    assert len(SURNAMES) == 500
    for name in (*NAMES, *SURNAMES):
        assert all(p[0].isupper() and p[1:].islower() for p in name.split("-")), name
    # Common among pupils and adults alike, and those the supplement adds for recent years.
    assert {"Maja", "Elsa", "Hugo", "Liam", "Ali", "Maryam", "Nour", "Hamza", "Yusuf"} <= NAMES
    assert {"Noor", "Zainab", "Aya", "Emir", "Zakaria", "Sham", "Layla"} <= NAMES
    assert {"Andersson", "Johansson", "Lindqvist", "Ali", "Hassan", "Öberg"} <= SURNAMES


def test_the_words_among_the_names_are_names_or_their_genitives():
    also = set(privacy_names.ALSO_WORDS.split())
    known = NAMES | SURNAMES
    assert all(w in known or (w.endswith("s") and w[:-1] in known) for w in also)
    assert {"Per", "Dag", "Dags", "Sten", "Björn", "Rosa", "Bo", "Klara", "Saga", "Max"} <= also
    assert {"Maja", "Elsa", "Ebba", "Oliver"}.isdisjoint(also)


def test_the_names_module_is_what_the_generator_writes():
    pytest.importorskip("faker")
    if not all(
        Path(p).exists() for p in ("/usr/share/dict/swedish", "/usr/share/dict/american-english")
    ):
        pytest.skip("the word lists wswedish and wamerican are not installed")
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "make_names.py"), "--check"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert done.returncode == 0, done.stdout + done.stderr


# --- In prose ----------------------------------------------------------------------------------


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
        (
            "Noor och Hamza skrev tillsammans; Zainabs text var längst.",
            ["Noor", "Hamza", "Zainabs"],
        ),
        ("Vi frågade Anna-Karins mamma.", ["Anna-Karins"]),
        ("Zelda Grönqvist och Ylva-Li Sjöberg kom sent.", ["Zelda Grönqvist", "Ylva-Li Sjöberg"]),
        ("Sara Ahmadi läste högt.", ["Sara Ahmadi"]),
        ("Efter rasten var Emil Nyströms text klar.", ["Emil Nyströms"]),
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
        "Saga-läsningen fick vänta till fredag.",
    ],
)
def test_ordinary_words_that_resemble_names_are_not_found(text):
    assert likely_names(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Per vecka blir det två lektioner.",
        "Dags att boka rum. Dag 2: eftertest.",
        "Del 4 handlar om anpassningar.",
        "Mina elever behöver mer tid. Inga elever hade gjort läxan.",
        "Inga kom i tid. Hans mamma ringde.",
        "Rita en tallinje. Sten, sax, påse.",
        "Juni blir en lugn månad. Maj och juni är provmånader.",
        "Ville du ha en kopia? Tom låda kvar.",
        "Bo kvar i uppgiften. Stig in i texten.",
        "Rosa lappar för frågor. Sanna påståenden i en hög.",
        "This lesson was planned together. Will it work?",
    ],
)
def test_names_that_are_also_words_do_not_count_where_they_begin_a_sentence(text):
    assert likely_names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Klara fastnade i steg tre.", ["Klara"]),
        ("Saga läste texten två gånger.", ["Saga"]),
        ("Rut svarade snabbt men fel.", ["Rut"]),
        ("Max och Vera delade en pizza.", ["Max", "Vera"]),
        ("Saga, Vilma och Ebbe hade samma svar.", ["Saga", "Vilma", "Ebbe"]),
        ("Liv Andersson satt tyst.", ["Liv Andersson"]),
        ("Eleverna frågade Per om hjälp.", ["Per"]),
    ],
)
def test_names_that_are_also_words_count_when_used_as_names(text, names):
    """A verb after it, another name, a surname, or a place inside a sentence."""
    assert texts(likely_names(text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "Enligt Helen Timperley (2013) ska återkopplingen föra lärandet framåt.",
        "Se Pauline Gibbons (2016, s. 12) om stöttning.",
        "Sankta Lucia firas med luciatåg. Vi möts vid S:t Eriks kyrka.",
        "Vi ses i Konferensrum Linnéa eller i grupprummet Saga.",
    ],
)
def test_authors_cited_saints_and_rooms_are_not_pupils(text):
    assert likely_names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("-Maja Lindqvist kom sent.", ["Maja Lindqvist"]),
        ("Eleverna:\n-Maja\n-Omar", ["Maja", "Omar"]),
        ("Grupp 1: -Hugo -Selma", ["Hugo", "Selma"]),
        ("Eleverna (-Noor, -Hamza) kom sent.", ["Noor", "Hamza"]),
        ("\t-Elias tvekade.", ["Elias"]),
        ("-Klara fastnade i steg tre.\n-Klara av steg 1 först.", ["Klara"]),
    ],
)
def test_a_hyphen_at_the_start_of_a_line_or_after_a_space_is_a_list_bullet(text, names):
    assert texts(likely_names(text)) == names
    assert texts(findings(text)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Vi frågade Anna-Karin och Elsa-Maja.", ["Anna-Karin", "Elsa-Maja"]),
        ("Skol-Maja och elev-Omar är figurer i läseboken.", []),
        ("Klass 5B-Maja, grupp 2-Hugo.", []),
    ],
)
def test_a_hyphen_after_a_letter_or_digit_joins_two_words(text, names):
    assert texts(likely_names(text)) == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Idag räckte Ma\u00adja upp handen.", "Ma\u00adja"),
        ("Idag räckte \u200bMaja\u200b upp handen.", "Maja"),
        ("Idag räckte Maja\u202fLindqvist upp handen.", "Maja\u202fLindqvist"),
        ("Idag räckte Ｍａｊａ upp handen.", "Ｍａｊａ"),
        (
            "Idag räckte Ma\u200dja\u00a0Lind\u00adqvist upp handen.",
            "Ma\u200dja\u00a0Lind\u00adqvist",
        ),
    ],
)
def test_invisible_characters_odd_spaces_and_wide_letters_do_not_hide_a_name(text, name):
    start = text.index(name)
    for found in (likely_names(text), findings(text)):
        assert [(f.text, f.start, f.end) for f in found] == [(name, start, start + len(name))]


def test_a_long_text_with_many_capitalised_words_is_checked_whole():
    text = " ".join(["Eleverna i Stockholm läste. Region Skåne."] * 2_000 + ["Sedan kom Maja."])
    assert texts(likely_names(text)) == ["Maja"]


# --- The workspace's adults --------------------------------------------------------------------

ADULTS = Adults.from_names(
    ["Fatima Ali", "Anna Johansson", "Anna-Karin Sjöberg", "per nilsson", "Anna Maria Lund"]
)


@pytest.mark.parametrize(
    "text",
    [
        "Fatima visade elevtexter. Fatimas klass prövade två gånger.",
        "Fatima Ali och Anna Johansson leder träffen.",
        "Anna Johanssons förslag antogs; Johanssons klass börjar.",
        "Anna-Karin och Anna-Karins elever var med.",
        "Anna-Karin Sjöberg skickar ut anteckningarna.",
        "Eleverna frågade Per Nilsson; Pers svar kom i går.",  # typed in lowercase
        "Anna Maria var sjuk, så Maria Lund och Anna Lund tog över.",
    ],
)
def test_adults_names_are_not_pupils_names(text):
    assert likely_names(text, adults=ADULTS) == []
    assert findings(text, adults=ADULTS) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Fatima Berg i 6A behöver bildstöd.", ["Fatima Berg"]),  # an adult's given name
        ("Anna Svensson läste högt.", ["Anna Svensson"]),
        ("Ali Hassan och Anna Ali kom sent.", ["Ali Hassan", "Anna Ali"]),
        ("Anna-Karin Berg och Karin tvekade.", ["Anna-Karin Berg", "Karin"]),
        ("Fatima svarade och Maja frågade.", ["Maja"]),
    ],
)
def test_pupils_who_share_a_name_with_an_adult_are_still_found(text, names):
    assert texts(likely_names(text, adults=ADULTS)) == names


def test_without_adults_every_name_counts():
    assert texts(likely_names("Fatima och Anna-Karins klass.")) == ["Fatima", "Anna-Karins"]
    assert not Adults.from_names([]) and ADULTS


# --- Case-pupil labels -------------------------------------------------------------------------

NAME_WARNING = 'The label looks like a real name. Use a pseudonym such as "Elev A".'


@pytest.mark.parametrize(
    "label", ["Elev A", "Elev B", "Pupil C", "Fallelev 1", "A", "Elev med läsflyt", ""]
)
def test_pseudonyms_give_no_warning(label):
    assert label_warnings(label) == []


@pytest.mark.parametrize(
    "label",
    ["Maja", "Maja S", "Ali Hassan", "Erik Johansson", "Klara", "Elev Lindqvist", "Elev Berg"],
)
def test_labels_that_look_like_real_names_are_warned_about(english, label):
    assert label_warnings(label) == [NAME_WARNING]


@pytest.mark.parametrize("label", ["Ma\u00adja", "Ｍａｊａ", "Elev\u2009Lind\u200bqvist"])
def test_hidden_characters_do_not_hide_a_name_in_a_label(english, label):
    assert label_warnings(label) == [NAME_WARNING]
    assert label_warnings("Elev\u00a0A\u200b") == []


def test_a_label_with_an_adults_name_is_no_pupils_name(english):
    assert label_warnings("Fatimas grupp", adults=ADULTS) == []
    assert label_warnings("Fatima Berg", adults=ADULTS) == [NAME_WARNING]
