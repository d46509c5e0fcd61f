"""Search as you type: hits with the matching words in bold, drawn as plain text."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from skolgrupp.core.labels import label
from skolgrupp.core.search import Hit, segments
from skolgrupp.gui.rows_model import HandedRows

_SPACE = re.compile(r"\s+")  # line breaks and runs of spaces, drawn as one space
HEADING_ROLE = Qt.ItemDataRole.UserRole + 1
SEGMENTS_ROLE = Qt.ItemDataRole.UserRole + 2


def heading(hit: Hit) -> str:
    parts = [hit.date, label(hit.kind)]
    if hit.visibility == "private":
        parts.append(label("private"))
    parts += [p for p in (hit.group_name, hit.session_title) if p]
    return " · ".join(parts)


def hit_segments(hit: Hit) -> list[tuple[str, bool]]:
    """The hit's title (if any) and snippet as (text, is_match) pieces on one line."""
    pieces = segments(hit.title)
    if pieces and hit.snippet:
        pieces.append(("  ", False))
    pieces += segments(hit.snippet)
    return [(_SPACE.sub(" ", text), match) for text, match in pieces]


class SearchResultModel(HandedRows, QAbstractListModel):
    """Search hits as plain rows."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Hit] = []

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        hit = self.row_at(index)
        if hit is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return heading(hit) + "\n" + "".join(text for text, _ in hit_segments(hit))
        if role == HEADING_ROLE:
            return heading(hit)
        if role == SEGMENTS_ROLE:
            return hit_segments(hit)
        return None


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: where it is, then the text with the matches in bold. Every piece is
    drawn with drawText as plain text, so nothing a user wrote is read as markup."""

    MARGIN = 6

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        height = QFontMetrics(option.font).height()
        return QSize(option.rect.width(), 2 * height + 2 * self.MARGIN + 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(option.palette.color(group))
        metrics = QFontMetrics(option.font)
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        small = QFont(option.font)
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 6))
        painter.setFont(small)
        first = QRect(rect.left(), rect.top(), rect.width(), metrics.height())
        painter.drawText(
            first,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(small).elidedText(
                index.data(HEADING_ROLE), Qt.TextElideMode.ElideRight, rect.width()
            ),
        )
        x, y = rect.left(), rect.top() + metrics.height() + 2
        bold = QFont(option.font)
        bold.setBold(True)
        for text, match in index.data(SEGMENTS_ROLE) or []:
            font = bold if match else option.font
            width = QFontMetrics(font).horizontalAdvance(text)
            room = rect.right() - x
            if room <= 0:
                break
            if width > room:
                text = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, room)
                width = room
            painter.setFont(font)
            painter.drawText(
                QRect(x, y, width, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += width
        painter.restore()


class SearchResultsView(QListView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.results = SearchResultModel(self)
        self.setModel(self.results)
        self.setItemDelegate(HitDelegate(self))
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Search results"))
