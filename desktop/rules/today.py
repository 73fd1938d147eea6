"""What needs the coach's attention today, each item one click from its case. No Qt.

The Today screen only shows these items; every rule lives here and takes `today`, so a test
(or a wrong clock) can set the day. The rules only report: nothing is closed, ended or
deleted because a day has passed. When the day is more than a year after the latest thing
recorded in the programme, the computer's clock looks wrong and that is said first.

Each kind: when it appears; its urgency; what `since` is; what `detail` holds.

- CLOCK_WRONG: today > the latest recorded day + 365; URGENT and always first; that day.
- CONCERN: the latest follow-up flags a concern and its next action day has come (or none
  was set); URGENT; the next action day (or the follow-up's day).
- SILENT: no meeting or contact for longer than the agreed frequency; DUE, URGENT once the
  silence is longer than `silent_urgent_days`; the day contact was due; days silent.
- VALIDATE_FIRST_MEETING: the first meeting day has come, the match is not validated; DUE;
  the first meeting day.
- AGREEMENT_UNSIGNED: a running duo without an agreement signed by mentor, mentee and
  coach; DUE; the validation day. `missing` says NO_AGREEMENT or NOT_SIGNED.
- INTERIM_CALL_DUE: one month after the start and no interim call; DUE; its due day.
- END_APPROACHING: the planned end is within `end_warning_days`, or passed, and the duo has
  not ended; SOON before the end day, DUE from it; the planned end (which may be after
  today); days left until it (0 from the end day).
- EVALUATION_DUE: an ended duo misses the final evaluation of mentee or mentor (asked for
  three months after the end); DUE; the end day. `missing` names the respondents.
- OUTCOME_DUE: an outcome follow-up has come due (duo_schedule.outcome_due); DUE; its due
  day; its months after the end.
- WAITING_LONG: an accepted candidate has waited `waiting_threshold_days` or longer; DUE
  for a mentee, SOON for a mentor (a mentor with a free place waits for a mentee who fits:
  keeping them warm matters, but never before a duo or a mentee); the day the wait became
  long; days waited.

`days` is how long the item is overdue (today - since), never negative. A concern and a long
silence are the duo at risk, hence urgent; an approaching end is only a reminder until the
day itself. Items are ordered by urgency, then the most overdue first.

    items = today_items(index.matches(), index.entries(status=Status.ACCEPTED),
                        TodaySettings.from_profile(profile), date.today())
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.rules.duo_schedule import (
    FINAL_RESPONDENTS,
    evaluation_closes_on,
    interim_due_on,
    missing_final_evaluations,
    outcome_due,
    outcome_due_dates,
    planned_end,
    silent_days,
)
from desktop.rules.waiting import is_overdue, is_waiting, wait_days
from storage.duo_summary import DuoSummary
from storage.index import IndexEntry, MatchEntry
from storage.records import MatchState, Role

if TYPE_CHECKING:
    from storage.programme import ProgrammeProfile

CLOCK_SLACK_DAYS = 365
# What an AGREEMENT_UNSIGNED item lacks, in its `missing` field.
NO_AGREEMENT = "agreement"
NOT_SIGNED = "signatures"


class TodayKind(StrEnum):
    """What needs attention (see the module's table)."""

    CLOCK_WRONG = "clock-wrong"
    CONCERN = "concern"
    SILENT = "silent"
    VALIDATE_FIRST_MEETING = "validate-first-meeting"
    AGREEMENT_UNSIGNED = "agreement-unsigned"
    INTERIM_CALL_DUE = "interim-call-due"
    END_APPROACHING = "end-approaching"
    EVALUATION_DUE = "evaluation-due"
    OUTCOME_DUE = "outcome-due"
    WAITING_LONG = "waiting-long"


class Urgency(StrEnum):
    """How soon to act, most urgent first."""

    URGENT = "urgent"
    DUE = "due"
    SOON = "soon"


_URGENCY_RANK = {urgency: rank for rank, urgency in enumerate(Urgency)}
_KIND_RANK = {kind: rank for rank, kind in enumerate(TodayKind)}


@dataclass(frozen=True)
class TodayItem:
    """One thing to do. `case_id` is the case to open: the mentee's for a duo, the waiting
    person's for WAITING_LONG, "" for CLOCK_WRONG. `missing` names what is missing: the
    respondents of EVALUATION_DUE ("mentee", "mentor"), or NO_AGREEMENT / NOT_SIGNED."""

    kind: TodayKind
    urgency: Urgency
    case_id: str
    match_id: str
    other_id: str  # the mentor of a duo, or ""
    since: date
    days: int
    detail: int | None = None
    missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class TodaySettings:
    """The programme's thresholds (ProgrammeProfile holds the coordinator's choices).

    `contact_every_days` applies only to a duo without an agreement (an agreement sets its
    own frequency). A threshold of 0 or less switches its item off (except the urgent
    silence, which then starts with the silence itself).
    """

    contact_every_days: int = 14
    silent_urgent_days: int = 30
    end_warning_days: int = 21
    waiting_threshold_days: int = 28

    @classmethod
    def from_profile(cls, profile: ProgrammeProfile) -> TodaySettings:
        """The thresholds the coordinator set for the programme."""
        return cls(
            contact_every_days=profile.contact_every_days,
            silent_urgent_days=profile.silent_urgent_days,
            end_warning_days=profile.end_warning_days,
            waiting_threshold_days=profile.waiting_threshold_days,
        )


def _recorded_days(match: MatchEntry) -> tuple[date | None, ...]:
    """The days recorded for a match: what happened, not what is planned."""
    duo = match.duo
    if duo is None:
        return (match.proposed_on, match.state_since)
    return (
        match.proposed_on,
        match.state_since,
        duo.validated_on,
        duo.start_on,
        duo.last_contact_on,
        duo.last_follow_up_on,
        duo.ended_on,
        duo.final_meeting_on,
    )


def latest_recorded(
    matches: Iterable[MatchEntry],
    people: Iterable[IndexEntry] = (),
    until: date | None = None,
) -> date | None:
    """The latest day recorded for any match or person; None when nothing is recorded.

    With `until`, later days are left out: one day typed years ahead must not hide a clock
    that runs ahead.
    """
    latest: date | None = None
    for match in matches:
        for day in _recorded_days(match):
            if day is not None and (until is None or day <= until):
                latest = day if latest is None or day > latest else latest
    for person in people:
        for day in (person.status_since, person.info_session_on, person.intake_on):
            if day is not None and (until is None or day <= until):
                latest = day if latest is None or day > latest else latest
    return latest


def clock_looks_wrong(latest: date | None, today: date) -> bool:
    """Whether today is more than a year after the latest recorded day."""
    return latest is not None and (today - latest).days > CLOCK_SLACK_DAYS


def today_items(
    matches: Iterable[MatchEntry],
    waiting: Iterable[IndexEntry],
    settings: TodaySettings,
    today: date,
    coach: str | None = None,
    entries: Mapping[str, IndexEntry] | None = None,
) -> list[TodayItem]:
    """Everything that needs attention on `today`: CLOCK_WRONG first, then by urgency, the
    most overdue first.

    `waiting` are the participants who may be waiting for a match (only the accepted ones
    waiting count; pass `waiting.longest_wait_first(..., places_taken=...)` to leave out
    mentors whose places are all taken). With `coach` (a staff id), only the duos whose
    mentee that coach follows, and the waiting people they follow; this needs `entries`
    (id → IndexEntry).
    With `entries`, a match whose mentee is gone (erased) is left out, and so is a match
    before its end whose mentor is gone.
    """
    if coach is not None and entries is None:
        raise ValueError("Filtering by coach needs the index entries.")
    all_matches = list(matches)
    all_waiting = list(waiting)
    items: list[TodayItem] = []
    for match in all_matches:
        if _shown(match, coach, entries):
            items.extend(_match_items(match, settings, today, entries))
    for person in all_waiting:
        if coach is None or person.coach == coach:
            item = _waiting_item(person, settings, today)
            if item is not None:
                items.append(item)
    items.sort(key=_order)
    people = entries.values() if entries is not None else all_waiting
    latest = latest_recorded(all_matches, people, until=today)
    if latest is not None and clock_looks_wrong(latest, today):
        items.insert(
            0,
            TodayItem(
                TodayKind.CLOCK_WRONG, Urgency.URGENT, "", "", "", latest, wait_days(latest, today)
            ),
        )
    return items


def _order(item: TodayItem) -> tuple[int, bool, int, int, str, str]:
    # Within one urgency the duos come first: a long wait is told on the waiting list too,
    # and hundreds of waiting candidates must not bury an interim call.
    return (
        _URGENCY_RANK[item.urgency],
        item.kind is TodayKind.WAITING_LONG,
        -item.days,
        _KIND_RANK[item.kind],
        item.case_id,
        item.match_id,
    )


def _shown(match: MatchEntry, coach: str | None, entries: Mapping[str, IndexEntry] | None) -> bool:
    if entries is None:
        return True
    mentee = entries.get(match.mentee_id)
    if mentee is None:
        return False
    # An erased mentor leaves a running duo impossible (erasure is refused), but an ended
    # duo's evaluation and outcome follow-ups are the mentee's and still count.
    if match.mentor_id not in entries and match.state is not MatchState.ENDED:
        return False
    return coach is None or mentee.coach == coach


def _match_items(
    match: MatchEntry,
    settings: TodaySettings,
    today: date,
    entries: Mapping[str, IndexEntry] | None = None,
) -> list[TodayItem]:
    if match.state is MatchState.MEETING_PLANNED:
        if match.state_since > today:
            return []
        return [
            _item(match, TodayKind.VALIDATE_FIRST_MEETING, Urgency.DUE, match.state_since, today)
        ]
    duo = match.duo
    if duo is None:
        return []
    if duo.ended_on is None:
        return _running_items(match, duo, settings, today)
    asked = may_be_asked(match, entries)
    return _ended_items(match, duo, duo.ended_on, today, asked)


def may_be_asked(match: MatchEntry, entries: Mapping[str, IndexEntry] | None) -> tuple[str, ...]:
    """Who of the duo may be contacted for evaluations and outcome follow-ups: those whose
    consent to it is given and not withdrawn (everyone when `entries` is not known)."""
    if entries is None:
        return FINAL_RESPONDENTS
    people = {"mentee": match.mentee_id, "mentor": match.mentor_id}
    return tuple(
        role
        for role in FINAL_RESPONDENTS
        if (entry := entries.get(people[role])) is not None and entry.evaluation_consent
    )


def _running_items(
    match: MatchEntry, duo: DuoSummary, settings: TodaySettings, today: date
) -> list[TodayItem]:
    items: list[TodayItem] = []
    if duo.concern and (duo.next_action_on is None or duo.next_action_on <= today):
        since = duo.next_action_on or duo.last_follow_up_on or duo.validated_on
        items.append(_item(match, TodayKind.CONCERN, Urgency.URGENT, since, today))
    every = duo.contact_every_days if duo.has_agreement else settings.contact_every_days
    silent = silent_days(duo, today)
    if every > 0 and silent > every:
        urgency = Urgency.URGENT if silent > settings.silent_urgent_days else Urgency.DUE
        since = today - timedelta(days=silent - every)
        items.append(_item(match, TodayKind.SILENT, urgency, since, today, detail=silent))
    if not (duo.has_agreement and duo.signed):
        missing = NOT_SIGNED if duo.has_agreement else NO_AGREEMENT
        items.append(
            _item(
                match,
                TodayKind.AGREEMENT_UNSIGNED,
                Urgency.DUE,
                duo.validated_on,
                today,
                missing=(missing,),
            )
        )
    interim = interim_due_on(duo)
    if duo.interim_call_on is None and interim <= today:
        items.append(_item(match, TodayKind.INTERIM_CALL_DUE, Urgency.DUE, interim, today))
    end = planned_end(duo)
    if settings.end_warning_days > 0 and today >= end - timedelta(days=settings.end_warning_days):
        urgency = Urgency.SOON if today < end else Urgency.DUE
        items.append(
            _item(
                match, TodayKind.END_APPROACHING, urgency, end, today, detail=wait_days(today, end)
            )
        )
    return items


def _ended_items(
    match: MatchEntry, duo: DuoSummary, ended_on: date, today: date, asked: tuple[str, ...]
) -> list[TodayItem]:
    if ended_on > today:
        return []
    items: list[TodayItem] = []
    missing = missing_final_evaluations(duo, asked)
    if missing and today <= evaluation_closes_on(ended_on):
        items.append(
            _item(match, TodayKind.EVALUATION_DUE, Urgency.DUE, ended_on, today, missing=missing)
        )
    months = outcome_due(duo, today) if "mentee" in asked else None
    if months is not None:
        due = outcome_due_dates(ended_on)[months]
        items.append(_item(match, TodayKind.OUTCOME_DUE, Urgency.DUE, due, today, detail=months))
    return items


def _waiting_item(person: IndexEntry, settings: TodaySettings, today: date) -> TodayItem | None:
    since = person.waiting_since
    threshold = settings.waiting_threshold_days
    if since is None or not is_waiting(person) or not is_overdue(since, today, threshold):
        return None
    waited = wait_days(since, today)
    return TodayItem(
        TodayKind.WAITING_LONG,
        Urgency.SOON if person.role is Role.MENTOR else Urgency.DUE,
        person.id,
        "",
        "",
        since + timedelta(days=threshold),
        waited - threshold,
        detail=waited,
    )


def _item(
    match: MatchEntry,
    kind: TodayKind,
    urgency: Urgency,
    since: date,
    today: date,
    *,
    detail: int | None = None,
    missing: tuple[str, ...] = (),
) -> TodayItem:
    return TodayItem(
        kind,
        urgency,
        match.mentee_id,
        match.id,
        match.mentor_id,
        since,
        wait_days(since, today),
        detail=detail,
        missing=missing,
    )
