"""Importing people from a spreadsheet: a preview of every row, what will be added and why a
row will not, before anything is saved."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from skolgrupp.gui.forms.ui_people_import import Ui_PeopleImport

if TYPE_CHECKING:
    from skolgrupp.core.people_csv import PeopleImport as Plan


class PeopleImport(QDialog):
    def __init__(self, plan: Plan, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PeopleImport()
        self.ui.setupUi(self)
        self.plan = plan
        ui = self.ui
        for row in plan.rows:
            item = QTreeWidgetItem(
                [str(row.line), row.name, row.email, row.school, row.role, row.problem]
            )
            ui.rowsList.addTopLevelItem(item)
        for column in range(5):
            ui.rowsList.resizeColumnToContents(column)
        left_out = sum(1 for row in plan.rows if row.problem)
        ui.summaryLabel.setText(
            self.tr(
                "{file}: {people} people and {schools} new schools will be added; "
                "{left_out} rows are left out (see Note)."
            ).format(
                file=file_name,
                people=len(plan.people),
                schools=len(plan.schools),
                left_out=left_out,
            )
        )
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
        ok.setEnabled(bool(plan.people))
