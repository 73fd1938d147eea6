"""The session summary of one meeting, as the coach hands it to the duo (domain.md, "A
meeting"): when, how long, where, who reported, then the five steps of seed 000 — check-in;
topic, SMART goal and plan; the work; next steps and the next appointment; what works and
what is missing — and the topics of the six domains.

    data = SessionData(meeting=meeting, mentee="Amani Okonkwo", mentor="Ingrid V.")
    pdf: bytes = session_summary_pdf(data, house, "fr")

A short contact between meetings has no steps: it prints its one summary (kept in the
meeting's `topic`, as the session summary dialog stores it). Every text flows over pages,
however long the duo wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from printing.layout import (
    HouseStyle,
    build_pdf,
    fields,
    heading,
    labelled_text,
    text_block,
    title,
)
from printing.words import Words
from storage.duo_records import MEETING_DOMAINS, Meeting, MeetingKind, MeetingMode, Reporter

# A one-line text this short sits beside its label; a longer one goes under it and flows.
_SHORT = 160
# The least room a step starts in: its heading and its first lines; more when a label
# over a text comes first (that label keeps room for its own first lines).
_STEP_ROOM = 2.5 * cm
_LABELLED_ROOM = 4 * cm


@dataclass(frozen=True)
class SessionData:
    """What a session summary prints: the meeting and the names of the duo and its coach."""

    meeting: Meeting
    mentee: str
    mentor: str
    coach: str = ""


def _section(text: str, room: float = _STEP_ROOM) -> list[Flowable]:
    """A step's heading, never alone at the foot of a page: it starts a new page unless
    `room` is left for it and its first lines."""
    return [CondPageBreak(room), heading(text)]


def _short(text: str) -> bool:
    """Whether a text fits beside its label (one line, not long)."""
    return len(text.strip()) <= _SHORT and "\n" not in text.strip()


def _duration(words: Words, minutes: int | None) -> str:
    if minutes is None:
        return words("not_recorded")
    return words("minute_one") if minutes == 1 else words("minutes", minutes=minutes)


def _where(words: Words, meeting: Meeting) -> str:
    mode = words(f"mode_{meeting.mode.value}")
    if meeting.mode is MeetingMode.IN_PERSON and meeting.place.strip():
        return words("mode_place", mode=mode, place=meeting.place.strip())
    return mode


def _reporter(words: Words, reporter: Reporter) -> str:
    return words("reported_both") if reporter is Reporter.BOTH else words(reporter.value)


def _topics(words: Words, meeting: Meeting) -> str:
    """The ticked domains, in the order of the six domains ("None" when none is ticked)."""
    ticked = [words(f"domain_{code}") for code in MEETING_DOMAINS if code in meeting.domains]
    return " · ".join(ticked) if ticked else words("none")


def _facts(data: SessionData, words: Words) -> list[tuple[str, str]]:
    meeting = data.meeting
    rows = [
        # One name a row: a line mixing an Arabic and a Latin name would be drawn in
        # right-to-left order as a whole.
        (words("mentee"), data.mentee),
        (words("mentor"), data.mentor),
        (words("date"), words.date(meeting.held_on)),
        (words("duration"), _duration(words, meeting.minutes)),
        (words("where"), _where(words, meeting)),
        (words("reported_by"), _reporter(words, meeting.reported_by)),
    ]
    if data.coach:
        rows.append((words("coach"), data.coach))
    rows.append((words("domains"), _topics(words, meeting)))
    return rows


def _one_liners(pairs: list[tuple[str, str]], empty: str) -> list[Flowable]:
    """The texts typed on one line (a topic, a goal, what to prepare) beside their labels;
    one that is long after all goes under its label, where it can flow over pages."""
    parts: list[Flowable] = []
    short: list[tuple[str, str]] = []
    for label, text in pairs:
        if _short(text):
            short.append((label, text.strip() or empty))
            continue
        if short:
            parts.append(fields(short))
            short = []
        parts += labelled_text(label, text)
    if short:
        parts.append(fields(short))
    return parts


def _next_appointment(words: Words, meeting: Meeting) -> list[tuple[str, str]]:
    day = meeting.next_meeting_on
    pairs = [(words("next_meeting"), words.date(day) if day else words("none_planned"))]
    if meeting.next_topic.strip():
        pairs.append((words("next_topic"), meeting.next_topic))
    if meeting.next_preparation.strip():
        pairs.append((words("next_preparation"), meeting.next_preparation))
    return pairs


def _steps(meeting: Meeting, words: Words) -> list[Flowable]:
    """The five steps, laid out as the dialog asks them: one-line fields beside their
    labels, text boxes under theirs (short answers of step 5 beside theirs too). A step
    left empty says so instead of vanishing."""
    empty = words("not_recorded")
    collaboration = [(words("works_well"), meeting.works_well), (words("missing"), meeting.missing)]
    return [
        *_section(words("step_check_in")),
        *text_block(meeting.check_in, empty=empty),
        *_section(words("step_topic"), _STEP_ROOM if _short(meeting.topic) else _LABELLED_ROOM),
        *_one_liners([(words("topic"), meeting.topic), (words("goal"), meeting.goal)], empty),
        *labelled_text(words("plan"), meeting.plan, empty=empty),
        *_section(words("step_work")),
        *text_block(meeting.work, empty=empty),
        *_section(words("step_next"), _LABELLED_ROOM),
        *labelled_text(words("next_steps"), meeting.next_steps, empty=empty),
        Spacer(1, 6),
        *_one_liners(_next_appointment(words, meeting), empty),
        *_section(
            words("step_collaboration"),
            _STEP_ROOM if _short(meeting.works_well) else _LABELLED_ROOM,
        ),
        *_one_liners(collaboration, empty),
    ]


def _story(data: SessionData, words: Words) -> list[Flowable]:
    meeting = data.meeting
    contact = meeting.kind is MeetingKind.CONTACT
    story: list[Flowable] = [
        title(words("title_contact" if contact else "title")),
        fields(_facts(data, words)),
    ]
    if contact:
        story += _section(words("summary"))
        story += text_block(meeting.topic, empty=words("not_recorded"))
    else:
        story += _steps(meeting, words)
    return story


def session_summary_pdf(data: SessionData, house: HouseStyle, language: str) -> bytes:
    """The summary of one meeting or short contact as a PDF in `language`, numbered."""
    words = Words("session_summary", language)
    contact = data.meeting.kind is MeetingKind.CONTACT
    return build_pdf(
        _story(data, words),
        house=house,
        words=words,
        title=words("title_contact" if contact else "title"),
    )
