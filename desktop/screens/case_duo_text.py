"""What the Duo page says, as text: the summary of a duo, its agreement, its follow-ups, its
ending, what may not be asked for want of consent, and its quality checklist.

Only words: the dates come from the records and `desktop.rules.duo_schedule`, the codes are
named by the words modules. Everything a person typed is escaped before it is shown as
rich text.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from desktop.rules.duo_schedule import duo_start, planned_end, silent_days
from desktop.rules.quality import Check, Criterion, CriterionResult
from desktop.screens.case_words import CaseWords, day_text, moment_text
from desktop.screens.duo_words import follow_up_kind_label, follow_up_with_label
from desktop.screens.ending_words import ending_line
from storage.duo_records import Agreement, Ending, EndKind, FollowUp, Respondent
from storage.duo_summary import DuoSummary
from storage.records import Event

# How many changes of an agreement the dialog lists (the History tab has them all).
CHANGES_SHOWN = 5
MARKS = {Check.MET: "✓", Check.NOT_MET: "✗", Check.PENDING: "…", Check.NOT_APPLICABLE: "–"}


translate = QCoreApplication.translate


class DuoCounts(QObject):
    """The translation context of the Duo tab's texts with a count. They go through its
    `tr`, so that translators get their plural forms: pyside6-lupdate reads none from
    `translate(context, text, None, n)`."""


def _text(value: str) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return html.escape(value).replace("\n", "<br>")


def every_days(days: int) -> str:
    """The agreed contact frequency: "every 14 days"."""
    return (
        translate("DuoPage", "every day") if days == 1 else DuoCounts.tr("every %n days", "", days)
    )


def months_text(months: int) -> str:
    """ "6 months"."""
    return translate("DuoPage", "1 month") if months == 1 else DuoCounts.tr("%n months", "", months)


def pair_names(mentee: str, mentor: str) -> str:
    """ "Amani Okonkwo-Dubois and Ingrid Vandersteen"."""
    return translate("DuoPage", "{mentee} and {mentor}").format(mentee=mentee, mentor=mentor)


def state_text(summary: DuoSummary, ending: Ending | None, reason: str) -> str:
    """Running, or when and how it ended."""
    if summary.ended_on is None:
        return translate("DuoPage", "running")
    day = day_text(summary.ended_on)
    if ending is not None and ending.kind is EndKind.EARLY:
        if reason:
            return translate("DuoPage", "ended on {day} (early: {reason})").format(
                day=day, reason=reason
            )
        return translate("DuoPage", "ended on {day} (early)").format(day=day)
    return translate("DuoPage", "ended on {day}").format(day=day)


def summary_html(
    names: str, summary: DuoSummary, ending: Ending | None, reason: str, today: date
) -> str:
    """The pair and its state, then since when, the planned end, the agreed contact
    frequency and the last contact."""
    facts = [
        translate("DuoPage", "since {day}").format(day=day_text(duo_start(summary))),
        translate("DuoPage", "planned end {day}").format(day=day_text(planned_end(summary))),
        translate("DuoPage", "contact {every}").format(
            every=every_days(summary.contact_every_days)
        ),
    ]
    last = summary.last_contact_on
    if last is None:
        facts.append(translate("DuoPage", "no meeting or contact logged yet"))
    elif summary.running:
        silent = silent_days(summary, today)
        ago = (
            translate("DuoPage", "1 day ago")
            if silent == 1
            else DuoCounts.tr("%n days ago", "", silent)
        )
        facts.append(
            translate("DuoPage", "last contact {day} ({ago})").format(day=day_text(last), ago=ago)
        )
    else:
        facts.append(translate("DuoPage", "last contact {day}").format(day=day_text(last)))
    title = translate("DuoPage", "{names} — {state}").format(
        names=names, state=state_text(summary, ending, reason)
    )
    return f"<b>{html.escape(title)}</b><br>{html.escape(' · '.join(facts))}"


def concern_text(follow_up: FollowUp) -> str:
    """The open concern of the latest follow-up, with its next action."""
    if follow_up.next_action_on is not None:
        return translate("DuoPage", "Open concern since {day}: {action} — by {by}").format(
            day=day_text(follow_up.held_on),
            action=follow_up.next_action,
            by=day_text(follow_up.next_action_on),
        )
    return translate("DuoPage", "Open concern since {day}: {action}").format(
        day=day_text(follow_up.held_on), action=follow_up.next_action
    )


def _signature(day: date | None) -> str:
    return day_text(day) if day is not None else translate("DuoPage", "not yet")


def agreement_html(agreement: Agreement | None, last_change: str) -> str:
    """The terms and signatures as a two-column table, and who changed it last."""
    if agreement is None:
        return "<i>{}</i>".format(
            html.escape(
                translate(
                    "DuoPage", "No agreement yet: write down what they agreed, and who signed."
                )
            )
        )
    not_said = translate("DuoPage", "(not said)")
    rows = [
        (translate("DuoPage", "Starts on"), day_text(agreement.start_on)),
        (
            translate("DuoPage", "Duration"),
            translate("DuoPage", "{months}, until {day}").format(
                months=months_text(agreement.planned_months),
                day=day_text(agreement.planned_end_on),
            ),
        ),
        (translate("DuoPage", "Contact"), every_days(agreement.contact_every_days)),
        (translate("DuoPage", "Meeting places"), agreement.meeting_places or not_said),
        (translate("DuoPage", "Keep in touch by"), agreement.keep_in_touch or not_said),
        (translate("DuoPage", "The mentor will"), agreement.mentor_commitments or not_said),
        (translate("DuoPage", "The mentee will"), agreement.mentee_commitments or not_said),
        (translate("DuoPage", "Ethics charter"), agreement.charter_version or not_said),
        (
            translate("DuoPage", "Signed"),
            translate("DuoPage", "mentor: {mentor} · mentee: {mentee} · coach: {coach}").format(
                mentor=_signature(agreement.mentor_signed_on),
                mentee=_signature(agreement.mentee_signed_on),
                coach=_signature(agreement.coach_signed_on),
            ),
        ),
    ]
    cells = "".join(
        f"<tr><td style='padding-right:12px'><b>{html.escape(label)}</b></td>"
        f"<td>{_text(value)}</td></tr>"
        for label, value in rows
    )
    table = f"<table cellspacing='2'>{cells}</table>"
    return table + (f"<p><i>{html.escape(last_change)}</i></p>" if last_change else "")


def change_lines(events: Sequence[Event], record_id: str, words: CaseWords) -> list[str]:
    """When a record was written and changed, and by whom, newest first."""
    lines = []
    for event in reversed(events):
        if event.record_id != record_id or event.action not in ("add", "update"):
            continue
        text = (
            translate("DuoPage", "Written on {moment} by {name}") if event.action == "add" else None
        )
        lines.append(
            (text or translate("DuoPage", "Changed on {moment} by {name}")).format(
                moment=moment_text(event.at), name=words.staff_name(event.author)
            )
        )
        if len(lines) == CHANGES_SHOWN:
            break
    return lines


def follow_up_line(follow_up: FollowUp, words: CaseWords) -> str:
    """One follow-up for a list: date, kind, with whom, channel, and a concern's action."""
    parts = [
        day_text(follow_up.held_on),
        follow_up_kind_label(follow_up.kind),
        translate("DuoPage", "with: {who}").format(who=follow_up_with_label(follow_up.with_whom)),
    ]
    if follow_up.channel:
        parts.append(words.label("contact_channels", follow_up.channel))
    if follow_up.concern:
        parts.append(translate("DuoPage", "concern: {action}").format(action=follow_up.next_action))
    elif follow_up.how_it_goes:
        parts.append(follow_up.how_it_goes.splitlines()[0])
    return " · ".join(parts)


def without_consent(state: str) -> str:
    """A row's state, marked: the person did not consent to be asked for it."""
    return translate("DuoPage", "{state} (no consent to be contacted)").format(state=state)


def consent_warning(respondent: Respondent | None) -> str:
    """What a dialog warns of when the respondent of an evaluation (the mentee for an
    outcome follow-up, `None`) did not consent to be contacted for it."""
    if respondent is None:
        return translate(
            "DuoPage",
            "The mentee has not consented to be contacted for outcome follow-ups: record only "
            "what they told of their own accord.",
        )
    if respondent is Respondent.MENTOR:
        return translate(
            "DuoPage",
            "The mentor has not consented to be contacted for evaluations: record only what "
            "they gave of their own accord.",
        )
    return translate(
        "DuoPage",
        "The mentee has not consented to be contacted for evaluations: record only what they "
        "gave of their own accord.",
    )


def ending_html(ending: Ending, reason: str) -> str:
    """An ending: its line, then the note, the final meeting and the feedback given."""
    lines = [f"<b>{html.escape(ending_line(ending, reason))}</b>"]
    if ending.reopened_on is not None and ending.reopen_reason:
        lines.append(
            html.escape(
                translate("DuoPage", "Reopened because: {reason}").format(
                    reason=ending.reopen_reason
                )
            )
        )
    if ending.note:
        lines.append(_text(ending.note))
    if ending.final_meeting_on is None:
        lines.append(html.escape(translate("DuoPage", "No final meeting recorded.")))
    else:
        final = (
            translate("DuoPage", "Final meeting on {day}, online")
            if ending.final_meeting_online
            else translate("DuoPage", "Final meeting on {day}")
        )
        lines.append(html.escape(final.format(day=day_text(ending.final_meeting_on))))
    for label, text in (
        (translate("DuoPage", "The mentor told the mentee:"), ending.feedback_to_mentee),
        (translate("DuoPage", "The mentee told the mentor:"), ending.feedback_to_mentor),
    ):
        if text:
            lines.append(f"<i>{html.escape(label)}</i> {_text(text)}")
    return "<p>" + "<br>".join(lines) + "</p>"


def planned_end_text(summary: DuoSummary, today: date) -> str:
    """For a running duo: when it is planned to end."""
    end = planned_end(summary)
    if end < today:
        return translate(
            "DuoPage", "The planned end ({day}) has passed: plan the final meeting."
        ).format(day=day_text(end))
    return translate("DuoPage", "Planned to end on {day}.").format(day=day_text(end))


def check_label(check: Check) -> str:
    """How a criterion stands for this duo, in a word."""
    return {
        Check.MET: translate("DuoPage", "met"),
        Check.NOT_MET: translate("DuoPage", "not met"),
        Check.PENDING: translate("DuoPage", "not yet known"),
        Check.NOT_APPLICABLE: translate("DuoPage", "does not apply"),
    }[check]


def check_text(result: CriterionResult) -> str:
    """How a criterion stands, with the number behind it where there is one."""
    state = check_label(result.check)
    if result.detail is None or result.check is Check.NOT_APPLICABLE:
        return state
    detail = {
        Criterion.MINIMUM_DURATION: months_text(result.detail),
        Criterion.CONTACT_FREQUENCY: DuoCounts.tr("longest gap %n days", "", result.detail),
        Criterion.EVALUATION: DuoCounts.tr("%n missing", "", result.detail),
    }.get(result.criterion)
    if detail is None or (result.criterion is Criterion.EVALUATION and not result.detail):
        return state
    return translate("DuoPage", "{state} ({detail})").format(state=state, detail=detail)
