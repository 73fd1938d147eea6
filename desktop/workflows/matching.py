"""The steps of a match as plain functions over a programme (domain.md, steps 5-8). No Qt.

    match = propose_match(programme, mentee_id, mentor_id, proposed_on=today, score=78.5,
                          author=coach_id)
    record_answer(programme, mentee_id, match.id, DeclinedBy.MENTOR, Answer.YES, on=today,
                  reason="", author=coach_id, today=today)
    plan_first_meeting(programme, mentee_id, match.id, on=day, place="Library café",
                       coach_present=True, author=coach_id)
    validate_duo(programme, mentee_id, match.id, on=day, author=coach_id, today=today)

Every step is one save of the mentee's case file: the match record and the mentee's path
change together. The mentor's file is never written; their places are counted from the
index. A proposal re-checks the hard rules against the case files as they are now, so a
pair declined or a mentor filled up since the suggestions were shown is refused.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from desktop.matching.from_index import open_places_taken
from desktop.rules.match_steps import (
    DeclinedBy,
    MatchStep,
    can_decline,
    earliest_day,
    last_decided,
    next_step,
    validation_waits,
)
from desktop.rules.status_path import current_step
from storage.errors import QT_TRANSLATE_NOOP, DuoError
from storage.programme import Programme
from storage.record_edit import RecordEdit
from storage.records import Answer, Match, MatchState, Role, Status, StatusChange


def free_places(programme: Programme, mentor_id: str) -> int:
    """How many more mentees the mentor can take now (capacity minus open matches)."""
    entry = programme.index.get(mentor_id)
    if entry is None:
        return 0
    taken = open_places_taken(programme.index.matches())[mentor_id]
    return max(0, max(1, entry.capacity or 1) - taken)


def propose_match(
    programme: Programme,
    mentee_id: str,
    mentor_id: str,
    *,
    proposed_on: date,
    score: float | None,
    author: str,
) -> Match:
    """Propose `mentor_id` for the waiting mentee; the mentee's path moves to matching."""
    programme.index.refresh(programme.cases)
    mentor = programme.index.get(mentor_id)
    if mentor is None or mentor.role is not Role.MENTOR:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "This mentor is no longer in the programme. Refresh the suggestions."
            )
        )
    if mentor.status is not Status.ACCEPTED:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "This mentor has not been accepted (or has left the programme): only accepted "
                "mentors can be proposed.",
            )
        )
    if free_places(programme, mentor_id) <= 0:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "This mentor already has as many mentees as they agreed to take. Choose another "
                "mentor, or raise their number of mentees in their case file first.",
            )
        )
    with programme.cases.edit(mentee_id, author=author) as edit:
        if edit.participant.role is not Role.MENTEE:
            raise DuoError(
                QT_TRANSLATE_NOOP("DuoError", "Only a mentee can be matched with a mentor.")
            )
        step = current_step(edit.find(StatusChange))
        if step is None or step.status is not Status.ACCEPTED:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "This mentee is not waiting for a match: only an accepted mentee who is not "
                    "matched yet can be proposed a mentor.",
                )
            )
        if proposed_on < step.since:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The proposal cannot be dated before the mentee's last step "
                    "({since}). Check the date.",
                ),
                since=step.since.isoformat(),
            )
        if any(
            match.mentor_id == mentor_id and match.state in (MatchState.DECLINED, MatchState.ENDED)
            for match in edit.find(Match)
        ):
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "This pair was proposed before (declined, or a duo that has ended): Duo does "
                    "not propose it again.",
                )
            )
        match = edit.add(Match(mentor_id=mentor_id, proposed_on=proposed_on, score=score))
        edit.set_status(Status.MATCHING, proposed_on)
    return match


def _open_match(edit: RecordEdit, match_id: str) -> Match:
    found = edit.find(Match, id=match_id)
    if not found:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "This match is no longer in the case file. Open the case again."
            )
        )
    return found[0]


def _check_mentor(programme: Programme, match: Match) -> None:
    """A step forward needs the mentor still in the programme, and still accepted."""
    mentor = programme.index.get(match.mentor_id)
    if mentor is None or mentor.status is not Status.ACCEPTED:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "The mentor of this match was erased or is no longer an accepted mentor: the "
                "match cannot go on. Decline it, then find another mentor.",
            )
        )


def _check_day(match: Match, on: date, today: date | None, earliest: date | None = None) -> None:
    earliest = earliest or earliest_day(match)
    if on < earliest:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError",
                "This step cannot be dated before the previous one ({earliest}). Check the date.",
            ),
            earliest=earliest.isoformat(),
        )
    if today is not None and on > today:
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "This step has not happened yet: it cannot be dated in the future."
            )
        )


def record_answer(
    programme: Programme,
    mentee_id: str,
    match_id: str,
    side: DeclinedBy,
    answer: Answer,
    *,
    on: date,
    reason: str,
    author: str,
    today: date,
) -> Match:
    """Record the mentor's or the mentee's yes or no; a no declines the match, with its
    reason, and the mentee waits again (the wait goes on from where it began)."""
    expected = {
        DeclinedBy.MENTOR: MatchStep.MENTOR_ANSWER,
        DeclinedBy.MENTEE: MatchStep.MENTEE_ANSWER,
    }
    if answer is Answer.NO and not reason.strip():
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Note why they said no: the reason is kept with the match."
            )
        )
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _open_match(edit, match_id)
        if next_step(match) is not expected.get(side):
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "This answer is not the next step of the match: the mentor is asked first, "
                    "then the mentee. Open the case again to see where the match stands.",
                )
            )
        if answer is Answer.YES:
            _check_mentor(programme, match)
        _check_day(match, on, today)
        prefix = "mentor" if side is DeclinedBy.MENTOR else "mentee"
        changes = {
            f"{prefix}_answer": answer,
            f"{prefix}_answered_on": on,
            f"{prefix}_reason": reason.strip(),
        }
        if answer is Answer.NO:
            changes |= {
                "declined_on": on,
                "declined_by": side.value,
                "decline_reason": reason.strip(),
            }
            edit.set_status(Status.ACCEPTED, on, "")
        return edit.update(dataclasses.replace(match, **changes))


def plan_first_meeting(
    programme: Programme,
    mentee_id: str,
    match_id: str,
    *,
    on: date,
    place: str,
    coach_present: bool,
    author: str,
) -> Match:
    """Plan the first meeting (a neutral place, the coach there or not) once both said yes."""
    if not place.strip():
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Say where the first meeting takes place: a neutral place suits best."
            )
        )
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _open_match(edit, match_id)
        if next_step(match) not in (MatchStep.FIRST_MEETING, MatchStep.VALIDATION):
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The first meeting is planned once both the mentor and the mentee said yes.",
                )
            )
        _check_mentor(programme, match)
        _check_day(match, on, None, last_decided(match))
        return edit.update(
            dataclasses.replace(
                match,
                first_meeting_on=on,
                first_meeting_place=place.strip(),
                coach_present=coach_present,
            )
        )


def validate_duo(
    programme: Programme, mentee_id: str, match_id: str, *, on: date, author: str, today: date
) -> Match:
    """Both confirmed after the first meeting that they go on: the duo starts."""
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _open_match(edit, match_id)
        if next_step(match) is not MatchStep.VALIDATION:
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "A match is validated after its first meeting: plan the meeting first.",
                )
            )
        _check_mentor(programme, match)
        if validation_waits(match, today):
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "The first meeting has not taken place yet: validate the duo once both "
                    "confirmed after it.",
                )
            )
        _check_day(match, on, today)
        edit.set_status(Status.IN_DUO, on)
        return edit.update(dataclasses.replace(match, validated_on=on))


def decline_match(
    programme: Programme,
    mentee_id: str,
    match_id: str,
    *,
    by: DeclinedBy,
    reason: str,
    on: date,
    author: str,
    today: date,
) -> Match:
    """Decline the match at any step before the duo; the pair is never proposed again."""
    if not reason.strip():
        raise DuoError(
            QT_TRANSLATE_NOOP(
                "DuoError", "Note why the match does not go ahead: the reason is kept with it."
            )
        )
    with programme.cases.edit(mentee_id, author=author) as edit:
        match = _open_match(edit, match_id)
        if not can_decline(match):
            raise DuoError(
                QT_TRANSLATE_NOOP(
                    "DuoError",
                    "This match cannot be declined any more: a running duo is ended instead.",
                )
            )
        _check_day(match, on, today, last_decided(match))
        edit.set_status(Status.ACCEPTED, on, "")
        return edit.update(
            dataclasses.replace(
                match, declined_on=on, declined_by=by.value, decline_reason=reason.strip()
            )
        )
