"""What each score component compares, read once from a profile's fields.

The scalar score (with explanations) and the score matrix both read profiles through these
functions, so the two can never disagree about what counts as, say, a usable language.
Parsers of free text are cached by text: a pool repeats the same words many times, and a
suggestion list is asked for again and again over the same mentors.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from functools import lru_cache

from storage.folding import fold

# Job fractions: an exact occupation is the best fit, a shared sector knows the employers and
# the jargon, a related sector or occupation still knows the trade, and a generalist (HR,
# recruiter) knows how hiring works in any job.
SAME_OCCUPATION = 1.0
SAME_SECTOR = 0.7
RELATED = 0.4
GENERALIST = 0.3

# NACE sections whose jobs and employers overlap enough for a mentor to open doors in the
# other: ICT and consultancy (J~M), finance and accounting/legal (K~M), professional services
# and office support, HR, staffing (M~N), industry and construction engineering (C~F), shops
# and hospitality (G~I), logistics and trade (H~G), teaching and care (P~Q), care and public
# services (Q~O), culture, events and hospitality (R~I). Short on purpose: a coach can read it.
RELATED_SECTORS = frozenset(
    frozenset(pair)
    for pair in (("J", "M"), ("K", "M"), ("M", "N"), ("C", "F"), ("G", "I"), ("H", "G"),
                 ("P", "Q"), ("Q", "O"), ("R", "I"))
)  # fmt: skip

# ISCO-08 sub-major groups that work side by side: professionals and the associate
# professionals of the same field (engineers and technicians, doctors and nurses, …), and
# managers with the professionals they lead. Not "the same major group": most mentees are
# professionals (group 2), and a nurse is no related fit for an engineer.
RELATED_OCCUPATIONS = frozenset(
    frozenset(pair)
    for pair in (("21", "31"), ("22", "32"), ("24", "33"), ("25", "35"), ("26", "34"),
                 ("12", "24"), ("13", "21"), ("71", "72"))
)  # fmt: skip


def related_occupation(code: str, other: str) -> bool:
    """Two ISCO codes of related work; a major group alone (one digit) covers its sub-majors."""
    return bool(related_work_tokens((code,)) & work_tokens((other,)))


# Related work as a set intersection, so the score matrix can count it with one product:
# the wanted side names what it relates to, the offered side what it is.
def related_work_tokens(codes: tuple[str, ...]) -> set[str]:
    """What the mentee's occupations relate to: the related sub-majors in the table, "~d"
    for a bare major group d (any of its sub-majors), "^d" for the major of a sub-major."""
    tokens: set[str] = set()
    for code in codes:
        if len(code) == 1:
            tokens.add(f"~{code}")
        else:
            tokens.add(f"^{code[0]}")
            tokens.update(o for pair in RELATED_OCCUPATIONS if code in pair for o in pair - {code})
    return tokens


def work_tokens(codes: tuple[str, ...]) -> set[str]:
    """What the mentor's occupations are, in the tokens `related_work_tokens` names."""
    tokens: set[str] = set()
    for code in codes:
        if len(code) == 1:
            tokens.add(f"^{code}")
        else:
            tokens.update((code, f"~{code[0]}"))
    return tokens


# Place fractions by how close two postcodes are; Belgian postcodes share their first two
# digits within a region of a province, and their first digit roughly within a province.
SAME_PLACE = 1.0
SAME_AREA = 0.7
SAME_PROVINCE = 0.4
FAR = 0.1
UNKNOWN_PLACE = 0.5
DRIVER_BONUS = 0.2

UNKNOWN_AVAILABILITY = 0.5
# Two common slots leave room to reschedule; with a single slot on one side, one is all.
SLOTS_FOR_FULL_FIT = 2
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
SLOT_ORDER = (*(f"{day}-{part}" for day in _WEEKDAYS for part in ("day", "evening")), "sat", "sun")

# A mentee's language level decides how easily the two can talk; A1 is not a common language.
LEVEL_FRACTION = {"A2": 0.4, "B1": 0.6, "B2": 0.8, "C1": 1.0, "C2": 1.0, "native": 1.0, "": 1.0}
_LEVELS = {"A1", "A2", "B1", "B2", "C1", "C2"}
# Levels as intake stores them, read without parsing (the common case by far).
_CLEAN_USABLE = {written: written for written in LEVEL_FRACTION}

INTERESTS_FOR_FULL_FIT = 2
WAIT_FOR_FULL_FIT = 180  # days

AGE_BANDS = ("under-35", "35-50", "over-50")

_DRIVER_WORDS = frozenset(
    ("car", "cars", "drive", "driver", "driving", "rijbewijs", "permis", "voiture", "auto",
     "autos", "wagen")
)  # fmt: skip
# "no car", "geen rijbewijs", "pas de permis", "sans voiture": a negation up to two words
# before a driver word cancels it.
_NEGATIONS = frozenset(("no", "not", "without", "geen", "niet", "zonder", "pas", "sans", "aucun"))
_WORD = re.compile(r"\w+")
_ITEM_SEPARATORS = re.compile(r"[,;\n]+")


def folded(text: str) -> str:
    """`storage.folding.fold`, with the common all-ASCII case done at C speed."""
    return text.lower() if text.isascii() else fold(text)


@lru_cache(maxsize=16384)
def codes(values: tuple[str, ...], upper: bool = False) -> tuple[str, ...]:
    """Stripped, distinct, non-empty codes in their given order."""
    cleaned = (value.strip().upper() if upper else value.strip() for value in values)
    return tuple(dict.fromkeys(value for value in cleaned if value))


def postcode(text: str) -> str:
    """A Belgian postcode (four digits, not starting with 0), or "" when unknown."""
    text = text.strip()
    return text if len(text) == 4 and text.isdigit() and text[0] != "0" else ""


@lru_cache(maxsize=16384)
def place_key(municipality: str) -> str:
    """A municipality folded, with punctuation and spacing ignored ("Sint-Niklaas")."""
    return " ".join(_WORD.findall(folded(municipality)))


@lru_cache(maxsize=16384)
def drives(mobility: str) -> bool:
    """Whether a mobility text says the mentee drives, unless it is negated."""
    words = _WORD.findall(folded(mobility))
    return any(
        word in _DRIVER_WORDS and _NEGATIONS.isdisjoint(words[max(0, i - 2) : i])
        for i, word in enumerate(words)
    )


def level(text: str) -> str | None:
    """A CEFR level ("A1".."C2"), "native", or "" when unknown; None below A2 (not usable)."""
    text = text.strip()
    if text.upper() in _LEVELS:
        return None if text.upper() == "A1" else text.upper()
    return "native" if text.lower() == "native" else ""


def usable_languages(languages: Mapping[str, str]) -> dict[str, str]:
    """Language code (lower case) -> level, for the languages spoken at A2 or better."""
    usable: dict[str, str] = {}
    for code, written in languages.items():
        found = _CLEAN_USABLE.get(written) if written in _CLEAN_USABLE else level(written)
        key = code.strip().lower()
        if found is not None and key:
            usable[key] = found
    return usable


@lru_cache(maxsize=16384)
def slots(availability: tuple[str, ...]) -> frozenset[str]:
    """The availability slot codes, trimmed and in lower case."""
    return frozenset(slot for slot in (s.strip().lower() for s in availability) if slot)


@lru_cache(maxsize=16384)
def interest_items(text: str) -> Mapping[str, str]:
    """Folded interest -> the interest as first written, in the order written.

    The cache hands the same mapping to every caller, so it is only ever read.
    """
    items: dict[str, str] = {}
    for item in _ITEM_SEPARATORS.split(text):
        written = " ".join(item.split())
        if written:
            items.setdefault(folded(written), written)
    return items


def gender(text: str) -> str:
    """A gender code in lower case ("" when unknown)."""
    return text.strip().lower()


def age_band(year_of_birth: int | None, today: date) -> str:
    """The age band of a mentor this year ("" when the year of birth is unknown).

    Intake records only the year, so the age is the one reached this calendar year.
    """
    if year_of_birth is None:
        return ""
    age = today.year - year_of_birth
    if age < 35:
        return "under-35"
    return "35-50" if age <= 50 else "over-50"


def stated_age_band(preference: str) -> str:
    """A mentee's age preference, or "" for none (an unknown code counts as none)."""
    preference = preference.strip()
    return preference if preference in AGE_BANDS else ""
