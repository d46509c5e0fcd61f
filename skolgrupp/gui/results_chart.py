"""Pre- and post-test results as grouped bars: for each case pupil (or critical aspect), a pair
of bars per research lesson, so a change and a difference between lessons show at a glance.
The table beside it holds the same figures for those who cannot see the chart."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Bars:
    """One row of the chart: a name and, per research lesson, the pre- and post-test share
    (0–1, None when the test was not taken)."""

    name: str
    lessons: tuple[tuple[str, float | None, float | None], ...]


class ResultsChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Bars] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: list[Bars]) -> None:
        self.rows = rows
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(480, 240)

    def _colours(self) -> tuple[QColor, QColor]:
        post = self.palette().color(QPalette.ColorRole.Highlight)
        pre = QColor(post)
        pre.setAlpha(110)
        return pre, post

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        line = metrics.height()
        pre_colour, post_colour = self._colours()
        if not self.rows:
            painter.setPen(text)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No test results yet.")
            )
            return
        # The legend on top, the names below the bars, the scale on the left.
        legend_y = 4
        x = 8
        legend = (
            (pre_colour, self.tr("Pre-test")),
            (post_colour, self.tr("Post-test")),
        )
        for colour, name in legend:
            painter.fillRect(QRectF(x, legend_y + 2, line - 4, line - 4), colour)
            painter.setPen(text)
            painter.drawText(int(x + line), legend_y + metrics.ascent(), name)
            x += line + metrics.horizontalAdvance(name) + 16
        painter.drawText(
            int(x), legend_y + metrics.ascent(), self.tr("(numbered by research lesson)")
        )
        top = legend_y + line + 6
        bottom = self.height() - 2 * line - 6
        left = metrics.horizontalAdvance("100 %") + 12
        right = self.width() - 8
        height = max(bottom - top, 10)
        grid = QColor(text)
        grid.setAlpha(50)
        for share in (0, 0.5, 1):
            y = bottom - share * height
            painter.setPen(grid)
            painter.drawLine(int(left), int(y), int(right), int(y))
            painter.setPen(text)
            painter.drawText(4, int(y + metrics.ascent() / 2), f"{round(share * 100)} %")
        slot = (right - left) / len(self.rows)
        for i, row in enumerate(self.rows):
            x0 = left + i * slot
            pairs = len(row.lessons) or 1
            width = max(min((slot - 12) / (2 * pairs + pairs - 1), 28), 2)
            for j, (lesson, pre, post) in enumerate(row.lessons):
                x = x0 + 6 + j * 3 * width
                for k, (share, colour) in enumerate(((pre, pre_colour), (post, post_colour))):
                    if share is None:
                        continue
                    bar = QRectF(x + k * width, bottom - share * height, width - 1, share * height)
                    painter.fillRect(bar, colour)
                painter.setPen(text)
                small = metrics.elidedText(lesson, Qt.TextElideMode.ElideRight, int(2 * width))
                painter.drawText(int(x), int(bottom + metrics.ascent() + 2), small)
            name = metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, int(slot - 8))
            painter.drawText(int(x0 + 6), int(bottom + line + metrics.ascent() + 2), name)
