"""Certificates of participation for a mentee and for a mentor (domain.md, step 12).

    data = CertificateData(name="Ayşe Yılmaz", role=Role.MENTEE, programme="Duo Gent",
                           started_on=date(2026, 3, 10), ended_on=date(2026, 9, 10),
                           meetings=12, signer="Sofie Claes", place="Gent",
                           issued_on=date(2026, 9, 20))
    pdf = certificate_pdf(data, house, "fr")
    pdf = certificates_pdf([data, other, …], house, "nl")   # one page each, one PDF

One certificate is one page: a certificate, not a form. Centred, in a double frame with an
accent band at the foot, the person's name large, the programme, the period and the number
of meetings, a sentence of what mentoring to work is, and the coach's signature with the
place and date pinned above the band. The text above is shrunk to fit rather than ever
spilling onto a second page (a very long name). A batch of 200 is one document built in one
pass: the fonts are registered once per process, and the logo is scaled to the size it is
printed at once per picture, since the letterhead digests it again on every page.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache, lru_cache

from PIL import Image
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepInFrame,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printing.fonts import BOLD, ITALIC, REGULAR
from printing.layout import (
    ACCENT,
    GREY,
    HEADER_HEIGHT,
    INK,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TEXT_WIDTH,
    HouseStyle,
    build_pdf,
    styles,
)
from printing.scripts import markup, visual
from printing.words import Words
from storage.records import Role

# The room the page leaves for one certificate (build_pdf's frame without page numbers).
_FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - HEADER_HEIGHT + 0.5 * cm
_SIGNATURES_ZONE = 4.5 * cm  # at the foot of the page, whatever the length of the text
_PALE_ACCENT = colors.HexColor("#d6e2ee")
_INDENT = 1.25 * cm  # the longer sentences read better in a narrower column
_SMALLEST_NAME = 16
# The letterhead draws the logo at most 5 by 1.5 cm: that many pixels at 300 dpi.
_LOGO_PIXELS = (591, 177)


@dataclass(frozen=True)
class CertificateData:
    """What one certificate says, as plain values."""

    name: str
    role: Role
    programme: str
    started_on: date
    ended_on: date
    meetings: int  # the duo's full meetings (short contacts between them do not count)
    signer: str  # the coach who signs ("" leaves the line to sign without a printed name)
    place: str = ""  # where it is issued, e.g. "Gent" ("" prints the date alone)
    issued_on: date | None = None  # None: the day the duo ended


@cache
def _styles() -> dict[str, ParagraphStyle]:
    base = styles()["body"]
    narrow = {"leftIndent": _INDENT, "rightIndent": _INDENT}

    def centred(name: str, **values: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, alignment=TA_CENTER, **values)

    return {
        "sub": centred("cert-sub", fontName=ITALIC, fontSize=15, leading=20, textColor=GREY),
        "lead": centred("cert-lead", fontName=ITALIC, fontSize=12, leading=16, textColor=GREY),
        "name": centred("cert-name", fontName=BOLD, fontSize=30, leading=37, textColor=ACCENT),
        "for": centred("cert-for", fontSize=12, leading=17, textColor=INK),
        "programme": centred("cert-programme", fontName=BOLD, fontSize=16, leading=21),
        "period": centred("cert-period", fontSize=11.5, leading=16, textColor=INK),
        "about": centred("cert-about", fontSize=9.5, leading=14, textColor=GREY, **narrow),
        "thanks": centred("cert-thanks", fontName=ITALIC, fontSize=11, leading=15, **narrow),
        "sign": centred("cert-sign", fontSize=10, leading=13),
        "caption": centred("cert-caption", fontSize=8.5, leading=11, textColor=GREY),
    }


class _OnPage(Flowable):
    """Drawn at a fixed place of the page whatever the flow, taking no room in it: the
    page's double frame and accent band, and the signatures pinned above the band."""

    def __init__(self, signatures: Table | None = None) -> None:
        super().__init__()
        self.signatures = signatures

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        if self.signatures is not None:
            self.signatures.wrapOn(canvas, TEXT_WIDTH, _SIGNATURES_ZONE)
            self.signatures.drawOn(canvas, MARGIN, MARGIN + 0.2 * cm)
            return
        outer, inner = 0.7 * cm, 0.95 * cm
        canvas.saveState()
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(2.2)
        canvas.rect(outer, outer, PAGE_WIDTH - 2 * outer, PAGE_HEIGHT - 2 * outer)
        canvas.setLineWidth(0.6)
        canvas.rect(inner, inner, PAGE_WIDTH - 2 * inner, PAGE_HEIGHT - 2 * inner)
        canvas.setFillColor(_PALE_ACCENT)
        canvas.rect(inner, inner, PAGE_WIDTH - 2 * inner, 0.55 * cm, stroke=0, fill=1)
        canvas.setFillColor(ACCENT)
        canvas.rect(inner, inner + 0.55 * cm, PAGE_WIDTH - 2 * inner, 0.12 * cm, stroke=0, fill=1)
        canvas.restoreState()


class _Spaced(Flowable):
    """One centred line in capitals with wide letter spacing, as a certificate's title."""

    def __init__(self, text: str, size: float, spacing: float) -> None:
        super().__init__()
        self.text = visual(text.upper())
        self.size = size
        self.spacing = spacing
        self.width = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.size * 1.25

    def draw(self) -> None:
        drawn = stringWidth(self.text, BOLD, self.size) + self.spacing * (len(self.text) - 1)
        line = self.canv.beginText((self.width - drawn) / 2, self.size * 0.25)
        line.setFont(BOLD, self.size)
        line.setCharSpace(self.spacing)
        line.setFillColor(ACCENT)
        line.textOut(self.text)
        self.canv.drawText(line)


def _text(text: str, style: str) -> Paragraph:
    """A centred paragraph of plain text (escaped and made visual)."""
    return Paragraph(markup(text), _styles()[style])


def _name(name: str) -> Paragraph:
    """The person's name, as large as fits: smaller when a word of it would not fit on a
    line, or the whole would take more than two lines."""
    style = _styles()["name"]
    shown = visual(name)
    longest = max((stringWidth(word, BOLD, 1) for word in shown.split()), default=0)
    whole = stringWidth(shown, BOLD, 1)
    size = style.fontSize
    while size > _SMALLEST_NAME and (
        longest * size > TEXT_WIDTH or whole * size > 1.8 * TEXT_WIDTH
    ):
        size -= 2
    if size != style.fontSize:
        style = style.clone("cert-name-small", fontSize=size, leading=size * 1.23)
    return Paragraph(markup(name, (BOLD, size, TEXT_WIDTH)), style)


def _meetings(data: CertificateData, words: Words) -> str:
    """ "12 meetings" ("" for none: a duo that only kept in touch by short contacts)."""
    if data.meetings <= 0:
        return ""
    return words("meeting_one") if data.meetings == 1 else words("meetings", count=data.meetings)


def _signatures(data: CertificateData, words: Words) -> Table:
    """Place and date on the left, the coach's signature on the right, each on its line."""
    day = words.date(data.issued_on or data.ended_on)
    where = words("place_date", place=data.place, day=day) if data.place else day
    room = 1.7 * cm  # to sign in

    def line() -> HRFlowable:
        return HRFlowable(width="100%", thickness=0.6, color=GREY, spaceBefore=2, spaceAfter=3)

    left = [
        Spacer(1, room - _styles()["sign"].leading),
        _text(where, "sign"),
        line(),
        _text(words("place_and_date"), "caption"),
    ]
    # Without a signer's name, its line stays empty: the block keeps its height.
    signer = _text(data.signer, "sign") if data.signer else Spacer(1, _styles()["sign"].leading)
    right = [Spacer(1, room), line(), signer, _text(words("coach"), "caption")]
    column = (TEXT_WIDTH - 3 * cm) / 2
    table = Table([[left, "", right]], colWidths=[column, 3 * cm, column])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # else the page names Helvetica
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _certificate(data: CertificateData, words: Words) -> list[Flowable]:
    """One certificate's page."""
    role = "mentor" if data.role is Role.MENTOR else "mentee"
    content: list[Flowable] = [
        Spacer(1, 2.4 * cm),
        _Spaced(words("heading"), 26, 5),
        Spacer(1, 0.15 * cm),
        _text(words("heading_sub"), "sub"),
        Spacer(1, 0.5 * cm),
        HRFlowable(width=5 * cm, thickness=0.8, color=ACCENT),  # under the title
        Spacer(1, 1.2 * cm),
        _text(words("awarded_to"), "lead"),
        Spacer(1, 0.35 * cm),
        _name(data.name),
        Spacer(1, 0.5 * cm),
        _text(words(f"for_{role}"), "for"),
        Spacer(1, 0.15 * cm),
        _text(data.programme, "programme"),
        Spacer(1, 0.5 * cm),
        _text(
            words("period", start=words.date(data.started_on), end=words.date(data.ended_on)),
            "period",
        ),
        _text(_meetings(data, words), "period"),
        Spacer(1, 1.4 * cm),
        _text(words("about"), "about"),
        Spacer(1, 0.7 * cm),
        _text(words(f"thanks_{role}"), "thanks"),
    ]
    # Shrunk rather than split: a certificate never runs onto a second page.
    above = KeepInFrame(TEXT_WIDTH, _FRAME_HEIGHT - _SIGNATURES_ZONE, content, mode="shrink")
    return [_OnPage(), _OnPage(_signatures(data, words)), above]


@lru_cache(maxsize=4)
def _print_sized(logo: bytes) -> bytes:
    """The logo at the size the letterhead prints it (300 dpi), read once per picture: the
    page's header digests the picture on every page, so a batch of 200 pages must not
    carry a photograph of several megapixels."""
    try:
        with Image.open(io.BytesIO(logo)) as picture:
            picture.load()
            scale = min(_LOGO_PIXELS[0] / picture.width, _LOGO_PIXELS[1] / picture.height)
            if scale >= 1:
                return logo
            size = (max(1, round(picture.width * scale)), max(1, round(picture.height * scale)))
            smaller = picture.resize(size, Image.Resampling.LANCZOS)
    except (OSError, ValueError, Image.DecompressionBombError):
        return logo  # the letterhead leaves out a logo it cannot read
    output = io.BytesIO()
    smaller.save(output, "PNG")
    return output.getvalue()


def certificates_pdf(
    certificates: Sequence[CertificateData], house: HouseStyle, language: str
) -> bytes:
    """Several certificates in one PDF in `language`, one page each, in the given order."""
    words = Words("certificate", language)
    story: list[Flowable] = []
    for number, data in enumerate(certificates):
        if number:
            story.append(PageBreak())
        story += _certificate(data, words)
    title = words("title" if len(certificates) == 1 else "titles")
    if house.logo:
        house = dataclasses.replace(house, logo=_print_sized(house.logo))
    return build_pdf(story, house=house, words=words, title=title, numbered=False)


def certificate_pdf(data: CertificateData, house: HouseStyle, language: str) -> bytes:
    """One certificate of participation as a one-page PDF in `language`."""
    return certificates_pdf([data], house, language)
