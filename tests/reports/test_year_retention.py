"""The year summary lists the cycles whose case-pupil details were erased that school year,
as retention done."""

from datetime import date

from skolgrupp.core import i18n
from skolgrupp.core.demo import fill_demo
from skolgrupp.core.domain import CasePupil, Cycle, CyclePhase, Group
from skolgrupp.core.retention import erase_pupil_details
from skolgrupp.core.workspace import Workspace
from skolgrupp.reports.term import year_summary
from tests.conftest import TEST_INSTALLATION
from tests.reports.test_term_pdf import printed


def test_the_year_summary_lists_the_erasures_done_that_year(tmp_path):
    with Workspace.create(tmp_path / "x.skolgrupp", installation_id=TEST_INSTALLATION) as ws:
        fill_demo(ws, scale=1, seed=3, term="ht2026", today=date(2026, 11, 25))
        reading = next(g for g in ws.find(Group) if g.subject == "reading")
        cycle = next(
            c for c in ws.find(Cycle, group_id=reading.id) if ws.find(CasePupil, cycle_id=c.id)
        )
        for phase in ws.find(CyclePhase, cycle_id=cycle.id):
            phase.status = "done"
            ws.update(phase)
        erase_pupil_details(ws, cycle.id, date(2027, 6, 20))
        i18n.set_language("en")
        year_summary(ws, "2026/27", tmp_path / "year.pdf")
        year_summary(ws, "2025/26", tmp_path / "before.pdf")
        i18n.set_language(None)
        year_summary(ws, "2026/27", tmp_path / "svenska.pdf")
    text = printed(tmp_path / "year.pdf").text
    assert "Case pupils' details erased" in text
    assert f"{cycle.title} {reading.name} Case pupils' details erased 2027-06-20" in text
    assert "Case pupils' details erased" not in printed(tmp_path / "before.pdf").text
    assert "Uppgifter om fallelever gallrade 2027-06-20" in printed(tmp_path / "svenska.pdf").text
