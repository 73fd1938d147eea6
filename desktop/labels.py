"""The words shown for stored codes: statuses, roles, decisions, availability, levels.

Stored values stay language-neutral codes; what a person reads is translated here, once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from storage.records import Decision, MatchState, RightToWork, Role, Status

translate = QCoreApplication.translate


def role_label(role: Role | None) -> str:
    """ "Mentee" or "Mentor"."""
    return (
        {
            Role.MENTEE: translate("Labels", "Mentee"),
            Role.MENTOR: translate("Labels", "Mentor"),
        }.get(role, "")
        if role
        else ""
    )


def status_label(status: Status | None) -> str:
    """Where a participant stands, in words."""
    if status is None:
        return ""
    return {
        Status.REGISTERED: translate("Labels", "Registered"),
        Status.INTERVIEWED: translate("Labels", "Interviewed"),
        Status.ACCEPTED: translate("Labels", "Waiting for a match"),
        Status.REFUSED: translate("Labels", "Refused"),
        Status.REFERRED: translate("Labels", "Referred"),
        Status.MATCHING: translate("Labels", "Match proposed"),
        Status.IN_DUO: translate("Labels", "In a duo"),
        Status.ENDED: translate("Labels", "Ended"),
        Status.WITHDRAWN: translate("Labels", "Withdrew"),
    }[status]


def match_state_label(state: MatchState) -> str:
    """Where a match stands, in words that say what comes next."""
    return {
        MatchState.PROPOSED: translate("Labels", "Proposed: ask the mentor"),
        MatchState.MENTOR_AGREED: translate("Labels", "Mentor said yes: ask the mentee"),
        MatchState.BOTH_AGREED: translate("Labels", "Both said yes: plan the first meeting"),
        MatchState.MEETING_PLANNED: translate("Labels", "First meeting planned"),
        MatchState.DUO: translate("Labels", "Duo"),
        MatchState.DECLINED: translate("Labels", "Declined"),
        MatchState.ENDED: translate("Labels", "Duo ended"),
    }[state]


def match_step_label(state: MatchState) -> str:
    """Where a match stands, short enough for a list's status column."""
    return {
        MatchState.PROPOSED: translate("Labels", "Match proposed"),
        MatchState.MENTOR_AGREED: translate("Labels", "Mentor said yes"),
        MatchState.BOTH_AGREED: translate("Labels", "Both said yes"),
        MatchState.MEETING_PLANNED: translate("Labels", "First meeting planned"),
        MatchState.DUO: translate("Labels", "In a duo"),
        MatchState.DECLINED: translate("Labels", "Declined"),
        MatchState.ENDED: translate("Labels", "Duo ended"),
    }[state]


def decision_label(decision: Decision) -> str:
    """The screening decision, in words."""
    return {
        Decision.ACCEPTED: translate("Labels", "Accepted"),
        Decision.REFUSED: translate("Labels", "Refused"),
        Decision.REFERRED: translate("Labels", "Referred to other support"),
    }[decision]


def right_to_work_label(value: RightToWork) -> str:
    """Whether the mentee may work in Belgium, in words."""
    return {
        RightToWork.UNKNOWN: translate("Labels", "Not asked yet"),
        RightToWork.YES: translate("Labels", "Yes"),
        RightToWork.PENDING: translate("Labels", "Pending"),
        RightToWork.NO: translate("Labels", "No"),
    }[value]


# Availability is stored as slot codes: a weekday part ("mon-day", "mon-evening") or a
# weekend day ("sat", "sun").
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
WEEKEND = ("sat", "sun")


def weekday_label(code: str) -> str:
    """The short name of a day."""
    return {
        "mon": translate("Labels", "Mon"),
        "tue": translate("Labels", "Tue"),
        "wed": translate("Labels", "Wed"),
        "thu": translate("Labels", "Thu"),
        "fri": translate("Labels", "Fri"),
        "sat": translate("Labels", "Sat"),
        "sun": translate("Labels", "Sun"),
    }[code]


def availability_slots() -> list[tuple[str, str]]:
    """Every availability slot code with its label, in week order."""
    slots = []
    for day in WEEKDAYS:
        slots.append(
            (f"{day}-day", translate("Labels", "{day} daytime").format(day=weekday_label(day)))
        )
        slots.append(
            (f"{day}-evening", translate("Labels", "{day} evening").format(day=weekday_label(day)))
        )
    slots.extend((day, weekday_label(day)) for day in WEEKEND)
    return slots


CEFR_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2", "native")


def level_label(level: str) -> str:
    """A CEFR level, or "native speaker"."""
    return translate("Labels", "Native speaker") if level == "native" else level
