"""What the codes of a case file mean on paper: staff and people by name, list entries by
their label, countries and languages in the document's language.

The caller (a workflow) reads staff, people and lists from the programme once and hands them
over as plain mappings, so printing never opens a programme file:

    labels = CaseLabels(staff={"…id…": "Fatoumata Diallo"}, lists={"sectors": {"F": "…"}})
    labels.label("sectors", "F")          # the coordinator's label, as stored
    country_name("SY", "fr")              # "Syrie"
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

import pycountry

# "Modern Greek (1453-)", "Swahili (macrolanguage)": the qualifier helps no reader.
_QUALIFIER = re.compile(r"\s*\((?:[^)]*\d[^)]*|macrolanguage|macrolangue|macrotaal)\)$")


@dataclass(frozen=True)
class CaseLabels:
    """Names and labels resolved by the caller: staff by id (with their e-mail, for a
    letter's contact line), other participants by id (a mentee's mentors: their name only),
    and the coordinator's lists (list name → code → label)."""

    staff: Mapping[str, str] = field(default_factory=dict)
    staff_emails: Mapping[str, str] = field(default_factory=dict)
    people: Mapping[str, str] = field(default_factory=dict)
    lists: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    def staff_name(self, staff_id: str) -> str:
        """A staff member's name; "" when unknown or not given."""
        return self.staff.get(staff_id, "") if staff_id else ""

    def person(self, participant_id: str) -> str:
        """Another participant's name; "" when erased or unknown."""
        return self.people.get(participant_id, "")

    def label(self, list_name: str, code: str) -> str:
        """The label of a list entry, as the coordinator typed it; a code no longer in the
        list (or free text) prints as written."""
        return self.lists.get(list_name, {}).get(code, code)


@cache
def _translation(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


@cache
def country_name(code: str, language: str) -> str:
    """An ISO 3166 country named in `language` ("" for none; an unknown code as written)."""
    country = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if country is None:
        return code
    name = getattr(country, "common_name", country.name)
    return _translation("iso3166-1", language).gettext(name)


@cache
def language_name(code: str, language: str) -> str:
    """An ISO 639 language named in `language` ("" for none; an unknown code as written)."""
    if not code:
        return ""
    key = "alpha_2" if len(code) == 2 else "alpha_3"
    found = pycountry.languages.get(**{key: code.lower()})
    if found is None:
        return code
    return _QUALIFIER.sub("", _translation("iso639-3", language).gettext(found.name))
