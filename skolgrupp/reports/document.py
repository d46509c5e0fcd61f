"""What every Skolgrupp document shares: the embedded font, the A4 page with the group's name,
"page X of Y" and the date printed, the document's metadata, its styles, and text that is
always text.

reportlab's ``Paragraph`` reads its text as markup. Every user-written string goes through
``text()`` (escaped, control characters out, line breaks kept) and markup is only ever built
from constants here, so a note with ``<img src=...>``, ``<a href=...>``, ``&`` or a stray ``<``
is printed as it was written and can never embed a file or write a link.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from skolgrupp.core.atomic import replacing
from skolgrupp.core.domain import Person
from skolgrupp.core.errors import RecordNotFound
from skolgrupp.core.i18n import language, translate
from skolgrupp.core.progress import Progress, reporting
from skolgrupp.core.store import queries
from skolgrupp.resources import resource_path

if TYPE_CHECKING:
    from skolgrupp.core.workspace import Workspace

FONT = "DejaVuSans"
_FACES = {
    FONT: "DejaVuSans.ttf",
    f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
    f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf",
    f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
}
MARGIN = 18 * mm
CELL_LINES = 40  # lines of text one table cell holds at most; the rest follows the table
# Characters a PDF text cannot hold: C0 and C1 controls but tab and line breaks, and lone
# surrogates (which Python strings may carry).
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


@cache
def register_fonts() -> None:
    """DejaVu Sans, embedded, for every text in every document (Swedish letters and far
    beyond); no reference to an unembedded standard font remains."""
    for name, file in _FACES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(
        FONT,
        normal=FONT,
        bold=f"{FONT}-Bold",
        italic=f"{FONT}-Oblique",
        boldItalic=f"{FONT}-BoldOblique",
    )
    rl_config.canvas_basefontname = FONT


def text(value: object) -> str:
    """User text as paragraph markup that prints exactly what was written."""
    cleaned = _UNPRINTABLE.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return escape(cleaned).replace("\t", "    ").replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5, splitLongWords=1)
    return Styles(
        title=ParagraphStyle(
            "title", parent=body, fontName=f"{FONT}-Bold", fontSize=17, leading=21, spaceAfter=4
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, textColor=colors.HexColor("#444444"), spaceAfter=10
        ),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=f"{FONT}-Bold",
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=ParagraphStyle("body2", parent=body, spaceAfter=4),
        small=ParagraphStyle(
            "small", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#555555")
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5),
        cell_bold=ParagraphStyle(
            "cell_bold", parent=body, fontName=f"{FONT}-Bold", fontSize=9, leading=11.5
        ),
        cell_right=ParagraphStyle(
            "cell_right", parent=body, fontSize=9, leading=11.5, alignment=TA_RIGHT
        ),
    )


def heading(label: str) -> Paragraph:
    """A heading from the program's own words (translated, never user text unescaped)."""
    return Paragraph(text(label), styles().heading)


def para(value: object, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(text(value), style or styles().body)


class Overflow:
    """Text too long for a table cell: a cell is laid out in one piece and cannot run over a
    page, so the cell keeps what fits and a note after the table carries on with the rest."""

    def __init__(self) -> None:
        self.notes: list[Flowable] = []

    def fit(self, value: str, width: float, lines: int = CELL_LINES) -> str:
        """``value`` as the cell shows it: whole when it fits in about ``lines`` lines of a
        column ``width`` wide, otherwise its start and where the rest is printed."""
        limit = max(int(width / 5.4), 8) * lines
        if len(value) <= limit and value.count("\n") <= lines:
            return value
        number = len(self.notes) + 1
        limit = min(limit, len(value), _nth_line_end(value, lines))
        cut = value.rfind(" ", 0, limit)
        cut = cut if cut > limit // 2 else limit
        label = translate("reports", "Note {n}, continued:").format(n=number)
        self.notes.append(Paragraph(text(label) + " " + text(value[cut:]), styles().body))
        more = translate("reports", "(continued after the table, note {n})").format(n=number)
        return f"{value[:cut]} … {more}"


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
) -> Table:
    """A table that splits across pages and repeats its header on each; every cell is text."""
    st = styles()
    overflow = Overflow()
    data: list[list[Any]] = [
        [Paragraph(text(overflow.fit(h, widths[i], 3)), st.cell_bold) for i, h in enumerate(header)]
    ]
    for row in rows:
        data.append(
            [
                Paragraph(
                    text(overflow.fit(str(value), widths[column])),
                    st.cell_right if column in right else st.cell,
                )
                for column, value in enumerate(row)
            ]
        )
    result = Table(data, colWidths=list(widths), repeatRows=1, splitByRow=1)
    result.overflow = overflow.notes  # placed after it by build()
    result.setStyle(
        TableStyle(
            [
                # Cells are paragraphs, but the table still sets a font: ours, so that no
                # unembedded standard font is referenced.
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#333333")),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return result


def _nth_line_end(value: str, lines: int) -> int:
    at = -1
    for _ in range(lines):
        at = value.find("\n", at + 1)
        if at < 0:
            return len(value)
    return at


def none_line(message: str) -> Paragraph:
    return Paragraph(text(message), styles().small)


@dataclass(frozen=True)
class Meta:
    """What a document says about itself: in its metadata and on every page."""

    title: str
    subject: str
    author: str
    group_name: str
    printed_on: date


class PersonNames:
    """People's names, read as they are asked for (a workspace can hold thousands of people
    and a document names a few); someone removed since keeps the name they had."""

    def __init__(self, workspace: Workspace) -> None:
        self._store = workspace.store
        self._known: dict[str, str] = {}

    def get(self, person_id: str | None, default: str = "") -> str:
        if not person_id:
            return default
        if person_id not in self._known:
            try:
                self._known[person_id] = self._store.get(
                    Person, person_id, include_deleted=True
                ).name
            except RecordNotFound:
                self._known[person_id] = default
        return self._known[person_id]


def leaders(workspace: Workspace, group_id: str) -> list[str]:
    """The names of a group's leaders, who stand as a document's author."""
    return [m["name"] for m in queries.members(workspace.store, group_id) if m["role"] == "leader"]


def author(leader_names: Sequence[str], group_name: str) -> str:
    return ", ".join(leader_names) or group_name


def _numbered_canvas(meta: Meta) -> type[Canvas]:
    """A canvas that holds the pages back until the end, so that each can say "page X of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_page_furniture(total)
                super().showPage()
            super().save()

        def _draw_page_furniture(self, total: int) -> None:
            width, height = A4
            self.saveState()
            self.setFont(FONT, 8)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(MARGIN, height - MARGIN / 2, clip(meta.group_name, 70))
            self.drawRightString(width - MARGIN, height - MARGIN / 2, clip(meta.title, 60))
            page = translate("reports", "page {page} of {pages}").format(
                page=self._pageNumber, pages=total
            )
            printed = translate("reports", "Printed {date}").format(
                date=meta.printed_on.isoformat()
            )
            self.drawString(MARGIN, MARGIN / 2, printed)
            self.drawRightString(width - MARGIN, MARGIN / 2, page)
            self.restoreState()

    return NumberedCanvas


def clip(value: str, most: int) -> str:
    """``value`` on one line, printable, at most ``most`` characters (page heads, labels)."""
    value = _UNPRINTABLE.sub("", " ".join(str(value).split()))
    return value if len(value) <= most else value[: most - 1] + "…"


def build(
    target: Path,
    meta: Meta,
    story: list[Flowable],
    *,
    progress: Progress | None = None,
) -> None:
    """Write the document to ``target``: whole or not at all (written under a temporary name
    and renamed), A4, fonts embedded, title, author, subject and language set."""
    register_fonts()
    progress = reporting(progress)
    progress.check()
    story = [part for flowable in story for part in (flowable, *getattr(flowable, "overflow", ()))]
    total = max(len(story), 1)

    def after_flowable(flowable: Flowable) -> None:
        done[0] += 1
        if done[0] % 20 == 0:
            progress.report(min(done[0], total), total)

    done = [0]
    with replacing(target) as temporary:
        doc = BaseDocTemplate(
            str(temporary),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            creator="Skolgrupp",
            lang="sv-SE" if language() == "sv" else "en-GB",
        )
        # No padding inside the frame: text and full-width tables share one left edge.
        frame = Frame(
            doc.leftMargin,
            doc.bottomMargin,
            doc.width,
            doc.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        doc.afterFlowable = after_flowable
        doc.build(story, canvasmaker=_numbered_canvas(meta))
        progress.report(total, total)  # the last moment to stop: nothing is in place yet


Section = Callable[[], list[Flowable]]


def spacer(height: float = 4) -> Spacer:
    return Spacer(1, height * mm)
