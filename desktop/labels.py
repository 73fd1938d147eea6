"""The words shown for stored codes: statuses, roles, decisions, availability, levels.

Stored values stay language-neutral codes; what a person reads is translated here, once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.records import Decision, MatchState, RightToWork, Role, Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def role_label(role: Role | None) -> str:
    """ "Mentee" or "Mentor"."""
    return {Role.MENTEE: _tr("Mentee"), Role.MENTOR: _tr("Mentor")}.get(role, "") if role else ""


def status_label(status: Status | None) -> str:
    """Where a participant stands, in words."""
    if status is None:
        return ""
    return {
        Status.REGISTERED: _tr("Registered"),
        Status.INTERVIEWED: _tr("Interviewed"),
        Status.ACCEPTED: _tr("Waiting for a match"),
        Status.REFUSED: _tr("Refused"),
        Status.REFERRED: _tr("Referred"),
        Status.MATCHING: _tr("Match proposed"),
        Status.IN_DUO: _tr("In a duo"),
        Status.ENDED: _tr("Ended"),
        Status.WITHDRAWN: _tr("Withdrew"),
    }[status]


def match_state_label(state: MatchState) -> str:
    """Where a match stands, in words that say what comes next."""
    return {
        MatchState.PROPOSED: _tr("Proposed: ask the mentor"),
        MatchState.MENTOR_AGREED: _tr("Mentor said yes: ask the mentee"),
        MatchState.BOTH_AGREED: _tr("Both said yes: plan the first meeting"),
        MatchState.MEETING_PLANNED: _tr("First meeting planned"),
        MatchState.DUO: _tr("Duo"),
        MatchState.DECLINED: _tr("Declined"),
        MatchState.ENDED: _tr("Duo ended"),
    }[state]


def match_step_label(state: MatchState) -> str:
    """Where a match stands, short enough for a list's status column."""
    return {
        MatchState.PROPOSED: _tr("Match proposed"),
        MatchState.MENTOR_AGREED: _tr("Mentor said yes"),
        MatchState.BOTH_AGREED: _tr("Both said yes"),
        MatchState.MEETING_PLANNED: _tr("First meeting planned"),
        MatchState.DUO: _tr("In a duo"),
        MatchState.DECLINED: _tr("Declined"),
        MatchState.ENDED: _tr("Duo ended"),
    }[state]


def decision_label(decision: Decision) -> str:
    """The screening decision, in words."""
    return {
        Decision.ACCEPTED: _tr("Accepted"),
        Decision.REFUSED: _tr("Refused"),
        Decision.REFERRED: _tr("Referred to other support"),
    }[decision]


def right_to_work_label(value: RightToWork) -> str:
    """Whether the mentee may work in Belgium, in words."""
    return {
        RightToWork.UNKNOWN: _tr("Not asked yet"),
        RightToWork.YES: _tr("Yes"),
        RightToWork.PENDING: _tr("Pending"),
        RightToWork.NO: _tr("No"),
    }[value]


# Availability is stored as slot codes: a weekday part ("mon-day", "mon-evening") or a
# weekend day ("sat", "sun").
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
WEEKEND = ("sat", "sun")


def weekday_label(code: str) -> str:
    """The short name of a day."""
    return {
        "mon": _tr("Mon"),
        "tue": _tr("Tue"),
        "wed": _tr("Wed"),
        "thu": _tr("Thu"),
        "fri": _tr("Fri"),
        "sat": _tr("Sat"),
        "sun": _tr("Sun"),
    }[code]


def availability_slots() -> list[tuple[str, str]]:
    """Every availability slot code with its label, in week order."""
    slots = []
    for day in WEEKDAYS:
        slots.append((f"{day}-day", _tr("{day} daytime").format(day=weekday_label(day))))
        slots.append((f"{day}-evening", _tr("{day} evening").format(day=weekday_label(day))))
    slots.extend((day, weekday_label(day)) for day in WEEKEND)
    return slots


CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2", "native")


def level_label(level: str) -> str:
    """A CEFR level, or "native speaker"."""
    return _tr("Native speaker") if level == "native" else level
