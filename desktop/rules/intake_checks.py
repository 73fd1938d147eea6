"""What to check in an intake form: the few things that block a save, and plausibility hints.

A coach types while the candidate talks, so almost nothing blocks: only a missing given name
(or a form without a role) stops a save. Everything else is a hint shown beside the field — an
unusual year of birth, a postcode that is not Belgian, a phone number that does not exist —
because the coach may know better (a candidate living just across the border, say).

Findings carry a code and parameters, not sentences: the screen words them in the user's
language. No Qt here, so the rules are tested without a QApplication.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

import phonenumbers

from storage.records import Role

DEFAULT_PHONE_REGION = "BE"
OLDEST_YEAR_OF_BIRTH = 1930
YOUNGEST_AGE = 16
MIN_MENTOR_EXPERIENCE_YEARS = 2  # domain.md: at least 2 years of relevant experience
BELGIAN_POSTCODES = range(1000, 10000)
# A plausible address: something, one @, a domain with a dot. Whether it exists is the mail
# server's business; this only catches typing slips such as a missing @ or a space.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")


class Check(StrEnum):
    """What a finding is about."""

    GIVEN_NAME_MISSING = "given-name-missing"
    ROLE_MISSING = "role-missing"
    YEAR_OF_BIRTH_UNLIKELY = "year-of-birth-unlikely"
    POSTCODE_NOT_BELGIAN = "postcode-not-belgian"
    ARRIVAL_BEFORE_BIRTH = "arrival-before-birth"
    ARRIVAL_IN_FUTURE = "arrival-in-future"
    PHONE_INVALID = "phone-invalid"
    EMAIL_SHAPE = "email-shape"
    MENTOR_EXPERIENCE_SHORT = "mentor-experience-short"


BLOCKING = frozenset({Check.GIVEN_NAME_MISSING, Check.ROLE_MISSING})


@dataclass(frozen=True)
class Finding:
    """One problem with one field of the form."""

    field: str  # the form value it is about, e.g. "year_of_birth"
    check: Check
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        """True when the form cannot be saved until this is fixed."""
        return self.check in BLOCKING


def international_phone(text: str, region: str = DEFAULT_PHONE_REGION) -> str | None:
    """The number written the international way ("+32 470 12 34 56"), or None if it is
    not a valid phone number. A number without a country code is read as Belgian."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def year_of_birth_range(today: date) -> tuple[int, int]:
    """The years of birth that need no second look."""
    return OLDEST_YEAR_OF_BIRTH, today.year - YOUNGEST_AGE


def check_required(values: Mapping[str, Any], role: Role | None) -> list[Finding]:
    """The findings that block a save."""
    findings = []
    if role not in (Role.MENTEE, Role.MENTOR):
        findings.append(Finding("role", Check.ROLE_MISSING))
    if not str(values.get("given_name") or "").strip():
        findings.append(Finding("given_name", Check.GIVEN_NAME_MISSING))
    return findings


def check_plausibility(values: Mapping[str, Any], role: Role | None, today: date) -> list[Finding]:
    """Hints about values that look wrong; none of them blocks a save."""
    findings: list[Finding] = []
    born = values.get("year_of_birth")
    low, high = year_of_birth_range(today)
    if isinstance(born, int) and not low <= born <= high:
        findings.append(
            Finding("year_of_birth", Check.YEAR_OF_BIRTH_UNLIKELY, {"low": low, "high": high})
        )

    postcode = str(values.get("postcode") or "").strip()
    if postcode and not (postcode.isdigit() and int(postcode) in BELGIAN_POSTCODES):
        findings.append(Finding("postcode", Check.POSTCODE_NOT_BELGIAN))

    arrived = values.get("arrival_year")
    if role is Role.MENTEE and isinstance(arrived, int):
        if arrived > today.year:
            findings.append(Finding("arrival_year", Check.ARRIVAL_IN_FUTURE, {"year": today.year}))
        elif isinstance(born, int) and arrived < born:
            findings.append(Finding("arrival_year", Check.ARRIVAL_BEFORE_BIRTH, {"born": born}))

    phone = str(values.get("phone") or "").strip()
    if phone and international_phone(phone) is None:
        findings.append(Finding("phone", Check.PHONE_INVALID))

    email = str(values.get("email") or "").strip()
    if email and not _EMAIL.match(email):
        findings.append(Finding("email", Check.EMAIL_SHAPE))

    experience = values.get("experience_years")
    if (
        role is Role.MENTOR
        and isinstance(experience, int)
        and experience < MIN_MENTOR_EXPERIENCE_YEARS
    ):
        findings.append(
            Finding(
                "experience_years",
                Check.MENTOR_EXPERIENCE_SHORT,
                {"minimum": MIN_MENTOR_EXPERIENCE_YEARS},
            )
        )
    return findings


def check_intake(values: Mapping[str, Any], role: Role | None, today: date) -> list[Finding]:
    """Every finding about a form: blocking ones first."""
    return check_required(values, role) + check_plausibility(values, role, today)
