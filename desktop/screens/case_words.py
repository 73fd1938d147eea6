"""What the codes of a case file mean, in words: staff names, list labels, countries,
languages, field names, document kinds, the next step. Read once per case view.

    words = CaseWords.read(programme)
    words.staff_name("…id…")           # "Fatoumata Diallo", or "Duo" for ""
    words.label("contact_channels", "phone")  # "Phone"; an unknown code stays as written
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from desktop.i18n import current_language, shown_list
from desktop.rules.status_path import NextStep
from storage import iso_names
from storage.lists import CASE_LISTS
from storage.programme import Programme

translate = QCoreApplication.translate


@dataclass(frozen=True)
class CaseWords:
    """Staff names and list labels as the programme file has them now."""

    staff: dict[str, str]  # staff id → name
    lists: dict[str, dict[str, str]]  # list name → code → label (retired entries too)
    channels: list[tuple[str, str]] = field(default_factory=list)  # to log a contact with

    @classmethod
    def read(cls, programme: Programme) -> CaseWords:
        """Read the staff and the lists a case view shows."""
        items = {name: shown_list(programme, name) for name in CASE_LISTS}
        return cls(
            staff={member.id: member.name for member in programme.staff()},
            lists={name: {i.code: i.label for i in found} for name, found in items.items()},
            channels=[(i.code, i.label) for i in items["contact_channels"] if i.active],
        )

    def staff_name(self, staff_id: str) -> str:
        """A staff member's name; "Duo" for changes Duo made itself."""
        if not staff_id:
            return translate("CaseWords", "Duo")
        return self.staff.get(staff_id, translate("CaseWords", "(former staff member)"))

    def label(self, list_name: str, code: str) -> str:
        """The label of a code; a code no longer in the list (or free text) as written."""
        return self.lists.get(list_name, {}).get(code, code)


# --- countries and languages, in the interface's language ---------------------------------


def country_name(code: str) -> str:
    """An ISO 3166 country by name (an unknown code stays as written)."""
    return iso_names.country_name(code, current_language())


def language_name(code: str) -> str:
    """An ISO 639 language by name (an unknown code stays as written)."""
    return iso_names.language_name(code, current_language())


def warm_up_names() -> None:
    """Load the names of countries and languages (Babel's locale data). Safe on a worker
    thread, so the first case view opened need not wait for it."""
    country_name("BE")
    language_name("nl")


# --- dates ---------------------------------------------------------------------------------


def day_text(day: date | None) -> str:
    """A date as people read it: "12 Mar 2026" ("" for none)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def moment_text(moment: datetime) -> str:
    """A stored moment (UTC) in this computer's time: "12 Mar 2026 14:05"."""
    local = moment.astimezone()
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(stamp, "d MMM yyyy HH:mm")


# --- fields, kinds, steps ------------------------------------------------------------------


def field_labels() -> dict[str, str]:
    """The participant's fields (and the parts of an intake), as the profile names them."""
    return {
        "role": translate("CaseWords", "Role"),
        "given_name": translate("CaseWords", "Given name"),
        "family_name": translate("CaseWords", "Family name"),
        "email": translate("CaseWords", "E-mail"),
        "phone": translate("CaseWords", "Phone"),
        "year_of_birth": translate("CaseWords", "Year of birth"),
        "gender": translate("CaseWords", "Gender"),
        "municipality": translate("CaseWords", "Municipality"),
        "postcode": translate("CaseWords", "Postcode"),
        "mobility": translate("CaseWords", "Mobility"),
        "country_of_origin": translate("CaseWords", "Country of origin"),
        "arrival_year": translate("CaseWords", "Arrived in Belgium"),
        "right_to_work": translate("CaseWords", "Right to work"),
        "diploma_level": translate("CaseWords", "Diploma level"),
        "diploma_field": translate("CaseWords", "Field of study"),
        "diploma_country": translate("CaseWords", "Diploma from"),
        "diploma_recognised": translate("CaseWords", "Diploma recognised in Belgium"),
        "experience_years": translate("CaseWords", "Years of work experience"),
        "experience_summary": translate("CaseWords", "Work experience"),
        "availability": translate("CaseWords", "Availability"),
        "motivation": translate("CaseWords", "Motivation"),
        "openness_to_feedback": translate("CaseWords", "Openness to feedback"),
        "actively_searching": translate("CaseWords", "Actively searching"),
        "preferences": translate("CaseWords", "Preferences"),
        "preferred_mentor_gender": translate("CaseWords", "Prefers a mentor who is"),
        "preferred_mentor_age": translate("CaseWords", "Prefers a mentor aged"),
        "specific_needs": translate("CaseWords", "Specific needs"),
        "interests": translate("CaseWords", "Interests"),
        "referral_partner": translate("CaseWords", "Referred by"),
        "referral_contact": translate("CaseWords", "Contact person there"),
        "domain_needs": translate("CaseWords", "Needs in the six domains"),
        "employer": translate("CaseWords", "Employer"),
        "job_title": translate("CaseWords", "Job title"),
        "generalist": translate("CaseWords", "Generalist (HR or recruiter)"),
        "capacity": translate("CaseWords", "Mentees at once"),
        "qualities": translate("CaseWords", "Qualities"),
        "short_profile": translate("CaseWords", "Short profile"),
        "linkedin": translate("CaseWords", "LinkedIn or CV link"),
        "info_session_on": translate("CaseWords", "Info session"),
        "training_on": translate("CaseWords", "Mentor training"),
        "intake_on": translate("CaseWords", "Intake interview"),
        "interviewer": translate("CaseWords", "Interviewed by"),
        "coach": translate("CaseWords", "Coach"),
    }


def kind_labels() -> dict[str, str]:
    """The kinds of document a case file keeps."""
    return {
        "cv": translate("CaseWords", "CV"),
        "diploma": translate("CaseWords", "Diploma"),
        "letter": translate("CaseWords", "Letter"),
        "other": translate("CaseWords", "Other document"),
    }


def next_step_label(step: NextStep) -> str:
    """What normally comes next on the path."""
    return {
        NextStep.INTERVIEW: translate("CaseWords", "intake interview"),
        NextStep.SCREENING: translate("CaseWords", "screening decision"),
        NextStep.MATCH_PROPOSAL: translate("CaseWords", "match proposal"),
        NextStep.DUO: translate("CaseWords", "first meeting of the duo"),
        NextStep.ENDING: translate("CaseWords", "end of the duo"),
    }[step]


def size_text(size: int) -> str:
    """A file size people read: "830 KB", "2.4 MB"."""
    if size < 1024 * 1024:
        return translate("CaseWords", "{size} KB").format(size=max(1, round(size / 1024)))
    return translate("CaseWords", "{size} MB").format(
        size=QLocale().toString(size / (1024 * 1024), "f", 1)
    )
