"""The session summary dialog: a coach logs a meeting, or a short contact, with the keyboard
only, and a stored summary comes back unchanged for a correction."""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.screens.duo_words import meeting_line, with_mnemonic
from desktop.screens.meeting_dialog import MeetingDialog
from desktop.screens.meeting_form import typed_text
from desktop.workflows.duo import log_meeting
from storage.duo_records import MEETING_DOMAINS, Meeting, MeetingKind, MeetingMode, Reporter
from storage.programme import Programme
from tests.duo_helpers import COACH, make_duo

TODAY = date(2026, 4, 20)
VALIDATED = date(2026, 3, 10)  # the duo's first meeting: no summary before it
NAMES = "Amani and Ingrid"
CTRL = Qt.KeyboardModifier.ControlModifier


def open_dialog(
    qtbot: QtBot, meeting: Meeting | None = None, match_id: str = "match-1"
) -> MeetingDialog:
    """The dialog shown as `exec` would, with the keyboard in it."""
    dialog = MeetingDialog(
        None, match_id=match_id, names=NAMES, today=TODAY, earliest=VALIDATED, meeting=meeting
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


class Keys:
    """Keys as a coach presses them, always to the widget with the focus."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    @staticmethod
    def focus() -> QWidget:
        """The widget with the keyboard focus."""
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def type(self, text: str) -> None:
        """Type (ASCII) text where the focus is."""
        self.qtbot.keyClicks(self.focus(), text)

    def press(
        self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """Press one key, with a modifier."""
        self.qtbot.keyClick(self.focus(), key, modifier)

    def tab(self, then: QWidget) -> None:
        """Tab to the next field, which must be `then`."""
        self.press(Qt.Key.Key_Tab)
        assert self.focus() is then, (then, self.focus())

    def past_date(self, then: QWidget) -> None:
        """Tab through the sections of a date (day, month, year) on to the next field."""
        edit = self.focus()
        while self.focus() is edit:
            self.press(Qt.Key.Key_Tab)
        assert self.focus() is then, (then, self.focus())

    def fill(self, field: QWidget, text: str) -> None:
        """Tab to the field and type into it."""
        self.tab(field)
        self.type(text)


def test_a_whole_meeting_is_logged_with_the_keyboard_only(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    keys = Keys(qtbot)
    text = dialog.texts
    assert keys.focus() is dialog.meeting_choice  # a meeting, unless said otherwise
    keys.tab(dialog.day_edit)
    keys.type("1404")  # day and month; the year stays
    keys.tab(dialog.minutes_box)
    keys.type("75")
    keys.tab(dialog.mode_combo)  # in person is the default
    keys.fill(dialog.place_edit, "Library cafe, Gent")
    keys.tab(dialog.reporter_combo)
    keys.type("b")  # Both
    keys.fill(text["check_in"], "Tired after a night shift, but keen.")
    keys.fill(text["topic"], "CV for logistics planner jobs")
    keys.fill(text["goal"], "A two-page CV sent to three employers by 30 April")
    keys.fill(text["plan"], "List results with figures; cut the old jobs.")
    keys.fill(text["work"], "Wrote two lines of results for each job.")
    keys.fill(text["next_steps"], "Amani finishes the CV by Friday; Ingrid asks two planners.")
    keys.tab(dialog.next_check)
    keys.press(Qt.Key.Key_Space)  # an appointment is planned: two weeks on, to start from
    keys.tab(dialog.next_day_edit)
    keys.type("2904")
    keys.fill(text["next_topic"], "Cover letter")
    keys.fill(text["next_preparation"], "Amani brings the vacancy")
    keys.fill(text["works_well"], "Quick answers by WhatsApp")
    keys.fill(text["missing"], "More time for role play")
    keys.tab(dialog.domain_boxes["skills"])  # the contact's summary is hidden: skipped
    keys.tab(dialog.domain_boxes["cv"])
    keys.press(Qt.Key.Key_Space)
    keys.tab(dialog.domain_boxes["letter"])
    keys.tab(dialog.domain_boxes["networking"])
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Return, CTRL)

    assert dialog.result() == QDialog.DialogCode.Accepted
    meeting = dialog.meeting()
    assert meeting == Meeting(
        id=meeting.id,
        match_id="match-1",
        held_on=date(2026, 4, 14),
        kind=MeetingKind.MEETING,
        minutes=75,
        mode=MeetingMode.IN_PERSON,
        place="Library cafe, Gent",
        reported_by=Reporter.BOTH,
        check_in="Tired after a night shift, but keen.",
        topic="CV for logistics planner jobs",
        goal="A two-page CV sent to three employers by 30 April",
        plan="List results with figures; cut the old jobs.",
        work="Wrote two lines of results for each job.",
        next_steps="Amani finishes the CV by Friday; Ingrid asks two planners.",
        next_meeting_on=date(2026, 4, 29),
        next_topic="Cover letter",
        next_preparation="Amani brings the vacancy",
        works_well="Quick answers by WhatsApp",
        missing="More time for role play",
        domains=["cv", "networking"],
    )


def test_a_new_meeting_is_today_90_minutes_in_person_from_the_mentee(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    keys = Keys(qtbot)
    assert dialog.windowTitle() == "Session summary — Amani and Ingrid"
    assert dialog.next_day_edit.text() == "none planned"
    assert not dialog.next_day_edit.isEnabled()  # Tab skips it until an appointment is ticked
    keys.press(Qt.Key.Key_Return, CTRL)
    meeting = dialog.meeting()
    assert (meeting.held_on, meeting.kind, meeting.minutes) == (TODAY, MeetingKind.MEETING, 90)
    assert (meeting.mode, meeting.reported_by) == (MeetingMode.IN_PERSON, Reporter.MENTEE)
    assert (meeting.next_meeting_on, meeting.domains) == (None, [])
    assert meeting.id == dialog.meeting().id  # the same summary every time it is read


def test_a_short_contact_takes_a_summary_and_hides_the_five_steps(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    keys = Keys(qtbot)
    assert dialog.summary.isHidden()
    keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.contact_choice.isChecked)  # a mnemonic clicks after a blink
    assert dialog.steps.isHidden() and not dialog.summary.isHidden()
    assert dialog.minutes_box.text() == "15 min"  # a contact's usual length and channel
    assert dialog.mode_combo.currentText() == "By phone"
    assert dialog.place_edit.isHidden()  # a place only for a meeting in person
    keys.tab(dialog.day_edit)
    keys.past_date(dialog.minutes_box)  # today
    keys.tab(dialog.mode_combo)
    keys.tab(dialog.reporter_combo)
    keys.fill(dialog.summary_box, "Got an interview invitation; asked for tips.")
    keys.tab(dialog.domain_boxes["skills"])
    for code in ("cv", "letter", "networking", "vacancies", "interview"):
        keys.tab(dialog.domain_boxes[code])
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Enter, CTRL)  # the keypad's Enter too

    assert dialog.result() == QDialog.DialogCode.Accepted
    contact = dialog.meeting()
    assert contact == Meeting(
        id=contact.id,
        match_id="match-1",
        held_on=TODAY,
        kind=MeetingKind.CONTACT,
        minutes=15,
        mode=MeetingMode.PHONE,
        topic="Got an interview invitation; asked for tips.",
        domains=["interview"],
    )


HIDDEN_STEPS = "The five steps are not kept for a short contact: choose Meeting, or clear them."


def test_the_topic_and_a_contact_summary_follow_the_kind_both_ways(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.texts["topic"].setFocus()
    Keys(qtbot).type("CV for a job at the port")
    dialog.contact_choice.click()
    assert typed_text(dialog.summary_box) == "CV for a job at the port"
    dialog.summary_box.setFocus()
    Keys(qtbot).press(Qt.Key.Key_End, CTRL)
    dialog.summary_box.insertPlainText("\nSent on Friday.")  # type: ignore[union-attr]
    dialog.meeting_choice.click()
    assert typed_text(dialog.texts["topic"]) == "CV for a job at the port Sent on Friday."
    dialog.contact_choice.click()  # the lines joined for the topic come back as they were
    assert typed_text(dialog.summary_box) == "CV for a job at the port\nSent on Friday."
    Keys(qtbot).press(Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.meeting().topic == "CV for a job at the port\nSent on Friday."


def test_a_contact_summary_becomes_the_topic_of_a_meeting(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, full_meeting(kind=MeetingKind.CONTACT, topic="Ψάχνει δουλειά"))
    assert dialog.contact_choice.isChecked()
    dialog.meeting_choice.click()
    dialog.texts["goal"].setText("Three applications by Friday")  # type: ignore[union-attr]
    Keys(qtbot).press(Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    meeting = dialog.meeting()
    assert (meeting.kind, meeting.topic) == (MeetingKind.MEETING, "Ψάχνει δουλειά")
    assert meeting.goal == "Three applications by Friday"


def test_a_contact_is_not_saved_while_the_hidden_steps_hold_text(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    keys = Keys(qtbot)
    dialog.texts["work"].setPlainText("Typed before noticing it was a call")  # type: ignore[union-attr]
    dialog.contact_choice.click()
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == HIDDEN_STEPS
    assert keys.focus() is dialog.meeting_choice  # one key away from keeping them
    keys.press(Qt.Key.Key_Space)
    assert dialog.meeting_choice.isChecked() and dialog.error.isHidden()
    assert typed_text(dialog.texts["work"]) == "Typed before noticing it was a call"
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.meeting().work == "Typed before noticing it was a call"


def test_a_contact_is_saved_once_the_hidden_steps_are_cleared(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.texts["missing"].setPlainText("Más tiempo")  # type: ignore[union-attr]
    dialog.next_check.setChecked(True)  # a planned appointment is kept only for a meeting too
    dialog.contact_choice.click()
    dialog.save_button.click()
    assert dialog.error.text() == HIDDEN_STEPS
    dialog.meeting_choice.click()
    dialog.texts["missing"].clear()
    dialog.contact_choice.click()
    dialog.save_button.click()
    assert dialog.error.text() == HIDDEN_STEPS
    dialog.meeting_choice.click()
    dialog.next_check.setChecked(False)
    dialog.contact_choice.click()
    dialog.summary_box.setPlainText("A quick call about the interview")
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    contact = dialog.meeting()
    assert (contact.kind, contact.topic) == (
        MeetingKind.CONTACT,
        "A quick call about the interview",
    )
    assert (contact.missing, contact.next_meeting_on) == ("", None)


def full_meeting(**changes: object) -> Meeting:
    """A stored summary with every field filled in (names and scripts from many places)."""
    meeting = Meeting(
        match_id="match-1",
        held_on=date(2026, 4, 2),
        minutes=100,
        mode=MeetingMode.ONLINE,
        reported_by=Reporter.MENTOR,
        check_in="Nguyễn Thị Lan a trouvé un stage ; très content.",
        topic="Elevator pitch",
        goal="A 30-second pitch said without notes by 15 April",
        plan="Write it\nSay it to three people",
        work="Rehearsed the pitch twice; recorded it on the phone.",
        next_steps="Lan: LinkedIn headline by Monday.\nMentor: introduce her to Σοφία.",
        next_meeting_on=date(2026, 4, 16),
        next_topic="LinkedIn profile",
        next_preparation="Three profiles she admires",
        works_well="Clear agreements",
        missing="Meeting in person now and then",
        domains=["skills", "networking", "interview"],
    )
    return dataclasses.replace(meeting, **changes)  # type: ignore[arg-type]


def test_a_stored_summary_comes_back_unchanged_with_its_id(qtbot: QtBot) -> None:
    contact = Meeting(
        match_id="match-1",
        held_on=date(2026, 3, 30),
        kind=MeetingKind.CONTACT,
        minutes=None,
        mode=MeetingMode.ONLINE,
        reported_by=Reporter.COACH,
        topic="Short video call: the interview at Colruyt went well.\nWaiting for an answer.",
        domains=["interview"],
    )
    in_person = full_meeting(mode=MeetingMode.IN_PERSON, place="Bibliotheek De Krook")
    for stored in (full_meeting(), contact, in_person):
        dialog = open_dialog(qtbot, stored)
        Keys(qtbot).press(Qt.Key.Key_Return, CTRL)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.meeting() == stored


# What a coach can type: letters of any script, digits, punctuation, spaces inside.
_CHARACTERS = st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"))


def _typed(*, lines: bool) -> st.SearchStrategy[str]:
    alphabet = st.one_of(_CHARACTERS, st.just("\n")) if lines else _CHARACTERS
    return st.text(alphabet, max_size=40).map(str.strip)


_BOXES = ("check_in", "plan", "work", "next_steps", "works_well", "missing")  # several lines
_LINES = ("topic", "goal", "next_topic", "next_preparation")  # one line each


@st.composite
def typed_meetings(draw: st.DrawFn) -> Meeting:
    """A summary as the dialog can give it back: what a contact or the mode hides is empty."""
    kind = draw(st.sampled_from(MeetingKind))
    mode = draw(st.sampled_from(MeetingMode))
    full = kind is MeetingKind.MEETING
    held = draw(st.dates(VALIDATED, TODAY))
    later = st.dates(date.fromordinal(held.toordinal() + 1), date(2027, 12, 31))
    texts = {name: draw(_typed(lines=name in _BOXES)) if full else "" for name in _BOXES + _LINES}
    if not full:
        texts["topic"] = draw(_typed(lines=True))
    return Meeting(
        match_id="match-1",
        held_on=held,
        kind=kind,
        minutes=draw(st.none() | st.integers(1, 12 * 60)),
        mode=mode,
        place=draw(_typed(lines=False)) if mode is MeetingMode.IN_PERSON else "",
        reported_by=draw(st.sampled_from(Reporter)),
        next_meeting_on=draw(st.none() | later) if full else None,
        domains=[code for code in MEETING_DOMAINS if draw(st.booleans())],
        **texts,
    )


@given(typed_meetings())
def test_any_summary_the_dialog_gives_comes_back_unchanged(
    qapp: QApplication, meeting: Meeting
) -> None:
    dialog = MeetingDialog(
        None, match_id="match-1", names=NAMES, today=TODAY, earliest=VALIDATED, meeting=meeting
    )
    assert dialog.meeting() == meeting
    dialog.deleteLater()


def test_a_date_before_the_duo_began_is_refused_and_the_dialog_stays_open(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    keys = Keys(qtbot)
    keys.tab(dialog.day_edit)
    keys.type("0103")  # 1 March: before the first meeting on 10 March
    keys.fill(dialog.minutes_box, "60")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "The date is before this duo began (10 Mar 2026). Check the date."
    assert keys.focus() is dialog.day_edit  # back at the date, to correct it
    keys.type("1004")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (dialog.meeting().held_on, dialog.meeting().minutes) == (date(2026, 4, 10), 60)


def test_a_future_date_and_an_appointment_before_the_meeting_are_refused(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    keys = Keys(qtbot)
    keys.tab(dialog.day_edit)
    keys.type("2104")  # tomorrow
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert dialog.error.text() == "A meeting cannot be dated in the future. Check the date."
    keys.type("1504")
    dialog.next_check.setChecked(True)
    dialog.next_day_edit.setDate(dialog.day_edit.date())
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.isVisible()
    assert dialog.error.text() == (
        "The next appointment must come after this meeting. Check its date."
    )
    assert keys.focus() is dialog.next_day_edit


def test_enter_in_a_field_never_saves_and_escape_cancels(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    keys = Keys(qtbot)
    dialog.texts["topic"].setFocus()
    keys.type("Half a top")
    keys.press(Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    keys.press(Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_the_meeting_typed_is_saved_by_the_workflow_and_read_back(
    qtbot: QtBot, programme: Programme
) -> None:
    duo = make_duo(programme, validated_on=VALIDATED)
    dialog = open_dialog(qtbot, match_id=duo.match_id)
    keys = Keys(qtbot)
    keys.tab(dialog.day_edit)
    keys.type("0204")
    for field in (dialog.minutes_box, dialog.mode_combo, dialog.place_edit):
        keys.tab(field)
    keys.tab(dialog.reporter_combo)
    keys.fill(dialog.texts["check_in"], "Good week: two applications sent.")
    keys.fill(dialog.texts["topic"], "Job interview at a warehouse")
    keys.press(Qt.Key.Key_Return, CTRL)
    assert dialog.result() == QDialog.DialogCode.Accepted

    log_meeting(programme, duo.mentee_id, dialog.meeting(), author=COACH, today=TODAY)
    (stored,) = programme.cases.read(duo.mentee_id).meetings
    assert dataclasses.replace(stored, created_at=None, updated_at=None, author="") == (
        dialog.meeting()
    )
    assert stored.author == COACH

    # A correction: the stored summary opens, is changed, and replaces itself.
    again = open_dialog(qtbot, stored, match_id=duo.match_id)
    again.domain_boxes["interview"].setFocus()
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Return, CTRL)
    log_meeting(programme, duo.mentee_id, again.meeting(), author=COACH, today=TODAY)
    (corrected,) = programme.cases.read(duo.mentee_id).meetings
    assert corrected.id == stored.id
    assert corrected.domains == ["interview"]
    assert corrected.topic == "Job interview at a warehouse"


def test_a_meeting_reads_as_one_line_in_a_list() -> None:
    meeting = full_meeting(topic="Elevator pitch for the logistics fair, with a LinkedIn follow-up")
    assert meeting_line(meeting) == (
        "2 Apr 2026 · Meeting · 100 min · Online · Elevator pitch for the logistics fair, with a "
        "LinkedIn foll…"
    )
    contact = full_meeting(kind=MeetingKind.CONTACT, minutes=None, topic="Call\nabout the CV")
    assert meeting_line(contact) == "2 Apr 2026 · Short contact · Online · Call…"


def test_shared_words_get_a_letter_the_dialog_leaves_free() -> None:
    taken = {"p", "s"}
    assert with_mnemonic("Preparing for a job interview", taken) == "Preparing &for a job interview"
    assert with_mnemonic("Personal branding", taken) == "Personal &branding"
    assert taken == {"p", "s", "f", "b"}
    assert with_mnemonic("Ps", {"p", "s"}) == "Ps"
