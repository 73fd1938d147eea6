"""The intake of a participant on paper, grouped as the interview asks it, in words.

Shared by the intake summary and the complete file. Every field of the participant's role
has its place, filled or not ("–"), so a reader sees at once what was not asked. Short values
sit in two columns (`fields`); what a person may write at length (motivation, experience, the
mentor's short profile) flows as text, however long. Texts come from
`resources/printing/intake_summary.json`.
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Table, TableStyle

from printing.case_labels import CaseLabels, country_name, language_name
from printing.case_parts import EMPTY, fields_table, flag, house_font, known, number, section
from printing.layout import (
    RULE,
    TEXT_WIDTH,
    heading,
    labelled_text,
    subheading,
    text_block,
)
from printing.words import Words
from storage.cases import CaseFile
from storage.duo_records import MEETING_DOMAINS
from storage.records import Participant, Role

# The order of the week, for availability slots stored as "mon-day", "mon-evening", "sat".
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PARTS = ("day", "evening")
# About a third of a page: a short profile up to this many lines is framed.
_FRAMED_LINES = 30


class IntakeReader:
    """Turns one case file into the sections of its intake, in one language."""

    def __init__(self, case: CaseFile, labels: CaseLabels, words: Words) -> None:
        self.case = case
        self.person: Participant = case.participant
        self.labels = labels
        self.words = words

    def _field(self, name: str, value: str | None = None) -> tuple[str, str]:
        shown = value if value is not None else str(getattr(self.person, name) or "")
        return self.words(f"field_{name}"), shown

    def text(self, name: str) -> tuple[str, str]:
        """A field someone may write at length, with its label (printed as flowing text)."""
        return self.words(f"field_{name}"), str(getattr(self.person, name) or "")

    def _choice(self, name: str, prefix: str) -> tuple[str, str]:
        code = str(getattr(self.person, name) or "")
        return self._field(name, known(self.words, f"{prefix}_{code}", code) if code else "")

    def _place(self) -> tuple[str, str]:
        person = self.person
        if person.municipality and person.postcode:
            text = f"{person.municipality} ({person.postcode})"
        else:
            text = person.municipality or person.postcode
        return self.words("field_place"), text

    @property
    def _lang(self) -> str:
        return self.words.language

    def _staff(self, name: str) -> tuple[str, str]:
        return self._field(name, self.labels.staff_name(getattr(self.person, name)))

    def _date(self, name: str) -> tuple[str, str]:
        day = getattr(self.person, name)
        return self._field(name, self.words.date(day) if day else "")

    def identity(self) -> list[Flowable]:
        """Identity and contact."""
        rows = [
            self._field("given_name"),
            self._field("family_name"),
            self._field("year_of_birth", number(self.person.year_of_birth)),
            self._choice("gender", "gender"),
            self._field("phone"),
            self._field("email"),
            self._place(),
        ]
        if self.person.role is Role.MENTEE:
            rows.append(self._field("mobility"))
        return section(self.words("section_identity"), rows)

    def job_targets(self) -> list[tuple[str, str]]:
        """One row per job target: occupation and sector by their labels, and the words
        the coach wrote."""
        rows = []
        for number_, target in enumerate(self.case.job_targets, start=1):
            lines = [
                self.labels.label("occupations", target.occupation),
                self.labels.label("sectors", target.sector),
                target.description,
            ]
            shown = "\n".join(line for line in lines if line)
            numbered = len(self.case.job_targets) > 1
            label = self.words(f"{self._target}_n", n=number_) if numbered else ""
            rows.append((label or self.words(self._target), shown))
        return rows or [(self.words(self._target), "")]

    @property
    def _target(self) -> str:
        # A mentee aims at an occupation; a mentor works in one.
        return "job_target" if self.person.role is Role.MENTEE else "mentor_occupation"

    def languages(self) -> tuple[str, str]:
        """Each language with its level ("Arabic: native speaker")."""
        lines = []
        for skill in self.case.languages:
            name = language_name(skill.language, self.words.language)
            if not skill.level:
                lines.append(name)
                continue
            level = self.words("level_native") if skill.level == "native" else skill.level
            lines.append(self.words("language_level", language=name, level=level))
        return self.words("field_languages"), "\n".join(lines)

    def availability(self) -> tuple[str, str]:
        """The chosen slots in week order ("Monday daytime, Thursday evening")."""
        chosen = set(self.person.availability)
        shown = []
        for day in _DAYS:
            slots = [day] if day in ("sat", "sun") else [f"{day}-{part}" for part in _PARTS]
            shown += [self.words(f"slot_{slot}") for slot in slots if slot in chosen]
        week = {f"{day}-{part}" for day in _DAYS for part in _PARTS} | {"sat", "sun"}
        shown += sorted(chosen - week)  # a slot this version does not know, as stored
        return self.words("field_availability"), ", ".join(shown)

    def origin(self) -> list[Flowable]:
        """Country of origin, arrival and the right to work."""
        person = self.person
        rows = [
            self._field("country_of_origin", country_name(person.country_of_origin, self._lang)),
            self._field("arrival_year", number(person.arrival_year)),
            self._choice("right_to_work", "right_to_work"),
        ]
        return section(self.words("section_origin"), rows)

    def diploma(self) -> list[Flowable]:
        """Diploma and work experience."""
        person = self.person
        rows = [
            self._field("diploma_level", self.labels.label("diploma_levels", person.diploma_level)),
            self._field("diploma_field"),
            self._field("diploma_country", country_name(person.diploma_country, self._lang)),
            self._field("diploma_recognised", flag(self.words, person.diploma_recognised)),
            self._field("experience_years", number(person.experience_years)),
        ]
        texts = [self.text("experience_summary")]
        return section(self.words("section_diploma"), rows, texts)

    def assessment(self) -> list[Flowable]:
        """The coach's assessment and the needs in the six domains."""
        person = self.person
        openness = person.openness_to_feedback
        rows = [
            self._field(
                "openness_to_feedback", self.words("of_five", level=openness) if openness else ""
            ),
            self._field("actively_searching", flag(self.words, person.actively_searching)),
        ]
        needs = [
            (
                known(self.words, f"domain_{code}", code),
                _dots(self.words, person.domain_needs[code]),
            )
            for code in (*MEETING_DOMAINS, *sorted(set(person.domain_needs) - set(MEETING_DOMAINS)))
            if code in person.domain_needs
        ]
        flowables = section(self.words("section_assessment"), rows, [self.text("motivation")])
        label = self.words("field_domain_needs")
        if not needs:
            return flowables + labelled_text(label, "", empty=EMPTY)
        return [
            *flowables,
            KeepTogether([subheading(label), fields_table(needs, label_width=7 * cm)]),
        ]

    def preferences(self) -> list[Flowable]:
        """What the mentee prefers in a mentor, and their needs and interests."""
        rows = [
            self._choice("preferred_mentor_gender", "preferred_gender"),
            self._choice("preferred_mentor_age", "preferred_age"),
        ]
        texts = [self.text("preferences"), self.text("specific_needs"), self.text("interests")]
        return section(self.words("section_preferences"), rows, texts)

    def referral(self) -> list[Flowable]:
        """Which partner referred the mentee, and the contact person there."""
        partner = self.labels.label("referral_partners", self.person.referral_partner)
        rows = [self._field("referral_partner", partner), self._field("referral_contact")]
        return section(self.words("section_referral"), rows)

    def intake(self) -> list[Flowable]:
        """The dates of the info session, training and interview, and who interviewed."""
        rows = [self._date("info_session_on")]
        if self.person.role is Role.MENTOR:
            rows.append(self._date("training_on"))
        rows += [self._date("intake_on"), self._staff("interviewer"), self._staff("coach")]
        return section(self.words("section_intake"), rows)

    def work(self) -> list[Flowable]:
        """A mentor's work: employer, job, sector and occupation, capacity."""
        person = self.person
        rows = [
            self._field("employer"),
            self._field("job_title"),
            *self.job_targets(),
            self._field("generalist", flag(self.words, person.generalist)),
            self._field("experience_years", number(person.experience_years)),
            self._field("capacity", number(person.capacity)),
            self._field("linkedin"),
        ]
        return section(self.words("section_work"), rows, [self.text("experience_summary")])

    def short_profile(self) -> list[Flowable]:
        """The mentor's short profile, framed: it is all a mentee ever reads of a mentor."""
        inside = text_block(self.person.short_profile, empty=self.words("short_profile_missing"))
        frame = Table([[inside]], colWidths=[TEXT_WIDTH])
        frame.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        title = heading(self.words("section_short_profile"))
        # A frame cannot split over pages: a very long profile flows as plain text instead.
        profile = self.person.short_profile
        if len(profile) / 80 + profile.count("\n") < _FRAMED_LINES:
            return [KeepTogether([title, house_font(frame)])]
        return [KeepTogether([title, inside[0]]), *inside[1:]]


def _dots(words: Words, level: int) -> str:
    """A need of 1-5 as five dots and the number: "●●●○○  3 / 5"."""
    level = max(0, min(5, level))
    return "●" * level + "○" * (5 - level) + "  " + words("of_five", level=level)


def intake_sections(case: CaseFile, labels: CaseLabels, words: Words) -> list[Flowable]:
    """The intake of a mentee or a mentor, section by section, in the order it is asked."""
    reader = IntakeReader(case, labels, words)
    both = section(words("section_languages"), [reader.languages(), reader.availability()])
    if case.participant.role is Role.MENTOR:
        motivation = section(
            words("section_motivation"),
            [],
            [reader.text("motivation"), reader.text("qualities"), reader.text("interests")],
        )
        return [
            *reader.identity(),
            *reader.work(),
            *both,
            *motivation,
            *reader.short_profile(),
            *reader.intake(),
        ]
    return [
        *reader.identity(),
        *section(words("section_job_target"), reader.job_targets()),
        *reader.origin(),
        *reader.diploma(),
        *both,
        *reader.assessment(),
        *reader.preferences(),
        *reader.referral(),
        *reader.intake(),
    ]
