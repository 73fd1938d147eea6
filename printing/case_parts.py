"""The parts every printed document about one participant shares: a section of labelled
values, the banner with the person's name, the consents and the screening decision.

Texts come from `resources/printing/intake_summary.json`, the participant's own words.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from functools import cache
from typing import TypeVar

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Table,
    TableStyle,
)

from printing.case_labels import CaseLabels
from printing.fonts import BOLD, REGULAR
from printing.layout import (
    ACCENT,
    RULE,
    SHADE,
    TEXT_WIDTH,
    fields,
    grid,
    heading,
    labelled_text,
    styles,
    text_block,
)
from printing.scripts import markup
from printing.words import Words
from storage.cases import CaseFile
from storage.records import Consent, ScreeningDecision

EMPTY = "–"
LABELS = 5.6 * cm  # the width of the labels column: most labels on one line
# A section heading needs its first lines below it: less room than this starts a new page.
SECTION_ROOM = 4 * cm
RECORD_ROOM = 3 * cm
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


F = TypeVar("F", bound=Flowable)


def house_font(flowable: F) -> F:
    """A table (or the tables kept together in `flowable`) told to use the house font.

    A ReportLab table sets its cells' default font, Helvetica, before drawing each cell,
    and a cell holding right-to-left text then leaves Helvetica named in the PDF."""
    content = getattr(flowable, "_content", [])  # what a KeepTogether holds
    for table in [flowable, *content]:
        if isinstance(table, Table):
            table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    return flowable


def fields_table(rows: Sequence[tuple[str, str]], label_width: float = LABELS) -> Table:
    """`layout.fields` in the house font."""
    return house_font(fields(rows, label_width=label_width))


def grid_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> Table:
    """`layout.grid` in the house font."""
    return house_font(grid(header, rows, widths))


def flag(words: Words, value: bool | None) -> str:
    """Yes, no, or "" when not known."""
    return "" if value is None else words("yes" if value else "no")


def number(value: int | None) -> str:
    """A whole number, or "" for none."""
    return "" if value is None else str(value)


def section(
    title: str, rows: Sequence[tuple[str, str]], texts: Sequence[tuple[str, str]] = ()
) -> list[Flowable]:
    """A heading, its short values (an empty one shows "–") and its longer texts. The
    heading starts a page rather than stand alone at the foot of one."""
    parts: list[Flowable] = [heading(title)]
    if rows:
        parts.append(fields_table([(label, value or EMPTY) for label, value in rows]))
    flowables: list[Flowable] = [CondPageBreak(SECTION_ROOM), KeepTogether(parts)]
    for label, text in texts:
        flowables += labelled_text(label, text, empty=EMPTY)
    return flowables


def known(words: Words, key: str, fallback: str) -> str:
    """The text for `key`, or `fallback` when the document has none (a stored code that
    this version of Duo does not know prints as stored)."""
    try:
        return words(key)
    except KeyError:
        return fallback


def record(
    title: str, rows: Sequence[tuple[str, str]], texts: Sequence[tuple[str, str]] = ()
) -> list[Flowable]:
    """One dated record of a longer list (a note, a meeting): its title over a thin rule,
    the values recorded (empty ones left out) and its texts, each flowing over pages."""
    shown = [(label, value) for label, value in rows if value]
    head: list[Flowable] = [
        HRFlowable(width="100%", thickness=0.4, color=RULE, spaceBefore=8, spaceAfter=3),
        Paragraph(markup(title), _record_style()),
    ]
    if shown:
        head.append(fields_table(shown))
    flowables: list[Flowable] = [CondPageBreak(RECORD_ROOM), KeepTogether(head)]
    for label, text in texts:
        flowables += labelled_text(label, text) if label else text_block(text)
    return flowables


@cache
def _record_style() -> ParagraphStyle:
    return ParagraphStyle(
        "record", parent=styles()["body"], fontName=BOLD, textColor=ACCENT, spaceAfter=3
    )


def consent_rows(consents: Sequence[Consent], labels: CaseLabels, words: Words) -> list[list[str]]:
    """One row per consent: the purpose, given on, the text's version, withdrawn on."""
    return [
        [
            labels.label("consent_purposes", consent.purpose),
            words.date(consent.given_on),
            consent.text_version,
            words.date(consent.withdrawn_on) if consent.withdrawn_on else "",
        ]
        for consent in consents
    ]


def screening_rows(
    decision: ScreeningDecision, labels: CaseLabels, words: Words
) -> list[tuple[str, str]]:
    """The decision, its day and who decided (short values)."""
    return [
        (words("screening_decision"), words(f"decision_{decision.decision.value}")),
        (words("screening_on"), words.date(decision.decided_on)),
        (words("screening_by"), labels.staff_name(decision.decided_by) or EMPTY),
    ]


def screening_texts(decision: ScreeningDecision, words: Words) -> list[Flowable]:
    """Where the candidate was referred to and the reason, as the coach wrote them."""
    flowables: list[Flowable] = []
    if decision.referred_to:
        flowables += labelled_text(words("screening_referred_to"), decision.referred_to)
    if decision.reason:
        flowables += labelled_text(words("screening_reason"), decision.reason)
    return flowables


def banner(name: str, detail: str) -> Table:
    """The person a document is about: their name large, a line below it, on a shaded band."""
    style = styles()
    big = ParagraphStyle("banner", parent=style["body"], fontName=BOLD, fontSize=14, leading=18)
    band = Table(
        [[Paragraph(markup(name), big)], [Paragraph(markup(detail), style["small"])]],
        colWidths=[TEXT_WIDTH],
    )
    band.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 3, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                ("TOPPADDING", (0, 1), (-1, -1), 0),
            ]
        )
    )
    return house_font(band)


def latest_screening(case: CaseFile) -> ScreeningDecision | None:
    """The screening decision that counts: the latest by its day, then by when recorded."""
    ordered = sorted(case.screenings, key=lambda s: (s.decided_on, s.created_at or _EPOCH))
    return ordered[-1] if ordered else None
