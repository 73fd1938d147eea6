"""The letter a candidate receives after screening: accepted, not accepted with the reason,
or referred to a partner organisation with the partner named (domain.md, step 3).

    pdf = letter_pdf(case, decision, labels, house, "nl", printed_on=date.today())

A real letter on the programme's letterhead: the candidate's name (Duo keeps no postal
address), the date, a subject line, a plain and kind body, and the coach's name under a
space to sign. The reason and the partner are printed as the coach wrote them. Texts are in
`resources/printing/letters.json`.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer

from printing.case_labels import CaseLabels
from printing.fonts import BOLD
from printing.layout import GREY, SHADE, HouseStyle, build_pdf, styles
from printing.scripts import markup
from printing.words import Words
from storage.cases import CaseFile
from storage.records import Decision, ScreeningDecision


def _style(name: str, **overrides: object) -> ParagraphStyle:
    """A letter reads more easily a little larger and more open than a form."""
    base = {"fontSize": 10.5, "leading": 15, "spaceAfter": 8} | overrides
    return ParagraphStyle(name, parent=styles()["paragraph"], **base)  # type: ignore[arg-type]


def _text(text: str) -> Paragraph:
    """One paragraph of the letter's own text (escaped: the programme's name is typed)."""
    return Paragraph(markup(text), _style("letter"))


def _boxed(text: str, *, bold: bool = False) -> Paragraph:
    """What the coach wrote (a reason, a partner), set apart on a shaded band; one
    paragraph, so a long reason still flows over pages."""
    style = _style(
        "boxed",
        fontName=BOLD if bold else styles()["body"].fontName,
        backColor=SHADE,
        borderPadding=(6, 8, 6, 8),
        leftIndent=8,
        rightIndent=8,
        spaceBefore=8,
        spaceAfter=14,
    )
    return Paragraph(markup(text.strip()), style)


def _body(
    case: CaseFile, decision: ScreeningDecision, words: Words, programme: str
) -> list[Flowable]:
    role = case.participant.role
    story: list[Flowable] = [_text(words(f"thanks_{role.value}", programme=programme))]
    if decision.decision is Decision.ACCEPTED:
        keys = ("", "_next", "_expect", "_change")
        return story + [_text(words(f"accepted_{role.value}{key}")) for key in keys]
    if decision.decision is Decision.REFUSED:
        return [
            *story,
            _text(words("refused")),
            _boxed(decision.reason),
            _text(words("refused_after")),
            _text(words("refused_contact")),
        ]
    story += [_text(words("referred")), _boxed(decision.referred_to, bold=True)]
    if decision.reason.strip():
        story += [_text(words("referred_why")), _boxed(decision.reason)]
    return [*story, _text(words("referred_after")), _text(words("referred_contact"))]


def _subject(case: CaseFile, decision: ScreeningDecision, words: Words, programme: str) -> str:
    if decision.decision is Decision.ACCEPTED:
        key = "subject_accepted_" + case.participant.role.value
    else:
        key = "subject_application"
    return words("subject", subject=words(key, programme=programme))


def _signature(words: Words, name: str, email: str, programme: str) -> KeepTogether:
    """The closing, room to sign, the coach's name, role and e-mail; kept together."""
    small = styles()["small"]
    lines: list[Flowable] = [
        _text(words("closing")),
        Spacer(1, 1.5 * cm),
        HRFlowable(width=6 * cm, thickness=0.6, color=GREY, hAlign="LEFT", spaceAfter=4),
    ]
    if name:
        lines.append(Paragraph(markup(name), _style("signer", fontName=BOLD, spaceAfter=0)))
        lines.append(Paragraph(markup(words("signer_role", programme=programme)), small))
    else:
        lines.append(Paragraph(markup(programme), _style("signer", fontName=BOLD)))
    if email:
        lines.append(Paragraph(markup(email), small))
    return KeepTogether(lines)


def letter_pdf(
    case: CaseFile,
    decision: ScreeningDecision,
    labels: CaseLabels,
    house: HouseStyle,
    language: str,
    *,
    printed_on: date,
) -> bytes:
    """The letter about `decision` to the participant of `case`, dated `printed_on`,
    signed by the coach who decided (or else the participant's coach)."""
    words = Words("letters", language)
    person = case.participant
    signer_id = decision.decided_by if labels.staff_name(decision.decided_by) else person.coach
    programme = house.name
    story: list[Flowable] = [
        Spacer(1, 0.8 * cm),
        Paragraph(markup(person.display_name), _style("recipient", fontName=BOLD)),
        Spacer(1, 0.8 * cm),
        Paragraph(markup(words.date(printed_on)), _style("dated", alignment=TA_RIGHT)),
        Spacer(1, 0.6 * cm),
        Paragraph(
            markup(_subject(case, decision, words, programme)),
            _style("subject", fontName=BOLD, spaceAfter=14),
        ),
        _text(words("salutation", name=person.display_name)),
        *_body(case, decision, words, programme),
        _signature(
            words,
            labels.staff_name(signer_id),
            labels.staff_emails.get(signer_id, ""),
            programme,
        ),
    ]
    return build_pdf(story, house=house, words=words, title=words("title"), numbered=False)
