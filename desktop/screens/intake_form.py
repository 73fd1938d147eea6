"""The fields of an intake interview, grouped in the order a coach asks them.

Only the role's fields are built: a mentee's intake asks about origin, diploma, job target
and needs; a mentor's about work, capacity and the short profile the mentee will read. The
form knows nothing of storage: it turns widgets into a values dictionary and back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.labels import WEEKDAYS, availability_slots, right_to_work_label, weekday_label
from desktop.rules.intake_checks import Check, Finding
from desktop.screens import intake_choices as choices
from desktop.screens.intake_choices import ListChoices
from desktop.screens.intake_fields import Bindings
from desktop.screens.intake_layout import Columns, ProfilePreview
from desktop.screens.intake_parts import ConsentBoxes, JobTargetFields, write_phone_in_full
from desktop.workflows.intake import CONSENT_TEXT_VERSION, DOMAINS, mentee_view
from storage.records import RightToWork, Role
from widgets.availability_picker import AvailabilityPicker
from widgets.choice_combo import ChoiceCombo
from widgets.form_section import FieldRow, FormSection
from widgets.language_levels import LanguageLevelsEditor


@dataclass(frozen=True)
class FormChoices:
    """The programme's own lists the form offers."""

    staff: ListChoices
    sectors: ListChoices
    occupations: ListChoices
    referral_partners: ListChoices
    diploma_levels: ListChoices
    consent_purposes: ListChoices


class IntakeForm(QWidget):
    """Every field of one role's intake; `changed` whenever something is typed."""

    changed = Signal()
    left_field = Signal()  # a field was left: time to look at the values again

    def __init__(
        self, role: Role, lists: FormChoices, cv_panel: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.role = role
        self._lists = lists
        self.fields = Bindings(self.changed.emit)
        self.rows: dict[str, FieldRow] = {}
        self.preview: ProfilePreview | None = None
        mentee = role is Role.MENTEE
        sections = [
            self._identity(),
            self._home(mentee),
            *([self._origin(), self._diploma()] if mentee else [self._work()]),
            self._job_targets(mentee),
            self._languages(),
            *([self._needs(), self._assessment()] if mentee else []),
            self._availability(mentee),
            *([] if mentee else [self._motivation(), self._profile()]),
            self._cv(cv_panel),
            self._interview(mentee),
        ]
        # One caption width for the whole form, so the fields line up from section to section.
        width = max(row.label.sizeHint().width() for row in self.rows.values())
        for row in self.rows.values():
            row.label.setMinimumWidth(width)
        self.columns = Columns(sections, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.columns)
        self.changed.connect(self._update_preview)
        for edit in self.findChildren(QLineEdit):
            edit.editingFinished.connect(self.left_field.emit)
        for combo in self.findChildren(ChoiceCombo):
            combo.code_changed.connect(lambda _code: self.left_field.emit())

    # --- building ---------------------------------------------------------------------------

    def _list_choice(
        self, key: str, choices: ListChoices, *, searchable: bool = True, blank: str = ""
    ) -> ChoiceCombo:
        return self.fields.choice(
            key, choices.offered, retired=choices.retired, searchable=searchable, blank=blank
        )

    def _row(self, section: FormSection, label: str, field: QWidget) -> FieldRow:
        row = section.add_row(label, field)
        self.rows[field.objectName()] = row
        return row

    def _identity(self) -> FormSection:
        section = FormSection(self.tr("Identity and contact"))
        f = self.fields
        self._row(section, self.tr("&Given name *"), f.line("given_name"))
        self._row(section, self.tr("&Family name"), f.line("family_name"))
        self._row(section, self.tr("Year of birth"), f.line("year_of_birth", digits=4))
        gender = f.choice(
            "gender", choices.gender_choices(), blank=self.tr("Not recorded"), searchable=False
        )
        gender.setToolTip(self.tr("Only needed when someone states a preference for matching."))
        self._row(section, self.tr("Gender"), gender)
        phone = f.line("phone", placeholder=self.tr("0470 12 34 56"))
        phone.editingFinished.connect(lambda: write_phone_in_full(phone))
        self._row(section, self.tr("&Phone"), phone)
        self._row(
            section, self.tr("&E-mail"), f.line("email", placeholder=self.tr("name@example.org"))
        )
        if self.role is Role.MENTOR:
            linkedin = f.line("linkedin", placeholder="https://www.linkedin.com/in/…")
            self._row(section, self.tr("Lin&kedIn"), linkedin)
        return section

    def _home(self, mentee: bool) -> FormSection:
        section = FormSection(self.tr("Where they live"))
        f = self.fields
        self._row(section, self.tr("M&unicipality"), f.line("municipality"))
        postcode = f.line("postcode")
        postcode.setMaxLength(10)
        postcode.setMaximumWidth(postcode.fontMetrics().horizontalAdvance("0" * 12) + 16)
        self._row(section, self.tr("Post&code"), postcode)
        if mentee:
            mobility = f.line(
                "mobility", placeholder=self.tr("e.g. public transport, bike, driving licence")
            )
            self._row(section, self.tr("Mobility"), mobility)
        return section

    def _origin(self) -> FormSection:
        section = FormSection(self.tr("Origin and right to work"))
        f = self.fields
        countries = choices.country_choices()
        self._row(section, self.tr("Country of &origin"), f.choice("country_of_origin", countries))
        self._row(section, self.tr("Arrival &year"), f.line("arrival_year", digits=4))
        right = [(value.value, right_to_work_label(value)) for value in RightToWork]
        work = f.choice("right_to_work", right, blank=None, searchable=False)
        self._row(section, self.tr("&Right to work in Belgium"), work)
        return section

    def _diploma(self) -> FormSection:
        section = FormSection(self.tr("Diploma and experience"))
        f = self.fields
        levels = self._list_choice(
            "diploma_level",
            self._lists.diploma_levels,
            searchable=False,
            blank=self.tr("Not known"),
        )
        self._row(section, self.tr("&Highest diploma"), levels)
        self._row(section, self.tr("Field of study"), f.line("diploma_field"))
        country = f.choice("diploma_country", choices.country_choices())
        self._row(section, self.tr("Country of the diploma"), country)
        recognised = f.flag(
            "diploma_recognised",
            self.tr("Not known"),
            self.tr("Recognised in Belgium"),
            self.tr("Not recognised"),
        )
        self._row(section, self.tr("Recognition"), recognised)
        self._experience(section)
        return section

    def _experience(self, section: FormSection) -> None:
        f = self.fields
        self._row(section, self.tr("Years of e&xperience"), f.line("experience_years", digits=2))
        self._row(section, self.tr("Experience"), f.text("experience_summary", lines=2))

    def _work(self) -> FormSection:
        section = FormSection(self.tr("Work"))
        f = self.fields
        self._row(section, self.tr("Employer"), f.line("employer"))
        self._row(section, self.tr("&Job title"), f.line("job_title"))
        self._experience(section)
        return section

    def _job_targets(self, mentee: bool) -> FormSection:
        title = self.tr("Job target") if mentee else self.tr("Sector and occupation")
        section = FormSection(title)
        lists = self._lists
        targets = [JobTargetFields(n, lists.occupations, lists.sectors) for n in (1, 2)]
        for target, label in zip(targets, (self.tr("&1st"), self.tr("&2nd")), strict=True):
            self._row(section, label, target)

        def put(values: list[dict[str, str]] | None) -> None:
            stored = list(values or [])
            for number, target in enumerate(targets):
                target.set_value(stored[number] if number < len(stored) else {})

        self.fields.bind(
            "job_targets",
            section,
            lambda: [target.value() for target in targets],
            put,
            *(signal for target in targets for signal in target.signals()),
        )
        if not mentee:
            generalist = self.fields.check(
                "generalist", self.tr("An HR or recruiter profile who can coach any job target")
            )
            generalist.setToolTip(
                self.tr(
                    "Proposed to a mentee with any job target once the mentee has waited as "
                    "long as set in Settings, Matching."
                )
            )
            self._row(section, self.tr("Ge&neralist"), generalist)
        return section

    def _languages(self) -> FormSection:
        section = FormSection(self.tr("Languages"))
        editor = LanguageLevelsEditor(choices.language_choices(), choices.level_choices())
        editor.setObjectName("languages")
        self.fields.bind(
            "languages",
            editor,
            lambda: [list(row) for row in editor.rows()],
            lambda rows: editor.set_rows(tuple(row) for row in rows or []),
            editor.changed,
        )
        self._row(section, self.tr("&Languages"), editor)
        return section

    def _needs(self) -> FormSection:
        section = FormSection(self.tr("Needs in the six domains (as the candidate sees them)"))
        combos = {}
        for domain in DOMAINS:
            combo = ChoiceCombo(searchable=False)
            combo.set_choices(choices.need_choices(), blank=self.tr("Not asked"))
            combo.setObjectName(f"domain_needs.{domain}")
            combos[domain] = combo
            self._row(section, choices.domain_labels()[domain], combo)

        def put(needs: dict[str, int] | None) -> None:
            for domain, combo in combos.items():
                combo.set_code(str((needs or {}).get(domain) or ""))

        self.fields.bind(
            "domain_needs",
            section,
            lambda: {domain: int(c.code()) for domain, c in combos.items() if c.code()},
            put,
            *(combo.code_changed for combo in combos.values()),
        )
        return section

    def _assessment(self) -> FormSection:
        section = FormSection(self.tr("Motivation (the coach's assessment)"))
        f = self.fields
        self._row(section, self.tr("&Motivation"), f.text("motivation"))
        openness = f.rating(
            "openness_to_feedback", choices.openness_choices(), self.tr("Not assessed")
        )
        self._row(section, self.tr("Open&ness to feedback"), openness)
        searching = f.flag(
            "actively_searching", self.tr("Not assessed"), self.tr("Yes"), self.tr("No")
        )
        self._row(section, self.tr("Actively searching"), searching)
        return section

    def _availability(self, mentee: bool) -> FormSection:
        title = self.tr("Availability and preferences") if mentee else self.tr("Availability")
        section = FormSection(title)
        f = self.fields
        labels = dict(availability_slots())
        columns = [weekday_label(day) for day in (*WEEKDAYS, "sat", "sun")]
        slots = [
            [(f"{day}-{part}", labels[f"{day}-{part}"]) for part in ("day", "evening")]
            for day in WEEKDAYS
        ] + [[("sat", labels["sat"])], [("sun", labels["sun"])]]
        picker = AvailabilityPicker(columns, [self.tr("Daytime"), self.tr("Evening")], slots)
        f.bind(
            "availability",
            picker,
            picker.codes,
            lambda v: picker.set_codes(v or []),
            picker.changed,
        )
        self._row(section, self.tr("A&vailable"), picker)
        if mentee:
            self._row(section, self.tr("Preferences"), f.text("preferences", lines=2))
            gender = f.choice(
                "preferred_mentor_gender",
                choices.preferred_gender_choices(),
                blank=self.tr("No preference"),
                searchable=False,
            )
            self._row(section, self.tr("Mentor's gender"), gender)
            age = f.choice(
                "preferred_mentor_age",
                choices.preferred_age_choices(),
                blank=self.tr("No preference"),
                searchable=False,
            )
            self._row(section, self.tr("Mentor's age"), age)
            self._row(section, self.tr("Specific needs"), f.text("specific_needs", lines=2))
            self._row(section, self.tr("&Interests"), f.line("interests"))
        else:
            self._row(section, self.tr("Mentees at &once"), f.number("capacity", 1, 10))
        return section

    def _motivation(self) -> FormSection:
        section = FormSection(self.tr("Motivation and qualities"))
        f = self.fields
        self._row(section, self.tr("&Motivation"), f.text("motivation"))
        self._row(section, self.tr("&Qualities"), f.text("qualities", lines=2))
        self._row(section, self.tr("&Interests"), f.line("interests"))
        return section

    def _profile(self) -> FormSection:
        section = FormSection(self.tr("Short profile for the mentee"))
        text = self.fields.text(
            "short_profile",
            lines=5,
            placeholder=self.tr(
                "A few sentences in the mentor's own voice: work, experience, what they offer."
            ),
        )
        self._row(section, self.tr("Short p&rofile"), text)
        self.preview = ProfilePreview(section)
        section.add_wide(self.preview)
        return section

    def _cv(self, panel: QWidget) -> FormSection:
        section = FormSection(self.tr("CV"))
        self._row(section, self.tr("CV"), panel)
        return section

    def _interview(self, mentee: bool) -> FormSection:
        section = FormSection(self.tr("Interview and consent"))
        f = self.fields
        self._row(section, self.tr("In&take date"), f.date("intake_on"))
        staff = self._lists.staff
        self._row(section, self.tr("Interviewed by"), self._list_choice("interviewer", staff))
        self._row(section, self.tr("Coach"), self._list_choice("coach", staff))
        info = f.optional_date("info_session_on", self.tr("attended on"))
        self._row(section, self.tr("Info session"), info)
        if mentee:
            partners = self._list_choice("referral_partner", self._lists.referral_partners)
            self._row(section, self.tr("Referred by"), partners)
            self._row(section, self.tr("Contact person"), f.line("referral_contact"))
        else:
            training = f.optional_date("training_on", self.tr("attended on"))
            self._row(section, self.tr("Mentor training"), training)
        consents = ConsentBoxes(self._lists.consent_purposes, CONSENT_TEXT_VERSION)
        self.fields.bind(
            "consents", consents, consents.purposes, consents.set_purposes, consents.changed
        )
        self._row(section, self.tr("Consent"), consents)
        return section

    # --- values -----------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """Every value of the form."""
        return self.fields.values()

    def set_values(self, values: dict[str, object]) -> None:
        """Fill the form (not counted as typing)."""
        self.fields.set_values(values)
        self._update_preview()

    def field(self, key: str) -> QWidget:
        """The widget of one value."""
        return self.rows[key].field

    def _update_preview(self) -> None:
        if self.preview is not None:
            self.preview.show_view(mentee_view(self.values()))

    # --- findings ---------------------------------------------------------------------------

    def show_findings(self, findings: list[Finding], *, with_errors: bool) -> None:
        """Hints beside the fields; blocking errors too once a save was tried."""
        for row in self.rows.values():
            row.clear()
        for finding in findings:
            row = self.rows.get(finding.field)
            if row is None:
                continue
            if finding.blocking and with_errors:
                row.show_error(self.finding_text(finding))
            elif not finding.blocking:
                row.show_hint(self.finding_text(finding))

    def finding_text(self, finding: Finding) -> str:
        """A finding in words."""
        texts = {
            Check.GIVEN_NAME_MISSING: self.tr("Required: an intake is saved with a given name."),
            Check.ROLE_MISSING: self.tr("Choose whether this is a mentee or a mentor."),
            Check.YEAR_OF_BIRTH_UNLIKELY: self.tr("Unusual year of birth: expected {low}–{high}."),
            Check.POSTCODE_NOT_BELGIAN: self.tr("Not a Belgian postcode (1000–9999)."),
            Check.ARRIVAL_BEFORE_BIRTH: self.tr("Arrival before the year of birth ({born})."),
            Check.ARRIVAL_IN_FUTURE: self.tr("Arrival after this year ({year})."),
            Check.PHONE_INVALID: self.tr("Not a valid phone number (from abroad: +country code)."),
            Check.EMAIL_SHAPE: self.tr("Not an e-mail address (name@example.org)."),
            Check.MENTOR_EXPERIENCE_SHORT: self.tr(
                "Mentors usually have {minimum} years of experience or more."
            ),
        }
        return texts[finding.check].format(**finding.params)
