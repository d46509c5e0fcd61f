"""A group's lesson-study and learning-study cycles: a board showing each cycle's phase at a
glance, and the chosen cycle's phases, research lessons, results and post-lesson comparison."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidgetItem,
    QWidget,
)

from skolgrupp.core.labels import label
from skolgrupp.gui.forms.ui_cycles_view import Ui_CyclesView
from skolgrupp.gui.results_chart import Bars

if TYPE_CHECKING:
    from skolgrupp.core.cycles import Comparison, CycleResults, Score
    from skolgrupp.core.domain import CasePupil, CriticalAspect, Cycle, CyclePhase

ID_ROLE = Qt.ItemDataRole.UserRole
STATUSES_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass
class CycleDetail:
    """What the page shows of one cycle, read on the database thread."""

    cycle: Cycle
    phases: list[CyclePhase]
    aspects: list[CriticalAspect]
    pupils: list[CasePupil]
    lessons: list[dict[str, Any]]  # id, iteration, date, teacher, class_name, observations
    results: CycleResults
    comparisons: dict[str, list[Comparison]] = field(default_factory=dict)  # by lesson id
    sessions: list[dict[str, Any]] = field(default_factory=list)  # linked: date, title
    reflections: int = 0  # shared reflections linked to the cycle


class PhaseBarDelegate(QStyledItemDelegate):
    """The cycle's phases as a row of small blocks: done filled, in progress outlined and
    half filled, not started empty."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        statuses = index.data(STATUSES_ROLE) or []
        if not statuses:
            return
        palette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        )
        outline = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        size = max(min(rect.height() - 6, 14), 6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, y = rect.x() + 4, rect.y() + (rect.height() - size) // 2
        for status in statuses:
            block = QRect(x, y, size, size)
            faint = QColor(outline)
            faint.setAlpha(90)
            painter.setPen(faint)
            painter.drawRect(block)
            if status == "done":
                painter.fillRect(block.adjusted(1, 1, 0, 0), colour)
            elif status == "active":
                painter.setPen(colour)
                painter.drawRect(block)
                painter.fillRect(block.adjusted(1, size // 2, 0, 0), colour)
            x += size + 3
        painter.restore()


def _percent(share: float | None) -> str:
    return "" if share is None else f"{round(share * 100)} %"


class CyclesView(QWidget):
    chosen = Signal(str)  # a cycle was chosen on the board: show its detail

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_CyclesView()
        ui.setupUi(self)
        ui.cyclesList.setItemDelegateForColumn(2, PhaseBarDelegate(ui.cyclesList))
        ui.cyclesList.currentItemChanged.connect(self._current_changed)
        ui.lessonsList.currentItemChanged.connect(lambda *_: self._update_buttons())
        ui.discussionLessonCombo.currentIndexChanged.connect(lambda _: self._show_comparison())
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setSizes([150, 450])
        self.detail: CycleDetail | None = None
        self._update_buttons()

    # -- the board ------------------------------------------------------------------------

    def show_cycles(self, rows: list[dict[str, Any]]) -> None:
        tree = self.ui.cyclesList
        chosen = self.chosen_id()
        tree.blockSignals(True)
        tree.clear()
        current = None
        for row in rows:
            phase = row["phase"] or (self.tr("All phases done") if row["phases"] else "")
            item = QTreeWidgetItem(
                [row["title"], label(row["cycle_type"]), "", phase, str(row["lessons"])]
            )
            item.setData(0, ID_ROLE, row["id"])
            item.setData(2, STATUSES_ROLE, row["statuses"])
            item.setToolTip(
                2,
                self.tr("{done} of {total} phases done").format(
                    done=row["phases_done"], total=row["phases"]
                ),
            )
            item.setData(
                2,
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("{done} of {total} phases done").format(
                    done=row["phases_done"], total=row["phases"]
                ),
            )
            tree.addTopLevelItem(item)
            if row["id"] == chosen or current is None:
                current = item
        if current is not None:
            tree.setCurrentItem(current)
        tree.blockSignals(False)  # one request for the chosen cycle's detail, below
        widest = max((len(r["statuses"]) for r in rows), default=0)
        tree.setColumnWidth(2, max(widest * 17 + 10, 60))
        for column in (0, 1, 3):
            tree.resizeColumnToContents(column)
        if current is not None:
            self.chosen.emit(current.data(0, ID_ROLE))
        else:
            self.detail = None
            self._clear_detail()
        self._update_buttons()

    def chosen_id(self) -> str | None:
        item = self.ui.cyclesList.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def chosen_lesson_id(self) -> str | None:
        item = self.ui.lessonsList.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _current_changed(self, current, _previous=None) -> None:
        # Nothing of the cycle shown before stays to be acted on while the chosen one loads.
        self.detail = None
        self._clear_detail()
        self._update_buttons()
        if current is not None:
            self.chosen.emit(current.data(0, ID_ROLE))

    def _update_buttons(self) -> None:
        ui = self.ui
        has_cycle = self.chosen_id() is not None
        ui.editButton.setEnabled(has_cycle)
        ui.lessonButton.setEnabled(has_cycle)
        has_lesson = self.chosen_lesson_id() is not None
        ui.editLessonButton.setEnabled(has_lesson)
        ui.observeButton.setEnabled(has_lesson)

    # -- the chosen cycle ------------------------------------------------------------------

    def _clear_detail(self) -> None:
        ui = self.ui
        ui.aboutText.clear()
        for tree in (ui.phasesList, ui.lessonsList, ui.resultsList, ui.comparisonList):
            tree.clear()
        ui.discussionLessonCombo.clear()
        ui.resultsChart.set_rows([])

    def show_detail(self, detail: CycleDetail) -> None:
        if detail.cycle.id != self.chosen_id():
            return  # the user has chosen another cycle since
        self.detail = detail
        ui, cycle = self.ui, detail.cycle
        lines = [cycle.title, f"{label(cycle.cycle_type)} · {cycle.subject} · {cycle.grade}"]
        for heading, text in (
            (self.tr("Research question"), cycle.question),
            (self.tr("Object of learning"), cycle.learning_object),
            (self.tr("Long-term goal"), cycle.long_term_goal),
        ):
            if text.strip():
                lines += ["", f"{heading}:", text]
        if detail.aspects:
            lines += ["", self.tr("Critical aspects:")]
            lines += [f"  • {a.text}" for a in detail.aspects]
        if detail.pupils:
            lines += ["", self.tr("Case pupils:")]
            lines += [f"  • {p.label}: {p.typifies}".rstrip(": ") for p in detail.pupils]
        if detail.sessions:
            lines += ["", self.tr("Sessions of the cycle:")]
            lines += [f"  • {row['date']}  {row['title']}" for row in detail.sessions]
        if detail.reflections:
            lines += [
                "",
                self.tr("{count} shared reflections are about the cycle.").format(
                    count=detail.reflections
                ),
            ]
        for heading, text in (
            (self.tr("Findings"), cycle.findings),
            (self.tr("How the findings were shared"), cycle.shared_how),
        ):
            if text.strip():
                lines += ["", f"{heading}:", text]
        ui.aboutText.setPlainText("\n".join(lines))

        ui.phasesList.clear()
        for phase in detail.phases:
            ui.phasesList.addTopLevelItem(
                QTreeWidgetItem(
                    [phase.name, phase.starts_on or "", phase.ends_on or "", label(phase.status)]
                )
            )
        for column in range(3):
            ui.phasesList.resizeColumnToContents(column)

        chosen_lesson = self.chosen_lesson_id()
        ui.lessonsList.clear()
        for row in detail.lessons:
            item = QTreeWidgetItem(
                [
                    self.tr("Research lesson {n}").format(n=row["iteration"]),
                    row["date"] or "",
                    row["teacher"] or "",
                    row["class_name"],
                    str(row["observations"]),
                ]
            )
            item.setData(0, ID_ROLE, row["id"])
            ui.lessonsList.addTopLevelItem(item)
            if row["id"] == chosen_lesson or ui.lessonsList.currentItem() is None:
                ui.lessonsList.setCurrentItem(item)
        for column in range(4):
            ui.lessonsList.resizeColumnToContents(column)

        self._show_results(detail)
        combo = ui.discussionLessonCombo
        combo.blockSignals(True)
        combo.clear()
        for row in detail.lessons:
            combo.addItem(self.tr("Research lesson {n}").format(n=row["iteration"]), row["id"])
        held = [i for i, row in enumerate(detail.lessons) if row["observations"]]
        combo.setCurrentIndex(held[-1] if held else max(combo.count() - 1, 0))
        combo.blockSignals(False)
        self._show_comparison()
        self._update_buttons()

    def _show_results(self, detail: CycleDetail) -> None:
        ui, results = self.ui, detail.results
        tree = ui.resultsList
        tree.clear()
        names = {
            **{p.id: p.label for p in results.pupils},
            **{a.id: a.text for a in results.aspects},
            "": self.tr("Items without a critical aspect"),
        }
        lesson_name = {
            r.lesson.id: self.tr("Lesson {n}").format(n=r.lesson.iteration) for r in results.lessons
        }
        bars: list[Bars] = []
        pupil_top = QTreeWidgetItem([self.tr("Case pupils (all items)")])
        pupil_aspect_top = QTreeWidgetItem([self.tr("Case pupils, per critical aspect")])
        aspect_top = QTreeWidgetItem([self.tr("The class, per critical aspect")])
        total_top = QTreeWidgetItem([self.tr("The class, all items")])
        for pupil in results.pupils:
            series = []
            for lesson in results.lessons:
                score = lesson.by_pupil.get(pupil.id)
                if score is None:
                    continue
                series.append((str(lesson.lesson.iteration), score.pre, score.post))
                pupil_top.addChild(self._row(names[pupil.id], lesson_name[lesson.lesson.id], score))
            if series:
                bars.append(Bars(pupil.label, tuple(series)))
        for pupil in results.pupils:
            for aspect_id in [a.id for a in results.aspects] + [""]:
                for lesson in results.lessons:
                    score = lesson.by_pupil_aspect.get((pupil.id, aspect_id))
                    if score is not None:
                        pupil_aspect_top.addChild(
                            self._row(
                                f"{pupil.label} · {names[aspect_id]}",
                                lesson_name[lesson.lesson.id],
                                score,
                            )
                        )
        for aspect_id in [a.id for a in results.aspects] + [""]:
            series = []
            for lesson in results.lessons:
                score = lesson.class_by_aspect.get(aspect_id)
                if score is not None:
                    series.append((str(lesson.lesson.iteration), score.pre, score.post))
                    aspect_top.addChild(
                        self._row(names[aspect_id], lesson_name[lesson.lesson.id], score)
                    )
            if series:
                number = [a.id for a in results.aspects].index(aspect_id) + 1 if aspect_id else 0
                name = self.tr("Aspect {n}").format(n=number) if number else names[""]
                bars.append(Bars(name, tuple(series)))
        for lesson in results.lessons:
            total = lesson.class_total
            if total.pre is not None or total.post is not None or total.delayed is not None:
                total_top.addChild(
                    self._row(
                        self.tr("All items"), lesson_name[lesson.lesson.id], lesson.class_total
                    )
                )
        for top in (pupil_top, pupil_aspect_top, aspect_top, total_top):
            if top.childCount():
                tree.addTopLevelItem(top)
                top.setExpanded(True)
        tree.setRootIsDecorated(True)
        for column in range(6):
            tree.resizeColumnToContents(column)
        ui.resultsChart.set_rows(bars)

    def _row(self, name: str, lesson: str, score: Score) -> QTreeWidgetItem:
        change = score.change
        changed = (
            ""
            if change is None
            else self.tr("{points:+d} points").format(points=round(change * 100))
        )
        item = QTreeWidgetItem(
            [
                name,
                lesson,
                _percent(score.pre),
                _percent(score.post),
                changed,
                _percent(score.delayed),
            ]
        )
        for column in (2, 3, 4, 5):
            item.setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        return item

    def _show_comparison(self) -> None:
        ui = self.ui
        tree = ui.comparisonList
        tree.clear()
        if self.detail is None:
            return
        lesson_id = ui.discussionLessonCombo.currentData()
        for row in self.detail.comparisons.get(lesson_id, []):
            observed = "\n".join(f"{who}: {text}" for who, text in row.observed)
            item = QTreeWidgetItem([row.phase.title, row.pupil.label, row.prediction, observed])
            tree.addTopLevelItem(item)
        tree.resizeColumnToContents(0)
        tree.resizeColumnToContents(1)
        width = max(tree.viewport().width() - tree.columnWidth(0) - tree.columnWidth(1), 300)
        tree.setColumnWidth(2, width // 2)
