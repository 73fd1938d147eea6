"""The words for following a duo: the six domains, meeting kinds, modes and reporters, the
coach's follow-ups, and one line per meeting for a list.

The records (`storage.duo_records`) keep language-neutral codes; every screen of a duo shows
them through these functions, so a meeting reads the same in the dialog, the duo page and
the lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop.screens.case_words import day_text
from storage.duo_records import (
    FollowUpKind,
    FollowUpWith,
    Meeting,
    MeetingKind,
    MeetingMode,
    Reporter,
)

# A list line shows the start of the topic; the whole text is in the summary itself.
_TOPIC_CHARACTERS = 60
_MNEMONIC = re.compile(r"&([^&\s])")


translate = QCoreApplication.translate


def domain_label(code: str) -> str:
    """One of the six domains of a meeting's topics (an unknown code stays as written)."""
    return {
        "skills": translate("DuoWords", "Skills, talents and aspirations"),
        "cv": translate("DuoWords", "CV"),
        "letter": translate("DuoWords", "Motivation / cover letter"),
        "networking": translate("DuoWords", "Personal branding and networking"),
        "vacancies": translate("DuoWords", "Finding vacancies"),
        "interview": translate("DuoWords", "Preparing for a job interview"),
    }.get(code, code)


def meeting_kind_label(kind: MeetingKind) -> str:
    """ "Meeting" or "Short contact"."""
    return {
        MeetingKind.MEETING: translate("DuoWords", "Meeting"),
        MeetingKind.CONTACT: translate("DuoWords", "Short contact"),
    }[kind]


def meeting_mode_label(mode: MeetingMode) -> str:
    """How the duo met: in person, online or by phone."""
    return {
        MeetingMode.IN_PERSON: translate("DuoWords", "In person"),
        MeetingMode.ONLINE: translate("DuoWords", "Online"),
        MeetingMode.PHONE: translate("DuoWords", "By phone"),
    }[mode]


def reporter_label(reporter: Reporter) -> str:
    """Who reported the meeting to the coach."""
    return {
        Reporter.MENTEE: translate("DuoWords", "Mentee"),
        Reporter.MENTOR: translate("DuoWords", "Mentor"),
        Reporter.BOTH: translate("DuoWords", "Both"),
        Reporter.COACH: translate("DuoWords", "Coach"),
    }[reporter]


def follow_up_kind_label(kind: FollowUpKind) -> str:
    """The kind of the coach's follow-up."""
    return {
        FollowUpKind.INTERIM: translate("DuoWords", "Interim call (after one month)"),
        FollowUpKind.CHECK_IN: translate("DuoWords", "Check-in"),
        FollowUpKind.MEDIATION: translate("DuoWords", "Mediation"),
    }[kind]


def follow_up_with_label(with_whom: FollowUpWith) -> str:
    """Whom the coach spoke with."""
    return {
        FollowUpWith.BOTH: translate("DuoWords", "Both"),
        FollowUpWith.MENTEE: translate("DuoWords", "Mentee"),
        FollowUpWith.MENTOR: translate("DuoWords", "Mentor"),
    }[with_whom]


def mnemonic_letters(texts: Iterable[str]) -> set[str]:
    """The letters these texts give Alt+letter to (after an "&"), in lower case."""
    return {found.lower() for text in texts for found in _MNEMONIC.findall(text)}


def with_mnemonic(text: str, taken: set[str]) -> str:
    """The text with "&" before its first free letter (Alt+letter reaches the field), the
    start of a word first; unchanged when every letter is taken. The letter joins `taken`.
    Shared words carry no "&", so a screen gives them letters its own fields leave free."""
    letters = [at for at, character in enumerate(text) if character.isalnum()]
    starts = [at for at in letters if at == 0 or not text[at - 1].isalnum()]
    for at in starts + letters:
        if text[at].lower() not in taken:
            taken.add(text[at].lower())
            return f"{text[:at]}&{text[at:]}"
    return text


def _shortened(text: str) -> str:
    lines = text.strip().splitlines() or [""]
    if len(lines) == 1 and len(lines[0]) <= _TOPIC_CHARACTERS:
        return lines[0]
    return lines[0][: _TOPIC_CHARACTERS - 1].rstrip() + "…"


def meeting_line(meeting: Meeting) -> str:
    """One line for a list: "12 Mar 2026 · Meeting · 90 min · In person · Rewrite the CV…"."""
    parts = [day_text(meeting.held_on), meeting_kind_label(meeting.kind)]
    if meeting.minutes is not None:
        parts.append(translate("DuoWords", "{minutes} min").format(minutes=meeting.minutes))
    parts.append(meeting_mode_label(meeting.mode))
    topic = _shortened(meeting.topic)
    if topic:
        parts.append(topic)
    return " · ".join(parts)
