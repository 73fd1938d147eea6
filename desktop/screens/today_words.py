"""What the items of Today and the quality criteria say, in words.

The rules (`desktop.rules.today`, `desktop.rules.quality`) return codes and numbers; this
module turns them into translated sentences, once, for the Today screen and its quality
checklist. Nothing here decides what is due: it only reads the fields of an item.

    item_text(item, today)       # "No contact for 23 days (agreed: every 14 days)"
    who_text(item, entries)      # "Amani Okonkwo-Dubois with Ingrid Vandersteen"
    criterion_label(Criterion.AGREEMENT)   # "Signed agreement"
    shortfall_text(Criterion.CONTACT_FREQUENCY, shortfall)   # "Longest gap: 23 days"
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QObject

from desktop.models.participants import wait_text
from desktop.rules.duo_schedule import EVALUATION_WINDOW_MONTHS, INTERIM_AFTER_MONTHS
from desktop.rules.quality import (
    CONTACT_GRACE_DAYS,
    MINIMUM_MONTHS,
    PARTICIPANT_CRITERIA,
    Cause,
    Criterion,
    ProgrammeCriterion,
    Shortfall,
)
from desktop.rules.today import NO_AGREEMENT, TodayItem, TodayKind, Urgency
from desktop.screens.case_words import day_text
from storage.duo_records import Respondent
from storage.index import IndexEntry
from storage.records import Role

translate = QCoreApplication.translate


class TodayWords(QObject):
    """The translation context of these texts. A text with a count goes through its `tr`,
    so that translators get its plural forms: pyside6-lupdate reads none from
    `translate(context, text, None, n)`."""


# --- Today ---------------------------------------------------------------------------------


def urgency_label(urgency: Urgency) -> str:
    """How soon to act, in one word shown beside the coloured marker."""
    return {
        Urgency.URGENT: translate("TodayWords", "Urgent"),
        Urgency.DUE: translate("TodayWords", "Due"),
        Urgency.SOON: translate("TodayWords", "Soon"),
    }[urgency]


def _days(count: int) -> str:
    if count == 1:
        return translate("TodayWords", "1 day")
    return TodayWords.tr("%n days", "", count)


def _silent(item: TodayItem, today: date) -> str:
    silent = item.detail or 0
    # The rules date the item from the day contact became due: the silence less the days
    # overdue is the agreed frequency, whichever way it was set (agreement or programme).
    every = silent - item.days
    if every == 1:
        return translate("TodayWords", "No contact for {days} (agreed: every day)").format(
            days=_days(silent)
        )
    return translate("TodayWords", "No contact for {days} (agreed: every {every} days)").format(
        days=_days(silent), every=every
    )


def _concern(item: TodayItem, today: date) -> str:
    return translate("TodayWords", "The latest follow-up flags a concern: act on it, or mediate")


def _validate(item: TodayItem, today: date) -> str:
    return translate("TodayWords", "First meeting on {day}: ask both and validate the duo").format(
        day=day_text(item.since)
    )


def _agreement(item: TodayItem, today: date) -> str:
    if NO_AGREEMENT in item.missing:
        return translate("TodayWords", "No agreement recorded yet")
    return translate("TodayWords", "Agreement not yet signed by mentor, mentee and coach")


def _interim(item: TodayItem, today: date) -> str:
    if item.days == 0:
        return translate("TodayWords", "Interim call with both due today")
    return translate("TodayWords", "Interim call with both due since {day}").format(
        day=day_text(item.since)
    )


def _end(item: TodayItem, today: date) -> str:
    left = item.detail or 0
    if item.urgency is Urgency.SOON:
        if left == 1:
            return translate(
                "TodayWords", "Planned end tomorrow: plan the final meeting and the evaluation"
            )
        return translate(
            "TodayWords", "Planned end in {days}: plan the final meeting and the evaluation"
        ).format(days=_days(left))
    if item.days == 0:
        return translate(
            "TodayWords", "Planned end today: hold the final meeting and the evaluation"
        )
    return translate(
        "TodayWords", "Planned end passed on {day}: hold the final meeting and end the duo"
    ).format(day=day_text(item.since))


def _evaluation(item: TodayItem, today: date) -> str:
    mentee = Respondent.MENTEE.value in item.missing
    mentor = Respondent.MENTOR.value in item.missing
    if mentee and mentor:
        return translate("TodayWords", "Final evaluation to take from the mentee and the mentor")
    if mentee:
        return translate("TodayWords", "Final evaluation to take from the mentee")
    return translate("TodayWords", "Final evaluation to take from the mentor")


def _outcome(item: TodayItem, today: date) -> str:
    return translate("TodayWords", "Outcome follow-up at {months} months due").format(
        months=item.detail or 0
    )


def _waiting(item: TodayItem, today: date) -> str:
    waited = item.detail or 0
    return translate("TodayWords", "Waiting for a match for {wait}").format(
        wait=wait_text(today - timedelta(days=waited), today)
    )


def _clock(item: TodayItem, today: date) -> str:
    return translate(
        "TodayWords",
        "The computer's date looks wrong: it says {today}, but nothing was recorded after "
        "{latest}. Check the date and time in the computer's settings.",
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
        return translate("TodayWords", "(erased)")
    return entry.display_name or translate("TodayWords", "(damaged file)")


def who_text(item: TodayItem, entries: Mapping[str, IndexEntry]) -> str:
    """The duo's mentee and mentor, or the waiting person and their role."""
    if item.kind is TodayKind.CLOCK_WRONG:
        return ""
    return people_text(item.case_id, item.other_id, entries)


def people_text(case_id: str, other_id: str, entries: Mapping[str, IndexEntry]) -> str:
    """ "Mentee with mentor" for a duo (`other_id` the mentor), or one person and their role."""
    if other_id:
        return translate("TodayWords", "{mentee} with {mentor}").format(
            mentee=_name(entries, case_id), mentor=_name(entries, other_id)
        )
    entry = entries.get(case_id)
    if entry is not None and entry.role is Role.MENTOR:
        return translate("TodayWords", "{name} (mentor)").format(name=_name(entries, case_id))
    return translate("TodayWords", "{name} (mentee)").format(name=_name(entries, case_id))


def count_text(count: int) -> str:
    """How many things need attention."""
    if count == 0:
        return translate("TodayWords", "Nothing needs attention")
    if count == 1:
        return translate("TodayWords", "1 thing needs attention")
    return TodayWords.tr("%n things need attention", "", count)


# --- quality criteria ----------------------------------------------------------------------


def criterion_label(criterion: Criterion) -> str:
    """A quality criterion's short name."""
    return {
        Criterion.INFO_SESSION: translate("TodayWords", "Info session"),
        Criterion.INTERVIEW: translate("TodayWords", "Intake interview"),
        Criterion.REFUSAL_REASON: translate("TodayWords", "Reason for a refusal"),
        Criterion.COACH_AT_FIRST_MEETING: translate("TodayWords", "Coach at the first meeting"),
        Criterion.VALIDATION: translate("TodayWords", "Validation by both"),
        Criterion.AGREEMENT: translate("TodayWords", "Signed agreement"),
        Criterion.MINIMUM_DURATION: translate("TodayWords", "At least {months} months").format(
            months=MINIMUM_MONTHS
        ),
        Criterion.CONTACT_FREQUENCY: translate("TodayWords", "Regular contact"),
        Criterion.FIXED_FOLLOW_UP: translate("TodayWords", "Fixed follow-up"),
        Criterion.FINAL_MEETING: translate("TodayWords", "Final meeting"),
        Criterion.EVALUATION: translate("TodayWords", "Evaluation after the end"),
    }[criterion]


def criterion_explanation(criterion: Criterion) -> str:
    """What the data must show for a criterion to be met, and who it is judged for."""
    return {
        Criterion.INFO_SESSION: translate(
            "TodayWords", "Mentees and mentors past registration attended an info session."
        ),
        Criterion.INTERVIEW: translate(
            "TodayWords", "Mentees and mentors past registration had a personal intake interview."
        ),
        Criterion.REFUSAL_REASON: translate(
            "TodayWords",
            "Refused or referred candidates were told the reason, or where to go instead.",
        ),
        Criterion.COACH_AT_FIRST_MEETING: translate(
            "TodayWords", "The coach was at the duo's first meeting."
        ),
        Criterion.VALIDATION: translate(
            "TodayWords", "Mentee and mentor confirmed the duo after the first meeting."
        ),
        Criterion.AGREEMENT: translate(
            "TodayWords",
            "An agreement naming the ethics charter, signed by mentor, mentee and coach by "
            "the interim call.",
        ),
        Criterion.MINIMUM_DURATION: translate(
            "TodayWords",
            "The duo lasted at least {months} months. Judged when it ends, or once it has "
            "lasted that long.",
        ).format(months=MINIMUM_MONTHS),
        Criterion.CONTACT_FREQUENCY: translate(
            "TodayWords",
            "No gap between meetings or contacts longer than the agreed frequency plus "
            "{grace} days of grace.",
        ).format(grace=CONTACT_GRACE_DAYS),
        Criterion.FIXED_FOLLOW_UP: translate(
            "TodayWords",
            "One coach follows the duo and held the interim call after {months} month.",
        ).format(months=INTERIM_AFTER_MONTHS),
        Criterion.FINAL_MEETING: translate("TodayWords", "An ended duo had a final meeting."),
        Criterion.EVALUATION: translate(
            "TodayWords",
            "Mentee and mentor gave a final evaluation (asked during the {months} months "
            "after the end).",
        ).format(months=EVALUATION_WINDOW_MONTHS),
    }[criterion]


def quality_result_text(result: ProgrammeCriterion) -> str:
    """ "12 / 15 (80%)", or that nobody could be judged yet."""
    share = result.share
    if share is None:
        return translate("TodayWords", "nothing to judge yet")
    return translate("TodayWords", "{met} / {applicable} ({share}%)").format(
        met=result.met, applicable=result.applicable, share=round(share * 100)
    )


def quality_state_text(result: ProgrammeCriterion) -> str:
    """Whether the programme meets a criterion, in words beside the coloured marker."""
    if result.share is None:
        return translate("TodayWords", "Not judged")
    if result.met == result.applicable:
        return translate("TodayWords", "Met")
    return translate("TodayWords", "Falls short")


def shortfall_count_text(criterion: Criterion, count: int) -> str:
    """How many duos, or participants, fall short of a criterion."""
    if criterion in PARTICIPANT_CRITERIA:
        if count == 1:
            return translate("TodayWords", "1 participant falls short")
        return TodayWords.tr("%n participants fall short", "", count)
    if count == 1:
        return translate("TodayWords", "1 duo falls short")
    return TodayWords.tr("%n duos fall short", "", count)


def shortfall_heading(result: ProgrammeCriterion | None, count: int) -> str:
    """The title of the list of who falls short of the chosen criterion."""
    if result is None:
        return ""
    name = criterion_label(result.criterion)
    if not count:
        return name
    return translate(
        "TodayWords", "{criterion}: {count}. Enter or a double click opens the case."
    ).format(criterion=name, count=shortfall_count_text(result.criterion, count))


def shortfall_empty_text(result: ProgrammeCriterion | None) -> str:
    """What an empty list of who falls short of the chosen criterion means."""
    if result is None:
        return translate("TodayWords", "Choose a criterion above to see who falls short of it.")
    if result.share is None:
        return translate(
            "TodayWords", "Nobody could be judged for this criterion in the period chosen."
        )
    if result.criterion in PARTICIPANT_CRITERIA:
        return translate("TodayWords", "Every participant judged meets this criterion.")
    return translate("TodayWords", "Every duo judged meets this criterion.")


def _months_lasted(shortfall: Shortfall) -> str:
    months = shortfall.detail or 0
    if months == 0:
        return translate("TodayWords", "Ended within its first month")
    if months == 1:
        return translate("TodayWords", "Ended after 1 month")
    return TodayWords.tr("Ended after %n months", "", months)


def _agreement_missing(shortfall: Shortfall) -> str:
    causes = set(shortfall.causes)
    if Cause.NO_AGREEMENT in causes:
        return translate("TodayWords", "No agreement recorded")
    if {Cause.NOT_SIGNED, Cause.NO_CHARTER} <= causes:
        return translate("TodayWords", "Not signed by all three, and no ethics charter named")
    if Cause.NOT_SIGNED in causes:
        return translate("TodayWords", "Not signed by mentor, mentee and coach")
    return translate("TodayWords", "No ethics charter version named")


def _evaluations_missing(shortfall: Shortfall) -> str:
    mentee = Cause.NO_MENTEE_EVALUATION in shortfall.causes
    mentor = Cause.NO_MENTOR_EVALUATION in shortfall.causes
    if mentee and mentor:
        return translate("TodayWords", "No final evaluation from the mentee or the mentor")
    if mentee:
        return translate("TodayWords", "No final evaluation from the mentee")
    return translate("TodayWords", "No final evaluation from the mentor")


def _one_of(shortfall: Shortfall, texts: Mapping[Cause, str]) -> str:
    return next(texts[cause] for cause in shortfall.causes if cause in texts)


_SHORTFALLS: dict[Criterion, Callable[[Shortfall], str]] = {
    Criterion.INFO_SESSION: lambda _: translate("TodayWords", "No info session recorded"),
    Criterion.INTERVIEW: lambda _: translate("TodayWords", "No intake interview recorded"),
    Criterion.REFUSAL_REASON: lambda shortfall: _one_of(
        shortfall,
        {
            Cause.REFUSED: translate(
                "TodayWords", "Refused: not recorded that the reason was given"
            ),
            Cause.REFERRED: translate(
                "TodayWords", "Referred: not recorded where they were told to go"
            ),
        },
    ),
    Criterion.COACH_AT_FIRST_MEETING: lambda _: translate(
        "TodayWords", "The coach was not at the first meeting"
    ),
    Criterion.VALIDATION: lambda shortfall: _one_of(
        shortfall,
        {
            Cause.NO_FIRST_MEETING: translate("TodayWords", "No first meeting recorded"),
            Cause.VALIDATED_EARLY: translate("TodayWords", "Validated before the first meeting"),
        },
    ),
    Criterion.AGREEMENT: _agreement_missing,
    Criterion.MINIMUM_DURATION: _months_lasted,
    Criterion.CONTACT_FREQUENCY: lambda shortfall: translate(
        "TodayWords", "Longest gap: {days}"
    ).format(days=_days(shortfall.detail or 0)),
    Criterion.FIXED_FOLLOW_UP: lambda shortfall: _one_of(
        shortfall,
        {
            Cause.NO_COACH: translate("TodayWords", "No coach follows the duo"),
            Cause.NO_INTERIM_CALL: translate("TodayWords", "No interim call recorded"),
        },
    ),
    Criterion.FINAL_MEETING: lambda _: translate("TodayWords", "No final meeting recorded"),
    Criterion.EVALUATION: _evaluations_missing,
}


def shortfall_text(criterion: Criterion, shortfall: Shortfall) -> str:
    """What a duo or participant lacks for a criterion, in a few words."""
    return _SHORTFALLS[criterion](shortfall)
