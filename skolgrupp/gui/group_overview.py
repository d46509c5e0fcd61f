"""A group at a glance: members, next sessions by ISO week, open action items, recently shared
reflections and the goals its work this term served."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from skolgrupp.core.labels import label
from skolgrupp.gui.forms.ui_group_overview import Ui_GroupOverview

if TYPE_CHECKING:
    from skolgrupp.core.overview import GroupOverview


def _one_line(text: str, limit: int = 160) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _fill(tree: QTreeWidget, rows: list[list[str]]) -> None:
    """Rows of plain text: QTreeWidgetItem never reads its text as markup."""
    tree.clear()
    tree.addTopLevelItems([QTreeWidgetItem(row) for row in rows])
    for column in range(tree.columnCount() - 1):
        tree.resizeColumnToContents(column)


class GroupOverviewView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GroupOverview()
        self.ui.setupUi(self)
        font = self.ui.titleLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.ui.titleLabel.setFont(font)

    def show_overview(self, overview: GroupOverview) -> None:
        ui, locale = self.ui, QLocale()
        group = overview.group
        ui.titleLabel.setText(group.name)
        details = [label(group.subject), overview.term.upper()]
        ui.detailsLabel.setText(
            " · ".join(details + ([group.description] if group.description else []))
        )
        _fill(
            ui.membersList,
            [[m["name"], m["school"] or "", label(m["role"])] for m in overview.members],
        )
        _fill(
            ui.upcomingList,
            [
                [
                    self.tr("w. {week}").format(
                        week=date.fromisoformat(s["date"]).isocalendar().week
                    ),
                    locale.toString(QDate.fromString(s["date"], "yyyy-MM-dd"), "ddd d MMM")
                    + (f" {s['start_time']}" if s["start_time"] else ""),
                    s["title"],
                ]
                for s in overview.upcoming
            ],
        )
        _fill(
            ui.actionsList,
            [
                [a["due_on"] or "", _one_line(a["text"]), a["owner"] or ""]
                for a in overview.open_actions
            ],
        )
        _fill(
            ui.reflectionsList,
            [
                [r["written_on"], r["author"], _one_line(r["text"])]
                for r in overview.shared_reflections
            ],
        )
        _fill(
            ui.commitmentsList,
            [[c["person"], _one_line(c["text"]), c["since"]] for c in overview.open_commitments],
        )
        _fill(
            ui.goalsList,
            [
                [f"{g['code']} {g['title']}".strip(), str(g["sessions"]), str(g["reflections"])]
                for g in overview.goals
            ],
        )
