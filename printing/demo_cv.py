"""The CV of a fictional demo mentee: a two-page PDF of a few hundred KB, as a real one is.

The second page is a generated "scan" image, so the file has the size and shape of the CVs
a coach attaches; every word in it is invented.
"""

from __future__ import annotations

import io
import random
import unicodedata
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache

from PIL import Image, ImageDraw
from reportlab import rl_config
from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from printing.fonts import REGULAR, missing_glyphs, register_fonts
from printing.scripts import visual
from storage.folding import fold
from storage.records import (
    JobTarget,
    LanguageSkill,
    Participant,
    Record,
)

# --- the CV -----------------------------------------------------------------------------------
_MARGIN = 56.0
_ACCENT = HexColor("#1f4e79")
_INK = HexColor("#1f2933")
_GREY = HexColor("#6b7280")
_SCAN_PIXELS = (1000, 1414)  # A4 at 120 dpi
_RECOGNITION = {True: "recognised in Belgium", False: "not recognised in Belgium"}


def _base_letter(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if base != char:
        return base
    folded = fold(char)  # a letter with no decomposition, such as ł or đ
    return folded.upper() if char.isupper() else folded


def _printable(text: str) -> str:
    """The text as the shipped font draws it: Arabic joined and right to left, and letters
    it lacks (Chinese, say) replaced by their base letter where they have one."""
    shown = visual(text)
    missing = missing_glyphs(shown)
    return "".join(_base_letter(char) if char in missing else char for char in shown)


@cache
def _scan() -> ImageReader:
    """A grainy grey page, as a scanner makes it: what gives a CV its realistic size.

    Made once and shared by every CV: a JPEG of about 260 KB (grain barely compresses)."""
    width, height = _SCAN_PIXELS
    grain = random.Random(0).randbytes(width * height)
    page = Image.frombytes("L", _SCAN_PIXELS, grain).point(lambda v: 222 + v * 28 // 255)
    draw = ImageDraw.Draw(page)
    inset = width // 25
    draw.rectangle((inset, inset, width - inset, height - inset), outline=110, width=8)
    for y in range(height * 45 // 100, height * 66 // 100, height // 25):  # the body text
        draw.line((width // 6, y, width - width // 6, y), fill=175, width=3)
    stamp = (width // 2, height * 80 // 100, width // 9)  # centre and radius
    draw.ellipse(
        (stamp[0] - stamp[2], stamp[1] - stamp[2], stamp[0] + stamp[2], stamp[1] + stamp[2]),
        outline=140,
        width=6,
    )
    jpeg = io.BytesIO()
    page.save(jpeg, "JPEG", quality=80)
    return ImageReader(io.BytesIO(jpeg.getvalue()))


@contextmanager
def _binary_streams() -> Iterator[None]:
    """Embed the JPEG as it is, instead of ASCII85 in pure Python (130 ms a CV).

    ReportLab's setting is global; a PDF printed meanwhile on another thread is only binary
    instead of ASCII, and just as valid."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def demo_cv(
    person: Participant,
    name: str,
    country: str,
    records: list[Record],
    language_names: Mapping[str, str],
) -> bytes:
    """A two-page PDF CV from the case file: the facts, then a scanned diploma."""
    targets = [r.description for r in records if isinstance(r, JobTarget)]
    languages = [
        f"{language_names[r.language]}: {'mother tongue' if r.level == 'native' else r.level}"
        for r in records
        if isinstance(r, LanguageSkill)
    ]
    where = "Belgium" if person.diploma_country == "BE" else country
    recognised = person.diploma_recognised
    recognition = "recognition requested" if recognised is None else _RECOGNITION[recognised]
    diploma = f"{person.diploma_level.capitalize()} in {person.diploma_field} ({where})"
    out = io.BytesIO()
    with _binary_streams():
        pdf = Canvas(out, pagesize=A4, invariant=True)  # invariant: the same CV, the same bytes
        pdf.setTitle("Curriculum vitae")
        register_fonts()
        page = _CvPage(pdf)
        page.banner(name, " · ".join(t[0].upper() + t[1:] for t in targets))
        contact = " · ".join(filter(None, (person.email, person.phone)))
        page.section("Contact", [contact, f"{person.postcode} {person.municipality}"])
        if person.motivation:
            page.section("Profile", [person.motivation])
        page.section("Work experience", [person.experience_summary])
        page.section("Education", [f"{diploma}, {recognition}"])
        page.section("Languages", languages)
        page.section("Interests", [person.interests])
        page.finish()
        page.scan(name, diploma)
        page.finish()
        pdf.save()
    return out.getvalue()


class _CvPage:
    """Writes a CV's lines from the top of the page down."""

    def __init__(self, pdf: Canvas) -> None:
        self.pdf = pdf
        self.y = A4[1] - 150

    def _write(self, x: float, y: float, text: str, size: float, *, centred: bool = False) -> None:
        self.pdf.setFont(REGULAR, size)
        draw = self.pdf.drawCentredString if centred else self.pdf.drawString
        draw(x, y, _printable(text))

    def banner(self, name: str, headline: str) -> None:
        width, height = A4
        self.pdf.setFillColor(_ACCENT)
        self.pdf.rect(0, height - 110, width, 110, stroke=0, fill=1)
        self.pdf.setFillColorRGB(1, 1, 1)
        self._write(_MARGIN, height - 62, name, 24)
        self._write(_MARGIN, height - 88, headline, 12)

    def section(self, title: str, lines: list[str]) -> None:
        self.pdf.setFillColor(_ACCENT)
        self._write(_MARGIN, self.y, title.upper(), 12)
        self.y -= 18
        self.pdf.setFillColor(_INK)
        for line in lines:
            for part in simpleSplit(line, REGULAR, 10.5, A4[0] - 2 * _MARGIN):
                self._write(_MARGIN, self.y, part, 10.5)
                self.y -= 14
        self.y -= 12

    def scan(self, name: str, diploma: str) -> None:
        width, height = A4
        self.pdf.setFillColor(_ACCENT)
        self._write(_MARGIN, height - 60, "Diploma (scanned copy)", 12)
        box_height = height - 170
        self.pdf.drawImage(_scan(), _MARGIN, 80, width - 2 * _MARGIN, box_height)
        self.pdf.setFillColor(_INK)
        self._write(width / 2, 80 + box_height * 0.78, "DIPLOMA", 26, centred=True)
        self._write(width / 2, 80 + box_height * 0.70, diploma, 13, centred=True)
        self._write(width / 2, 80 + box_height * 0.64, f"awarded to {name}", 13, centred=True)

    def finish(self) -> None:
        self.pdf.setFillColor(_GREY)
        self._write(_MARGIN, 36, "Demo data made by Duo: this person and this CV are invented.", 8)
        self.pdf.showPage()
        self.y = A4[1] - 150
