"""Everything the side-by-side review of one pair shows, read in one go. No Qt.

    review = load_review(programme, mentee_id, mentor_id, today)
    review.score.parts         # the breakdown, as the suggestions computed it
    review.hold                # why the pair cannot be proposed now, or None
    review.for_mentor          # what the mentor would receive (desktop.matching.disclosure)

Both case files are read whole (the coach sees everything); the score comes from the same
profiles the suggestions use, so the review never explains a different number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from desktop.matching.disclosure import MenteePacket, MentorPacket, mentee_packet, mentor_packet
from desktop.matching.from_index import load_pool, match_settings, open_places_taken, profile_of
from desktop.matching.profiles import MatchProfile
from desktop.matching.scoring import Component, Exclusion, PairScore, exclusion, score_pair
from desktop.matching.weights import MatchSettings
from desktop.rules.status_path import current_step
from storage.cases import CaseFile
from storage.errors import QT_TRANSLATE_NOOP, DuoError, ParticipantNotFoundError
from storage.programme import Programme
from storage.records import MatchState, Role, Status


class Hold(StrEnum):
    """Why a pair that no hard rule excludes still cannot be proposed now."""

    ALREADY_PROPOSED = "already-proposed"  # this very pair has an open match
    MENTEE_MATCHED = "mentee-matched"  # the mentee has an open match with another mentor
    MENTEE_NOT_WAITING = "mentee-not-waiting"  # not accepted, or matched, ended, withdrawn…
    MENTOR_NOT_ACCEPTED = "mentor-not-accepted"


@dataclass(frozen=True)
class Review:
    """One pair, as the review window shows it."""

    mentee: CaseFile
    mentor: CaseFile
    cv_data: bytes | None  # the bytes of `for_mentor.cv`
    score: PairScore
    settings: MatchSettings
    exclusion: Exclusion | None  # the hard rule that keeps the pair out of every list
    hold: Hold | Exclusion | None  # why "Propose" is not possible now (None: it is)
    for_mentor: MentorPacket
    for_mentee: MenteePacket

    @property
    def can_propose(self) -> bool:
        """Whether the pair may be proposed now."""
        return self.hold is None


def most_points(settings: MatchSettings) -> dict[Component, float]:
    """The points each component adds to the total when it fits fully (0 when its weight is)."""
    weights = settings.weights.as_dict()
    weight_sum = sum(weights.values())
    return {
        component: weights[component] / weight_sum * 100 if weight_sum else 0.0
        for component in Component
    }


def _profile(programme: Programme, pool: dict[str, MatchProfile], case_id: str) -> MatchProfile:
    """The pool's profile, or one built the same way for someone the pool leaves out (a
    mentee already matched, a mentor who left)."""
    if case_id in pool:
        return pool[case_id]
    entry = programme.index.get(case_id)
    if entry is None:
        raise ParticipantNotFoundError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "This participant is not in the list any more (erased, or their file was "
                "removed from the programme folder). Refresh the list.",
            )
        )
    return profile_of(entry, open_places_taken(programme.index.matches())[case_id])


def _hold(mentee: CaseFile, mentor_id: str, excluded: Exclusion | None) -> Hold | Exclusion | None:
    current = mentee.current_match
    if current is not None:
        return Hold.ALREADY_PROPOSED if current.mentor_id == mentor_id else Hold.MENTEE_MATCHED
    step = current_step(mentee.statuses)
    if step is None or step.status is not Status.ACCEPTED:
        return Hold.MENTEE_NOT_WAITING
    # The mentee is waiting, so "not accepted" can only be the mentor's side.
    return Hold.MENTOR_NOT_ACCEPTED if excluded is Exclusion.NOT_ACCEPTED else excluded


def load_review(programme: Programme, mentee_id: str, mentor_id: str, today: date) -> Review:
    """Read both case files, the CV's bytes and the pair's score."""
    mentee = programme.cases.read(mentee_id)
    mentor = programme.cases.read(mentor_id)
    if mentee.participant.role is not Role.MENTEE or mentor.participant.role is not Role.MENTOR:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "A review shows a mentee beside a mentor. Choose the pair again."
            )
        )
    for_mentor = mentor_packet(mentee)
    cv = for_mentor.cv
    cv_data = programme.cases.read_attachment(mentee_id, cv.id) if cv is not None else None
    pool = load_pool(programme.index)
    settings = match_settings(programme.profile())
    mentee_profile = _profile(programme, pool.profiles, mentee_id)
    mentor_profile = _profile(programme, pool.profiles, mentor_id)
    # The case file is the truth; the index may not have caught up with a decline yet.
    declined = pool.declined | {
        (mentee_id, match.mentor_id)
        for match in mentee.matches
        if match.state in (MatchState.DECLINED, MatchState.ENDED)
    }
    excluded = exclusion(mentee_profile, mentor_profile, declined)
    return Review(
        mentee=mentee,
        mentor=mentor,
        cv_data=cv_data,
        score=score_pair(mentee_profile, mentor_profile, settings, today),
        settings=settings,
        exclusion=excluded,
        hold=_hold(mentee, mentor_id, excluded),
        for_mentor=for_mentor,
        for_mentee=mentee_packet(mentor),
    )
