"""The agreement of a duo (domain.md, step 9): what mentee, mentor and coach agree and sign.

    data = AgreementData(agreement=agreement, mentee="Amani Okonkwo", mentor="Ingrid V.",
                         coach="Sofie Claes")
    pdf: bytes = agreement_pdf(data, house, "nl")

The terms come from the duo's `Agreement` record (start, months, planned end, how often they
are in contact, places, how they keep in touch, what each will do, the charter's version);
the standard clauses (how they work together, confidentiality, what happens if it does not
work out) are the programme's words in `resources/printing/agreement.json`, drawn from the
quality criteria of Mentoring Belgium (seed 001) and the Connect2work guideline (seed 002).
A term left empty prints as lines to write on, so the printed agreement can be completed
by hand at the table and signed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from printing.fonts import REGULAR
from printing.layout import (
    RULE,
    TEXT_WIDTH,
    HouseStyle,
    build_pdf,
    fields,
    heading,
    paragraph,
    signature_lines,
    styles,
    subheading,
    text_block,
    title,
)
from printing.scripts import markup
from printing.words import Words
from storage.duo_records import Agreement

_WEEK = 7
_WRITE_IN_LINES = 3
_WRITE_IN_ROOM = 3.5 * cm  # a label and its lines to write on
# The signatures' heading, their sentence and the places to sign.
_SIGNATURES_HEIGHT = 6.8 * cm
_RULES = ("rule_contact", "rule_voluntary", "rule_follow_up", "rule_end")
# The least room a section starts in: its heading and the first lines under it.
_HEADING_ROOM = 3 * cm


@dataclass(frozen=True)
class AgreementData:
    """What the agreement prints: the duo's agreement record and the three names."""

    agreement: Agreement
    mentee: str
    mentor: str
    coach: str = ""  # "" when no coach is named yet: the line is left to fill in


class _WriteIn(Flowable):
    """Ruled lines to write a term on by hand."""

    def __init__(self, lines: int) -> None:
        super().__init__()
        self.lines = lines
        self.gap = 0.75 * cm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return TEXT_WIDTH, self.lines * self.gap + 0.15 * cm

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for number in range(self.lines):
            y = self.lines * self.gap - (number + 1) * self.gap + 0.15 * cm
            self.canv.line(0, y, TEXT_WIDTH, y)


def contact_text(words: Words, every_days: int) -> str:
    """How often mentor and mentee agree to be in contact, e.g. "At least once every 2
    weeks"; whole weeks are said in weeks."""
    if every_days == 1:
        return words("every_day")
    if every_days == _WEEK:
        return words("every_week")
    if every_days % _WEEK == 0:
        return words("every_weeks", weeks=every_days // _WEEK)
    return words("every_days", days=every_days)


def months_text(words: Words, months: int) -> str:
    """The planned duration, e.g. "6 months"."""
    return words("month_one") if months == 1 else words("months", months=months)


def _agreed(label: str, text: str) -> list[Flowable]:
    """A term the duo agreed in their own words, or lines to write it on."""
    if text.strip():
        return [CondPageBreak(2.5 * cm), subheading(label), *text_block(text)]
    return [CondPageBreak(_WRITE_IN_ROOM), subheading(label), _WriteIn(_WRITE_IN_LINES)]


def _section(text: str, room: float = _HEADING_ROOM) -> list[Flowable]:
    """A heading that does not stay alone at the foot of a page: it starts a new page
    unless `room` is left for it and what must follow it."""
    return [CondPageBreak(room), heading(text)]


def _numbered(texts: Iterable[str]) -> list[Flowable]:
    """Standard clauses as a numbered list."""
    style = styles()["paragraph"].clone(
        "clause", leftIndent=16, bulletIndent=0, bulletFontName=REGULAR
    )
    return [
        Paragraph(markup(text), style, bulletText=f"{number}.")
        for number, text in enumerate(texts, start=1)
    ]


def _story(data: AgreementData, house: HouseStyle, words: Words) -> list[Flowable]:
    agreement = data.agreement
    programme = house.name
    version = agreement.charter_version.strip() or words("not_recorded")
    return [
        title(words("title")),
        paragraph(words("intro", programme=programme)),
        *_section(words("section_duo")),
        fields(
            [
                (words("mentee"), data.mentee),
                (words("mentor"), data.mentor),
                (words("coach"), data.coach),
                (words("programme"), programme),
            ]
        ),
        *_section(words("section_terms")),
        fields(
            [
                (words("start"), words.date(agreement.start_on)),
                (words("duration"), months_text(words, agreement.planned_months)),
                (words("planned_end"), words.date(agreement.planned_end_on)),
                (words("contact"), contact_text(words, agreement.contact_every_days)),
            ]
        ),
        *_agreed(words("places"), agreement.meeting_places),
        *_agreed(words("keep_in_touch"), agreement.keep_in_touch),
        # The first task may be lines to write on, which keep their label with them.
        *_section(words("section_tasks"), _HEADING_ROOM + _WRITE_IN_ROOM),
        *_agreed(words("mentor_tasks"), agreement.mentor_commitments),
        *_agreed(words("mentee_tasks"), agreement.mentee_commitments),
        *_section(words("section_rules")),
        *_numbered(words(key) for key in _RULES),
        *_section(words("section_charter")),
        fields(
            [
                (words("charter"), words("charter_name", programme=programme)),
                (words("charter_version"), version),
            ]
        ),
        paragraph(words("charter_text")),
        *_section(words("section_confidential")),
        paragraph(words("confidential_text")),
        *_section(words("section_problems")),
        paragraph(words("problems_text")),
        # The signatures stay with their heading: a page of signatures alone could be
        # stapled to another agreement. (signature_lines keeps itself together, and a
        # KeepTogether around another one would always start a new page.)
        CondPageBreak(_SIGNATURES_HEIGHT),
        heading(words("section_signatures")),
        paragraph(words("copies")),
        signature_lines(
            words,
            [
                (words("mentee"), data.mentee),
                (words("mentor"), data.mentor),
                (words("coach"), data.coach),
            ],
        ),
    ]


def agreement_pdf(data: AgreementData, house: HouseStyle, language: str) -> bytes:
    """The duo's agreement as a PDF in `language` ("en", "nl" or "fr"), ready to sign."""
    words = Words("agreement", language)
    return build_pdf(_story(data, house, words), house=house, words=words, title=words("title"))
