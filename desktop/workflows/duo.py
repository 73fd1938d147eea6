"""Following a duo as plain functions over a programme (domain.md, steps 9-13). No Qt.

    agreement = new_agreement(programme, mentee_id, match_id)     # the defaults, not saved
    save_agreement(programme, mentee_id, agreement, author=coach_id, today=today)
    log_meeting(programme, mentee_id, Meeting(match_id=…, held_on=day, …), author=…, today=…)
    save_follow_up(programme, mentee_id, FollowUp(…), author=…, today=…)
    end_duo(programme, mentee_id, Ending(…), wait_again=False, author=…, today=…)
    correct_ending(programme, mentee_id, ending, author=…, today=…)  # same end day
    reopen_duo(programme, mentee_id, match_id, reason="…", author=…, today=…)
    save_outcome(programme, mentee_id, Outcome(…), author=…, today=…)

Every function is one safe save of the mentee's case file, like the steps of a match. A
record with the id of one already saved replaces it (a correction); the event log dates
every change. Nothing here looks at the clock: callers pass `today`.
"""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from typing import TypeVar

from desktop.matching.from_index import open_places_taken
from desktop.rules.status_path import current_step
from desktop.rules.waiting import add_months
from storage.cases import CaseEdit
from storage.duo_records import (
    MEETING_DOMAINS,
    OUTCOME_MONTHS,
    Agreement,
    Ending,
    EndKind,
    FollowUp,
    Meeting,
    Outcome,
    Situation,
)
from storage.errors import QT_TRANSLATE_NOOP, DuoError
from storage.programme import Programme
from storage.records import Match, MatchState, Record, Status, StatusChange

R = TypeVar("R", bound=Record)

MAX_MEETING_MINUTES = 12 * 60
MAX_CONTACT_EVERY_DAYS = 92
# An outcome follow-up may be learned up to a month before its due day (a call made early).
OUTCOME_EARLY_SLACK = timedelta(days=31)
_FINAL_MEETING_BEFORE_DUO = QT_TRANSLATE_NOOP(
    "DuoError",
    "The final meeting cannot be dated before the duo's first meeting ({start}). Check the date.",
)


def _duo(edit: CaseEdit, match_id: str, *, running: bool = False) -> Match:
    found = edit.find(Match, id=match_id)
    if not found:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "This duo is no longer in the case file. Open the case again."
            )
        )
    match = found[0]
    if match.state not in (MatchState.DUO, MatchState.ENDED):
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "This match is not a duo yet: a duo starts when both confirmed after the first "
                "meeting. Validate the match first.",
            )
        )
    if running and match.state is MatchState.ENDED:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "This duo has ended. Reopen it first if it ended by mistake."
            )
        )
    return match


# The checks of a day below take the whole message (which names what is dated) rather than
# a piece of it: a translator needs whole sentences.


def _not_in_future(day: date, today: date, message: str) -> None:
    if day > today:
        raise DuoError(message)


def _not_before_duo(match: Match, day: date, message: str) -> None:
    """`message` has a {start} for the day of the duo's first meeting."""
    start = match.first_meeting_on or match.validated_on
    if start is not None and day < start:
        raise DuoError(message, start=start.isoformat())


def _not_after_end(match: Match, day: date, message: str) -> None:
    """`message` has an {end} for the day the duo ended."""
    if match.ended_on is not None and day > match.ended_on:
        raise DuoError(message, end=match.ended_on.isoformat())


def _save(edit: CaseEdit, record: R) -> R:
    """Add a new record, or replace the stored one with the same id."""
    if edit.find(type(record), id=record.id):
        return edit.update(record)
    return edit.add(record)


# --- the agreement --------------------------------------------------------------------------


def new_agreement(programme: Programme, mentee_id: str, match_id: str) -> Agreement:
    """The agreement a duo starts from: the stored one, or the programme's defaults (the
    contact frequency and the ethics charter's version of Settings › Follow-up)."""
    case = programme.cases.read(mentee_id)
    stored = next((item for item in case.agreements if item.match_id == match_id), None)
    if stored is not None:
        return stored
    match = next((item for item in case.matches if item.id == match_id), None)
    if match is None or match.validated_on is None:
        raise DuoError(
            QT_TRANSLATE_NOOP("DuoError", "This match is not a duo yet. Validate it first.")
        )
    start = match.validated_on
    profile = programme.profile()
    return Agreement(
        match_id=match_id,
        start_on=start,
        planned_end_on=add_months(start, 6),
        contact_every_days=profile.contact_every_days,
        charter_version=profile.charter_version,
    )


def _check_agreement(agreement: Agreement, today: date) -> None:
    if not 1 <= agreement.planned_months <= 36:
        raise DuoError(
            QT_TRANSLATE_NOOP("DuoError", "The planned duration is between 1 and 36 months.")
        )
    if agreement.planned_end_on <= agreement.start_on:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "The planned end must come after the start. Check the dates."
            )
        )
    if not 1 <= agreement.contact_every_days <= MAX_CONTACT_EVERY_DAYS:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "Agree to be in contact at least every {days} days (the "
                "quality criteria ask for every two weeks).",
            ),
            days=MAX_CONTACT_EVERY_DAYS,
        )
    for signed in (
        agreement.mentor_signed_on,
        agreement.mentee_signed_on,
        agreement.coach_signed_on,
    ):
        if signed is not None:
            _not_in_future(
                signed,
                today,
                QT_TRANSLATE_NOOP(
                    "DuoError", "A signature cannot be dated in the future. Check the date."
                ),
            )


def save_agreement(
    programme: Programme, mentee_id: str, agreement: Agreement, *, author: str, today: date
) -> Agreement:
    """Store the duo's agreement (a change replaces it; the event log dates the change)."""
    _check_agreement(agreement, today)
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _duo(edit, agreement.match_id)
        if agreement.start_on < match.proposed_on:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError", "The agreement cannot start before the match was proposed."
                )
            )
        others = [
            item for item in edit.find(Agreement, match_id=match.id) if item.id != agreement.id
        ]
        if others:
            # One agreement per duo: a second one is a correction of the first.
            agreement = dataclasses.replace(agreement, id=others[0].id)
        return _save(edit, agreement)


# --- meetings and follow-up -----------------------------------------------------------------


def _check_meeting(meeting: Meeting, today: date) -> None:
    _not_in_future(
        meeting.held_on,
        today,
        QT_TRANSLATE_NOOP("DuoError", "A meeting cannot be dated in the future. Check the date."),
    )
    if meeting.minutes is not None and not 1 <= meeting.minutes <= MAX_MEETING_MINUTES:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "A meeting lasts between 1 minute and 12 hours. Check the duration."
            )
        )
    if meeting.next_meeting_on is not None and meeting.next_meeting_on <= meeting.held_on:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "The next appointment must come after this meeting. Check its date."
            )
        )
    unknown = set(meeting.domains) - set(MEETING_DOMAINS)
    if unknown:
        raise DuoError(
            QT_TRANSLATE_NOOP("DuoError", "A topic of this meeting is not one of the six domains.")
        )


def log_meeting(
    programme: Programme, mentee_id: str, meeting: Meeting, *, author: str, today: date
) -> Meeting:
    """Store a session summary or a short contact (a correction if its id is stored)."""
    _check_meeting(meeting, today)
    cleaned = dataclasses.replace(
        meeting,
        domains=[code for code in MEETING_DOMAINS if code in meeting.domains],
        place=meeting.place.strip(),
    )
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _duo(edit, meeting.match_id)
        _not_before_duo(
            match,
            meeting.held_on,
            QT_TRANSLATE_NOOP(
                "DuoError",
                "A meeting cannot be dated before the duo's first meeting ({start}). "
                "Check the date.",
            ),
        )
        _not_after_end(
            match,
            meeting.held_on,
            QT_TRANSLATE_NOOP(
                "DuoError",
                "A meeting cannot be dated after the duo ended ({end}). "
                "Check the date, or reopen the duo if it ended by mistake.",
            ),
        )
        return _save(edit, cleaned)


def remove_meeting(programme: Programme, mentee_id: str, meeting_id: str, *, author: str) -> None:
    """Delete a meeting logged by mistake (the event log keeps that it was removed)."""
    with programme.cases.edit(mentee_id, author=author) as edit:
        if not edit.find(Meeting, id=meeting_id):
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError", "This meeting is no longer in the case file. Open the case again."
                )
            )
        edit.remove(Meeting, meeting_id)


def save_follow_up(
    programme: Programme, mentee_id: str, follow_up: FollowUp, *, author: str, today: date
) -> FollowUp:
    """Store the coach's follow-up of a duo (the interim call, a check-in, mediation)."""
    _not_in_future(
        follow_up.held_on,
        today,
        QT_TRANSLATE_NOOP("DuoError", "A follow-up cannot be dated in the future. Check the date."),
    )
    if follow_up.concern and not follow_up.next_action.strip():
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "A concern needs a next action: say what happens next, and when."
            )
        )
    if follow_up.next_action_on is not None and follow_up.next_action_on < follow_up.held_on:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "The next action cannot be dated before the follow-up. Check the date."
            )
        )
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _duo(edit, follow_up.match_id)
        _not_before_duo(
            match,
            follow_up.held_on,
            QT_TRANSLATE_NOOP(
                "DuoError",
                "A follow-up cannot be dated before the duo's first meeting ({start}). "
                "Check the date.",
            ),
        )
        return _save(edit, follow_up)


# --- ending and reopening -------------------------------------------------------------------


def _check_ending(ending: Ending, today: date) -> None:
    _not_in_future(
        ending.ended_on,
        today,
        QT_TRANSLATE_NOOP(
            "DuoError", "The end of a duo cannot be dated in the future. Check the date."
        ),
    )
    if ending.kind is EndKind.EARLY and not ending.reason.strip():
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Choose why the duo ended early: the reason is kept with the duo."
            )
        )
    if ending.final_meeting_on is not None:
        _not_in_future(
            ending.final_meeting_on,
            today,
            QT_TRANSLATE_NOOP(
                "DuoError", "The final meeting cannot be dated in the future. Check the date."
            ),
        )
        if ending.final_meeting_on > ending.ended_on:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError", "The final meeting cannot come after the end. Check the dates."
                )
            )


def _check_end_day(edit: CaseEdit, match: Match, ending: Ending) -> None:
    """An end is not dated before the duo began, nor before anything logged for it."""
    _not_before_duo(
        match,
        ending.ended_on,
        QT_TRANSLATE_NOOP(
            "DuoError",
            "The end of a duo cannot be dated before the duo's first meeting ({start}). "
            "Check the date.",
        ),
    )
    if match.validated_on is not None and ending.ended_on < match.validated_on:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The end cannot be dated before the duo was validated ({validated}). "
                "Check the date.",
            ),
            validated=match.validated_on.isoformat(),
        )
    if ending.final_meeting_on is not None:
        _not_before_duo(match, ending.final_meeting_on, _FINAL_MEETING_BEFORE_DUO)
    # Only meetings: the coach's follow-up calls may go on after the end (a last call, the
    # final evaluation).
    logged = [item.held_on for item in edit.find(Meeting, match_id=match.id)]
    if logged and ending.ended_on < max(logged):
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "A meeting of this duo is logged on {day}, after this end. "
                "Date the end on that day or later, or correct that meeting first.",
            ),
            day=max(logged).isoformat(),
        )


def end_duo(
    programme: Programme,
    mentee_id: str,
    ending: Ending,
    *,
    wait_again: bool,
    author: str,
    today: date,
) -> Ending:
    """End a running duo, planned or early; the mentor's place is free again. With
    `wait_again` the mentee waits for a new mentor from the end day on."""
    _check_ending(ending, today)
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _duo(edit, ending.match_id, running=True)
        _check_end_day(edit, match, ending)
        stored = edit.add(dataclasses.replace(ending, reopened_on=None, reopen_reason=""))
        edit.update(dataclasses.replace(match, ended_on=ending.ended_on))
        # Never dated before the latest step of the path (a duo reopened on a later day and
        # ended again): the path is read in date order, and the end must come last.
        step = current_step(edit.find(StatusChange))
        since = max(ending.ended_on, step.since) if step else ending.ended_on
        edit.set_status(Status.ACCEPTED if wait_again else Status.ENDED, since)
        return stored


def correct_ending(
    programme: Programme, mentee_id: str, ending: Ending, *, author: str, today: date
) -> Ending:
    """Correct the ending of an ended duo (a final meeting forgotten, feedback given later,
    a wrong reason). The end day stays: moving it would rewrite the path and free the
    mentor's place on another day; a wrong day is reopened and ended again."""
    _check_ending(ending, today)
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _duo(edit, ending.match_id)
        stored = next(
            (
                item
                for item in edit.find(Ending, id=ending.id)
                if item.reopened_on is None and item.match_id == match.id
            ),
            None,
        )
        if match.ended_on is None or stored is None:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError", "This ending is no longer the one that counts. Open the case again."
                )
            )
        if ending.ended_on != stored.ended_on:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The end day of a duo is not changed here. If it is wrong, reopen the duo "
                    "and end it again on the right day.",
                )
            )
        if ending.final_meeting_on is not None:
            _not_before_duo(match, ending.final_meeting_on, _FINAL_MEETING_BEFORE_DUO)
        return edit.update(dataclasses.replace(ending, reopened_on=None, reopen_reason=""))


def reopen_duo(
    programme: Programme, mentee_id: str, match_id: str, *, reason: str, author: str, today: date
) -> Match:
    """Undo an ending made by mistake: the duo runs again and the ending is kept, marked as
    reopened. Refused when the mentee has another match since, or the mentor is full."""
    if not reason.strip():
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Note why the duo is reopened: the reason is kept with the ending."
            )
        )
    programme.index.refresh(programme.cases)
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _duo(edit, match_id)
        if match.state is not MatchState.ENDED:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError", "This duo is running: only an ended duo can be reopened."
                )
            )
        if any(other.is_open for other in edit.find(Match) if other.id != match_id):
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "This mentee has a new match since the duo ended. Decline or end that "
                    "match first, then reopen this duo.",
                )
            )
        mentor = programme.index.get(match.mentor_id)
        if mentor is None or mentor.status is not Status.ACCEPTED:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The mentor of this duo was erased or is no longer an accepted mentor: the "
                    "duo cannot run again.",
                )
            )
        taken = open_places_taken(programme.index.matches())[match.mentor_id]
        if taken >= max(1, mentor.capacity or 1):
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The mentor has taken another mentee since and has no free place. Raise "
                    "their number of mentees in their case file first.",
                )
            )
        for ending in edit.find(Ending, match_id=match_id):
            if ending.reopened_on is None:
                edit.update(
                    dataclasses.replace(ending, reopened_on=today, reopen_reason=reason.strip())
                )
        edit.set_status(Status.IN_DUO, max(today, match.ended_on or today))
        return edit.update(dataclasses.replace(match, ended_on=None))


# --- outcomes -------------------------------------------------------------------------------


def save_outcome(
    programme: Programme, mentee_id: str, outcome: Outcome, *, author: str, today: date
) -> Outcome:
    """Store an outcome follow-up 3, 6, 9 or 12 months after the end (one of each: a second
    one for the same month replaces the first)."""
    if outcome.months_after not in OUTCOME_MONTHS:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Outcomes are followed up 3, 6, 9 and 12 months after the end."
            )
        )
    _not_in_future(
        outcome.recorded_on,
        today,
        QT_TRANSLATE_NOOP("DuoError", "An outcome cannot be dated in the future. Check the date."),
    )
    if outcome.situation is not Situation.EMPLOYED:
        # The contract and the level describe a job: without one they would mislead funders.
        outcome = dataclasses.replace(outcome, contract=outcome.contract.NONE, at_level=None)
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _duo(edit, outcome.match_id)
        if match.ended_on is None:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError", "Outcomes are followed up after the duo ended. End the duo first."
                )
            )
        # A follow-up tells the situation some months after the end: learned much earlier, it
        # would stand in for a later situation nobody asked about.
        earliest = add_months(match.ended_on, outcome.months_after) - OUTCOME_EARLY_SLACK
        if outcome.recorded_on < earliest:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The follow-up {months} months after the end is due on {due}: it can be "
                    "recorded from {earliest} on. Record an earlier follow-up instead.",
                ),
                months=outcome.months_after,
                due=add_months(match.ended_on, outcome.months_after).isoformat(),
                earliest=earliest.isoformat(),
            )
        same_month = [
            item
            for item in edit.find(Outcome, match_id=match.id)
            if item.months_after == outcome.months_after and item.id != outcome.id
        ]
        if same_month:
            outcome = dataclasses.replace(outcome, id=same_month[0].id)
        return _save(edit, outcome)
