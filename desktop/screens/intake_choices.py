"""The choices offered by the intake form: countries, languages, lists, staff, scales.

Countries and languages come from pycountry (ISO 3166 and ISO 639, with their translations),
so nobody maintains them by hand; sectors, occupations and the other lists are the
programme's own, edited by the coordinator.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass, field
from functools import cache

import pycountry
from PySide6.QtCore import QCoreApplication, QLocale

from desktop.labels import CEFR_LEVELS, level_label
from storage.records import ListItem, StaffMember

Choices = list[tuple[str, str]]
# The languages of Belgium and English first: they are asked about in every intake.
FIRST_LANGUAGES = ("nl", "fr", "en", "de")
# "Modern Greek (1453-)", "Swahili (macrolanguage)": the qualifier helps no coach.
_QUALIFIER = re.compile(r"\s*\((?:[^)]*\d[^)]*|macrolanguage)\)$")


translate = QCoreApplication.translate


def _language_code() -> str:
    return QLocale().name().split("_")[0]


@cache
def _translation(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


def country_choices() -> Choices:
    """Every country by its ISO 3166-1 alpha-2 code, named in the user's language."""
    names = _translation("iso3166-1", _language_code())
    choices = [
        (country.alpha_2, names.gettext(getattr(country, "common_name", country.name)))
        for country in pycountry.countries
    ]
    return sorted(choices, key=lambda choice: choice[1].casefold())


def language_choices() -> Choices:
    """Every language with a two-letter ISO 639-1 code, Belgium's and English first."""
    names = _translation("iso639-3", _language_code())
    choices = {
        language.alpha_2: _QUALIFIER.sub("", names.gettext(language.name))
        for language in pycountry.languages
        if hasattr(language, "alpha_2")
    }
    first = [(code, choices[code]) for code in FIRST_LANGUAGES if code in choices]
    rest = sorted(
        ((code, name) for code, name in choices.items() if code not in FIRST_LANGUAGES),
        key=lambda choice: choice[1].casefold(),
    )
    return first + rest


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
