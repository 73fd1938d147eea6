"""The profile part of a case view: the intake, grouped as the interview asks it, in words.

Every field of the participant's role has its place, filled or not ("—"), so a coach finds
a field where it always is and sees at once what was not asked yet. A mentor's short profile
comes first, framed as the mentee will read it: it is all the mentee ever sees of a mentor.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from desktop.labels import availability_slots, level_label, right_to_work_label
from desktop.screens.case_words import (
    CaseWords,
    country_name,
    day_text,
    field_labels,
    language_name,
)
from desktop.screens.intake_choices import (
    domain_labels,
    gender_choices,
    preferred_age_choices,
    preferred_gender_choices,
)
from storage.cases import CaseFile
from storage.records import Participant, Role

EMPTY = "—"
_MAX_LABEL_WIDTH = 260  # pixels: a longer label wraps rather than squeeze the values


translate = QCoreApplication.translate


@dataclass(frozen=True)
class ProfileGroup:
    """A titled group of (label, value) rows; a value of "" is shown as not filled in."""

    title: str
    rows: list[tuple[str, str]]


def _flag(value: bool | None) -> str:
    return (
        {True: translate("CaseProfile", "Yes"), False: translate("CaseProfile", "No")}.get(
            value, ""
        )
        if value is not None
        else ""
    )


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


class _Reader:
    """Turns one case file into profile groups."""

    def __init__(self, case: CaseFile, words: CaseWords) -> None:
        self.case = case
        self.person: Participant = case.participant
        self.words = words
        self.labels = field_labels()

    def row(self, name: str, text: str | None = None) -> tuple[str, str]:
        value = getattr(self.person, name)
        return self.labels[name], text if text is not None else str(value or "")

    def rows(self, *names: str) -> list[tuple[str, str]]:
        return [self.row(name) for name in names]

    def place(self) -> tuple[str, str]:
        person = self.person
        if person.municipality and person.postcode:
            text = translate("CaseProfile", "{municipality} ({postcode})").format(
                municipality=person.municipality, postcode=person.postcode
            )
        else:
            text = person.municipality or person.postcode
        return translate("CaseProfile", "Municipality and postcode"), text

    def identity(self) -> ProfileGroup:
        genders = dict(gender_choices())
        return ProfileGroup(
            translate("CaseProfile", "Identity and contact"),
            [
                *self.rows("given_name", "family_name"),
                self.row("year_of_birth", _number(self.person.year_of_birth)),
                self.row("gender", genders.get(self.person.gender, self.person.gender)),
                *self.rows("phone", "email"),
                self.place(),
                *(self.rows("mobility") if self.person.role is Role.MENTEE else []),
            ],
        )

    def job_targets(self, label: str) -> tuple[str, str]:
        lines = []
        for target in self.case.job_targets:
            parts = [
                self.words.label("occupations", target.occupation),
                self.words.label("sectors", target.sector),
                target.description,
            ]
            lines.append(" · ".join(part for part in parts if part))
        return label, "\n".join(lines)

    def languages(self) -> tuple[str, str]:
        lines = [
            translate("CaseProfile", "{language}: {level}").format(
                language=language_name(skill.language), level=level_label(skill.level)
            )
            if skill.level
            else language_name(skill.language)
            for skill in self.case.languages
        ]
        return translate("CaseProfile", "Languages"), "\n".join(lines)

    def availability(self) -> tuple[str, str]:
        slots = dict(availability_slots())
        chosen = [slots.get(code, code) for code in self.person.availability]
        return self.labels["availability"], ", ".join(chosen)

    def origin(self) -> ProfileGroup:
        person = self.person
        return ProfileGroup(
            translate("CaseProfile", "Origin and right to work"),
            [
                self.row("country_of_origin", country_name(person.country_of_origin)),
                self.row("arrival_year", _number(person.arrival_year)),
                self.row("right_to_work", right_to_work_label(person.right_to_work)),
            ],
        )

    def diploma(self) -> ProfileGroup:
        person = self.person
        return ProfileGroup(
            translate("CaseProfile", "Diploma and experience"),
            [
                self.row("diploma_level", self.words.label("diploma_levels", person.diploma_level)),
                self.row("diploma_field"),
                self.row("diploma_country", country_name(person.diploma_country)),
                self.row("diploma_recognised", _flag(person.diploma_recognised)),
                self.row("experience_years", _number(person.experience_years)),
                self.row("experience_summary"),
            ],
        )

    def assessment(self) -> ProfileGroup:
        person = self.person
        domains = domain_labels()
        needs = [
            translate("CaseProfile", "{domain}: {level} of 5").format(
                domain=domains.get(code, code), level=level
            )
            for code, level in person.domain_needs.items()
        ]
        openness = person.openness_to_feedback
        return ProfileGroup(
            translate("CaseProfile", "The coach's assessment"),
            [
                self.row("motivation"),
                self.row(
                    "openness_to_feedback",
                    translate("CaseProfile", "{level} of 5").format(level=openness)
                    if openness
                    else "",
                ),
                self.row("actively_searching", _flag(person.actively_searching)),
                self.row("domain_needs", "\n".join(needs)),
            ],
        )

    def preferences(self) -> ProfileGroup:
        preferred = dict(preferred_gender_choices())
        gender = self.person.preferred_mentor_gender
        ages = dict(preferred_age_choices())
        age = self.person.preferred_mentor_age
        return ProfileGroup(
            translate("CaseProfile", "Preferences and needs"),
            [
                self.row("preferences"),
                self.row("preferred_mentor_gender", preferred.get(gender, gender)),
                self.row("preferred_mentor_age", ages.get(age, age)),
                *self.rows("specific_needs", "interests"),
            ],
        )

    def referral(self) -> ProfileGroup:
        partner = self.words.label("referral_partners", self.person.referral_partner)
        return ProfileGroup(
            translate("CaseProfile", "Referral"),
            [self.row("referral_partner", partner), self.row("referral_contact")],
        )

    def intake(self) -> ProfileGroup:
        person = self.person
        rows = [self.row("info_session_on", day_text(person.info_session_on))]
        if person.role is Role.MENTOR:
            rows.append(self.row("training_on", day_text(person.training_on)))
        rows += [
            self.row("intake_on", day_text(person.intake_on)),
            self.row("interviewer", self._staff(person.interviewer)),
            self.row("coach", self._staff(person.coach)),
        ]
        return ProfileGroup(translate("CaseProfile", "Intake"), rows)

    def _staff(self, staff_id: str) -> str:
        return self.words.staff_name(staff_id) if staff_id else ""

    def work(self) -> ProfileGroup:
        person = self.person
        return ProfileGroup(
            translate("CaseProfile", "Work"),
            [
                *self.rows("employer", "job_title"),
                self.job_targets(translate("CaseProfile", "Sector and occupation")),
                self.row("generalist", _flag(person.generalist)),
                self.row("experience_years", _number(person.experience_years)),
                self.row("experience_summary"),
                self.row("capacity", _number(person.capacity)),
                self.row("linkedin"),
            ],
        )


def profile_groups(case: CaseFile, words: CaseWords) -> list[ProfileGroup]:
    """The profile of a mentee or a mentor, group by group, in the order of the intake."""
    reader = _Reader(case, words)
    if case.participant.role is Role.MENTOR:
        return [
            reader.identity(),
            reader.work(),
            ProfileGroup(
                translate("CaseProfile", "Languages and availability"),
                [reader.languages(), reader.availability()],
            ),
            ProfileGroup(
                translate("CaseProfile", "Motivation and qualities"),
                reader.rows("motivation", "qualities", "interests"),
            ),
            reader.intake(),
        ]
    return [
        reader.identity(),
        ProfileGroup(
            translate("CaseProfile", "Job target"),
            [reader.job_targets(translate("CaseProfile", "Occupation and sector"))],
        ),
        reader.origin(),
        reader.diploma(),
        ProfileGroup(
            translate("CaseProfile", "Languages and availability"),
            [reader.languages(), reader.availability()],
        ),
        reader.assessment(),
        reader.preferences(),
        reader.referral(),
        reader.intake(),
    ]


def _cell(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _short_profile_html(text: str, border: str) -> str:
    if text:
        shown = _cell(text)
    else:
        missing = translate(
            "CaseProfile",
            "Not written yet: the mentee learns nothing about this mentor until it is "
            "(Edit intake).",
        )
        shown = f"<i>{_cell(missing)}</i>"
    title = _cell(translate("CaseProfile", "Short profile, as the mentee will see it"))
    return (
        f"<p><b>{title}</b></p><table width='100%' border='1' cellspacing='0' "
        f"cellpadding='10' style='border-color:{border}; border-style:solid'>"
        f"<tr><td>{shown}</td></tr></table>"
    )


def _group_html(group: ProfileGroup, muted: str, band: str, label_width: int) -> str:
    empty = f"<span style='color:{muted}'>{EMPTY}</span>"
    rows = "".join(
        f"<tr><td width='{label_width}' style='color:{muted}'>{_cell(label)}</td>"
        f"<td>{_cell(value) if value else empty}</td></tr>"
        for label, value in group.rows
    )
    return (
        "<table width='100%' cellspacing='0' cellpadding='3' style='margin-top:12px'>"
        f"<tr><td colspan='2' style='background-color:{band}'><b>{_cell(group.title)}</b>"
        f"</td></tr>{rows}</table>"
    )


def quiet_colour(palette: QPalette) -> str:
    """The text colour moved 40% of the way to the background: quieter, still readable
    (about 5.7:1 for black on white), in light and dark themes alike."""
    text = palette.color(QPalette.ColorRole.Text)
    base = palette.color(QPalette.ColorRole.Base)
    mixed = [
        round(a + (b - a) * 0.4) for a, b in zip(text.getRgb()[:3], base.getRgb()[:3], strict=True)
    ]
    return QColor(*mixed).name()


def profile_html(
    groups: list[ProfileGroup], short_profile: str | None, palette: QPalette, label_width: int
) -> str:
    """The profile as one rich text: a table per group, the labels in one aligned column
    `label_width` pixels wide, an empty value as a quiet "—"; everything typed is escaped.
    `short_profile` is a mentor's (None for a mentee)."""
    muted = quiet_colour(palette)
    band = palette.color(QPalette.ColorRole.AlternateBase).name()
    parts = []
    if short_profile is not None:
        parts.append(_short_profile_html(short_profile, muted))
    parts.extend(_group_html(group, muted, band, label_width) for group in groups)
    return "".join(parts)


class ProfileView(QTextBrowser):
    """The participant's intake in groups: one text that wraps, scrolls, and can be copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(translate("CaseProfile", "Profile"))

    def show_case(self, case: CaseFile, words: CaseWords) -> None:
        """Show a case file's profile, keeping the place it was scrolled to."""
        groups = profile_groups(case, words)
        person = case.participant
        short_profile = person.short_profile if person.role is Role.MENTOR else None
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(label) for g in groups for label, _ in g.rows)
        scrolled = self.verticalScrollBar().value()
        self.setHtml(
            profile_html(groups, short_profile, self.palette(), min(widest + 16, _MAX_LABEL_WIDTH))
        )
        self.verticalScrollBar().setValue(scrolled)
