"""Text in the order and shape a PDF must draw it.

ReportLab draws characters one after another, left to right, each in its isolated form. An
Arabic name then prints unjoined and backwards. `visual()` joins the letters
(`arabic_reshaper`) and puts right-to-left runs in display order (`python-bidi`); text
without right-to-left letters is returned unchanged, so Latin, Greek and Cyrillic cost
nothing.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import get_display
from reportlab.lib.utils import simpleSplit

# Hebrew, Arabic, Syriac, Thaana, N'Ko … and the Arabic presentation forms.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


def has_right_to_left(text: str) -> bool:
    """Whether the text holds Hebrew or Arabic-script letters."""
    return _RIGHT_TO_LEFT.search(text) is not None


def visual(text: str) -> str:
    """One line of text as it must be drawn: Arabic joined, right-to-left runs reversed."""
    if not has_right_to_left(text):
        return text
    if _ARABIC.search(text):
        text = arabic_reshaper.reshape(text)
    # Documents are written left to right: a line mixing an Arabic name and Latin words
    # keeps its words in reading order, with only the name's run reversed.
    return get_display(text, base_dir="L")


def markup(text: str, wrap: tuple[str, float, float] | None = None) -> str:
    """Plain text (a name, a note) as paragraph markup: escaped, each line made visual,
    line breaks kept. Use it for anything typed by a user.

    A paragraph wraps what it is given; a right-to-left line reordered before wrapping
    would print its end first. With `wrap` = (font, size, width), such a line is broken
    at that width in reading order first, and each piece is made visual on its own."""
    lines = text.splitlines() or [""]
    if wrap is not None:
        font, size, width = wrap
        lines = [
            piece
            for line in lines
            for piece in (
                simpleSplit(line, font, size, width) if has_right_to_left(line) else [line]
            )
        ]
    return "<br/>".join(escape(visual(line)) for line in lines)
