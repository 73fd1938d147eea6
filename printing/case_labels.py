"""What the codes of a case file mean on paper: staff and people by name, list entries by
their label, countries and languages in the document's language.

The caller (a workflow) reads staff, people and lists from the programme once and hands them
over as plain mappings, so printing never opens a programme file:

    labels = CaseLabels(staff={"…id…": "Fatoumata Diallo"}, lists={"sectors": {"F": "…"}})
    labels.label("sectors", "F")          # the coordinator's label, as stored
    country_name("SY", "fr")              # "Syrie"
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

# Countries and languages in a document's language (the same names as on screen).
from storage.iso_names import country_name as country_name
from storage.iso_names import language_name as language_name


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
