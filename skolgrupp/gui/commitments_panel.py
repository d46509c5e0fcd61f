"""The thread of the four-part model in meeting mode: what each teacher will try in class
(the B moment), and how it went, reported at a later session (the D moment)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QTreeWidgetItem, QWidget

from skolgrupp.gui.forms.ui_commitments_panel import Ui_CommitmentsPanel

if TYPE_CHECKING:
    from skolgrupp.core.domain import Commitment, Session
    from skolgrupp.gui.undo import Change

ID_ROLE = Qt.ItemDataRole.UserRole


class CommitmentsPanel(QGroupBox):
    def __init__(
        self,
        session: Session,
        members: list[dict[str, Any]],
        open_commitments: list[Commitment],
        save: Callable[[str, list[Change]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CommitmentsPanel()
        self.ui.setupUi(self)
        self.session, self.save = session, save
        self.names = {m["person_id"]: m["name"] for m in members}
        self.open = {c.id: c for c in open_commitments}  # made at earlier sessions
        for person_id, name in self.names.items():
            self.ui.personCombo.addItem(name, person_id)
        self.ui.reportButton.clicked.connect(self._report)
        self.ui.reportEdit.returnPressed.connect(self._report)
        self.ui.newButton.clicked.connect(self._commit)
        self.ui.newEdit.returnPressed.connect(self._commit)
        self.ui.followUpList.currentItemChanged.connect(lambda *_: self._update_buttons())
        self._fill()

    def _fill(self) -> None:
        tree = self.ui.followUpList
        tree.clear()
        for commitment in self.open.values():
            row = QTreeWidgetItem([self.names.get(commitment.person_id, ""), commitment.text])
            row.setData(0, ID_ROLE, commitment.id)
            tree.addTopLevelItem(row)
        tree.resizeColumnToContents(0)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.ui.reportButton.setEnabled(self.ui.followUpList.currentItem() is not None)

    def _report(self) -> None:
        row = self.ui.followUpList.currentItem()
        commitment = self.open.pop(row.data(0, ID_ROLE), None) if row else None
        if commitment is None:
            return
        after = dataclasses.replace(
            commitment,
            status="reported",
            report=self.ui.reportEdit.text().strip(),
            report_session_id=self.session.id,
        )
        self.ui.reportEdit.clear()
        self._fill()
        self.save(self.tr("How it went"), [(commitment, after)])

    def _commit(self) -> None:
        from skolgrupp.core.domain import Commitment

        text = self.ui.newEdit.text().strip()
        person_id = self.ui.personCombo.currentData()
        if not text or person_id is None:
            return
        commitment = Commitment(
            group_id=self.session.group_id,
            person_id=person_id,
            made_in_session_id=self.session.id,
            text=text,
        )
        self.ui.newEdit.clear()
        self.save(self.tr("This I will try"), [(None, commitment)])
