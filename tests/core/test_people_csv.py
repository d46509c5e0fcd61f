"""People from a spreadsheet as Swedish spreadsheet programs save it."""

import pytest

from skolgrupp.core.domain import Person, School
from skolgrupp.core.errors import CannotOpen, InvalidData
from skolgrupp.core.people_csv import plan_import, read_rows

EXCEL = (
    "Namn;E-post;Skola;Roll;Huvudman\r\n"
    "Åsa Öberg;asa@ekskolan.se;Ekskolan;lärare;kommunal\r\n"
    "Örjan Ek;orjan@lyran.se;Friskolan Lyran;samtalsledare;fristående\r\n"
    ";saknar@namn.se;Ekskolan;lärare;\r\n"
    "Bo Berg;bo-at-ekskolan;Ekskolan;lärare;\r\n"
    "Cia Ceder;cia@ekskolan.se;Ekskolan;trollkarl;\r\n"
    "\r\n"
)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_a_swedish_spreadsheet_in_either_encoding(tmp_path, encoding):
    source = tmp_path / "personal.csv"
    source.write_bytes(EXCEL.encode(encoding))
    rows = read_rows(source)
    assert [r.name for r in rows][:2] == ["Åsa Öberg", "Örjan Ek"]
    assert [r.line for r in rows if r.problem] == [4, 5, 6]
    assert "trollkarl" in rows[4].problem


def test_new_schools_and_people_are_planned_and_known_people_left_out(tmp_path):
    source = tmp_path / "personal.csv"
    source.write_text(EXCEL, encoding="utf-8")
    known_school = School(name="Ekskolan")
    known = Person(name="Åsa Öberg", email="asa@ekskolan.se", school_id=known_school.id)
    plan = plan_import(read_rows(source), [known], [known_school])
    assert [p.name for p in plan.people] == ["Örjan Ek"]
    [lyran] = plan.schools
    assert (lyran.name, lyran.owner) == ("Friskolan Lyran", "independent")
    assert plan.people[0].school_id == lyran.id and plan.people[0].role == "leader"
    assert plan.rows[0].problem  # Åsa is already there


def test_files_that_are_not_lists_of_people_say_why(tmp_path):
    no_names = tmp_path / "fel.csv"
    no_names.write_text("Förnamn;Efternamn\nÅsa;Öberg\n", encoding="utf-8")
    with pytest.raises(InvalidData) as e:
        read_rows(no_names)
    assert "fel.csv" in e.value.message
    with pytest.raises(CannotOpen):
        read_rows(tmp_path / "saknas.csv")
