"""Reading one spreadsheet cell as a participant's value: years, dates, countries, languages…

Each reader returns the value, or a `Problem` whose reason a coordinator understands and
which may quote the cell ("the year of birth '19xx' is not a year"). Problems are values,
not exceptions, so a cell's content can never travel into a traceback or a log.

A reason is a whole clause marked for Qt's translation tool (context "ImportProblem"), the
cell and any number its parameters, so the import screens show it in the interface's
language (`desktop.models.import_tables.problem_text`); each field has sentences of its own
("the year of birth …", "the arrival year …") rather than a field name slotted into one.

Countries and languages are found by ISO code or by name in English, Dutch or French
(pycountry's names and its Dutch and French translations), ignoring case and accents.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

import phonenumbers
import pycountry

from storage import import_words as words
from storage.errors import QT_TRANSLATE_NOOP
from storage.folding import fold
from storage.import_read import Cell, cell_text
from storage.lists import default_labels
from storage.records import ListItem, Role, Status


class Problem:
    """Why a cell (or a row) cannot be imported, in words for the coordinator.

    `template` is an English clause marked with QT_TRANSLATE_NOOP("ImportProblem", …);
    `params` fill its placeholders, all of them text (a year or a row number is written as
    it is, never with a thousands separator); `reason` is the English text.
    """

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: str) -> None:
        self.template = template
        self.params: dict[str, str] = params

    @property
    def reason(self) -> str:
        """The English text, its parameters filled in."""
        return self.template.format_map(self.params) if self.params else self.template

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.template, self.params) == (other.template, other.params)

    def __hash__(self) -> int:
        return hash((self.template, tuple(sorted(self.params.items()))))

    def __repr__(self) -> str:
        return f"Problem({self.reason!r})"


def shortened(value: Cell) -> str:
    """A cell as quoted inside a reason (the quotes are the template's), shortened if long."""
    text = cell_text(value).replace("\n", " ")
    return f"{text[:40]}…" if len(text) > 40 else text


def key(text: str) -> str:
    """Letters and digits only, folded: "E-mail", "e mail" and "EMAIL" are the same key."""
    return "".join(char for char in fold(text) if char.isalnum())


def text(value: Cell) -> str:
    """A free-text cell."""
    return cell_text(value).strip()


def _table(groups: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {key(word): value for value, names in groups.items() for word in names}


_ROLES = _table(words.ROLES)
_STATUSES = _table(words.STATUSES)
_GENDERS = _table(words.GENDERS)
_DAYS = _table(words.DAYS)
_PARTS = _table(words.DAY_PARTS)
_NATIVE = {key(word) for word in words.NATIVE}
_AMBIGUOUS_COUNTRIES = {key(name): codes for name, codes in words.AMBIGUOUS_COUNTRIES.items()}


# --- role, status, gender -------------------------------------------------------------------


def role(value: Cell) -> Role | Problem:
    """Mentee or mentor, in English, Dutch or French."""
    found = _ROLES.get(key(text(value)))
    if found is None:
        return Problem(
            QT_TRANSLATE_NOOP("ImportProblem", "the role '{value}' is neither mentee nor mentor"),
            value=shortened(value),
        )
    return Role(found)


def status(value: Cell) -> Status | Problem:
    """Where the participant stands; a duo cannot be imported, only made in Duo."""
    code = _STATUSES.get(key(text(value)))
    if code is None:
        return Problem(
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "the status '{value}' is not one Duo knows (registered, interviewed, "
                "accepted, refused, referred, ended or withdrawn)",
            ),
            value=shortened(value),
        )
    found = Status(code)
    if found in (Status.MATCHING, Status.IN_DUO):
        return Problem(
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "the status '{value}' needs a duo, which is made in Duo itself: import "
                "the participant as 'accepted' and record the duo in Duo",
            ),
            value=shortened(value),
        )
    return found


def gender(value: Cell) -> str | Problem:
    """Stored as "female", "male" or "other"."""
    found = _GENDERS.get(key(text(value)))
    if found is None:
        return Problem(
            QT_TRANSLATE_NOOP("ImportProblem", "the gender '{value}' is not female, male or other"),
            value=shortened(value),
        )
    return found


# --- numbers and dates --------------------------------------------------------------------

_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$")

# The sentences of each date, year and number field: a field's name is never slotted into
# a shared sentence, since other languages would have to bend it.
_NOT_IN_CALENDAR = {
    "intake_date": QT_TRANSLATE_NOOP(
        "ImportProblem", "the intake date '{value}' is not a date in the calendar"
    ),
    "status_since": QT_TRANSLATE_NOOP(
        "ImportProblem", "the status date '{value}' is not a date in the calendar"
    ),
}
_NOT_A_DATE = {
    "intake_date": QT_TRANSLATE_NOOP(
        "ImportProblem", "the intake date '{value}' is not a date (write it as 31/12/2024)"
    ),
    "status_since": QT_TRANSLATE_NOOP(
        "ImportProblem", "the status date '{value}' is not a date (write it as 31/12/2024)"
    ),
}
_NOT_A_YEAR = {
    "year_of_birth": QT_TRANSLATE_NOOP(
        "ImportProblem", "the year of birth '{value}' is not a year"
    ),
    "arrival_year": QT_TRANSLATE_NOOP("ImportProblem", "the arrival year '{value}' is not a year"),
}
_NOT_A_NUMBER = {
    "capacity": QT_TRANSLATE_NOOP("ImportProblem", "the capacity '{value}' is not a whole number"),
}
_YEAR_NOT_BETWEEN = {
    "year_of_birth": QT_TRANSLATE_NOOP(
        "ImportProblem", "the year of birth '{value}' is not between {earliest} and {latest}"
    ),
    "arrival_year": QT_TRANSLATE_NOOP(
        "ImportProblem", "the arrival year '{value}' is not between {earliest} and {latest}"
    ),
}
_NUMBER_NOT_BETWEEN = {
    "capacity": QT_TRANSLATE_NOOP(
        "ImportProblem", "the capacity '{value}' is not between {smallest} and {largest}"
    ),
}


def _written_date(value: Cell) -> date | None:
    """The date a cell holds; None when it is not written as a date, `ValueError` when it
    is written as one that is not in the calendar (31/02/2024)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    written = text(value)
    if match := _ISO_DATE.match(written):
        return date(int(match[1]), int(match[2]), int(match[3]))
    if match := _DATE.match(written):
        # Belgian order: day first.
        return date(int(match[3]), int(match[2]), int(match[1]))
    return None


def a_date(value: Cell, field: str) -> date | Problem:
    """A date from a spreadsheet date, YYYY-MM-DD, or DD/MM/YYYY (also with '-' or '.');
    `field` is "intake_date" or "status_since"."""
    try:
        found = _written_date(value)
    except ValueError:
        return Problem(_NOT_IN_CALENDAR[field], value=shortened(value))
    if found is None:
        return Problem(_NOT_A_DATE[field], value=shortened(value))
    return found


def year(value: Cell, field: str, earliest: int, latest: int) -> int | Problem:
    """A year between `earliest` and `latest`; a whole date gives its year. `field` is
    "year_of_birth" or "arrival_year"."""
    if isinstance(value, date):
        found = value.year
    elif isinstance(value, int):
        found = value
    else:
        written = text(value)
        if written.isdigit():
            found = int(written)
        else:
            try:
                day = _written_date(value)
            except ValueError:
                day = None
            if day is None:
                return Problem(_NOT_A_YEAR[field], value=shortened(value))
            found = day.year
    if not earliest <= found <= latest:
        return Problem(
            _YEAR_NOT_BETWEEN[field],
            value=shortened(value),
            earliest=str(earliest),
            latest=str(latest),
        )
    return found


def whole_number(value: Cell, field: str, smallest: int, largest: int) -> int | Problem:
    """A whole number in a range; `field` is "capacity"."""
    written = text(value)
    if not written.isdigit():
        return Problem(_NOT_A_NUMBER[field], value=shortened(value))
    number = int(written)
    if not smallest <= number <= largest:
        return Problem(
            _NUMBER_NOT_BETWEEN[field],
            value=shortened(value),
            smallest=str(smallest),
            largest=str(largest),
        )
    return number


# --- contact ----------------------------------------------------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


def email(value: Cell) -> str | Problem:
    """An e-mail address (a 'mailto:' link is accepted)."""
    written = text(value).removeprefix("mailto:").strip()
    if not _EMAIL.match(written):
        return Problem(
            QT_TRANSLATE_NOOP(
                "ImportProblem", "the e-mail address '{value}' is not an e-mail address"
            ),
            value=shortened(value),
        )
    return written


def phone(value: Cell) -> str | Problem:
    """A phone number, Belgian unless it starts with a country code; stored as +32 …"""
    written = text(value)
    try:
        number = phonenumbers.parse(written, "BE")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        return Problem(
            QT_TRANSLATE_NOOP("ImportProblem", "the phone number '{value}' is not a phone number"),
            value=shortened(value),
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


# --- countries and languages ------------------------------------------------------------


def _translations(domain: str) -> list[gettext.NullTranslations]:
    return [
        gettext.translation(domain, pycountry.LOCALES_DIR, languages=[code], fallback=True)
        for code in ("nl", "fr")
    ]


def _names_with_reversed_comma(name: str) -> list[str]:
    # "Congo, Democratische Republiek" is also written "Democratische Republiek Congo".
    if ", " in name:
        head, tail = name.split(", ", 1)
        return [name, head, f"{tail} {head}"]
    return [name]


@cache
def _countries() -> dict[str, str]:
    found: dict[str, str] = {}
    translations = _translations("iso3166-1")
    for country in pycountry.countries:
        names = [country.name]
        names += [getattr(country, attr, "") for attr in ("official_name", "common_name")]
        names += [t.gettext(country.name) for t in translations]
        for name in filter(None, names):
            for variant in _names_with_reversed_comma(name):
                found.setdefault(key(variant), country.alpha_2)
    for code, names in words.COUNTRY_NAMES.items():
        for name in names:
            found[key(name)] = code
    for folded in _AMBIGUOUS_COUNTRIES:
        found.pop(folded, None)
    return found


def country(value: Cell) -> str | Problem:
    """An ISO 3166-1 alpha-2 code from a code or a name in English, Dutch or French."""
    written = text(value)
    if len(written) in (2, 3) and written.isalpha():
        attr = "alpha_2" if len(written) == 2 else "alpha_3"
        by_code = pycountry.countries.get(**{attr: written.upper()})
        if by_code is not None:
            return by_code.alpha_2
    folded = key(written)
    if folded in _AMBIGUOUS_COUNTRIES:
        first, second = _AMBIGUOUS_COUNTRIES[folded]
        return Problem(
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "the country of origin '{value}' could be more than one country: write its "
                "code ({first} or {second})",
            ),
            value=shortened(value),
            first=first,
            second=second,
        )
    code = _countries().get(folded)
    if code is None:
        return Problem(
            QT_TRANSLATE_NOOP(
                "ImportProblem", "the country of origin '{value}' is not a country Duo knows"
            ),
            value=shortened(value),
        )
    return code


_CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")
_LEVEL_AT_END = re.compile(
    r"^(?P<name>.+?)[\s(\-=]+(?P<level>[abc][12]|native|native speaker|mother tongue|"
    r"moedertaal|langue maternelle)\)?$",
    re.IGNORECASE,
)


def _language_code(language: pycountry.db.Data) -> str:
    return getattr(language, "alpha_2", None) or language.alpha_3


@cache
def _languages() -> dict[str, str]:
    found: dict[str, str] = {}
    translations = _translations("iso639-3")
    for language in pycountry.languages:
        names = [language.name, getattr(language, "common_name", "")]
        names += [t.gettext(language.name) for t in translations]
        for name in filter(None, names):
            for variant in _names_with_reversed_comma(name):
                found.setdefault(key(variant), _language_code(language))
    for code, names in words.LANGUAGE_NAMES.items():
        for name in names:
            found[key(name)] = code
    return found


def _language(name: str) -> str | None:
    written = name.strip()
    if written.isalpha() and len(written) in (2, 3):
        attr = "alpha_2" if len(written) == 2 else "alpha_3"
        by_code = pycountry.languages.get(**{attr: written.lower()})
        if by_code is not None:
            return _language_code(by_code)
    return _languages().get(key(written))


def _level(written: str) -> str | None:
    cleaned = written.strip().strip("()").strip()
    if not cleaned:
        return ""
    if cleaned.upper() in _CEFR:
        return cleaned.upper()
    return "native" if key(cleaned) in _NATIVE else None


def languages(value: Cell) -> dict[str, str] | Problem:
    """Languages and levels: "nl:B1; en:C1; ar:native" (names or codes; level optional)."""
    found: dict[str, str] = {}
    for entry in filter(None, (part.strip() for part in re.split(r"[;,\n]", text(value)))):
        if ":" in entry:
            name, written_level = entry.split(":", 1)
        elif match := _LEVEL_AT_END.match(entry):
            name, written_level = match["name"], match["level"]
        else:
            name, written_level = entry, ""
        code = _language(name)
        if code is None:
            return Problem(
                QT_TRANSLATE_NOOP(
                    "ImportProblem", "the language '{value}' is not a language Duo knows"
                ),
                value=shortened(name),
            )
        level = _level(written_level)
        if level is None:
            return Problem(
                QT_TRANSLATE_NOOP(
                    "ImportProblem", "the language level '{value}' is not A1 to C2 or 'native'"
                ),
                value=shortened(written_level),
            )
        found.setdefault(code, level)
    return found


# --- availability -----------------------------------------------------------------------

_WEEKEND = ("sat", "sun")


def availability(value: Cell) -> list[str] | Problem:
    """Slot codes ("mon-evening", "sat") from codes or day names in English, Dutch, French.

    A weekday without a part of the day means both its daytime and its evening.
    """
    slots: list[str] = []
    for entry in filter(None, (part.strip() for part in re.split(r"[;,\n]", text(value)))):
        words = [key(word) for word in re.split(r"[\s\-_/]+", entry) if key(word)]
        day = _DAYS.get(words[0]) if words else None
        # The rest names the part of the day; "après-midi" was split above, so join it again.
        rest = "".join(words[1:])
        part = _PARTS.get(rest) if rest else None
        if day is None or (rest and part is None):
            return Problem(
                QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "the availability '{value}' is not a day with an optional part of the day "
                    "(write for example 'mon-evening; sat')",
                ),
                value=shortened(entry),
            )
        if day in _WEEKEND:
            new = [day]
        elif part is not None:
            new = [f"{day}-{part}"]
        else:
            new = [f"{day}-day", f"{day}-evening"]
        slots.extend(slot for slot in new if slot not in slots)
    return slots


# --- codes from the programme's lists -----------------------------------------------------


@dataclass(frozen=True)
class ListLookup:
    """One of the programme's lists, findable by code (any case) or by label."""

    by_code: dict[str, str]
    by_label: dict[str, str]

    @classmethod
    def of(cls, items: Iterable[ListItem], list_name: str = "") -> ListLookup:
        """The lookup of these entries; built once per import, used for every row. Duo's
        own label of an entry is found in English, Dutch and French alike (a Belgian
        spreadsheet says "Bouwnijverheid" or "Construction"), the programme's labels first."""
        entries = list(items)
        by_label = {key(item.label): item.code for item in entries}
        for item in entries:
            for label in default_labels(list_name, item.code).values():
                by_label.setdefault(key(label), item.code)
        return cls(by_code={item.code.casefold(): item.code for item in entries}, by_label=by_label)


def _list_code(value: Cell, lookup: ListLookup) -> str | None:
    """The code of a list entry given by its code or its label."""
    written = text(value)
    return lookup.by_code.get(written.casefold()) or lookup.by_label.get(key(written))


def sector(value: Cell, lookup: ListLookup) -> str | Problem:
    """The code of an entry of the sectors list, given by its code or its label."""
    found = _list_code(value, lookup)
    if found is None:
        return Problem(
            QT_TRANSLATE_NOOP(
                "ImportProblem", "the sector '{value}' is not in the programme's list"
            ),
            value=shortened(value),
        )
    return found


def occupation(value: Cell, lookup: ListLookup) -> str | Problem:
    """An ISCO-08 code (1 to 4 digits), or the label of an entry of the occupations list."""
    written = text(value)
    if written.isdigit() and 1 <= len(written) <= 4:
        return written
    found = _list_code(value, lookup)
    if found is None:
        return Problem(
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "the occupation '{value}' is neither an ISCO code (1 to 4 digits) nor in the "
                "programme's list of occupations",
            ),
            value=shortened(value),
        )
    return found
