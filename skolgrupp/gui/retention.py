"""Retention (gallring) in the window: erasing a finished cycle's case-pupil details from the
Cycles tab, a quiet notice when cycles have been finished longer than the setting, and the
setting itself (Settings › Remind about erasing after).

Erasing is not a step the user can undo: undo keeps the records of each step in memory, and
undoing or redoing an earlier step would write the erased text back. So the confirmation says
it cannot be undone, and the undo history is cleared once it is done.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from skolgrupp.gui.dialogs import notice_bar

if TYPE_CHECKING:
    from skolgrupp.core.domain import Cycle
    from skolgrupp.core.retention import Details, Summary
    from skolgrupp.core.workspace import Workspace
    from skolgrupp.gui.group_page import GroupPage
    from skolgrupp.gui.main_window import MainWindow

SETTING = "retention/remindAfterDays"
SHOWN_IN_NOTICE = 3  # cycles named in the notice; the rest are counted


def remind_after_days(settings: QSettings) -> int:
    """The days after a cycle finished when the notice reminds of erasing its pupil details."""
    from skolgrupp.core.retention import DEFAULT_AFTER_DAYS

    try:
        days = int(settings.value(SETTING, DEFAULT_AFTER_DAYS))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_AFTER_DAYS
    return days if days > 0 else DEFAULT_AFTER_DAYS


class Retention(QObject):
    """Owned by the main window: the notice, the setting, and the Cycles tab's action."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.question: QMessageBox | None = None  # the confirmation while it is open (tests)
        self._page: GroupPage | None = None
        self._dismissed: Path | None = None  # the workspace whose notice the user put away
        self._due: list[Cycle] = []
        self.notice = self._make_notice()
        window.ready.connect(self.check_due)

    # -- the setting --------------------------------------------------------------------------

    def add_setting(self, menu: QMenu) -> None:
        """Settings › Remind about erasing pupil details after › half a school year, …"""
        from skolgrupp.core import retention

        submenu = menu.addMenu(self.tr("Remind about erasing pupil details &after"))
        group = QActionGroup(submenu)
        chosen = remind_after_days(self.window.settings)
        self.setting_actions = {}
        for days, text in (
            (retention.HALF_A_SCHOOL_YEAR_DAYS, self.tr("half a school year")),
            (retention.ONE_SCHOOL_YEAR_DAYS, self.tr("a school year")),
            (retention.TWO_SCHOOL_YEARS_DAYS, self.tr("two school years")),
        ):
            action = submenu.addAction(text)
            action.setCheckable(True)
            action.setChecked(days == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _=False, d=days: self._choose(d))
            self.setting_actions[days] = action

    def _choose(self, days: int) -> None:
        self.window.settings.setValue(SETTING, days)
        self._dismissed = None
        self.check_due()

    def _period(self) -> str:
        from skolgrupp.core import retention

        days = remind_after_days(self.window.settings)
        if days == retention.HALF_A_SCHOOL_YEAR_DAYS:
            return self.tr("half a school year")
        if days == retention.TWO_SCHOOL_YEARS_DAYS:
            return self.tr("two school years")
        if days == retention.ONE_SCHOOL_YEAR_DAYS:
            return self.tr("a school year")
        return self.tr("{days} days").format(days=days)

    # -- the notice -----------------------------------------------------------------------

    def _make_notice(self) -> QWidget:
        """A bar in the palette's tooltip colours, like the notice of conflicts."""
        bar, row, self.notice_text = notice_bar(self.window)
        bar.setObjectName("retentionNotice")
        self.notice_button = QPushButton(self.tr("Erase…"), bar)
        self.notice_button.setAccessibleName(self.tr("Erase case pupils' details"))
        self.notice_button.clicked.connect(self._erase_from_notice)
        self.notice_menu = QMenu(self.notice_button)
        later = QPushButton(self.tr("Not now"), bar)
        later.clicked.connect(self._dismiss)
        row.addWidget(self.notice_button)
        row.addWidget(later)
        return bar

    def check_due(self) -> None:
        """Look for cycles due for erasure in the open workspace, and show or hide the notice."""
        window = self.window
        if window.path is None or window.read_only_reason or window.path == self._dismissed:
            self._show_due([])
            return
        today, after = self._today(), remind_after_days(window.settings)
        window.database.call(lambda ws: _due(ws, today, after), self._show_due, lambda _: None)

    def _show_due(self, due: list[Cycle]) -> None:
        self._due = due
        if not due:
            self.notice.hide()
            return
        names = ", ".join(f"“{' '.join(c.title.split())}”" for c in due[:SHOWN_IN_NOTICE])
        if len(due) > SHOWN_IN_NOTICE:
            names += " " + self.tr("and {n} more").format(n=len(due) - SHOWN_IN_NOTICE)
        self.notice_text.setText(
            self.tr(
                "Finished {period} ago or more: the case pupils' details of {cycles} can be erased."
            ).format(period=self._period(), cycles=names)
        )
        self.notice_menu.clear()
        for cycle in due:
            action = self.notice_menu.addAction(" ".join(cycle.title.split()) + "…")
            action.triggered.connect(lambda _=False, c=cycle.id: self.erase(c))
        self.notice_button.setMenu(self.notice_menu if len(due) > 1 else None)
        self.notice.show()

    def _erase_from_notice(self) -> None:
        if len(self._due) == 1:
            self.erase(self._due[0].id)

    def _dismiss(self) -> None:
        """Quiet until the workspace is opened again (or the setting changes)."""
        self._dismissed = self.window.path
        self.notice.hide()

    def _today(self) -> date:
        return self.window.group_page.today()

    # -- the Cycles tab -------------------------------------------------------------------

    def attach(self, page: GroupPage) -> None:
        """Add the action and the erasure's date to the group page's Cycles tab."""
        self._page = page
        ui = page.cycles.ui
        self.button = QPushButton(self.tr("Erase &pupil details…"), page.cycles)
        self.button.setObjectName("erasePupilDetailsButton")
        ui.buttonsLayout.insertWidget(ui.buttonsLayout.indexOf(ui.lessonButton) + 1, self.button)
        self.erased_label = QLabel(page.cycles)
        self.erased_label.setObjectName("pupilDetailsErasedLabel")
        self.erased_label.setTextFormat(Qt.TextFormat.PlainText)
        self.erased_label.hide()
        ui.aboutLayout.insertWidget(0, self.erased_label)
        self.button.clicked.connect(self._erase_chosen)
        page.cycles_shown.connect(self._update)
        ui.cyclesList.currentItemChanged.connect(lambda *_: self._update())
        self._update()

    def _update(self) -> None:
        """The action for a finished cycle whose details are kept; the day of an erasure."""
        from skolgrupp.core.retention import finished_from_phases

        page = self._page
        if page is None:
            return
        detail = page.cycles.detail
        self.button.setVisible(page.editable)
        erased = detail.cycle.pupil_data_erased_on if detail is not None else None
        self.erased_label.setText(
            self.tr("Pupil details erased {date}").format(date=erased) if erased else ""
        )
        self.erased_label.setVisible(bool(erased))
        finished = detail is not None and finished_from_phases(detail.phases, page.today())
        offered = bool(finished) and not erased and bool(detail and detail.pupils)
        self.button.setEnabled(offered)
        waiting = detail is not None and not finished
        self.button.setToolTip(
            self.tr("Pupil details can be erased once the cycle is finished.") if waiting else ""
        )

    def _erase_chosen(self) -> None:
        page = self._page
        if page is not None and page.cycles.detail is not None:
            self.erase(page.cycles.detail.cycle.id)

    # -- erasing --------------------------------------------------------------------------

    def erase(self, cycle_id: str) -> None:
        """Say exactly what goes and what stays, and erase when the user agrees."""
        window = self.window
        window.group_page.dialogs.open(
            window.database,
            lambda ws: _preview(ws, cycle_id),
            lambda preview: self._confirm(cycle_id, *preview),
            window.report_error,
        )

    def _confirm(self, cycle_id: str, title: str, details: Details) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Erase pupil details"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("Erase the case pupils' details of {title}?").format(title=title))
        box.setInformativeText(
            "\n\n".join(
                (
                    self.tr(
                        "Goes: {predictions} predictions, {observations} observations and "
                        "{interviews} interviews about the case pupils, and whom each case "
                        "pupil typifies. The {pupils} case pupils are then called Pupil 1, "
                        "Pupil 2 and so on."
                    ).format(
                        predictions=details.predictions,
                        observations=details.observations,
                        interviews=details.interviews,
                        pupils=details.pupils,
                    ),
                    self.tr(
                        "Stays: the test results (under the new names), the class results, "
                        "critical aspects and test items, the research lessons' plans, "
                        "revisions and post-lesson discussions, and the findings. They are not "
                        "changed: check that they say nothing about a single pupil."
                    ),
                    self.tr(
                        "The words are removed from the workspace file and its search index, "
                        "and so is the snapshot of the last merge. Copies made earlier "
                        "(backups before an update, saved copies, files shared with "
                        "colleagues) are not changed; a colleague's copy learns of the erasure "
                        "when it is merged. This cannot be undone."
                    ),
                )
            )
        )
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.question = box
        try:
            box.exec()
            agreed = box.clickedButton() is erase
        finally:
            self.question = None
            box.deleteLater()
        if not agreed:
            return
        today = self._today()
        self.window.database.call(
            lambda ws: _erase(ws, cycle_id, today), self._erased, self.window.report_error
        )

    def _erased(self, summary: Summary) -> None:
        window = self.window
        window.undo_stack.clear()  # its steps hold the erased text: undoing one would bring it back
        window.statusBar().showMessage(
            self.tr("Erased the case pupils' details of {title}.").format(title=summary.title),
            10000,
        )
        window.group_page.refresh()
        from skolgrupp.gui import jobs

        window.database.call(jobs.conflicts, window.show_conflict_banner, window.report_error)
        self.check_due()


# -- on the database thread ---------------------------------------------------------------


def _due(workspace: Workspace, today: date, after_days: int) -> list[Any]:
    from skolgrupp.core.retention import due_for_erasure

    return due_for_erasure(workspace, today, after_days)


def _preview(workspace: Workspace, cycle_id: str) -> tuple[str, Details]:
    from skolgrupp.core.domain import Cycle
    from skolgrupp.core.retention import pupil_details

    return workspace.get(Cycle, cycle_id).title, pupil_details(workspace, cycle_id)


def _erase(workspace: Workspace, cycle_id: str, today: date) -> Summary:
    from skolgrupp.core.retention import erase_pupil_details

    return erase_pupil_details(workspace, cycle_id, today)
