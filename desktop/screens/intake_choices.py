"""The choices offered by the intake form: countries, languages, lists, staff, scales.

Countries and languages are ISO 3166 and ISO 639 codes named in the interface's language
(`storage.iso_names`, from the Unicode CLDR), so nobody maintains them by hand; sectors,
occupations and the other lists are the programme's own, edited by the coordinator.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from desktop.i18n import current_language
from desktop.labels import CEFR_LEVELS, level_label
from storage import iso_names
from storage.records import ListItem, StaffMember

Choices = list[tuple[str, str]]
# The languages of Belgium and English first: they are asked about in every intake.
FIRST_LANGUAGES = ("nl", "fr", "en", "de")


translate = QCoreApplication.translate


def country_choices() -> Choices:
    """Every country by its ISO 3166-1 alpha-2 code, named in the interface's language and
    sorted with accents ignored ("Égypte" among the E's)."""
    return list(iso_names.countries(current_language()))


def language_choices() -> Choices:
    """Every language with a two-letter ISO 639-1 code, Belgium's and English first."""
    every = iso_names.languages(current_language())
    named = dict(every)
    first = [(code, named[code]) for code in FIRST_LANGUAGES if code in named]
    return first + [choice for choice in every if choice[0] not in FIRST_LANGUAGES]


def level_choices() -> Choices:
    """The CEFR levels and "native speaker"."""
    return [(level, level_label(level)) for level in CEFR_LEVELS]


@dataclass(frozen=True)
class ListChoices:
    """The entries a list offers, and those retired: no longer offered, but still shown by
    their label where a participant already has them."""

    offered: Choices
    retired: Choices = field(default_factory=list)


def list_choices(items: list[ListItem]) -> ListChoices:
    """The entries of a coordinator's list, in its order."""
    return ListChoices(
        offered=[(item.code, item.label) for item in items if item.active],
        retired=[(item.code, item.label) for item in items if not item.active],
    )


def staff_choices(staff: list[StaffMember]) -> ListChoices:
    """Active staff members, and those who left."""
    return ListChoices(
        offered=[(member.id, member.name) for member in staff if member.active],
        retired=[(member.id, member.name) for member in staff if not member.active],
    )


def gender_choices() -> Choices:
    """A participant's gender, when it is recorded at all."""
    return [
        ("female", translate("IntakeChoices", "Woman")),
        ("male", translate("IntakeChoices", "Man")),
        ("other", translate("IntakeChoices", "Other / non-binary")),
    ]


def preferred_gender_choices() -> Choices:
    """A mentee's stated preference for the mentor's gender."""
    return [
        ("female", translate("IntakeChoices", "A woman")),
        ("male", translate("IntakeChoices", "A man")),
    ]


def preferred_age_choices() -> Choices:
    """A mentee's stated preference for the mentor's age, by the bands matching compares."""
    return [
        ("under-35", translate("IntakeChoices", "Under 35")),
        ("35-50", translate("IntakeChoices", "35 to 50")),
        ("over-50", translate("IntakeChoices", "Over 50")),
    ]


def openness_choices() -> Choices:
    """The coach's assessment of openness to feedback, 1-5."""
    return [
        ("1", translate("IntakeChoices", "1 – closed to feedback")),
        ("2", "2"),
        ("3", "3"),
        ("4", "4"),
        ("5", translate("IntakeChoices", "5 – very open to feedback")),
    ]


def need_choices() -> Choices:
    """A self-assessed need for help in one domain, 1-5."""
    return [
        ("1", translate("IntakeChoices", "1 – no help needed")),
        ("2", "2"),
        ("3", "3"),
        ("4", "4"),
        ("5", translate("IntakeChoices", "5 – much help needed")),
    ]


def domain_labels() -> dict[str, str]:
    """The six domains of mentoring, by the codes the workflow stores."""
    return {
        "skills": translate("IntakeChoices", "Skills, talents and aspirations"),
        "cv": translate("IntakeChoices", "CV"),
        "letter": translate("IntakeChoices", "Motivation and cover letter"),
        "networking": translate("IntakeChoices", "Personal branding and networking"),
        "vacancies": translate("IntakeChoices", "Finding vacancies"),
        "interview": translate("IntakeChoices", "Preparing for a job interview"),
    }
