"""The intake summary of a participant: who they are, what the intake recorded, the consents
they gave and the screening decision, on a few A4 pages.

    pdf = intake_summary_pdf(case, labels, house, "fr", printed_on=date.today())

The coach keeps it with the paper file or hands it to a colleague; the texts are in
`resources/printing/intake_summary.json`.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from printing.case_labels import CaseLabels
from printing.case_parts import (
    banner,
    consent_rows,
    grid_table,
    latest_screening,
    screening_rows,
    screening_texts,
    section,
)
from printing.intake_sections import intake_sections
from printing.layout import HouseStyle, build_pdf, heading, paragraph, title
from printing.words import Words
from storage.cases import CaseFile

CONSENT_WIDTHS = (8.2 * cm, 3.4 * cm, 2.2 * cm, 3.2 * cm)


def person_line(case: CaseFile, labels: CaseLabels, words: Words) -> str:
    """Role, where the person stands and since when, and their coach, on one line."""
    parts = [words(f"role_{case.participant.role.value}")]
    status = case.status
    if status is not None:
        parts.append(
            words(
                "status_since",
                status=words(f"status_{status.status.value}"),
                day=words.date(status.since),
            )
        )
    coach = labels.staff_name(case.participant.coach)
    if coach:
        parts.append(words("coached_by", coach=coach))
    return " · ".join(parts)


def consents_part(case: CaseFile, labels: CaseLabels, words: Words) -> list[Flowable]:
    """The consents given (and withdrawn), as a table; "none" when there are none."""
    part: list[Flowable] = [heading(words("section_consents"))]
    if not case.consents:
        return [*part, paragraph(words("no_consents"), "note")]
    header = [
        words("consent_purpose"),
        words("consent_given_on"),
        words("consent_version"),
        words("consent_withdrawn_on"),
    ]
    return [*part, grid_table(header, consent_rows(case.consents, labels, words), CONSENT_WIDTHS)]


def intake_summary_pdf(
    case: CaseFile,
    labels: CaseLabels,
    house: HouseStyle,
    language: str,
    *,
    printed_on: date | None = None,
) -> bytes:
    """The intake summary of a mentee or a mentor, in `language` ("en", "nl" or "fr")."""
    words = Words("intake_summary", language)
    story: list[Flowable] = [
        title(words(f"title_{case.participant.role.value}")),
        banner(case.participant.display_name, person_line(case, labels, words)),
        Spacer(1, 0.2 * cm),
        *intake_sections(case, labels, words),
        *consents_part(case, labels, words),
    ]
    decision = latest_screening(case)
    if decision is None:
        story += [heading(words("section_screening")), paragraph(words("no_screening"), "note")]
    else:
        rows = screening_rows(decision, labels, words)
        story += [*section(words("section_screening"), rows), *screening_texts(decision, words)]
    return build_pdf(story, house=house, words=words, title=words("title"), printed_on=printed_on)
