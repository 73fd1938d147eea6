"""The matching pool as the index knows it: profiles, open places and declined pairs.

    pool = load_pool(programme.index)
    settings = match_settings(programme.profile())
    suggest_mentors(pool.profiles[mentee_id], pool.mentors, settings, pool.declined, today)

Reading the index only (never a case file) keeps suggestions instant; a proposal re-checks
the hard rules against the case file when the coach confirms it. No Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.matching.profiles import MatchProfile
from desktop.matching.weights import MatchSettings, Weights
from storage.index import Index, IndexEntry, MatchEntry
from storage.programme import ProgrammeProfile
from storage.records import MatchState, Role, Status

# Mentors still on their way in are shown with "not yet accepted" rather than left out:
# the coach then knows whom to finish screening.
_MENTOR_STATUSES = frozenset({Status.REGISTERED, Status.INTERVIEWED, Status.ACCEPTED})


@dataclass(frozen=True)
class MatchPool:
    """Who can be matched now."""

    mentees: tuple[MatchProfile, ...]  # waiting for a match, longest wait first
    mentors: tuple[MatchProfile, ...]
    declined: frozenset[tuple[str, str]]  # (mentee id, mentor id)
    entries: dict[str, IndexEntry]  # every participant of the pool, by id
    profiles: dict[str, MatchProfile]  # the same, as matching sees them


def match_settings(profile: ProgrammeProfile) -> MatchSettings:
    """The coordinator's weights and thresholds, defaults where none were set."""
    return MatchSettings(
        weights=Weights.from_dict(profile.match_weights),
        generalist_after_days=profile.generalist_after_days,
        min_score=profile.min_match_score,
    )


def profile_of(entry: IndexEntry, open_matches: int = 0) -> MatchProfile:
    """What matching needs of one participant."""
    mentor = entry.role is Role.MENTOR
    return MatchProfile(
        id=entry.id,
        role=entry.role.value if entry.role else "",
        sectors=entry.sectors,
        occupations=entry.occupations,
        postcode=entry.postcode,
        municipality=entry.municipality,
        mobility=entry.mobility,
        languages=entry.languages,
        availability=entry.availability,
        gender=entry.gender,
        year_of_birth=entry.year_of_birth,
        interests=entry.interests,
        preferred_mentor_gender="" if mentor else entry.preferred_mentor_gender,
        preferred_mentor_age="" if mentor else entry.preferred_mentor_age,
        waiting_since=None if mentor else entry.waiting_since,
        accepted=entry.status is Status.ACCEPTED,
        generalist=mentor and entry.generalist,
        capacity=max(1, entry.capacity or 1),
        open_matches=open_matches,
    )


def open_places_taken(matches: Iterable[MatchEntry]) -> Counter[str]:
    """How many proposals and duos each mentor has running, by mentor id."""
    return Counter(match.mentor_id for match in matches if match.is_open)


def load_pool(index: Index) -> MatchPool:
    """Waiting mentees and candidate mentors, with places taken and the pairs not to
    propose again (declined, or a duo that ended)."""
    matches = index.matches()
    taken = open_places_taken(matches)
    # A pair that declined, or whose duo has ended, is not proposed again.
    declined = frozenset(
        (match.mentee_id, match.mentor_id)
        for match in matches
        if match.state in (MatchState.DECLINED, MatchState.ENDED)
    )
    mentees = sorted(
        (e for e in index.entries(role=Role.MENTEE, status=Status.ACCEPTED) if e.waiting_since),
        key=lambda e: (e.waiting_since, e.folded_name, e.id),
    )
    mentors = [
        e for e in index.entries(role=Role.MENTOR) if e.status in _MENTOR_STATUSES and not e.damaged
    ]
    mentee_profiles = tuple(profile_of(e) for e in mentees if not e.damaged)
    mentor_profiles = tuple(profile_of(e, taken[e.id]) for e in mentors)
    return MatchPool(
        mentees=mentee_profiles,
        mentors=mentor_profiles,
        declined=declined,
        entries={e.id: e for e in (*mentees, *mentors)},
        profiles={p.id: p for p in (*mentee_profiles, *mentor_profiles)},
    )
