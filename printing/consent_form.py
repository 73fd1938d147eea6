"""The consent form a participant signs at the intake: what the programme keeps about them
and why, one box to tick per purpose, how to withdraw a consent, their rights under the
GDPR, and places to sign for the participant and the coach.

    pdf = consent_form_pdf(case, labels, house, "fr", purposes=[("programme", "…")],
                           text_version="2026-1", printed_on=date.today())

The purposes are the programme's own list (Settings › Lists). A purpose Duo ships, whose
label the coordinator left as shipped, prints in the form's language with a line on why
it is asked: the person signing must understand it. One the coordinator added or reworded
prints as typed. Texts are in `resources/printing/consent_form.json`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printing.case_labels import CaseLabels
from printing.case_parts import banner, house_font
from printing.fonts import BOLD, REGULAR
from printing.layout import (
    GREY,
    INK,
    RULE,
    TEXT_WIDTH,
    HouseStyle,
    build_pdf,
    heading,
    paragraph,
    signature_lines,
    styles,
    title,
)
from printing.scripts import markup
from printing.words import Words
from storage.cases import CaseFile
from storage.lists import is_default_label
from storage.records import Role

# The purposes this form explains (its texts hold their translation and their "why").
EXPLAINED = ("programme", "share-cv", "share-profile", "evaluation", "funder-report")
NEEDED = "programme"  # the one purpose without which nobody can take part
# Only a mentee's CV goes to a mentor, only a mentor's short profile to a mentee.
NOT_FOR = {Role.MENTOR: "share-cv", Role.MENTEE: "share-profile"}
_BOX = 0.42 * cm


def purpose_text(code: str, label: str, words: Words) -> tuple[str, str]:
    """The purpose's title and why it is asked, in the form's language when the
    coordinator kept Duo's own wording; otherwise their label as typed, and no "why"."""
    if code in EXPLAINED and is_default_label("consent_purposes", code, label):
        why = words(f"why_{code}")
        if code == NEEDED:
            why = f"{why} {words('needed')}"
        return words(f"purpose_{code}"), why
    return label, ""


def _bullets(texts: Sequence[str]) -> list[Flowable]:
    style = ParagraphStyle(
        "bullet",
        parent=styles()["paragraph"],
        leftIndent=14,
        spaceAfter=3,
        bulletFontName=REGULAR,  # ReportLab's default would add Helvetica to the PDF
    )
    return [Paragraph(markup(text), style, bulletText="•") for text in texts]


class _TickBox(Flowable):
    """An empty square the person ticks with a pen."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return _BOX, _BOX

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, _BOX, _BOX)


def consent_form_pdf(
    case: CaseFile,
    labels: CaseLabels,
    house: HouseStyle,
    language: str,
    *,
    purposes: Sequence[tuple[str, str]],
    text_version: str,
    printed_on: date | None = None,
) -> bytes:
    """The consent form for the participant of `case`: `purposes` are the programme's
    (code, label) pairs on offer; `text_version` names this wording, as the consents the
    coach records name it."""
    words = Words("consent_form", language)
    person = case.participant
    role = person.role
    programme = house.name
    coach = labels.staff_name(person.coach)
    offered = [
        purpose_text(code, label, words) for code, label in purposes if code != NOT_FOR[role]
    ]
    what = [words(f"what_{role.value}_{n}") for n in range(1, 6)]
    rights = ("right_access", "right_correction", "right_erasure", "right_object")
    questions = (
        words("questions_coach", coach=coach, programme=programme)
        if coach
        else words("questions", programme=programme)
    )
    signers = [(words(role.value), person.display_name), (words("coach"), coach)]
    story: list[Flowable] = [
        title(words("title")),
        banner(person.display_name, words(role.value)),
        Spacer(1, 0.3 * cm),
        paragraph(words("intro", programme=programme)),
        heading(words("section_what")),
        *_bullets(what),
        Spacer(1, 0.2 * cm),
        paragraph(words("how")),
        paragraph(words("how_long")),
        CondPageBreak(5 * cm),
        heading(words("section_purposes")),
        paragraph(words("purposes_intro")),
        _purposes_table(offered),
        heading(words("section_withdraw")),
        paragraph(words("withdraw")),
        heading(words("section_rights")),
        paragraph(words("rights_intro")),
        *_bullets([words(key) for key in rights]),
        Spacer(1, 0.2 * cm),
        paragraph(words("complaint")),
        paragraph(questions),
        CondPageBreak(8 * cm),  # the declaration stays with the places to sign
        heading(words("section_signatures")),
        paragraph(words("declaration")),
        house_font(signature_lines(words, signers)),
        Spacer(1, 0.4 * cm),
        paragraph(words("text_version", version=text_version), "small"),
    ]
    return build_pdf(story, house=house, words=words, title=words("title"), printed_on=printed_on)


def _purposes_table(rows: Sequence[tuple[str, str]]) -> Table:
    style = styles()
    strong = ParagraphStyle("purpose", parent=style["body"], fontName=BOLD)
    # Why a purpose is asked is part of what the person agrees to: small, never tiny.
    why_style = ParagraphStyle("why", parent=style["body"], fontSize=9, leading=12, textColor=GREY)
    data = []
    for purpose, why in rows:
        text: list[Flowable] = [Paragraph(markup(purpose), strong)]
        if why:
            text.append(Paragraph(markup(why), why_style))
        data.append([_TickBox(), text])
    table = Table(data, colWidths=[1.0 * cm, TEXT_WIDTH - 1.0 * cm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LINEBELOW", (0, 0), (-1, -2), 0.4, RULE),
            ]
        )
    )
    return house_font(table)
