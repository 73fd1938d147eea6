"""The typeface every printed document uses: DejaVu Sans, shipped in `resources/fonts`.

ReportLab's built-in Helvetica knows only Western European letters and prints black boxes
for "ğ" or Cyrillic; DejaVu Sans has real glyphs for Latin with diacritics, Greek, Cyrillic
and Arabic. It is embedded (subset) in each PDF, so the document prints the same anywhere.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from resources import resource_path

REGULAR = "DuoSans"
BOLD = "DuoSans-Bold"
ITALIC = "DuoSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


@cache
def register_fonts() -> None:
    """Register the family once per process, so `<b>` and `<i>` in paragraphs find it."""
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)  # no bold oblique shipped: bold is the stronger cue


@cache
def _glyphs() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def missing_glyphs(text: str) -> set[str]:
    """The characters of `text` the font cannot draw (for tests and for a clear warning)."""
    glyphs = _glyphs()
    return {char for char in text if not char.isspace() and ord(char) not in glyphs}
