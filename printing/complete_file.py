"""A participant's complete file, for a request of access under the GDPR (article 15):
everything their case file holds, in readable form.

    pdf = complete_file_pdf(case, labels, house, "nl", question_sets=sets,
                            printed_on=date.today())
    pdf = complete_file_pdf(mentor_case, labels, house, "fr",
                            mentor_duos=mentor_records(shares))  # a mentor's

Numbered parts, listed with their counts on the first page: identity and intake, consents,
screening, the path, notes, contacts, the mentoring (matches, agreements, meetings,
follow-ups, endings, evaluations, outcomes), the documents (listed, not their content) and
the record history. A mentor's duos are kept in their mentees' files: the caller hands
over the mentor's part of them (`complete_file_records`), and the outcomes, the mentee's
results, are not part of a mentor's file. A part with nothing in it says so, so the reader
knows it was not forgotten. Long texts flow over pages. Texts are in
`resources/printing/complete_file.json` (and the participant's words in
`intake_summary.json`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
)

from printing.case_labels import CaseLabels
from printing.case_parts import banner, consent_rows, grid_table, record, screening_rows
from printing.complete_file_duos import DuoPart, QuestionSets, duo_parts
from printing.complete_file_history import attachment_rows, event_rows, status_rows
from printing.complete_file_records import DuoRecords, mentee_records
from printing.fonts import BOLD
from printing.intake_sections import intake_sections
from printing.intake_summary import CONSENT_WIDTHS, person_line
from printing.layout import ACCENT, HouseStyle, build_pdf, paragraph, styles, title
from printing.scripts import markup
from printing.words import Words
from storage.cases import CaseFile
from storage.records import Role

_STATUS_WIDTHS = (4 * cm, 6 * cm, 7 * cm)
_ATTACHMENT_WIDTHS = (6.8 * cm, 3 * cm, 2.4 * cm, 4.8 * cm)
_EVENT_WIDTHS = (3.6 * cm, 3.6 * cm, 4.2 * cm, 5.6 * cm)
# A numbered part: its title's key, its flowables and how many records it holds (None:
# not a list of records).
Part = tuple[str, Sequence[Flowable], int | None]
_PART_ROOM = 5 * cm  # a part's heading starts a new page when less room is left


def _part(number: int, text: str, body: Sequence[Flowable]) -> list[Flowable]:
    """A numbered part: its heading, kept with the start of its first record or section so
    that it never stands alone at the foot of a page (a table splits over pages itself)."""
    style = ParagraphStyle(
        "part", parent=styles()["title"], fontName=BOLD, fontSize=14.5, leading=19, spaceAfter=2
    )
    head: list[Flowable] = [
        Spacer(1, 0.5 * cm),
        Paragraph(markup(f"{number}. {text}"), style),
        HRFlowable(width="100%", thickness=1.2, color=ACCENT, spaceAfter=4),
    ]
    rest = list(body)
    while rest and isinstance(rest[0], CondPageBreak):
        rest.pop(0)  # the part's own break below stands for the record's
    if rest and isinstance(rest[0], KeepTogether):
        # Its content, not itself: a KeepTogether inside another always asks for a new page.
        head += rest.pop(0)._content
    return [CondPageBreak(_PART_ROOM), KeepTogether(head), *rest]


class _Parts:
    """The parts about the person themselves (the mentoring has its own module)."""

    def __init__(self, case: CaseFile, labels: CaseLabels, words: Words, intake: Words) -> None:
        self.case = case
        self.labels = labels
        self.words = words
        self.intake = intake

    def _by(self, staff_id: str) -> str:
        return self.labels.staff_name(staff_id) or self.words("by_duo")

    def consents(self) -> list[Flowable]:
        header = [
            self.intake("consent_purpose"),
            self.intake("consent_given_on"),
            self.intake("consent_version"),
            self.intake("consent_withdrawn_on"),
        ]
        rows = consent_rows(self.case.consents, self.labels, self.intake)
        return [grid_table(header, rows, CONSENT_WIDTHS)] if rows else []

    def screenings(self) -> list[Flowable]:
        flowables: list[Flowable] = []
        for decision in self.case.screenings:
            heading = self.words("screening_title", day=self.words.date(decision.decided_on))
            texts = [
                (self.intake("screening_referred_to"), decision.referred_to),
                (self.intake("screening_reason"), decision.reason),
            ]
            flowables += record(heading, screening_rows(decision, self.labels, self.intake), texts)
        return flowables

    def statuses(self) -> list[Flowable]:
        header = [self.words("status_since"), self.words("status"), self.words("status_note")]
        rows = status_rows(self.case.statuses, self.intake)
        return [grid_table(header, rows, _STATUS_WIDTHS)] if rows else []

    def notes(self) -> list[Flowable]:
        flowables: list[Flowable] = []
        for note in self.case.notes:
            heading = self.words(
                "note_title", day=self.words.date(note.written_on), author=self._by(note.author)
            )
            flowables += record(heading, [], [("", note.text)])
        return flowables

    def contacts(self) -> list[Flowable]:
        flowables: list[Flowable] = []
        for contact in self.case.contacts:
            channel = self.labels.label("contact_channels", contact.channel)
            heading = self.words(
                "contact_title",
                day=self.words.date(contact.contacted_on),
                author=self._by(contact.author),
            )
            rows = [(self.words("contact_channel"), channel)]
            flowables += record(heading, rows, [("", contact.summary)])
        return flowables

    def attachments(self) -> list[Flowable]:
        header = [
            self.words("attachment_name"),
            self.words("attachment_kind"),
            self.words("attachment_size"),
            self.words("attachment_added"),
        ]
        rows = attachment_rows(self.case.attachments, self.words)
        if not rows:
            return []
        return [
            paragraph(self.words("attachments_note")),
            grid_table(header, rows, _ATTACHMENT_WIDTHS),
        ]

    def events(self) -> list[Flowable]:
        header = [
            self.words("event_at"),
            self.words("event_by"),
            self.words("event_what"),
            self.words("event_fields"),
        ]
        rows = event_rows(self.case.events, self.labels, self.words, self.intake)
        return [grid_table(header, rows, _EVENT_WIDTHS)] if rows else []


def complete_file_pdf(
    case: CaseFile,
    labels: CaseLabels,
    house: HouseStyle,
    language: str,
    *,
    question_sets: QuestionSets | None = None,
    mentor_duos: DuoRecords | None = None,
    printed_on: date | None = None,
) -> bytes:
    """Everything the case file of `case` holds about the person, in `language`.
    `question_sets` are the versions the evaluations were answered with, by (code,
    version); an evaluation whose set is missing shows its question codes. For a mentor,
    `mentor_duos` is their part of their duos, taken from their mentees' files."""
    words = Words("complete_file", language)
    intake = Words("intake_summary", language)
    person = _Parts(case, labels, words, intake)
    records = _duo_records(case, labels, mentor_duos)
    duo = DuoPart(records, labels, words, intake, dict(question_sets or {}))
    # A mentor reads on the first page where their duos come from.
    source = records.reader is Role.MENTOR and bool(records.matches)
    parts: list[Part] = [
        ("section_identity", intake_sections(case, labels, intake), None),
        ("section_consents", person.consents(), len(case.consents)),
        ("section_screening", person.screenings(), len(case.screenings)),
        ("section_statuses", person.statuses(), len(case.statuses)),
        ("section_notes", person.notes(), len(case.notes)),
        ("section_contacts", person.contacts(), len(case.contacts)),
        *_mentoring(words, duo),
        ("section_attachments", person.attachments(), len(case.attachments)),
        ("section_events", person.events(), len(case.events)),
    ]
    programme = house.name
    day = words.date(printed_on or date.today())
    story: list[Flowable] = [
        title(words("title")),
        banner(case.participant.display_name, person_line(case, labels, intake)),
        Spacer(1, 0.3 * cm),
        paragraph(words("intro", programme=programme, day=day)),
        paragraph(words("others")),
        *([paragraph(words("mentor_source"))] if source else []),
        paragraph(words("contents"), "label"),
        *_contents(words, parts),
    ]
    for number, (key, flowables, _count) in enumerate(parts, start=1):
        story += _part(number, words(key), list(flowables) or [paragraph(words("nothing"), "note")])
    return build_pdf(story, house=house, words=words, title=words("title"), printed_on=printed_on)


def _duo_records(case: CaseFile, labels: CaseLabels, mentor_duos: DuoRecords | None) -> DuoRecords:
    """A mentee's own mentoring records; a mentor's part of their mentees' (none: no duo)."""
    if case.participant.role is Role.MENTOR:
        return mentor_duos or DuoRecords(Role.MENTOR)
    return mentee_records(case, labels)


def _mentoring(words: Words, duo: DuoPart) -> Sequence[Part]:
    """The mentoring parts; a mentor who was never proposed a mentee is told so in one
    part instead of six empty ones."""
    if duo.records.reader is Role.MENTOR and not duo.records.matches:
        return [("section_mentoring", [paragraph(words("mentor_no_duos"))], None)]
    return duo_parts(duo)


def _contents(words: Words, parts: Sequence[Part]) -> list[Flowable]:
    """The list of parts with how many records each holds."""
    style = ParagraphStyle("contents", parent=styles()["body"], leftIndent=14, spaceAfter=1)
    lines: list[Flowable] = []
    for number, (key, _flowables, count) in enumerate(parts, start=1):
        text = f"{number}. {words(key)}"
        if count is not None:
            text = f"{text} ({count})"
        lines.append(Paragraph(markup(text), style))
    return lines
