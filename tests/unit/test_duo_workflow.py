"""Following a duo, each step one save of the mentee's case file: the agreement, meetings,
the coach's follow-up, ending (planned or early), reopening and outcomes."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from desktop.matching.from_index import load_pool
from desktop.workflows.duo import (
    correct_ending,
    end_duo,
    log_meeting,
    new_agreement,
    remove_meeting,
    reopen_duo,
    save_agreement,
    save_follow_up,
    save_outcome,
)
from desktop.workflows.matching import free_places, propose_match
from storage.duo_records import (
    Contract,
    EndedBy,
    Ending,
    EndKind,
    FollowUp,
    FollowUpKind,
    Meeting,
    MeetingKind,
    Outcome,
    Situation,
)
from storage.errors import DuoError
from storage.index import MatchEntry
from storage.programme import Programme
from storage.records import MatchState, Status
from tests.duo_helpers import COACH, Duo, make_duo

TODAY = date(2026, 6, 1)


@pytest.fixture
def duo(programme: Programme) -> Duo:
    return make_duo(programme)


def _entry(programme: Programme, duo: Duo) -> MatchEntry:
    programme.index.refresh(programme.cases)
    return next(m for m in programme.index.matches_of(duo.mentee_id) if m.id == duo.match_id)


def test_the_agreement_starts_from_the_defaults_and_a_change_replaces_it(
    programme: Programme, duo: Duo
) -> None:
    draft = new_agreement(programme, duo.mentee_id, duo.match_id)
    assert (draft.start_on, draft.planned_end_on) == (date(2026, 3, 10), date(2026, 9, 10))
    assert draft.contact_every_days == 14
    saved = save_agreement(programme, duo.mentee_id, draft, author=COACH, today=TODAY)
    assert not _entry(programme, duo).duo.signed
    signed = dataclasses.replace(
        saved,
        mentor_signed_on=date(2026, 3, 12),
        mentee_signed_on=date(2026, 3, 12),
        coach_signed_on=date(2026, 3, 13),
    )
    save_agreement(programme, duo.mentee_id, signed, author=COACH, today=TODAY)
    case = programme.cases.read(duo.mentee_id)
    assert len(case.agreements) == 1 and case.agreements[0].signed
    assert [e.action for e in case.events if e.record_table == "agreements"] == ["add", "update"]
    assert _entry(programme, duo).duo.signed


def test_an_agreement_with_impossible_terms_is_refused(programme: Programme, duo: Duo) -> None:
    draft = new_agreement(programme, duo.mentee_id, duo.match_id)
    for bad, words in (
        (dataclasses.replace(draft, planned_end_on=draft.start_on), "after the start"),
        (dataclasses.replace(draft, contact_every_days=0), "at least every"),
        (dataclasses.replace(draft, mentor_signed_on=date(2026, 7, 1)), "future"),
    ):
        with pytest.raises(DuoError, match=words):
            save_agreement(programme, duo.mentee_id, bad, author=COACH, today=TODAY)
    assert programme.cases.read(duo.mentee_id).agreements == []


def test_meetings_and_contacts_reach_the_index(programme: Programme, duo: Duo) -> None:
    meeting = Meeting(
        match_id=duo.match_id,
        held_on=date(2026, 3, 24),
        minutes=90,
        topic="CV for logistics",
        domains=["interview", "cv"],
    )
    stored = log_meeting(programme, duo.mentee_id, meeting, author=COACH, today=TODAY)
    assert stored.domains == ["cv", "interview"]  # in the order of the six domains
    log_meeting(
        programme,
        duo.mentee_id,
        Meeting(match_id=duo.match_id, held_on=date(2026, 4, 2), kind=MeetingKind.CONTACT),
        author=COACH,
        today=TODAY,
    )
    summary = _entry(programme, duo).duo
    assert summary.meeting_days == (date(2026, 3, 24),)
    assert summary.last_contact_on == date(2026, 4, 2)
    corrected = dataclasses.replace(stored, held_on=date(2026, 3, 25))
    log_meeting(programme, duo.mentee_id, corrected, author=COACH, today=TODAY)
    assert [m.held_on for m in programme.cases.read(duo.mentee_id).meetings] == [
        date(2026, 3, 25),
        date(2026, 4, 2),
    ]
    remove_meeting(programme, duo.mentee_id, stored.id, author=COACH)
    assert _entry(programme, duo).duo.meeting_days == ()


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"held_on": date(2026, 6, 2)}, "future"),
        ({"held_on": date(2026, 3, 1)}, "before the duo's first meeting"),
        ({"minutes": 0}, "between 1 minute"),
        ({"next_meeting_on": date(2026, 3, 20)}, "next appointment"),
        ({"domains": ["cooking"]}, "six domains"),
    ],
)
def test_a_meeting_that_cannot_be_is_refused(
    programme: Programme, duo: Duo, changes: dict[str, object], words: str
) -> None:
    meeting = Meeting(match_id=duo.match_id, held_on=date(2026, 3, 20))
    with pytest.raises(DuoError, match=words):
        log_meeting(
            programme,
            duo.mentee_id,
            dataclasses.replace(meeting, **changes),
            author=COACH,
            today=TODAY,
        )
    assert programme.cases.read(duo.mentee_id).meetings == []


def test_a_concern_needs_a_next_action_and_a_later_call_closes_it(
    programme: Programme, duo: Duo
) -> None:
    call = FollowUp(
        match_id=duo.match_id, held_on=date(2026, 4, 10), kind=FollowUpKind.INTERIM, concern=True
    )
    with pytest.raises(DuoError, match="next action"):
        save_follow_up(programme, duo.mentee_id, call, author=COACH, today=TODAY)
    call = dataclasses.replace(
        call, next_action="Call the mentor", next_action_on=date(2026, 4, 17)
    )
    save_follow_up(programme, duo.mentee_id, call, author=COACH, today=TODAY)
    summary = _entry(programme, duo).duo
    assert (summary.interim_call_on, summary.concern) == (date(2026, 4, 10), True)
    assert summary.next_action_on == date(2026, 4, 17)
    calm = FollowUp(match_id=duo.match_id, held_on=date(2026, 4, 17))
    save_follow_up(programme, duo.mentee_id, calm, author=COACH, today=TODAY)
    assert not _entry(programme, duo).duo.concern


def _end_early(programme: Programme, duo: Duo, *, wait_again: bool = False) -> Ending:
    return end_duo(
        programme,
        duo.mentee_id,
        Ending(
            match_id=duo.match_id,
            ended_on=date(2026, 5, 4),
            kind=EndKind.EARLY,
            ended_by=EndedBy.MENTEE,
            reason="found-job",
            final_meeting_on=date(2026, 5, 4),
            final_meeting_online=True,
        ),
        wait_again=wait_again,
        author=COACH,
        today=TODAY,
    )


def test_ending_early_frees_the_mentors_place_and_reopening_takes_it_back(
    programme: Programme, duo: Duo
) -> None:
    assert free_places(programme, duo.mentor_id) == 0
    assert programme.index.entries()  # cached now: the end must update the mentor's entry
    _end_early(programme, duo)
    entry = _entry(programme, duo)
    assert entry.state is MatchState.ENDED
    assert (entry.duo.end_kind, entry.duo.end_reason) == ("early", "found-job")
    assert programme.cases.read(duo.mentee_id).status.status is Status.ENDED
    assert free_places(programme, duo.mentor_id) == 1
    # The mentor waits for a next mentee from the end, not from their acceptance.
    assert programme.index.get(duo.mentor_id).waiting_since == date(2026, 5, 4)
    assert {e.id: e for e in programme.index.entries()}[duo.mentor_id].waiting_since == date(
        2026, 5, 4
    )
    with pytest.raises(DuoError, match="ended"):
        log_meeting(
            programme,
            duo.mentee_id,
            Meeting(match_id=duo.match_id, held_on=date(2026, 5, 20)),
            author=COACH,
            today=TODAY,
        )

    reopen_duo(
        programme, duo.mentee_id, duo.match_id, reason="Ended by mistake", author=COACH, today=TODAY
    )
    case = programme.cases.read(duo.mentee_id)
    assert case.matches[0].state is MatchState.DUO
    assert case.status.status is Status.IN_DUO
    assert case.endings[0].reopened_on == TODAY  # the ending is kept, marked
    programme.index.refresh(programme.cases)
    assert free_places(programme, duo.mentor_id) == 0
    assert _entry(programme, duo).duo.ended_on is None


def test_an_early_end_needs_a_reason_and_a_running_duo_cannot_be_reopened(
    programme: Programme, duo: Duo
) -> None:
    ending = Ending(match_id=duo.match_id, ended_on=date(2026, 5, 4), kind=EndKind.EARLY)
    with pytest.raises(DuoError, match="why the duo ended early"):
        end_duo(programme, duo.mentee_id, ending, wait_again=False, author=COACH, today=TODAY)
    with pytest.raises(DuoError, match="only an ended duo"):
        reopen_duo(programme, duo.mentee_id, duo.match_id, reason="x", author=COACH, today=TODAY)


def test_a_mentee_who_waits_again_cannot_have_the_old_duo_reopened_once_matched(
    programme: Programme, duo: Duo
) -> None:
    _end_early(programme, duo, wait_again=True)
    case = programme.cases.read(duo.mentee_id)
    assert case.status.status is Status.ACCEPTED
    programme.index.refresh(programme.cases)
    assert programme.index.get(duo.mentee_id).waiting_since == date(2026, 5, 4)


def test_outcomes_follow_the_end_one_per_milestone(programme: Programme, duo: Duo) -> None:
    later = date(2026, 9, 1)
    outcome = Outcome(
        match_id=duo.match_id,
        months_after=3,
        recorded_on=date(2026, 8, 10),
        situation=Situation.TRAINING,
        contract=Contract.PERMANENT,
        at_level=True,
        in_desired_sector=True,
    )
    with pytest.raises(DuoError, match="End the duo first"):
        save_outcome(programme, duo.mentee_id, outcome, author=COACH, today=later)
    _end_early(programme, duo)
    stored = save_outcome(programme, duo.mentee_id, outcome, author=COACH, today=later)
    assert (stored.contract, stored.at_level) == (Contract.NONE, None)  # no job, no contract
    again = dataclasses.replace(outcome, id="", situation=Situation.EMPLOYED)
    save_outcome(programme, duo.mentee_id, again, author=COACH, today=later)
    outcomes = programme.cases.read(duo.mentee_id).outcomes
    assert [(o.months_after, o.situation) for o in outcomes] == [(3, Situation.EMPLOYED)]
    assert _entry(programme, duo).duo.outcomes == {3: "employed"}
    with pytest.raises(DuoError, match="3, 6, 9 and 12"):
        save_outcome(
            programme,
            duo.mentee_id,
            dataclasses.replace(outcome, months_after=4),
            author=COACH,
            today=later,
        )
    # The 12-month follow-up, learned a day after the end, would stand for a year later.
    with pytest.raises(DuoError, match="due on 2027-05-04"):
        save_outcome(
            programme,
            duo.mentee_id,
            dataclasses.replace(outcome, id="", months_after=12, recorded_on=date(2026, 5, 5)),
            author=COACH,
            today=later,
        )


def test_ending_again_after_a_reopen_puts_the_end_last_on_the_path(
    programme: Programme, duo: Duo
) -> None:
    _end_early(programme, duo)
    reopen_duo(
        programme,
        duo.mentee_id,
        duo.match_id,
        reason="Ended by mistake",
        author=COACH,
        today=date(2026, 5, 20),
    )
    _end_early(programme, duo, wait_again=True)  # dated 4 May again, after a reopen on 20 May
    case = programme.cases.read(duo.mentee_id)
    assert case.status.status is Status.ACCEPTED
    assert case.status.since == date(2026, 5, 20)


def test_an_end_before_a_logged_meeting_is_refused(programme: Programme, duo: Duo) -> None:
    log_meeting(
        programme,
        duo.mentee_id,
        Meeting(match_id=duo.match_id, held_on=date(2026, 5, 20)),
        author=COACH,
        today=TODAY,
    )
    with pytest.raises(DuoError, match="logged on 2026-05-20"):
        _end_early(programme, duo)
    assert programme.cases.read(duo.mentee_id).endings == []


def test_a_follow_up_after_the_end_does_not_block_correcting_it(
    programme: Programme, duo: Duo
) -> None:
    ending = _end_early(programme, duo)
    late_call = FollowUp(match_id=duo.match_id, held_on=date(2026, 5, 20))
    save_follow_up(programme, duo.mentee_id, late_call, author=COACH, today=TODAY)
    corrected = dataclasses.replace(ending, final_meeting_on=date(2026, 5, 2))
    correct_ending(programme, duo.mentee_id, corrected, author=COACH, today=TODAY)
    assert programme.cases.read(duo.mentee_id).endings[0].final_meeting_on == date(2026, 5, 2)


def test_an_ending_is_corrected_without_moving_its_day(programme: Programme, duo: Duo) -> None:
    ending = _end_early(programme, duo)
    corrected = dataclasses.replace(
        ending, final_meeting_on=date(2026, 5, 1), feedback_to_mentor="Thank you for the CV work"
    )
    correct_ending(programme, duo.mentee_id, corrected, author=COACH, today=TODAY)
    case = programme.cases.read(duo.mentee_id)
    assert [(e.final_meeting_on, e.feedback_to_mentor) for e in case.endings] == [
        (date(2026, 5, 1), "Thank you for the CV work")
    ]
    with pytest.raises(DuoError, match="reopen the duo"):
        correct_ending(
            programme,
            duo.mentee_id,
            dataclasses.replace(corrected, ended_on=date(2026, 5, 3)),
            author=COACH,
            today=TODAY,
        )


def test_erasing_the_mentee_of_an_ended_duo_updates_the_mentors_wait(
    programme: Programme, duo: Duo
) -> None:
    _end_early(programme, duo)
    programme.index.refresh(programme.cases)
    assert programme.index.get(duo.mentor_id).waiting_since == date(2026, 5, 4)
    assert programme.index.entries()  # cached: the erasure must update the mentor's entry
    programme.erase_participant(duo.mentee_id, author=COACH)
    cached = {e.id: e for e in programme.index.entries()}[duo.mentor_id]
    assert cached.waiting_since == programme.index.get(duo.mentor_id).waiting_since


def test_a_pair_whose_duo_ended_is_not_proposed_again(programme: Programme, duo: Duo) -> None:
    _end_early(programme, duo, wait_again=True)
    programme.index.refresh(programme.cases)
    assert (duo.mentee_id, duo.mentor_id) in load_pool(programme.index).declined
    with pytest.raises(DuoError, match="proposed before"):
        propose_match(
            programme,
            duo.mentee_id,
            duo.mentor_id,
            proposed_on=date(2026, 5, 10),
            score=None,
            author=COACH,
        )
