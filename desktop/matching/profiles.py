"""What the matching rules read of a mentee or a mentor, and the pairs never to propose again.

A `MatchProfile` is built by the caller from a case file; the rules never read storage. A mentee
and a mentor share the type: fields that belong to one role are ignored for the other.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class MatchProfile:
    """One participant as the matching rules see them."""

    id: str
    role: str  # "mentee" | "mentor"
    sectors: tuple[str, ...]  # NACE Rev.2 section letters, e.g. ("J",) — at most two
    occupations: tuple[str, ...]  # ISCO-08 sub-major groups ("25") or major groups ("2")
    postcode: str  # Belgian 4-digit postcode or ""
    municipality: str
    mobility: str  # free text typed at intake: "public transport, bike, driving licence" …
    languages: Mapping[str, str]  # ISO 639 code -> CEFR level "A1".."C2", "native" or ""
    availability: tuple[str, ...]  # slot codes: "mon-day", "mon-evening", …, "sat", "sun"
    gender: str  # "female" | "male" | "other" | ""
    year_of_birth: int | None
    interests: str  # free text, items separated by commas/semicolons/newlines
    preferred_mentor_gender: str  # mentee only: "" = no preference, else a gender code
    preferred_mentor_age: str  # mentee only: "" | "under-35" | "35-50" | "over-50"
    waiting_since: date | None  # mentee: the day the current wait for a match began
    accepted: bool  # screened and accepted (eligible to be matched)
    generalist: bool  # mentor only: HR / recruiter profile, can coach any job target
    capacity: int  # mentor only: mentees at once (1 when unknown)
    open_matches: int  # mentor only: proposals and duos running now


# (mentee id, mentor id) pairs that were declined and must never be proposed again.
Declined = frozenset[tuple[str, str]]


def free_places(mentor: MatchProfile) -> int:
    """How many more mentees a mentor can take now (never negative)."""
    return max(0, mentor.capacity - mentor.open_matches)


def days_waited(mentee: MatchProfile, today: date) -> int:
    """Whole days since the wait began; 0 when unknown or in the future (a typing slip)."""
    if mentee.waiting_since is None:
        return 0
    return max(0, (today - mentee.waiting_since).days)
