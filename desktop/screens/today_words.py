"""What the items of Today and the quality criteria say, in words.

The rules (`desktop.rules.today`, `desktop.rules.quality`) return codes and numbers; this
module turns them into translated sentences, once, for the Today screen and its quality
checklist. Nothing here decides what is due: it only reads the fields of an item.

    item_text(item, today)       # "No contact for 23 days (agreed: every 14 days)"
    who_text(item, entries)      # "Amani Okonkwo-Dubois with Ingrid Vandersteen"
    criterion_label(Criterion.AGREEMENT)   # "Signed agreement"
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from desktop.models.participants import wait_text
from desktop.rules.duo_schedule import EVALUATION_WINDOW_MONTHS, INTERIM_AFTER_MONTHS
from desktop.rules.quality import (
    CONTACT_GRACE_DAYS,
    MINIMUM_MONTHS,
    Criterion,
    ProgrammeCriterion,
)
from desktop.rules.today import NO_AGREEMENT, TodayItem, TodayKind, Urgency
from desktop.screens.case_words import day_text
from storage.duo_records import Respondent
from storage.index import IndexEntry
from storage.records import Role


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TodayWords", text, None, n)


# --- Today ---------------------------------------------------------------------------------


def urgency_label(urgency: Urgency) -> str:
    """How soon to act, in one word shown beside the coloured marker."""
    return {
        Urgency.URGENT: _tr("Urgent"),
        Urgency.DUE: _tr("Due"),
        Urgency.SOON: _tr("Soon"),
    }[urgency]


def _days(count: int) -> str:
    return _tr("1 day") if count == 1 else _tr("%n days", count)


def _silent(item: TodayItem, today: date) -> str:
    silent = item.detail or 0
    # The rules date the item from the day contact became due: the silence less the days
    # overdue is the agreed frequency, whichever way it was set (agreement or programme).
    every = silent - item.days
    if every == 1:
        return _tr("No contact for {days} (agreed: every day)").format(days=_days(silent))
    return _tr("No contact for {days} (agreed: every {every} days)").format(
        days=_days(silent), every=every
    )


def _concern(item: TodayItem, today: date) -> str:
    return _tr("The latest follow-up flags a concern: act on it, or mediate")


def _validate(item: TodayItem, today: date) -> str:
    return _tr("First meeting on {day}: ask both and validate the duo").format(
        day=day_text(item.since)
    )


def _agreement(item: TodayItem, today: date) -> str:
    if NO_AGREEMENT in item.missing:
        return _tr("No agreement recorded yet")
    return _tr("Agreement not yet signed by mentor, mentee and coach")


def _interim(item: TodayItem, today: date) -> str:
    if item.days == 0:
        return _tr("Interim call with both due today")
    return _tr("Interim call with both due since {day}").format(day=day_text(item.since))


def _end(item: TodayItem, today: date) -> str:
    left = item.detail or 0
    if item.urgency is Urgency.SOON:
        if left == 1:
            return _tr("Planned end tomorrow: plan the final meeting and the evaluation")
        return _tr("Planned end in {days}: plan the final meeting and the evaluation").format(
            days=_days(left)
        )
    if item.days == 0:
        return _tr("Planned end today: hold the final meeting and the evaluation")
    return _tr("Planned end passed on {day}: hold the final meeting and end the duo").format(
        day=day_text(item.since)
    )


def _evaluation(item: TodayItem, today: date) -> str:
    mentee = Respondent.MENTEE.value in item.missing
    mentor = Respondent.MENTOR.value in item.missing
    if mentee and mentor:
        return _tr("Final evaluation to take from the mentee and the mentor")
    if mentee:
        return _tr("Final evaluation to take from the mentee")
    return _tr("Final evaluation to take from the mentor")


def _outcome(item: TodayItem, today: date) -> str:
    return _tr("Outcome follow-up at {months} months due").format(months=item.detail or 0)


def _waiting(item: TodayItem, today: date) -> str:
    waited = item.detail or 0
    return _tr("Waiting for a match for {wait}").format(
        wait=wait_text(today - timedelta(days=waited), today)
    )


def _clock(item: TodayItem, today: date) -> str:
    return _tr(
        "The computer's date looks wrong: it says {today}, but nothing was recorded after "
        "{latest}. Check the date and time in the computer's settings."
    ).format(today=day_text(today), latest=day_text(item.since))


_SENTENCES: dict[TodayKind, Callable[[TodayItem, date], str]] = {
    TodayKind.CLOCK_WRONG: _clock,
    TodayKind.CONCERN: _concern,
    TodayKind.SILENT: _silent,
    TodayKind.VALIDATE_FIRST_MEETING: _validate,
    TodayKind.AGREEMENT_UNSIGNED: _agreement,
    TodayKind.INTERIM_CALL_DUE: _interim,
    TodayKind.END_APPROACHING: _end,
    TodayKind.EVALUATION_DUE: _evaluation,
    TodayKind.OUTCOME_DUE: _outcome,
    TodayKind.WAITING_LONG: _waiting,
}


def item_text(item: TodayItem, today: date) -> str:
    """What needs doing, as one sentence."""
    return _SENTENCES[item.kind](item, today)


def due_text(item: TodayItem) -> str:
    """The day the item became due (or, for an approaching end, the planned end)."""
    return "" if item.kind is TodayKind.CLOCK_WRONG else day_text(item.since)


def _name(entries: Mapping[str, IndexEntry], person_id: str) -> str:
    entry = entries.get(person_id)
    if entry is None:
        return _tr("(erased)")
    return entry.display_name or _tr("(damaged file)")


def who_text(item: TodayItem, entries: Mapping[str, IndexEntry]) -> str:
    """The duo's mentee and mentor, or the waiting person and their role."""
    if item.kind is TodayKind.CLOCK_WRONG:
        return ""
    if item.other_id:
        return _tr("{mentee} with {mentor}").format(
            mentee=_name(entries, item.case_id), mentor=_name(entries, item.other_id)
        )
    entry = entries.get(item.case_id)
    if entry is not None and entry.role is Role.MENTOR:
        return _tr("{name} (mentor)").format(name=_name(entries, item.case_id))
    return _tr("{name} (mentee)").format(name=_name(entries, item.case_id))


def count_text(count: int) -> str:
    """How many things need attention."""
    if count == 0:
        return _tr("Nothing needs attention")
    if count == 1:
        return _tr("1 thing needs attention")
    return _tr("%n things need attention", count)


# --- quality criteria ----------------------------------------------------------------------


def criterion_label(criterion: Criterion) -> str:
    """A quality criterion's short name."""
    return {
        Criterion.INFO_SESSION: _tr("Info session"),
        Criterion.INTERVIEW: _tr("Intake interview"),
        Criterion.REFUSAL_REASON: _tr("Reason for a refusal"),
        Criterion.COACH_AT_FIRST_MEETING: _tr("Coach at the first meeting"),
        Criterion.VALIDATION: _tr("Validation by both"),
        Criterion.AGREEMENT: _tr("Signed agreement"),
        Criterion.MINIMUM_DURATION: _tr("At least {months} months").format(months=MINIMUM_MONTHS),
        Criterion.CONTACT_FREQUENCY: _tr("Regular contact"),
        Criterion.FIXED_FOLLOW_UP: _tr("Fixed follow-up"),
        Criterion.FINAL_MEETING: _tr("Final meeting"),
        Criterion.EVALUATION: _tr("Evaluation after the end"),
    }[criterion]


def criterion_explanation(criterion: Criterion) -> str:
    """What the data must show for a criterion to be met, and who it is judged for."""
    return {
        Criterion.INFO_SESSION: _tr(
            "Mentees and mentors past registration attended an info session."
        ),
        Criterion.INTERVIEW: _tr(
            "Mentees and mentors past registration had a personal intake interview."
        ),
        Criterion.REFUSAL_REASON: _tr(
            "Refused or referred candidates were told the reason, or where to go instead."
        ),
        Criterion.COACH_AT_FIRST_MEETING: _tr("The coach was at the duo's first meeting."),
        Criterion.VALIDATION: _tr("Mentee and mentor confirmed the duo after the first meeting."),
        Criterion.AGREEMENT: _tr(
            "An agreement naming the ethics charter, signed by mentor, mentee and coach by "
            "the interim call."
        ),
        Criterion.MINIMUM_DURATION: _tr(
            "The duo lasted at least {months} months. Judged when it ends, or once it has "
            "lasted that long."
        ).format(months=MINIMUM_MONTHS),
        Criterion.CONTACT_FREQUENCY: _tr(
            "No gap between meetings or contacts longer than the agreed frequency plus "
            "{grace} days of grace."
        ).format(grace=CONTACT_GRACE_DAYS),
        Criterion.FIXED_FOLLOW_UP: _tr(
            "One coach follows the duo and held the interim call after {months} month."
        ).format(months=INTERIM_AFTER_MONTHS),
        Criterion.FINAL_MEETING: _tr("An ended duo had a final meeting."),
        Criterion.EVALUATION: _tr(
            "Mentee and mentor gave a final evaluation (asked during the {months} months "
            "after the end)."
        ).format(months=EVALUATION_WINDOW_MONTHS),
    }[criterion]


def quality_result_text(result: ProgrammeCriterion) -> str:
    """ "12 / 15 (80%)", or that nobody could be judged yet."""
    share = result.share
    if share is None:
        return _tr("nothing to judge yet")
    return _tr("{met} / {applicable} ({share}%)").format(
        met=result.met, applicable=result.applicable, share=round(share * 100)
    )


def quality_state_text(result: ProgrammeCriterion) -> str:
    """Whether the programme meets a criterion, in words beside the coloured marker."""
    if result.share is None:
        return _tr("Not judged")
    if result.met == result.applicable:
        return _tr("Met")
    return _tr("Falls short")
