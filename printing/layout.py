"""The house style every printed document shares, and the building blocks of its pages.

    house = HouseStyle(name="Duo Gent", address="Kouter 1\n9000 Gent", logo=png_bytes)
    words = Words("agreement", "nl")
    story = [title(words("title")), fields([(words("mentor"), name)]), *text_block(note)]
    pdf: bytes = build_pdf(story, house=house, words=words, title=words("title"))

A4, the programme's logo, name and address at the top of every page, and "Page 2 of 3" at
the bottom. Anything a user typed goes through `scripts.markup` (inside these helpers), so
names in any script print joined and in the right direction.

Long text must flow over pages: `fields()` is for short values (a name, a date; a value that
turns out long splits over pages) and `labelled_text()` / `text_block()` for anything a user
may write at length (a note, a session summary).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printing.fonts import BOLD, ITALIC, REGULAR, register_fonts
from printing.scripts import markup, visual
from printing.words import Words

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 2 * cm
HEADER_HEIGHT = 2.2 * cm
FOOTER_HEIGHT = 1.2 * cm
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN

ACCENT = colors.HexColor("#1f4e79")
INK = colors.HexColor("#1f2933")
GREY = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c9d1db")
SHADE = colors.HexColor("#eef2f6")


@dataclass(frozen=True)
class HouseStyle:
    """What Settings › Programme says every document carries: name, address, logo."""

    name: str
    address: str = ""
    logo: bytes | None = None


@cache
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the house style, by name."""
    register_fonts()
    body = ParagraphStyle(
        "body", fontName=REGULAR, bulletFontName=REGULAR, fontSize=10, leading=14, textColor=INK
    )
    return {
        "body": body,
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=BOLD,
            fontSize=18,
            leading=23,
            textColor=ACCENT,
            spaceAfter=10,
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=BOLD,
            fontSize=12.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=4,
        ),
        "subheading": ParagraphStyle(
            "subheading",
            parent=body,
            fontName=BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=2,
        ),
        "label": ParagraphStyle("label", parent=body, fontName=BOLD, textColor=GREY),
        "small": ParagraphStyle("small", parent=body, fontSize=8.5, leading=11, textColor=GREY),
        "note": ParagraphStyle("note", parent=body, fontName=ITALIC, textColor=GREY),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        "paragraph": ParagraphStyle("paragraph", parent=body, spaceAfter=6),
    }


def _wrapped(text: str, style: ParagraphStyle, width: float) -> str:
    """Markup for typed text in `style` at `width`, right-to-left lines broken first."""
    return markup(text, (style.fontName, style.fontSize, width))


def title(text: str) -> Paragraph:
    """The document's title, in the accent colour."""
    return Paragraph(_wrapped(text, styles()["title"], TEXT_WIDTH), styles()["title"])


def heading(text: str) -> Paragraph:
    """A section heading; it is never left alone at the foot of a page."""
    return Paragraph(_wrapped(text, styles()["heading"], TEXT_WIDTH), styles()["heading"])


def subheading(text: str) -> Paragraph:
    """A smaller heading inside a section."""
    return Paragraph(_wrapped(text, styles()["subheading"], TEXT_WIDTH), styles()["subheading"])


def paragraph(text: str, style: str = "paragraph", width: float = TEXT_WIDTH) -> Paragraph:
    """One paragraph of plain text (escaped; line breaks kept) as wide as `width`."""
    return Paragraph(_wrapped(text, styles()[style], width), styles()[style])


def rich(markup_text: str, style: str = "paragraph") -> Paragraph:
    """A paragraph of trusted markup from the document texts (may hold `<b>`); values typed
    by users must be passed through `scripts.markup` before being put in it."""
    return Paragraph(markup_text, styles()[style])


def text_block(text: str, *, empty: str = "") -> list[Flowable]:
    """Text a user typed, one paragraph per blank-line-separated block, so it flows over
    pages however long it is. `empty` is printed when there is no text."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    blocks = [block for block in blocks if block]
    if not blocks:
        return [paragraph(empty, "note")] if empty else []
    return [paragraph(block) for block in blocks]


def labelled_text(label: str, text: str, *, empty: str = "") -> list[Flowable]:
    """A label above a text of any length; the label stays with the text's first lines."""
    parts = text_block(text, empty=empty)
    if not parts:
        return []
    return [CondPageBreak(2.5 * cm), subheading(label), *parts]


def fields(rows: Iterable[tuple[str, str]], *, label_width: float = 5.2 * cm) -> Table:
    """Short labelled values in two columns (a name, a date, a number). Values are plain
    text; a value that turns out long splits over pages, but a text a user writes at length
    belongs in `labelled_text`, which reads better."""
    value_width = TEXT_WIDTH - label_width - 6  # the cell's right padding
    data = [
        [
            Paragraph(_wrapped(label, styles()["label"], label_width - 6), styles()["label"]),
            Paragraph(_wrapped(value, styles()["body"], value_width), styles()["body"]),
        ]
        for label, value in rows
    ]
    # splitInRow: a value of thousands of characters flows on to the next page instead of
    # stopping the whole document with a layout error.
    table = Table(
        data, colWidths=[label_width, TEXT_WIDTH - label_width], hAlign="LEFT", splitInRow=1
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the page lists Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def grid(header: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[float]) -> Table:
    """A table with a shaded header row that repeats on every page; cells are plain text."""
    body = styles()["body"]
    label = styles()["label"]
    data = [
        [
            Paragraph(_wrapped(cell, label, width - 12), label)
            for cell, width in zip(header, widths, strict=True)
        ]
    ]
    data += [
        [
            Paragraph(_wrapped(cell, body, width - 12), body)  # less the cell's padding
            for cell, width in zip(row, widths, strict=True)
        ]
        for row in rows
    ]
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the page lists Helvetica
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def signature_lines(words: Words, who: Sequence[tuple[str, str]]) -> KeepTogether:
    """Side-by-side places to sign: for each (role, name) a caption, the name, a line for
    the date and one for the signature. Kept together on one page."""
    style = styles()
    cells = []
    width = TEXT_WIDTH / max(1, len(who))
    for role, name in who:
        cells.append(
            [
                Paragraph(_wrapped(role, style["label"], width - 10), style["label"]),
                Paragraph(_wrapped(name, style["body"], width - 10), style["body"]),
                Spacer(1, 0.5 * cm),
                Paragraph(markup(words("date")) + ": ____________________", style["small"]),
                Spacer(1, 1.4 * cm),
                Paragraph("_" * 26, style["small"]),
                Paragraph(markup(words("signature")), style["small"]),
            ]
        )
    table = Table([cells], colWidths=[width] * len(cells), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the page lists Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return KeepTogether([Spacer(1, 0.6 * cm), table])


def _numbered_canvas(footer: str, page_of: str) -> type[Canvas]:
    """A canvas that writes "Page n of N" once it knows N (it holds the pages until then)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self.setFont(REGULAR, 8)
                self.setFillColor(GREY)
                if footer:
                    self.drawString(MARGIN, MARGIN * 0.6, visual(footer))
                self.drawRightString(
                    PAGE_WIDTH - MARGIN, MARGIN * 0.6, page_of.format(page=number, pages=total)
                )
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_header(canvas: Canvas, house: HouseStyle, logo: ImageReader | None) -> None:
    canvas.saveState()
    top = PAGE_HEIGHT - MARGIN * 0.6
    right = PAGE_WIDTH - MARGIN
    if logo is not None:
        width, height = logo.getSize()
        scale = min(1.5 * cm / height, 5 * cm / width)
        canvas.drawImage(
            logo, MARGIN, top - height * scale, width * scale, height * scale, mask="auto"
        )
    canvas.setFillColor(ACCENT)
    canvas.setFont(BOLD, 10)
    canvas.drawRightString(right, top - 10, visual(house.name))
    canvas.setFillColor(GREY)
    canvas.setFont(REGULAR, 8)
    for number, line in enumerate(house.address.splitlines()[:4], start=1):
        canvas.drawRightString(right, top - 10 - number * 10, visual(line))
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    line_y = PAGE_HEIGHT - MARGIN - HEADER_HEIGHT + 0.5 * cm
    canvas.line(MARGIN, line_y, right, line_y)
    canvas.restoreState()


def _logo(house: HouseStyle) -> ImageReader | None:
    if not house.logo:
        return None
    try:
        return ImageReader(io.BytesIO(house.logo))
    except Exception:  # an unreadable logo must not stop a certificate from printing
        return None


def build_pdf(
    story: list[Flowable],
    *,
    house: HouseStyle,
    words: Words,
    title: str,
    numbered: bool = True,
    printed_on: date | None = None,
) -> bytes:
    """Lay out `story` on A4 pages in the house style and return the PDF's bytes.

    `numbered` adds "Page n of N" (and, when given, the print date) at the foot of every
    page; a certificate leaves it out. `title` goes into the PDF's properties, so it must
    not hold a name: file managers and mail programs show it."""
    register_fonts()
    output = io.BytesIO()
    document = BaseDocTemplate(
        output,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + HEADER_HEIGHT - 0.5 * cm,
        bottomMargin=MARGIN + (FOOTER_HEIGHT if numbered else 0),
        title=title,
        author=house.name,
        creator="Duo",
        initialFontName=REGULAR,  # otherwise every page also references Helvetica
    )
    frame = Frame(
        document.leftMargin,
        document.bottomMargin,
        document.width,
        document.height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    logo = _logo(house)

    def on_page(canvas: Canvas, _document: BaseDocTemplate) -> None:
        _draw_header(canvas, house, logo)

    document.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
    if numbered:
        footer = words("printed_on", day=words.date(printed_on)) if printed_on else ""
        document.build(story, canvasmaker=_numbered_canvas(footer, words("page_of")))
    else:
        document.build(story)
    return output.getvalue()
