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

from PySide6.QtCore import QCoreApplication

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


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("DuoPage", text, None, n)


def _text(value: str) -> str:
    """User text as HTML: escaped, line breaks kept."""
    return html.escape(value).replace("\n", "<br>")


def every_days(days: int) -> str:
    """The agreed contact frequency: "every 14 days"."""
    return _tr("every day") if days == 1 else _tr("every %n days", days)


def months_text(months: int) -> str:
    """ "6 months"."""
    return _tr("1 month") if months == 1 else _tr("%n months", months)


def pair_names(mentee: str, mentor: str) -> str:
    """ "Amani Okonkwo-Dubois and Ingrid Vandersteen"."""
    return _tr("{mentee} and {mentor}").format(mentee=mentee, mentor=mentor)


def state_text(summary: DuoSummary, ending: Ending | None, reason: str) -> str:
    """Running, or when and how it ended."""
    if summary.ended_on is None:
        return _tr("running")
    day = day_text(summary.ended_on)
    if ending is not None and ending.kind is EndKind.EARLY:
        if reason:
            return _tr("ended on {day} (early: {reason})").format(day=day, reason=reason)
        return _tr("ended on {day} (early)").format(day=day)
    return _tr("ended on {day}").format(day=day)


def summary_html(
    names: str, summary: DuoSummary, ending: Ending | None, reason: str, today: date
) -> str:
    """The pair and its state, then since when, the planned end, the agreed contact
    frequency and the last contact."""
    facts = [
        _tr("since {day}").format(day=day_text(duo_start(summary))),
        _tr("planned end {day}").format(day=day_text(planned_end(summary))),
        _tr("contact {every}").format(every=every_days(summary.contact_every_days)),
    ]
    last = summary.last_contact_on
    if last is None:
        facts.append(_tr("no meeting or contact logged yet"))
    elif summary.running:
        silent = silent_days(summary, today)
        ago = _tr("1 day ago") if silent == 1 else _tr("%n days ago", silent)
        facts.append(_tr("last contact {day} ({ago})").format(day=day_text(last), ago=ago))
    else:
        facts.append(_tr("last contact {day}").format(day=day_text(last)))
    title = _tr("{names} — {state}").format(names=names, state=state_text(summary, ending, reason))
    return f"<b>{html.escape(title)}</b><br>{html.escape(' · '.join(facts))}"


def concern_text(follow_up: FollowUp) -> str:
    """The open concern of the latest follow-up, with its next action."""
    if follow_up.next_action_on is not None:
        return _tr("Open concern since {day}: {action} — by {by}").format(
            day=day_text(follow_up.held_on),
            action=follow_up.next_action,
            by=day_text(follow_up.next_action_on),
        )
    return _tr("Open concern since {day}: {action}").format(
        day=day_text(follow_up.held_on), action=follow_up.next_action
    )


def _signature(day: date | None) -> str:
    return day_text(day) if day is not None else _tr("not yet")


def agreement_html(agreement: Agreement | None, last_change: str) -> str:
    """The terms and signatures as a two-column table, and who changed it last."""
    if agreement is None:
        return "<i>{}</i>".format(
            html.escape(_tr("No agreement yet: write down what they agreed, and who signed."))
        )
    not_said = _tr("(not said)")
    rows = [
        (_tr("Starts on"), day_text(agreement.start_on)),
        (
            _tr("Duration"),
            _tr("{months}, until {day}").format(
                months=months_text(agreement.planned_months),
                day=day_text(agreement.planned_end_on),
            ),
        ),
        (_tr("Contact"), every_days(agreement.contact_every_days)),
        (_tr("Meeting places"), agreement.meeting_places or not_said),
        (_tr("Keep in touch by"), agreement.keep_in_touch or not_said),
        (_tr("The mentor will"), agreement.mentor_commitments or not_said),
        (_tr("The mentee will"), agreement.mentee_commitments or not_said),
        (_tr("Ethics charter"), agreement.charter_version or not_said),
        (
            _tr("Signed"),
            _tr("mentor: {mentor} · mentee: {mentee} · coach: {coach}").format(
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
        text = _tr("Written on {moment} by {name}") if event.action == "add" else None
        lines.append(
            (text or _tr("Changed on {moment} by {name}")).format(
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
        _tr("with: {who}").format(who=follow_up_with_label(follow_up.with_whom)),
    ]
    if follow_up.channel:
        parts.append(words.label("contact_channels", follow_up.channel))
    if follow_up.concern:
        parts.append(_tr("concern: {action}").format(action=follow_up.next_action))
    elif follow_up.how_it_goes:
        parts.append(follow_up.how_it_goes.splitlines()[0])
    return " · ".join(parts)


def without_consent(state: str) -> str:
    """A row's state, marked: the person did not consent to be asked for it."""
    return _tr("{state} (no consent to be contacted)").format(state=state)


def consent_warning(respondent: Respondent | None) -> str:
    """What a dialog warns of when the respondent of an evaluation (the mentee for an
    outcome follow-up, `None`) did not consent to be contacted for it."""
    if respondent is None:
        return _tr(
            "The mentee has not consented to be contacted for outcome follow-ups: record only "
            "what they told of their own accord."
        )
    if respondent is Respondent.MENTOR:
        return _tr(
            "The mentor has not consented to be contacted for evaluations: record only what "
            "they gave of their own accord."
        )
    return _tr(
        "The mentee has not consented to be contacted for evaluations: record only what they "
        "gave of their own accord."
    )


def ending_html(ending: Ending, reason: str) -> str:
    """An ending: its line, then the note, the final meeting and the feedback given."""
    lines = [f"<b>{html.escape(ending_line(ending, reason))}</b>"]
    if ending.reopened_on is not None and ending.reopen_reason:
        lines.append(
            html.escape(_tr("Reopened because: {reason}").format(reason=ending.reopen_reason))
        )
    if ending.note:
        lines.append(_text(ending.note))
    if ending.final_meeting_on is None:
        lines.append(html.escape(_tr("No final meeting recorded.")))
    else:
        final = (
            _tr("Final meeting on {day}, online")
            if ending.final_meeting_online
            else _tr("Final meeting on {day}")
        )
        lines.append(html.escape(final.format(day=day_text(ending.final_meeting_on))))
    for label, text in (
        (_tr("The mentor told the mentee:"), ending.feedback_to_mentee),
        (_tr("The mentee told the mentor:"), ending.feedback_to_mentor),
    ):
        if text:
            lines.append(f"<i>{html.escape(label)}</i> {_text(text)}")
    return "<p>" + "<br>".join(lines) + "</p>"


def planned_end_text(summary: DuoSummary, today: date) -> str:
    """For a running duo: when it is planned to end."""
    end = planned_end(summary)
    if end < today:
        return _tr("The planned end ({day}) has passed: plan the final meeting.").format(
            day=day_text(end)
        )
    return _tr("Planned to end on {day}.").format(day=day_text(end))


def check_label(check: Check) -> str:
    """How a criterion stands for this duo, in a word."""
    return {
        Check.MET: _tr("met"),
        Check.NOT_MET: _tr("not met"),
        Check.PENDING: _tr("not yet known"),
        Check.NOT_APPLICABLE: _tr("does not apply"),
    }[check]


def check_text(result: CriterionResult) -> str:
    """How a criterion stands, with the number behind it where there is one."""
    state = check_label(result.check)
    if result.detail is None or result.check is Check.NOT_APPLICABLE:
        return state
    detail = {
        Criterion.MINIMUM_DURATION: months_text(result.detail),
        Criterion.CONTACT_FREQUENCY: _tr("longest gap %n days", result.detail),
        Criterion.EVALUATION: _tr("%n missing", result.detail),
    }.get(result.criterion)
    if detail is None or (result.criterion is Criterion.EVALUATION and not result.detail):
        return state
    return _tr("{state} ({detail})").format(state=state, detail=detail)
