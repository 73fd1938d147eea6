"""The small date rules of a duo, shared by Today and the quality checklist. No Qt.

A duo starts on its agreement's start day, or on its validation while it has no agreement.
From there: the coach's interim call is due one month later (domain.md, step 11), the duo is
planned to end after its agreed months (6 by default), and after the end the evaluations of
mentee and mentor are asked while the end is fresh, then the outcome follow-ups come due at
3, 6, 9 and 12 months (step 13). Months are calendar months that clamp to the month's end:
31 January + 1 month is 28 February (29 in a leap year).

Every function takes the day it judges (`today`, `until`), so tests control the clock; a
date recorded after that day never makes a negative count.

    interim_due_on(summary)          # date(2026, 2, 28) for a duo starting 31 January 2026
    silent_days(summary, today)      # 16: sixteen days without a meeting or contact
    outcome_due(summary, today)      # 6: the six-month outcome follow-up is to be recorded
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from heapq import merge

from desktop.rules.waiting import add_months, wait_days
from storage.duo_records import DEFAULT_DURATION_MONTHS, OUTCOME_MONTHS, Respondent
from storage.duo_summary import DuoSummary

INTERIM_AFTER_MONTHS = 1
# The final evaluations are asked while the end is fresh: until the first outcome
# follow-up. Later answers are still welcome, but Today stops asking for them.
EVALUATION_WINDOW_MONTHS = 3
# The last outcome follow-up (12 months) stays due this long; then nothing more is asked.
OUTCOME_GRACE_MONTHS = 3
FINAL_RESPONDENTS = (Respondent.MENTEE.value, Respondent.MENTOR.value)


def duo_start(summary: DuoSummary) -> date:
    """The agreement's start day, or the validation day while there is no agreement."""
    return summary.start_on if summary.has_agreement and summary.start_on else summary.validated_on


def interim_due_on(summary: DuoSummary) -> date:
    """The day the coach's interim call with both becomes due: one month after the start."""
    return add_months(duo_start(summary), INTERIM_AFTER_MONTHS)


def silent_days(summary: DuoSummary, today: date) -> int:
    """Days since the last meeting or contact, or since the start when there was none.

    A duo is never silent for longer than it has existed: a meeting logged before the
    agreement's start counts from the start. Never negative.
    """
    last = summary.last_contact_on
    since = duo_start(summary) if last is None else max(last, duo_start(summary))
    return wait_days(since, today)


def longest_gap_days(summary: DuoSummary, until: date) -> int:
    """The longest stretch without a meeting or contact between the start and `until`
    (the open stretch up to `until` included); 0 when `until` is not after the start.

    Meetings and contacts outside that span are left out.
    """
    previous = duo_start(summary)
    if until <= previous:
        return 0
    longest = 0
    # Both tuples are kept oldest first, so merging them keeps this linear.
    for day in merge(summary.meeting_days, summary.contact_days):
        if day <= previous:
            continue
        if day > until:
            break
        longest = max(longest, (day - previous).days)
        previous = day
    return max(longest, (until - previous).days)


def planned_end(summary: DuoSummary) -> date:
    """The agreement's planned end, or six months after the start when none is known."""
    if summary.has_agreement and summary.planned_end_on is not None:
        return summary.planned_end_on
    months = summary.planned_months if summary.has_agreement and summary.planned_months else 0
    return add_months(duo_start(summary), months or DEFAULT_DURATION_MONTHS)


def missing_final_evaluations(
    summary: DuoSummary, asked: Iterable[str] = FINAL_RESPONDENTS
) -> tuple[str, ...]:
    """Who has not yet given a final evaluation: "mentee", "mentor" (in that order), among
    those who may be `asked` (who consented to be contacted for it)."""
    may_ask = set(asked)
    return tuple(
        respondent
        for respondent in FINAL_RESPONDENTS
        if respondent in may_ask and f"final/{respondent}" not in summary.evaluations
    )


def evaluation_closes_on(ended_on: date) -> date:
    """The last day the final evaluations are asked for (see EVALUATION_WINDOW_MONTHS)."""
    return add_months(ended_on, EVALUATION_WINDOW_MONTHS)


def outcome_due_dates(ended_on: date) -> dict[int, date]:
    """The due day of each outcome follow-up (3, 6, 9, 12 months after the end)."""
    return {months: add_months(ended_on, months) for months in OUTCOME_MONTHS}


def outcome_due(summary: DuoSummary, today: date) -> int | None:
    """The outcome follow-up to record now, in months after the end; None when none is.

    It is the latest follow-up whose day has come, if it is not recorded yet. An earlier one
    that was missed is no longer asked: the mentee's situation three months after the end
    cannot be asked reliably at nine months, and the later follow-up tells more. The
    12-month follow-up stays due for OUTCOME_GRACE_MONTHS (three months, like the others);
    from then on nothing is due.
    """
    if summary.ended_on is None:
        return None
    due_dates = outcome_due_dates(summary.ended_on)
    # Each follow-up is due until the next one takes over; the last for as long again.
    if today >= add_months(due_dates[OUTCOME_MONTHS[-1]], OUTCOME_GRACE_MONTHS):
        return None
    reached = [months for months, due in due_dates.items() if due <= today]
    if not reached or reached[-1] in summary.outcomes:
        return None
    return reached[-1]
