"""The recovery-key sheet: the programme's recovery key printed large, what it does, where
to keep it, and a box to write down where the sheet is kept.

    pdf = recovery_sheet("Mentoring Gent", "MDFM-1EQ2-…", created_on=today, language="nl")

It holds the programme's name, the key and the day it was made, nothing else: no staff, no
participant. The key is drawn in groups of four, three groups to a row, each in its own
box, so it is read and typed back group by group.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    ListFlowable,
    ListItem,
    Spacer,
)

from printing.fonts import BOLD, REGULAR, register_fonts
from printing.layout import (
    ACCENT,
    GREY,
    INK,
    RULE,
    SHADE,
    TEXT_WIDTH,
    HouseStyle,
    build_pdf,
    fields,
    heading,
    paragraph,
    title,
)
from printing.scripts import visual
from printing.words import Words

GROUP_SIZE = 4
GROUPS_PER_ROW = 3
_KEY_SIZE = 22
_CHAR_SPACE = 5  # points between the characters of a group: each stands apart
_BOX_HEIGHT = 1.3 * cm
_GUTTER = 0.3 * cm


def key_groups(key: str) -> list[str]:
    """The key's letters and digits in groups of GROUP_SIZE, whatever separators it had."""
    cleaned = "".join(char for char in key.upper() if char.isalnum())
    return [cleaned[i : i + GROUP_SIZE] for i in range(0, len(cleaned), GROUP_SIZE)]


class KeyPanel(Flowable):
    """The key's groups in boxes, GROUPS_PER_ROW to a row, in large widely spaced capitals."""

    def __init__(self, groups: list[str]) -> None:
        super().__init__()
        self.groups = groups
        self.rows = max(1, -(-len(groups) // GROUPS_PER_ROW))
        self.width = TEXT_WIDTH
        self.height = self.rows * _BOX_HEIGHT + (self.rows - 1) * _GUTTER

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Its fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """Each group centred in its shaded box, top row first."""
        register_fonts()
        canvas = self.canv
        box_width = (self.width - (GROUPS_PER_ROW - 1) * _GUTTER) / GROUPS_PER_ROW
        for number, group in enumerate(self.groups):
            row, column = divmod(number, GROUPS_PER_ROW)
            x = column * (box_width + _GUTTER)
            y = self.height - (row + 1) * _BOX_HEIGHT - row * _GUTTER
            canvas.setFillColor(SHADE)
            canvas.setStrokeColor(ACCENT)
            canvas.setLineWidth(0.8)
            canvas.roundRect(x, y, box_width, _BOX_HEIGHT, 4, stroke=1, fill=1)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, _KEY_SIZE)
            baseline = y + (_BOX_HEIGHT - _KEY_SIZE * 0.72) / 2
            canvas.drawCentredString(x + box_width / 2, baseline, group, charSpace=_CHAR_SPACE)


class WriteInBox(Flowable):
    """A framed box with a line to write where the sheet is kept, and one for since when."""

    def __init__(self, kept_at: str, since: str) -> None:
        super().__init__()
        self.kept_at, self.since = kept_at, since
        self.width, self.height = TEXT_WIDTH, 3.1 * cm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Its fixed size."""
        return self.width, self.height

    def draw(self) -> None:
        """The frame, the two labels and the lines to write on, inside the frame."""
        canvas = self.canv
        inset = 10
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.8)
        canvas.roundRect(0, 0, self.width, self.height, 4)
        canvas.setFillColor(GREY)
        canvas.setFont(BOLD, 9.5)
        canvas.drawString(inset, self.height - 18, visual(self.kept_at))
        canvas.drawString(inset, 14, visual(self.since))
        canvas.setStrokeColor(GREY)
        canvas.setLineWidth(0.6)
        canvas.line(inset, 1.45 * cm, self.width - inset, 1.45 * cm)
        start = inset + stringWidth(visual(self.since), BOLD, 9.5) + 6
        canvas.line(start, 12, start + 5 * cm, 12)


def _points(words: Words, keys: list[str]) -> ListFlowable:
    return ListFlowable(
        [ListItem(paragraph(words(key)), leftIndent=14, value="•") for key in keys],
        bulletType="bullet",
        start="•",
        bulletFontName=REGULAR,
        leftIndent=14,
    )


def recovery_sheet(programme_name: str, key: str, *, created_on: date, language: str) -> bytes:
    """The sheet for `key` as PDF bytes, in `language` ("en", "nl" or "fr")."""
    words = Words("recovery_sheet", language)
    story: list[Flowable] = [
        title(words("title")),
        paragraph(words("intro")),
        Spacer(1, 4),
        fields(
            [(words("programme"), programme_name), (words("created_on"), words.date(created_on))]
        ),
        Spacer(1, 0.5 * cm),
        KeyPanel(key_groups(key)),
        Spacer(1, 0.3 * cm),
        paragraph(words("key_hint"), "small"),
        heading(words("what_heading")),
        paragraph(words("what_text")),
        heading(words("keep_heading")),
        _points(words, ["keep_safe", "keep_apart", "keep_offline"]),
        Spacer(1, 0.6 * cm),
        WriteInBox(words("kept_at"), words("kept_since")),
    ]
    house = HouseStyle(name=programme_name)
    return build_pdf(story, house=house, words=words, title=words("title"), numbered=False)
