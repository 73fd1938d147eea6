"""The steps of a match, each one save of the mentee's case file: from proposal to a
validated duo, declines at every step, and the hard rules re-checked at proposal time."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.rules.match_steps import DeclinedBy, MatchStep, next_step
from desktop.rules.status_path import waiting_since
from desktop.workflows.case_actions import decide_screening, erase
from desktop.workflows.matching import (
    decline_match,
    free_places,
    plan_first_meeting,
    propose_match,
    record_answer,
    validate_duo,
)
from storage.errors import DuoError
from storage.programme import Programme
from storage.records import Answer, Decision, MatchState, Role, Status, StatusChange
from tests.helpers import fictional_participant

COACH = "coach-id"
ACCEPTED_ON = date(2026, 2, 2)
DAY = date(2026, 3, 2)
TODAY = date(2026, 3, 20)


def _mentee(programme: Programme, given: str, family: str) -> str:
    return programme.cases.create(
        fictional_participant(given, family),
        author=COACH,
        records=[StatusChange(status=Status.ACCEPTED, since=ACCEPTED_ON)],
    )


def _mentor(programme: Programme, given: str, family: str, *, capacity: int = 1) -> str:
    return programme.cases.create(
        fictional_participant(given, family, role=Role.MENTOR, capacity=capacity),
        author=COACH,
        records=[StatusChange(status=Status.ACCEPTED, since=date(2026, 1, 5))],
    )


@pytest.fixture
def pair(programme: Programme) -> tuple[str, str]:
    """A waiting mentee and an accepted mentor with one place."""
    mentee = _mentee(programme, "Amani", "Okonkwo-Dubois")
    mentor = _mentor(programme, "Ingrid", "Vandersteen")
    programme.index.refresh(programme.cases)
    return mentee, mentor


def _propose(programme: Programme, pair: tuple[str, str]) -> str:
    mentee, mentor = pair
    return propose_match(programme, mentee, mentor, proposed_on=DAY, score=81.5, author=COACH).id


def test_a_pair_walks_from_proposal_to_a_validated_duo(
    programme: Programme, pair: tuple[str, str]
) -> None:
    mentee, _ = pair
    match_id = _propose(programme, pair)
    assert programme.cases.read(mentee).status.status is Status.MATCHING
    record_answer(
        programme,
        mentee,
        match_id,
        DeclinedBy.MENTOR,
        Answer.YES,
        on=date(2026, 3, 4),
        reason="",
        author=COACH,
        today=TODAY,
    )
    record_answer(
        programme,
        mentee,
        match_id,
        DeclinedBy.MENTEE,
        Answer.YES,
        on=date(2026, 3, 6),
        reason="",
        author=COACH,
        today=TODAY,
    )
    plan_first_meeting(
        programme,
        mentee,
        match_id,
        on=date(2026, 3, 12),
        place="Café of the city library",
        coach_present=True,
        author=COACH,
    )
    validate_duo(programme, mentee, match_id, on=date(2026, 3, 13), author=COACH, today=TODAY)

    case = programme.cases.read(mentee)
    match = case.matches[0]
    assert match.state is MatchState.DUO
    assert (match.mentor_answered_on, match.mentee_answered_on) == (
        date(2026, 3, 4),
        date(2026, 3, 6),
    )
    assert match.first_meeting_place == "Café of the city library" and match.coach_present
    assert case.status.status is Status.IN_DUO and case.status.since == date(2026, 3, 13)
    assert case.current_match == match
    assert next_step(match) is None


def test_the_mentee_is_asked_only_after_the_mentor_said_yes(
    programme: Programme, pair: tuple[str, str]
) -> None:
    mentee, _ = pair
    match_id = _propose(programme, pair)
    with pytest.raises(DuoError, match="mentor is asked first"):
        record_answer(
            programme,
            mentee,
            match_id,
            DeclinedBy.MENTEE,
            Answer.YES,
            on=DAY,
            reason="",
            author=COACH,
            today=TODAY,
        )


def test_a_no_declines_keeps_the_reason_and_the_wait_goes_on(
    programme: Programme, pair: tuple[str, str]
) -> None:
    mentee, mentor = pair
    match_id = _propose(programme, pair)
    with pytest.raises(DuoError, match="why they said no"):
        record_answer(
            programme,
            mentee,
            match_id,
            DeclinedBy.MENTOR,
            Answer.NO,
            on=DAY,
            reason="  ",
            author=COACH,
            today=TODAY,
        )
    record_answer(
        programme,
        mentee,
        match_id,
        DeclinedBy.MENTOR,
        Answer.NO,
        on=date(2026, 3, 5),
        reason="Moving abroad for three months",
        author=COACH,
        today=TODAY,
    )
    case = programme.cases.read(mentee)
    match = case.matches[0]
    assert match.state is MatchState.DECLINED
    assert (match.declined_by, match.decline_reason) == ("mentor", "Moving abroad for three months")
    assert case.status.status is Status.ACCEPTED
    # The decline does not cost the mentee their place in the queue.
    assert waiting_since(case.statuses) == ACCEPTED_ON
    programme.index.refresh(programme.cases)
    assert programme.index.get(mentee).waiting_since == ACCEPTED_ON
    with pytest.raises(DuoError, match="declined"):
        propose_match(programme, mentee, mentor, proposed_on=TODAY, score=None, author=COACH)


def test_the_coach_can_decline_at_any_step_before_the_duo(
    programme: Programme, pair: tuple[str, str]
) -> None:
    mentee, _ = pair
    match_id = _propose(programme, pair)
    record_answer(
        programme,
        mentee,
        match_id,
        DeclinedBy.MENTOR,
        Answer.YES,
        on=DAY,
        reason="",
        author=COACH,
        today=TODAY,
    )
    record_answer(
        programme,
        mentee,
        match_id,
        DeclinedBy.MENTEE,
        Answer.YES,
        on=DAY,
        reason="",
        author=COACH,
        today=TODAY,
    )
    plan_first_meeting(
        programme,
        mentee,
        match_id,
        on=date(2026, 3, 10),
        place="Community centre",
        coach_present=False,
        author=COACH,
    )
    decline_match(
        programme,
        mentee,
        match_id,
        by=DeclinedBy.MENTEE,
        reason="No click at the first meeting",
        on=date(2026, 3, 11),
        author=COACH,
        today=TODAY,
    )
    assert programme.cases.read(mentee).matches[0].state is MatchState.DECLINED


def test_a_running_duo_cannot_be_declined(programme: Programme, pair: tuple[str, str]) -> None:
    mentee, _ = pair
    match_id = _propose(programme, pair)
    for side in (DeclinedBy.MENTOR, DeclinedBy.MENTEE):
        record_answer(
            programme,
            mentee,
            match_id,
            side,
            Answer.YES,
            on=DAY,
            reason="",
            author=COACH,
            today=TODAY,
        )
    plan_first_meeting(
        programme, mentee, match_id, on=DAY, place="Library", coach_present=True, author=COACH
    )
    validate_duo(programme, mentee, match_id, on=DAY, author=COACH, today=TODAY)
    with pytest.raises(DuoError, match="ended instead"):
        decline_match(
            programme,
            mentee,
            match_id,
            by=DeclinedBy.COACH,
            reason="x",
            on=DAY,
            author=COACH,
            today=TODAY,
        )


def test_steps_are_dated_in_order_and_not_in_the_future(
    programme: Programme, pair: tuple[str, str]
) -> None:
    mentee, mentor = pair
    with pytest.raises(DuoError, match="before the mentee's last step"):
        propose_match(
            programme, mentee, mentor, proposed_on=date(2026, 1, 1), score=None, author=COACH
        )
    match_id = _propose(programme, pair)
    with pytest.raises(DuoError, match="before the previous one"):
        record_answer(
            programme,
            mentee,
            match_id,
            DeclinedBy.MENTOR,
            Answer.YES,
            on=date(2026, 3, 1),
            reason="",
            author=COACH,
            today=TODAY,
        )
    with pytest.raises(DuoError, match="future"):
        record_answer(
            programme,
            mentee,
            match_id,
            DeclinedBy.MENTOR,
            Answer.YES,
            on=date(2026, 4, 1),
            reason="",
            author=COACH,
            today=TODAY,
        )
    assert next_step(programme.cases.read(mentee).matches[0]) is MatchStep.MENTOR_ANSWER


def test_a_mentor_is_never_proposed_beyond_their_capacity(programme: Programme) -> None:
    mentor = _mentor(programme, "Dimitris", "Papadakis", capacity=2)
    mentees = [
        _mentee(programme, given, family)
        for given, family in (("Hồng", "Nguyễn"), ("Yerlan", "Abenov"), ("Sofía", "Quispe"))
    ]
    programme.index.refresh(programme.cases)
    assert free_places(programme, mentor) == 2
    for mentee in mentees[:2]:
        propose_match(programme, mentee, mentor, proposed_on=DAY, score=None, author=COACH)
    programme.index.refresh(programme.cases)
    assert free_places(programme, mentor) == 0
    with pytest.raises(DuoError, match="as many mentees as they agreed"):
        propose_match(programme, mentees[2], mentor, proposed_on=DAY, score=None, author=COACH)
    # A declined proposal frees the place again.
    first = programme.cases.read(mentees[0]).matches[0]
    decline_match(
        programme,
        mentees[0],
        first.id,
        by=DeclinedBy.COACH,
        reason="Mentee found a job",
        on=DAY,
        author=COACH,
        today=TODAY,
    )
    programme.index.refresh(programme.cases)
    assert free_places(programme, mentor) == 1
    propose_match(programme, mentees[2], mentor, proposed_on=DAY, score=None, author=COACH)


def test_only_a_waiting_mentee_and_an_accepted_mentor_can_be_paired(
    programme: Programme, pair: tuple[str, str]
) -> None:
    mentee, mentor = pair
    newcomer = programme.cases.create(
        fictional_participant("Rahel", "Tesfaye", role=Role.MENTOR, capacity=1),
        author=COACH,
        records=[StatusChange(status=Status.INTERVIEWED, since=date(2026, 1, 5))],
    )
    with pytest.raises(DuoError, match="has not been accepted"):
        propose_match(programme, mentee, newcomer, proposed_on=DAY, score=None, author=COACH)
    _propose(programme, pair)
    other_mentor = _mentor(programme, "Kenji", "Watanabe")
    with pytest.raises(DuoError, match="not waiting"):
        propose_match(programme, mentee, other_mentor, proposed_on=DAY, score=None, author=COACH)
    with pytest.raises(DuoError, match="Only a mentee"):
        propose_match(programme, mentor, other_mentor, proposed_on=DAY, score=None, author=COACH)


def test_the_index_knows_every_match_and_its_state(
    programme: Programme, pair: tuple[str, str]
) -> None:
    mentee, mentor = pair
    match_id = _propose(programme, pair)
    programme.index.refresh(programme.cases)
    [entry] = programme.index.matches_of(mentee)
    assert (entry.id, entry.mentor_id, entry.state, entry.is_open) == (
        match_id,
        mentor,
        MatchState.PROPOSED,
        True,
    )
    record_answer(
        programme,
        mentee,
        match_id,
        DeclinedBy.MENTOR,
        Answer.YES,
        on=date(2026, 3, 3),
        reason="",
        author=COACH,
        today=TODAY,
    )
    programme.index.refresh(programme.cases)
    [entry] = programme.index.matches()
    assert (entry.state, entry.state_since) == (MatchState.MENTOR_AGREED, date(2026, 3, 3))
    programme.index.rebuild(programme.cases)
    assert [m.state for m in programme.index.matches()] == [MatchState.MENTOR_AGREED]
    programme.erase_participant(mentee, author=COACH, reason="Asked to be erased")
    programme.index.refresh(programme.cases)
    assert programme.index.matches() == []


def test_a_first_meeting_ahead_can_be_moved_or_called_off_but_not_validated(
    programme: Programme, pair: tuple[str, str]
) -> None:
    mentee, _ = pair
    match_id = _propose(programme, pair)
    for side in (DeclinedBy.MENTOR, DeclinedBy.MENTEE):
        record_answer(
            programme,
            mentee,
            match_id,
            side,
            Answer.YES,
            on=DAY,
            reason="",
            author=COACH,
            today=TODAY,
        )
    ahead = date(2026, 3, 30)
    plan_first_meeting(
        programme, mentee, match_id, on=ahead, place="Library", coach_present=True, author=COACH
    )
    with pytest.raises(DuoError, match="has not taken place yet"):
        validate_duo(programme, mentee, match_id, on=TODAY, author=COACH, today=TODAY)
    # Moved to an earlier day, then called off today: both before the planned meeting.
    plan_first_meeting(
        programme,
        mentee,
        match_id,
        on=date(2026, 3, 25),
        place="Library",
        coach_present=True,
        author=COACH,
    )
    decline_match(
        programme,
        mentee,
        match_id,
        by=DeclinedBy.MENTEE,
        reason="Found a job",
        on=TODAY,
        author=COACH,
        today=TODAY,
    )
    assert programme.cases.read(mentee).matches[0].state is MatchState.DECLINED


def test_an_erased_or_refused_mentor_stops_the_match(
    programme: Programme, pair: tuple[str, str]
) -> None:
    mentee, mentor = pair
    match_id = _propose(programme, pair)
    programme.index.refresh(programme.cases)
    with pytest.raises(DuoError, match="1 match"):
        erase(programme, mentor, reason="Asked to be erased", author=COACH)
    with pytest.raises(DuoError, match="record a new screening decision"):
        decide_screening(
            programme,
            mentor,
            Decision.REFUSED,
            reason="x",
            referred_to="",
            decided_on=TODAY,
            author=COACH,
        )
    # Erased all the same (say, by an older Duo on another computer): the match cannot go on.
    programme.erase_participant(mentor, author=COACH, reason="Asked to be erased")
    programme.index.refresh(programme.cases)
    with pytest.raises(DuoError, match="was erased"):
        record_answer(
            programme,
            mentee,
            match_id,
            DeclinedBy.MENTOR,
            Answer.YES,
            on=TODAY,
            reason="",
            author=COACH,
            today=TODAY,
        )
    decline_match(
        programme,
        mentee,
        match_id,
        by=DeclinedBy.COACH,
        reason="The mentor left",
        on=TODAY,
        author=COACH,
        today=TODAY,
    )
    erase(programme, mentee, reason="Test", author=COACH)  # a mentee is never held back
